#!/usr/bin/env node
// Parity: every case request (and the fixture), then PARITY_RANDOM seeded
// random requests (default 100,000), through pkg/ (the wasm build, its
// report crossing as words, src/crossing.rs) and through the native command
// `dengtong evaluate`; fails on any difference in the full report JSON, or
// in an error's code/path/message. Then every batch fixture file through
// pkg/dengtong_batch.js `evaluateCsv` and `dengtong batch --format json`.
//
//   node scripts/parity.mjs            # builds target/release/dengtong if needed
//   DENGTONG_BIN=target/release/dengtong PARITY_RANDOM=1000 PARITY_SEED=7 node scripts/parity.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, evaluate } from '../pkg/dengtong.js';
import * as batch from '../pkg/dengtong_batch.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const TODAY = '2024-05-01';
initSync({ module: readFileSync(`${root}pkg/dengtong_bg.wasm`) });
batch.initSync({ module: readFileSync(`${root}pkg/dengtong_batch_bg.wasm`) });

let bin = process.env.DENGTONG_BIN;
if (!bin) {
  execFileSync('cargo', ['build', '--quiet', '--release', '--locked', '--bin', 'dengtong'], { cwd: root, stdio: 'inherit' });
  bin = `${root}target/release/dengtong`;
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

/** What the package gives: `f()`'s value as JSON, or the coded Error it throws. */
function packageSide(f) {
  try {
    return { ok: true, out: JSON.stringify(f()) };
  } catch (e) {
    if (!(e instanceof Error) || typeof e.code !== 'string') throw e;
    return { ok: false, out: JSON.stringify({ code: e.code, path: e.path }), message: e.message };
  }
}

const wasmSide = (json) => packageSide(() => evaluate(JSON.parse(json)));

/** The native error envelope `{"error":{code,path,message}}`, worded as the package's Error message. */
function nativeError(text) {
  const { error } = JSON.parse(text);
  const path = error.path ? ` at ${error.path}` : '';
  return { ok: false, out: JSON.stringify({ code: error.code, path: error.path }), message: `${error.code}${path}: ${error.message}` };
}

/** One run of the native command: its output (status 0) or its error (status 2). */
function nativeRun(args, input) {
  const p = spawnSync(bin, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.status === 0) return { ok: true, out: p.stdout.trim() };
  if (p.status === 2) return nativeError(p.stderr);
  throw new Error(`${bin} ${args[0]} exited with ${p.status}: ${p.stderr}`);
}

const nativeSide = (json) => nativeRun(['evaluate', '--today', TODAY], json);

// Random requests from the vocabulary the package itself declares, mostly
// valid (a class only for 技工院校, a title from its track's ladder), with a
// deliberate error in about one in eleven.
const registry = batch.rules();
const vocabulary = Object.fromEntries(registry.vocabulary.map((v) => [v.name, v.values.map((x) => x.value)]));
const jurisdictions = registry.jurisdictions.map((j) => j.code);
/** The batch files are read under the first province of the table. */
const PROVINCE = registry.jurisdictions.find((j) => j.parent).code;
let seed = Number(process.env.PARITY_SEED ?? 20261203) >>> 0;
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const maybe = (p, f) => (random() < p ? f() : undefined);
const some = (max, f) => Array.from({ length: Math.floor(random() * (max + 1)) }, f);
const date = (from, to) => {
  const y = from + Math.floor(random() * (to - from + 1));
  const m = 1 + Math.floor(random() * 12), d = 1 + Math.floor(random() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};
const TECHNICAL = ['technicalSchool', 'seniorTechnicalSchool', 'technicianCollege'];
function randomRequest() {
  const schoolType = pick(vocabulary.schoolType);
  const graduate = {
    schoolType,
    classType: TECHNICAL.includes(schoolType) ? maybe(0.85, () => pick(vocabulary.classType)) : undefined,
    education: maybe(0.2, () => pick(vocabulary.education)),
    studyMode: maybe(0.5, () => pick(vocabulary.studyMode)),
    graduationDate: maybe(0.8, () => date(2008, 2027)),
    certificates: some(2, () => ({ level: pick(vocabulary.skillLevel), field: maybe(0.5, () => pick(vocabulary.certificateField)) })),
    awards: some(2, () => ({
      competition: pick(vocabulary.competition),
      rank: maybe(0.6, () => 1 + Math.floor(random() * 12)),
      medal: maybe(0.3, () => pick(vocabulary.medal)),
      prize: maybe(0.3, () => pick([1, 2, 3])),
      teamSize: maybe(0.4, () => pick([1, 2, 3])),
    })),
    honours: some(1, () => pick(vocabulary.honour)),
  };
  const track = pick(vocabulary.track);
  const ladder = track === 'theory' ? vocabulary.title.slice(0, 4) : vocabulary.title.slice(4);
  const request = {
    asOf: maybe(0.95, () => date(2016, 2030)),
    jurisdiction: maybe(0.8, () => pick(jurisdictions)),
    lang: maybe(0.8, () => pick(vocabulary.lang)),
    graduate,
    post: maybe(0.5, () => ({
      employer: pick(vocabulary.employer),
      postType: pick(vocabulary.postType),
      requiredEducation: maybe(0.7, () => pick(vocabulary.education)),
      skillLevelRequired: maybe(0.5, () => random() < 0.5),
    })),
    teacher: maybe(0.3, () => ({
      track,
      currentTitle: maybe(0.7, () => pick(ladder)),
      currentTitleSince: maybe(0.7, () => date(2005, 2028)),
      teachingSince: maybe(0.7, () => date(2000, 2028)),
      probationCompleted: maybe(0.6, () => random() < 0.7),
      education: maybe(0.5, () => pick(vocabulary.education)),
    })),
  };
  if (request.asOf === undefined) request.asOf = TODAY;
  if (random() < 0.09) {
    // A deliberate mistake: a misspelt value, an unknown field, a bad date, a wrong type.
    const mistake = pick([
      () => { graduate.schoolType = 'technicalschool'; },
      () => { request.graduate.colour = 'blue'; },
      () => { request.asOf = date(2016, 2030).replace(/-\d\d$/, '-31').replace('-02-', '-02-3'); },
      () => { graduate.awards = [{ competition: 'worldSkills', rank: 'first' }]; },
      () => { request.jurisdiction = 'CN-GD'; },
      () => { graduate.classType = 'senior'; graduate.schoolType = 'university'; },
    ]);
    mistake();
  }
  return JSON.stringify(request);
}

/// The native command over many requests at once (`evaluate --lines`).
function nativeLines(jsons) {
  const p = spawnSync(bin, ['evaluate', '--lines', '--today', TODAY], { input: jsons.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  if (p.status !== 0) throw new Error(`${bin} --lines exited with ${p.status}: ${p.stderr}`);
  const lines = p.stdout.split('\n');
  lines.pop();
  if (lines.length !== jsons.length) throw new Error(`${bin} --lines: ${lines.length} lines for ${jsons.length} requests`);
  return lines.map((line) => (line.startsWith('{"error":') ? nativeError(line) : { ok: true, out: line }));
}

let failures = 0, reports = 0, errors = 0;
function compare(file, name, w, n) {
  const same = w.ok === n.ok && w.out === n.out && w.message === n.message;
  if (!same) {
    failures++;
    if (failures <= 5) {
      let i = 0; while (i < w.out.length && w.out[i] === n.out[i]) i++;
      console.error(`DIFFERENT: ${file} / ${name}\n  wasm:   ${w.ok ? 'report' : 'error'} …${w.out.slice(Math.max(0, i - 60), i + 120)}… ${w.message ?? ''}\n  native: ${n.ok ? 'report' : 'error'} …${n.out.slice(Math.max(0, i - 60), i + 120)}… ${n.message ?? ''}`);
    }
  } else if (w.ok) reports++; else errors++;
}
// The cases, one native process each (as a user runs the command).
for (const [file, name, json] of requests) compare(file, name, wasmSide(json), nativeSide(json));
console.log(`parity: ${requests.length} case requests, ${reports} identical reports, ${errors} identical errors, ${failures} different`);

const total = Number(process.env.PARITY_RANDOM ?? 100_000);
const before = { reports, errors, failures };
for (let done = 0; done < total; ) {
  const jsons = Array.from({ length: Math.min(2_000, total - done) }, randomRequest);
  const natives = nativeLines(jsons);
  jsons.forEach((json, i) => compare('random', `#${done + i} ${json}`, wasmSide(json), natives[i]));
  done += jsons.length;
}
console.log(`parity: ${total} random requests (seed ${process.env.PARITY_SEED ?? 20261203}), ${reports - before.reports} identical reports, ${errors - before.errors} identical errors, ${failures - before.failures} different`);

// Batch checks: every fixture file through evaluateCsv (its result crossing
// as words too) and through `dengtong batch --format json`. The package adds
// `encoding` (how the bytes were decoded); the rest is the same JSON.
const FIXTURES = `${root}tests/fixtures/batch/`;
const POST = `${FIXTURES}post-pi-bachelor.json`;
let batchFiles = 0;
for (const file of readdirSync(FIXTURES).filter((f) => /\.(csv|xlsx)$/.test(f)).sort()) {
  const withPost = file.endsWith('.csv');
  const w = packageSide(() => {
    const r = batch.evaluateCsv(new Uint8Array(readFileSync(FIXTURES + file)), withPost ? JSON.parse(readFileSync(POST, 'utf8')) : null, { asOf: TODAY, jurisdiction: PROVINCE });
    delete r.encoding;
    return r;
  });
  const n = nativeRun(['batch', FIXTURES + file, '--as-of', TODAY, '--jurisdiction', PROVINCE, '--format', 'json', ...(withPost ? ['--post', POST] : [])]);
  compare('batch', file, w, n);
  batchFiles++;
}

// The registry: pkg/rules.json (what the widget reads), the batch module's
// rules() and `dengtong rules` are one.
const registryFile = readFileSync(`${root}pkg/rules.json`, 'utf8').trimEnd();
compare('rules', 'pkg/rules.json', { ok: true, out: registryFile }, nativeRun(['rules']));
compare('rules', 'rules()', packageSide(() => batch.rules()), { ok: true, out: registryFile });
console.log(`parity: ${batchFiles} batch files through evaluateCsv and \`dengtong batch\`, ${failures} different in all`);
process.exit(failures ? 1 : 0);
