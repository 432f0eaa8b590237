#!/usr/bin/env node
// How fast batch checks are, on this machine:
//   - Node, through pkg/dengtong_batch.js: the whole file in one
//     evaluateCsv call, and in chunks as the widget's Worker does
//     (evaluateCsvChunk, sized to ~1 s, export included);
//   - Chromium (--browser): the demo page served with its CSP, the recruiter
//     batch view, a generated file dropped on it; time to the last row, and
//     the main thread meanwhile (tasks over 50 ms; a 20 ms timer's lateness).
//
//   node scripts/bench-batch.mjs [--rows 10000,100000] [--browser] [--no-node]
//
// Rows cycle through a fixed mix of schools, classes, dates (one row in
// seven impossible), certificates, awards and honours — the mix of
// tests/fixtures/batch/make-large.py. Prints figures; fails nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SIZES = arg('--rows', '10000,100000').split(',').map(Number);
const POST = { employer: 'publicInstitution', postType: 'professional', requiredEducation: 'bachelor', skillLevelRequired: false };
/** The first province of the jurisdiction table (pkg/rules.json): no script names one. */
const PROVINCE = JSON.parse(readFileSync(new URL('../pkg/rules.json', import.meta.url), 'utf8')).jurisdictions.find((j) => j.parent).code;
const OPTIONS = { asOf: '2024-05-01', jurisdiction: PROVINCE };

/** The applicants CSV of make-large.py, as a string (built the same way in the page). */
function applicants(n) {
  const schools = ['技师学院', '高级技工学校', '技工学校', 'technicianCollege', '中职', '高职'];
  const classes = ['预备技师（技师）班', '高级工班', '中级工班', 'senior', '', ''];
  const modes = ['全日制', '非全日制', ''];
  const dates = ['2023-07-01', '2021年6月', '在校', '2019/7/1', '2024.6', '2022-06-30', '2023-02-30'];
  const certs = ['高级工（工程技术类）；技师', '中级工', '', '高级工', 'technician (engineering)'];
  const awards = ['', '国家级一类竞赛 第8名 单人', '', '全国技能大赛 优胜奖', '', '省级一类 金牌'];
  const honours = ['', '', '全国技术能手', '', '省级技术能手'];
  const out = ['姓名,院校类型,班级,学习方式,毕业时间,证书,竞赛获奖,荣誉'];
  for (let i = 0; i < n; i++) {
    const school = schools[i % schools.length];
    const cls = school === '中职' || school === '高职' ? '' : classes[Math.floor(i / 3) % classes.length];
    const row = [`考生${String(i).padStart(6, '0')}`, school, cls, modes[i % 3], dates[Math.floor(i / 2) % dates.length],
      certs[i % 5], awards[Math.floor(i / 5) % 6], honours[Math.floor(i / 7) % 5]];
    out.push(row.map((c) => (c.includes(',') || c.includes('；') ? `"${c}"` : c)).join(','));
  }
  return out.join('\r\n') + '\r\n';
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** One measurement in this (fresh) process: `--measure chunks|whole N`. */
if (argv[0] === '--measure') {
  const [, mode, n] = argv;
  const batch = await import('../pkg/dengtong_batch.js');
  batch.initSync({ module: readFileSync(`${root}pkg/dengtong_batch_bg.wasm`) });
  batch.evaluateCsv(new TextEncoder().encode(applicants(500)), POST, OPTIONS); // JIT warm-up
  const bytes = new TextEncoder().encode(applicants(Number(n)));
  const t = performance.now();
  let chunks = 0;
  let summary;
  if (mode === 'whole') {
    summary = batch.evaluateCsv(bytes, POST, OPTIONS).summary;
    chunks = 1;
  } else {
    summary = { eligible: 0, errors: 0 };
    for (let start = 0, size = 2000, total = Infinity; start < total; chunks++) {
      const c0 = performance.now();
      const c = batch.evaluateCsvChunk(bytes, POST, { ...OPTIONS, export: 'csv' }, start, size);
      total = c.totalRows;
      start += c.rows.length;
      summary.eligible += c.summary.eligible;
      summary.errors += c.summary.errors;
      if (!c.rows.length) break;
      size = Math.max(1000, Math.min(50000, Math.round((size * 1000) / Math.max(1, performance.now() - c0))));
    }
  }
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, chunks, bytes: bytes.length, summary, rss: process.memoryUsage().rss }));
  process.exit(0);
}

if (!argv.includes('--no-node')) {
  const { execFileSync } = await import('node:child_process');
  const measure = (mode, n) =>
    JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', mode, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  console.log('Node (V8), pkg/dengtong_batch.js, each in a fresh process');
  for (const n of SIZES) {
    const c = measure('chunks', n);
    const w = measure('whole', n);
    console.log(`  ${n.toLocaleString('en-US').padStart(7)} rows (${mb(c.bytes)}): in ${c.chunks} chunks with export ${s(c.ms)} ` +
      `(${Math.round(n / (c.ms / 1000)).toLocaleString('en-US')} rows/s, rss ${mb(c.rss)}); one evaluateCsv call ${s(w.ms)} ` +
      `(rss ${mb(w.rss)}); ${w.summary.eligible} eligible, ${w.summary.errors} errors`);
  }
}

if (argv.includes('--browser')) {
  const { chromium } = await import('playwright-core');
  const { start } = await import('./serve.mjs');
  const server = await start({ port: 0, quiet: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  console.log('Chromium, the widget (served with its CSP), batch view, Worker');
  for (const n of SIZES) {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${base}/#dt=1&lang=zh-CN&mode=recruiter&view=batch&jur=${PROVINCE}&asOf=2024-05-01&employer=publicInstitution&post=professional&req=bachelor&skill=0`);
    await page.locator('dengtong-calculator #dt-batch-file').waitFor({ state: 'attached' });
    await page.waitForTimeout(500); // the Worker compiles its module
    const result = await page.evaluate(`(async () => {
      ${applicants.toString()}
      const file = new File([applicants(${n})], 'bench.csv', { type: 'text/csv' });
      const el = document.querySelector('dengtong-calculator');
      await new Promise((r) => setTimeout(r, 100));
      // Main-thread tasks over 50 ms while the Worker runs (the page's own
      // work: unpacking rows, drawing the table), and a 20 ms timer's lateness.
      const long = [];
      const observer = new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      let worst = 0, running = true;
      (async () => {
        while (running) {
          const t = performance.now();
          await new Promise((r) => setTimeout(r, 20));
          worst = Math.max(worst, performance.now() - t - 20);
        }
      })();
      const done = new Promise((r) => el.addEventListener('dengtong-batch', (e) => r(e.detail), { once: true }));
      const t0 = performance.now();
      const dt = new DataTransfer();
      dt.items.add(file);
      el.shadowRoot.querySelector('.dt-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const detail = await done;
      const total = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => r()));
      running = false;
      observer.disconnect();
      const heap = performance.memory ? performance.memory.usedJSHeapSize : 0;
      return { total, worker: detail.ms, worst, size: file.size, heap, summary: detail.summary, long };
    })()`);
    console.log(`  ${n.toLocaleString('en-US').padStart(7)} rows (${mb(result.size)}): last row shown after ${s(result.total)} ` +
      `(worker ${s(result.worker)}); main thread: ${result.long.length} tasks over 50 ms` +
      `${result.long.length ? ` (longest ${Math.round(Math.max(...result.long))} ms)` : ''}, a 20 ms timer at worst ` +
      `${Math.round(result.worst)} ms late; page heap ${mb(result.heap)}; ` +
      `${result.summary.eligible} eligible, ${result.summary.errors} errors`);
    await page.close();
  }
  await browser.close();
  server.close();
}
