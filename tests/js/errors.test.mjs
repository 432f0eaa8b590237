// The boundary's error contract: a malformed request throws a real Error
// with `code` and `path` (api.md), never a string, never a trap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluate, root } from './load.mjs';

const full = () => JSON.parse(readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8'));
const graduate = () => ({ schoolType: 'technicianCollege', classType: 'preparatoryTechnician', graduationDate: '2023-07-01' });

function throws(request, code, path) {
  let thrown;
  try { evaluate(request); } catch (e) { thrown = e; }
  assert.ok(thrown !== undefined, `expected ${code} at "${path}", got a report`);
  assert.ok(thrown instanceof Error, `thrown value is not an Error: ${String(thrown)}`);
  assert.equal(thrown.code, code, thrown.message);
  assert.equal(thrown.path, path, thrown.message);
  assert.equal(typeof thrown.message, 'string');
  assert.ok(thrown.message.startsWith(code), thrown.message);
  return thrown;
}

test('a valid request gives a plain report object', () => {
  const r = evaluate(full());
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.equal(r.asOf, '2024-05-01');
  assert.equal(r.jurisdiction, 'CN-YN');
  assert.ok(Array.isArray(r.equivalences) && r.equivalences.length > 0);
});

test('non-objects are invalid requests at the root', () => {
  for (const v of [undefined, null, 0, 5, -1.5, NaN, true, 'text', '{"graduate":{}}', [], [full()],
    Symbol('s'), () => 1, 10n]) {
    throws(v, 'invalid_request', '');
  }
  throws(new Date(), 'invalid_request', ''); // serialises to a string
});

test('what JSON cannot hold is invalid_json', () => {
  const cyclic = full(); cyclic.graduate.self = cyclic;
  throws(cyclic, 'invalid_json', '');
  const big = full(); big.graduate.rank = 1n;
  throws(big, 'invalid_json', '');
  const getter = full();
  Object.defineProperty(getter, 'post', { enumerable: true, get() { throw new Error('boom'); } });
  assert.match(throws(getter, 'invalid_json', '').message, /boom/);
  const proxy = new Proxy(full(), { ownKeys() { throw new TypeError('no keys'); } });
  throws(proxy, 'invalid_json', '');
  const toJSON = { toJSON() { throw 'a string'; } };
  throws(toJSON, 'invalid_json', '');
  let deep = {}; for (let i = 0; i < 1_000_000; i++) deep = { graduate: deep };
  throws(deep, 'invalid_json', ''); // JSON.stringify: call stack exceeded
});

test('too deep for the parser is invalid_json, not a crash', () => {
  let deep = graduate();
  for (let i = 0; i < 200; i++) deep = { x: deep }; // serde_json stops at 128
  const e = throws({ asOf: '2024-05-01', graduate: graduate(), post: deep }, 'invalid_json', '');
  assert.match(e.message, /recursion/);
});

test('numbers and strings are read as serde_json reads the JSON text', () => {
  const award = (rank) => ({ asOf: '2024-05-01', graduate: { ...graduate(), awards: [{ competition: 'worldSkills', rank }] } });
  // 3.0 is written 3: an integer; 2.5, 1e20 and -1 are not a rank.
  assert.equal(evaluate(award(3.0)).asOf, '2024-05-01');
  for (const rank of [2.5, 1e20, 2 ** 60, -1, -(2 ** 60)]) throws(award(rank), 'invalid_request', 'graduate.awards[0].rank');
  // A lone surrogate is no JSON string (serde_json refuses "\ud800").
  throws({ asOf: '2024-05-01', graduate: { ...graduate(), classType: '\ud800' } }, 'invalid_json', '');
});

test('field errors carry the code and the path', () => {
  const r = (patch) => ({ asOf: '2024-05-01', ...patch, graduate: { ...graduate(), ...(patch.graduate ?? {}) } });
  throws(r({ graduate: { graduationDate: '2023-02-30' } }), 'invalid_date', 'graduate.graduationDate');
  throws(r({ asOf: '2024/05/01' }), 'invalid_date', 'asOf');
  throws(r({ jurisdiction: 'CN-GD' }), 'unsupported_jurisdiction', 'jurisdiction');
  throws(r({ graduate: { classType: 'master' } }), 'invalid_request', 'graduate.classType');
  throws(r({ graduate: { schoolType: 'university', classType: 'senior' } }), 'invalid_request', 'graduate.classType');
  throws(r({ graduate: { nickname: 'x' } }), 'invalid_request', 'graduate.nickname');
  throws(r({ graduate: { awards: [{ competition: 'worldSkills', rank: 0 }] } }), 'invalid_request', 'graduate.awards[0].rank');
  throws({ asOf: '2024-05-01' }, 'invalid_request', 'graduate');
  const t = full(); t.teacher.currentTitle = 'lecturer';
  throws(t, 'invalid_request', 'teacher.currentTitle');
});

test('undefined properties are dropped like JSON.stringify drops them', () => {
  const r = full(); r.post = undefined; r.extra = undefined; r.graduate.fn = () => 1;
  const out = evaluate(r);
  assert.equal(out.recruitment, undefined);
});

test('a request without asOf is decided for the local date', () => {
  const r = full(); delete r.asOf;
  const now = new Date();
  const today = `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  assert.equal(evaluate(r).asOf, today);
});

test('re-entrant calls from a getter work', () => {
  const outer = full();
  let inner;
  Object.defineProperty(outer, 'lang', { enumerable: true, get() { inner = evaluate(full()); return 'en'; } });
  const r = evaluate(outer);
  assert.equal(r.asOf, '2024-05-01');
  assert.deepEqual(inner, evaluate(full()));
});
