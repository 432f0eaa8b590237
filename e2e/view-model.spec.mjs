// The report accessor (www/report-view-model.js) over the real engine's
// reports (contract 0.2): every request of tests/cases/*.json, in both
// languages, evaluated by pkg/, read as the widget reads it. Runs in Node
// (no browser): the accessor needs no DOM.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { initSync, evaluate } from '../pkg/dengtong.js';
import * as vm from '../www/report-view-model.js';
import { fieldLabel } from '../www/i18n.js';
import { controlFor } from '../www/form.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
initSync({ module: readFileSync(join(root, 'pkg', 'dengtong_bg.wasm')) });
/** The registry as the widget reads it: pkg/rules.json. */
const REGISTRY = JSON.parse(readFileSync(join(root, 'pkg', 'rules.json'), 'utf8'));

const cases = readdirSync(join(root, 'tests', 'cases'))
  .filter((f) => f.endsWith('.json') && f !== 'errors.json')
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'tests', 'cases', f), 'utf8')).map((c) => ({ ...c, file: f })));

/** The widget's mode for a request: the question it asks. */
const modeOf = (request) => (request.teacher ? 'teacher' : request.post ? 'recruiter' : 'graduate');

/** Everything the widget reads of a report, for one language. */
function views(report, lang, mode) {
  return {
    summary: vm.summaryOf(report, lang, { mode }),
    equivalences: vm.equivalenceCards(report, lang),
    direct: vm.directCards(report, lang),
    entitlements: vm.entitlementCards(report, lang),
    recruitment: vm.recruitmentView(report, lang),
    titles: vm.titleLadder(report, lang),
    skill: vm.skillView(report, lang),
    notes: vm.reportNotes(report, lang),
    caveats: vm.reportCaveats(report),
    cited: vm.citedClauses(report, ['recruitment', 'titles', 'equivalences', 'directRecruitment', 'entitlements', 'skill', 'notes'], null, lang),
  };
}

/** Every clause object and every shown text in a view tree. Clause quotes
 *  are the law verbatim and are checked apart; ids, codes, dates and field
 *  paths (`missing`) are data, not words. */
function walk(x, out = { texts: [], clauses: [] }, key = '') {
  if (Array.isArray(x)) {
    for (const y of x) walk(y, out, key);
  } else if (x && typeof x === 'object') {
    if ('quotes' in x && 'article' in x) out.clauses.push(x);
    else for (const [k, v] of Object.entries(x)) walk(v, out, k);
  } else if (typeof x === 'string') {
    const data = ['code', 'headlineCode', 'section', 'outcome', 'level', 'purpose', 'title', 'ruleId', 'supersededBy', 'eligibleFrom', 'since', 'asOf', 'jurisdiction', 'rulesVersion', 'ids', 'missing'];
    if (!data.includes(key)) out.texts.push(x);
  }
  return out;
}

/** Every citation in a report. */
function citationsOf(x, out = []) {
  if (Array.isArray(x)) x.forEach((y) => citationsOf(y, out));
  else if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) {
      if (k === 'clauses' || k === 'documents') continue;
      if (k === 'citations') out.push(...v);
      else citationsOf(v, out);
    }
  return out;
}

const ISO = /\d{4}-\d{2}-\d{2}/;
const FIELD = /\b(?:graduate|teacher|post)\.[a-z][a-zA-Z]*(?:\[\d+\])?/;

test(`every case report of the real engine, both languages: clauses resolved, the engine's summary verbatim, codes kept, words only`, () => {
  expect(cases.length).toBeGreaterThan(500);
  let clauses = 0;
  let reports = 0;
  const problems = [];
  for (const c of cases) {
    for (const lang of ['zh-CN', 'en']) {
      const request = { ...c.request, lang };
      const where = `${c.file}: ${c.name} (${lang})`;
      const r = evaluate(request);
      reports++;
      const mode = modeOf(request);
      const v = views(r, lang, mode);

      // The headline and the lines of the sections the mode shows, verbatim, with their codes.
      expect(v.summary.headline, where).toBe(r.summary.headline.text);
      expect(v.summary.headlineCode, where).toBe(r.summary.headline.code);
      const want = r.summary.lines.filter((l) => vm.sectionsOf(mode).includes(l.section)).map((l) => ({ text: l.text, code: l.code, section: l.section }));
      expect(v.summary.lines, where).toEqual(want);
      if (mode === 'graduate') expect(v.summary.lines.length, where).toBe(r.summary.lines.length);
      // Codes kept where the widget shows an engine text with one.
      for (const x of v.recruitment?.reasons ?? []) expect(x.code, where).toMatch(/^[a-z]+\.[A-Za-z.]+/);
      for (const card of [...v.direct.cards, ...v.entitlements.cards]) for (const x of card.reasons) expect(x.code, where).toMatch(/^[a-z]+\.[A-Za-z.]+/);
      // The main question: an undetermined one names its fields, an unclear one its open point.
      if (v.summary.main?.outcome === 'undetermined') expect(v.summary.main.missing.length, where).toBeGreaterThan(0);
      if (v.summary.main?.outcome === 'unclear') expect(v.summary.main.open.length, where).toBeGreaterThan(0);

      // Every citation resolves to a clause with its document, article and words, somewhere the widget shows.
      const { texts, clauses: shownClauses } = walk(v);
      for (const cl of shownClauses) {
        clauses++;
        if (!(cl.number || cl.title)) problems.push(`${where}: no 文号 or title for ${cl.key}`);
        if (!cl.article) problems.push(`${where}: no article for ${cl.key}`);
        if (!cl.quotes.length || cl.quotes.some((q) => !q)) problems.push(`${where}: no quote for ${cl.key}`);
      }
      const cited = new Set(citationsOf(r).map((x) => x.clauseId));
      const resolved = new Set(shownClauses.flatMap((cl) => cl.clauseIds));
      for (const id of cited) if (!resolved.has(id)) problems.push(`${where}: citation ${id} not resolved`);

      // Words only: no ISO date, no request field name, no 语料/corpus, no placeholder.
      for (const t of texts) {
        if (ISO.test(t)) problems.push(`${where}: ISO date in «${t}»`);
        if (FIELD.test(t)) problems.push(`${where}: field name in «${t}»`);
        if (/语料|corpus/i.test(t)) problems.push(`${where}: 语料/corpus in «${t}»`);
        if (/\{\w+\}/.test(t)) problems.push(`${where}: placeholder in «${t}»`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(reports).toBe(cases.length * 2);
  expect(clauses).toBeGreaterThan(1000);
});

test('the summary of the main question: missing fields (undetermined), open points with their clauses (unclear)', () => {
  const graduate = { schoolType: 'university', studyMode: 'fullTime', graduationDate: '2023-07-01' };
  const post = { employer: 'publicInstitution', postType: 'professional', requiredEducation: 'bachelor' };
  const r = evaluate({ asOf: '2024-05-01', jurisdiction: 'CN', lang: 'zh-CN', graduate, post });
  const s = vm.summaryOf(r, 'zh-CN', { mode: 'recruiter' });
  expect(s.outcome).toBe('undetermined');
  expect(s.main.missing).toEqual(['graduate.education']);
  expect(s.main.open).toEqual([]);
  // Given the 学历: the answer.
  const given = vm.summaryOf(evaluate({ asOf: '2024-05-01', jurisdiction: 'CN', lang: 'zh-CN', graduate: { ...graduate, education: 'bachelor' }, post }), 'zh-CN', { mode: 'recruiter' });
  expect(given.outcome).toBe('eligible');
  expect(given.main.missing).toEqual([]);

  const u = evaluate({
    asOf: '2024-05-01',
    jurisdiction: 'CN',
    lang: 'en',
    graduate: { schoolType: 'technicianCollege', classType: 'preparatoryTechnician', graduationDate: '2023-07-01' },
    post: { employer: 'governmentOrgan', postType: 'civilServant', requiredEducation: 'associate' },
  });
  const us = vm.summaryOf(u, 'en', { mode: 'recruiter' });
  expect(us.outcome).toBe('unclear');
  expect(us.main.missing).toEqual([]);
  expect(us.main.open.length).toBeGreaterThan(0);
  for (const x of us.main.open) {
    expect(x.code).toMatch(/^(open|reason)\./);
    expect(x.clauses.length, x.code).toBeGreaterThan(0);
    expect(x.clauses[0].quotes[0].length).toBeGreaterThan(5);
  }
  // The details give the same open point, with its clause.
  const rec = vm.recruitmentView(u, 'en');
  expect(rec.outcome).toBe('unclear');
  expect(rec.reasons.map((x) => x.text)).toEqual(expect.arrayContaining(us.main.open.map((x) => x.text)));
});

test('teacher: the headline rung, what is met and what would qualify; the titles line only', () => {
  const r = evaluate({
    asOf: '2024-09-02',
    jurisdiction: 'CN-YN',
    lang: 'zh-CN',
    graduate: { schoolType: 'technicianCollege', classType: 'preparatoryTechnician', graduationDate: '2016-07-01', certificates: [{ level: 'senior' }] },
    teacher: { track: 'practical', currentTitle: 'grade2Instructor', currentTitleSince: '2021-09-01', teachingSince: '2016-09-01', probationCompleted: true },
  });
  const s = vm.summaryOf(r, 'zh-CN', { mode: 'teacher' });
  expect(s.headlineCode).toBe('headline.titleNotYet');
  const g1 = r.titles.find((x) => x.title === 'grade1Instructor');
  expect(s.outcome).toBe(g1.status);
  expect(s.main.reasons).toEqual(g1.reasons.map((x) => x.text));
  expect(s.main.toQualify).toEqual(g1.toQualify.map((x) => x.text));
  expect(s.lines.map((l) => l.section)).toEqual(['titles']);
});

test('clauses: each once per answer, every sentence of an article with it; an unnumbered paragraph named as such', () => {
  const r = evaluate({ asOf: '2024-05-01', jurisdiction: 'CN-YN', lang: 'zh-CN', graduate: { schoolType: 'technicianCollege', classType: 'senior', graduationDate: '2023-07-01' } });
  const pt = r.equivalences.find((e) => e.purpose === 'professionalTitle');
  const clauses = vm.clausesOf(r, pt.citations, 'zh-CN');
  expect(new Set(clauses.map((c) => c.key)).size).toBe(clauses.length);
  // Sentences of one article (clause ids with a suffix) are one clause, quoted in full.
  const byArticle = new Map();
  for (const c of pt.citations) {
    const cl = r.clauses[c.clauseId];
    if (cl.article) byArticle.set(`${cl.documentId}#${cl.article}`, new Set([...(byArticle.get(`${cl.documentId}#${cl.article}`) ?? []), cl.quote]));
  }
  for (const [key, quotes] of byArticle) expect(clauses.find((c) => c.key === key).quotes.length, key).toBe(quotes.size);
  // One card for one level: every purpose with the same answer together.
  const { cards } = vm.equivalenceCards(r, 'zh-CN');
  expect(cards.map((c) => c.level)).toEqual(['associate']);
  expect(cards[0].purposes).toEqual(r.equivalences.map((e) => e.purpose));

  // Paragraphs with no article number (人社部发〔2015〕73号's preamble, the 2021 training notice's
  // paragraphs): named as such, a document's together, apart from its numbered articles.
  // A case citing two unnumbered paragraphs of one document and another document's preamble.
  const unnumberedOf = (r) => citationsOf(r).filter((c) => r.clauses[c.clauseId].article === '');
  const docs = (r) => new Set(unnumberedOf(r).map((c) => r.clauses[c.clauseId].documentId));
  const ids = (r) => new Set(unnumberedOf(r).map((c) => c.clauseId));
  const found = cases.find((c) => {
    const r = evaluate(c.request);
    return docs(r).size > 1 && ids(r).size > docs(r).size;
  });
  expect(found, 'a case with unnumbered paragraphs').toBeTruthy();
  const e = evaluate({ ...found.request, lang: 'en' });
  const cites = citationsOf(e);
  const unnumbered = unnumberedOf(e);
  for (const lang of ['zh-CN', 'en']) {
    const shown = vm.clausesOf(e, cites, lang);
    for (const c of unnumbered) {
      const cl = shown.find((x) => x.clauseIds.includes(c.clauseId));
      expect(cl.article).toBe(lang === 'en' ? 'unnumbered paragraph' : '未编号段落');
      expect(cl.quotes).toContain(e.clauses[c.clauseId].quote);
      for (const id of cl.clauseIds) expect(e.clauses[id]).toMatchObject({ documentId: e.clauses[c.clauseId].documentId, article: '' });
    }
    expect(new Set(shown.map(vm.clauseRef)).size, 'each clause named once').toBe(shown.length);
  }
});

test('missing fields in words, and the control each leads to', () => {
  expect(fieldLabel('zh-CN', 'graduate.education')).toBe('学历');
  expect(fieldLabel('zh-CN', 'graduate.education', 'teacher')).toBe('最高学历');
  expect(fieldLabel('en', 'graduate.education', 'teacher')).toBe('Highest education');
  expect(fieldLabel('zh-CN', 'graduate.awards[0].medal')).toBe('第 1 项获奖的奖牌');
  expect(fieldLabel('en', 'graduate.awards[1].rank')).toBe('Placing 2: rank');
  expect(fieldLabel('en', 'graduate.awards[2].teamSize')).toBe('Placing 3: team size');
  expect(fieldLabel('zh-CN', 'graduate.certificates[0].field')).toBe('第 1 个证书的类别');
  expect(fieldLabel('zh-CN', 'teacher.teachingSince')).toBe('从事教学一线工作起始日期');
  expect(fieldLabel('en', 'graduate.honours')).toBe('Honours');
  expect(controlFor('graduate.education', 'graduate')).toBe('dt-gedu');
  expect(controlFor('graduate.education', 'recruiter')).toBe('dt-gedu');
  expect(controlFor('graduate.education', 'teacher')).toBe('dt-education');
  expect(controlFor('graduate.awards[1].medal', 'graduate')).toBe('dt-award-1-medal');
  expect(controlFor('graduate.awards[0].teamSize', 'graduate')).toBe('dt-award-0-team');
  expect(controlFor('graduate.awards[0]', 'graduate')).toBe('dt-award-0-comp');
  expect(controlFor('graduate.awards', 'graduate')).toBe('dt-add-award');
  expect(controlFor('graduate.certificates[2].field', 'graduate')).toBe('dt-cert-2-field');
  expect(controlFor('teacher.teachingSince', 'teacher')).toBe('dt-teaching-since');
  // Every missing path in the cases has words and, in its mode, a control.
  const paths = new Map();
  for (const c of cases) {
    const r = evaluate(c.request);
    const mode = modeOf(c.request);
    for (const e of [r.recruitment, ...(r.directRecruitment ?? []), ...(r.entitlements ?? []), ...(r.titles ?? [])].filter(Boolean)) for (const p of e.missing ?? []) paths.set(p, mode);
  }
  expect(paths.size).toBeGreaterThan(5);
  for (const [p, mode] of paths) {
    for (const lang of ['zh-CN', 'en']) expect(FIELD.test(fieldLabel(lang, p, mode)), `${p} (${lang})`).toBe(false);
    expect(controlFor(p, mode), p).toBeTruthy();
  }
});

test('history of an answer: where the level changed, consistent with the answer on each date', () => {
  const request = {
    jurisdiction: 'CN-YN',
    lang: 'zh-CN',
    graduate: { schoolType: 'technicianCollege', classType: 'preparatoryTechnician', graduationDate: '2019-07-01', certificates: [{ level: 'preparatoryTechnician', field: 'engineering' }] },
  };
  const history = vm.equivalenceHistory({ evaluate, registry: REGISTRY, request, until: '2025-05-01' });
  const pt = history.get('professionalTitle');
  expect(pt.map((s) => s.level)).toEqual(['associate', 'bachelor']);
  expect(pt[0].ref).toBe('云人社发[2014]140号 第九条');
  // On each side of every change, the answer is the segment's.
  for (const seg of pt) {
    for (const day of [seg.from, seg.to].filter(Boolean)) {
      const r = evaluate({ ...request, asOf: day });
      expect(r.equivalences.find((e) => e.purpose === 'professionalTitle')?.level ?? null, day).toBe(seg.level);
    }
  }
  // No history for a graduate after every change.
  const later = vm.equivalenceHistory({ evaluate, registry: REGISTRY, request: { ...request, graduate: { ...request.graduate, graduationDate: '2024-07-01' } }, until: '2025-05-01' });
  expect(later.size).toBe(0);
});

test('the rule registry: a rule named by its 文号 and article; glosses in both languages', () => {
  const registry = REGISTRY;
  const rule = registry.rules.find((r) => r.citations.length && registry.clauses[r.citations[0].clauseId]?.article);
  const ref = vm.ruleRef(registry, rule.id);
  const clause = registry.clauses[(rule.citations.find((c) => c.operative) ?? rule.citations[0]).clauseId];
  const doc = registry.documents.find((d) => d.id === clause.documentId);
  expect(ref).toBe(`${doc.number || doc.title} ${clause.article}`);
  expect(vm.glossOf(registry, rule.id, 'en').length).toBeGreaterThan(5);
  expect(vm.glossOf(registry, rule.id, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
});
