// Fast on a real phone (issue 10): the first answer (the headline) within
// 1.5 s of navigation on a cold load under Slow-4G throttling — 150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower, through the
// DevTools protocol — from a server that sends gzip (its own serve.mjs on
// another port, gzip only: brotli would be faster still). The details
// follow the headline. The machine running the suite is shared, so the
// best of three cold loads counts (contention only ever adds time); every
// run is reported. scripts/bench-widget.mjs --slow4g measures the same at
// leisure.
import { test, expect } from '@playwright/test';
import { start } from '../scripts/serve.mjs';

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const BUDGET_MS = 1500;

test.describe.configure({ mode: 'serial' });
test.setTimeout(90_000);

let server;
let base;
test.beforeAll(async () => {
  server = await start({ port: 0, quiet: true, compress: 'gzip' });
  base = `http://127.0.0.1:${server.address().port}`;
});
test.afterAll(() => server?.close());

async function coldLoad(browser, path) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = [];
  const encodings = new Map();
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding'] ?? ''));
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('dengtong:first-answer').length > 0, null, { timeout: 30_000, polling: 10 });
  await page.waitForFunction(() => performance.getEntriesByName('dengtong:first-result').length > 0, null, { timeout: 30_000, polling: 10 });
  const t = await page.evaluate(() => ({
    headline: performance.getEntriesByName('dengtong:first-answer')[0].startTime,
    details: performance.getEntriesByName('dengtong:first-result')[0].startTime,
    text: document.querySelector('dengtong-calculator').shadowRoot.querySelector('[part="headline"]').textContent,
    inView: (() => {
      const r = document.querySelector('dengtong-calculator').shadowRoot.querySelector('[part="headline"]').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    })(),
  }));
  await ctx.close();
  return { ...t, requests, encodings };
}

for (const [name, path] of [
  ['the demo site', '/'],
  [
    'a share link',
    '/#dt=1&mode=graduate&lang=zh-CN&jur=CN-YN&asOf=2021-08-12&school=technicianCollege&class=preparatoryTechnician&study=fullTime&grad=2019-07-01&cert=preparatoryTechnician.engineering',
  ],
]) {
  test(`cold load under Slow 4G, gzip: the first answer of ${name} within ${BUDGET_MS} ms`, async ({ browser }) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const r = await coldLoad(browser, path);
      runs.push(r);
      if (r.headline <= BUDGET_MS) break;
    }
    const best = Math.min(...runs.map((r) => r.headline));
    test.info().annotations.push({ type: 'first answer (ms)', description: runs.map((r) => `${r.headline.toFixed(0)} (details ${r.details.toFixed(0)})`).join(', ') });
    console.log(`${name}: first answer ${runs.map((r) => r.headline.toFixed(0)).join(', ')} ms; details ${runs.map((r) => r.details.toFixed(0)).join(', ')} ms`);
    expect(best).toBeLessThanOrEqual(BUDGET_MS);
    const r = runs[runs.length - 1];
    expect(r.text.length).toBeGreaterThan(8);
    expect(r.details).toBeGreaterThanOrEqual(r.headline);
    if (path !== '/') expect(r.inView, 'the headline in the first screen').toBe(true);
    // Everything came from this server, compressed.
    for (const u of r.requests) expect(u.startsWith(base + '/') || u.startsWith('data:'), u).toBe(true);
    for (const [p, enc] of r.encodings) if (/\.(js|css|wasm|html)$|\/$/.test(p)) expect(enc, p).toBe('gzip');
  });
}
