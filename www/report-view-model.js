// The only code that reads the engine's report (contract 0.2, api.md
// "Version 0.2: the answer first") and its rule registry (pkg/rules.json).
// Everything else gets plain view objects from here: texts as the engine
// wrote them, citations resolved to clauses, sections folded into one card
// per distinct answer. When the report contract changes, this module
// changes, and nothing else.
//
// The report, as read here:
// - every text item is {code, text, params?, citations?}; `text` is shown
//   exactly as the engine wrote it (its dates already in words), `code` is
//   kept for programs and tests;
// - a citation is {ruleId, clauseId}, resolved through report.clauses
//   [clauseId] = {documentId, article, line, quote} and
//   report.documents[documentId];
// - report.summary = {headline, lines: [{code, text, section}]}: the answer;
// - report.caveats = [{code, text, section?}]: caveats said once, for a
//   section or (no section) for the whole report;
// - undetermined entries name the request fields that would settle them
//   (`missing`); unclear entries hold the open point as a reason, with the
//   clause that leaves it open.
import { t } from './i18n.js';
import { isDate, dayBefore } from './format.js';

// ---------------------------------------------------------------- texts

/** The words of a text item, as the engine wrote them. */
export function textOf(item) {
  return typeof item?.text === 'string' ? item.text : '';
}

/** The stable code of a text item, or null. */
export function codeOf(item) {
  return typeof item?.code === 'string' ? item.code : null;
}

const texts = (list) => (list ?? []).map(textOf).filter(Boolean);
const unique = (list) => [...new Set(list)];

// ---------------------------------------------------------------- which sections a mode shows

/** The report sections each mode of the widget shows, in order (the
 *  details, the summary lines and the printed statement alike). */
const MODE_SECTIONS = {
  graduate: ['equivalences', 'directRecruitment', 'entitlements', 'skill'],
  recruiter: ['recruitment', 'equivalences', 'directRecruitment', 'skill'],
  teacher: ['titles'],
};

/** The sections a mode shows; teacher mode shows the 职称评审 equivalence
 *  too when the teacher's schooling is a 技工院校 class (withEquivalences). */
export function sectionsOf(mode, { withEquivalences = false } = {}) {
  const list = MODE_SECTIONS[mode] ?? MODE_SECTIONS.graduate;
  return mode === 'teacher' && withEquivalences ? [...list, 'equivalences'] : list;
}

// ---------------------------------------------------------------- clauses

/** The clauses a list of citations rests on, each once: one per document
 *  and article as printed, with every sentence quoted from it (a
 *  document's unnumbered paragraphs together, apart from its articles).
 *  → [{key, ruleIds, clauseIds, documentId, number, title, issuer, date, window, jurisdiction, article, quotes}];
 *  `article` is never empty: an unnumbered paragraph is named as such. */
export function clausesOf(report, citations, lang) {
  const byKey = new Map();
  for (const c of citations ?? []) {
    const clause = report?.clauses?.[c?.clauseId];
    if (!clause) continue;
    const doc = report?.documents?.[clause.documentId] ?? {};
    const key = `${clause.documentId}#${clause.article}`;
    let cl = byKey.get(key);
    if (!cl) {
      cl = {
        key,
        ruleIds: [],
        clauseIds: [],
        documentId: clause.documentId,
        number: doc.number || '',
        title: doc.title ?? '',
        issuer: doc.issuer ?? '',
        date: isDate(doc.date) ? doc.date : null,
        window: doc.window ?? null,
        jurisdiction: doc.jurisdiction ?? '',
        article: clause.article || t(lang, 'unnumberedParagraph'),
        quotes: [],
      };
      byKey.set(key, cl);
    }
    if (c.ruleId && !cl.ruleIds.includes(c.ruleId)) cl.ruleIds.push(c.ruleId);
    if (!cl.clauseIds.includes(c.clauseId)) cl.clauseIds.push(c.clauseId);
    if (clause.quote && !cl.quotes.includes(clause.quote)) cl.quotes.push(clause.quote);
  }
  return [...byKey.values()];
}

/** How a clause is named in one line: 文号 (or the title) and article. */
export function clauseRef(clause) {
  return `${clause.number || clause.title} ${clause.article}`.trim();
}

/** Text items with their own clauses (reasons, notes): [{text, code, clauses}]. */
function cited(report, lang, list) {
  return (list ?? []).map((x) => ({ text: textOf(x), code: codeOf(x), clauses: clausesOf(report, x.citations, lang) }));
}

// ---------------------------------------------------------------- outcomes and caveats

/** eligible · ineligible · undetermined · unclear · notYet. */
export const outcomeOf = (x) => x?.outcome ?? x?.status ?? 'undetermined';

/** The caveats the report gives once for a section (section given) or for
 *  the whole report (section null), each with the clauses it rests on:
 *  [{text, code, clauses}]. */
export function sectionCaveats(report, section, lang) {
  return cited(report, lang, (report?.caveats ?? []).filter((c) => (c.section ?? null) === section));
}

/** Caveats that hold for the whole report, said once: [{text, code, clauses}]. */
export function reportCaveats(report, lang) {
  return sectionCaveats(report, null, lang);
}

/** Caveats of one entry, each once (by its words): [{text, code, clauses}]. */
function caveatsOf(report, lang, list) {
  const seen = new Set();
  return cited(report, lang, list).filter((c) => !seen.has(c.text) && seen.add(c.text));
}

// ---------------------------------------------------------------- the answer first

/** The entry the headline answers: the recruitment check (recruiter), the
 *  rung the headline names (teacher), none (graduate). */
function mainEntry(report, mode) {
  if (mode === 'recruiter') return report?.recruitment ?? null;
  if (mode === 'teacher') {
    const title = report?.summary?.headline?.params?.title;
    return (report?.titles ?? []).find((x) => x.title === title) ?? null;
  }
  return null;
}

/** A request field path, as `missing` and the headline's params name it. */
const isFieldPath = (x) => typeof x === 'string' && /^(graduate|teacher|post)\./.test(x);

/** The answer: the engine's headline and those of its summary lines that
 *  belong to the sections the mode shows, verbatim; the outcome the
 *  headline states (for its colour); and what the main question still
 *  needs: the fields missing (undetermined), the open points with their
 *  clauses (unclear), what would qualify, and for a teacher's rung what is
 *  met and what is not.
 *  ctx: {mode}
 *  → {headline, headlineCode, lines: [{text, code, section}], outcome,
 *     main: {outcome, missing: [path], open: [{text, code, clauses}], toQualify: [text], reasons: [text]} | null} */
export function summaryOf(report, lang, ctx) {
  const s = report?.summary ?? {};
  // Teacher mode: only the titles line (its equivalence line counts every
  // purpose, the details show 职称评审 alone).
  const shown = sectionsOf(ctx.mode);
  const entry = mainEntry(report, ctx.mode);
  const field = s.headline?.params?.field;
  let main = null;
  if (entry) {
    const outcome = entry.held ? 'eligible' : outcomeOf(entry);
    main = {
      outcome,
      missing: unique([...(entry.missing ?? []), ...(isFieldPath(field) ? [field] : [])]),
      open: outcome === 'unclear' ? cited(report, lang, entry.reasons) : [],
      toQualify: outcome === 'eligible' ? [] : texts(entry.toQualify),
      reasons: ctx.mode === 'teacher' && !entry.held ? texts(entry.reasons) : [],
    };
  } else if (isFieldPath(field)) {
    main = { outcome: 'undetermined', missing: [field], open: [], toQualify: [], reasons: [] };
  }
  let outcome;
  if (main) outcome = main.outcome;
  else if (ctx.mode === 'teacher') outcome = 'ineligible';
  else outcome = report?.equivalences?.length ? 'eligible' : 'ineligible';
  return {
    headline: textOf(s.headline),
    headlineCode: codeOf(s.headline),
    lines: (s.lines ?? []).filter((l) => shown.includes(l.section)).map((l) => ({ text: textOf(l), code: codeOf(l), section: l.section })),
    outcome,
    main,
  };
}

// ---------------------------------------------------------------- sections, folded

const LEVEL_ORDER = ['secondaryVocational', 'associate', 'bachelor', 'master', 'doctorate'];

function supersededOf(report, lang, list, purpose = null) {
  return (list ?? []).map((s) => ({
    ruleId: s.ruleId,
    level: s.level ?? null,
    since: isDate(s.since) ? s.since : null,
    supersededBy: s.supersededBy ?? null,
    purposes: purpose ? [purpose] : null,
    clauses: clausesOf(report, s.citations, lang),
  }));
}

/** Equivalences: one card per level (purposes with the same answer
 *  together), highest first. Each clause once, naming the purposes it
 *  covers when not all of the card's; an entry's own caveats once, naming
 *  its purposes when not all of the card's; the section's caveats once.
 *  Caveats are {text, code, clauses}.
 *  → {caveats: [caveat], cards: [{level, purposes, clauses: [{...clause, purposes|null}],
 *     caveats: [{...caveat, purposes|null}], superseded: [{level, since, supersededBy, purposes|null, clauses}]}]} */
export function equivalenceCards(report, lang, onlyPurposes) {
  let eqs = report?.equivalences ?? [];
  if (onlyPurposes) eqs = eqs.filter((e) => onlyPurposes.includes(e.purpose));
  const byLevel = new Map();
  for (const e of eqs) {
    if (!byLevel.has(e.level)) byLevel.set(e.level, []);
    byLevel.get(e.level).push(e);
  }
  const cards = [...byLevel.entries()]
    .sort((a, b) => LEVEL_ORDER.indexOf(b[0]) - LEVEL_ORDER.indexOf(a[0]))
    .map(([level, items]) => {
      const purposes = items.map((e) => e.purpose);
      const all = (list) => (list.length === purposes.length ? null : list);
      const clauses = new Map();
      const caveats = new Map();
      const superseded = new Map();
      for (const e of items) {
        for (const c of clausesOf(report, e.citations, lang)) {
          const seen = clauses.get(c.key);
          if (seen) {
            seen.purposes.push(e.purpose);
            for (const q of c.quotes) if (!seen.quotes.includes(q)) seen.quotes.push(q);
            for (const r of c.ruleIds) if (!seen.ruleIds.includes(r)) seen.ruleIds.push(r);
          } else clauses.set(c.key, { ...c, purposes: [e.purpose] });
        }
        for (const c of caveatsOf(report, lang, e.caveats)) {
          const seen = caveats.get(c.text);
          if (seen) {
            seen.purposes.push(e.purpose);
            for (const cl of c.clauses) if (!seen.clauses.some((x) => x.key === cl.key)) seen.clauses.push(cl);
          } else caveats.set(c.text, { ...c, purposes: [e.purpose] });
        }
        for (const s of supersededOf(report, lang, e.superseded, e.purpose)) {
          const key = `${s.ruleId}|${s.level ?? ''}|${s.since ?? ''}`;
          const seen = superseded.get(key);
          if (seen) seen.purposes.push(e.purpose);
          else superseded.set(key, s);
        }
      }
      return {
        level,
        purposes,
        clauses: [...clauses.values()].map((c) => ({ ...c, purposes: all(c.purposes) })),
        caveats: [...caveats.values()].map((c) => ({ ...c, purposes: all(c.purposes) })),
        superseded: [...superseded.values()].map((s) => ({ ...s, purposes: all(s.purposes) })),
      };
    });
  return { caveats: sectionCaveats(report, 'equivalences', lang), cards };
}

/** Entries of a section folded: entries with the same answer (outcome,
 *  reasons, conditions, what is missing, caveats) become one card naming
 *  them all. Reasons keep their own clauses (an unclear entry's open point
 *  and the clause that leaves it open). */
function fold(report, lang, section, entries, nameOf, extraKey = () => '') {
  const cards = new Map();
  for (const e of entries) {
    const reasons = texts(e.reasons);
    const conditions = texts(e.conditions);
    const missing = [...(e.missing ?? [])];
    const key = JSON.stringify([outcomeOf(e), reasons, conditions, missing, texts(e.caveats), extraKey(e)]);
    const seen = cards.get(key);
    if (seen) {
      seen.ids.push(nameOf(e));
      seen.entries.push(e);
    } else cards.set(key, { ids: [nameOf(e)], outcome: outcomeOf(e), conditions, missing, entries: [e] });
  }
  return {
    caveats: sectionCaveats(report, section, lang),
    cards: [...cards.values()].map(({ entries: list, ...c }) => {
      const first = list[0];
      const caveats = (first.caveats ?? []).map((x, i) => ({
        text: textOf(x),
        code: codeOf(x),
        clauses: clausesOf(report, list.flatMap((e) => e.caveats?.[i]?.citations ?? []), lang),
      }));
      // One reason per text, with the clauses of every entry folded in.
      const reasons = first.reasons?.map((x, i) => ({
        text: textOf(x),
        code: codeOf(x),
        clauses: clausesOf(report, list.flatMap((e) => e.reasons?.[i]?.citations ?? []), lang),
      }));
      // Conditions keep the clauses they rest on, where they cite any (48号's
      // scope under a national award's promotion), folded like caveats.
      const conditions = (first.conditions ?? []).map((x, i) => {
        const clauses = clausesOf(report, list.flatMap((e) => e.conditions?.[i]?.citations ?? []), lang);
        return clauses.length ? { text: textOf(x), code: codeOf(x), clauses } : textOf(x);
      }).filter(Boolean);
      return {
        ...c,
        conditions,
        caveats,
        reasons: reasons ?? [],
        clauses: clausesOf(report, list.flatMap((e) => e.citations ?? []), lang),
        superseded: list.flatMap((e) => supersededOf(report, lang, e.superseded)),
        awards: list.map((e) => e.award).filter((a) => Number.isInteger(a)),
        amount: first.amount ?? null,
        amountText: first.amountText ? textOf(first.amountText) : '',
      };
    }),
  };
}

/** Direct recruitment routes (直接考察), folded. Cards: {ids: routes, outcome, reasons: [{text, code, clauses}], missing, caveats, clauses}. */
export function directCards(report, lang) {
  return fold(report, lang, 'directRecruitment', report?.directRecruitment ?? [], (e) => e.route);
}

/** Entitlements, folded (award-based ones per award). Cards: {ids: entitlement ids, awards: [index into graduate.awards],
 *  outcome, reasons (open points), conditions (texts, or {text, code, clauses} where one cites), missing, amount,
 *  amountText, clauses, superseded}. */
export function entitlementCards(report, lang) {
  return fold(report, lang, 'entitlements', report?.entitlements ?? [], (e) => e.id, (e) => [e.amount ?? null, textOf(e.amountText), e.award ?? null]);
}

/** The recruitment check, or null: {outcome, purpose, level, reasons: [{text, code, clauses}], missing, toQualify, caveats}. */
export function recruitmentView(report, lang) {
  const r = report?.recruitment;
  if (!r) return null;
  const reasons = [];
  const byText = new Map();
  for (const x of r.reasons ?? []) {
    const text = textOf(x);
    const seen = byText.get(text);
    if (seen) seen.citations.push(...(x.citations ?? []));
    else {
      const item = { text, code: codeOf(x), citations: [...(x.citations ?? [])] };
      byText.set(text, item);
      reasons.push(item);
    }
  }
  return {
    outcome: outcomeOf(r),
    purpose: r.purpose ?? null,
    level: r.level ?? null,
    reasons: reasons.map((x) => ({ text: x.text, code: x.code, clauses: clausesOf(report, x.citations, lang) })),
    missing: [...(r.missing ?? [])],
    toQualify: texts(r.toQualify),
    caveats: caveatsOf(report, lang, [...(report.caveats ?? []).filter((c) => c.section === 'recruitment'), ...(r.caveats ?? [])]),
  };
}

/** The title ladder: {caveats (the section's, once), rungs: [{title, outcome, eligibleFrom, direct, held,
 *  reasons, requirements, missing, toQualify, caveats, clauses}]}. */
export function titleLadder(report, lang) {
  return {
    caveats: sectionCaveats(report, 'titles', lang),
    rungs: (report?.titles ?? []).map((x) => ({
      title: x.title,
      outcome: outcomeOf(x),
      eligibleFrom: isDate(x.eligibleFrom) ? x.eligibleFrom : null,
      direct: !!x.direct,
      held: !!x.held,
      reasons: texts(x.reasons),
      requirements: texts(x.requirements),
      missing: [...(x.missing ?? [])],
      toQualify: texts(x.toQualify),
      caveats: caveatsOf(report, lang, x.caveats),
      clauses: clausesOf(report, x.citations, lang),
    })),
  };
}

/** The skill level: {level, highSkilled, caveats, notes: [{text, code, clauses}]} or null (caveats and notes alike {text, code, clauses}). */
export function skillView(report, lang) {
  const s = report?.skill;
  if (!s) return null;
  return { level: s.level ?? null, highSkilled: !!s.highSkilled, caveats: sectionCaveats(report, 'skill', lang), notes: cited(report, lang, s.notes) };
}

/** Notes of the whole report: [{text, code, clauses}]. */
export function reportNotes(report, lang) {
  return cited(report, lang, report?.notes);
}

/** When and where the report's answer applies: {asOf, jurisdiction, rulesVersion}. */
export function reportFacts(report) {
  return { asOf: report?.asOf ?? '', jurisdiction: report?.jurisdiction ?? '', rulesVersion: report?.rulesVersion ?? '' };
}

/** Every clause the shown sections cite, each once, in order of first
 *  citation: the statement's appendix. sections: names of report sections
 *  (and 'notes'). The decisions' clauses and those of the caveats given
 *  once for the report or a section; an entry's own caveats are on screen. */
export function citedClauses(report, sections, onlyPurposes, lang) {
  const cites = [];
  const add = (list) => cites.push(...(list ?? []));
  const withReasons = (x) => {
    for (const r of x.reasons ?? []) add(r.citations);
    add(x.citations);
    for (const s of x.superseded ?? []) add(s.citations);
  };
  // The caveats said once for the whole report or a section shown (the statement prints them).
  for (const c of report.caveats ?? []) if (!c.section || sections.includes(c.section)) add(c.citations);
  for (const sec of sections) {
    if (sec === 'recruitment' && report.recruitment) withReasons(report.recruitment);
    if (sec === 'titles') for (const x of report.titles ?? []) withReasons(x);
    if (sec === 'equivalences') for (const e of report.equivalences ?? []) if (!onlyPurposes || onlyPurposes.includes(e.purpose)) withReasons(e);
    if (sec === 'directRecruitment') for (const x of report.directRecruitment ?? []) withReasons(x);
    if (sec === 'entitlements') for (const x of report.entitlements ?? []) withReasons(x);
    if (sec === 'skill') for (const n of report.skill?.notes ?? []) add(n.citations);
    if (sec === 'notes') for (const n of report.notes ?? []) add(n.citations);
  }
  return clausesOf(report, cites, lang);
}

// ---------------------------------------------------------------- the rule registry (pkg/rules.json)

/** The gloss of a rule in a language, or ''. */
export function glossOf(registry, ruleId, lang) {
  const g = ruleById(registry, ruleId)?.gloss;
  return g ? (g[lang] ?? g['zh-CN'] ?? '') : '';
}

/** Where a rule is written, in one line: "人社部发〔2021〕30号 （十八）". */
export function ruleRef(registry, ruleId) {
  const rule = ruleById(registry, ruleId);
  const c = rule?.citations?.find((x) => x.operative) ?? rule?.citations?.[0];
  const clause = c ? registry?.clauses?.[c.clauseId] : null;
  if (!clause) return ruleId ?? '';
  const doc = (registry?.documents ?? []).find((d) => d.id === clause.documentId);
  return `${doc?.number || doc?.title || clause.documentId} ${clause.article}`.trim();
}

function ruleById(registry, id) {
  if (!registry) return null;
  registry._byId ??= new Map((registry.rules ?? []).map((r) => [r.id, r]));
  return registry._byId.get(id) ?? null;
}

/** The dates on which some equivalence rule (group A) starts or stops in a jurisdiction. */
function equivalenceBoundaries(registry, jurisdiction) {
  const out = new Set();
  for (const r of registry?.rules ?? []) {
    if (r.group !== 'A') continue;
    const from = r.from?.[jurisdiction];
    if (isDate(from)) out.add(from);
    if (isDate(r.superseded?.from)) out.add(r.superseded.from);
  }
  return [...out].sort();
}

// ---------------------------------------------------------------- history of an answer

/** Where the answer for a purpose changed within the rules' history, for
 *  the same facts: the request evaluated on the graduation date and on each
 *  date an equivalence rule starts or stops, up to `until`.
 *  → Map(purpose → [{from, to, level|null, ref}]), only purposes whose level changed. */
export function equivalenceHistory({ evaluate, registry, request, until }) {
  const out = new Map();
  const start = request?.graduate?.graduationDate;
  if (!isDate(start) || !isDate(until) || start > until) return out;
  const dates = [start, ...equivalenceBoundaries(registry, request.jurisdiction).filter((d) => d > start && d <= until)];
  const probes = [];
  for (const d of dates) {
    let report;
    try {
      report = evaluate({ asOf: d, jurisdiction: request.jurisdiction, lang: request.lang, graduate: request.graduate });
    } catch {
      return out;
    }
    const at = new Map();
    for (const e of report.equivalences ?? []) at.set(e.purpose, { level: e.level, clauses: clausesOf(report, e.citations, request.lang) });
    probes.push({ date: d, at });
  }
  const purposes = unique(probes.flatMap((p) => [...p.at.keys()]));
  for (const purpose of purposes) {
    const segs = [];
    for (const { date, at } of probes) {
      const here = at.get(purpose) ?? { level: null, clauses: [] };
      const last = segs[segs.length - 1];
      if (last && last.level === here.level) continue;
      // The clause that brought this answer: one not cited before it.
      const before = new Set((last?.clauses ?? []).map((c) => c.key));
      const fresh = here.clauses.find((c) => !before.has(c.key)) ?? here.clauses[0];
      if (last) last.to = dayBefore(date);
      segs.push({ from: date, to: null, level: here.level, ref: fresh ? clauseRef(fresh) : '', clauses: here.clauses });
    }
    if (segs.length > 1) out.set(purpose, segs.map(({ clauses, ...s }) => s));
  }
  return out;
}
