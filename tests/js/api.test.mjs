// version(), rules(), the package metadata and the typings of pkg/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { evaluate, rules, version, root, loadCases, requestOf, outcome } from './load.mjs';

const cargoVersion = readFileSync(`${root}Cargo.toml`, 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];

test('version() is {version, rulesVersion}', () => {
  const v = version();
  assert.deepEqual(Object.keys(v), ['version', 'rulesVersion']);
  assert.equal(v.version, cargoVersion);
  assert.match(v.rulesVersion, /\S/);
  const full = JSON.parse(readFileSync(`${root}tests/fixtures/full-request.json`, 'utf8'));
  assert.equal(evaluate(full).rulesVersion, v.rulesVersion);
});

test('rules() is the registry as an object', () => {
  const r = rules();
  assert.equal(r.version, cargoVersion);
  assert.ok(r.documents.length > 0 && r.rules.length > 0);
  const ids = new Set(r.rules.map((x) => x.id));
  assert.equal(ids.size, r.rules.length, 'rule ids are unique');
  for (const rule of r.rules) {
    assert.match(rule.group, /^[A-F]$/, rule.id);
    assert.ok(rule.citations.length > 0, `${rule.id} cites nothing`);
    for (const c of rule.citations) assert.ok(r.documents.some((d) => d.id === c.document), c.document);
  }
});

test('pkg/ holds exactly the package files', () => {
  assert.deepEqual(readdirSync(`${root}pkg`).sort(),
    ['README.md', 'dengtong.d.ts', 'dengtong.js', 'dengtong_batch.d.ts', 'dengtong_batch.js', 'dengtong_batch_bg.wasm',
      'dengtong_bg.wasm', 'package.json']);
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
  assert.match(dts, /export function rules\(\): Rules;/);
  assert.match(dts, /export function version\(\): Version;/);
  for (const t of ['Request', 'Report', 'Rules', 'Version', 'Citation']) {
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
    const m = dts.match(new RegExp(`export interface ${name} \\{([^\\n]*)\\}`)) ??
      dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`));
    assert.ok(m, `no interface ${name}`);
    return new Set([...m[1].matchAll(/(\w+)\??:/g)].map((x) => x[1]));
  };
  const seen = {};
  const add = (t, o) => { if (o && typeof o === 'object') for (const k of Object.keys(o)) (seen[t] ??= new Set()).add(k); };
  const cites = (xs) => (xs ?? []).forEach((c) => { add('Citation', c); add('DocumentRef', c.document); });
  const superseded = (xs) => (xs ?? []).forEach((s) => { add('Superseded', s); cites(s.citations); });
  const reasons = (xs) => (xs ?? []).forEach((x) => { add('Reason', x); cites(x.citations); });
  for (const { case: c } of loadCases()) {
    const r = outcome(requestOf(c));
    if (!r.ok) continue;
    const v = r.value;
    add('Report', v);
    v.equivalences.forEach((e) => { add('Equivalence', e); cites(e.citations); superseded(e.superseded); });
    if (v.recruitment) { add('Recruitment', v.recruitment); reasons(v.recruitment.reasons); }
    v.directRecruitment.forEach((d) => { add('DirectRoute', d); cites(d.citations); });
    v.entitlements.forEach((e) => { add('Entitlement', e); cites(e.citations); superseded(e.superseded); });
    (v.titles ?? []).forEach((t) => { add('TitleStatus', t); cites(t.citations); });
    add('Skill', v.skill); reasons(v.skill.notes); reasons(v.notes);
  }
  const untyped = [];
  for (const [type, keys] of Object.entries(seen)) {
    const declared = fields(type);
    for (const k of keys) if (!declared.has(k)) untyped.push(`${type}.${k}`);
  }
  assert.deepEqual(untyped, [], 'report fields missing from dengtong.d.ts (src/wasm.rs TYPES)');
});
