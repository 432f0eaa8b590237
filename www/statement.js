// The printed statement (print only): what was entered, when and under
// which rules, the link that reproduces it, when it was printed, that it is
// guidance and not a legal decision; each answer with the numbers of the
// clauses it rests on; then every cited clause once, verbatim, as an
// appendix. The headline and summary lines print from the answer above it.
import { t, v } from './i18n.js';
import { h, rich } from './dom.js';
import { fmtDate, fmtDateTime } from './format.js';
import { TECHNICAL, teacherClass } from './state.js';
import { sectionsOf, sectionCaveats, citedClauses, clauseRef, equivalenceCards, directCards, entitlementCards, recruitmentView, titleLadder, skillView, reportNotes, reportFacts } from './report-view-model.js';

/** The facts entered, as [label, value] rows. */
export function inputRows(L, s) {
  const rows = [];
  const add = (k, val) => rows.push([t(L, k), val]);
  const sep = L === 'en' ? '; ' : '；';
  add('modeLegend', t(L, `mode.${s.mode}`));
  if (s.mode === 'recruiter') {
    const p = s.post;
    add('employer', v(L, 'employer', p.employer));
    add('postType', v(L, 'postType', p.postType));
    add('requiredEducation', p.requiredEducation ? v(L, 'education', p.requiredEducation) : t(L, 'noRequirement'));
    add('skillLevelRequired', t(L, `bool.${!!p.skillLevelRequired}`));
  }
  if (s.mode === 'teacher') {
    const tt = s.teacher;
    const cls = teacherClass(tt.highest);
    add('track', v(L, 'track', tt.track));
    add('currentTitle', tt.currentTitle ? v(L, 'title', tt.currentTitle) : t(L, 'noTitleYet'));
    if (tt.currentTitleSince) add('currentTitleSince', fmtDate(L, tt.currentTitleSince));
    if (tt.teachingSince) add('teachingSince', fmtDate(L, tt.teachingSince));
    add('probationCompleted', tt.probationCompleted ? t(L, tt.probationCompleted) : t(L, 'notStated'));
    add('teacherHighest', cls ? t(L, 'teacherClassOption', { class: v(L, 'classType', cls) }) : tt.highest ? v(L, 'education', tt.highest) : t(L, 'notStated'));
    if (cls) add('teacherGraduationDate', tt.graduationDate ? fmtDate(L, tt.graduationDate) : t(L, 'notStated'));
    add('teacherCert', tt.certLevel ? v(L, 'certLevel', tt.certLevel) + (tt.certField ? `（${v(L, 'certField', tt.certField)}）` : '') : t(L, 'noCertificate'));
    return rows;
  }
  const g = s.graduate;
  add('schoolType', v(L, 'schoolType', g.schoolType));
  if (TECHNICAL.has(g.schoolType)) add('classType', g.classType ? v(L, 'classType', g.classType) : t(L, 'notStated'));
  add('graduateEducation', g.education ? v(L, 'education', g.education) : t(L, 'notStated'));
  add('studyMode', g.studyMode ? v(L, 'studyMode', g.studyMode) : t(L, 'notStated'));
  add('graduationDate', g.student ? t(L, 'stillStudent') : g.graduationDate ? fmtDate(L, g.graduationDate) : t(L, 'notStated'));
  add('certificates', g.certificates.length ? g.certificates.map((c) => v(L, 'certLevel', c.level) + (c.field ? `（${v(L, 'certField', c.field)}）` : '')).join(sep) : t(L, 'none'));
  add(
    'awards',
    g.awards.length
      ? g.awards
          .map((a) =>
            [v(L, 'competition', a.competition), a.rank ? `${t(L, 'rank')} ${a.rank}` : '', a.medal ? v(L, 'medal', a.medal) : '', a.prize ? v(L, 'prize', a.prize) : '', a.teamSize ? v(L, 'teamSize', a.teamSize) : '']
              .filter(Boolean)
              .join(' · '),
          )
          .join(sep)
      : t(L, 'none'),
  );
  add('honours', g.honours.length ? g.honours.map((x) => v(L, 'honour', x)).join(sep) : t(L, 'none'));
  return rows;
}

/** The statement's head: title, date, rules, link and time printed. Returns
 *  {head, printedAt, printedUrl} (the last two are refreshed before printing). */
export function statementHead(L, { report, version, url }) {
  const facts = reportFacts(report);
  const printedAt = h('span', { text: fmtDateTime(L, new Date()) });
  const printedUrl = h('span', { class: 'dt-url', text: url });
  const row = (k, val) => [h('dt', { text: t(L, k) }), h('dd', {}, val)];
  const head = h(
    'div',
    { class: 'dt-statement-head' },
    h('p', { class: 'dt-statement-title', text: t(L, 'statementTitle') }),
    h(
      'dl',
      { class: 'dt-statement-meta' },
      row('statementAsOf', fmtDate(L, facts.asOf)),
      row('statementJur', v(L, 'jurisdiction', facts.jurisdiction)),
      row('statementRules', facts.rulesVersion || version?.rulesVersion || ''),
      version?.version ? row('statementEngine', version.version) : null,
      row('statementPrinted', printedAt),
      row('statementUrl', printedUrl),
    ),
  );
  return { head, printedAt, printedUrl };
}

/** The statement's body: inputs, each answer with its clause numbers, the disclaimer, the appendix. */
export function statementBody(L, { state, report, purposes }) {
  const sections = [...sectionsOf(state.mode, { withEquivalences: !!purposes?.length }), 'notes'];
  const clauses = citedClauses(report, sections, purposes, L);
  const number = new Map(clauses.map((c, i) => [c.key, i + 1]));
  const refs = (list) => {
    const ns = [...new Set((list ?? []).map((c) => number.get(c.key)).filter(Boolean))].sort((a, b) => a - b);
    return ns.length ? h('span', { class: 'dt-refs' }, ' ', t(L, 'statementSeeClauses', { refs: ns.map((n) => `[${n}]`).join('') })) : null;
  };
  const sep = L === 'en' ? ', ' : '、';
  const answers = [];
  const line = (label, value, list) => answers.push(h('li', {}, h('span', { class: 'dt-ans-label', text: `${label}${L === 'en' ? ': ' : '：'}` }), rich(value), refs(list)));
  // The caveats given once, for the whole report and for each section shown.
  for (const sec of [null, ...sections]) for (const c of sectionCaveats(report, sec, L)) line(t(L, 'caveats'), c.text, c.clauses);
  for (const sec of sections) {
    if (sec === 'recruitment') {
      const r = recruitmentView(report, L);
      if (r) line(t(L, 'recruitment'), t(L, `recruit.${r.outcome}`), r.reasons.flatMap((x) => x.clauses));
    }
    if (sec === 'titles')
      for (const x of titleLadder(report, L).rungs)
        line(v(L, 'title', x.title), x.outcome === 'notYet' && x.eligibleFrom ? t(L, 'eligibleFrom', { date: fmtDate(L, x.eligibleFrom) }) : t(L, `status.${x.outcome}`), x.clauses);
    if (sec === 'equivalences')
      for (const c of equivalenceCards(report, L, purposes).cards)
        line(c.purposes.map((p) => v(L, 'purpose', p)).join(sep), v(L, 'education', c.level), [...c.clauses, ...c.superseded.flatMap((x) => x.clauses)]);
    if (sec === 'directRecruitment') for (const c of directCards(report, L).cards) line(c.ids.map((r) => v(L, 'route', r)).join(sep), t(L, `status.${c.outcome}`), c.clauses);
    if (sec === 'entitlements') for (const c of entitlementCards(report, L).cards) line(c.ids.map((r) => v(L, 'entitlement', r)).join(sep), t(L, `status.${c.outcome}`), c.clauses);
    if (sec === 'skill') for (const n of skillView(report, L)?.notes ?? []) line(t(L, 'skill'), n.text, n.clauses);
    if (sec === 'notes') for (const n of reportNotes(report, L)) line(t(L, 'notes'), n.text, n.clauses);
  }
  return h(
    'div',
    { class: 'dt-statement-body' },
    h('p', { class: 'dt-statement-h', text: t(L, 'statementInputs') }),
    h('dl', { class: 'dt-statement-inputs', 'aria-label': t(L, 'statementInputs') }, inputRows(L, state).map(([k, val]) => [h('dt', { text: k }), h('dd', { text: val })])),
    answers.length ? [h('p', { class: 'dt-statement-h', text: t(L, 'statementAnswers') }), h('ul', { class: 'dt-statement-answers' }, answers)] : null,
    h('p', { class: 'dt-statement-disclaimer', text: t(L, 'disclaimer') }),
    clauses.length
      ? h(
          'section',
          { class: 'dt-appendix' },
          h('p', { class: 'dt-statement-h', text: t(L, 'statementClauses') }),
          h(
            'ol',
            { class: 'dt-appendix-list' },
            clauses.map((c, i) =>
              h(
                'li',
                { class: 'dt-appendix-item', 'data-n': i + 1 },
                h(
                  'p',
                  { class: 'dt-appendix-ref' },
                  h('span', { class: 'dt-appendix-n', text: `[${i + 1}] ` }),
                  h('span', { class: 'dt-nowrap', lang: 'zh-CN', text: clauseRef(c) }),
                  c.date ? ` · ${fmtDate(L, c.date)}` : '',
                  c.title ? h('span', { class: 'dt-appendix-title', lang: 'zh-CN', text: ` 《${c.title}》` }) : null,
                ),
                h('blockquote', { class: 'dt-quote', lang: 'zh-CN' }, c.quotes.map((q) => h('p', { text: q }))),
              ),
            ),
          ),
        )
      : null,
  );
}
