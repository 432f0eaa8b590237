#!/usr/bin/env node
// Parity: every case request (and the fixture) through pkg/ (the wasm build)
// and through the native command `dengtong evaluate`; fails on any
// difference in the full report JSON, or in an error's code/path/message.
//
//   node scripts/parity.mjs            # builds target/debug/dengtong if needed
//   DENGTONG_BIN=target/release/dengtong node scripts/parity.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, evaluate } from '../pkg/dengtong.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const TODAY = '2024-05-01';
initSync({ module: readFileSync(`${root}pkg/dengtong_bg.wasm`) });

let bin = process.env.DENGTONG_BIN;
if (!bin) {
  execFileSync('cargo', ['build', '--quiet', '--bin', 'dengtong'], { cwd: root, stdio: 'inherit' });
  bin = `${root}target/debug/dengtong`;
}

const requests = [['fixture', 'full-request.json', readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8')]];
for (const file of readdirSync(`${root}tests/cases`).filter((f) => f.endsWith('.json')).sort()) {
  for (const c of JSON.parse(readFileSync(`${root}tests/cases/${file}`, 'utf8'))) {
    const r = structuredClone(c.request);
    // Both sides get the same date: the scenarios' today when asOf is absent.
    if (r && typeof r === 'object' && !Array.isArray(r) && (r.asOf === undefined || r.asOf === null)) r.asOf = TODAY;
    requests.push([file, c.name, JSON.stringify(r)]);
  }
}

function wasmSide(json) {
  try {
    return { ok: true, out: JSON.stringify(evaluate(JSON.parse(json))) };
  } catch (e) {
    if (!(e instanceof Error) || typeof e.code !== 'string') throw e;
    return { ok: false, out: JSON.stringify({ code: e.code, path: e.path }), message: e.message };
  }
}

function nativeSide(json) {
  const p = spawnSync(bin, ['evaluate', '--today', TODAY], { input: json, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.status === 0) return { ok: true, out: p.stdout.trim() };
  if (p.status === 2) {
    const { error } = JSON.parse(p.stderr);
    const path = error.path ? ` at ${error.path}` : '';
    return { ok: false, out: JSON.stringify({ code: error.code, path: error.path }), message: `${error.code}${path}: ${error.message}` };
  }
  throw new Error(`${bin} exited with ${p.status}: ${p.stderr}`);
}

let failures = 0, reports = 0, errors = 0;
for (const [file, name, json] of requests) {
  const w = wasmSide(json), n = nativeSide(json);
  const same = w.ok === n.ok && w.out === n.out && w.message === n.message;
  if (!same) {
    failures++;
    if (failures <= 5) {
      let i = 0; while (i < w.out.length && w.out[i] === n.out[i]) i++;
      console.error(`DIFFERENT: ${file} / ${name}\n  wasm:   ${w.ok ? 'report' : 'error'} …${w.out.slice(Math.max(0, i - 60), i + 120)}… ${w.message ?? ''}\n  native: ${n.ok ? 'report' : 'error'} …${n.out.slice(Math.max(0, i - 60), i + 120)}… ${n.message ?? ''}`);
    }
  } else if (w.ok) reports++; else errors++;
}
console.log(`parity: ${requests.length} requests, ${reports} identical reports, ${errors} identical errors, ${failures} different`);
process.exit(failures ? 1 : 0);
