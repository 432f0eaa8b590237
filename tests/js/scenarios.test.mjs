// Every tests/cases/*.json case through pkg/'s evaluate (the shipped wasm),
// judged like tests/scenarios.rs judges the native library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCases, requestOf, outcome } from './load.mjs';
import { check, assertsSomething, matches, present } from './match.mjs';

test('every case holds through pkg/', () => {
  const cases = loadCases();
  assert.ok(cases.length > 0, 'no cases');
  const failures = [];
  for (const { file, case: c } of cases) {
    if (!assertsSomething(c)) { failures.push(`${file} / ${c.name}: asserts nothing`); continue; }
    const why = check(c, outcome(requestOf(c)));
    if (why) failures.push(`${file} / ${c.name}: ${why}`);
  }
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} cases failed:\n\n${failures.join('\n\n')}`);
});

test('the matcher can fail', () => {
  const actual = { a: [{ x: 1, y: 2 }], b: 'z' };
  assert.ok(matches({ a: [{ x: 1 }] }, actual));
  assert.ok(!matches({ a: [{ x: 2 }] }, actual));
  assert.ok(!matches({ b: 'w' }, actual));
  assert.ok(!matches({ c: 1 }, actual));
  assert.ok(matches({ c: null }, actual));
  assert.ok(present({ a: [{ y: 2 }] }, actual, 'r'));
  assert.equal(present({ a: [{ y: 3 }] }, actual, 'r'), null);
  assert.match(check({ rules: ['x.y'], expect: {} }, { ok: true, value: actual }), /rule x\.y/);
  assert.match(check({ error: { code: 'invalid_date' } }, { ok: true, value: actual }), /expected error/);
  assert.equal(check({ error: { code: 'invalid_date' } }, { ok: false, value: { code: 'invalid_date', path: '' } }), null);
});
