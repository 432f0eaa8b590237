// version(), the registry (pkg/rules.json), the package metadata and the typings of pkg/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { evaluate, rules, version, root, loadCases, requestOf, outcome } from './load.mjs';
import * as single from '../../pkg/dengtong.js';
import * as batch from '../../pkg/dengtong_batch.js';

const cargoVersion = readFileSync(`${root}Cargo.toml`, 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];

test('version() is {version, rulesVersion}', () => {
  const v = version();
  assert.deepEqual(Object.keys(v), ['version', 'rulesVersion']);
  assert.equal(v.version, cargoVersion);
  assert.match(v.rulesVersion, /\S/);
  const full = JSON.parse(readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8'));
  assert.equal(evaluate(full).rulesVersion, v.rulesVersion);
});

test("pkg/rules.json is what the batch module's rules() gives; the single-check module has no rules()", () => {
  batch.initSync({ module: readFileSync(`${root}pkg/dengtong_batch_bg.wasm`) });
  assert.deepEqual(rules(), batch.rules());
  assert.equal(readFileSync(`${root}pkg/rules.json`, 'utf8'), JSON.stringify(batch.rules()) + '\n');
  assert.equal('rules' in single, false);
  assert.equal(typeof single.evaluate, 'function');
  const pkg = JSON.parse(readFileSync(`${root}pkg/package.json`, 'utf8'));
  assert.equal(pkg.exports['./rules.json'], './rules.json');
  assert.ok(pkg.files.includes('rules.json'));
});

test('the registry is an object: documents, rules, clauses, codes, vocabularies', () => {
  const r = rules();
  assert.equal(r.version, cargoVersion);
  assert.ok(r.documents.length > 0 && r.rules.length > 0);
  const ids = new Set(r.rules.map((x) => x.id));
  assert.equal(ids.size, r.rules.length, 'rule ids are unique');
  for (const rule of r.rules) {
    assert.match(rule.group, /^[A-F]$/, rule.id);
    assert.ok(rule.citations.length > 0, `${rule.id} cites nothing`);
    for (const c of rule.citations) assert.ok(c.clauseId in r.clauses, c.clauseId);
  }
  for (const [id, c] of Object.entries(r.clauses)) {
    assert.ok(r.documents.some((d) => d.id === c.documentId), id);
    assert.ok(id.startsWith(`${c.documentId}#`), id);
  }
  // Every code with both wordings; every vocabulary with its labels.
  assert.ok(r.codes.length > 200);
  for (const c of r.codes) assert.ok(c.code && c['zh-CN'] && c.en, c.code);
  const education = r.vocabulary.find((v) => v.name === 'education');
  assert.deepEqual(education.values.map((v) => v.value), ['secondaryVocational', 'associate', 'bachelor', 'master', 'doctorate']);
  assert.equal(education.values[2]['zh-CN'], '本科');
});

test('the registry\'s jurisdictions are the table: the root first, each parent before its children, the typings its codes', () => {
  const table = rules().jurisdictions;
  assert.equal(table[0].parent, undefined);
  table.forEach((j, i) => {
    assert.ok(j.name['zh-CN'] && j.name.en && j.rules['zh-CN'] && j.rules.en, j.code);
    if (i > 0) assert.ok(table.slice(0, i).some((p) => p.code === j.parent), j.code);
  });
  const codes = table.map((j) => j.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const r of rules().rules) for (const code of Object.keys(r.from)) assert.ok(codes.includes(code), `${r.id}: ${code}`);
  const dts = readFileSync(`${root}pkg/dengtong.d.ts`, 'utf8');
  assert.ok(dts.includes(`export type Jurisdiction = ${codes.map((c) => JSON.stringify(c)).join(' | ')};`));
});

test('pkg/ holds exactly the package files', () => {
  assert.deepEqual(readdirSync(`${root}pkg`).sort(),
    ['README.md', 'dengtong.d.ts', 'dengtong.js', 'dengtong_batch.d.ts', 'dengtong_batch.js', 'dengtong_batch_bg.wasm',
      'dengtong_bg.wasm', 'package.json', 'rules.json']);
  const pkg = JSON.parse(readFileSync(`${root}pkg/package.json`, 'utf8'));
  assert.equal(pkg.name, 'dengtong');
  assert.equal(pkg.version, cargoVersion);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.module, 'dengtong.js');
  assert.equal(pkg.types, 'dengtong.d.ts');
  assert.equal(pkg.sideEffects, false);
  assert.ok(pkg.license);
  for (const f of ['dengtong.js', 'dengtong_bg.wasm', 'dengtong.d.ts']) assert.ok(pkg.files.includes(f), f);
});

test('the typings are real types, not any', () => {
  const dts = readFileSync(`${root}pkg/dengtong.d.ts`, 'utf8');
  assert.match(dts, /export function evaluate\(request: Request\): Report;/);
  assert.doesNotMatch(dts, /export function rules\(/);
  assert.match(dts, /export function version\(\): Version;/);
  // The batch module has rules(), typed as what pkg/rules.json holds.
  assert.match(readFileSync(`${root}pkg/dengtong_batch.d.ts`, 'utf8'), /export function rules\(\): Rules;/);
  for (const t of ['Request', 'Report', 'Rules', 'Version', 'Citation', 'TextItem', 'Summary', 'Clause']) {
    assert.match(dts, new RegExp(`export interface ${t} \\{`), t);
  }
  assert.match(dts, /export interface DengtongError extends Error \{/);
  assert.match(dts, /export type ErrorCode = "invalid_json" \| "invalid_request" \| "invalid_date" \| "unsupported_jurisdiction" \| "invalid_csv";/);
  assert.doesNotMatch(dts.split('export type InitInput')[0], /: any\b/);
});

test('the typings name every top-level report field', () => {
  const dts = readFileSync(`${root}pkg/dengtong.d.ts`, 'utf8');
  const body = dts.match(/export interface Report \{([^}]*)\}/)[1];
  const full = JSON.parse(readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8'));
  for (const k of Object.keys(evaluate(full))) assert.match(body, new RegExp(`\\b${k}\\??:`), `Report.${k} is not typed`);
});

test('the typings name every field the case reports carry', () => {
  const dts = readFileSync(`${root}pkg/dengtong.d.ts`, 'utf8');
  const fields = (name) => {
    // one-line `{ … }` or multi-line up to the closing `}` at the start of a line
    const m = dts.match(new RegExp(`export interface ${name}(?: extends \\w+)? \\{([^\\n]*)\\}`)) ??
      dts.match(new RegExp(`export interface ${name}(?: extends \\w+)? \\{([\\s\\S]*?)\\n\\}`));
    assert.ok(m, `no interface ${name}`);
    return new Set([...m[1].matchAll(/(\w+)\??:/g)].map((x) => x[1]));
  };
  const seen = {};
  const add = (t, o) => { if (o && typeof o === 'object') for (const k of Object.keys(o)) (seen[t] ??= new Set()).add(k); };
  const cites = (xs) => (xs ?? []).forEach((c) => add('Citation', c));
  const superseded = (xs) => (xs ?? []).forEach((s) => { add('Superseded', s); cites(s.citations); });
  const texts = (t, xs) => (xs ?? []).forEach((x) => { add(t, x); cites(x.citations); });
  for (const { case: c } of loadCases()) {
    const r = outcome(requestOf(c));
    if (!r.ok) continue;
    const v = r.value;
    add('Report', v);
    add('Summary', v.summary); texts('TextItem', [v.summary.headline]); texts('SectionText', v.summary.lines);
    texts('SectionText', v.caveats);
    Object.values(v.clauses).forEach((x) => add('Clause', x));
    Object.values(v.documents).forEach((x) => add('DocumentRef', x));
    v.equivalences.forEach((e) => { add('Equivalence', e); cites(e.citations); superseded(e.superseded); texts('TextItem', e.caveats); });
    if (v.recruitment) {
      const rec = v.recruitment;
      add('Recruitment', rec); texts('Reason', rec.reasons); texts('TextItem', rec.toQualify); texts('TextItem', rec.caveats);
    }
    v.directRecruitment.forEach((d) => { add('DirectRoute', d); cites(d.citations); texts('TextItem', d.reasons); texts('TextItem', d.caveats); });
    v.entitlements.forEach((e) => {
      add('Entitlement', e); cites(e.citations); superseded(e.superseded);
      texts('TextItem', [e.amountText]); texts('Reason', e.reasons); texts('TextItem', e.conditions);
    });
    (v.titles ?? []).forEach((t) => {
      add('TitleStatus', t); cites(t.citations);
      for (const k of ['reasons', 'requirements', 'toQualify', 'caveats']) texts('TextItem', t[k]);
    });
    add('Skill', v.skill); texts('Reason', v.skill.notes); texts('Reason', v.notes);
  }
  // Inherited fields count for the interface that extends another.
  const inherits = { SectionText: 'TextItem', Reason: 'TextItem' };
  const untyped = [];
  for (const [type, keys] of Object.entries(seen)) {
    const declared = new Set([...fields(type), ...(inherits[type] ? fields(inherits[type]) : [])]);
    for (const k of keys) if (!declared.has(k)) untyped.push(`${type}.${k}`);
  }
  assert.deepEqual(untyped, [], 'report fields missing from dengtong.d.ts (src/wasm.rs TYPES)');
});
