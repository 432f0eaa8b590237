// The details under the answer: one section per part of the report, one
// card per distinct answer, each clause once with its 文号, article and
// date, the verbatim text one tap away (built when first opened, printed,
// or in idle time). Reads view objects from report-view-model.js only.
import { t, v } from './i18n.js';
import { h, append, rich, dateEl } from './dom.js';
import { fmtDate } from './format.js';
import { missingFields } from './form.js';
import {
  equivalenceCards,
  directCards,
  entitlementCards,
  recruitmentView,
  titleLadder,
  skillView,
  reportNotes,
  reportCaveats,
  reportFacts,
  glossOf,
  ruleRef,
} from './report-view-model.js';

/** Citations shown before "n more". */
const SHOW_CLAUSES = 3;

export class ReportView {
  /** host: {root: the shadow root, registry(): pkg/rules.json, or null until it is in, mode(): the widget's mode,
   *  currentTitle(): the teacher's current title}. */
  constructor(host) {
    this.host = host;
    this.openDetails = new Set();
    this.pending = new Set();
    this.printing = false;
    this.fillGen = 0;
  }

  /** The sections of a report for a mode, as nodes. */
  sections(L, report, mode, { purposes = null, history = null } = {}) {
    this.asOf = reportFacts(report).asOf;
    const out = [];
    const top = reportCaveats(report, L);
    if (top.length) out.push(h('div', { class: 'dt-common' }, this.list(L, 'commonCaveats', top, 'dt-caveats')));
    if (mode === 'recruiter') out.push(this.recruitment(L, report));
    if (mode === 'teacher') out.push(this.titles(L, report));
    if (mode !== 'teacher' || purposes) out.push(this.equivalences(L, report, purposes, history));
    if (mode !== 'teacher') {
      out.push(this.direct(L, report));
      if (mode === 'graduate') out.push(this.entitlements(L, report));
      out.push(this.skill(L, report));
    }
    const notes = reportNotes(report, L);
    if (notes.length) out.push(this.section(L, 'notes', 'dt-h-notes', this.notes(L, notes, 'note')));
    return out.filter(Boolean);
  }

  section(L, key, id, ...children) {
    return h('section', { class: 'dt-section', 'aria-labelledby': id }, h('h4', { class: 'dt-section-title', id, text: t(L, key) }), ...children);
  }

  badge(L, status, kind = 'status') {
    return h('span', { class: `dt-badge dt-badge-${status}`, text: t(L, `${kind}.${status}`) });
  }

  /** A labelled list of texts: plain strings, or caveats {text, code, clauses} with the clauses they rest on. */
  list(L, key, items, cls = '') {
    if (!items?.length) return null;
    return h('div', { class: `dt-listblock ${cls}` }, h('p', { class: 'dt-list-label', text: t(L, key) }), h('ul', {}, items.map((x) => this.item(L, x))));
  }

  /** One text of a list; a caveat with its clauses one tap away. */
  item(L, x, ...before) {
    if (typeof x === 'string') return h('li', {}, ...before, rich(x));
    return h('li', { 'data-code': x.code || undefined }, ...before, rich(x.text), this.clauses(L, x.clauses, `cav|${x.code ?? x.text}`));
  }

  /** Caveats of a card; those of only some of its purposes say which. */
  caveats(L, caveats, group) {
    if (!caveats?.length) return null;
    const sep = L === 'en' ? ', ' : '、';
    return h(
      'div',
      { class: 'dt-listblock dt-caveats' },
      h('p', { class: 'dt-list-label', text: t(L, 'caveats') }),
      h(
        'ul',
        {},
        caveats.map((c) => this.item(L, c, c.purposes ? h('span', { class: 'dt-for', text: t(L, 'forPurposes', { purposes: c.purposes.map((p) => v(L, group, p)).join(sep) }) }) : null)),
      ),
    );
  }

  /** The request fields an answer still needs, in words, each with a way to its control. */
  missing(L, paths) {
    return missingFields(L, paths, this.host.mode(), this.host.root);
  }

  /** Reasons that carry their own clauses (an open point and the clause that leaves it open). */
  reasons(L, reasons, key, labelKey) {
    if (!reasons?.length) return null;
    const withClauses = reasons.some((r) => r.clauses.length);
    if (!withClauses && !labelKey) return h('ul', { class: 'dt-plainlist' }, reasons.map((r) => h('li', { 'data-code': r.code || undefined }, rich(r.text))));
    return h(
      'div',
      { class: 'dt-listblock dt-open' },
      labelKey ? h('p', { class: 'dt-list-label', text: t(L, labelKey) }) : null,
      h(
        'ul',
        { class: 'dt-reasons' },
        reasons.map((r, i) => h('li', { 'data-code': r.code || undefined }, h('p', { class: 'dt-plain' }, rich(r.text)), this.clauses(L, r.clauses, `${key}|r${i}`))),
      ),
    );
  }

  // ------------------------------------------------------------ clauses

  /** A clause: 文号, article and date in view; the verbatim text behind <details>. */
  clause(L, c, key, group) {
    const detailsKey = `${key}|${c.key}`;
    const sep = L === 'en' ? ', ' : '、';
    const summary = h(
      'summary',
      { class: 'dt-cite-summary' },
      h('span', { class: 'dt-cite-no dt-nowrap', lang: 'zh-CN', text: c.number || c.title }),
      ' ',
      h('span', { class: 'dt-cite-art', lang: 'zh-CN', text: c.article }),
      c.date ? h('span', { class: 'dt-cite-date' }, ' · ', dateEl(fmtDate(L, c.date), c.date)) : null,
      c.purposes ? h('span', { class: 'dt-cite-for' }, ' · ', t(L, 'clauseFor', { purposes: c.purposes.map((p) => v(L, group, p)).join(sep) })) : null,
    );
    const details = h('details', { class: 'dt-cite' }, summary);
    details.dataset.key = detailsKey;
    this.pending.add(details);
    details._fill = () => {
      if (!this.pending.delete(details)) return;
      details.append(this.clauseBody(L, c));
    };
    summary.addEventListener('click', () => details._fill());
    details.addEventListener('toggle', () => {
      if (details.open) details._fill();
      if (this.printing) return;
      if (details.open) this.openDetails.add(detailsKey);
      else this.openDetails.delete(detailsKey);
    });
    if (this.openDetails.has(detailsKey)) {
      details._fill();
      details.open = true;
    }
    return details;
  }

  clauseBody(L, c) {
    const registry = this.host.registry();
    const gloss = c.ruleIds.map((id) => glossOf(registry, id, L)).find(Boolean);
    return h(
      'div',
      { class: 'dt-cite-body' },
      c.title ? h('p', { class: 'dt-doc-title', lang: 'zh-CN', text: `《${c.title}》` }) : null,
      h(
        'dl',
        { class: 'dt-doc-meta' },
        h('dt', { text: t(L, 'issuedBy') }),
        h('dd', { lang: 'zh-CN', text: c.issuer }),
        h('dt', { text: t(L, 'issuedOn') }),
        h('dd', {}, this.docDate(L, c)),
      ),
      h('blockquote', { class: 'dt-quote', lang: 'zh-CN' }, c.quotes.map((q) => h('p', { text: q }))),
      gloss ? h('p', { class: 'dt-gloss', lang: L }, h('span', { class: 'dt-gloss-label', text: `${t(L, 'gloss')}：` }), gloss) : null,
    );
  }

  docDate(L, c) {
    if (c.date) return dateEl(fmtDate(L, c.date), c.date);
    if (c.window?.from) return rich(t(L, 'undatedWindow', { from: fmtDate(L, c.window.from), to: fmtDate(L, c.window.knownBy ?? c.window.to ?? '') }));
    return t(L, 'undated');
  }

  /** The clauses of one answer: the first few in view, the rest one tap away. */
  clauses(L, clauses, key, group = 'purpose') {
    if (!clauses?.length) return null;
    const head = clauses.slice(0, clauses.length > SHOW_CLAUSES + 1 ? SHOW_CLAUSES : clauses.length);
    const rest = clauses.slice(head.length);
    const box = h('div', { class: 'dt-cites' }, h('p', { class: 'dt-cites-label', text: t(L, 'basis') }), head.map((c) => this.clause(L, c, key, group)));
    if (rest.length) {
      const moreKey = `${key}|more`;
      const more = h(
        'details',
        { class: 'dt-more', open: this.openDetails.has(moreKey) },
        h('summary', { class: 'dt-more-summary', text: t(L, 'moreCitations', { n: rest.length }) }),
        h('div', { class: 'dt-more-body' }, rest.map((c) => this.clause(L, c, key, group))),
      );
      more.dataset.key = moreKey;
      more.addEventListener('toggle', () => {
        if (this.printing) return;
        if (more.open) this.openDetails.add(moreKey);
        else this.openDetails.delete(moreKey);
      });
      box.append(more);
    }
    return box;
  }

  superseded(L, list, key, group = 'purpose') {
    if (!list?.length) return null;
    const registry = this.host.registry();
    const sep = L === 'en' ? ', ' : '、';
    return h(
      'div',
      { class: 'dt-superseded' },
      list.map((x) => {
        const c = x.clauses[0];
        const vars = {
          doc: c ? c.number || c.title : x.ruleId,
          article: c?.article ?? '',
          level: x.level ? v(L, 'education', x.level) : '',
          since: fmtDate(L, x.since),
          by: ruleRef(registry, x.supersededBy),
        };
        return h(
          'div',
          { class: 'dt-superseded-item' },
          h(
            'p',
            {},
            h('span', { class: 'dt-badge dt-badge-superseded', text: t(L, 'supersededLabel') }),
            ' ',
            x.purposes ? h('span', { class: 'dt-for', text: t(L, 'forPurposes', { purposes: x.purposes.map((p) => v(L, group, p)).join(sep) }) }) : null,
            rich(t(L, x.level ? 'supersededText' : 'supersededTextNoLevel', vars)),
          ),
          this.clauses(L, x.clauses, `${key}|sup`, group),
        );
      }),
    );
  }

  // ------------------------------------------------------------ sections

  /** history: Map(purpose → segments) from equivalenceHistory, or null (not yet computed). */
  equivalences(L, report, purposes, history) {
    const { caveats, cards } = equivalenceCards(report, L, purposes);
    const sec = this.section(L, 'equivalences', 'dt-h-eq');
    if (!cards.length) sec.append(h('p', { class: 'dt-empty' }, rich(t(L, 'equivalencesNone', { date: fmtDate(L, reportFacts(report).asOf) }))));
    if (caveats.length) sec.append(h('div', { class: 'dt-common' }, this.list(L, 'commonCaveats', caveats, 'dt-caveats')));
    const sep = L === 'en' ? ', ' : '、';
    const list = h('ul', { class: 'dt-cards' });
    for (const card of cards) {
      const key = `eq|${card.level}`;
      list.append(
        h(
          'li',
          { class: 'dt-card', 'data-purposes': card.purposes.join(' '), 'data-level': card.level },
          h(
            'div',
            { class: 'dt-card-head' },
            h('h5', { class: 'dt-card-title', text: card.purposes.map((p) => v(L, 'purpose', p)).join(sep) }),
            h('span', { class: 'dt-level', text: v(L, 'education', card.level) }),
          ),
          this.historyLines(L, card.purposes, history),
          this.clauses(L, card.clauses, key),
          this.superseded(L, card.superseded, key),
          this.caveats(L, card.caveats, 'purpose'),
        ),
      );
    }
    if (cards.length) sec.append(list);
    // Purposes with no clause on the chosen date, but on other dates.
    const shown = new Set(cards.flatMap((c) => c.purposes));
    const other = [...(history?.keys() ?? [])].filter((p) => !shown.has(p) && (!purposes || purposes.includes(p)));
    if (other.length) {
      sec.append(
        h(
          'div',
          { class: 'dt-notyet' },
          h('p', { class: 'dt-list-label', text: t(L, 'historyOther') }),
          h('ul', {}, other.map((p) => h('li', { 'data-purpose': p }, h('strong', { text: t(L, 'forPurposes', { purposes: v(L, 'purpose', p) }) }), this.historyText(L, history.get(p), this.asOf)))),
        ),
      );
    }
    return sec;
  }

  /** One line per distinct history among a card's purposes. */
  historyLines(L, purposes, history) {
    if (!history) return null;
    const groups = new Map();
    for (const p of purposes) {
      const segs = history.get(p);
      if (!segs) continue;
      const key = JSON.stringify(segs);
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    if (!groups.size) return null;
    const sep = L === 'en' ? ', ' : '、';
    return h(
      'div',
      { class: 'dt-history' },
      [...groups.entries()].map(([key, ps]) =>
        h(
          'p',
          { class: 'dt-history-line' },
          h('span', { class: 'dt-badge dt-badge-later', text: t(L, 'history') }),
          ' ',
          ps.length < purposes.length ? h('span', { class: 'dt-for', text: t(L, 'forPurposes', { purposes: ps.map((p) => v(L, 'purpose', p)).join(sep) }) }) : null,
          this.historyText(L, JSON.parse(key), this.asOf),
        ),
      ),
    );
  }

  /** "until 29 June 2021: associate (…) → from 30 June 2021: bachelor (…)"; the part in force on asOf marked. */
  historyText(L, segs, asOf = this.asOf) {
    const out = [];
    segs.forEach((s, i) => {
      const level = s.level ? v(L, 'education', s.level) : t(L, 'historyNone');
      const vars = { from: fmtDate(L, s.from), to: fmtDate(L, s.to ?? ''), level, ref: s.ref || '—' };
      const key = i === 0 ? 'historyFirst' : s.to ? 'historyMiddle' : 'historyLast';
      const now = asOf >= s.from && (!s.to || asOf <= s.to);
      if (i) out.push(' → ');
      out.push(h('span', { class: `dt-history-seg${now ? ' dt-history-now' : ''}`, 'aria-current': now ? 'true' : undefined }, rich(t(L, key, vars).replace(/（—）| \(—\)/, ''))));
    });
    return out;
  }

  recruitment(L, report) {
    const r = recruitmentView(report, L);
    if (!r) return null;
    const sec = this.section(L, 'recruitment', 'dt-h-rec');
    sec.classList.add('dt-primary');
    sec.append(
      h(
        'div',
        { class: `dt-verdict dt-verdict-${r.outcome}` },
        h('p', { class: 'dt-verdict-text', text: t(L, `recruit.${r.outcome}`) }),
        r.purpose && r.level ? h('p', { class: 'dt-verdict-sub', text: t(L, 'recruitmentPurpose', { purpose: v(L, 'purpose', r.purpose), level: v(L, 'education', r.level) }) }) : null,
      ),
    );
    if (r.reasons.length) {
      sec.append(
        h(
          'div',
          { class: 'dt-listblock' },
          h('p', { class: 'dt-list-label', text: t(L, r.outcome === 'unclear' ? 'openPoints' : 'reasons') }),
          h('ol', { class: 'dt-reasons' }, r.reasons.map((x, i) => h('li', { 'data-code': x.code || undefined }, h('p', { class: 'dt-plain' }, rich(x.text)), this.clauses(L, x.clauses, `rec|${i}`)))),
        ),
      );
    }
    append(sec, [this.missing(L, r.missing), this.list(L, 'toQualify', r.toQualify, 'dt-toqualify'), this.list(L, 'caveats', r.caveats, 'dt-caveats')]);
    return sec;
  }

  titles(L, report) {
    const { caveats, rungs } = titleLadder(report, L);
    const sec = this.section(L, 'titles', 'dt-h-titles');
    sec.classList.add('dt-primary');
    if (!rungs.length) {
      sec.append(h('p', { class: 'dt-empty', text: t(L, 'titlesNone') }));
      return sec;
    }
    const current = this.host.currentTitle?.() ?? '';
    sec.append(
      h(
        'ol',
        { class: 'dt-steps', 'aria-label': t(L, 'ladderOverview') },
        rungs.map((x) =>
          h(
            'li',
            { class: `dt-step dt-step-${x.outcome}${x.title === current ? ' dt-step-current' : ''}` },
            h('span', { class: 'dt-step-name', text: v(L, 'titleShort', x.title) }),
            h(
              'span',
              { class: 'dt-step-status' },
              x.title === current ? t(L, 'title.current') : x.outcome === 'notYet' && x.eligibleFrom ? dateEl(fmtDate(L, x.eligibleFrom), x.eligibleFrom) : t(L, `status.${x.outcome}`),
            ),
          ),
        ),
      ),
    );
    if (caveats.length) sec.append(h('div', { class: 'dt-common' }, this.list(L, 'commonCaveats', caveats, 'dt-caveats')));
    sec.append(
      h(
        'ol',
        { class: 'dt-ladder' },
        rungs.map((x) => {
          const reqKey = `title|${x.title}|req`;
          const req = x.requirements.length
            ? h(
                'details',
                { class: 'dt-fold', open: this.openDetails.has(reqKey) },
                h('summary', { class: 'dt-fold-summary', text: t(L, 'requirementsN', { n: x.requirements.length }) }),
                h('ul', {}, x.requirements.map((r) => h('li', {}, rich(r)))),
              )
            : null;
          req?.addEventListener('toggle', () => {
            if (this.printing) return;
            if (req.open) this.openDetails.add(reqKey);
            else this.openDetails.delete(reqKey);
          });
          return h(
            'li',
            { class: `dt-card dt-rung dt-rung-${x.outcome}`, 'data-title': x.title },
            h(
              'div',
              { class: 'dt-card-head' },
              h('h5', { class: 'dt-card-title', text: v(L, 'title', x.title) }),
              x.title === current ? h('span', { class: 'dt-badge dt-badge-current', text: t(L, 'title.current') }) : null,
              this.badge(L, x.outcome),
            ),
            x.eligibleFrom ? h('p', { class: 'dt-when' }, rich(t(L, 'eligibleFrom', { date: fmtDate(L, x.eligibleFrom) }))) : null,
            x.direct ? h('p', { class: 'dt-plain', text: t(L, 'direct') }) : null,
            x.reasons.length ? h('ul', { class: 'dt-plainlist' }, x.reasons.map((r) => h('li', {}, rich(r)))) : null,
            this.missing(L, x.missing),
            this.list(L, 'toQualify', x.toQualify, 'dt-toqualify'),
            req,
            this.list(L, 'caveats', x.caveats, 'dt-caveats'),
            this.clauses(L, x.clauses, `title|${x.title}`),
          );
        }),
      ),
    );
    return sec;
  }

  direct(L, report) {
    const { caveats, cards } = directCards(report, L);
    const sec = this.section(L, 'directRecruitment', 'dt-h-direct');
    if (!cards.length) {
      sec.append(h('p', { class: 'dt-empty', text: t(L, 'directNone') }));
      return sec;
    }
    if (caveats.length) sec.append(h('div', { class: 'dt-common' }, this.list(L, 'commonCaveats', caveats, 'dt-caveats')));
    const sep = L === 'en' ? ', ' : '、';
    sec.append(
      h(
        'ul',
        { class: 'dt-cards' },
        cards.map((x) =>
          h(
            'li',
            { class: 'dt-card', 'data-routes': x.ids.join(' ') },
            h('div', { class: 'dt-card-head' }, h('h5', { class: 'dt-card-title', text: x.ids.map((r) => v(L, 'route', r)).join(sep) }), this.badge(L, x.outcome)),
            this.reasons(L, x.reasons, `route|${x.ids.join('+')}`, x.outcome === 'unclear' ? 'openPoints' : null),
            this.missing(L, x.missing),
            this.list(L, 'caveats', x.caveats, 'dt-caveats'),
            this.clauses(L, x.clauses, `route|${x.ids.join('+')}`),
          ),
        ),
      ),
    );
    return sec;
  }

  entitlements(L, report) {
    const { caveats, cards } = entitlementCards(report, L);
    const sec = this.section(L, 'entitlements', 'dt-h-ent');
    if (!cards.length) {
      sec.append(h('p', { class: 'dt-empty', text: t(L, 'entitlementsNone') }));
      return sec;
    }
    if (caveats.length) sec.append(h('div', { class: 'dt-common' }, this.list(L, 'commonCaveats', caveats, 'dt-caveats')));
    sec.append(
      h(
        'ul',
        { class: 'dt-cards' },
        cards.map((x) =>
          h(
            'li',
            { class: 'dt-card', 'data-entitlements': x.ids.join(' '), 'data-awards': x.awards.length ? x.awards.join(' ') : undefined },
            h(
              'div',
              { class: 'dt-card-head' },
              h('h5', { class: 'dt-card-title', text: this.entitlementTitle(L, x) }),
              this.badge(L, x.outcome),
            ),
            this.reasons(L, x.reasons, `ent|${x.ids.join('+')}|${x.awards.join('+')}`, x.outcome === 'unclear' ? 'openPoints' : null),
            x.amount != null || x.amountText
              ? h(
                  'p',
                  { class: 'dt-amount' },
                  h('span', { class: 'dt-amount-label', text: `${t(L, 'amount')}：` }),
                  x.amount != null ? h('strong', { text: t(L, 'yuan', { n: Number(x.amount).toLocaleString(L) }) }) : null,
                  x.amount != null && x.amountText ? ' ' : null,
                  x.amountText ? h('span', { text: x.amountText }) : null,
                )
              : null,
            this.list(L, 'conditions', x.conditions),
            this.missing(L, x.missing),
            this.clauses(L, x.clauses, `ent|${x.ids.join('+')}|${x.awards.join('+')}`),
            this.superseded(L, x.superseded, `ent|${x.ids.join('+')}|${x.awards.join('+')}`),
          ),
        ),
      ),
    );
    return sec;
  }

  /** "竞赛奖金（第 1 项获奖）": an award-based entitlement names its placing. */
  entitlementTitle(L, x) {
    const sep = L === 'en' ? ', ' : '、';
    const names = [...new Set(x.ids)].map((id) => v(L, 'entitlement', id)).join(sep);
    if (!x.awards.length) return names;
    const which = [...new Set(x.awards)].map((a) => t(L, 'forAward', { n: a + 1 })).join(sep);
    return L === 'en' ? `${names} (${which})` : `${names}（${which}）`;
  }

  skill(L, report) {
    const s = skillView(report, L);
    if (!s) return null;
    const sec = this.section(L, 'skill', 'dt-h-skill');
    append(sec, [
      h('p', { class: 'dt-plain', text: s.level ? t(L, 'skillLevel', { level: v(L, 'certLevel', s.level) }) : t(L, 'skillNone') }),
      s.level ? h('p', { class: 'dt-plain', text: t(L, s.highSkilled ? 'highSkilled' : 'notHighSkilled') }) : null,
    ]);
    if (s.caveats.length) sec.append(h('div', { class: 'dt-common' }, this.list(L, 'commonCaveats', s.caveats, 'dt-caveats')));
    if (s.notes.length) sec.append(this.notes(L, s.notes, 'skill'));
    return sec;
  }

  notes(L, list, key) {
    return h(
      'ul',
      { class: 'dt-cards dt-notes' },
      list.map((x, i) => h('li', { class: 'dt-card dt-card-note' }, h('p', { class: 'dt-plain' }, rich(x.text)), this.clauses(L, x.clauses, `${key}|${i}`))),
    );
  }

  // ------------------------------------------------------------ clause bodies, later

  /** Forgets clause bodies that are no longer on the page. */
  prune() {
    for (const d of [...this.pending]) if (!d.isConnected) this.pending.delete(d);
  }

  /** Builds every clause body still pending (print, find-in-page). */
  fillAll() {
    for (const d of [...this.pending]) d._fill();
  }

  /** Fills pending bodies in idle time, a chunk at a time; done() when all are built. */
  fillLater(done) {
    const idle = window.requestIdleCallback ?? ((fn) => setTimeout(() => fn({ timeRemaining: () => 8 }), 16));
    const gen = ++this.fillGen;
    const step = (deadline) => {
      if (gen !== this.fillGen) return;
      for (const d of this.pending) {
        if (deadline.timeRemaining() < 2) break;
        d._fill();
      }
      if (this.pending.size) idle(step);
      else done?.();
    };
    idle(step);
  }
}
