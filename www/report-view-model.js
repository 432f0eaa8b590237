// The only code that reads the engine's report (and its rule registry,
// rules()). Everything else gets plain view objects from here: texts
// already in words, citations resolved to clauses, sections folded into
// one entry per distinct answer. When the report contract changes, this
// module changes, and nothing else.
//
// It reads both report shapes:
// - 0.1: text items are strings; a citation embeds its document, article
//   and quote: {ruleId, document: {...}, article, quote}.
// - 0.2: text items are {code, text, ...}; a citation is a reference
//   {ruleId, clauseId}, resolved through report.clauses[clauseId] =
//   {documentId, article, line, quote} and report.documents[documentId];
//   report.summary = {headline: {code, text}, lines: [{code, text, section}]};
//   caveats said once, in a section's or the report's `caveats`; a new
//   outcome `unclear` (the text itself does not settle it).
import { t, v, values, fieldLabel } from './i18n.js';
import { fmtDate, wordDates, isDate, dayBefore } from './format.js';

// ---------------------------------------------------------------- texts

/** The words of a text item (a string, or {code, text}), ready to show:
 *  ISO dates in words, request field names as the form's labels. */
export function textOf(lang, item) {
  const raw = typeof item === 'string' ? item : (item?.text ?? '');
  return wordDates(lang, raw).replace(/\b(?:graduate|teacher|post)\.[a-zA-Z]+(?:\[\d+\](?:\.[a-zA-Z]+)?)?/g, (path) => {
    const label = fieldLabel(lang, path);
    return lang === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  });
}

/** The stable code of a text item (0.2), or null. */
export function codeOf(item) {
  return item && typeof item === 'object' ? (item.code ?? null) : null;
}

const texts = (lang, list) => (list ?? []).map((x) => textOf(lang, x)).filter(Boolean);
const unique = (list) => [...new Set(list)];

// ---------------------------------------------------------------- clauses

/** One citation as {ruleId, document, article, quote, line}. */
function resolve(report, c) {
  if (c && typeof c === 'object' && 'clauseId' in c && !('document' in c)) {
    const clause = report?.clauses?.[c.clauseId] ?? {};
    return {
      ruleId: c.ruleId,
      document: report?.documents?.[clause.documentId] ?? { id: clause.documentId },
      article: clause.article ?? '',
      quote: clause.quote ?? '',
      line: clause.line ?? null,
    };
  }
  return { ruleId: c?.ruleId, document: c?.document ?? {}, article: c?.article ?? '', quote: c?.quote ?? '', line: c?.line ?? null };
}

/** The clauses a list of citations rests on, each once (one document and
 *  article, with every sentence quoted from it):
 *  [{key, ruleIds, number, title, issuer, date, window, article, quotes}]. */
export function clausesOf(report, citations) {
  const byKey = new Map();
  for (const c of citations ?? []) {
    const r = resolve(report, c);
    const doc = r.document ?? {};
    const key = `${doc.id ?? ''}#${r.article}`;
    let cl = byKey.get(key);
    if (!cl) {
      cl = {
        key,
        ruleIds: [],
        documentId: doc.id ?? '',
        number: doc.number || '',
        title: doc.title ?? '',
        issuer: doc.issuer ?? '',
        date: isDate(doc.date) ? doc.date : null,
        window: doc.window ?? null,
        jurisdiction: doc.jurisdiction ?? '',
        article: r.article,
        quotes: [],
      };
      byKey.set(key, cl);
    }
    if (r.ruleId && !cl.ruleIds.includes(r.ruleId)) cl.ruleIds.push(r.ruleId);
    if (r.quote && !cl.quotes.includes(r.quote)) cl.quotes.push(r.quote);
  }
  return [...byKey.values()];
}

/** How a clause is named in one line: 文号 (or the title) and article. */
export function clauseRef(clause) {
  return `${clause.number || clause.title} ${clause.article}`.trim();
}

// ---------------------------------------------------------------- outcomes

/** eligible · ineligible · undetermined · notYet · unclear (0.2). */
export const outcomeOf = (x) => x?.outcome ?? x?.status ?? 'undetermined';

/** Caveats of entries, split into those every entry has (said once, for
 *  the section) and each one's own. (0.2 says a caveat once where it
 *  applies; a 0.1 report repeats it, and this folds it back.) */
function splitCaveats(lang, entries) {
  const lists = entries.map((e) => texts(lang, e.caveats));
  const common = lists.length > 1 ? lists[0].filter((c) => lists.every((l) => l.includes(c))) : [];
  return { common, own: lists.map((l) => l.filter((c) => !common.includes(c))) };
}

// ---------------------------------------------------------------- the answer first

/** The headline and the summary lines: report.summary when the engine gives
 *  one (0.2), else built from the report by summaryFromReport01.
 *  → {headline, headlineCode, lines: [{text, code, section}], outcome} */
export function summaryOf(report, lang, ctx) {
  const s = report?.summary;
  if (s?.headline) {
    return {
      headline: textOf(lang, s.headline),
      headlineCode: codeOf(s.headline),
      lines: (s.lines ?? []).map((l) => ({ text: textOf(lang, l), code: codeOf(l), section: l.section ?? '' })),
      outcome: headlineOutcome(report, ctx),
    };
  }
  return summaryFromReport01(report, lang, ctx);
}

/** The outcome the headline states (for its colour): the main question's. */
function headlineOutcome(report, ctx) {
  if (ctx.mode === 'recruiter' && report.recruitment) return outcomeOf(report.recruitment);
  if (ctx.mode === 'teacher') return outcomeOf(nextRung(report, ctx.currentTitle));
  return report.equivalences?.length ? 'eligible' : 'ineligible';
}

/** The rung a teacher looks at: the lowest one not held. */
function nextRung(report, currentTitle) {
  const titles = report?.titles ?? [];
  const at = titles.findIndex((x) => x.title === currentTitle);
  return titles.slice(at + 1).find((x) => !x.held) ?? titles[titles.length - 1] ?? null;
}

// ===================================================================
// FALLBACK FOR REPORT CONTRACT 0.1 — DELETE WHEN 0.2 LANDS.
// The 0.1 report has no `summary`; this builds the headline and the summary
// lines from its sections. Once pkg/ gives report.summary, summaryOf never
// calls it: remove this function and the `fallback.*` words in i18n.js.
// ===================================================================
function summaryFromReport01(report, lang, ctx) {
  const L = lang;
  const tr = (k, vars) => t(L, k, vars);
  const sep = L === 'en' ? ', ' : '、';
  const names = (group, list) => list.map((x) => v(L, group, x));
  const date = fmtDate(L, report.asOf);
  const lines = [];
  const fieldList = (paths) => unique(paths.map((p) => fieldLabel(L, p))).join(sep);
  // Equivalences, highest level first.
  const levels = values('education');
  const byLevel = new Map();
  const eqs = (report.equivalences ?? []).filter((e) => !ctx.purposes || ctx.purposes.includes(e.purpose));
  for (const e of eqs) {
    if (!byLevel.has(e.level)) byLevel.set(e.level, []);
    byLevel.get(e.level).push(e.purpose);
  }
  const groups = [...byLevel.entries()].sort((a, b) => levels.indexOf(b[0]) - levels.indexOf(a[0]));
  const somePurposes = (list) =>
    list.length > 2 ? tr('fallback.purposesMore', { some: names('purpose', list.slice(0, 2)).join(sep), n: list.length, more: list.length - 2 }) : names('purpose', list).join(sep);
  const equivHeadline = () => {
    if (!groups.length) return tr('fallback.noEquivalence', { date });
    if (groups.length === 1) {
      const [level, ps] = groups[0];
      return tr('fallback.equivalence', { purposes: somePurposes(ps), level: v(L, 'education', level) });
    }
    const parts = groups.map(([level, ps]) => tr('fallback.equivalencePart', { purposes: somePurposes(ps), level: v(L, 'education', level) }));
    return tr('fallback.equivalenceMany', { parts: parts.join(L === 'en' ? '; ' : '，') });
  };
  if (ctx.mode !== 'teacher')
    for (const [level, ps] of groups) lines.push({ section: 'equivalences', text: tr('fallback.lineEquivalence', { level: v(L, 'education', level), purposes: names('purpose', ps).join(sep) }) });

  let headline;
  let outcome = groups.length ? 'eligible' : 'ineligible';
  if (ctx.mode === 'recruiter' && report.recruitment) {
    const r = report.recruitment;
    outcome = outcomeOf(r);
    headline =
      outcome === 'undetermined' && r.missing?.length
        ? tr('fallback.recruitMissing', { fields: fieldList(r.missing) })
        : tr(`fallback.recruit.${outcome}`);
    const rl = [];
    if (r.purpose && r.level) rl.push({ section: 'recruitment', text: tr('recruitmentPurpose', { purpose: v(L, 'purpose', r.purpose), level: v(L, 'education', r.level) }) });
    const toQualify = texts(L, r.toQualify);
    if (outcome !== 'eligible' && toQualify.length) rl.push({ section: 'recruitment', text: tr('fallback.toQualify', { what: toQualify.join(L === 'en' ? '; ' : '；') }) });
    lines.unshift(...rl);
  } else if (ctx.mode === 'teacher') {
    const rung = nextRung(report, ctx.currentTitle);
    if (!rung) headline = tr('titlesNone');
    else {
      outcome = outcomeOf(rung);
      const title = v(L, 'title', rung.title);
      headline =
        outcome === 'notYet' && rung.eligibleFrom
          ? tr('fallback.title.notYet', { date: fmtDate(L, rung.eligibleFrom), title })
          : outcome === 'undetermined' && rung.missing?.length
            ? tr('fallback.title.missing', { title, fields: fieldList(rung.missing) })
            : outcome === 'ineligible' && rung.toQualify?.length
              ? tr('fallback.title.toQualify', { title, what: texts(L, rung.toQualify).join(L === 'en' ? '; ' : '；') })
              : tr(`fallback.title.${outcome}`, { title });
      // What is met and what is missing, in the rung's own reasons.
      for (const r of texts(L, rung.reasons)) lines.push({ section: 'titles', text: r });
    }
  } else headline = equivHeadline();

  if (ctx.mode !== 'teacher') {
    const routes = report.directRecruitment ?? [];
    const open = routes.filter((x) => outcomeOf(x) === 'eligible').map((x) => x.route);
    const maybe = routes.filter((x) => outcomeOf(x) === 'undetermined' || outcomeOf(x) === 'unclear').map((x) => x.route);
    if (open.length) lines.push({ section: 'directRecruitment', text: tr('fallback.directOpen', { routes: names('route', open).join(sep) }) });
    else if (maybe.length) lines.push({ section: 'directRecruitment', text: tr('fallback.directMaybe', { routes: names('route', maybe).join(sep) }) });
    else if (routes.length) lines.push({ section: 'directRecruitment', text: tr('fallback.directNone') });
  }
  if (ctx.mode === 'graduate') {
    const ents = report.entitlements ?? [];
    const ok = ents.filter((x) => outcomeOf(x) === 'eligible').length;
    const open = ents.filter((x) => ['undetermined', 'unclear'].includes(outcomeOf(x))).length;
    if (ok || open) lines.push({ section: 'entitlements', text: tr(open ? 'fallback.entitlementsOpen' : 'fallback.entitlements', { n: ok, m: open }) });
  }
  if (ctx.mode !== 'teacher' && report.skill) {
    const lv = report.skill.level;
    lines.push({ section: 'skill', text: lv ? tr(report.skill.highSkilled ? 'fallback.skillHigh' : 'fallback.skill', { level: v(L, 'certLevel', lv) }) : tr('skillNone') });
  }
  return { headline, headlineCode: null, lines: lines.map((l) => ({ ...l, code: null })), outcome };
}
// ===================================================================
// END OF THE 0.1 FALLBACK.
// ===================================================================

// ---------------------------------------------------------------- sections, folded

const LEVEL_ORDER = () => values('education');

/** Equivalences: one card per level (purposes with the same answer
 *  together), highest first. Each clause once, naming the purposes it
 *  covers when not all of the card's; caveats once where they apply.
 *  → {caveats: [text], cards: [{level, purposes, text, clauses: [{...clause, purposes|null}],
 *     caveats: [{text, purposes|null}], superseded: [{level, since, supersededBy, purposes|null, clauses}]}]} */
export function equivalenceCards(report, lang, onlyPurposes) {
  let eqs = report?.equivalences ?? [];
  if (onlyPurposes) eqs = eqs.filter((e) => onlyPurposes.includes(e.purpose));
  const { common, own } = splitCaveats(lang, eqs);
  const levels = LEVEL_ORDER();
  const byLevel = new Map();
  eqs.forEach((e, i) => {
    if (!byLevel.has(e.level)) byLevel.set(e.level, []);
    byLevel.get(e.level).push({ e, caveats: own[i] });
  });
  const cards = [...byLevel.entries()]
    .sort((a, b) => levels.indexOf(b[0]) - levels.indexOf(a[0]))
    .map(([level, items]) => {
      const purposes = items.map((x) => x.e.purpose);
      const all = (list) => (list.length === purposes.length ? null : list);
      // Clauses: union over the card, each with the purposes it covers.
      const clauses = new Map();
      for (const { e } of items) {
        for (const c of clausesOf(report, e.citations)) {
          const seen = clauses.get(c.key);
          if (seen) {
            seen.purposes.push(e.purpose);
            for (const q of c.quotes) if (!seen.quotes.includes(q)) seen.quotes.push(q);
            for (const r of c.ruleIds) if (!seen.ruleIds.includes(r)) seen.ruleIds.push(r);
          } else clauses.set(c.key, { ...c, purposes: [e.purpose] });
        }
      }
      const caveats = new Map();
      for (const { e, caveats: cs } of items) for (const c of cs) caveats.set(c, [...(caveats.get(c) ?? []), e.purpose]);
      const superseded = new Map();
      for (const { e } of items) {
        for (const s of e.superseded ?? []) {
          const key = `${s.ruleId}|${s.level ?? ''}|${s.since ?? ''}`;
          const seen = superseded.get(key);
          if (seen) seen.purposes.push(e.purpose);
          else superseded.set(key, { ruleId: s.ruleId, level: s.level ?? null, since: s.since ?? null, supersededBy: s.supersededBy ?? null, purposes: [e.purpose], clauses: clausesOf(report, s.citations) });
        }
      }
      return {
        level,
        purposes,
        text: items.length === 1 ? textOf(lang, items[0].e.text) : '',
        clauses: [...clauses.values()].map((c) => ({ ...c, purposes: all(c.purposes) })),
        caveats: [...caveats.entries()].map(([text, ps]) => ({ text, purposes: all(ps) })),
        superseded: [...superseded.values()].map((s) => ({ ...s, purposes: all(s.purposes) })),
      };
    });
  return { caveats: common, cards };
}

/** Entries of a section folded: entries with the same answer (outcome,
 *  reasons, conditions, what is missing) become one card naming them all. */
function fold(report, lang, entries, nameOf, extraKey = () => '') {
  const { common, own } = splitCaveats(lang, entries);
  const cards = new Map();
  entries.forEach((e, i) => {
    const reasons = texts(lang, e.reasons);
    const conditions = texts(lang, e.conditions);
    const missing = [...(e.missing ?? [])];
    const key = JSON.stringify([outcomeOf(e), reasons, conditions, missing, own[i], extraKey(e)]);
    const seen = cards.get(key);
    if (seen) {
      seen.ids.push(nameOf(e));
      seen.citations.push(...(e.citations ?? []));
      seen.superseded.push(...(e.superseded ?? []));
    } else
      cards.set(key, {
        ids: [nameOf(e)],
        outcome: outcomeOf(e),
        reasons,
        conditions,
        missing,
        caveats: own[i],
        citations: [...(e.citations ?? [])],
        superseded: [...(e.superseded ?? [])],
        entry: e,
      });
  });
  return {
    caveats: common,
    cards: [...cards.values()].map(({ citations, superseded, entry, ...c }) => ({
      ...c,
      clauses: clausesOf(report, citations),
      superseded: superseded.map((s) => ({ ruleId: s.ruleId, level: s.level ?? null, since: s.since ?? null, supersededBy: s.supersededBy ?? null, purposes: null, clauses: clausesOf(report, s.citations) })),
      amount: entry.amount ?? null,
      amountText: entry.amountText ? textOf(lang, entry.amountText) : '',
    })),
  };
}

/** Direct recruitment routes (直接考察), folded. Cards: {ids: routes, outcome, reasons, missing, caveats, clauses}. */
export function directCards(report, lang) {
  return fold(report, lang, report?.directRecruitment ?? [], (e) => e.route);
}

/** Entitlements, folded. Cards: {ids: entitlement ids, outcome, conditions, missing, amount, amountText, clauses, superseded}. */
export function entitlementCards(report, lang) {
  return fold(report, lang, report?.entitlements ?? [], (e) => e.id, (e) => [e.amount ?? null, e.amountText ?? '']);
}

/** The recruitment check, or null: {outcome, purpose, level, reasons: [{text, clauses}], missing, toQualify, caveats}. */
export function recruitmentView(report, lang) {
  const r = report?.recruitment;
  if (!r) return null;
  const reasons = [];
  const byText = new Map();
  for (const x of r.reasons ?? []) {
    const text = textOf(lang, x);
    const seen = byText.get(text);
    if (seen) seen.citations.push(...(x.citations ?? []));
    else {
      const item = { text, citations: [...(x.citations ?? [])] };
      byText.set(text, item);
      reasons.push(item);
    }
  }
  return {
    outcome: outcomeOf(r),
    purpose: r.purpose ?? null,
    level: r.level ?? null,
    reasons: reasons.map((x) => ({ text: x.text, clauses: clausesOf(report, x.citations) })),
    missing: [...(r.missing ?? [])],
    toQualify: texts(lang, r.toQualify),
    caveats: unique(texts(lang, r.caveats)),
  };
}

/** The title ladder: {caveats (every rung's, once), rungs: [{title, outcome, eligibleFrom, direct, held,
 *  reasons, requirements, missing, toQualify, caveats, clauses}]}. */
export function titleLadder(report, lang) {
  const titles = report?.titles ?? [];
  const { common, own } = splitCaveats(lang, titles);
  return {
    caveats: common,
    rungs: titles.map((x, i) => ({
      title: x.title,
      outcome: outcomeOf(x),
      eligibleFrom: isDate(x.eligibleFrom) ? x.eligibleFrom : null,
      direct: !!x.direct,
      held: !!x.held,
      reasons: texts(lang, x.reasons),
      requirements: texts(lang, x.requirements),
      missing: [...(x.missing ?? [])],
      toQualify: texts(lang, x.toQualify),
      caveats: own[i],
      clauses: clausesOf(report, x.citations),
    })),
  };
}

/** The skill level: {level, highSkilled, notes: [{text, clauses}]} or null. */
export function skillView(report, lang) {
  const s = report?.skill;
  if (!s) return null;
  return { level: s.level ?? null, highSkilled: !!s.highSkilled, notes: notesOf(report, lang, s.notes) };
}

/** Notes of the whole report: [{text, clauses}]. */
export function reportNotes(report, lang) {
  return notesOf(report, lang, report?.notes);
}

/** Caveats that hold for the whole report (0.2), said once. */
export function reportCaveats(report, lang) {
  return texts(lang, report?.caveats);
}

function notesOf(report, lang, list) {
  return (list ?? []).map((x) => ({ text: textOf(lang, x), clauses: clausesOf(report, x.citations) }));
}

/** When and where the report's answer applies: {asOf, jurisdiction, rulesVersion}. */
export function reportFacts(report) {
  return { asOf: report?.asOf ?? '', jurisdiction: report?.jurisdiction ?? '', rulesVersion: report?.rulesVersion ?? '' };
}

/** Every clause the shown sections cite, each once, in order of first
 *  citation: the statement's appendix. sections: names of report sections. */
export function citedClauses(report, sections, onlyPurposes) {
  const cites = [];
  const add = (list) => cites.push(...(list ?? []));
  for (const sec of sections) {
    if (sec === 'recruitment' && report.recruitment) for (const r of report.recruitment.reasons ?? []) add(r.citations);
    if (sec === 'titles') for (const x of report.titles ?? []) add(x.citations);
    if (sec === 'equivalences')
      for (const e of report.equivalences ?? []) {
        if (onlyPurposes && !onlyPurposes.includes(e.purpose)) continue;
        add(e.citations);
        for (const s of e.superseded ?? []) add(s.citations);
      }
    if (sec === 'directRecruitment') for (const x of report.directRecruitment ?? []) add(x.citations);
    if (sec === 'entitlements')
      for (const x of report.entitlements ?? []) {
        add(x.citations);
        for (const s of x.superseded ?? []) add(s.citations);
      }
    if (sec === 'skill') for (const n of report.skill?.notes ?? []) add(n.citations);
    if (sec === 'notes') for (const n of report.notes ?? []) add(n.citations);
  }
  return clausesOf(report, cites);
}

// ---------------------------------------------------------------- the rule registry (rules())

/** The gloss of a rule in a language, or ''. */
export function glossOf(registry, ruleId, lang) {
  const rule = ruleById(registry, ruleId);
  const g = rule?.gloss;
  return g ? (g[lang] ?? g['zh-CN'] ?? '') : '';
}

/** Where a rule is written, in one line: "人社部发〔2021〕30号 （十八）". */
export function ruleRef(registry, ruleId) {
  const rule = ruleById(registry, ruleId);
  const c = rule?.citations?.find((x) => x.operative) ?? rule?.citations?.[0];
  if (!c) return ruleId ?? '';
  const docId = c.document ?? c.documentId ?? registry?.clauses?.[c.clauseId]?.documentId;
  const doc = (registry?.documents ?? []).find((d) => d.id === docId);
  return `${doc?.number || doc?.title || docId || ''} ${c.article ?? registry?.clauses?.[c.clauseId]?.article ?? ''}`.trim();
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
    if (r.group && r.group !== 'A') continue;
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
    for (const e of report.equivalences ?? []) at.set(e.purpose, { level: e.level, clauses: clausesOf(report, e.citations) });
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
