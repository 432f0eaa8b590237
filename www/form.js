// The form: semantic controls, a label on each, ids the report can point
// to ("go to field"). Each builder gets the context
//   {state, lang, set(change, rebuild?, focusId?), asOf}
// and returns nodes; `set` updates the state and re-answers (rebuild =
// true when the controls themselves change).
import { t, v, values, fieldLabel } from './i18n.js';
import { h, append } from './dom.js';
import { isDate, todayIso } from './format.js';
import {
  MODES,
  RECRUITER_VIEWS,
  JURISDICTIONS,
  TECHNICAL,
  LADDERS,
  MAX_CERTIFICATES,
  MAX_AWARDS,
  CLASS_PREFIX,
  teacherClass,
  defaultGraduation,
} from './state.js';

/** Which control shows a request field (missing facts, errors), per mode:
 *  an element id, or null. */
export function controlFor(path, mode) {
  const p = String(path ?? '');
  if (mode === 'teacher') {
    const teacher = {
      'graduate.classType': 'dt-education',
      'graduate.education': 'dt-education',
      'graduate.graduationDate': 'dt-teacher-grad',
      'graduate.certificates': 'dt-teacher-cert',
      'teacher.education': 'dt-education',
    };
    if (p in teacher) return teacher[p];
  }
  const item = /^graduate\.(awards|certificates)\[(\d+)\](?:\.(\w+))?/.exec(p);
  if (item) {
    const [, list, i, part] = item;
    if (list === 'awards') return `dt-award-${i}-${AWARD_PARTS[part] ?? 'comp'}`;
    return `dt-cert-${i}-${part === 'field' ? 'field' : 'level'}`;
  }
  return FIELD_CONTROL[p] ?? null;
}

const AWARD_PARTS = { competition: 'comp', rank: 'rank', medal: 'medal', prize: 'prize', teamSize: 'team' };

const FIELD_CONTROL = {
  'graduate.schoolType': 'dt-school',
  'graduate.classType': 'dt-class',
  'graduate.education': 'dt-gedu',
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

/** An element of the widget by id (root: its shadow root, or an element). */
const byId = (root, id) => root?.querySelector?.(`#${CSS.escape(id)}`) ?? null;

/** Scrolls to a control and focuses it; a disabled one hands over to the
 *  first control of its field that is not (a graduation date while "still
 *  a student" is ticked: the tick box). */
export function goToControl(root, id) {
  let el = byId(root, id);
  if (!el) return;
  if (el.disabled) el = el.closest('.dt-field')?.querySelector('input:not(:disabled), select:not(:disabled), button:not(:disabled)') ?? el;
  el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}

/** The request fields an answer still needs (`missing`), in words, each
 *  with a button to its control when the form shows one; null when none. */
export function missingFields(L, paths, mode, root) {
  if (!paths?.length) return null;
  const items = [...new Set(paths)].map((path) => {
    const label = fieldLabel(L, path, mode);
    const li = h('li', { 'data-field': path }, h('span', { class: 'dt-missing-label', text: label }));
    const id = controlFor(path, mode);
    if (id && byId(root, id)) {
      li.append(
        ' ',
        h('button', {
          type: 'button',
          class: 'dt-btn dt-btn-link dt-goto',
          text: t(L, 'goToField'),
          'aria-label': `${t(L, 'goToField')}: ${label}`,
          onclick: () => goToControl(root, id),
        }),
      );
    }
    return li;
  });
  return h('div', { class: 'dt-listblock dt-missing' }, h('p', { class: 'dt-list-label', text: t(L, 'missing') }), h('ul', {}, items));
}

// ---------------------------------------------------------------- small controls

function select(L, id, labelKey, options, value, onChange, extra = {}) {
  const sel = h(
    'select',
    { id, disabled: extra.disabled, 'aria-describedby': extra.hint ? `${id}-hint` : undefined, onchange: (e) => onChange(e.target.value) },
    options.map((o) =>
      o.group
        ? h('optgroup', { label: o.group }, o.options.map(([val, label]) => h('option', { value: val, selected: val === value, text: label })))
        : h('option', { value: o[0], selected: o[0] === value, text: o[1] }),
    ),
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

function dateField(L, id, labelKey, value, onChange, extra = {}) {
  return h(
    'div',
    { class: 'dt-field' },
    h('label', { for: id, text: t(L, labelKey) }),
    h('input', {
      type: 'date',
      id,
      value: value || '',
      disabled: extra.disabled,
      'aria-invalid': extra.invalid ? 'true' : undefined,
      'aria-describedby': extra.hint ? `${id}-hint` : undefined,
      oninput: (e) => onChange(isDate(e.target.value) ? e.target.value : ''),
    }),
    extra.hint ? h('p', { class: 'dt-hint', id: `${id}-hint`, text: extra.hint }) : null,
  );
}

function check(id, label, checked, onChange) {
  return h('div', { class: 'dt-check' }, h('input', { type: 'checkbox', id, checked, onchange: (e) => onChange(e.target.checked) }), h('label', { for: id, text: label }));
}

const opts = (L, group, list = values(group)) => list.map((x) => [x, v(L, group, x)]);

// ---------------------------------------------------------------- the parts

/** The mode switch (real radios, drawn as a segmented control). */
export function modeSwitch(ctx) {
  const { state: s, lang: L } = ctx;
  const seg = h('div', { class: 'dt-seg' });
  for (const m of MODES) {
    const id = `dt-mode-${m}`;
    seg.append(
      h('input', { type: 'radio', name: 'dt-mode', id, value: m, checked: s.mode === m, class: 'dt-seg-input', onchange: () => ctx.set((st) => (st.mode = m), true, id) }),
      h('label', { for: id, class: 'dt-seg-label', text: t(L, `mode.${m}`) }),
    );
  }
  return h('fieldset', { class: 'dt-modes' }, h('legend', { class: 'dt-legend', text: t(L, 'modeLegend') }), seg, h('p', { class: 'dt-hint', text: t(L, `modeHint.${s.mode}`) }));
}

/** Recruiter mode: one applicant, or a spreadsheet. */
export function viewSwitch(ctx) {
  const { state: s, lang: L } = ctx;
  const seg = h('div', { class: 'dt-seg' });
  for (const view of RECRUITER_VIEWS) {
    const id = `dt-view-${view}`;
    seg.append(
      h('input', { type: 'radio', name: 'dt-view', id, value: view, checked: s.recruiterView === view, class: 'dt-seg-input', onchange: () => ctx.set((st) => (st.recruiterView = view), true, id) }),
      h('label', { for: id, class: 'dt-seg-label', text: t(L, `view.${view}`) }),
    );
  }
  return h('fieldset', { class: 'dt-modes dt-views' }, h('legend', { class: 'dt-legend', text: t(L, 'view.legend') }), seg, h('p', { class: 'dt-hint', text: t(L, `view.hint.${s.recruiterView}`) }));
}

/** The date the rules are read for, and the jurisdiction. */
export function settings(ctx) {
  const { state: s, lang: L } = ctx;
  const asOf = h('input', {
    type: 'date',
    id: 'dt-asof',
    value: ctx.asOf,
    'aria-describedby': 'dt-asof-hint',
    required: true,
    oninput: (e) => {
      if (isDate(e.target.value)) ctx.set((st) => (st.asOf = e.target.value));
    },
    onchange: (e) => {
      if (!e.target.value) {
        e.target.value = todayIso();
        ctx.set((st) => (st.asOf = ''));
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
      ctx.set((st) => (st.asOf = ''));
    },
  });
  return h(
    'fieldset',
    { class: 'dt-fieldset dt-settings' },
    h('legend', { class: 'dt-legend', text: t(L, 'settings') }),
    h('div', { class: 'dt-field' }, h('label', { for: 'dt-asof', text: t(L, 'asOf') }), h('div', { class: 'dt-inline' }, asOf, todayBtn), h('p', { class: 'dt-hint', id: 'dt-asof-hint', text: t(L, 'asOfHint') })),
    select(L, 'dt-jur', 'jurisdiction', JURISDICTIONS.map((j) => [j, v(L, 'jurisdiction', j)]), s.jurisdiction, (val) => ctx.set((st) => (st.jurisdiction = val))),
  );
}

/** The graduate (graduate mode) or the applicant (recruiter mode). */
export function graduateFields(ctx, legendKey) {
  const { state: s, lang: L } = ctx;
  const g = s.graduate;
  const tr = (k, vars) => t(L, k, vars);
  const technical = TECHNICAL.has(g.schoolType);
  const noDate = !g.student && !isDate(g.graduationDate);
  const grid = h(
    'div',
    { class: 'dt-grid' },
    select(L, 'dt-school', 'schoolType', opts(L, 'schoolType'), g.schoolType, (val) =>
      ctx.set((st) => {
        st.graduate.schoolType = val;
        if (!TECHNICAL.has(val)) st.graduate.classType = '';
        else if (!st.graduate.classType) st.graduate.classType = 'senior';
      }, true),
    ),
    select(L, 'dt-class', 'classType', [['', tr('notStated')], ...opts(L, 'classType')], technical ? g.classType : '', (val) => ctx.set((st) => (st.graduate.classType = val)), {
      disabled: !technical,
      hint: technical ? undefined : tr('classTypeNA'),
    }),
    select(L, 'dt-gedu', 'graduateEducation', [['', tr('notStated')], ...opts(L, 'education')], g.education, (val) => ctx.set((st) => (st.graduate.education = val)), {
      hint: tr('graduateEducationHint'),
    }),
    select(L, 'dt-study', 'studyMode', [['', tr('notStated')], ...opts(L, 'studyMode')], g.studyMode, (val) => ctx.set((st) => (st.graduate.studyMode = val))),
    h(
      'div',
      { class: 'dt-field' },
      h('label', { for: 'dt-grad-date', text: tr('graduationDate') }),
      h('input', {
        type: 'date',
        id: 'dt-grad-date',
        value: g.student ? '' : g.graduationDate,
        disabled: g.student,
        'aria-invalid': noDate ? 'true' : undefined,
        'aria-describedby': noDate ? 'dt-grad-date-hint' : undefined,
        oninput: (e) => ctx.set((st) => (st.graduate.graduationDate = isDate(e.target.value) ? e.target.value : '')),
      }),
      noDate ? h('p', { class: 'dt-hint dt-hint-error', id: 'dt-grad-date-hint', text: tr('fillGraduationDate') }) : null,
      check('dt-student', tr('stillStudent'), g.student, (on) =>
        ctx.set((st) => {
          st.graduate.student = on;
          if (!on && !st.graduate.graduationDate) st.graduate.graduationDate = defaultGraduation();
        }, true),
      ),
    ),
  );
  return h(
    'fieldset',
    { class: 'dt-fieldset' },
    h('legend', { class: 'dt-legend', text: tr(legendKey) }),
    grid,
    certificates(ctx),
    awards(ctx),
    honours(ctx),
  );
}

function certificates(ctx) {
  const { state: s, lang: L } = ctx;
  const g = s.graduate;
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
        select(L, `dt-cert-${i}-level`, 'certLevel', opts(L, 'certLevel'), c.level, (val) => ctx.set((st) => (st.graduate.certificates[i].level = val))),
        select(L, `dt-cert-${i}-field`, 'certField', [['', tr('notStated')], ...opts(L, 'certField')], c.field, (val) => ctx.set((st) => (st.graduate.certificates[i].field = val))),
        h('button', {
          type: 'button',
          class: 'dt-btn dt-btn-quiet dt-btn-small dt-remove',
          id: `dt-cert-${i}-remove`,
          'aria-label': tr('removeCertificate', { n }),
          text: tr('remove'),
          onclick: () => ctx.set((st) => st.graduate.certificates.splice(i, 1), true, 'dt-add-cert'),
        }),
      ),
    );
  });
  if (g.certificates.length) box.append(list);
  const full = g.certificates.length >= MAX_CERTIFICATES;
  append(box, [
    h('button', {
      type: 'button',
      id: 'dt-add-cert',
      class: 'dt-btn dt-btn-quiet dt-add',
      disabled: full,
      'aria-describedby': full ? 'dt-add-cert-hint' : undefined,
      text: `＋ ${tr('addCertificate')}`,
      onclick: () => {
        const i = ctx.state.graduate.certificates.length;
        ctx.set((st) => st.graduate.certificates.push({ level: 'senior', field: '' }), true, `dt-cert-${i}-level`);
      },
    }),
    full ? h('p', { class: 'dt-hint', id: 'dt-add-cert-hint', text: tr('certificatesMax', { n: MAX_CERTIFICATES }) }) : null,
  ]);
  return box;
}

function awards(ctx) {
  const { state: s, lang: L } = ctx;
  const g = s.graduate;
  const tr = (k, vars) => t(L, k, vars);
  const box = h('fieldset', { class: 'dt-sub-fieldset' }, h('legend', { class: 'dt-sublegend', text: tr('awards') }));
  if (!g.awards.length) box.append(h('p', { class: 'dt-empty', text: tr('awardsNone') }));
  const list = h('ol', { class: 'dt-rows' });
  g.awards.forEach((a, i) => {
    const n = i + 1;
    const upd = (fn) => ctx.set((st) => fn(st.graduate.awards[i]));
    list.append(
      h(
        'li',
        { class: 'dt-row dt-row-award', 'aria-label': `${tr('award')} ${n}` },
        select(L, `dt-award-${i}-comp`, 'competition', opts(L, 'competition'), a.competition, (val) => upd((x) => (x.competition = val)), { class: 'dt-wide' }),
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
        select(L, `dt-award-${i}-medal`, 'medal', [['', tr('none')], ...opts(L, 'medal')], a.medal, (val) => upd((x) => (x.medal = val))),
        select(L, `dt-award-${i}-prize`, 'prize', [['', tr('none')], ...opts(L, 'prize')], a.prize, (val) => upd((x) => (x.prize = val))),
        select(L, `dt-award-${i}-team`, 'teamSize', [['', tr('notStated')], ...opts(L, 'teamSize')], a.teamSize, (val) => upd((x) => (x.teamSize = val))),
        h('button', {
          type: 'button',
          class: 'dt-btn dt-btn-quiet dt-btn-small dt-remove',
          id: `dt-award-${i}-remove`,
          'aria-label': tr('removeAward', { n }),
          text: tr('remove'),
          onclick: () => ctx.set((st) => st.graduate.awards.splice(i, 1), true, 'dt-add-award'),
        }),
      ),
    );
  });
  if (g.awards.length) box.append(list);
  const full = g.awards.length >= MAX_AWARDS;
  append(box, [
    h('button', {
      type: 'button',
      id: 'dt-add-award',
      class: 'dt-btn dt-btn-quiet dt-add',
      disabled: full,
      'aria-describedby': full ? 'dt-add-award-hint' : undefined,
      text: `＋ ${tr('addAward')}`,
      onclick: () => {
        const i = ctx.state.graduate.awards.length;
        ctx.set((st) => st.graduate.awards.push({ competition: 'provincialClass1', rank: '', medal: '', prize: '', teamSize: '1' }), true, `dt-award-${i}-comp`);
      },
    }),
    full ? h('p', { class: 'dt-hint', id: 'dt-add-award-hint', text: tr('awardsMax', { n: MAX_AWARDS }) }) : null,
  ]);
  return box;
}

function honours(ctx) {
  const { state: s, lang: L } = ctx;
  const g = s.graduate;
  const list = h('div', { class: 'dt-checks' });
  // The unsplit 技能大师工作室带头人 only where an earlier link set it.
  for (const x of values('honour').filter((y) => y !== 'masterStudioLead' || g.honours.includes(y))) {
    list.append(
      check(`dt-honour-${x}`, v(L, 'honour', x), g.honours.includes(x), (on) =>
        ctx.set((st) => {
          const set = new Set(st.graduate.honours);
          if (on) set.add(x);
          else set.delete(x);
          st.graduate.honours = values('honour').filter((y) => set.has(y));
        }),
      ),
    );
  }
  return h('fieldset', { class: 'dt-sub-fieldset', id: 'dt-honours', tabindex: -1 }, h('legend', { class: 'dt-sublegend', text: t(L, 'honours') }), list);
}

/** The post (recruiter mode). */
export function postFields(ctx) {
  const { state: s, lang: L } = ctx;
  const p = s.post;
  return h(
    'fieldset',
    { class: 'dt-fieldset' },
    h('legend', { class: 'dt-legend', text: t(L, 'postLegend') }),
    h(
      'div',
      { class: 'dt-grid' },
      select(L, 'dt-employer', 'employer', opts(L, 'employer'), p.employer, (val) => ctx.set((st) => (st.post.employer = val))),
      select(L, 'dt-posttype', 'postType', opts(L, 'postType'), p.postType, (val) => ctx.set((st) => (st.post.postType = val))),
      select(L, 'dt-reqedu', 'requiredEducation', [['', t(L, 'noRequirement')], ...opts(L, 'education')], p.requiredEducation, (val) => ctx.set((st) => (st.post.requiredEducation = val))),
    ),
    check('dt-skillreq', t(L, 'skillLevelRequired'), p.skillLevelRequired, (on) => ctx.set((st) => (st.post.skillLevelRequired = on))),
  );
}

/** The teacher: the ladder facts, and what decides the answer — the
 *  teacher's own highest schooling and skill certificate. */
export function teacherFields(ctx) {
  const { state: s, lang: L } = ctx;
  const tt = s.teacher;
  const tr = (k, vars) => t(L, k, vars);
  const cls = teacherClass(tt.highest);
  const noDate = cls && !isDate(tt.graduationDate);
  return h(
    'fieldset',
    { class: 'dt-fieldset' },
    h('legend', { class: 'dt-legend', text: tr('teacherLegend') }),
    h(
      'div',
      { class: 'dt-grid' },
      select(L, 'dt-track', 'track', opts(L, 'track'), tt.track, (val) =>
        ctx.set((st) => {
          st.teacher.track = val;
          if (!LADDERS[val].includes(st.teacher.currentTitle)) st.teacher.currentTitle = '';
        }, true),
      ),
      select(L, 'dt-title', 'currentTitle', [['', tr('noTitleYet')], ...opts(L, 'title', LADDERS[tt.track])], tt.currentTitle, (val) => ctx.set((st) => (st.teacher.currentTitle = val))),
      dateField(L, 'dt-title-since', 'currentTitleSince', tt.currentTitleSince, (val) => ctx.set((st) => (st.teacher.currentTitleSince = val))),
      dateField(L, 'dt-teaching-since', 'teachingSince', tt.teachingSince, (val) => ctx.set((st) => (st.teacher.teachingSince = val))),
      select(
        L,
        'dt-probation',
        'probationCompleted',
        [
          ['', tr('notStated')],
          ['yes', tr('yes')],
          ['no', tr('no')],
        ],
        tt.probationCompleted,
        (val) => ctx.set((st) => (st.teacher.probationCompleted = val)),
      ),
      select(
        L,
        'dt-education',
        'teacherHighest',
        [
          ['', tr('notStated')],
          { group: tr('teacherHighestLevels'), options: opts(L, 'education') },
          { group: tr('teacherHighestClasses'), options: values('classType').map((c) => [CLASS_PREFIX + c, tr('teacherClassOption', { class: v(L, 'classType', c) })]) },
        ],
        tt.highest,
        (val) =>
          ctx.set((st) => {
            st.teacher.highest = val;
          }, true, 'dt-education'),
        { hint: tr('teacherHighestHint') },
      ),
      cls
        ? dateField(L, 'dt-teacher-grad', 'teacherGraduationDate', tt.graduationDate, (val) => ctx.set((st) => (st.teacher.graduationDate = val)), {
            invalid: noDate,
            hint: noDate ? tr('fillGraduationDate') : undefined,
          })
        : null,
      select(L, 'dt-teacher-cert', 'teacherCert', [['', tr('noCertificate')], ...opts(L, 'certLevel')], tt.certLevel, (val) =>
        ctx.set((st) => {
          st.teacher.certLevel = val;
          if (!val) st.teacher.certField = '';
        }, true, 'dt-teacher-cert'),
      ),
      tt.certLevel
        ? select(L, 'dt-teacher-cert-field', 'teacherCertField', [['', tr('notStated')], ...opts(L, 'certField')], tt.certField, (val) => ctx.set((st) => (st.teacher.certField = val)))
        : null,
    ),
  );
}
