#!/usr/bin/env node
// The size budgets of pkg/. What a browser downloads to answer a question —
// dengtong_bg.wasm + the JS glue dengtong.js — must stay within 124 KB
// (124,000 bytes) gzipped. Contract 0.2 (issue 8) took it from 102,876 to
// about 137,000 bytes: every text in both languages as a code table, the
// typed messages and the vocabulary labels; leaving rules() and the rules'
// glosses to pkg/rules.json brought it to about 124,100 (issue 10), and reading
// the request from the JS value without a JSON parser to about 119,700;
// issue 9 aims under 64 KB.
// The batch module (dengtong_batch*: the same engine
// plus the CSV and workbook readers and writers, loaded only by the
// recruiter's batch view, in a Worker) has its own budget, 850,000: reading
// and writing workbooks (calamine, with zip, inflate and the encoding tables
// of .xls; rust_xlsxwriter, with zip and deflate) took it from 150,601 to
// 796,170 bytes gzipped (issue 11). Prints raw / gzip -9 / brotli -q 11 for
// each file.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const MODULES = [
  { name: 'single check', files: ['dengtong_bg.wasm', 'dengtong.js'], budget: 124_000 },
  { name: 'batch checks', files: ['dengtong_batch_bg.wasm', 'dengtong_batch.js'], budget: 850_000 },
];
const root = fileURLToPath(new URL('../', import.meta.url));

const n = (x) => x.toLocaleString('en-US').padStart(9);
let ok = true;
for (const m of MODULES) {
  const rows = m.files.map((f) => {
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
  console.log(`${m.name.padEnd(24)}${'raw'.padStart(9)}${'gzip -9'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const r of [...rows, total]) console.log(`  ${r.file.padEnd(22)}${n(r.raw)} ${n(r.gzip)} ${n(r.brotli)}`);
  const within = total.gzip <= m.budget;
  ok &&= within;
  console.log(`budget (${m.name}): ${total.gzip.toLocaleString('en-US')} of ${m.budget.toLocaleString('en-US')} bytes gzipped (${(100 * total.gzip / m.budget).toFixed(1)} %) — ${within ? 'within' : 'OVER'} budget`);
}
process.exit(ok ? 0 : 1);
