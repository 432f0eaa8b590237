#!/usr/bin/env node
// How fast pkg/ is in Node (V8, the engine of Chromium):
//   - load + instantiate: import the glue and init() from the .wasm bytes,
//     cold, in fresh processes (V8 caches compiled modules within a process);
//   - evaluate() calls per second on tests/fixtures/full-request.json.
// Aims: instantiate < 20 ms, > 50,000 evaluations/s. Prints figures; fails
// nothing (machines differ). DENGTONG_BENCH_MS sets the throughput run time.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../', import.meta.url));
const wasmPath = `${root}pkg/dengtong_bg.wasm`;
const glue = pathToFileURL(`${root}pkg/dengtong.js`).href;

if (process.argv[2] === '--load-once') {
  // One cold load in this fresh process: {glue, compile, instantiate, total}
  // in ms. initSync, as Node code would: the async init() also touches
  // `Response`, which in Node (not in browsers) first loads its fetch
  // implementation, ~25 ms that have nothing to do with the wasm.
  const bytes = readFileSync(wasmPath);
  const t0 = performance.now();
  const m = await import(glue);
  const t1 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t2 = performance.now();
  m.initSync({ module });
  const t3 = performance.now();
  m.version();
  process.stdout.write(JSON.stringify({ glue: t1 - t0, compile: t2 - t1, instantiate: t3 - t2, total: t3 - t0 }));
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Array.from({ length: 7 }, () =>
  JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--load-once'], { encoding: 'utf8' })));
const load = Object.fromEntries(['glue', 'compile', 'instantiate', 'total'].map((k) => [k, median(runs.map((r) => r[k]))]));

const m = await import(glue);
m.initSync({ module: readFileSync(wasmPath) });
const request = JSON.parse(readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8'));
const minimal = { asOf: '2024-05-01', graduate: { schoolType: 'technicianCollege', classType: 'preparatoryTechnician', graduationDate: '2023-07-01' } };
const runMs = Number(process.env.DENGTONG_BENCH_MS ?? 1500);

function rate(req) {
  for (let i = 0; i < 200; i++) m.evaluate(req); // warm-up
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < runMs) {
    for (let i = 0; i < 50; i++) m.evaluate(req);
    calls += 50;
    t = performance.now();
  }
  return calls / ((t - t0) / 1000);
}
const bytesOf = (req) => Buffer.byteLength(JSON.stringify(m.evaluate(req)));
const full = rate(request), small = rate(minimal);
const n = (x) => Math.round(x).toLocaleString('en-US');

console.log(`pkg/dengtong_bg.wasm: ${n(readFileSync(wasmPath).length)} bytes`);
console.log(`load + instantiate (cold, median of ${runs.length} fresh processes): ${load.total.toFixed(1)} ms` +
  ` = glue import ${load.glue.toFixed(1)} + compile ${load.compile.toFixed(1)} + instantiate ${load.instantiate.toFixed(1)} (aim < 20 ms)`);
console.log(`evaluate(full-request.json): ${n(full)} calls/s, ${(1e6 / full).toFixed(0)} µs/call, report ${n(bytesOf(request))} bytes of JSON (aim > 50,000/s)`);
console.log(`evaluate(minimal request):   ${n(small)} calls/s, ${(1e6 / small).toFixed(0)} µs/call, report ${n(bytesOf(minimal))} bytes of JSON`);
