// The calculator behind <dengtong-calculator>: holds the state, builds the
// form, asks the engine, and shows the answer first — the headline and the
// summary lines — then the details, the history of the answer, and the
// print statement, each after the one before is on screen.
//
// Layout (shadow root): header · answer (headline, summary, actions) ·
// form · details; on a wide widget the form is the left column and the
// answer sits above the details on the right; on a narrow one the answer
// comes first and a bar keeps the headline in view while the form is edited.
import { t, v, fieldLabel, fieldKey } from './i18n.js';
import { h, append, rich, reveal } from './dom.js';
import { isDate, todayIso, fmtDate, fmtDateTime } from './format.js';
import { MODES, JURISDICTIONS, defaultState, encodeState, decodeState, isShareLink, buildRequest, missingFacts, postOf, teacherClass } from './state.js';
import { modeSwitch, viewSwitch, settings, graduateFields, postFields, teacherFields, controlFor, missingFields } from './form.js';
import { summaryOf, equivalenceHistory, reportFacts, clauseRef } from './report-view-model.js';
import { loadEngine, loadRegistry, start, mark } from './engine.js';

export { start as useDownloads };

/** The details and the statement are not needed for the first answer:
 *  their modules, and the rule registry they read (pkg/rules.json), load
 *  once the engine is in, and never compete with it. */
let detailModules = null;
let detailModulesLoading = null;
function loadDetailModules() {
  detailModulesLoading ??= Promise.all([import('./report-view.js'), import('./statement.js'), loadRegistry()]).then(([view, statement]) => {
    detailModules = { ...view, ...statement };
    return detailModules;
  });
  return detailModulesLoading;
}

export class Calculator {
  /** el: the custom element; wrap: the element in its shadow root that holds everything. */
  constructor(el, wrap) {
    this.el = el;
    this.root = el.shadowRoot;
    this.wrap = wrap;
    this.state = defaultState();
    this.engine = null;
    this.report = null;
    /** The details renderer (report-view.js), once its module is in. */
    this.view = null;
    this.histories = new Map();
    this.built = false;
  }

  // ------------------------------------------------------------ lifecycle

  connect() {
    if (this.built) return;
    this.built = true;
    this.applyAttributes(this.state);
    this.shareOn = this.el.getAttribute('share') !== 'off';
    if (this.shareOn) {
      const fromHash = decodeState(location.hash, this.fresh());
      if (fromHash) {
        this.state = fromHash;
        this.touched = true;
        this.openedFromLink = true;
      }
      this.onHash = () => {
        if (!isShareLink(location.hash) || location.hash.slice(1) === this.lastHash) return;
        // A new link replaces what was shown; it never mixes with it.
        this.state = decodeState(location.hash, this.fresh());
        this.view?.openDetails.clear();
        this.reflect();
        this.build();
      };
      window.addEventListener('hashchange', this.onHash);
    }
    this.onBeforePrint = () => this.prepareForPrint();
    this.onAfterPrint = () => this.restoreAfterPrint();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printQuery = window.matchMedia('print');
    this.onPrintMedia = (e) => {
      if (e.matches) this.prepareStatement();
    };
    this.printQuery.addEventListener('change', this.onPrintMedia);
    this.onScroll = () => this.placeBar();
    document.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    this.reflect();
    this.build();
    mark('form');
    loadEngine().then(
      (engine) => {
        this.engine = engine;
        for (const b of this.root.querySelectorAll('dengtong-batch')) b.engine = engine;
        loadDetailModules().catch(() => {});
        this.answer();
      },
      (err) => {
        this.loadError = err;
        this.renderLoadError();
      },
    );
  }

  disconnect() {
    if (this.onHash) window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.removeEventListener('change', this.onPrintMedia);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    this.built = false;
  }

  attributeChanged() {
    if (!this.built || this.reflecting) return;
    const s = this.state;
    const before = `${s.lang}|${s.jurisdiction}|${s.mode}`;
    this.applyAttributes(s);
    if (`${s.lang}|${s.jurisdiction}|${s.mode}` !== before) this.build();
  }

  /** The defaults, with the element's attributes. */
  fresh() {
    const s = defaultState();
    this.applyAttributes(s);
    return s;
  }

  applyAttributes(s) {
    const lang = this.el.getAttribute('lang');
    if (lang) s.lang = lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
    const jur = this.el.getAttribute('jurisdiction');
    if (JURISDICTIONS.includes(jur)) s.jurisdiction = jur;
    const mode = this.el.getAttribute('mode');
    if (MODES.includes(mode)) s.mode = mode;
  }

  /** Mirrors lang/jurisdiction/mode to the element's attributes. */
  reflect() {
    this.reflecting = true;
    const s = this.state;
    for (const [k, val] of [
      ['lang', s.lang],
      ['jurisdiction', s.jurisdiction],
      ['mode', s.mode],
    ])
      if (this.el.getAttribute(k) !== val) this.el.setAttribute(k, val);
    this.reflecting = false;
  }

  get asOf() {
    return isDate(this.state.asOf) ? this.state.asOf : todayIso();
  }

  get isBatch() {
    return this.state.mode === 'recruiter' && this.state.recruiterView === 'batch';
  }

  /** Updates the state; rebuild = true re-creates the form (new controls or language). */
  set(fn, rebuild = false, focusId) {
    fn(this.state);
    this.touched = true;
    this.reflect();
    if (rebuild) this.build(focusId);
    else this.answer();
  }

  // ------------------------------------------------------------ build

  /** Rebuilds everything (language, mode, list changes), keeping focus. */
  build(focusId) {
    const active = focusId ?? this.root.activeElement?.id;
    const s = this.state;
    const L = s.lang;
    const tr = (k, vars) => t(L, k, vars);
    const ctx = { state: s, lang: L, asOf: this.asOf, set: (fn, rebuild, id) => this.set(fn, rebuild, id) };
    this.wrap.setAttribute('lang', L);
    this.wrap.replaceChildren();
    const batch = this.isBatch;

    const head = h(
      'header',
      { class: 'dt-head' },
      h('div', { class: 'dt-head-text' }, h('h2', { class: 'dt-title', id: 'dt-title-h', text: tr('title') }), h('p', { class: 'dt-sub', text: tr('subtitle') })),
      h('button', {
        type: 'button',
        id: 'dt-lang',
        class: 'dt-btn dt-btn-quiet dt-lang',
        lang: L === 'en' ? 'zh-CN' : 'en',
        'aria-label': tr('switchLangLabel'),
        text: tr('switchLang'),
        onclick: () => this.set((st) => (st.lang = st.lang === 'en' ? 'zh-CN' : 'en'), true),
      }),
    );

    const form = h('form', { class: 'dt-form', novalidate: true, 'aria-labelledby': 'dt-title-h', onsubmit: (e) => e.preventDefault() });
    append(form, [modeSwitch(ctx), s.mode === 'recruiter' ? viewSwitch(ctx) : null, settings(ctx)]);
    if (batch) form.append(postFields(ctx));
    else if (s.mode === 'recruiter') form.append(postFields(ctx), graduateFields(ctx, 'applicantLegend'));
    else if (s.mode === 'teacher') form.append(teacherFields(ctx));
    else form.append(graduateFields(ctx, 'graduateLegend'));
    form.append(h('p', { class: 'dt-privacy', text: tr(batch ? 'batch.privacy' : 'privacy') }));
    this.form = form;

    this.wrap.classList.toggle('dt-batchview', batch);
    if (batch) {
      this.answerBox = this.details = this.statement = this.bar = null;
      this.batchEl = h('dengtong-batch', { class: 'dt-details' });
      this.wrap.append(head, h('div', { class: 'dt-body' }, h('div', { class: 'dt-top' }, form), this.batchEl));
      this.openBatch();
      if (active) this.root.getElementById(active)?.focus();
      return;
    }
    this.batchEl = null;

    // The answer: headline, summary lines, when and where, actions.
    this.headline = h('h3', { class: 'dt-headline dt-headline-loading', id: 'dt-headline', part: 'headline', tabindex: -1, text: tr('loading') });
    this.summary = h('ul', { class: 'dt-summary', part: 'summary' });
    this.main = h('div', { class: 'dt-main' });
    this.resultsFor = h('p', { class: 'dt-resultsfor' });
    this.status = h('p', { class: 'dt-status dt-visually-hidden', role: 'status', 'aria-live': 'polite', id: 'dt-status' });
    this.shareOut = h('div', { class: 'dt-share-out' });
    const actions = h(
      'div',
      { class: 'dt-actions', role: 'group', 'aria-label': tr('actions') },
      h('button', { type: 'button', id: 'dt-copy', class: 'dt-btn dt-btn-quiet dt-btn-small', text: tr('copyLink'), onclick: () => this.copyLink() }),
      h('button', { type: 'button', id: 'dt-print', class: 'dt-btn dt-btn-quiet dt-btn-small', text: tr('print'), onclick: () => window.print() }),
      h('button', { type: 'button', id: 'dt-jump', class: 'dt-btn dt-btn-link dt-jump', text: tr('toDetails'), onclick: () => reveal(this.root.getElementById('dt-details-h')) }),
    );
    this.answerBox = h('section', { class: 'dt-answer', 'aria-label': tr('answer') }, this.headline, this.summary, this.main, this.resultsFor, actions, this.shareOut, this.status);
    this.barText = h('p', { class: 'dt-answerbar-text' });
    this.bar = h('div', { class: 'dt-answerbar', 'aria-hidden': 'true', onclick: () => reveal(this.headline) }, h('div', { class: 'dt-answerbar-inner' }, this.barText));
    this.results = h('div', { class: 'dt-results-body' });
    this.details = h(
      'section',
      { class: 'dt-details dt-results', 'aria-labelledby': 'dt-details-h' },
      h('h3', { id: 'dt-details-h', class: 'dt-details-title', tabindex: -1, text: tr('details') }),
      this.results,
      h('p', { class: 'dt-disclaimer', text: tr('disclaimer') }),
    );
    this.statementHeadBox = h('div', { class: 'dt-statement dt-statement-top' });
    this.statement = h('div', { class: 'dt-statement dt-statement-rest' });
    this.wrap.append(head, h('div', { class: 'dt-body' }, this.statementHeadBox, h('div', { class: 'dt-top' }, this.answerBox, this.bar, form), this.details, this.statement));

    if (this.engine) this.answer();
    else if (this.loadError) this.renderLoadError();
    else this.status.textContent = tr('loading');
    if (active) this.root.getElementById(active)?.focus();
  }

  // ------------------------------------------------------------ the batch view

  openBatch() {
    const el = this.batchEl;
    el.engine = this.engine;
    el.loadError = !!this.loadError;
    this.batchSettings();
    this.writeHash();
    if (!customElements.get('dengtong-batch')) import('./batch-view.js').catch(() => {});
  }

  batchSettings() {
    const s = this.state;
    if (this.batchEl) this.batchEl.settings = { lang: s.lang, asOf: this.asOf, jurisdiction: s.jurisdiction, post: postOf(s) };
  }

  // ------------------------------------------------------------ answer

  answer() {
    if (this.isBatch) {
      this.batchSettings();
      this.writeHash();
      return;
    }
    if (!this.engine || !this.results) return;
    const s = this.state;
    const L = s.lang;
    const asOf = this.asOf;
    this.clearInvalid();
    this.writeHash();
    const missing = missingFacts(s);
    if (missing.length) return this.renderMissing(missing);
    const req = buildRequest(s, asOf);
    let report;
    try {
      report = this.engine.evaluate(req);
    } catch (err) {
      this.renderError(err);
      return;
    }
    this.report = report;
    this.request = req;
    const first = !this.firstResult;
    if (first) mark('evaluated');
    const purposes = s.mode === 'teacher' ? (teacherClass(s.teacher.highest) ? ['professionalTitle'] : null) : null;
    const summary = summaryOf(report, L, { mode: s.mode });
    this.renderAnswer(summary, report);
    this.status.textContent = summary.headline;
    if (first) {
      this.firstResult = true;
      mark('first-answer');
    }
    const gen = (this.answerGen = (this.answerGen ?? 0) + 1);
    const rest = () => {
      if (gen !== this.answerGen) return;
      this.renderDetails(report, purposes);
      this.renderStatement(report, purposes);
      if (first) {
        mark('first-result');
        this.el.dispatchEvent(new CustomEvent('dengtong-ready', { bubbles: true, composed: true }));
      }
      this.el.dispatchEvent(new CustomEvent('dengtong-result', { bubbles: true, composed: true, detail: { request: req, report } }));
      this.later(gen, report, req, purposes);
    };
    // On the first answer the headline paints before the details are built.
    if (detailModules && !first) rest();
    else this.withDetails(() => requestAnimationFrame(() => setTimeout(rest, 0)));
  }

  /** Runs fn once the details modules are in (at once when they are). */
  withDetails(fn) {
    const go = (m) => {
      this.view ??= new m.ReportView({
        root: this.root,
        registry: () => this.engine?.registry() ?? null,
        mode: () => this.state.mode,
        currentTitle: () => this.state.teacher.currentTitle,
      });
      fn(m);
    };
    if (detailModules) go(detailModules);
    else loadDetailModules().then(go, () => this.renderLoadError());
  }

  renderAnswer(summary, report) {
    const L = this.state.lang;
    const facts = reportFacts(report);
    this.headline.className = `dt-headline dt-headline-${summary.outcome}`;
    this.headline.replaceChildren(...rich(summary.headline));
    if (summary.headlineCode) this.headline.dataset.code = summary.headlineCode;
    else delete this.headline.dataset.code;
    this.summary.replaceChildren(
      ...summary.lines.map((l) => h('li', { class: 'dt-summary-line', 'data-section': l.section || undefined, 'data-code': l.code || undefined }, rich(l.text))),
    );
    this.summary.hidden = !summary.lines.length;
    this.renderMain(L, summary.main);
    this.resultsFor.replaceChildren(...rich(t(L, 'resultsFor', { date: fmtDate(L, facts.asOf), jur: v(L, 'jurisdiction', facts.jurisdiction) })));
    this.barText.textContent = summary.headline;
    this.placeBar();
    if (this.openedFromLink && !this.scrolledToAnswer) {
      this.scrolledToAnswer = true;
      this.showAnswerOnPhone();
    }
  }

  /** Under the headline, what its question still needs: the fields
   *  missing (each a way to its control), the open points with the clause
   *  that leaves them open, what would qualify, and for a teacher's rung
   *  what is met and what is not — the engine's words. */
  renderMain(L, main) {
    const block = (key, items, cls) =>
      items.length ? h('div', { class: `dt-listblock ${cls}` }, h('p', { class: 'dt-list-label', text: t(L, key) }), h('ul', {}, items.map((x) => h('li', {}, x)))) : null;
    const parts = main
      ? [
          main.outcome === 'undetermined' ? missingFields(L, main.missing, this.state.mode, this.root) : null,
          block(
            'openPoints',
            main.open.map((x) => [
              ...rich(x.text),
              x.clauses.length ? h('span', { class: 'dt-open-ref' }, ' ', h('span', { class: 'dt-nowrap', lang: 'zh-CN', text: x.clauses.map(clauseRef).join('；') })) : '',
            ]),
            'dt-open',
          ),
          block('metAndMissing', main.reasons.map((x) => rich(x)), 'dt-met'),
          block('toQualify', main.toQualify.map((x) => rich(x)), 'dt-toqualify'),
        ].filter(Boolean)
      : [];
    this.main.replaceChildren(...parts);
    this.main.hidden = !parts.length;
  }

  /** A share link opened on a phone: the headline in the first screen. */
  showAnswerOnPhone() {
    const r = this.headline.getBoundingClientRect();
    if (r.bottom > innerHeight && innerWidth <= 640) this.headline.scrollIntoView({ block: 'start' });
  }

  renderDetails(report, purposes) {
    const s = this.state;
    const key = this.historyKey(report);
    this.results.replaceChildren(...this.view.sections(s.lang, report, s.mode, { purposes, history: this.histories.get(key) ?? null }));
    this.view.prune();
  }

  /** After the details: the history of each answer, then every clause body, in idle time. */
  later(gen, report, req, purposes) {
    const idle = window.requestIdleCallback ?? ((fn) => setTimeout(() => fn({ timeRemaining: () => 8 }), 16));
    const s = this.state;
    this.el.removeAttribute('data-complete');
    const wantsHistory = s.mode !== 'teacher' || purposes;
    idle(() => {
      if (gen !== this.answerGen) return;
      if (wantsHistory) {
        const key = this.historyKey(report);
        if (!this.histories.has(key)) {
          const history = equivalenceHistory({ evaluate: (r) => this.engine.evaluate(r), registry: this.engine.registry(), request: req, until: this.historyUntil(report) });
          if (this.histories.size > 20) this.histories.clear();
          this.histories.set(key, history);
          if (history.size) this.insertHistory(report, purposes, history);
        }
      }
      this.view.fillLater(() => this.el.toggleAttribute('data-complete', true));
    });
  }

  historyKey(report) {
    const r = this.request;
    return JSON.stringify([r?.jurisdiction, r?.lang, r?.graduate, this.historyUntil(report)]);
  }

  /** A history runs to today, or to the date asked for when that is later. */
  historyUntil(report) {
    const { asOf } = reportFacts(report);
    return asOf > todayIso() ? asOf : todayIso();
  }

  /** Adds the history lines to the cards already shown (focus stays where it is). */
  insertHistory(report, purposes, history) {
    const L = this.state.lang;
    const sec = this.root.getElementById('dt-h-eq')?.closest('section');
    if (!sec) return;
    for (const card of sec.querySelectorAll('.dt-card[data-purposes]')) {
      const lines = this.view.historyLines(L, card.dataset.purposes.split(' '), history);
      if (lines) card.querySelector('.dt-card-head')?.after(lines);
    }
    const fresh = this.view.equivalences(L, report, purposes, history).querySelector('.dt-notyet');
    if (fresh) sec.append(fresh);
  }

  /** The facts the widget asks for itself are missing (an empty graduation date). */
  renderMissing(paths) {
    const L = this.state.lang;
    const mode = this.state.mode;
    for (const p of paths) this.root.getElementById(controlFor(p, mode))?.setAttribute('aria-invalid', 'true');
    const headline = paths.includes('graduate.graduationDate') ? t(L, 'fillGraduationDate') : t(L, 'requestError', { field: paths.map((p) => fieldLabel(L, p, mode)).join('、') });
    this.headline.className = 'dt-headline dt-headline-undetermined';
    this.headline.textContent = headline;
    this.summary.replaceChildren(h('li', { class: 'dt-summary-line', text: t(L, 'fillGraduationDateHint') }));
    this.summary.hidden = false;
    this.renderMain(L, { outcome: 'undetermined', missing: paths, open: [], toQualify: [], reasons: [] });
    this.resultsFor.replaceChildren();
    this.barText.textContent = headline;
    this.status.textContent = headline;
    this.statement.replaceChildren();
    this.statementHeadBox.replaceChildren();
    this.report = null;
    this.answerGen = (this.answerGen ?? 0) + 1;
    this.results.replaceChildren();
  }

  // ------------------------------------------------------------ share

  /** Keeps the inputs in the URL fragment, once the visitor has entered
   *  something (a page is not rewritten just by showing the widget). */
  writeHash() {
    if (!this.shareOn || !this.touched) return;
    const frag = encodeState(this.state);
    this.lastHash = frag;
    if (location.hash.slice(1) !== frag) {
      try {
        history.replaceState(history.state, '', `#${frag}`);
      } catch {
        /* sandboxed frames may refuse; the share button still works */
      }
    }
  }

  shareUrl() {
    const u = new URL(location.href);
    u.hash = encodeState(this.state);
    return u.href;
  }

  async copyLink() {
    const L = this.state.lang;
    const url = this.shareUrl();
    this.shareOut.replaceChildren();
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      ok = false;
    }
    if (ok) this.shareOut.append(h('p', { class: 'dt-note-ok', role: 'status', text: t(L, 'copied') }));
    else {
      const input = h('input', { type: 'text', id: 'dt-share-url', readonly: true, value: url, class: 'dt-share-input' });
      this.shareOut.append(h('p', { class: 'dt-note', role: 'status', text: t(L, 'copyFailed') }), h('label', { for: 'dt-share-url', class: 'dt-visually-hidden', text: t(L, 'shareLinkLabel') }), input);
      input.focus();
      input.select();
    }
  }

  // ------------------------------------------------------------ errors

  clearInvalid() {
    for (const el of this.root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  }

  renderError(err) {
    const L = this.state.lang;
    const path = err?.path ?? '';
    const label = fieldLabel(L, path, this.state.mode) || err?.message || String(err);
    const ctl = controlFor(path, this.state.mode) ?? controlFor(fieldKey(path), this.state.mode);
    if (ctl) this.root.getElementById(ctl)?.setAttribute('aria-invalid', 'true');
    const msg = t(L, 'requestError', { field: label });
    this.status.textContent = msg;
    this.headline.className = 'dt-headline dt-headline-error';
    this.headline.textContent = msg;
    this.summary.replaceChildren();
    this.renderMain(L, null);
    this.results.replaceChildren(h('div', { class: 'dt-error' }, h('p', { text: msg }), err?.message ? h('p', { class: 'dt-hint', text: err.message }) : null));
  }

  renderLoadError() {
    for (const b of this.root.querySelectorAll('dengtong-batch')) b.loadError = true;
    if (!this.status || this.isBatch) return;
    const L = this.state.lang;
    this.status.textContent = t(L, 'loadFailed');
    this.headline.className = 'dt-headline dt-headline-error';
    this.headline.textContent = t(L, 'loadFailed');
    this.results.replaceChildren(h('div', { class: 'dt-error' }, h('p', { text: t(L, 'loadFailed') })));
  }

  // ------------------------------------------------------------ the bar that keeps the headline in view

  /** On a narrow widget: shows the headline at the top while the form is
   *  edited, once the answer itself has scrolled out of view. */
  placeBar() {
    if (!this.bar || !this.form) return;
    if (this.barFrame) return;
    this.barFrame = requestAnimationFrame(() => {
      this.barFrame = 0;
      if (!this.bar?.isConnected) return;
      const narrow = this.wrap.getBoundingClientRect().width <= 40 * parseFloat(getComputedStyle(this.wrap).fontSize);
      const hb = this.headline.getBoundingClientRect();
      const fb = this.form.getBoundingClientRect();
      const show = narrow && hb.bottom < 0 && fb.bottom > 120 && fb.top < innerHeight;
      this.bar.toggleAttribute('data-show', show);
    });
  }

  // ------------------------------------------------------------ print

  renderStatement(report, purposes) {
    const L = this.state.lang;
    const { statementHead, statementBody } = detailModules;
    const { head, printedAt, printedUrl } = statementHead(L, { report, version: this.engine?.version(), url: this.shareOn ? this.shareUrl() : location.href });
    this.printedAt = printedAt;
    this.printedUrl = printedUrl;
    this.statementHeadBox.replaceChildren(head);
    this.statement.replaceChildren(statementBody(L, { state: this.state, report, purposes: this.state.mode === 'teacher' ? (purposes ?? []) : null }));
  }

  /** Before printing: the time and link are now. */
  prepareStatement() {
    const L = this.state.lang;
    if (this.printedAt) this.printedAt.textContent = fmtDateTime(L, new Date());
    if (this.printedUrl) this.printedUrl.textContent = this.shareOn ? this.shareUrl() : location.href;
    this.view?.fillAll();
  }

  prepareForPrint() {
    if (this.view) this.view.printing = true;
    this.prepareStatement();
    this.closedForPrint = [];
    for (const d of this.root.querySelectorAll('details:not([open])')) {
      d.open = true;
      this.closedForPrint.push(d);
    }
  }

  restoreAfterPrint() {
    for (const d of this.closedForPrint ?? []) d.open = false;
    this.closedForPrint = [];
    if (this.view) this.view.printing = false;
  }
}
