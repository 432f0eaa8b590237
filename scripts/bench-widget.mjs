#!/usr/bin/env node
// Measures the widget as a visitor gets it: time from navigation to the
// first rendered answer, bytes downloaded, and how fast an answer follows an
// input change. Serves dist/ + pkg/ with scripts/serve.mjs (CSP on,
// compression on unless --no-compress) and drives Debian's
// /usr/bin/chromium through playwright-core.
//
//   node scripts/bench-widget.mjs [--runs 7] [--path /] [--json] [--no-compress | --gzip-only]
//                                 [--slow4g] [--width 1280 --height 900]
//
// Each run is a fresh browser context (empty cache). --slow4g emulates a
// phone on a slow mobile network through the DevTools protocol: 150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower. Aim: first
// answer < 300 ms on localhost, ≤ 1,500 ms under --slow4g.
import { chromium } from 'playwright-core';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { start } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const RUNS = Math.max(1, Number(opt('runs', 7)));
const PATH = opt('path', '/');
const JSON_OUT = argv.includes('--json');
const SLOW4G = argv.includes('--slow4g');
const COMPRESS = argv.includes('--no-compress') ? false : argv.includes('--gzip-only') ? 'gzip' : true;
const WIDTH = Number(opt('width', SLOW4G ? 360 : 1280));
const HEIGHT = Number(opt('height', SLOW4G ? 780 : 900));
const BUDGET_MS = SLOW4G ? 1500 : 300;
/** The first province of the jurisdiction table (pkg/rules.json), for the engine's own timing. */
const PROVINCE = JSON.parse(readFileSync(join(root, 'pkg', 'rules.json'), 'utf8')).jurisdictions.find((j) => j.parent).code;
/** Slow 4G as Lighthouse defines it: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; CPU 4×. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, cpu: 4 };

if (!existsSync(join(root, 'pkg', 'dengtong_bg.wasm'))) {
  console.error('bench-widget: pkg/ is missing; run bash scripts/build-pkg.sh');
  process.exit(2);
}

const server = await start({ port: 0, quiet: true, compress: COMPRESS });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const runs = [];
let files = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    const bytes = new Map();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    if (SLOW4G) {
      const { cpu, ...net } = SLOW_4G;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...net });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    const urls = new Map();
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e) => {
      const u = urls.get(e.requestId);
      if (u && !u.startsWith('data:')) bytes.set(u, e.encodedDataLength);
    });
    await page.goto(base + PATH, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('dengtong:first-answer').length > 0, null, { timeout: 20_000, polling: 5 });
    await page.waitForFunction(() => performance.getEntriesByName('dengtong:first-result').length > 0, null, { timeout: 20_000, polling: 5 });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const m = (n) => +(performance.getEntriesByName(`dengtong:${n}`)[0]?.startTime ?? NaN).toFixed(1);
      return {
        phases: { module: m('module'), form: m('form'), glue: m('glue'), wasm: m('wasm'), evaluated: m('evaluated'), firstAnswer: m('first-answer'), details: m('first-result') },
        firstResult: performance.getEntriesByName('dengtong:first-answer')[0].startTime,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
      };
    });
    // Re-answer: change the class, wait for the status line to follow.
    if (SLOW4G) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const reanswer = await page.evaluate(async () => {
      const root = document.querySelector('dengtong-calculator').shadowRoot;
      const sel = root.getElementById('dt-class');
      const level = () => root.querySelector('.dt-card[data-purposes~="professionalTitle"] .dt-level')?.textContent;
      const before = level();
      sel.value = sel.value === 'preparatoryTechnician' ? 'senior' : 'preparatoryTechnician';
      const t0 = performance.now();
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      const t1 = performance.now();
      return { ms: t1 - t0, changed: level() !== before };
    });
    // Raw engine speed, for reference.
    const engine = await page.evaluate(async (jurisdiction) => {
      const m = await import('/pkg/dengtong.js');
      const req = {
        asOf: '2024-05-01',
        jurisdiction,
        graduate: {
          schoolType: 'technicianCollege',
          classType: 'preparatoryTechnician',
          studyMode: 'fullTime',
          graduationDate: '2023-07-01',
          certificates: [{ level: 'technician', field: 'engineering' }],
          awards: [{ competition: 'nationalClass1', rank: 8, teamSize: 1 }],
          honours: ['nationalTechnicalExpert'],
        },
        post: { employer: 'publicInstitution', postType: 'professional', requiredEducation: 'bachelor' },
        teacher: { track: 'practical', currentTitle: 'grade2Instructor', currentTitleSince: '2021-09-01', teachingSince: '2016-09-01', probationCompleted: true },
      };
      m.evaluate(req);
      const n = 200;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) m.evaluate(req);
      return (performance.now() - t0) / n;
    }, PROVINCE);
    runs.push({ ...t, reanswerMs: reanswer.ms, reanswerChanged: reanswer.changed, evaluateMs: engine, bytes: [...bytes.values()].reduce((a, b) => a + b, 0) });
    if (i === 0) files = [...bytes.entries()].map(([u, b]) => ({ url: u.replace(base, ''), wire: b }));
    await ctx.close();
  }
} finally {
  await browser.close();
  server.close();
}

// What each file weighs raw and compressed.
for (const f of files) {
  const rel = new URL(f.url, 'http://x').pathname;
  const disk = rel.startsWith('/pkg/') ? join(root, rel) : join(root, 'dist', rel === '/' ? 'index.html' : rel);
  if (existsSync(disk)) {
    const buf = readFileSync(disk);
    f.raw = buf.length;
    f.gzip = gzipSync(buf, { level: 9 }).length;
    f.brotli = brotliCompressSync(buf).length;
  }
}

const first = runs.map((r) => r.firstResult);
const summary = {
  path: PATH,
  runs: RUNS,
  firstResultMs: { median: +median(first).toFixed(1), min: +Math.min(...first).toFixed(1), max: +Math.max(...first).toFixed(1) },
  widgetOwnMs: +median(runs.map((r) => r.phases.firstAnswer - r.phases.module)).toFixed(1),
  detailsMs: +median(runs.map((r) => r.phases.details)).toFixed(1),
  domContentLoadedMs: +median(runs.map((r) => r.domContentLoaded)).toFixed(1),
  reanswerMs: +median(runs.map((r) => r.reanswerMs)).toFixed(2),
  evaluateMs: +median(runs.map((r) => r.evaluateMs)).toFixed(3),
  requests: files.length,
  bytesOnWire: runs[0].bytes,
  bytesRaw: files.reduce((a, f) => a + (f.raw ?? 0), 0),
  bytesGzip: files.reduce((a, f) => a + (f.gzip ?? 0), 0),
  bytesBrotli: files.reduce((a, f) => a + (f.brotli ?? 0), 0),
  files,
  budgetMs: BUDGET_MS,
  withinBudget: median(first) < BUDGET_MS,
};

if (JSON_OUT) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`widget bench (${RUNS} cold runs of ${PATH} at ${WIDTH}×${HEIGHT}, chromium headless, localhost${SLOW4G ? ', Slow 4G: 150 ms RTT, 1.6 Mbit/s, CPU 4×' : ''}, ${COMPRESS === 'gzip' ? 'gzip' : COMPRESS ? 'compressed (br/gzip as accepted)' : 'uncompressed'})`);
  console.log(`  first answer (headline): median ${summary.firstResultMs.median} ms (min ${summary.firstResultMs.min}, max ${summary.firstResultMs.max}); budget ${BUDGET_MS} ms: ${summary.withinBudget ? 'ok' : 'OVER'}`);
  console.log(`  widget's own work:     median ${summary.widgetOwnMs} ms (widget module starts → first answer shown)`);
  console.log(`  DOMContentLoaded:      median ${summary.domContentLoadedMs} ms`);
  const ph = (k) => median(runs.map((r) => r.phases[k])).toFixed(0);
  console.log(`  phases (median ms since navigation): widget module ${ph('module')} · form built ${ph('form')} · glue ${ph('glue')} · wasm ready ${ph('wasm')} · evaluated ${ph('evaluated')} · headline ${ph('firstAnswer')} · details ${ph('details')}`);
  console.log(`  re-answer after input: median ${summary.reanswerMs} ms (evaluate + render, synchronous)`);
  console.log(`  evaluate() alone:      median ${summary.evaluateMs} ms per call (full request)`);
  console.log(`  downloaded: ${summary.requests} requests, ${kb(summary.bytesOnWire)} on the wire (${COMPRESS ? 'compressing server' : 'uncompressed server'})`);
  console.log(`              ${kb(summary.bytesRaw)} raw · ${kb(summary.bytesGzip)} gzip -9 · ${kb(summary.bytesBrotli)} brotli`);
  for (const f of files) console.log(`    ${f.url.padEnd(32)} ${kb(f.raw ?? f.wire).padStart(10)} raw  ${f.gzip ? kb(f.gzip).padStart(10) + ' gzip' : ''}`);
}
process.exit(summary.withinBudget ? 0 : 1);
