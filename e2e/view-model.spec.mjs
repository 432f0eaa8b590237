// The report accessor (www/report-view-model.js) on both sides of the coming
// contract change: every request of tests/cases/*.json is evaluated by
// today's pkg/ (0.1), rewritten into the 0.2 shape (e2e/contract-0.2.mjs),
// and the view objects the widget draws from must be the same for both.
// Runs in Node (no browser): the accessor needs no DOM.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { initSync, evaluate, rules } from '../pkg/dengtong.js';
import * as vm from '../www/report-view-model.js';
import { to02 } from './contract-0.2.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
initSync({ module: readFileSync(join(root, 'pkg', 'dengtong_bg.wasm')) });

const cases = readdirSync(join(root, 'tests', 'cases'))
  .filter((f) => f.endsWith('.json') && f !== 'errors.json')
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'tests', 'cases', f), 'utf8')).map((c) => ({ ...c, file: f })));

/** Everything the widget reads of a report, for one language. */
function views(report, lang) {
  return {
    equivalences: vm.equivalenceCards(report, lang),
    titleOnly: vm.equivalenceCards(report, lang, ['professionalTitle']),
    direct: vm.directCards(report, lang),
    entitlements: vm.entitlementCards(report, lang),
    recruitment: vm.recruitmentView(report, lang),
    titles: vm.titleLadder(report, lang),
    skill: vm.skillView(report, lang),
    notes: vm.reportNotes(report, lang),
    facts: vm.reportFacts(report),
    cited: vm.citedClauses(report, ['recruitment', 'titles', 'equivalences', 'directRecruitment', 'entitlements', 'skill', 'notes']),
    summary: ['graduate', 'recruiter', 'teacher'].map((mode) => vm.summaryOf(report, lang, { mode, currentTitle: report.titles?.[1]?.title ?? '', purposes: null })),
  };
}

test(`the same view of ${cases.length} case reports in the 0.1 and the 0.2 shape`, () => {
  expect(cases.length).toBeGreaterThan(100);
  let clauses = 0;
  for (const c of cases) {
    for (const lang of ['zh-CN', 'en']) {
      const r01 = evaluate({ ...c.request, lang });
      const r02 = to02(r01);
      expect(JSON.stringify(r02)).not.toContain('"document":');
      expect(views(r02, lang), `${c.file}: ${c.name} (${lang})`).toEqual(views(r01, lang));
      clauses += vm.citedClauses(r01, ['equivalences']).length;
    }
  }
  expect(clauses).toBeGreaterThan(100);
});

test('0.2: the engine’s summary is the headline; codes are kept; texts in words', () => {
  const r = evaluate({ asOf: '2024-05-01', jurisdiction: 'CN-YN', lang: 'zh-CN', graduate: { schoolType: 'technicianCollege', classType: 'senior', graduationDate: '2023-07-01' } });
  const summary = {
    headline: { code: 'summary.equivalence', text: '在职称评审等方面按大专对待，自2021-08-12起' },
    lines: [{ code: 'summary.line.equivalences', text: '按大专对待：职称评审', section: 'equivalences' }],
  };
  const s = vm.summaryOf(to02(r, summary), 'zh-CN', { mode: 'graduate' });
  expect(s.headline).toBe('在职称评审等方面按大专对待，自2021年8月12日起');
  expect(s.headlineCode).toBe('summary.equivalence');
  expect(s.lines).toEqual([{ text: '按大专对待：职称评审', code: 'summary.line.equivalences', section: 'equivalences' }]);
  // Without a summary (0.1): built from the report, by the one fallback.
  const f = vm.summaryOf(r, 'zh-CN', { mode: 'graduate' });
  expect(f.headlineCode).toBe(null);
  expect(f.headline).toContain('按大专对待');
});

test('text items: strings or {code, text}; ISO dates and request field names never shown', () => {
  expect(vm.textOf('zh-CN', '现任职称（2021-09-01起）。')).toBe('现任职称（2021年9月1日起）。');
  expect(vm.textOf('en', { code: 'reason.x', text: 'held since 2021-09-01' })).toBe('held since 1 September 2021');
  expect(vm.textOf('zh-CN', '请填写教师学历（teacher.education），或毕业日期')).toBe('请填写教师学历（最高学历），或毕业日期');
  expect(vm.textOf('en', 'state teacher.education, or')).toBe('state highest education, or');
  expect(vm.codeOf({ code: 'caveat.planPeriodEnded', text: '…' })).toBe('caveat.planPeriodEnded');
  expect(vm.codeOf('…')).toBe(null);
});

test('0.2: outcome unclear passes through, with its reasons', () => {
  const r = to02(evaluate({ asOf: '2024-05-01', jurisdiction: 'CN', lang: 'en', graduate: { schoolType: 'technicianCollege', classType: 'senior', graduationDate: '2023-07-01' }, post: { employer: 'publicInstitution', postType: 'professional', requiredEducation: 'associate' } }));
  r.recruitment.outcome = 'unclear';
  r.recruitment.reasons = [{ code: 'reason.openList', text: 'The list ends in 等', citations: r.recruitment.reasons[0].citations }];
  const v = vm.recruitmentView(r, 'en');
  expect(v.outcome).toBe('unclear');
  expect(v.reasons[0].text).toBe('The list ends in 等');
  expect(v.reasons[0].clauses[0].quotes[0].length).toBeGreaterThan(5);
  expect(vm.summaryOf(r, 'en', { mode: 'recruiter' }).outcome).toBe('unclear');
});

test('clauses: each once per answer, every sentence of an article with it', () => {
  const r = evaluate({ asOf: '2024-05-01', jurisdiction: 'CN-YN', lang: 'zh-CN', graduate: { schoolType: 'technicianCollege', classType: 'senior', graduationDate: '2023-07-01' } });
  const pt = r.equivalences.find((e) => e.purpose === 'professionalTitle');
  const clauses = vm.clausesOf(r, pt.citations);
  expect(new Set(clauses.map((c) => c.key)).size).toBe(clauses.length);
  expect(clauses.length).toBeLessThan(pt.citations.length); // 人社厅发〔2022〕60号 四 is cited twice
  const sixty = clauses.find((c) => c.number === '人社厅发〔2022〕60号');
  expect(sixty.quotes.length).toBe(2);
  // One card for one level: every purpose with the same answer together.
  const { cards } = vm.equivalenceCards(r, 'zh-CN');
  expect(cards.map((c) => c.level)).toEqual(['associate']);
  expect(cards[0].purposes).toEqual(r.equivalences.map((e) => e.purpose));
});

test('history of an answer: where the level changed, consistent with the answer on each date', () => {
  const request = {
    jurisdiction: 'CN-YN',
    lang: 'zh-CN',
    graduate: { schoolType: 'technicianCollege', classType: 'preparatoryTechnician', graduationDate: '2019-07-01', certificates: [{ level: 'preparatoryTechnician', field: 'engineering' }] },
  };
  const history = vm.equivalenceHistory({ evaluate, registry: rules(), request, until: '2025-05-01' });
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
  const later = vm.equivalenceHistory({ evaluate, registry: rules(), request: { ...request, graduate: { ...request.graduate, graduationDate: '2024-07-01' } }, until: '2025-05-01' });
  expect(later.size).toBe(0);
});
