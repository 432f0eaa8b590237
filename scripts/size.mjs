#!/usr/bin/env node
// The size budget of pkg/: what a browser downloads to answer a question —
// dengtong_bg.wasm + the JS glue dengtong.js — must stay within 120 KB
// (120,000 bytes) gzipped. Prints raw / gzip -9 / brotli -q 11 for each file.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_GZIP = 120_000;
const root = fileURLToPath(new URL('../', import.meta.url));
const files = ['dengtong_bg.wasm', 'dengtong.js'];

const rows = files.map((f) => {
  const b = readFileSync(`${root}pkg/${f}`);
  return {
    file: f,
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
    }).length,
  };
});
const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

const n = (x) => x.toLocaleString('en-US').padStart(9);
console.log(`${'file'.padEnd(18)}${'raw'.padStart(9)}${'gzip -9'.padStart(10)}${'brotli'.padStart(10)}`);
for (const r of [...rows, total]) console.log(`${r.file.padEnd(18)}${n(r.raw)} ${n(r.gzip)} ${n(r.brotli)}`);
const ok = total.gzip <= BUDGET_GZIP;
console.log(`budget: ${total.gzip.toLocaleString('en-US')} of ${BUDGET_GZIP.toLocaleString('en-US')} bytes gzipped (${(100 * total.gzip / BUDGET_GZIP).toFixed(1)} %) — ${ok ? 'within' : 'OVER'} budget`);
process.exit(ok ? 0 : 1);
