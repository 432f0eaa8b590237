import { chromium } from 'playwright-core';
// usage: node shot.mjs url width out.png [y0 y1 ...] [--dark] [--print]
const [url, w, out, ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark'); const print = rest.includes('--print');
const ys = rest.filter(x => /^\d+$/.test(x)).map(Number);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: 1000 }, colorScheme: dark ? 'dark' : 'light' });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForFunction(() => document.querySelector('dengtong-calculator')?.shadowRoot?.querySelector('.dt-resultsfor'), null, { timeout: 10000 }).catch(e => console.log('no result', e.message));
if (print) await page.emulateMedia({ media: 'print' });
const H = await page.evaluate(() => document.documentElement.scrollHeight); console.log('height', H);
if (!ys.length) ys.push(0);
let i = 0;
for (const y of ys) {
  await page.screenshot({ path: out.replace('.png', `-${i++}.png`), clip: { x: 0, y, width: Number(w), height: Math.min(1000, H - y) }, fullPage: true });
}
await browser.close();
