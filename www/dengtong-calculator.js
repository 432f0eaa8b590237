// <dengtong-calculator>: the embeddable calculator.
//
//   <script type="module" src="/dengtong/dengtong-calculator.js"></script>
//   <dengtong-calculator lang="zh-CN" jurisdiction="CN-YN" mode="graduate"></dengtong-calculator>
//
// Attributes: lang (zh-CN | en), jurisdiction (CN | CN-YN), mode (graduate |
// recruiter | teacher), share ("off" keeps the page URL untouched).
//
// Invariants:
// - Loads only from its own origin: ./pkg/dengtong.js and ./dengtong-calculator.css
//   next to this file (new URL(…, import.meta.url)); the recruiter's batch view
//   also ./batch-worker.js (a Worker, with ./pkg/dengtong_batch.js) and offers
//   ./templates/*.csv. No network request carries anything the user typed or
//   any file they chose; the answer is computed in the browser.
// - Text goes into the DOM through textContent only; styles only through
//   classes and the stylesheet (works under a CSP without 'unsafe-inline').
// - Every decision shown carries its citations (document, 文号, article, quote).

import { t, v, values, fieldKey, fieldLabel, LANGS } from './i18n.js';

const mark = (name) => {
  try {
    performance.mark(`dengtong:${name}`);
  } catch {
    /* marks are optional */
  }
};
mark('module');

const PKG_URL = new URL('./pkg/dengtong.js', import.meta.url).href;
const WASM_URL = new URL('./pkg/dengtong_bg.wasm', import.meta.url).href;
const CSS_URL = new URL('./dengtong-calculator.css', import.meta.url).href;
// Batch checks (recruiter mode, "a spreadsheet"): a Worker with its own,
// larger WebAssembly module, loaded only when that view opens.
const BATCH_WORKER_URL = new URL('./batch-worker.js', import.meta.url).href;
const TEMPLATE_URLS = {
  'zh-CN': new URL('./templates/applicants-template.zh-CN.csv', import.meta.url).href,
  en: new URL('./templates/applicants-template.en.csv', import.meta.url).href,
};
const RECRUITER_VIEWS = ['single', 'batch'];

const MODES = ['graduate', 'recruiter', 'teacher'];
const JURISDICTIONS = ['CN', 'CN-YN'];
const TECHNICAL = new Set(['technicalSchool', 'seniorTechnicalSchool', 'technicianCollege']);
const LADDERS = {
  theory: ['assistantLecturer', 'lecturer', 'seniorLecturer', 'professorLecturer'],
  practical: ['grade3Instructor', 'grade2Instructor', 'grade1Instructor', 'seniorInstructor', 'professorInstructor'],
};
const HASH_KEY = 'dt';

// ---------------------------------------------------------------- engine

let enginePromise = null;

/** Loads pkg/ once per page: the wasm module, its rule registry and version. */
function loadEngine() {
  enginePromise ??= (async () => {
    // Fetch the wasm while the glue module loads (the glue would only start
    // after it has been fetched and run).
    const wasm = fetch(WASM_URL);
    wasm.catch(() => {});
    const m = await import(PKG_URL);
    mark('glue');
    await m.default({ module_or_path: wasm });
    mark('wasm');
    let registry = { documents: [], rules: [] };
    let version = {};
    try {
      registry = asObject(m.rules());
    } catch {
      /* registry is optional: glosses and superseding documents need it */
    }
    try {
      version = asObject(m.version());
    } catch {
      /* shown in the statement when available */
    }
    mark('registry');
    const docs = new Map((registry.documents ?? []).map((d) => [d.id, d]));
    const rules = new Map((registry.rules ?? []).map((r) => [r.id, r]));
    return {
      evaluate: (req) => asObject(m.evaluate(req)),
      docs,
      rules,
      version,
    };
  })();
  return enginePromise;
}

function asObject(x) {
  return typeof x === 'string' ? JSON.parse(x) : x;
}

// ---------------------------------------------------------------- helpers

/** Creates an element. Children: nodes or strings (set as text, never HTML). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, val] of Object.entries(attrs)) {
      if (val === undefined || val === null || val === false) continue;
      if (k === 'class') el.className = val;
      else if (k === 'text') el.textContent = val;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), val);
      else if (k === 'checked' || k === 'disabled' || k === 'value' || k === 'selected' || k === 'open') el[k] = val;
      else el.setAttribute(k, val === true ? '' : String(val));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function isDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date for people: 2021年8月12日 / 12 Aug 2021. */
function fmtDate(lang, iso) {
  if (!isDate(iso)) return String(iso ?? '');
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

function dateEl(lang, iso) {
  return h('time', { datetime: iso, text: fmtDate(lang, iso) });
}

function fmtDateTime(lang, d) {
  const p = (n) => String(n).padStart(2, '0');
  const iso = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return `${fmtDate(lang, iso)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function fmtNum(lang, n) {
  return Number(n).toLocaleString(lang === 'en' ? 'en' : 'zh-CN');
}

/** 12.3 MB / 512 KB / 900 B. */
function fmtBytes(lang, n) {
  const units = [['MB', 1024 * 1024], ['KB', 1024]];
  for (const [unit, size] of units) {
    if (n >= size) return `${(n / size).toLocaleString(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 })} ${unit}`;
  }
  return `${n} B`;
}

function defaultGraduation() {
  const d = new Date();
  const y = d.getMonth() >= 6 ? d.getFullYear() : d.getFullYear() - 1;
  return `${y}-07-01`;
}

function defaultState() {
  return {
    mode: 'graduate',
    /** Recruiter mode: one applicant, or a spreadsheet of them. */
    recruiterView: 'single',
    lang: 'zh-CN',
    jurisdiction: 'CN',
    asOf: '',
    graduate: {
      schoolType: 'technicianCollege',
      classType: 'senior',
      studyMode: 'fullTime',
      student: false,
      graduationDate: defaultGraduation(),
      certificates: [],
      awards: [],
      honours: [],
    },
    post: { employer: 'publicInstitution', postType: 'professional', requiredEducation: 'associate', skillLevelRequired: false },
    teacher: {
      track: 'practical',
      currentTitle: '',
      currentTitleSince: '',
      teachingSince: '',
      probationCompleted: '',
      education: '',
    },
  };
}

// ---------------------------------------------------------------- share link (URL fragment)

/** State → fragment parameters (all ASCII; lists repeat a key, parts joined by "."). */
function encodeState(s) {
  const p = new URLSearchParams();
  p.set(HASH_KEY, '1');
  p.set('mode', s.mode);
  p.set('lang', s.lang);
  p.set('jur', s.jurisdiction);
  p.set('asOf', s.asOf || todayIso());
  const g = s.graduate;
  p.set('school', g.schoolType);
  if (g.classType && TECHNICAL.has(g.schoolType)) p.set('class', g.classType);
  if (g.studyMode) p.set('study', g.studyMode);
  p.set('grad', g.student ? 'student' : g.graduationDate || '');
  for (const c of g.certificates) p.append('cert', [c.level, c.field || ''].join('.'));
  for (const a of g.awards) p.append('award', [a.competition, a.rank || '', a.medal || '', a.prize || '', a.teamSize || ''].join('.'));
  for (const x of g.honours) p.append('honour', x);
  if (s.mode === 'recruiter') {
    if (s.recruiterView === 'batch') p.set('view', 'batch');
    p.set('employer', s.post.employer);
    p.set('post', s.post.postType);
    p.set('req', s.post.requiredEducation || 'none');
    p.set('skill', s.post.skillLevelRequired ? '1' : '0');
  }
  if (s.mode === 'teacher') {
    const tt = s.teacher;
    p.set('track', tt.track);
    if (tt.currentTitle) p.set('title', tt.currentTitle);
    if (tt.currentTitleSince) p.set('titleSince', tt.currentTitleSince);
    if (tt.teachingSince) p.set('teaching', tt.teachingSince);
    if (tt.probationCompleted) p.set('probation', tt.probationCompleted);
    if (tt.education) p.set('edu', tt.education);
  }
  return p.toString();
}

/** Fragment → state (unknown values are dropped; the defaults stand). */
function decodeState(hash, base) {
  const raw = String(hash || '').replace(/^#/, '');
  const p = new URLSearchParams(raw);
  if (p.get(HASH_KEY) !== '1') return null;
  const s = structuredClone(base);
  const pick = (key, allowed, set) => {
    const val = p.get(key);
    if (val !== null && allowed.includes(val)) set(val);
  };
  pick('mode', MODES, (x) => (s.mode = x));
  s.recruiterView = 'single';
  pick('view', RECRUITER_VIEWS, (x) => (s.recruiterView = x));
  pick('lang', LANGS, (x) => (s.lang = x));
  pick('jur', JURISDICTIONS, (x) => (s.jurisdiction = x));
  if (isDate(p.get('asOf'))) s.asOf = p.get('asOf');
  const g = s.graduate;
  pick('school', values('schoolType'), (x) => (g.schoolType = x));
  g.classType = '';
  pick('class', values('classType'), (x) => (g.classType = x));
  g.studyMode = '';
  pick('study', values('studyMode'), (x) => (g.studyMode = x));
  const grad = p.get('grad');
  g.student = grad === 'student';
  g.graduationDate = isDate(grad) ? grad : '';
  g.certificates = p
    .getAll('cert')
    .map((x) => x.split(/[.~]/))
    .filter(([level]) => values('certLevel').includes(level))
    .map(([level, field]) => ({ level, field: values('certField').includes(field) ? field : '' }));
  g.awards = p
    .getAll('award')
    .map((x) => x.split(/[.~]/))
    .filter(([c]) => values('competition').includes(c))
    .map(([competition, rank, medal, prize, team]) => ({
      competition,
      rank: /^[1-9]\d{0,3}$/.test(rank) ? rank : '',
      medal: values('medal').includes(medal) ? medal : '',
      prize: ['1', '2', '3'].includes(prize) ? prize : '',
      teamSize: ['1', '2', '3'].includes(team) ? team : '',
    }));
  g.honours = [...new Set(p.getAll('honour').filter((x) => values('honour').includes(x)))];
  pick('employer', values('employer'), (x) => (s.post.employer = x));
  pick('post', values('postType'), (x) => (s.post.postType = x));
  const req = p.get('req');
  if (req === 'none') s.post.requiredEducation = '';
  else pick('req', values('education'), (x) => (s.post.requiredEducation = x));
  if (p.has('skill')) s.post.skillLevelRequired = p.get('skill') === '1';
  const tt = s.teacher;
  pick('track', values('track'), (x) => (tt.track = x));
  pick('title', LADDERS[tt.track], (x) => (tt.currentTitle = x));
  if (isDate(p.get('titleSince'))) tt.currentTitleSince = p.get('titleSince');
  if (isDate(p.get('teaching'))) tt.teachingSince = p.get('teaching');
  pick('probation', ['yes', 'no'], (x) => (tt.probationCompleted = x));
  pick('edu', values('education'), (x) => (tt.education = x));
  return s;
}

/** Reasons with the same text become one, with all their citations. */
function groupReasons(reasons) {
  const out = [];
  const byText = new Map();
  for (const r of reasons ?? []) {
    const seen = byText.get(r.text);
    if (seen) seen.citations.push(...(r.citations ?? []));
    else {
      const item = { text: r.text, citations: [...(r.citations ?? [])] };
      byText.set(r.text, item);
      out.push(item);
    }
  }
  return out;
}

// ---------------------------------------------------------------- request

function buildRequest(s, asOf) {
  const g = s.graduate;
  const graduate = { schoolType: g.schoolType };
  if (TECHNICAL.has(g.schoolType) && g.classType) graduate.classType = g.classType;
  if (g.studyMode) graduate.studyMode = g.studyMode;
  graduate.graduationDate = !g.student && isDate(g.graduationDate) ? g.graduationDate : null;
  graduate.certificates = g.certificates.map((c) => (c.field ? { level: c.level, field: c.field } : { level: c.level }));
  graduate.awards = g.awards.map((a) => {
    const out = { competition: a.competition };
    const rank = parseInt(a.rank, 10);
    if (rank >= 1) out.rank = rank;
    if (a.medal) out.medal = a.medal;
    if (a.prize) out.prize = Number(a.prize);
    if (a.teamSize) out.teamSize = Number(a.teamSize);
    return out;
  });
  graduate.honours = [...g.honours];
  const req = { asOf, jurisdiction: s.jurisdiction, lang: s.lang, graduate };
  if (s.mode === 'recruiter') {
    req.post = { employer: s.post.employer, postType: s.post.postType, skillLevelRequired: !!s.post.skillLevelRequired };
    if (s.post.requiredEducation) req.post.requiredEducation = s.post.requiredEducation;
  }
  if (s.mode === 'teacher') {
    const tt = s.teacher;
    const teacher = { track: tt.track };
    if (tt.currentTitle && LADDERS[tt.track].includes(tt.currentTitle)) teacher.currentTitle = tt.currentTitle;
    if (isDate(tt.currentTitleSince)) teacher.currentTitleSince = tt.currentTitleSince;
    if (isDate(tt.teachingSince)) teacher.teachingSince = tt.teachingSince;
    if (tt.probationCompleted) teacher.probationCompleted = tt.probationCompleted === 'yes';
    if (tt.education) teacher.education = tt.education;
    req.teacher = teacher;
  }
  return req;
}

// Which control to focus for a request field path (missing facts, errors).
const FIELD_CONTROL = {
  'graduate.schoolType': 'dt-school',
  'graduate.classType': 'dt-class',
  'graduate.studyMode': 'dt-study',
  'graduate.graduationDate': 'dt-grad-date',
  'graduate.certificates': 'dt-add-cert',
  'graduate.awards': 'dt-add-award',
  'graduate.honours': 'dt-honours',
  'post.employer': 'dt-employer',
  'post.postType': 'dt-posttype',
  'post.requiredEducation': 'dt-reqedu',
  'post.skillLevelRequired': 'dt-skillreq',
  'teacher.track': 'dt-track',
  'teacher.currentTitle': 'dt-title',
  'teacher.currentTitleSince': 'dt-title-since',
  'teacher.teachingSince': 'dt-teaching-since',
  'teacher.probationCompleted': 'dt-probation',
  'teacher.education': 'dt-education',
  asOf: 'dt-asof',
  jurisdiction: 'dt-jur',
};

// ---------------------------------------------------------------- the element

class DengtongCalculator extends HTMLElement {
  static observedAttributes = ['lang', 'jurisdiction', 'mode'];

  constructor() {
    super();
    this._state = defaultState();
    this._engine = null;
    this._report = null;
    this._openDetails = new Set();
    this._pendingBodies = new Set();
    this._fillGen = 0;
    this._built = false;
    const root = this.attachShadow({ mode: 'open' });
    const link = h('link', { rel: 'stylesheet', href: CSS_URL });
    this._wrap = h('div', { class: 'dt', hidden: true });
    const show = () => this._wrap.removeAttribute('hidden');
    link.addEventListener('load', show, { once: true });
    link.addEventListener('error', show, { once: true });
    root.append(link, this._wrap);
  }

  connectedCallback() {
    if (this._built) return;
    this._built = true;
    const s = this._state;
    this._applyAttributes(s);
    this._shareOn = this.getAttribute('share') !== 'off';
    if (this._shareOn) {
      const fromHash = decodeState(location.hash, s);
      if (fromHash) {
        this._state = fromHash;
        this._touched = true;
      }
      this._onHash = () => {
        const next = decodeState(location.hash, this._state);
        if (next && location.hash.slice(1) !== this._lastHash) {
          this._state = next;
          this._reflect();
          this._build();
        }
      };
      window.addEventListener('hashchange', this._onHash);
    }
    this._onBeforePrint = () => this._prepareForPrint();
    this._onAfterPrint = () => this._restoreAfterPrint();
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
    this._printQuery = window.matchMedia('print');
    this._onPrintMedia = (e) => {
      if (e.matches) this._fillAll();
    };
    this._printQuery.addEventListener('change', this._onPrintMedia);
    this._reflect();
    this._build();
    mark('form');
    loadEngine().then(
      (engine) => {
        this._engine = engine;
        this._answer();
      },
      (err) => {
        this._loadError = err;
        this._renderLoadError();
      },
    );
  }

  disconnectedCallback() {
    this._batchStop();
    if (this._onHash) window.removeEventListener('hashchange', this._onHash);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._printQuery?.removeEventListener('change', this._onPrintMedia);
    this._built = false;
  }

  attributeChangedCallback(name, _old, val) {
    if (!this._built || this._reflecting) return;
    const s = this._state;
    const before = `${s.lang}|${s.jurisdiction}|${s.mode}`;
    this._applyAttributes(s);
    if (`${s.lang}|${s.jurisdiction}|${s.mode}` !== before) this._build();
  }

  _applyAttributes(s) {
    const lang = this.getAttribute('lang');
    if (lang) s.lang = lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
    const jur = this.getAttribute('jurisdiction');
    if (JURISDICTIONS.includes(jur)) s.jurisdiction = jur;
    const mode = this.getAttribute('mode');
    if (MODES.includes(mode)) s.mode = mode;
  }

  /** Mirrors lang/jurisdiction/mode to the host's attributes. */
  _reflect() {
    this._reflecting = true;
    const s = this._state;
    if (this.getAttribute('lang') !== s.lang) this.setAttribute('lang', s.lang);
    if (this.getAttribute('jurisdiction') !== s.jurisdiction) this.setAttribute('jurisdiction', s.jurisdiction);
    if (this.getAttribute('mode') !== s.mode) this.setAttribute('mode', s.mode);
    this._reflecting = false;
  }

  get _asOf() {
    return isDate(this._state.asOf) ? this._state.asOf : todayIso();
  }

  // ------------------------------------------------------------ build (form + frame)

  /** Rebuilds everything (language, mode or list changes), keeping focus. */
  _build(focusId) {
    const root = this.shadowRoot;
    const active = focusId ?? root.activeElement?.id;
    const s = this._state;
    const L = s.lang;
    const tr = (k, vars) => t(L, k, vars);
    this._wrap.setAttribute('lang', L);
    this._wrap.replaceChildren();

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
        onclick: () => this._set((st) => (st.lang = st.lang === 'en' ? 'zh-CN' : 'en'), true),
      }),
    );

    const form = h('form', { class: 'dt-form', novalidate: true, 'aria-labelledby': 'dt-title-h', onsubmit: (e) => e.preventDefault() });
    const batch = this._isBatch();
    form.append(
      this._modeSwitch(L),
      s.mode === 'recruiter' ? this._viewSwitch(L) : null,
      h('button', {
        type: 'button',
        id: 'dt-jump',
        class: 'dt-btn dt-btn-link dt-jump',
        text: t(L, 'jumpToResults'),
        onclick: () => {
          const target = this.shadowRoot.getElementById('dt-results-h');
          target?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
          target?.focus({ preventScroll: true });
        },
      }),
      this._settings(L),
    );
    if (batch) form.append(this._postFields(L), this._batchFileFields(L));
    else if (s.mode === 'recruiter') form.append(this._postFields(L), this._graduateFields(L, 'applicantLegend'));
    else if (s.mode === 'teacher') form.append(this._teacherFields(L), this._graduateFields(L, 'teacherOwnLegend'));
    else form.append(this._graduateFields(L, 'graduateLegend'));
    form.append(h('p', { class: 'dt-privacy', text: tr(batch ? 'batch.privacy' : 'privacy') }));

    this._status = h('p', { class: 'dt-status dt-visually-hidden', role: 'status', 'aria-live': 'polite', id: 'dt-status' });
    this._results = h('div', { class: 'dt-results-body' });
    this._statement = h('div', { class: 'dt-statement' });
    this._shareOut = h('div', { class: 'dt-share-out' });
    const actions = h(
      'div',
      { class: 'dt-actions', role: 'group', 'aria-label': tr('actions') },
      h('button', { type: 'button', id: 'dt-copy', class: 'dt-btn dt-btn-quiet dt-btn-small', text: tr('copyLink'), onclick: () => this._copyLink() }),
      h('button', { type: 'button', id: 'dt-print', class: 'dt-btn dt-btn-quiet dt-btn-small', text: tr('print'), onclick: () => window.print() }),
    );
    const results = h(
      'section',
      { class: 'dt-results', 'aria-labelledby': 'dt-results-h' },
      h('div', { class: 'dt-results-head' }, h('h3', { id: 'dt-results-h', class: 'dt-results-title', tabindex: -1, text: tr('results') }), actions),
      this._shareOut,
      this._status,
      this._statement,
      this._results,
      h('p', { class: 'dt-disclaimer', text: tr('disclaimer') }),
    );
    this._wrap.classList.toggle('dt-batchview', batch);
    this._wrap.append(head, h('div', { class: 'dt-body' }, form, batch ? this._batchSection(L) : results));

    if (batch) {
      this._writeHash();
      this._batchRender();
    } else if (this._engine) this._answer();
    else if (this._loadError) this._renderLoadError();
    else this._status.textContent = tr('loading');

    if (active) root.getElementById(active)?.focus();
  }

  /** Updates state; rebuild = true re-creates the form (new controls or language). */
  _set(fn, rebuild = false, focusId) {
    fn(this._state);
    this._touched = true;
    if (rebuild) {
      this._reflect();
      this._build(focusId);
    } else {
      this._reflect();
      this._answer();
    }
  }

  _modeSwitch(L) {
    const s = this._state;
    const fs = h('fieldset', { class: 'dt-modes' }, h('legend', { class: 'dt-legend', text: t(L, 'modeLegend') }));
    const seg = h('div', { class: 'dt-seg' });
    for (const m of MODES) {
      const id = `dt-mode-${m}`;
      seg.append(
        h('input', {
          type: 'radio',
          name: 'dt-mode',
          id,
          value: m,
          checked: s.mode === m,
          class: 'dt-seg-input',
          onchange: () => this._set((st) => (st.mode = m), true, id),
        }),
        h('label', { for: id, class: 'dt-seg-label', text: t(L, `mode.${m}`) }),
      );
    }
    fs.append(seg, h('p', { class: 'dt-hint', text: t(L, `modeHint.${s.mode}`) }));
    return fs;
  }

  _settings(L) {
    const s = this._state;
    const fs = h('fieldset', { class: 'dt-fieldset dt-settings' }, h('legend', { class: 'dt-legend', text: t(L, 'settings') }));
    const asOf = h('input', {
      type: 'date',
      id: 'dt-asof',
      value: this._asOf,
      'aria-describedby': 'dt-asof-hint',
      required: true,
      oninput: (e) => {
        if (isDate(e.target.value)) this._set((st) => (st.asOf = e.target.value));
      },
      onchange: (e) => {
        if (!e.target.value) {
          e.target.value = todayIso();
          this._set((st) => (st.asOf = ''));
        }
      },
    });
    const todayBtn = h('button', {
      type: 'button',
      id: 'dt-today',
      class: 'dt-btn dt-btn-quiet dt-btn-small',
      text: t(L, 'today'),
      onclick: () => {
        asOf.value = todayIso();
        this._set((st) => (st.asOf = ''));
      },
    });
    fs.append(
      h(
        'div',
        { class: 'dt-field' },
        h('label', { for: 'dt-asof', text: t(L, 'asOf') }),
        h('div', { class: 'dt-inline' }, asOf, todayBtn),
        h('p', { class: 'dt-hint', id: 'dt-asof-hint', text: t(L, 'asOfHint') }),
      ),
      this._select(L, 'dt-jur', 'jurisdiction', JURISDICTIONS.map((j) => [j, t(L, `jurisdiction.${j}`)]), s.jurisdiction, (val) =>
        this._set((st) => (st.jurisdiction = val)),
      ),
    );
    return fs;
  }

  _select(L, id, labelKey, options, value, onChange, extra = {}) {
    const sel = h(
      'select',
      { id, disabled: extra.disabled, 'aria-describedby': extra.hint ? `${id}-hint` : undefined, onchange: (e) => onChange(e.target.value) },
      options.map(([val, label]) => h('option', { value: val, selected: val === value, text: label })),
    );
    sel.value = value;
    return h(
      'div',
      { class: `dt-field ${extra.class ?? ''}` },
      h('label', { for: id, text: extra.label ?? t(L, labelKey) }),
      sel,
      extra.hint ? h('p', { class: 'dt-hint', id: `${id}-hint`, text: extra.hint }) : null,
    );
  }

  _dateField(L, id, labelKey, value, onChange, extra = {}) {
    return h(
      'div',
      { class: 'dt-field' },
      h('label', { for: id, text: t(L, labelKey) }),
      h('input', {
        type: 'date',
        id,
        value: value || '',
        disabled: extra.disabled,
        oninput: (e) => onChange(isDate(e.target.value) ? e.target.value : ''),
      }),
    );
  }

  _check(L, id, label, checked, onChange) {
    return h(
      'div',
      { class: 'dt-check' },
      h('input', { type: 'checkbox', id, checked, onchange: (e) => onChange(e.target.checked) }),
      h('label', { for: id, text: label }),
    );
  }

  _graduateFields(L, legendKey) {
    const g = this._state.graduate;
    const tr = (k, vars) => t(L, k, vars);
    const fs = h('fieldset', { class: 'dt-fieldset' }, h('legend', { class: 'dt-legend', text: tr(legendKey) }));
    const technical = TECHNICAL.has(g.schoolType);
    const grid = h('div', { class: 'dt-grid' });
    grid.append(
      this._select(L, 'dt-school', 'schoolType', values('schoolType').map((x) => [x, v(L, 'schoolType', x)]), g.schoolType, (val) =>
        this._set((st) => {
          st.graduate.schoolType = val;
          if (!TECHNICAL.has(val)) st.graduate.classType = '';
          else if (!st.graduate.classType) st.graduate.classType = 'senior';
        }, true),
      ),
      this._select(
        L,
        'dt-class',
        'classType',
        [['', tr('notStated')], ...values('classType').map((x) => [x, v(L, 'classType', x)])],
        technical ? g.classType : '',
        (val) => this._set((st) => (st.graduate.classType = val)),
        { disabled: !technical, hint: technical ? undefined : tr('classTypeNA') },
      ),
      this._select(
        L,
        'dt-study',
        'studyMode',
        [['', tr('notStated')], ...values('studyMode').map((x) => [x, v(L, 'studyMode', x)])],
        g.studyMode,
        (val) => this._set((st) => (st.graduate.studyMode = val)),
      ),
      h(
        'div',
        { class: 'dt-field' },
        h('label', { for: 'dt-grad-date', text: tr('graduationDate') }),
        h('input', {
          type: 'date',
          id: 'dt-grad-date',
          value: g.student ? '' : g.graduationDate,
          disabled: g.student,
          oninput: (e) => this._set((st) => (st.graduate.graduationDate = isDate(e.target.value) ? e.target.value : '')),
        }),
        this._check(L, 'dt-student', tr('stillStudent'), g.student, (on) =>
          this._set((st) => {
            st.graduate.student = on;
            if (!on && !st.graduate.graduationDate) st.graduate.graduationDate = defaultGraduation();
          }, true),
        ),
      ),
    );
    fs.append(grid, this._certificates(L), this._awards(L), this._honours(L));
    return fs;
  }

  _certificates(L) {
    const g = this._state.graduate;
    const tr = (k, vars) => t(L, k, vars);
    const box = h('fieldset', { class: 'dt-sub-fieldset' }, h('legend', { class: 'dt-sublegend', text: tr('certificates') }));
    if (!g.certificates.length) box.append(h('p', { class: 'dt-empty', text: tr('certificatesNone') }));
    const list = h('ol', { class: 'dt-rows' });
    g.certificates.forEach((c, i) => {
      const n = i + 1;
      list.append(
        h(
          'li',
          { class: 'dt-row', 'aria-label': `${tr('certificate')} ${n}` },
          this._select(L, `dt-cert-${i}-level`, 'certLevel', values('certLevel').map((x) => [x, v(L, 'certLevel', x)]), c.level, (val) =>
            this._set((st) => (st.graduate.certificates[i].level = val)),
          ),
          this._select(
            L,
            `dt-cert-${i}-field`,
            'certField',
            [['', tr('notStated')], ...values('certField').map((x) => [x, v(L, 'certField', x)])],
            c.field,
            (val) => this._set((st) => (st.graduate.certificates[i].field = val)),
          ),
          h('button', {
            type: 'button',
            class: 'dt-btn dt-btn-quiet dt-btn-small dt-remove',
            id: `dt-cert-${i}-remove`,
            'aria-label': tr('removeCertificate', { n }),
            text: tr('remove'),
            onclick: () => this._set((st) => st.graduate.certificates.splice(i, 1), true, 'dt-add-cert'),
          }),
        ),
      );
    });
    if (g.certificates.length) box.append(list);
    box.append(
      h('button', {
        type: 'button',
        id: 'dt-add-cert',
        class: 'dt-btn dt-btn-quiet dt-add',
        text: `＋ ${tr('addCertificate')}`,
        onclick: () => {
          const i = this._state.graduate.certificates.length;
          this._set((st) => st.graduate.certificates.push({ level: 'senior', field: '' }), true, `dt-cert-${i}-level`);
        },
      }),
    );
    return box;
  }

  _awards(L) {
    const g = this._state.graduate;
    const tr = (k, vars) => t(L, k, vars);
    const box = h('fieldset', { class: 'dt-sub-fieldset' }, h('legend', { class: 'dt-sublegend', text: tr('awards') }));
    if (!g.awards.length) box.append(h('p', { class: 'dt-empty', text: tr('awardsNone') }));
    const list = h('ol', { class: 'dt-rows' });
    g.awards.forEach((a, i) => {
      const n = i + 1;
      const upd = (fn) => this._set((st) => fn(st.graduate.awards[i]));
      list.append(
        h(
          'li',
          { class: 'dt-row dt-row-award', 'aria-label': `${tr('award')} ${n}` },
          this._select(L, `dt-award-${i}-comp`, 'competition', values('competition').map((x) => [x, v(L, 'competition', x)]), a.competition, (val) =>
            upd((x) => (x.competition = val)),
            { class: 'dt-wide' },
          ),
          h(
            'div',
            { class: 'dt-field dt-narrow' },
            h('label', { for: `dt-award-${i}-rank`, text: tr('rank') }),
            h('input', {
              type: 'number',
              id: `dt-award-${i}-rank`,
              min: 1,
              max: 9999,
              step: 1,
              inputmode: 'numeric',
              value: a.rank,
              'aria-describedby': `dt-award-${i}-rank-hint`,
              oninput: (e) => upd((x) => (x.rank = /^[1-9]\d{0,3}$/.test(e.target.value) ? e.target.value : '')),
            }),
            h('p', { class: 'dt-hint', id: `dt-award-${i}-rank-hint`, text: tr('rankHint') }),
          ),
          this._select(L, `dt-award-${i}-medal`, 'medal', [['', tr('none')], ...values('medal').map((x) => [x, v(L, 'medal', x)])], a.medal, (val) =>
            upd((x) => (x.medal = val)),
          ),
          this._select(L, `dt-award-${i}-prize`, 'prize', [['', tr('none')], ...values('prize').map((x) => [x, v(L, 'prize', x)])], a.prize, (val) =>
            upd((x) => (x.prize = val)),
          ),
          this._select(
            L,
            `dt-award-${i}-team`,
            'teamSize',
            [['', tr('notStated')], ...values('teamSize').map((x) => [x, v(L, 'teamSize', x)])],
            a.teamSize,
            (val) => upd((x) => (x.teamSize = val)),
          ),
          h('button', {
            type: 'button',
            class: 'dt-btn dt-btn-quiet dt-btn-small dt-remove',
            id: `dt-award-${i}-remove`,
            'aria-label': tr('removeAward', { n }),
            text: tr('remove'),
            onclick: () => this._set((st) => st.graduate.awards.splice(i, 1), true, 'dt-add-award'),
          }),
        ),
      );
    });
    if (g.awards.length) box.append(list);
    box.append(
      h('button', {
        type: 'button',
        id: 'dt-add-award',
        class: 'dt-btn dt-btn-quiet dt-add',
        text: `＋ ${tr('addAward')}`,
        onclick: () => {
          const i = this._state.graduate.awards.length;
          this._set(
            (st) => st.graduate.awards.push({ competition: 'provincialClass1', rank: '', medal: '', prize: '', teamSize: '1' }),
            true,
            `dt-award-${i}-comp`,
          );
        },
      }),
    );
    return box;
  }

  _honours(L) {
    const g = this._state.graduate;
    const box = h('fieldset', { class: 'dt-sub-fieldset', id: 'dt-honours', tabindex: -1 }, h('legend', { class: 'dt-sublegend', text: t(L, 'honours') }));
    const list = h('div', { class: 'dt-checks' });
    for (const x of values('honour')) {
      list.append(
        this._check(L, `dt-honour-${x}`, v(L, 'honour', x), g.honours.includes(x), (on) =>
          this._set((st) => {
            const set = new Set(st.graduate.honours);
            if (on) set.add(x);
            else set.delete(x);
            st.graduate.honours = values('honour').filter((y) => set.has(y));
          }),
        ),
      );
    }
    box.append(list);
    return box;
  }

  _postFields(L) {
    const p = this._state.post;
    const tr = (k) => t(L, k);
    const fs = h('fieldset', { class: 'dt-fieldset' }, h('legend', { class: 'dt-legend', text: tr('postLegend') }));
    fs.append(
      h(
        'div',
        { class: 'dt-grid' },
        this._select(L, 'dt-employer', 'employer', values('employer').map((x) => [x, v(L, 'employer', x)]), p.employer, (val) =>
          this._set((st) => (st.post.employer = val)),
        ),
        this._select(L, 'dt-posttype', 'postType', values('postType').map((x) => [x, v(L, 'postType', x)]), p.postType, (val) =>
          this._set((st) => (st.post.postType = val)),
        ),
        this._select(
          L,
          'dt-reqedu',
          'requiredEducation',
          [['', tr('noRequirement')], ...values('education').map((x) => [x, v(L, 'education', x)])],
          p.requiredEducation,
          (val) => this._set((st) => (st.post.requiredEducation = val)),
        ),
      ),
      this._check(L, 'dt-skillreq', tr('skillLevelRequired'), p.skillLevelRequired, (on) => this._set((st) => (st.post.skillLevelRequired = on))),
    );
    return fs;
  }

  _teacherFields(L) {
    const tt = this._state.teacher;
    const tr = (k) => t(L, k);
    const fs = h('fieldset', { class: 'dt-fieldset' }, h('legend', { class: 'dt-legend', text: tr('teacherLegend') }));
    fs.append(
      h(
        'div',
        { class: 'dt-grid' },
        this._select(L, 'dt-track', 'track', values('track').map((x) => [x, v(L, 'track', x)]), tt.track, (val) =>
          this._set((st) => {
            st.teacher.track = val;
            if (!LADDERS[val].includes(st.teacher.currentTitle)) st.teacher.currentTitle = '';
          }, true),
        ),
        this._select(
          L,
          'dt-title',
          'currentTitle',
          [['', tr('noTitleYet')], ...LADDERS[tt.track].map((x) => [x, v(L, 'title', x)])],
          tt.currentTitle,
          (val) => this._set((st) => (st.teacher.currentTitle = val)),
        ),
        this._dateField(L, 'dt-title-since', 'currentTitleSince', tt.currentTitleSince, (val) => this._set((st) => (st.teacher.currentTitleSince = val))),
        this._dateField(L, 'dt-teaching-since', 'teachingSince', tt.teachingSince, (val) => this._set((st) => (st.teacher.teachingSince = val))),
        this._select(
          L,
          'dt-probation',
          'probationCompleted',
          [
            ['', tr('notStated')],
            ['yes', tr('yes')],
            ['no', tr('no')],
          ],
          tt.probationCompleted,
          (val) => this._set((st) => (st.teacher.probationCompleted = val)),
        ),
        this._select(
          L,
          'dt-education',
          'education',
          [['', tr('educationFromClass')], ...values('education').map((x) => [x, v(L, 'education', x)])],
          tt.education,
          (val) => this._set((st) => (st.teacher.education = val)),
        ),
      ),
    );
    return fs;
  }

  // ------------------------------------------------------------ answer

  _answer() {
    if (!this._engine || !this._results) return;
    const s = this._state;
    const L = s.lang;
    const asOf = this._asOf;
    if (this._isBatch()) {
      this._writeHash();
      this._batchRender();
      return;
    }
    const req = buildRequest(s, asOf);
    this._clearInvalid();
    let report;
    try {
      report = this._engine.evaluate(req);
    } catch (err) {
      this._renderError(err);
      return;
    }
    this._report = report;
    if (!this._firstResult) mark('evaluated');
    // What changes between asOf and today (rules not yet in force then).
    let later = null;
    const today = todayIso();
    if (asOf < today) {
      try {
        later = this._engine.evaluate({ ...req, asOf: today });
      } catch {
        later = null;
      }
    }
    this._writeHash();
    this._renderStatement(report);
    this._renderResults(report, later, today);
    const n = report.equivalences?.length ?? 0;
    let msg;
    if (s.mode === 'recruiter' && report.recruitment)
      msg = t(L, 'statusRecruit', { date: fmtDate(L, asOf), outcome: t(L, `recruit.${report.recruitment.outcome}`) });
    else if (s.mode === 'teacher' && report.titles) msg = t(L, 'statusTeacher', { date: fmtDate(L, asOf), n: report.titles.length });
    else msg = t(L, 'statusSummary', { date: fmtDate(L, asOf), n });
    this._status.textContent = msg;
    if (!this._firstResult) {
      this._firstResult = true;
      mark('first-result');
      this.dispatchEvent(new CustomEvent('dengtong-ready', { bubbles: true, composed: true }));
    }
    this.dispatchEvent(new CustomEvent('dengtong-result', { bubbles: true, composed: true, detail: { request: req, report } }));
  }

  /** Keeps the inputs in the URL fragment, once the visitor has entered
   *  something (a page is not rewritten just by showing the widget). */
  _writeHash() {
    if (!this._shareOn || !this._touched) return;
    const frag = encodeState(this._state);
    this._lastHash = frag;
    if (location.hash.slice(1) !== frag) {
      try {
        history.replaceState(history.state, '', `#${frag}`);
      } catch {
        /* sandboxed frames may refuse; the share button still works */
      }
    }
  }

  _shareUrl() {
    const u = new URL(location.href);
    u.hash = encodeState(this._state);
    return u.href;
  }

  async _copyLink() {
    const L = this._state.lang;
    const url = this._shareUrl();
    this._shareOut.replaceChildren();
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      ok = false;
    }
    if (ok) {
      this._shareOut.append(h('p', { class: 'dt-note-ok', role: 'status', text: t(L, 'copied') }));
    } else {
      const input = h('input', { type: 'text', id: 'dt-share-url', readonly: true, value: url, class: 'dt-share-input' });
      this._shareOut.append(
        h('p', { class: 'dt-note', role: 'status', text: t(L, 'copyFailed') }),
        h('label', { for: 'dt-share-url', class: 'dt-visually-hidden', text: t(L, 'shareLinkLabel') }),
        input,
      );
      input.focus();
      input.select();
    }
  }

  _clearInvalid() {
    for (const el of this.shadowRoot.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  }

  _renderError(err) {
    const L = this._state.lang;
    const path = err?.path ?? '';
    const label = fieldLabel(L, path) || err?.message || String(err);
    const ctl = FIELD_CONTROL[fieldKey(path)];
    if (ctl) this.shadowRoot.getElementById(ctl)?.setAttribute('aria-invalid', 'true');
    const msg = t(L, 'requestError', { field: label });
    this._status.textContent = msg;
    this._results.replaceChildren(h('div', { class: 'dt-error' }, h('p', { text: msg }), err?.message ? h('p', { class: 'dt-hint', text: err.message }) : null));
  }

  _renderLoadError() {
    if (!this._status || this._isBatch()) return;
    const L = this._state.lang;
    this._status.textContent = t(L, 'loadFailed');
    this._results.replaceChildren(h('div', { class: 'dt-error' }, h('p', { text: t(L, 'loadFailed') })));
  }

  // ------------------------------------------------------------ rendering the report

  _renderResults(report, later, today) {
    const s = this._state;
    const L = s.lang;
    const out = [];
    const asOf = report.asOf;
    out.push(
      h(
        'p',
        { class: 'dt-resultsfor' },
        t(L, 'resultsFor', { date: fmtDate(L, asOf), jur: t(L, `jurisdiction.${report.jurisdiction}`) }),
      ),
    );
    if (s.mode === 'recruiter' && report.recruitment) out.push(this._recruitmentSection(L, report.recruitment));
    if (s.mode === 'teacher') out.push(this._titlesSection(L, report.titles ?? []));
    const purposes = s.mode === 'teacher' ? ['professionalTitle'] : null;
    out.push(this._equivalenceSection(L, report, later, today, purposes));
    if (s.mode !== 'teacher') {
      out.push(this._directSection(L, report.directRecruitment ?? []));
      if (s.mode === 'graduate') out.push(this._entitlementSection(L, report.entitlements ?? []));
      out.push(this._skillSection(L, report.skill));
    }
    if (report.notes?.length) out.push(this._notesSection(L, report.notes));
    this._results.replaceChildren(...out.filter(Boolean));
    for (const d of [...this._pendingBodies]) if (!d.isConnected) this._pendingBodies.delete(d);
    this._fillLater();
  }

  _section(L, key, id, ...children) {
    return h('section', { class: 'dt-section', 'aria-labelledby': id }, h('h4', { class: 'dt-section-title', id, text: t(L, key) }), ...children);
  }

  _badge(L, status, kind = 'status') {
    return h('span', { class: `dt-badge dt-badge-${status}`, text: t(L, `${kind}.${status}`) });
  }

  /** One citation: visible 文号 + article; the quote and document behind
   *  <details>. The body is built when first needed (opened, printed, or in
   *  idle time after the answer is shown), which keeps the first answer fast. */
  _citation(L, c, key) {
    const doc = c.document ?? {};
    const detailsKey = `${key}|${c.ruleId}|${doc.id}|${c.article}|${(c.quote ?? '').slice(0, 12)}`;
    const summary = h(
      'summary',
      { class: 'dt-cite-summary' },
      h('span', { class: 'dt-cite-no', lang: 'zh-CN', text: doc.number || doc.title || '' }),
      ' ',
      h('span', { class: 'dt-cite-art', lang: 'zh-CN', text: c.article || '' }),
      doc.date ? h('span', { class: 'dt-cite-date' }, ' · ', dateEl(L, doc.date)) : null,
    );
    const details = h('details', { class: 'dt-cite' }, summary);
    details.dataset.key = detailsKey;
    this._pendingBodies.add(details);
    details._fill = () => {
      if (!this._pendingBodies.delete(details)) return;
      details.append(this._citationBody(L, c));
    };
    summary.addEventListener('click', () => details._fill());
    details.addEventListener('toggle', () => {
      if (details.open) details._fill();
      if (this._printing) return;
      if (details.open) this._openDetails.add(detailsKey);
      else this._openDetails.delete(detailsKey);
    });
    if (this._openDetails.has(detailsKey)) {
      details._fill();
      details.open = true;
    }
    return details;
  }

  _citationBody(L, c) {
    const doc = c.document ?? {};
    const rule = this._engine?.rules.get(c.ruleId);
    return h(
      'div',
      { class: 'dt-cite-body' },
      h('p', { class: 'dt-doc-title', lang: 'zh-CN', text: `《${doc.title ?? ''}》` }),
      h(
        'dl',
        { class: 'dt-doc-meta' },
        h('dt', { text: t(L, 'issuedBy') }),
        h('dd', { lang: 'zh-CN', text: doc.issuer ?? '' }),
        h('dt', { text: t(L, 'issuedOn') }),
        h(
          'dd',
          {},
          doc.date
            ? dateEl(L, doc.date)
            : doc.window?.from
              ? t(L, 'undatedWindow', { from: fmtDate(L, doc.window.from), to: fmtDate(L, doc.window.knownBy ?? doc.window.to ?? '') })
              : t(L, 'undated'),
        ),
      ),
      h('blockquote', { class: 'dt-quote', lang: 'zh-CN' }, h('p', { text: c.quote ?? '' })),
      rule?.gloss ? h('p', { class: 'dt-gloss', lang: L }, h('span', { class: 'dt-gloss-label', text: `${t(L, 'gloss')}：` }), rule.gloss[L] ?? rule.gloss['zh-CN'] ?? '') : null,
    );
  }

  /** Builds every citation body still pending (print, find-in-page). */
  _fillAll() {
    for (const d of [...this._pendingBodies]) d._fill();
  }

  /** Fills pending bodies in idle time, a chunk at a time. */
  _fillLater() {
    const idle = window.requestIdleCallback ?? ((fn) => setTimeout(() => fn({ timeRemaining: () => 8 }), 16));
    const gen = ++this._fillGen;
    const step = (deadline) => {
      if (gen !== this._fillGen) return;
      for (const d of this._pendingBodies) {
        if (deadline.timeRemaining() < 2) break;
        d._fill();
      }
      if (this._pendingBodies.size) idle(step);
      else this.toggleAttribute('data-complete', true);
    };
    this.removeAttribute('data-complete');
    idle(step);
  }

  /** The citations of one decision: the first few in view, the rest one click away. */
  _citations(L, cites, key) {
    if (!cites?.length) return null;
    const SHOW = 3;
    const head = cites.slice(0, cites.length > SHOW + 1 ? SHOW : cites.length);
    const rest = cites.slice(head.length);
    const box = h(
      'div',
      { class: 'dt-cites' },
      h('p', { class: 'dt-cites-label', text: t(L, 'basis') }),
      head.map((c) => this._citation(L, c, key)),
    );
    if (rest.length) {
      const moreKey = `${key}|more`;
      const more = h(
        'details',
        { class: 'dt-more', open: this._openDetails.has(moreKey) },
        h('summary', { class: 'dt-more-summary', text: t(L, 'moreCitations', { n: rest.length }) }),
        h('div', { class: 'dt-more-body' }, rest.map((c) => this._citation(L, c, key))),
      );
      more.dataset.key = moreKey;
      more.addEventListener('toggle', () => {
        if (this._printing) return;
        if (more.open) this._openDetails.add(moreKey);
        else this._openDetails.delete(moreKey);
      });
      box.append(more);
    }
    return box;
  }

  /** Where a superseding rule comes from: "人社部发〔2021〕30号 （十八）". */
  _ruleRef(ruleId) {
    const rule = this._engine?.rules.get(ruleId);
    const c = rule?.citations?.find((x) => x.operative) ?? rule?.citations?.[0];
    if (!c) return ruleId;
    const doc = this._engine.docs.get(c.document);
    return `${doc?.number || doc?.title || c.document} ${c.article}`.trim();
  }

  _superseded(L, list, key) {
    if (!list?.length) return null;
    return h(
      'div',
      { class: 'dt-superseded' },
      list.map((x) => {
        const c = x.citations?.[0];
        const doc = c?.document ?? {};
        const vars = {
          doc: doc.number || doc.title || x.ruleId,
          article: c?.article ?? '',
          level: x.level ? v(L, 'education', x.level) : '',
          since: fmtDate(L, x.since),
          by: this._ruleRef(x.supersededBy),
        };
        return h(
          'div',
          { class: 'dt-superseded-item' },
          h('p', {}, h('span', { class: 'dt-badge dt-badge-superseded', text: t(L, 'supersededLabel') }), ' ', t(L, x.level ? 'supersededText' : 'supersededTextNoLevel', vars)),
          this._citations(L, x.citations, `${key}|sup`),
        );
      }),
    );
  }

  _list(L, key, items, cls = '') {
    if (!items?.length) return null;
    return h('div', { class: `dt-listblock ${cls}` }, h('p', { class: 'dt-list-label', text: t(L, key) }), h('ul', {}, items.map((x) => h('li', { text: x }))));
  }

  _missing(L, paths) {
    if (!paths?.length) return null;
    return h(
      'div',
      { class: 'dt-listblock dt-missing' },
      h('p', { class: 'dt-list-label', text: t(L, 'missing') }),
      h(
        'ul',
        {},
        paths.map((p) => {
          const ctl = FIELD_CONTROL[fieldKey(p)];
          const li = h('li', {}, h('span', { text: fieldLabel(L, p) }));
          if (ctl && this.shadowRoot.getElementById(ctl)) {
            li.append(
              ' ',
              h('button', {
                type: 'button',
                class: 'dt-btn dt-btn-link',
                text: t(L, 'goToField'),
                'aria-label': `${t(L, 'goToField')}: ${fieldLabel(L, p)}`,
                onclick: () => this.shadowRoot.getElementById(ctl)?.focus(),
              }),
            );
          }
          return li;
        }),
      ),
    );
  }

  _equivalenceSection(L, report, later, today, onlyPurposes) {
    let eqs = report.equivalences ?? [];
    if (onlyPurposes) eqs = eqs.filter((e) => onlyPurposes.includes(e.purpose));
    const sec = this._section(L, 'equivalences', 'dt-h-eq');
    if (!eqs.length) sec.append(h('p', { class: 'dt-empty', text: t(L, 'equivalencesNone', { date: fmtDate(L, report.asOf) }) }));
    // Caveats every card carries are shown once.
    const common = eqs.length > 1 ? eqs[0].caveats.filter((c) => eqs.every((e) => e.caveats.includes(c))) : [];
    if (common.length) sec.append(h('div', { class: 'dt-common' }, this._list(L, 'commonCaveats', common, 'dt-caveats')));
    const laterByPurpose = new Map((later?.equivalences ?? []).map((e) => [e.purpose, e]));
    const list = h('ul', { class: 'dt-cards' });
    for (const e of eqs) {
      const key = `eq|${e.purpose}`;
      const own = e.caveats.filter((c) => !common.includes(c));
      const card = h(
        'li',
        { class: 'dt-card', 'data-purpose': e.purpose },
        h(
          'div',
          { class: 'dt-card-head' },
          h('h5', { class: 'dt-card-title', text: v(L, 'purpose', e.purpose) }),
          h('span', { class: 'dt-level', text: v(L, 'education', e.level) }),
        ),
        h('p', { class: 'dt-plain', text: e.text }),
        this._citations(L, e.citations, key),
        this._superseded(L, e.superseded, key),
        this._laterChange(L, e, laterByPurpose.get(e.purpose), report),
        this._list(L, 'caveats', own, 'dt-caveats'),
      );
      list.append(card);
    }
    if (eqs.length) sec.append(list);
    // Purposes that only later rules cover.
    if (later) {
      const have = new Set((report.equivalences ?? []).map((e) => e.purpose));
      const fresh = (later.equivalences ?? [])
        .filter((e) => !have.has(e.purpose) && (!onlyPurposes || onlyPurposes.includes(e.purpose)))
        .filter((e) => this._firstNew(e, null, report).from);
      if (fresh.length) {
        sec.append(
          h(
            'div',
            { class: 'dt-notyet' },
            h('p', { class: 'dt-list-label', text: t(L, 'notYetInForce') }),
            h('p', { text: t(L, 'notYetIntro', { today: fmtDate(L, today), date: fmtDate(L, report.asOf) }) }),
            h(
              'ul',
              {},
              fresh.map((e) => {
                const { from, ref } = this._firstNew(e, null, report);
                return h(
                  'li',
                  { 'data-purpose': e.purpose },
                  t(L, 'laterNewText', { from: fmtDate(L, from), purpose: v(L, 'purpose', e.purpose), level: v(L, 'education', e.level), doc: ref }),
                );
              }),
            ),
          ),
        );
      }
    }
    return sec;
  }

  /** The earliest rule in `laterEq` not cited in `curEq` that starts after asOf. */
  _firstNew(laterEq, curEq, report) {
    const have = new Set((curEq?.citations ?? []).map((c) => c.ruleId));
    let best = null;
    for (const c of laterEq.citations ?? []) {
      if (have.has(c.ruleId)) continue;
      const from = this._engine?.rules.get(c.ruleId)?.from?.[report.jurisdiction];
      if (from && from > report.asOf && (!best || from < best.from)) best = { from, ref: `${c.document?.number || c.document?.title || ''} ${c.article}`.trim() };
    }
    return best ?? { from: null, ref: '' };
  }

  _laterChange(L, cur, laterEq, report) {
    if (!laterEq || laterEq.level === cur.level) return null;
    const { from, ref } = this._firstNew(laterEq, cur, report);
    // Only changes that a later rule brings (not later facts, like graduating).
    if (!from) return null;
    return h(
      'p',
      { class: 'dt-later' },
      h('span', { class: 'dt-badge dt-badge-later', text: t(L, 'laterChange') }),
      ' ',
      t(L, 'laterText', { from: fmtDate(L, from), level: v(L, 'education', laterEq.level), doc: ref }),
    );
  }

  _recruitmentSection(L, r) {
    const sec = this._section(L, 'recruitment', 'dt-h-rec');
    sec.classList.add('dt-primary');
    sec.append(
      h(
        'div',
        { class: `dt-verdict dt-verdict-${r.outcome}` },
        h('p', { class: 'dt-verdict-text', text: t(L, `recruit.${r.outcome}`) }),
        r.purpose && r.level ? h('p', { class: 'dt-verdict-sub', text: t(L, 'recruitmentPurpose', { purpose: v(L, 'purpose', r.purpose), level: v(L, 'education', r.level) }) }) : null,
      ),
    );
    if (r.reasons?.length) {
      sec.append(
        h(
          'div',
          { class: 'dt-listblock' },
          h('p', { class: 'dt-list-label', text: t(L, 'reasons') }),
          h(
            'ol',
            { class: 'dt-reasons' },
            groupReasons(r.reasons).map((x, i) => h('li', {}, h('p', { class: 'dt-plain', text: x.text }), this._citations(L, x.citations, `rec|${i}`))),
          ),
        ),
      );
    }
    append(sec, [this._missing(L, r.missing), this._list(L, 'toQualify', r.toQualify, 'dt-toqualify'), this._list(L, 'caveats', r.caveats, 'dt-caveats')]);
    return sec;
  }

  _titlesSection(L, titles) {
    const sec = this._section(L, 'titles', 'dt-h-titles');
    sec.classList.add('dt-primary');
    if (!titles.length) {
      sec.append(h('p', { class: 'dt-empty', text: t(L, 'titlesNone') }));
      return sec;
    }
    const current = this._state.teacher.currentTitle;
    // Overview: the whole ladder at a glance, then each rung in detail.
    sec.append(
      h(
        'ol',
        { class: 'dt-steps', 'aria-label': t(L, 'ladderOverview') },
        titles.map((x) =>
          h(
            'li',
            { class: `dt-step dt-step-${x.status}${x.title === current ? ' dt-step-current' : ''}` },
            h('span', { class: 'dt-step-name', text: v(L, 'titleShort', x.title) }),
            h(
              'span',
              { class: 'dt-step-status' },
              x.title === current ? t(L, 'title.current') : x.status === 'notYet' && x.eligibleFrom ? fmtDate(L, x.eligibleFrom) : t(L, `status.${x.status}`),
            ),
          ),
        ),
      ),
    );
    sec.append(
      h(
        'ol',
        { class: 'dt-ladder' },
        titles.map((x) =>
          h(
            'li',
            { class: `dt-card dt-rung dt-rung-${x.status}`, 'data-title': x.title },
            h(
              'div',
              { class: 'dt-card-head' },
              h('h5', { class: 'dt-card-title', text: v(L, 'title', x.title) }),
              x.title === current ? h('span', { class: 'dt-badge dt-badge-current', text: t(L, 'title.current') }) : null,
              this._badge(L, x.status),
            ),
            x.eligibleFrom ? h('p', { class: 'dt-when' }, t(L, 'eligibleFrom', { date: fmtDate(L, x.eligibleFrom) })) : null,
            x.direct ? h('p', { class: 'dt-plain', text: t(L, 'direct') }) : null,
            x.reasons?.length ? h('ul', { class: 'dt-plainlist' }, x.reasons.map((r) => h('li', { text: r }))) : null,
            this._list(L, 'requirements', x.requirements),
            this._missing(L, x.missing),
            this._list(L, 'toQualify', x.toQualify, 'dt-toqualify'),
            this._list(L, 'caveats', x.caveats, 'dt-caveats'),
            this._citations(L, x.citations, `title|${x.title}`),
          ),
        ),
      ),
    );
    return sec;
  }

  _directSection(L, routes) {
    const sec = this._section(L, 'directRecruitment', 'dt-h-direct');
    if (!routes.length) {
      sec.append(h('p', { class: 'dt-empty', text: t(L, 'directNone') }));
      return sec;
    }
    sec.append(
      h(
        'ul',
        { class: 'dt-cards' },
        routes.map((x) =>
          h(
            'li',
            { class: 'dt-card', 'data-route': x.route },
            h('div', { class: 'dt-card-head' }, h('h5', { class: 'dt-card-title', text: v(L, 'route', x.route) }), this._badge(L, x.outcome)),
            x.reasons?.length ? h('ul', { class: 'dt-plainlist' }, x.reasons.map((r) => h('li', { text: r }))) : null,
            this._missing(L, x.missing),
            this._list(L, 'caveats', x.caveats, 'dt-caveats'),
            this._citations(L, x.citations, `route|${x.route}`),
          ),
        ),
      ),
    );
    return sec;
  }

  _entitlementSection(L, list) {
    const sec = this._section(L, 'entitlements', 'dt-h-ent');
    if (!list.length) {
      sec.append(h('p', { class: 'dt-empty', text: t(L, 'entitlementsNone') }));
      return sec;
    }
    sec.append(
      h(
        'ul',
        { class: 'dt-cards' },
        list.map((x) =>
          h(
            'li',
            { class: 'dt-card', 'data-entitlement': x.id },
            h('div', { class: 'dt-card-head' }, h('h5', { class: 'dt-card-title', text: v(L, 'entitlement', x.id) }), this._badge(L, x.status)),
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
            this._list(L, 'conditions', x.conditions),
            this._missing(L, x.missing),
            this._citations(L, x.citations, `ent|${x.id}`),
            this._superseded(L, x.superseded, `ent|${x.id}`),
          ),
        ),
      ),
    );
    return sec;
  }

  _skillSection(L, skill) {
    if (!skill) return null;
    const sec = this._section(L, 'skill', 'dt-h-skill');
    append(sec, [
      h('p', { class: 'dt-plain', text: skill.level ? t(L, 'skillLevel', { level: v(L, 'certLevel', skill.level) }) : t(L, 'skillNone') }),
      skill.level ? h('p', { class: 'dt-plain', text: t(L, skill.highSkilled ? 'highSkilled' : 'notHighSkilled') }) : null,
    ]);
    if (skill.notes?.length) sec.append(this._reasons(L, skill.notes, 'skill'));
    return sec;
  }

  _reasons(L, list, key) {
    return h(
      'ul',
      { class: 'dt-cards dt-notes' },
      list.map((x, i) => h('li', { class: 'dt-card dt-card-note' }, h('p', { class: 'dt-plain', text: x.text }), this._citations(L, x.citations, `${key}|${i}`))),
    );
  }

  _notesSection(L, notes) {
    const sec = this._section(L, 'notes', 'dt-h-notes');
    sec.append(this._reasons(L, notes, 'note'));
    return sec;
  }

  // ------------------------------------------------------------ print statement

  /** The print-only header: inputs, version, date, URL, time printed. */
  _renderStatement(report) {
    const s = this._state;
    const L = s.lang;
    const g = s.graduate;
    const rows = [];
    const add = (k, val) => rows.push(h('dt', { text: t(L, k) }), h('dd', { text: val }));
    add('statementAsOf', fmtDate(L, report.asOf));
    add('statementJur', t(L, `jurisdiction.${report.jurisdiction}`));
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
      add('track', v(L, 'track', tt.track));
      add('currentTitle', tt.currentTitle ? v(L, 'title', tt.currentTitle) : t(L, 'noTitleYet'));
      if (tt.currentTitleSince) add('currentTitleSince', fmtDate(L, tt.currentTitleSince));
      if (tt.teachingSince) add('teachingSince', fmtDate(L, tt.teachingSince));
      add('probationCompleted', tt.probationCompleted ? t(L, tt.probationCompleted) : t(L, 'notStated'));
      add('education', tt.education ? v(L, 'education', tt.education) : t(L, 'educationFromClass'));
    }
    add('schoolType', v(L, 'schoolType', g.schoolType));
    if (TECHNICAL.has(g.schoolType)) add('classType', g.classType ? v(L, 'classType', g.classType) : t(L, 'notStated'));
    add('studyMode', g.studyMode ? v(L, 'studyMode', g.studyMode) : t(L, 'notStated'));
    add('graduationDate', g.student || !g.graduationDate ? t(L, 'stillStudent') : fmtDate(L, g.graduationDate));
    add(
      'certificates',
      g.certificates.length ? g.certificates.map((c) => v(L, 'certLevel', c.level) + (c.field ? `（${v(L, 'certField', c.field)}）` : '')).join('；') : t(L, 'none'),
    );
    add(
      'awards',
      g.awards.length
        ? g.awards
            .map((a) =>
              [
                v(L, 'competition', a.competition),
                a.rank ? `${t(L, 'rank')} ${a.rank}` : '',
                a.medal ? v(L, 'medal', a.medal) : '',
                a.prize ? v(L, 'prize', a.prize) : '',
                a.teamSize ? v(L, 'teamSize', a.teamSize) : '',
              ]
                .filter(Boolean)
                .join(' · '),
            )
            .join('；')
        : t(L, 'none'),
    );
    add('honours', g.honours.length ? g.honours.map((x) => v(L, 'honour', x)).join('；') : t(L, 'none'));
    const ver = this._engine?.version ?? {};
    this._printedAt = h('span', { text: fmtDateTime(L, new Date()) });
    this._printedUrl = h('span', { class: 'dt-url', text: this._shareOn ? this._shareUrl() : location.href });
    this._statement.replaceChildren(
      h('p', { class: 'dt-statement-title', text: t(L, 'statementTitle') }),
      h(
        'dl',
        { class: 'dt-statement-inputs', 'aria-label': t(L, 'statementInputs') },
        rows,
        h('dt', { text: t(L, 'statementRules') }),
        h('dd', { text: report.rulesVersion ?? ver.rulesVersion ?? '' }),
        ver.version ? [h('dt', { text: t(L, 'statementEngine') }), h('dd', { text: ver.version })] : null,
        h('dt', { text: t(L, 'statementUrl') }),
        h('dd', {}, this._printedUrl),
        h('dt', { text: t(L, 'statementPrinted') }),
        h('dd', {}, this._printedAt),
      ),
    );
  }

  _prepareForPrint() {
    this._printing = true;
    if (this._isBatch()) this._batchStatement();
    this._fillAll();
    if (this._printedAt) this._printedAt.textContent = fmtDateTime(this._state.lang, new Date());
    if (this._printedUrl) this._printedUrl.textContent = this._shareOn ? this._shareUrl() : location.href;
    this._closedForPrint = [];
    for (const d of this.shadowRoot.querySelectorAll('details:not([open])')) {
      d.open = true;
      this._closedForPrint.push(d);
    }
  }

  _restoreAfterPrint() {
    for (const d of this._closedForPrint ?? []) d.open = false;
    this._closedForPrint = [];
    this._printing = false;
  }
  // ------------------------------------------------------------ batch checks (recruiter: a spreadsheet)
  //
  // The file goes to a Worker (www/batch-worker.js) with the batch module
  // pkg/dengtong_batch.js; rows come back a chunk at a time. Nothing is
  // uploaded. Applicant text is only ever set with textContent. One
  // applicant's full cited report is re-evaluated here with `evaluate`, from
  // the row's graduate as read.

  _isBatch() {
    return this._state.mode === 'recruiter' && this._state.recruiterView === 'batch';
  }

  get _batch() {
    this._batchState ??= {
      id: 0,
      name: '',
      size: 0,
      file: null,
      running: false,
      rows: [],
      counts: { all: 0, eligible: 0, ineligible: 0, undetermined: 0, error: 0 },
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
    return this._batchState;
  }

  _viewSwitch(L) {
    const s = this._state;
    const fs = h('fieldset', { class: 'dt-modes dt-views' }, h('legend', { class: 'dt-legend', text: t(L, 'view.legend') }));
    const seg = h('div', { class: 'dt-seg' });
    for (const view of RECRUITER_VIEWS) {
      const id = `dt-view-${view}`;
      seg.append(
        h('input', {
          type: 'radio',
          name: 'dt-view',
          id,
          value: view,
          checked: s.recruiterView === view,
          class: 'dt-seg-input',
          onchange: () => this._set((st) => (st.recruiterView = view), true, id),
        }),
        h('label', { for: id, class: 'dt-seg-label', text: t(L, `view.${view}`) }),
      );
    }
    fs.append(seg, h('p', { class: 'dt-hint', text: t(L, `view.hint.${s.recruiterView}`) }));
    return fs;
  }

  _batchFileFields(L) {
    const b = this._batch;
    // Start the Worker now: its module compiles while a file is chosen.
    this._batchWorker();
    const input = h('input', {
      type: 'file',
      id: 'dt-batch-file',
      class: 'dt-file-input',
      accept: '.csv,.txt,text/csv,text/plain',
      'aria-describedby': 'dt-batch-formats dt-batch-columns',
      onchange: (e) => {
        const f = e.target.files?.[0];
        if (f) this._batchRun(f);
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
          if (f) this._batchRun(f);
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
      this._check(L, 'dt-batch-ignore', t(L, 'batch.ignoreUnknown'), b.ignoreUnknown, (on) => {
        b.ignoreUnknown = on;
        this._batchRender();
      }),
      h('p', { class: 'dt-templates' }, h('span', { text: t(L, 'batch.templates') }), ' ', template('zh-CN', 'batch.templateZh'), ' · ', template('en', 'batch.templateEn')),
      h('p', { class: 'dt-hint', id: 'dt-batch-columns', text: t(L, 'batch.columns') }),
    );
  }

  /** The results column of the batch view; its body is drawn by _batchRender. */
  _batchSection(L) {
    const b = this._batch;
    this._status = h('p', { class: 'dt-status dt-visually-hidden', role: 'status', 'aria-live': 'polite', id: 'dt-status' });
    this._results = h('div', { class: 'dt-results-body dt-batch-body' });
    this._statement = h('div', { class: 'dt-statement' });
    this._shareOut = h('div', { class: 'dt-share-out' });
    const ready = !!b.csv && !b.running;
    const actions = h(
      'div',
      { class: 'dt-actions', role: 'group', 'aria-label': t(L, 'actions') },
      h('button', {
        type: 'button',
        id: 'dt-batch-export',
        class: 'dt-btn dt-btn-small',
        disabled: !ready,
        text: t(L, 'batch.export'),
        onclick: () => this._batchExport(),
      }),
      h('button', { type: 'button', id: 'dt-print', class: 'dt-btn dt-btn-quiet dt-btn-small', disabled: !ready, text: t(L, 'print'), onclick: () => window.print() }),
    );
    this._batchActions = actions;
    // Kept across renders, so typing is never interrupted.
    this._batchSearch ??= h('input', {
      type: 'search',
      id: 'dt-batch-search',
      class: 'dt-batch-search-input',
      autocomplete: 'off',
      oninput: (e) => {
        const value = e.target.value.trim();
        clearTimeout(this._batchSearchTimer);
        this._batchSearchTimer = setTimeout(() => {
          b.query = value;
          b.page = 0;
          this._batchRender();
          this._batchAnnounceShown();
        }, 300);
      },
    });
    return h(
      'section',
      { class: 'dt-results dt-batch', 'aria-labelledby': 'dt-results-h' },
      h('div', { class: 'dt-results-head' }, h('h3', { id: 'dt-results-h', class: 'dt-results-title', tabindex: -1, text: t(L, 'results') }), actions),
      this._status,
      this._statement,
      this._results,
      h('p', { class: 'dt-disclaimer', text: t(L, 'disclaimer') }),
    );
  }

  // ---- the Worker

  _batchWorker() {
    if (this._worker) return this._worker;
    let w;
    try {
      w = new Worker(BATCH_WORKER_URL, { type: 'module', name: 'dengtong-batch' });
    } catch {
      this._batchFail({ code: 'worker' });
      return null;
    }
    w.onmessage = (e) => this._batchMessage(e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      this._batchFail({ code: 'worker', message: e.message });
    };
    this._worker = w;
    return w;
  }

  _batchStop() {
    this._worker?.terminate();
    this._worker = null;
  }

  _batchPost() {
    const p = this._state.post;
    const post = { employer: p.employer, postType: p.postType, skillLevelRequired: !!p.skillLevelRequired };
    if (p.requiredEducation) post.requiredEducation = p.requiredEducation;
    return post;
  }

  /** The settings a batch result depends on. */
  _batchKey() {
    const s = this._state;
    return JSON.stringify([this._asOf, s.jurisdiction, s.lang, this._batchPost(), this._batch.ignoreUnknown]);
  }

  _batchRun(file) {
    const b = this._batch;
    const L = this._state.lang;
    if (b.running) this._batchCancel(true);
    const w = this._batchWorker();
    if (!w) return;
    const id = (b.id += 1);
    Object.assign(b, {
      file,
      name: file.name || 'applicants.csv',
      size: file.size ?? 0,
      running: true,
      rows: [],
      counts: { all: 0, eligible: 0, ineligible: 0, undetermined: 0, error: 0 },
      done: 0,
      total: null,
      result: null,
      csv: null,
      ms: 0,
      error: null,
      cancelled: false,
      key: this._batchKey(),
      page: 0,
      detail: null,
      view: null,
    });
    const s = this._state;
    w.postMessage({
      type: 'run',
      id,
      file,
      post: this._batchPost(),
      options: { asOf: this._asOf, jurisdiction: s.jurisdiction, lang: s.lang, ignoreUnknownColumns: b.ignoreUnknown },
    });
    this._status.textContent = t(L, 'batch.started', { name: b.name });
    this._batchRender();
    // The file name is shown next to the chooser.
    const chooser = this.shadowRoot.querySelector('.dt-drop');
    if (chooser) {
      chooser.querySelector('.dt-file-name')?.remove();
      chooser.append(h('p', { class: 'dt-file-name', text: t(L, 'batch.file', { name: b.name, size: fmtBytes(L, b.size) }) }));
    }
  }

  _batchCancel(silent = false) {
    const b = this._batch;
    this._batchStop();
    Object.assign(b, { running: false, rows: [], done: 0, total: null, cancelled: !silent, view: null });
    b.counts = { all: 0, eligible: 0, ineligible: 0, undetermined: 0, error: 0 };
    if (!silent) {
      this._status.textContent = t(this._state.lang, 'batch.cancelled');
      this._batchRender();
      this.shadowRoot.getElementById('dt-batch-file')?.focus();
      this._batchWorker();
    }
  }

  _batchFail(error) {
    const b = this._batch;
    if (error.code === 'worker') this._batchStop();
    Object.assign(b, { running: false, error, rows: [], view: null });
    b.counts = { all: 0, eligible: 0, ineligible: 0, undetermined: 0, error: 0 };
    if (!this._results) return;
    this._status.textContent = this._batchErrorText(this._state.lang, error).join(' ');
    this._batchRender();
  }

  _batchMessage(msg) {
    const b = this._batch;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'error' && msg.id === null) {
      if (b.running) this._batchFail({ code: 'worker', message: msg.error?.message });
      return;
    }
    if (msg.id !== b.id || !b.running) return;
    const L = this._state.lang;
    if (msg.type === 'rows') {
      const c = b.counts;
      for (const r of msg.rows) {
        b.rows.push(r);
        c.all += 1;
        c[r.error ? 'error' : r.outcome] = (c[r.error ? 'error' : r.outcome] ?? 0) + 1;
      }
      b.done = msg.done;
      b.total = msg.total;
      b.view = null;
      // The table is redrawn now and then; the progress bar every chunk.
      const now = performance.now();
      if (now - b.lastRender > 1000 || b.rows.length === msg.rows.length) this._batchRender();
      else this._batchProgress();
    } else if (msg.type === 'done') {
      b.running = false;
      b.result = msg.result;
      b.csv = msg.csv;
      b.ms = msg.ms;
      b.view = null;
      const sm = msg.result.summary;
      this._status.textContent = t(L, 'batch.done', {
        rows: fmtNum(L, sm.rows),
        eligible: fmtNum(L, sm.eligible),
        ineligible: fmtNum(L, sm.ineligible),
        undetermined: fmtNum(L, sm.undetermined),
        errors: fmtNum(L, sm.errors),
      });
      this._batchRender();
      this.dispatchEvent(new CustomEvent('dengtong-batch', { bubbles: true, composed: true, detail: { summary: sm, ms: msg.ms } }));
    } else if (msg.type === 'error') {
      this._batchFail(msg.error ?? { code: 'internal' });
    }
  }

  /** The headline and the detail of a file error, for people. */
  _batchErrorText(L, error) {
    if (error.code === 'worker') return [t(L, 'batch.workerFailed')];
    if (error.tooLarge) return [t(L, 'batch.fileError'), t(L, 'batch.tooLarge', { size: fmtBytes(L, error.tooLarge.size), max: fmtBytes(L, error.tooLarge.max) })];
    // The engine's message is in the language of the run; drop the code prefix.
    const message = String(error.message ?? '').replace(/^[a-z_]+( at [\w.[\]]+)?: /, '');
    return [t(L, 'batch.fileError'), message];
  }

  // ---- the view

  /** The rows shown: filtered, searched, sorted (cached until they change). */
  _batchRows() {
    const b = this._batch;
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
      const order = {
        outcome: ['eligible', 'ineligible', 'undetermined'],
        level: ['secondaryVocational', 'associate', 'bachelor', 'master', 'doctorate'],
      };
      const rank = (r) => {
        if (k === 'outcome') return r.error ? 9 : order.outcome.indexOf(r.outcome);
        const i = order.level.indexOf(r.level);
        return i < 0 ? 9 : i;
      };
      const collator = new Intl.Collator(this._state.lang === 'en' ? 'en' : 'zh-CN', { numeric: true });
      const cmp =
        k === 'row'
          ? (a, c) => a.row - c.row
          : k === 'label'
            ? (a, c) => collator.compare(a.label, c.label) || a.row - c.row
            : (a, c) => rank(a) - rank(c) || a.row - c.row;
      rows = (rows === b.rows ? [...rows] : rows).sort((a, c) => dir * cmp(a, c));
    }
    b.view = rows;
    b.viewKey = key;
    return rows;
  }

  _batchProgress() {
    const b = this._batch;
    const L = this._state.lang;
    const bar = this.shadowRoot.getElementById('dt-batch-progress');
    const text = this.shadowRoot.getElementById('dt-batch-progress-text');
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

  /** Draws the results column from the batch state. */
  _batchRender() {
    if (!this._results || !this._isBatch()) return;
    const b = this._batch;
    const L = this._state.lang;
    const root = this.shadowRoot;
    const active = root.activeElement?.id;
    b.lastRender = performance.now();
    const out = [];
    const ready = !!b.csv && !b.running;
    for (const btn of this._batchActions?.querySelectorAll('button') ?? []) btn.disabled = !ready;

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
            h('button', { type: 'button', id: 'dt-batch-cancel', class: 'dt-btn dt-btn-quiet dt-btn-small', text: t(L, 'batch.cancel'), onclick: () => this._batchCancel() }),
          ),
        ),
      );
    } else if (b.error) {
      const [head, detail] = this._batchErrorText(L, b.error);
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
      out.push(
        h(
          'div',
          { class: 'dt-resultsfor dt-batch-facts' },
          h(
            'p',
            { class: 'dt-batch-facts-file' },
            h('strong', { text: b.name }),
            ' ',
            h('span', { class: 'dt-muted', text: `${fmtBytes(L, b.size)} · ${t(L, 'batch.applicants', { n: fmtNum(L, r.summary.rows) })} · ${t(L, 'batch.took', { s: (b.ms / 1000).toLocaleString(L === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 }) })}` }),
          ),
          h('p', { text: t(L, 'resultsFor', { date: fmtDate(L, r.asOf), jur: t(L, `jurisdiction.${r.jurisdiction}`) }) }),
        ),
      );
      if (b.key !== this._batchKey()) {
        out.push(
          h(
            'div',
            { class: 'dt-batch-stale', role: 'note' },
            h('p', { text: t(L, 'batch.stale') }),
            h('button', { type: 'button', id: 'dt-batch-rerun', class: 'dt-btn dt-btn-small', text: t(L, 'batch.rerun'), onclick: () => b.file && this._batchRun(b.file) }),
          ),
        );
      }
      const notes = [...(r.warnings ?? [])];
      if (r.encoding === 'gbk') notes.push(t(L, 'batch.encodingGbk'));
      if (notes.length) out.push(this._list(L, 'batch.warnings', notes, 'dt-batch-warnings'));
    }

    if (b.rows.length) out.push(this._batchFilters(L), this._batchTable(L));
    if (b.detail !== null && !b.running) out.push(this._batchDetail(L));
    this._results.replaceChildren(...out.filter(Boolean));
    if (b.running) this._batchProgress();
    if (active && !root.activeElement?.id) root.getElementById(active)?.focus();
  }

  _batchFilters(L) {
    const b = this._batch;
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
              this._batchRender();
              this._batchAnnounceShown();
            },
          },
          h('span', { class: 'dt-count-n', text: fmtNum(L, c[key] ?? 0) }),
          h('span', { class: 'dt-count-label', text: t(L, `batch.count.${key}`) }),
          key !== 'all' ? h('span', { class: 'dt-count-pct', text: pct(c[key] ?? 0) }) : null,
        ),
      );
    }
    const search = this._batchSearch;
    if (search.value !== b.query && this.shadowRoot.activeElement !== search) search.value = b.query;
    return h(
      'div',
      { class: 'dt-batch-controls' },
      h('p', { class: 'dt-list-label', id: 'dt-batch-filter-h', text: t(L, 'batch.filter') }),
      group,
      h('div', { class: 'dt-field dt-batch-search' }, h('label', { for: 'dt-batch-search', text: t(L, 'batch.search') }), search),
    );
  }

  _batchTable(L) {
    const b = this._batch;
    const rows = this._batchRows();
    const PAGE = 50;
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    b.page = Math.min(b.page, pages - 1);
    const from = b.page * PAGE;
    const shown = rows.slice(from, from + PAGE);
    const sep = L === 'en' ? '; ' : '；';
    const cols = [
      ['row', 'batch.col.row', true],
      ['label', 'batch.col.label', true],
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
                this._batchRender();
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
      if (r.error) note = r.error.column ? t(L, 'batch.errorIn', { column: r.error.column, message: r.error.message }) : t(L, 'batch.errorRow', { message: r.error.message });
      else if (r.outcome === 'undetermined' && r.missing.length) note = t(L, 'batch.missing', { fields: r.missing.map((p) => fieldLabel(L, p)).join(sep) });
      else if (r.outcome === 'ineligible' && r.toQualify.length) note = t(L, 'batch.toQualify', { what: r.toQualify.join(sep) });
      else if (r.outcome === 'eligible' && r.documents.length) {
        const docs = r.documents.join(L === 'en' ? ', ' : '、');
        note = t(L, 'batch.basis', { docs: r.documentCount > r.documents.length ? t(L, 'batch.basisMore', { docs, n: r.documentCount }) : docs });
      } else note = r.reason;
      const label = r.label || t(L, 'batch.noLabel');
      body.append(
        h(
          'tr',
          { class: `dt-brow dt-brow-${kind}${b.detail === r.row ? ' dt-brow-open' : ''}`, 'data-row': r.row },
          h('td', { class: 'dt-bcol-row', 'data-label': t(L, 'batch.col.row'), text: String(r.row) }),
          h('td', { class: `dt-bcol-label${r.label ? '' : ' dt-muted'}`, 'data-label': t(L, 'batch.col.label'), text: label }),
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
              'aria-label': t(L, 'batch.viewLabel', { row: r.row, label }),
              'aria-expanded': String(b.detail === r.row),
              'aria-controls': b.detail === r.row ? 'dt-batch-detail' : undefined,
              text: t(L, 'batch.view'),
              onclick: () => this._batchOpen(r.row),
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
          this._batchRender();
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
          this._batchRender();
        },
      }),
    );
    this._batchShown = { from: rows.length ? from + 1 : 0, to, n: rows.length };
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
  _batchAnnounceShown() {
    const L = this._state.lang;
    const shown = this._batchShown;
    if (!shown || !this._status) return;
    this._status.textContent = shown.n
      ? t(L, 'batch.page', { from: fmtNum(L, shown.from), to: fmtNum(L, shown.to), n: fmtNum(L, shown.n) })
      : t(L, 'batch.pageNone');
  }

  _batchOpen(row) {
    const b = this._batch;
    b.detail = b.detail === row ? null : row;
    this._batchRender();
    if (b.detail === null) {
      this.shadowRoot.getElementById(`dt-batch-view-${row}`)?.focus();
      return;
    }
    const heading = this.shadowRoot.getElementById('dt-batch-detail-h');
    heading?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    heading?.focus({ preventScroll: true });
  }

  /** One applicant's full cited report, evaluated again here from the row as read. */
  _batchDetail(L) {
    const b = this._batch;
    const row = b.rows.find((r) => r.row === b.detail);
    if (!row) return null;
    const label = row.label || t(L, 'batch.noLabel');
    const back = h('button', {
      type: 'button',
      id: 'dt-batch-back',
      class: 'dt-btn dt-btn-quiet dt-btn-small',
      text: t(L, 'batch.back'),
      onclick: () => this._batchOpen(row.row),
    });
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
          h('p', { text: row.error.column ? t(L, 'batch.errorIn', { column: row.error.column, message: row.error.message }) : row.error.message }),
        ),
      );
      return sec;
    }
    const g = row.graduate ?? {};
    const facts = [];
    const add = (k, val) => facts.push(h('dt', { text: t(L, k) }), h('dd', { text: val }));
    add('schoolType', v(L, 'schoolType', g.schoolType));
    if (TECHNICAL.has(g.schoolType)) add('classType', g.classType ? v(L, 'classType', g.classType) : t(L, 'notStated'));
    add('studyMode', g.studyMode ? v(L, 'studyMode', g.studyMode) : t(L, 'notStated'));
    add('graduationDate', g.graduationDate ? fmtDate(L, g.graduationDate) : t(L, 'stillStudent'));
    const sep = L === 'en' ? '; ' : '；';
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
    if (row.notes?.length) sec.append(this._list(L, 'batch.readingNotes', row.notes, 'dt-caveats'));
    if (!this._engine) {
      sec.append(h('p', { class: 'dt-status', text: t(L, this._loadError ? 'loadFailed' : 'loading') }));
      return sec;
    }
    const r = b.result;
    let report;
    try {
      report = this._engine.evaluate({ asOf: r.asOf, jurisdiction: r.jurisdiction, lang: L, graduate: g, post: r.post });
    } catch (err) {
      sec.append(h('div', { class: 'dt-error' }, h('p', { text: err?.message ?? String(err) })));
      return sec;
    }
    sec.append(
      h('p', { class: 'dt-resultsfor' }, t(L, 'resultsFor', { date: fmtDate(L, report.asOf), jur: t(L, `jurisdiction.${report.jurisdiction}`) })),
      report.recruitment ? this._recruitmentSection(L, report.recruitment) : null,
      this._equivalenceSection(L, report, null, report.asOf, null),
      this._directSection(L, report.directRecruitment ?? []),
      this._skillSection(L, report.skill),
      report.notes?.length ? this._notesSection(L, report.notes) : null,
    );
    this._fillLater();
    return sec;
  }

  _batchExport() {
    const b = this._batch;
    const L = this._state.lang;
    if (!b.csv || !b.result) return;
    const name = `${t(L, 'batch.exportName')}-${b.result.asOf}.csv`;
    const url = URL.createObjectURL(b.csv);
    const a = h('a', { href: url, download: name, hidden: true });
    this.shadowRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this._status.textContent = t(L, 'batch.exported', { name });
  }

  /** The print-only header of a batch: file, post, date, counts, rows shown. */
  _batchStatement() {
    const b = this._batch;
    const L = this._state.lang;
    if (!this._statement || !b.result) return;
    const r = b.result;
    const rows = [];
    const add = (k, val) => rows.push(h('dt', { text: t(L, k) }), h('dd', { text: val }));
    const sm = r.summary;
    add('batch.statementFile', t(L, 'batch.file', { name: b.name, size: fmtBytes(L, b.size) }));
    add('statementAsOf', fmtDate(L, r.asOf));
    add('statementJur', t(L, `jurisdiction.${r.jurisdiction}`));
    add('employer', v(L, 'employer', r.post.employer));
    add('postType', v(L, 'postType', r.post.postType));
    add('requiredEducation', r.post.requiredEducation ? v(L, 'education', r.post.requiredEducation) : t(L, 'noRequirement'));
    add('skillLevelRequired', t(L, `bool.${!!r.post.skillLevelRequired}`));
    add(
      'batch.statementCounts',
      t(L, 'batch.done', { rows: fmtNum(L, sm.rows), eligible: fmtNum(L, sm.eligible), ineligible: fmtNum(L, sm.ineligible), undetermined: fmtNum(L, sm.undetermined), errors: fmtNum(L, sm.errors) }),
    );
    const shown = this._batchShown ?? { from: 0, to: 0, n: 0 };
    add('batch.statementShown', `${t(L, 'batch.page', { from: fmtNum(L, shown.from), to: fmtNum(L, shown.to), n: fmtNum(L, shown.n) })}（${t(L, `batch.count.${b.filter}`)}）`);
    add('statementRules', r.rulesVersion ?? '');
    add('statementPrinted', fmtDateTime(L, new Date()));
    this._statement.replaceChildren(h('p', { class: 'dt-statement-title', text: t(L, 'batch.statementTitle') }), h('dl', { class: 'dt-statement-inputs' }, rows));
  }
}

if (!customElements.get('dengtong-calculator')) {
  // Start loading the engine now, before the first element builds its form.
  loadEngine().catch(() => {});
  customElements.define('dengtong-calculator', DengtongCalculator);
}

export { DengtongCalculator, encodeState, decodeState, buildRequest };
