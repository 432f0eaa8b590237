// The widget's state: what the visitor entered, as plain data. Encoded into
// the URL fragment (a share link reproduces the answer; the fragment never
// reaches a server), decoded back, and turned into an evaluation request
// (api.md). Nothing here touches the DOM or the engine.
import { values, LANGS } from './i18n.js';
import { isDate, todayIso } from './format.js';

export const MODES = ['graduate', 'recruiter', 'teacher'];
export const RECRUITER_VIEWS = ['single', 'batch'];
/** The jurisdictions of the engine's table (www/vocabulary.js), the root first. */
export const JURISDICTIONS = values('jurisdiction');
/** 技工院校: the schools whose classes (中级工班, …) the rules name. */
export const TECHNICAL = new Set(['technicalSchool', 'seniorTechnicalSchool', 'technicianCollege']);
/** The title ladders (职称系列), lowest rung first. */
export const LADDERS = {
  theory: ['assistantLecturer', 'lecturer', 'seniorLecturer', 'professorLecturer'],
  practical: ['grade3Instructor', 'grade2Instructor', 'grade1Instructor', 'seniorInstructor', 'professorInstructor'],
};
/** The most certificates / placings the form offers rows for; a share
 *  link is cut to the same (a link with thousands would freeze the page). */
export const MAX_CERTIFICATES = 20;
export const MAX_AWARDS = 20;
const HASH_KEY = 'dt';

/** A teacher's highest schooling (最高学历): an education level, or a
 *  技工院校 class, which the title rules set beside a level. */
export const CLASS_PREFIX = 'class.';
export function teacherHighestValues() {
  return [...values('education'), ...values('classType').map((c) => CLASS_PREFIX + c)];
}
export const teacherClass = (highest) => (String(highest).startsWith(CLASS_PREFIX) ? highest.slice(CLASS_PREFIX.length) : '');

/** 1 July of the latest graduation season. */
export function defaultGraduation(d = new Date()) {
  const y = d.getMonth() >= 6 ? d.getFullYear() : d.getFullYear() - 1;
  return `${y}-07-01`;
}

export function defaultState() {
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
      /** The 学历 held (graduate.education): '' (not stated) or an education level. */
      education: '',
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
      /** '' (not stated), an education level, or CLASS_PREFIX + a class. */
      highest: '',
      /** When the highest schooling is a 技工院校 class: its graduation date. */
      graduationDate: '',
      certLevel: '',
      certField: '',
    },
  };
}

// ---------------------------------------------------------------- share link

/** State → fragment parameters (all ASCII; lists repeat a key, parts joined by "."). */
export function encodeState(s) {
  const p = new URLSearchParams();
  p.set(HASH_KEY, '1');
  p.set('mode', s.mode);
  p.set('lang', s.lang);
  p.set('jur', s.jurisdiction);
  p.set('asOf', s.asOf || todayIso());
  if (s.mode === 'teacher') {
    const tt = s.teacher;
    p.set('track', tt.track);
    if (tt.currentTitle) p.set('title', tt.currentTitle);
    if (tt.currentTitleSince) p.set('titleSince', tt.currentTitleSince);
    if (tt.teachingSince) p.set('teaching', tt.teachingSince);
    if (tt.probationCompleted) p.set('probation', tt.probationCompleted);
    p.set('tedu', tt.highest || 'none');
    if (teacherClass(tt.highest) && tt.graduationDate) p.set('tgrad', tt.graduationDate);
    if (tt.certLevel) p.set('tcert', [tt.certLevel, tt.certField || ''].join('.'));
    return p.toString();
  }
  const g = s.graduate;
  p.set('school', g.schoolType);
  if (g.classType && TECHNICAL.has(g.schoolType)) p.set('class', g.classType);
  if (g.education) p.set('gedu', g.education);
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
  return p.toString();
}

/** Is this fragment a share link of the widget? */
export function isShareLink(hash) {
  return new URLSearchParams(String(hash || '').replace(/^#/, '')).get(HASH_KEY) === '1';
}

/** Fragment → state, on top of `base` (the defaults: a link never mixes
 *  with what the page showed before). Unknown values are dropped and the
 *  defaults stand; lists are cut to what the form offers. Reads the links
 *  of every earlier version (`#dt=1&…`). null when it is not a share link. */
export function decodeState(hash, base) {
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
  if (p.has('school') || p.has('grad')) {
    pick('school', values('schoolType'), (x) => (g.schoolType = x));
    g.classType = '';
    pick('class', values('classType'), (x) => (g.classType = x));
    g.education = '';
    pick('gedu', values('education'), (x) => (g.education = x));
    g.studyMode = '';
    pick('study', values('studyMode'), (x) => (g.studyMode = x));
    const grad = p.get('grad');
    g.student = grad === 'student';
    g.graduationDate = isDate(grad) ? grad : '';
  }
  g.certificates = capped(p.getAll('cert'), MAX_CERTIFICATES)
    .map((x) => x.split(/[.~]/))
    .filter(([level]) => values('certLevel').includes(level))
    .map(([level, field]) => ({ level, field: values('certField').includes(field) ? field : '' }));
  g.awards = capped(p.getAll('award'), MAX_AWARDS)
    .map((x) => x.split(/[.~]/))
    .filter(([c]) => values('competition').includes(c))
    .map(([competition, rank, medal, prize, team]) => ({
      competition,
      rank: /^[1-9]\d{0,3}$/.test(rank) ? rank : '',
      medal: values('medal').includes(medal) ? medal : '',
      prize: ['1', '2', '3'].includes(prize) ? prize : '',
      teamSize: ['1', '2', '3'].includes(team) ? team : '',
    }));
  g.honours = [...new Set(capped(p.getAll('honour'), values('honour').length * 2).filter((x) => values('honour').includes(x)))];
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
  if (p.has('tedu')) {
    pick('tedu', teacherHighestValues(), (x) => (tt.highest = x));
    if (isDate(p.get('tgrad'))) tt.graduationDate = p.get('tgrad');
    const [level, field] = String(p.get('tcert') ?? '').split('.');
    if (values('certLevel').includes(level)) {
      tt.certLevel = level;
      tt.certField = values('certField').includes(field) ? field : '';
    }
  } else if (s.mode === 'teacher' && (p.has('school') || p.has('grad'))) {
    migrateTeacher(s, p.get('edu'));
  }
  return s;
}

function capped(list, max) {
  return list.length > max ? list.slice(0, max) : list;
}

/** A teacher link of the earlier widget kept the teacher's schooling in the graduate's
 *  fields (class, graduation date, certificates) and the stated education
 *  in `edu`; the higher of the two counted. */
function migrateTeacher(s, edu) {
  const g = s.graduate;
  const tt = s.teacher;
  const levels = values('education');
  const classLevel = { intermediate: 'secondaryVocational', senior: 'associate', preparatoryTechnician: 'bachelor' };
  const stated = levels.includes(edu) ? edu : '';
  const cls = TECHNICAL.has(g.schoolType) && !g.student && isDate(g.graduationDate) ? g.classType : '';
  if (cls && (!stated || levels.indexOf(classLevel[cls]) >= levels.indexOf(stated))) {
    tt.highest = CLASS_PREFIX + cls;
    tt.graduationDate = g.graduationDate;
  } else tt.highest = stated;
  const order = values('certLevel');
  const best = [...g.certificates].sort((a, b) => order.indexOf(b.level) - order.indexOf(a.level))[0];
  if (best) {
    tt.certLevel = best.level;
    tt.certField = best.field;
  }
}

// ---------------------------------------------------------------- request

/** Facts the answer needs that the widget itself asks for before asking
 *  the engine: an empty graduation date is a missing fact, not "enrolled".
 *  Field paths, as `missing` names them. */
export function missingFacts(s) {
  if (s.mode === 'recruiter' && s.recruiterView === 'batch') return [];
  if (s.mode === 'teacher') return teacherClass(s.teacher.highest) && !isDate(s.teacher.graduationDate) ? ['graduate.graduationDate'] : [];
  return !s.graduate.student && !isDate(s.graduate.graduationDate) ? ['graduate.graduationDate'] : [];
}

/** The school a stated education level comes from, for teacher mode. */
const SCHOOL_OF_LEVEL = {
  secondaryVocational: 'secondaryVocationalSchool',
  associate: 'higherVocationalCollege',
  bachelor: 'university',
  master: 'university',
  doctorate: 'university',
};

/** State → evaluation request (api.md). */
export function buildRequest(s, asOf) {
  const req = { asOf, jurisdiction: s.jurisdiction, lang: s.lang };
  if (s.mode === 'teacher') {
    // The teacher's own schooling is the request's graduate: a 技工院校
    // class with its graduation date, or a stated level (teacher.education;
    // the school that grants it, with no date: the level alone decides).
    const tt = s.teacher;
    const cls = teacherClass(tt.highest);
    const certificates = tt.certLevel ? [tt.certField ? { level: tt.certLevel, field: tt.certField } : { level: tt.certLevel }] : [];
    const teacher = { track: tt.track };
    if (tt.currentTitle && LADDERS[tt.track].includes(tt.currentTitle)) teacher.currentTitle = tt.currentTitle;
    if (isDate(tt.currentTitleSince)) teacher.currentTitleSince = tt.currentTitleSince;
    if (isDate(tt.teachingSince)) teacher.teachingSince = tt.teachingSince;
    if (tt.probationCompleted) teacher.probationCompleted = tt.probationCompleted === 'yes';
    if (cls) req.graduate = { schoolType: 'technicianCollege', classType: cls, graduationDate: isDate(tt.graduationDate) ? tt.graduationDate : null, certificates };
    else {
      req.graduate = { schoolType: SCHOOL_OF_LEVEL[tt.highest] ?? 'technicianCollege', graduationDate: null, certificates };
      if (tt.highest) req.graduate.education = teacher.education = tt.highest;
    }
    req.teacher = teacher;
    return req;
  }
  const g = s.graduate;
  const graduate = { schoolType: g.schoolType };
  if (TECHNICAL.has(g.schoolType) && g.classType) graduate.classType = g.classType;
  if (g.education) graduate.education = g.education;
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
  req.graduate = graduate;
  if (s.mode === 'recruiter') req.post = postOf(s);
  return req;
}

/** The post of recruiter mode (api.md `post`). */
export function postOf(s) {
  const post = { employer: s.post.employer, postType: s.post.postType, skillLevelRequired: !!s.post.skillLevelRequired };
  if (s.post.requiredEducation) post.requiredEducation = s.post.requiredEducation;
  return post;
}
