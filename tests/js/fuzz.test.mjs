// Fuzz-style: thousands of random JS values at evaluate (fixed seed). Every
// call must return a report or throw an Error with a known code and a string
// path — never a WebAssembly trap (RuntimeError: unreachable), never a
// non-Error — and the module must still work afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluate, loadCases, root } from './load.mjs';

const SEED = 0x5eed_d7; // fixed: a failure is reproducible
const CALLS = Number(process.env.DENGTONG_FUZZ_CALLS ?? 10000);
const CODES = new Set(['invalid_json', 'invalid_request', 'invalid_date', 'unsupported_jurisdiction']);

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];

const full = JSON.parse(readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8'));
const requests = [full, ...loadCases().map((c) => c.case.request)].filter((r) => r && typeof r === 'object');
// Words the request vocabulary uses, so mutations stay near the contract.
const words = [...new Set(JSON.stringify(requests).match(/[A-Za-z][A-Za-z0-9-]*/g))];

function junkString() {
  switch (int(8)) {
    case 0: return '';
    case 1: return pick(words);
    case 2: return `${1000 + int(9000)}-${String(int(14)).padStart(2, '0')}-${String(int(33)).padStart(2, '0')}`;
    case 3: return 'x'.repeat(int(4) === 0 ? 1 << 20 : int(300)); // sometimes a megabyte
    case 4: return String.fromCharCode(...Array.from({ length: int(40) }, () => int(0x10000))); // lone surrogates too
    case 5: return '\u0000\n\t"\\';
    case 6: return '技师学院预备技师班';
    default: return pick(['CN', 'CN-YN', 'zh-CN', 'en', '2024-02-29', '2023-02-29', '9999-12-31', '0999-01-01']);
  }
}

function junk(depth = 0) {
  const k = depth > 6 ? int(9) : int(14);
  switch (k) {
    case 0: return undefined;
    case 1: return null;
    case 2: return pick([0, -1, 1, 3, 8, 11, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 63), 1e308, 1.5, -0, NaN, Infinity]);
    case 3: return rand() < 0.5;
    case 4: case 5: return junkString();
    case 6: return pick([10n, Symbol('s'), () => 0, new Date(0), /re/, new Map([[1, 2]])]);
    case 7: return new Uint8Array(int(8));
    case 8: return int(2) ? pick(words) : int(100);
    case 9: case 10: return Array.from({ length: int(4) }, () => junk(depth + 1));
    default: {
      const o = {};
      for (let i = int(5); i > 0; i--) o[int(3) ? pick(words) : junkString().slice(0, 20)] = junk(depth + 1);
      return o;
    }
  }
}

function deep(n) {
  let v = int(2) ? {} : [];
  for (let i = 0; i < n; i++) v = int(2) ? { graduate: v } : [v];
  return v;
}

/** A valid request with one to four random edits somewhere inside. */
function mutated() {
  const r = structuredClone(pick(requests));
  for (let edits = 1 + int(4); edits > 0; edits--) {
    // walk to a random container
    let node = r;
    for (let steps = int(4); steps > 0; steps--) {
      const kids = Object.values(node).filter((v) => Array.isArray(v) || Object.getPrototypeOf(v ?? 0) === Object.prototype);
      if (kids.length === 0) break;
      node = pick(kids);
    }
    const keys = Object.keys(node);
    const key = keys.length && int(4) ? pick(keys) : pick(words);
    switch (int(5)) {
      case 0: delete node[key]; break;
      case 1: node[key] = junk(3); break;
      case 2: node[key] = pick(words); break;
      case 3: node[key] = junkString(); break;
      default: node[key] = structuredClone(pick(requests)); break;
    }
  }
  return r;
}

function input() {
  switch (int(10)) {
    case 0: return junk();
    case 1: return deep(int(3) ? int(200) : 20_000);
    case 2: { const c = structuredClone(full); c.graduate.loop = c; return c; }
    default: return mutated();
  }
}

test(`${CALLS} random values: a report or a coded Error, never a trap`, () => {
  const baseline = JSON.stringify(evaluate(full));
  const tally = { report: 0 };
  for (let i = 0; i < CALLS; i++) {
    const value = input();
    try {
      const report = evaluate(value);
      assert.ok(report && typeof report === 'object' && typeof report.asOf === 'string',
        `call ${i}: not a report: ${JSON.stringify(report)?.slice(0, 200)}`);
      tally.report++;
    } catch (e) {
      if (e instanceof assert.AssertionError) throw e;
      assert.ok(!(e instanceof WebAssembly.RuntimeError), `call ${i}: wasm trap: ${e.stack}`);
      assert.ok(e instanceof Error, `call ${i}: threw a non-Error: ${String(e)}`);
      assert.ok(CODES.has(e.code), `call ${i}: unknown code ${e.code}: ${e.message}`);
      assert.equal(typeof e.path, 'string', `call ${i}: path`);
      tally[e.code] = (tally[e.code] ?? 0) + 1;
    }
  }
  // Still healthy, and still the same answer.
  assert.equal(JSON.stringify(evaluate(full)), baseline);
  assert.ok(tally.report > CALLS / 20, `too few valid reports: ${JSON.stringify(tally)}`);
  assert.ok(tally.invalid_request > 0 && tally.invalid_json > 0, JSON.stringify(tally));
  console.log(`fuzz tally (seed ${SEED}): ${JSON.stringify(tally)}`);
});
