import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 1400 } });
const url = process.argv[2];
await p.goto(url);
await p.waitForTimeout(2500);
await p.screenshot({ path: process.argv[3], fullPage: false });
await b.close();
