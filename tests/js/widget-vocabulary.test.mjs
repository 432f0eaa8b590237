// The widget's own copies of engine knowledge are the engine's: the
// jurisdictions (from www/vocabulary.js, generated from pkg/rules.json), the schools
// whose classes the rules name (技工院校) and the title ladders. Each is
// checked against pkg/ here, so a change on one side fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, rules } from './load.mjs';
import { JURISDICTIONS, TECHNICAL, LADDERS } from '../../www/state.js';
import { TABLES } from '../../www/i18n.js';

const values = (name) => rules().vocabulary.find((v) => v.name === name).values.map((x) => x.value);
const errorOf = (request) => {
  try {
    evaluate(request);
    return null;
  } catch (e) {
    return { code: e.code, path: e.path };
  }
};

test('the widget offers the jurisdictions of the table, named as the engine names them', () => {
  const table = rules().jurisdictions;
  assert.deepEqual(JURISDICTIONS, table.map((j) => j.code));
  for (const j of table) assert.deepEqual(TABLES.VOCAB.jurisdiction[j.code], [j.rules['zh-CN'], j.rules.en], j.code);
  for (const code of JURISDICTIONS) assert.equal(evaluate({ asOf: '2024-05-01', jurisdiction: code, graduate: { schoolType: 'university' } }).jurisdiction, code);
});

test('TECHNICAL is the set of schools the engine takes a class for', () => {
  for (const schoolType of values('schoolType')) {
    const e = errorOf({ asOf: '2024-05-01', graduate: { schoolType, classType: 'senior', graduationDate: '2023-07-01' } });
    assert.equal(e === null, TECHNICAL.has(schoolType), schoolType);
    if (e) assert.deepEqual(e, { code: 'invalid_request', path: 'graduate.classType' });
  }
});

test('LADDERS are the engine ladders, lowest rung first', () => {
  const titles = values('title');
  assert.deepEqual(Object.keys(LADDERS), values('track'));
  assert.deepEqual(Object.values(LADDERS).flat(), titles, 'every title once, in the vocabulary order');
  for (const track of values('track')) {
    for (const currentTitle of titles) {
      const e = errorOf({ asOf: '2024-05-01', graduate: { schoolType: 'university' }, teacher: { track, currentTitle } });
      assert.equal(e === null, LADDERS[track].includes(currentTitle), `${track} ${currentTitle}`);
      if (e) assert.deepEqual(e, { code: 'invalid_request', path: 'teacher.currentTitle' });
    }
  }
});
