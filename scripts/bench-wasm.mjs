#!/usr/bin/env node
// How fast pkg/ is in Node (V8, as in Chromium): load + instantiate time,
// and evaluate() calls per second on tests/fixtures/full-request.json.
// Aims: instantiate < 20 ms, > 50,000 evaluations/s. Prints figures only;
// it fails nothing (machines differ). DENGTONG_BENCH_MS sets the run time.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../', import.meta.url));
const bytes = readFileSync(`${root}pkg/dengtong_bg.wasm`);
const glue = pathToFileURL(`${root}pkg/dengtong.js`).href;
const request = JSON.parse(readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8'));
const runMs = Number(process.env.DENGTONG_BENCH_MS ?? 1500);

// Load + instantiate: a fresh copy of the glue each time (a query string
// defeats the module cache), async init from bytes as a page would after
// fetching them. The first (cold) run is reported separately.
const loads = [];
let api;
for (let i = 0; i < 21; i++) {
  const t0 = performance.now();
  const m = await import(`${glue}?load=${i}`);
  await m.default({ module_or_path: bytes });
  loads.push(performance.now() - t0);
  api = m;
}
const cold = loads[0];
const warm = loads.slice(1).sort((a, b) => a - b);
const median = (xs) => xs[Math.floor(xs.length / 2)];

// Throughput.
const { evaluate } = api;
const report = evaluate(request);
const reportBytes = Buffer.byteLength(JSON.stringify(report));
for (let i = 0; i < 2000; i++) evaluate(request); // warm-up
let calls = 0;
const t0 = performance.now();
let t = t0;
while (t - t0 < runMs) {
  for (let i = 0; i < 500; i++) evaluate(request);
  calls += 500;
  t = performance.now();
}
const perSec = calls / ((t - t0) / 1000);

console.log(`wasm ${bytes.length.toLocaleString('en-US')} bytes; report of full-request.json ${reportBytes.toLocaleString('en-US')} bytes of JSON`);
console.log(`load + instantiate: first ${cold.toFixed(1)} ms, median of 20 more ${median(warm).toFixed(1)} ms (aim < 20 ms)`);
console.log(`evaluate(full-request): ${Math.round(perSec).toLocaleString('en-US')} calls/s, ${(1e6 / perSec).toFixed(1)} µs/call (aim > 50,000/s)`);
