// <dengtong-batch>: the recruiter's batch view — a spreadsheet of
// applicants checked against one post. Loaded only when the view opens;
// lives inside <dengtong-calculator>'s shadow root (light DOM of its own, so
// the calculator's stylesheet applies), which sets `settings` and `engine`.
//
// The file goes to a Worker (./batch-worker.js) with the batch module
// pkg/dengtong_batch.js; rows come back a chunk at a time. Nothing is
// uploaded. Applicant text is only ever set with textContent. One
// applicant's full cited report is evaluated again here with `evaluate`,
// from the row's graduate as read.
//
// Events: dengtong-batch {summary, ms} when a file is done.
import { t, v, fieldLabel } from './i18n.js';
import { h, reveal } from './dom.js';
import { fmtDate, fmtDateTime, fmtNum, fmtBytes, wordDates } from './format.js';
import { TECHNICAL } from './state.js';
import { reportFacts } from './report-view-model.js';
import { ReportView } from './report-view.js';
import { loadRegistry } from './engine.js';

const BATCH_WORKER_URL = new URL('./batch-worker.js', import.meta.url).href;
const BATCH_CSS_URL = new URL('./dengtong-batch.css', import.meta.url).href;
const TEMPLATE_URLS = {
  'zh-CN': new URL('./templates/applicants-template.zh-CN.csv', import.meta.url).href,
  en: new URL('./templates/applicants-template.en.csv', import.meta.url).href,
};
/** A recruitment workbook: an applicants sheet and a 岗位表 (posts) sheet. */
const WORKBOOK_TEMPLATE_URL = new URL('./templates/recruitment-template.zh-CN.xlsx', import.meta.url).href;
const PAGE = 50;

/** A message of the batch module (its rows and file errors are plain
 *  strings, not report text items): dates in words, request field paths as
 *  the form's labels. */
function words(L, text) {
  return wordDates(L, String(text ?? '')).replace(/\b(?:graduate|teacher|post)\.[a-zA-Z]+(?:\[\d+\](?:\.[a-zA-Z]+)?)?/g, (path) => {
    const label = fieldLabel(L, path);
    return L === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  });
}
const zeroCounts = () => ({ all: 0, eligible: 0, ineligible: 0, undetermined: 0, error: 0 });

/** What the file chooser offers: a CSV or a workbook (the package reads both). */
const WORKBOOK_TYPES = [
  '.csv', '.txt', '.xlsx', '.xls', '.xlsb', '.ods', 'text/csv', 'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel', 'application/vnd.ms-excel.sheet.binary.macroEnabled.12',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

export class DengtongBatch extends HTMLElement {
  constructor() {
    super();
    /** {lang, asOf, jurisdiction, post} — set by the calculator. */
    this._settings = { lang: 'zh-CN', asOf: '', jurisdiction: 'CN', post: {} };
    this._b = {
      id: 0,
      name: '',
      size: 0,
      file: null,
      running: false,
      rows: [],
      counts: zeroCounts(),
      done: 0,
      total: null,
      result: null,
      csv: null,
      ms: 0,
      error: null,
      cancelled: false,
      key: '',
      ignoreUnknown: false,
      filter: 'all',
      query: '',
      sort: { key: 'row', dir: 1 },
      page: 0,
      detail: null,
      lastRender: 0,
    };
    this._view = new ReportView({ root: this, registry: () => this.engine?.registry() ?? null, mode: () => 'batch' });
    this._onBeforePrint = () => this._printStatement();
    // Properties set before this module loaded sit on the element itself
    // and would hide the accessors: take them over.
    if (Object.hasOwn(this, 'settings')) {
      const val = this.settings;
      delete this.settings;
      this.settings = val;
    }
    /** The single-check engine (for one applicant's full report), or null. */
    if (!Object.hasOwn(this, 'engine')) this.engine = null;
    if (!Object.hasOwn(this, 'loadError')) this.loadError = false;
  }

  connectedCallback() {
    this._styles();
    window.addEventListener('beforeprint', this._onBeforePrint);
    this._build();
    // Start the Worker now: its module compiles while a file is chosen.
    this._worker();
    // The glosses and dates a row's full report shows (pkg/rules.json).
    loadRegistry();
  }

  /** The view's own stylesheet, once per shadow root; the view stays hidden until it is in. */
  _styles() {
    const root = this.getRootNode();
    let link = root.querySelector?.('link[data-dengtong-batch]');
    if (!link) {
      link = h('link', { rel: 'stylesheet', href: BATCH_CSS_URL, 'data-dengtong-batch': '' });
      link._ready = new Promise((ok) => {
        link.addEventListener('load', ok, { once: true });
        link.addEventListener('error', ok, { once: true });
      });
      (root === document ? document.head : root).prepend(link);
    }
    this.hidden = true;
    link._ready?.then(() => (this.hidden = false)) ?? (this.hidden = false);
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this._onBeforePrint);
    this._stop();
  }

  get settings() {
    return this._settings;
  }

  set settings(s) {
    const langChanged = s.lang !== this._settings.lang;
    this._settings = { ...s };
    if (!this.isConnected) return;
    if (langChanged) this._build();
    else this._render();
  }

  get _lang() {
    return this._settings.lang;
  }

  _byId(id) {
    return this.querySelector(`#${id}`);
  }

  /** The settings a result depends on. */
  _key() {
    const s = this._settings;
    return JSON.stringify([s.asOf, s.jurisdiction, s.lang, s.post, this._b.ignoreUnknown]);
  }

  // ------------------------------------------------------------ frame

  _build() {
    const L = this._lang;
    const b = this._b;
    const active = this.getRootNode().activeElement?.id;
    this.replaceChildren(this._fileFields(L), this._resultsFrame(L));
    this._render();
    if (active) this._byId(active)?.focus();
    void b;
  }

  _fileFields(L) {
    const b = this._b;
    const input = h('input', {
      type: 'file',
      id: 'dt-batch-file',
      class: 'dt-file-input',
      accept: WORKBOOK_TYPES,
      'aria-describedby': 'dt-batch-formats dt-batch-columns',
      onchange: (e) => {
        const f = e.target.files?.[0];
        if (f) this._run(f);
        e.target.value = '';
      },
    });
    const drop = h(
      'div',
      {
        class: 'dt-drop',
        ondragover: (e) => {
          e.preventDefault();
          drop.classList.add('dt-drop-over');
        },
        ondragleave: () => drop.classList.remove('dt-drop-over'),
        ondrop: (e) => {
          e.preventDefault();
          drop.classList.remove('dt-drop-over');
          const f = e.dataTransfer?.files?.[0];
          if (f) this._run(f);
        },
      },
      input,
      h('label', { for: 'dt-batch-file', class: 'dt-btn dt-file-label', text: t(L, 'batch.choose') }),
      h('span', { class: 'dt-drop-text', text: t(L, 'batch.drop') }),
      b.name ? h('p', { class: 'dt-file-name', text: t(L, 'batch.file', { name: b.name, size: fmtBytes(L, b.size) }) }) : null,
    );
    const template = (lang, key) =>
      h('a', {
        href: TEMPLATE_URLS[lang],
        download: TEMPLATE_URLS[lang].split('/').pop(),
        class: 'dt-template',
        hreflang: lang,
        type: 'text/csv',
        'aria-label': t(L, 'batch.templateLabel', { which: t(L, key) }),
        text: t(L, key),
      });
    return h(
      'fieldset',
      { class: 'dt-fieldset dt-batch-fields' },
      h('legend', { class: 'dt-legend', text: t(L, 'batch.legend') }),
      drop,
      h('p', { class: 'dt-hint', id: 'dt-batch-formats', text: t(L, 'batch.formats') }),
      h(
        'div',
        { class: 'dt-check' },
        h('input', {
          type: 'checkbox',
          id: 'dt-batch-ignore',
          checked: b.ignoreUnknown,
          onchange: (e) => {
            b.ignoreUnknown = e.target.checked;
            this._render();
          },
        }),
        h('label', { for: 'dt-batch-ignore', text: t(L, 'batch.ignoreUnknown') }),
      ),
      h(
        'p',
        { class: 'dt-templates' },
        h('span', { text: t(L, 'batch.templates') }),
        ' ',
        template('zh-CN', 'batch.templateZh'),
        ' · ',
        template('en', 'batch.templateEn'),
        ' · ',
        h('a', {
          href: WORKBOOK_TEMPLATE_URL,
          download: WORKBOOK_TEMPLATE_URL.split('/').pop(),
          class: 'dt-template',
          hreflang: 'zh-CN',
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'aria-label': t(L, 'batch.templateWorkbookLabel'),
          text: t(L, 'batch.templateWorkbook'),
        }),
      ),
      h('p', { class: 'dt-hint', id: 'dt-batch-columns', text: t(L, 'batch.columns') }),
    );
  }

  _resultsFrame(L) {
    const b = this._b;
    this._status = h('p', { class: 'dt-status dt-visually-hidden', role: 'status', 'aria-live': 'polite', id: 'dt-status' });
    this._results = h('div', { class: 'dt-results-body dt-batch-body' });
    this._statement = h('div', { class: 'dt-statement' });
    const ready = !!b.csv && !b.running;
    this._actions = h(
      'div',
      { class: 'dt-actions', role: 'group', 'aria-label': t(L, 'actions') },
      h('button', { type: 'button', id: 'dt-batch-export', class: 'dt-btn dt-btn-small', disabled: !ready, text: t(L, 'batch.export'), onclick: () => this._export() }),
      h('button', { type: 'button', id: 'dt-batch-export-xlsx', class: 'dt-btn dt-btn-small', disabled: !ready, text: t(L, 'batch.exportXlsx'), onclick: () => this._exportXlsx() }),
      h('button', { type: 'button', id: 'dt-print', class: 'dt-btn dt-btn-quiet dt-btn-small', disabled: !ready, text: t(L, 'print'), onclick: () => window.print() }),
    );
    // Kept across renders, so typing is never interrupted.
    this._search ??= h('input', {
      type: 'search',
      id: 'dt-batch-search',
      class: 'dt-batch-search-input',
      autocomplete: 'off',
      oninput: (e) => {
        const value = e.target.value.trim();
        clearTimeout(this._searchTimer);
        this._searchTimer = setTimeout(() => {
          b.query = value;
          b.page = 0;
          this._render();
          this._announceShown();
        }, 300);
      },
    });
    return h(
      'section',
      { class: 'dt-results dt-batch', 'aria-labelledby': 'dt-results-h' },
      h('div', { class: 'dt-results-head' }, h('h3', { id: 'dt-results-h', class: 'dt-results-title', tabindex: -1, text: t(L, 'results') }), this._actions),
      this._status,
      this._statement,
      this._results,
      h('p', { class: 'dt-disclaimer', text: t(L, 'disclaimer') }),
    );
  }

  // ------------------------------------------------------------ the Worker

  _worker() {
    if (this._w) return this._w;
    let w;
    try {
      w = new Worker(BATCH_WORKER_URL, { type: 'module', name: 'dengtong-batch' });
    } catch {
      this._fail({ code: 'worker' });
      return null;
    }
    w.onmessage = (e) => this._message(e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      this._fail({ code: 'worker', message: e.message });
    };
    this._w = w;
    return w;
  }

  _stop() {
    this._w?.terminate();
    this._w = null;
  }

  _run(file) {
    const b = this._b;
    const L = this._lang;
    if (b.running) this._cancel(true);
    const w = this._worker();
    if (!w) return;
    const id = (b.id += 1);
    Object.assign(b, {
      file,
      name: file.name || 'applicants.csv',
      size: file.size ?? 0,
      running: true,
      rows: [],
      counts: zeroCounts(),
      done: 0,
      total: null,
      result: null,
      csv: null,
      ms: 0,
      error: null,
      cancelled: false,
      key: this._key(),
      page: 0,
      detail: null,
      view: null,
    });
    const s = this._settings;
    b.run = { file, post: s.post, options: { asOf: s.asOf, jurisdiction: s.jurisdiction, lang: s.lang, ignoreUnknownColumns: b.ignoreUnknown } };
    b.withPosts = false;
    b.exporting = false;
    w.postMessage({ type: 'run', id, ...b.run });
    this._status.textContent = t(L, 'batch.started', { name: b.name });
    this._render();
    const chooser = this.querySelector('.dt-drop');
    if (chooser) {
      chooser.querySelector('.dt-file-name')?.remove();
      chooser.append(h('p', { class: 'dt-file-name', text: t(L, 'batch.file', { name: b.name, size: fmtBytes(L, b.size) }) }));
    }
  }

  _cancel(silent = false) {
    const b = this._b;
    this._stop();
    Object.assign(b, { running: false, rows: [], done: 0, total: null, cancelled: !silent, view: null, counts: zeroCounts() });
    if (!silent) {
      this._status.textContent = t(this._lang, 'batch.cancelled');
      this._render();
      this._byId('dt-batch-file')?.focus();
      this._worker();
    }
  }

  _fail(error) {
    const b = this._b;
    if (error.code === 'worker') this._stop();
    Object.assign(b, { running: false, error, rows: [], view: null, counts: zeroCounts() });
    if (!this._results) return;
    this._status.textContent = this._errorText(this._lang, error).join(' ');
    this._render();
  }

  _message(msg) {
    const b = this._b;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'error' && msg.id === null) {
      if (b.running) this._fail({ code: 'worker', message: msg.error?.message });
      return;
    }
    if (msg.type === 'xlsx' || (msg.type === 'error' && msg.id === b.xid && b.exporting)) return this._xlsxDone(msg);
    if (msg.id !== b.id || !b.running) return;
    const L = this._lang;
    if (msg.type === 'rows') {
      const c = b.counts;
      for (const r of msg.rows) {
        b.rows.push(r);
        c.all += 1;
        c[r.error ? 'error' : r.outcome] = (c[r.error ? 'error' : r.outcome] ?? 0) + 1;
      }
      b.done = msg.done;
      b.total = msg.total;
      b.withPosts = !!msg.withPosts;
      b.view = null;
      // The table is redrawn now and then; the progress bar every chunk.
      const now = performance.now();
      if (now - b.lastRender > 1000 || b.rows.length === msg.rows.length) this._render();
      else this._progress();
    } else if (msg.type === 'done') {
      Object.assign(b, { running: false, result: msg.result, csv: msg.csv, ms: msg.ms, view: null });
      const sm = msg.result.summary;
      this._status.textContent = sm.rows
        ? t(L, 'batch.done', { rows: fmtNum(L, sm.rows), eligible: fmtNum(L, sm.eligible), ineligible: fmtNum(L, sm.ineligible), undetermined: fmtNum(L, sm.undetermined), errors: fmtNum(L, sm.errors) })
        : t(L, 'batch.headerOnly');
      this._render();
      this.dispatchEvent(new CustomEvent('dengtong-batch', { bubbles: true, composed: true, detail: { summary: sm, ms: msg.ms } }));
    } else if (msg.type === 'error') {
      this._fail(msg.error ?? { code: 'internal' });
    }
  }

  /** The headline and the detail of a file error, for people. */
  _errorText(L, error) {
    if (error.code === 'worker') return [t(L, 'batch.workerFailed')];
    if (error.tooLarge) return [t(L, 'batch.fileError'), t(L, 'batch.tooLarge', { size: fmtBytes(L, error.tooLarge.size), max: fmtBytes(L, error.tooLarge.max) })];
    if (error.kind === 'utf16') return [t(L, 'batch.fileError'), t(L, 'batch.utf16')];
    // The engine's message is in the language of the run; drop the code prefix.
    const message = words(L, String(error.message ?? '').replace(/^[a-z_]+( at [\w.[\]]+)?: /, ''));
    return [t(L, 'batch.fileError'), message];
  }

  // ------------------------------------------------------------ the view

  /** The rows shown: filtered, searched, sorted (cached until they change). */
  _rows() {
    const b = this._b;
    const key = `${b.rows.length}|${b.filter}|${b.query}|${b.sort.key}|${b.sort.dir}`;
    if (b.view && b.viewKey === key) return b.view;
    let rows = b.rows;
    if (b.filter !== 'all') rows = rows.filter((r) => (b.filter === 'error' ? !!r.error : !r.error && r.outcome === b.filter));
    if (b.query) {
      const q = b.query.toLowerCase();
      rows = rows.filter((r) => r.label.toLowerCase().includes(q) || String(r.row) === q);
    }
    const { key: k, dir } = b.sort;
    if (k !== 'row' || dir !== 1) {
      const order = { outcome: ['eligible', 'ineligible', 'undetermined', 'unclear'], level: ['secondaryVocational', 'associate', 'bachelor', 'master', 'doctorate'] };
      const rank = (r) => {
        if (k === 'outcome') return r.error ? 9 : order.outcome.indexOf(r.outcome);
        const i = order.level.indexOf(r.level);
        return i < 0 ? 9 : i;
      };
      const collator = new Intl.Collator(this._lang === 'en' ? 'en' : 'zh-CN', { numeric: true });
      const cmp = k === 'row' ? (a, c) => a.row - c.row : k === 'label' ? (a, c) => collator.compare(a.label, c.label) || a.row - c.row : (a, c) => rank(a) - rank(c) || a.row - c.row;
      rows = (rows === b.rows ? [...rows] : rows).sort((a, c) => dir * cmp(a, c));
    }
    b.view = rows;
    b.viewKey = key;
    return rows;
  }

  _progress() {
    const b = this._b;
    const L = this._lang;
    const bar = this._byId('dt-batch-progress');
    const text = this._byId('dt-batch-progress-text');
    if (!bar || !text) return;
    const total = b.total ?? 0;
    bar.max = Math.max(1, total);
    bar.value = b.done;
    bar.setAttribute('aria-valuenow', String(b.done));
    bar.setAttribute('aria-valuemax', String(Math.max(1, total)));
    const label = b.total === null ? t(L, 'batch.progressStart') : t(L, 'batch.progress', { done: fmtNum(L, b.done), total: fmtNum(L, total) });
    bar.setAttribute('aria-valuetext', label);
    text.textContent = label;
  }

  /** Draws the results from the batch state. */
  _render() {
    if (!this._results) return;
    const b = this._b;
    const L = this._lang;
    const root = this.getRootNode();
    const active = root.activeElement?.id;
    b.lastRender = performance.now();
    const out = [];
    const ready = !!b.csv && !b.running;
    for (const btn of this._actions?.querySelectorAll('button') ?? []) btn.disabled = !ready || (b.exporting && btn.id === 'dt-batch-export-xlsx');

    if (b.running) {
      out.push(
        h(
          'div',
          { class: 'dt-batch-run' },
          h('p', { class: 'dt-batch-file', text: t(L, 'batch.file', { name: b.name, size: fmtBytes(L, b.size) }) }),
          h(
            'div',
            { class: 'dt-batch-progress' },
            h('label', { for: 'dt-batch-progress', class: 'dt-batch-progress-label', text: t(L, 'batch.progressLabel') }),
            h('progress', { id: 'dt-batch-progress', max: 1, value: 0, 'aria-valuemin': '0', 'aria-describedby': 'dt-batch-progress-text' }),
            h('p', { id: 'dt-batch-progress-text', class: 'dt-batch-progress-text' }),
            h('button', { type: 'button', id: 'dt-batch-cancel', class: 'dt-btn dt-btn-quiet dt-btn-small', text: t(L, 'batch.cancel'), onclick: () => this._cancel() }),
          ),
        ),
      );
    } else if (b.error) {
      const [head, detail] = this._errorText(L, b.error);
      out.push(
        h(
          'div',
          { class: 'dt-error dt-batch-error', id: 'dt-batch-error' },
          h('p', { class: 'dt-batch-error-head', text: head }),
          detail ? h('p', { class: 'dt-batch-error-detail', text: detail }) : null,
          b.name ? h('p', { class: 'dt-hint', text: t(L, 'batch.file', { name: b.name, size: fmtBytes(L, b.size) }) }) : null,
        ),
      );
    } else if (!b.rows.length && !b.result) {
      out.push(h('p', { class: 'dt-empty dt-batch-empty', text: t(L, b.cancelled ? 'batch.cancelled' : 'batch.empty') }));
    }

    if (b.result && !b.running) {
      const r = b.result;
      const took = (b.ms / 1000).toLocaleString(L === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
      out.push(
        h(
          'div',
          { class: 'dt-resultsfor dt-batch-facts' },
          h(
            'p',
            { class: 'dt-batch-facts-file' },
            h('strong', { text: b.name }),
            ' ',
            h('span', { class: 'dt-muted', text: `${fmtBytes(L, b.size)} · ${t(L, 'batch.applicants', { n: fmtNum(L, r.summary.rows) })} · ${t(L, 'batch.took', { s: took })}` }),
          ),
          h('p', { text: t(L, 'resultsFor', { date: fmtDate(L, r.asOf), jur: v(L, 'jurisdiction', r.jurisdiction) }) }),
          r.withPosts ? h('p', { class: 'dt-batch-posts', text: t(L, 'batch.postsFromFile', { n: fmtNum(L, r.posts?.length ?? 0) }) }) : null,
        ),
      );
      if (!r.summary.rows) out.push(h('p', { class: 'dt-batch-headeronly', role: 'note', text: t(L, 'batch.headerOnly') }));
      if (b.key !== this._key()) {
        out.push(
          h(
            'div',
            { class: 'dt-batch-stale', role: 'note' },
            h('p', { text: t(L, 'batch.stale') }),
            h('button', { type: 'button', id: 'dt-batch-rerun', class: 'dt-btn dt-btn-small', text: t(L, 'batch.rerun'), onclick: () => b.file && this._run(b.file) }),
          ),
        );
      }
      // What the reader made of the file (a title row skipped, columns left unused, …).
      const notes = [...(r.warnings ?? []), ...(r.notes ?? [])].map((w) => words(L, w));
      if (r.encoding === 'gbk') notes.push(t(L, 'batch.encodingGbk'));
      if (notes.length) out.push(this._view.list(L, 'batch.warnings', notes, 'dt-batch-warnings'));
    }

    if (b.rows.length) out.push(this._filters(L), this._table(L));
    if (b.detail !== null && !b.running) out.push(this._detail(L));
    this._results.replaceChildren(...out.filter(Boolean));
    this._view.prune();
    if (b.detail !== null) this._view.fillLater();
    if (b.running) this._progress();
    if (active && !root.activeElement?.id) this._byId(active)?.focus();
  }

  _filters(L) {
    const b = this._b;
    const c = b.counts;
    const pct = (n) => (c.all ? `${Math.round((100 * n) / c.all)}%` : '');
    const group = h('div', { class: 'dt-batch-counts', role: 'group', 'aria-labelledby': 'dt-batch-filter-h' });
    for (const key of ['all', 'eligible', 'ineligible', 'undetermined', 'error']) {
      group.append(
        h(
          'button',
          {
            type: 'button',
            id: `dt-batch-filter-${key}`,
            class: `dt-count dt-count-${key}`,
            'aria-pressed': String(b.filter === key),
            onclick: () => {
              b.filter = key;
              b.page = 0;
              this._render();
              this._announceShown();
            },
          },
          h('span', { class: 'dt-count-n', text: fmtNum(L, c[key] ?? 0) }),
          h('span', { class: 'dt-count-label', text: t(L, `batch.count.${key}`) }),
          key !== 'all' ? h('span', { class: 'dt-count-pct', text: pct(c[key] ?? 0) }) : null,
        ),
      );
    }
    const search = this._search;
    if (search.value !== b.query && this.getRootNode().activeElement !== search) search.value = b.query;
    return h(
      'div',
      { class: 'dt-batch-controls' },
      h('p', { class: 'dt-list-label', id: 'dt-batch-filter-h', text: t(L, 'batch.filter') }),
      group,
      h('div', { class: 'dt-field dt-batch-search' }, h('label', { for: 'dt-batch-search', text: t(L, 'batch.search') }), search),
    );
  }

  _table(L) {
    const b = this._b;
    const rows = this._rows();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    b.page = Math.min(b.page, pages - 1);
    const from = b.page * PAGE;
    const shown = rows.slice(from, from + PAGE);
    const sep = L === 'en' ? '; ' : '；';
    const cols = [
      ['row', 'batch.col.row', true],
      ['label', 'batch.col.label', true],
      ...(b.withPosts ? [['post', 'batch.col.post', false]] : []),
      ['outcome', 'batch.col.outcome', true],
      ['level', 'batch.col.level', true],
      ['note', 'batch.col.note', false],
      ['report', 'batch.col.report', false],
    ];
    const head = h(
      'tr',
      {},
      cols.map(([key, label, sortable]) => {
        const active = b.sort.key === key;
        const th = h('th', { scope: 'col', class: `dt-bcol-${key}`, 'aria-sort': sortable ? (active ? (b.sort.dir === 1 ? 'ascending' : 'descending') : 'none') : undefined });
        if (!sortable) {
          th.append(t(L, label));
          return th;
        }
        th.append(
          h(
            'button',
            {
              type: 'button',
              id: `dt-batch-sort-${key}`,
              class: 'dt-sort',
              'aria-label': t(L, 'batch.sort', { col: t(L, label) }),
              onclick: () => {
                b.sort = { key, dir: active ? -b.sort.dir : 1 };
                b.page = 0;
                this._render();
              },
            },
            h('span', { text: t(L, label) }),
            h('span', { class: 'dt-sort-mark', 'aria-hidden': 'true', text: active ? (b.sort.dir === 1 ? '▲' : '▼') : '↕' }),
          ),
        );
        return th;
      }),
    );
    const body = h('tbody');
    for (const r of shown) {
      const kind = r.error ? 'error' : r.outcome;
      let note;
      if (r.error) note = r.error.column ? t(L, 'batch.errorIn', { column: r.error.column, message: words(L, r.error.message) }) : t(L, 'batch.errorRow', { message: words(L, r.error.message) });
      else if (r.outcome === 'undetermined' && r.missing.length) note = t(L, 'batch.missing', { fields: r.missing.map((p) => fieldLabel(L, p)).join(sep) });
      else if (r.outcome === 'ineligible' && r.toQualify.length) note = t(L, 'batch.toQualify', { what: r.toQualify.map((x) => words(L, x)).join(sep) });
      else if (r.outcome === 'eligible' && r.documents.length) {
        const docs = r.documents.join(L === 'en' ? ', ' : '、');
        note = t(L, 'batch.basis', { docs: r.documentCount > r.documents.length ? t(L, 'batch.basisMore', { docs, n: r.documentCount }) : docs });
      } else note = words(L, r.reason);
      const label = r.label || t(L, 'batch.noLabel');
      body.append(
        h(
          'tr',
          { class: `dt-brow dt-brow-${kind}${b.detail === r.row ? ' dt-brow-open' : ''}`, 'data-row': r.row },
          h('td', { class: 'dt-bcol-row', 'data-label': t(L, 'batch.col.row'), text: String(r.row) }),
          h('td', { class: `dt-bcol-label${r.label ? '' : ' dt-muted'}`, 'data-label': t(L, 'batch.col.label') }, h('span', { class: 'dt-blabel', title: label.length > 40 ? label : undefined, text: label })),
          b.withPosts ? h('td', { class: `dt-bcol-post${r.post ? '' : ' dt-muted'}`, 'data-label': t(L, 'batch.col.post'), text: r.post ?? '—' }) : null,
          h(
            'td',
            { class: 'dt-bcol-outcome', 'data-label': t(L, 'batch.col.outcome') },
            h('span', { class: `dt-badge dt-badge-${r.error ? 'error' : r.outcome}`, text: t(L, r.error ? 'batch.rowHasError' : `status.${r.outcome}`) }),
          ),
          h('td', { class: 'dt-bcol-level', 'data-label': t(L, 'batch.col.level'), text: r.level ? v(L, 'education', r.level) : '—' }),
          h('td', { class: 'dt-bcol-note', 'data-label': t(L, 'batch.col.note') }, h('span', { class: 'dt-bnote', text: note })),
          h(
            'td',
            { class: 'dt-bcol-report' },
            h('button', {
              type: 'button',
              id: `dt-batch-view-${r.row}`,
              class: 'dt-btn dt-btn-quiet dt-btn-small',
              'aria-label': t(L, 'batch.viewLabel', { row: r.row, label: label.length > 80 ? `${label.slice(0, 80)}…` : label }),
              'aria-expanded': String(b.detail === r.row),
              'aria-controls': b.detail === r.row ? 'dt-batch-detail' : undefined,
              text: t(L, 'batch.view'),
              onclick: () => this._open(r.row),
            }),
          ),
        ),
      );
    }
    const to = Math.min(rows.length, from + PAGE);
    const info = rows.length ? t(L, 'batch.page', { from: fmtNum(L, from + 1), to: fmtNum(L, to), n: fmtNum(L, rows.length) }) : t(L, 'batch.pageNone');
    const pager = h(
      'nav',
      { class: 'dt-pager', 'aria-label': t(L, 'batch.pager') },
      h('button', {
        type: 'button',
        id: 'dt-batch-prev',
        class: 'dt-btn dt-btn-quiet dt-btn-small',
        disabled: b.page === 0,
        text: `‹ ${t(L, 'batch.prev')}`,
        onclick: () => {
          b.page -= 1;
          this._render();
        },
      }),
      h('p', { class: 'dt-pager-info', id: 'dt-batch-page', text: info }),
      h('button', {
        type: 'button',
        id: 'dt-batch-next',
        class: 'dt-btn dt-btn-quiet dt-btn-small',
        disabled: b.page >= pages - 1,
        text: `${t(L, 'batch.next')} ›`,
        onclick: () => {
          b.page += 1;
          this._render();
        },
      }),
    );
    this._shown = { from: rows.length ? from + 1 : 0, to, n: rows.length };
    return h(
      'div',
      { class: 'dt-batch-tablebox' },
      h(
        'div',
        { class: 'dt-table-scroll' },
        h('table', { class: 'dt-table', id: 'dt-batch-table' }, h('caption', { class: 'dt-visually-hidden', text: `${t(L, 'batch.caption')}（${info}）` }), h('thead', {}, head), body),
      ),
      pager,
    );
  }

  /** After filtering: how many rows are shown, for screen readers. */
  _announceShown() {
    const L = this._lang;
    const shown = this._shown;
    if (!shown || !this._status) return;
    this._status.textContent = shown.n ? t(L, 'batch.page', { from: fmtNum(L, shown.from), to: fmtNum(L, shown.to), n: fmtNum(L, shown.n) }) : t(L, 'batch.pageNone');
  }

  _open(row) {
    const b = this._b;
    b.detail = b.detail === row ? null : row;
    this._render();
    if (b.detail === null) {
      this._byId(`dt-batch-view-${row}`)?.focus();
      return;
    }
    reveal(this._byId('dt-batch-detail-h'));
  }

  /** One applicant's full cited report, evaluated again here from the row as read. */
  _detail(L) {
    const b = this._b;
    const row = b.rows.find((r) => r.row === b.detail);
    if (!row) return null;
    const label = row.label || t(L, 'batch.noLabel');
    const back = h('button', { type: 'button', id: 'dt-batch-back', class: 'dt-btn dt-btn-quiet dt-btn-small', text: t(L, 'batch.back'), onclick: () => this._open(row.row) });
    const sec = h(
      'section',
      { class: 'dt-batch-detail', id: 'dt-batch-detail', 'aria-labelledby': 'dt-batch-detail-h' },
      h('div', { class: 'dt-batch-detail-head' }, h('h4', { id: 'dt-batch-detail-h', class: 'dt-batch-detail-title', tabindex: -1, text: t(L, 'batch.detailTitle', { row: row.row, label }) }), back),
    );
    if (row.error) {
      sec.append(
        h(
          'div',
          { class: 'dt-error' },
          h('p', { class: 'dt-batch-error-head', text: t(L, 'batch.rowError') }),
          h('p', { text: row.error.column ? t(L, 'batch.errorIn', { column: row.error.column, message: words(L, row.error.message) }) : words(L, row.error.message) }),
        ),
      );
      return sec;
    }
    const g = row.graduate ?? {};
    const facts = [];
    const add = (k, val) => facts.push(h('dt', { text: t(L, k) }), h('dd', { text: val }));
    const sep = L === 'en' ? '; ' : '；';
    add('schoolType', v(L, 'schoolType', g.schoolType));
    if (TECHNICAL.has(g.schoolType)) add('classType', g.classType ? v(L, 'classType', g.classType) : t(L, 'notStated'));
    add('studyMode', g.studyMode ? v(L, 'studyMode', g.studyMode) : t(L, 'notStated'));
    add('graduationDate', g.graduationDate ? fmtDate(L, g.graduationDate) : t(L, 'stillStudent'));
    add('certificates', g.certificates?.length ? g.certificates.map((c) => v(L, 'certLevel', c.level) + (c.field ? `（${v(L, 'certField', c.field)}）` : '')).join(sep) : t(L, 'none'));
    add(
      'awards',
      g.awards?.length
        ? g.awards
            .map((a) =>
              [v(L, 'competition', a.competition), a.rank ? `${t(L, 'rank')} ${a.rank}` : '', a.medal ? v(L, 'medal', a.medal) : '', a.prize ? v(L, 'prize', a.prize) : '', a.teamSize ? v(L, 'teamSize', a.teamSize) : '']
                .filter(Boolean)
                .join(' · '),
            )
            .join(sep)
        : t(L, 'none'),
    );
    add('honours', g.honours?.length ? g.honours.map((x) => v(L, 'honour', x)).join(sep) : t(L, 'none'));
    sec.append(h('div', { class: 'dt-batch-asread' }, h('p', { class: 'dt-list-label', text: t(L, 'batch.asRead') }), h('dl', {}, facts)));
    if (row.notes?.length) sec.append(this._view.list(L, 'batch.readingNotes', row.notes.map((n) => words(L, n)), 'dt-caveats'));
    if (!this.engine) {
      sec.append(h('p', { class: 'dt-status', text: t(L, this.loadError ? 'loadFailed' : 'loading') }));
      return sec;
    }
    const r = b.result;
    let report;
    try {
      // Against the applicant's own post when the workbook gave one (its 岗位表).
      const own = row.post ? r.posts?.find((p) => p.code === row.post)?.post : null;
      report = this.engine.evaluate({ asOf: r.asOf, jurisdiction: r.jurisdiction, lang: L, graduate: g, post: own ?? r.post });
    } catch (err) {
      sec.append(h('div', { class: 'dt-error' }, h('p', { text: err?.message ?? String(err) })));
      return sec;
    }
    const when = reportFacts(report);
    sec.append(h('p', { class: 'dt-resultsfor' }, t(L, 'resultsFor', { date: fmtDate(L, when.asOf), jur: v(L, 'jurisdiction', when.jurisdiction) })), ...this._view.sections(L, report, 'recruiter'));
    return sec;
  }

  _export() {
    const b = this._b;
    const L = this._lang;
    if (!b.csv || !b.result) return;
    const name = `${t(L, 'batch.exportName')}-${b.result.asOf}.csv`;
    const url = URL.createObjectURL(b.csv);
    const a = h('a', { href: url, download: name, hidden: true });
    this.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this._status.textContent = t(L, 'batch.exported', { name });
  }

  /** The same run as a results workbook, built in the Worker. */
  _exportXlsx() {
    const b = this._b;
    if (!b.csv || !b.result || !b.run || b.exporting) return;
    const w = this._worker();
    if (!w) return;
    b.xid = (b.xid ?? 0) + 1;
    b.exporting = true;
    this._status.textContent = t(this._lang, 'batch.exporting');
    this._render();
    w.postMessage({ type: 'xlsx', id: b.xid, ...b.run });
  }

  _xlsxDone(msg) {
    const b = this._b;
    const L = this._lang;
    if (msg.id !== b.xid || !b.exporting) return;
    b.exporting = false;
    if (msg.type === 'error') {
      this._status.textContent = this._errorText(L, msg.error ?? { code: 'internal' }).join(' ');
      this._render();
      return;
    }
    const name = `${t(L, 'batch.exportName')}-${b.result.asOf}.xlsx`;
    const url = URL.createObjectURL(msg.xlsx);
    const a = h('a', { href: url, download: name, hidden: true });
    this.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this._status.textContent = t(L, 'batch.exported', { name });
    this._render();
  }

  /** The print-only header: file, post, date, counts, rows shown. */
  _printStatement() {
    const b = this._b;
    const L = this._lang;
    this._view.fillAll();
    if (!this._statement || !b.result) return;
    const r = b.result;
    const rows = [];
    const add = (k, val) => rows.push(h('dt', { text: t(L, k) }), h('dd', { text: val }));
    const sm = r.summary;
    add('batch.statementFile', t(L, 'batch.file', { name: b.name, size: fmtBytes(L, b.size) }));
    add('statementAsOf', fmtDate(L, r.asOf));
    add('statementJur', v(L, 'jurisdiction', r.jurisdiction));
    add('employer', v(L, 'employer', r.post.employer));
    add('postType', v(L, 'postType', r.post.postType));
    add('requiredEducation', r.post.requiredEducation ? v(L, 'education', r.post.requiredEducation) : t(L, 'noRequirement'));
    add('skillLevelRequired', t(L, `bool.${!!r.post.skillLevelRequired}`));
    add('batch.statementCounts', t(L, 'batch.done', { rows: fmtNum(L, sm.rows), eligible: fmtNum(L, sm.eligible), ineligible: fmtNum(L, sm.ineligible), undetermined: fmtNum(L, sm.undetermined), errors: fmtNum(L, sm.errors) }));
    const shown = this._shown ?? { from: 0, to: 0, n: 0 };
    add('batch.statementShown', `${t(L, 'batch.page', { from: fmtNum(L, shown.from), to: fmtNum(L, shown.to), n: fmtNum(L, shown.n) })}（${t(L, `batch.count.${b.filter}`)}）`);
    add('statementRules', r.rulesVersion ?? '');
    add('statementPrinted', fmtDateTime(L, new Date()));
    this._statement.replaceChildren(h('p', { class: 'dt-statement-title', text: t(L, 'batch.statementTitle') }), h('dl', { class: 'dt-statement-inputs' }, rows));
  }
}

if (!customElements.get('dengtong-batch')) customElements.define('dengtong-batch', DengtongBatch);
