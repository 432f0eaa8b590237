// The widget's words, zh-CN and English, from one table. Law quotes are never
// translated here: they come verbatim (Chinese) from the report, and the
// report's own English texts (lang "en") serve as glosses.
//
// Each entry is [zh-CN, en]. Vocabulary values are keyed by their api.md
// name, grouped by field.

import { VOCABULARY, JURISDICTIONS } from './vocabulary.js';

export const LANGS = ['zh-CN', 'en'];

const UI = {
  title: ['技工院校毕业生学历等同查询', 'Technical-school graduates: education equivalence'],
  subtitle: [
    '按用途查看中级工班、高级工班、预备技师（技师）班毕业生按何种学历对待。每条结论都附政策原文、文号和条款。',
    'What a 技工院校 class counts as, purpose by purpose. Every answer quotes the clause it rests on, with its document number and article.',
  ],
  privacy: ['计算在您的浏览器内完成，所填信息不会发送到任何服务器。', 'Everything is computed in your browser; nothing you enter is sent anywhere.'],
  switchLang: ['English', '中文'],
  switchLangLabel: ['Switch to English', '切换到中文'],
  modeLegend: ['我要查询', 'I want to check'],
  'mode.graduate': ['毕业生待遇', 'Graduate'],
  'mode.recruiter': ['招聘资格', 'Recruiter'],
  'mode.teacher': ['教师职称', 'Teacher title'],
  'modeHint.graduate': ['按用途列出学历等同、直接考察招聘渠道和就业创业补贴。', 'Equivalence by purpose, direct-recruitment routes, subsidies.'],
  'modeHint.recruiter': ['招聘单位：输入岗位条件和一名应聘者，判断能否报考。', 'Employers: a post and one applicant — may they apply?'],
  'modeHint.teacher': ['技工院校教师：各级职称的申报条件和最早可申报日期。', '技工院校 teachers: each rung of the title ladder and the earliest date to apply.'],
  settings: ['查询条件', 'Settings'],
  asOf: ['按此日期的政策', 'Rules as they stood on'],
  asOfHint: ['默认今天；改为过去的日期可查看当时的规定。', 'Defaults to today; pick a past date to see the rules of that day.'],
  today: ['今天', 'Today'],
  jurisdiction: ['适用范围', 'Rules of'],

  // Graduate form
  graduateLegend: ['毕业生情况', 'The graduate'],
  applicantLegend: ['应聘者情况', 'The applicant'],
  schoolType: ['院校类型', 'School type'],
  classType: ['班级层次', 'Class'],
  classTypeNA: ['（仅技工院校）', '(技工院校 only)'],
  studyMode: ['学习形式', 'Study mode'],
  notStated: ['未填写', 'Not stated'],
  graduationDate: ['毕业日期', 'Graduation date'],
  stillStudent: ['仍在校（在校生）', 'Still a student (在校生)'],
  certificates: ['职业资格 / 职业技能等级证书', 'Skill certificates (职业资格 / 职业技能等级)'],
  certificatesNone: ['未添加证书。', 'No certificates added.'],
  certificate: ['证书', 'Certificate'],
  certLevel: ['等级', 'Level'],
  certField: ['类别', 'Field'],
  addCertificate: ['添加证书', 'Add a certificate'],
  awards: ['竞赛获奖', 'Competition placings'],
  awardsNone: ['未添加获奖。', 'No placings added.'],
  award: ['获奖', 'Placing'],
  competition: ['竞赛', 'Competition'],
  rank: ['名次', 'Rank'],
  rankHint: ['1 = 第一名', '1 = first'],
  medal: ['奖牌', 'Medal'],
  prize: ['奖项等次', 'Prize'],
  teamSize: ['参赛人数', 'Team size'],
  addAward: ['添加获奖', 'Add a placing'],
  remove: ['删除', 'Remove'],
  removeCertificate: ['删除第 {n} 个证书', 'Remove certificate {n}'],
  removeAward: ['删除第 {n} 项获奖', 'Remove placing {n}'],
  honours: ['荣誉', 'Honours'],
  graduateEducation: ['学历', 'Education (学历)'],
  graduateEducationHint: [
    '普通高等学校毕业的请填写；技工院校毕业、另有学历（如自学考试）的也可填写。',
    'Needed for a university graduate; a 技工院校 graduate may give a 学历 held besides the class (e.g. 自学考试).',
  ],
  awardN: ['第 {n} 项获奖', 'Placing {n}'],
  awardPart: ['第 {n} 项获奖的{part}', 'Placing {n}: {part}'],
  certificateN: ['第 {n} 个证书', 'Certificate {n}'],
  certificatePart: ['第 {n} 个证书的{part}', 'Certificate {n}: {part}'],
  none: ['无', 'None'],

  // Post
  postLegend: ['招聘岗位', 'The post'],
  employer: ['用人单位', 'Employer'],
  postType: ['岗位类别', 'Post type'],
  requiredEducation: ['学历要求', 'Required education'],
  noRequirement: ['不限', 'None'],
  skillLevelRequired: ['岗位有职业技能等级要求', 'The post requires a skill level'],

  // Teacher
  teacherLegend: ['教师情况', 'The teacher'],
  track: ['职称系列', 'Title series'],
  currentTitle: ['现任职称', 'Current title'],
  noTitleYet: ['尚无职称', 'No title yet'],
  currentTitleSince: ['取得现职称日期', 'Current title held since'],
  teachingSince: ['从事教学一线工作起始日期', 'Frontline teaching since'],
  probationCompleted: ['见习期满并考核合格', 'Probation completed'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  education: ['最高学历', 'Highest education'],
  teacherHighest: ['最高学历', 'Highest education'],
  teacherHighestHint: ['技工院校毕业的，选择所读班级。', 'A 技工院校 graduate: choose the class.'],
  teacherHighestLevels: ['学历', 'Education'],
  teacherHighestClasses: ['技工院校毕业班级', '技工院校 class graduated'],
  teacherClassOption: ['技工院校{class}', '技工院校 {class}'],
  teacherGraduationDate: ['该班级毕业日期', 'Graduated from that class on'],
  teacherCert: ['最高职业技能等级证书', 'Highest skill certificate'],
  teacherCertField: ['证书类别', 'Certificate field'],
  noCertificate: ['无', 'None'],
  certificatesMax: ['最多 {n} 个证书。', 'At most {n} certificates.'],
  awardsMax: ['最多 {n} 项获奖。', 'At most {n} placings.'],

  // Results
  results: ['查询结果', 'Results'],
  answer: ['结论', 'The answer'],
  details: ['依据与详情', 'Details and the law'],
  toDetails: ['查看依据与详情 ↓', 'Details and the law ↓'],
  fillGraduationDate: ['请填写毕业日期', 'Please enter the graduation date'],
  fillGraduationDateHint: [
    '没有毕业日期就无法判断。仍在校的，请勾选“仍在校（在校生）”。',
    'The answer depends on it. Still at school? Tick “Still a student”.',
  ],
  history: ['历次变化', 'How it changed'],
  historyFirst: ['至 {to}：{level}（{ref}）', 'until {to}: {level} ({ref})'],
  historyMiddle: ['{from}至{to}：{level}（{ref}）', '{from} to {to}: {level} ({ref})'],
  historyLast: ['{from}起：{level}（{ref}）', 'from {from}: {level} ({ref})'],
  historyNone: ['没有条款', 'no clause'],
  historyOther: ['在所选日期没有条款、但在其他时间有的用途', 'Purposes with no clause on the chosen date, but on other dates'],
  forPurposes: ['{purposes}：', '{purposes}: '],
  clauseFor: ['适用于：{purposes}', 'for {purposes}'],
  requirementsN: ['申报条件（{n} 项）', 'Requirements ({n})'],
  loading: ['正在加载计算程序…', 'Loading the calculator…'],
  loadFailed: ['计算程序未能加载，请刷新页面重试。', 'The calculator could not load. Reload the page to try again.'],
  requestError: ['所填信息有误：{field}', 'Please check: {field}'],
  resultsFor: ['以下结论按 {date} 施行的规定（{jur}）得出。', 'Answers under the rules in force on {date} ({jur}).'],
  equivalences: ['学历等同（按用途）', 'Equivalence by purpose'],
  equivalencesNone: [
    '按所填情况，{date} 施行的规定中没有给出学历等同的条款。',
    'Under the rules in force on {date}, no clause gives this person an education-level equivalent.',
  ],
  commonCaveats: ['以下提示适用于全部结论', 'These notes apply to every answer'],
  caveats: ['注意', 'Note'],
  basis: ['依据', 'Based on'],
  moreCitations: ['另有 {n} 条依据', '{n} more sources'],
  supersededLabel: ['已失效', 'Superseded'],
  supersededText: [
    '{doc} {article} 曾规定按{level}对待，自 {since} 起不再适用，由 {by} 取代。',
    '{doc} {article} gave {level}; it no longer applies from {since}, replaced by {by}.',
  ],
  supersededTextNoLevel: [
    '{doc} {article} 自 {since} 起不再适用，由 {by} 取代。',
    '{doc} {article} no longer applies from {since}, replaced by {by}.',
  ],
  gloss: ['要点', 'In short'],
  issuedBy: ['发文机关', 'Issued by'],
  issuedOn: ['发布日期', 'Date'],
  undated: ['原文未载明日期', 'undated in the source'],
  undatedWindow: ['原文未载明日期（在 {from} 至 {to} 之间）', 'undated in the source (between {from} and {to})'],
  recruitment: ['能否报考该岗位', 'May the applicant apply?'],
  recruitmentPurpose: ['按“{purpose}”口径，应聘者按{level}对待。', 'For {purpose}, the applicant counts as {level}.'],
  reasons: ['理由', 'Why'],
  missing: ['还需填写', 'Still needed'],
  openPoints: ['规定未明确之处', 'What the rules leave open'],
  metAndMissing: ['已满足和未满足的条件', 'What is met and what is not'],
  forAward: ['第 {n} 项获奖', 'placing {n}'],
  unnumberedParagraph: ['未编号段落', 'unnumbered paragraph'],
  goToField: ['去填写', 'Go to field'],
  toQualify: ['怎样才能符合', 'What would qualify'],
  directRecruitment: ['直接考察招聘渠道', 'Direct recruitment by assessment (直接考察)'],
  directNone: ['按所填情况，没有适用的直接考察渠道。', 'No direct-recruitment route applies on these facts.'],
  entitlements: ['就业创业补贴与待遇', 'Subsidies and entitlements'],
  entitlementsNone: ['按所填情况，没有列出的补贴或待遇。', 'No subsidies or entitlements are listed on these facts.'],
  amount: ['金额', 'Amount'],
  yuan: ['{n} 元', '¥{n}'],
  conditions: ['条件', 'Conditions'],
  titles: ['职称阶梯', 'Title ladder'],
  ladderOverview: ['职称阶梯概览', 'The ladder at a glance'],
  titlesNone: ['未能给出职称结论。', 'No title answer.'],
  eligibleFrom: ['最早可于 {date} 申报', 'Earliest date to apply: {date}'],
  direct: ['可直接申报（不必逐级）', 'May apply directly (skipping rungs)'],
  skill: ['职业技能等级', 'Skill level'],
  skillLevel: ['最高证书等级：{level}', 'Highest certificate: {level}'],
  skillNone: ['未填写证书', 'No certificate entered'],
  highSkilled: ['属于高技能人才（高级工及以上）', 'Counts as high-skilled (高级工 or above)'],
  notHighSkilled: ['尚不属于高技能人才', 'Not (yet) high-skilled'],
  notes: ['说明', 'Notes'],
  actions: ['保存与分享', 'Save and share'],
  copyLink: ['复制分享链接', 'Copy share link'],
  copied: ['链接已复制。打开该链接即可看到同样的结果。', 'Link copied. Opening it shows the same answer.'],
  copyFailed: ['无法自动复制，请手动复制下面的链接。', 'Could not copy automatically; copy the link below.'],
  shareLinkLabel: ['分享链接', 'Share link'],
  print: ['打印 / 存为 PDF', 'Print / save as PDF'],
  disclaimer: [
    '本结果为政策指引，不是法律决定或行政确认。具体以用人单位、主管部门的公告和认定为准。',
    'This is guidance, not a legal decision. The employer’s announcement and the competent authority decide.',
  ],
  // Print statement
  statementTitle: ['学历等同查询结果说明', 'Statement: education equivalence'],
  statementInputs: ['所填情况', 'Facts entered'],
  statementRules: ['规则版本', 'Rules version'],
  statementAsOf: ['适用日期', 'Rules as of'],
  statementJur: ['适用范围', 'Rules of'],
  statementUrl: ['本页链接（可重现本结果）', 'Page link (reproduces this answer)'],
  statementPrinted: ['打印时间', 'Printed'],
  statementEngine: ['计算程序版本', 'Calculator version'],
  statementAnswers: ['结论与依据', 'Answers and their clauses'],
  statementClauses: ['附：所引条款原文（每条一次）', 'Appendix: every clause cited, once, verbatim'],
  statementSeeClauses: ['依据：{refs}', 'Clauses {refs}'],
  'status.eligible': ['符合', 'Eligible'],
  'status.ineligible': ['不符合', 'Not eligible'],
  'status.undetermined': ['暂无法判断', 'Can’t tell yet'],
  'status.notYet': ['尚未到期', 'Not yet'],
  'status.unclear': ['规定未明确', 'The text leaves it open'],
  'recruit.unclear': ['规定未明确能否报考', 'The rules leave it open'],
  'recruit.eligible': ['可以报考', 'May apply'],
  'recruit.ineligible': ['不能报考', 'May not apply'],
  'recruit.undetermined': ['暂无法判断', 'Can’t tell yet'],
  'recruit.notYet': ['暂不能报考', 'Not yet'],
  'title.current': ['现任', 'Current'],

  // Recruiter: batch checks (a spreadsheet of applicants)
  'view.legend': ['核查方式', 'Check'],
  'view.single': ['单个应聘者', 'One applicant'],
  'view.batch': ['批量（表格）', 'A spreadsheet'],
  'view.hint.single': ['在下面填写一名应聘者的情况。', 'Enter one applicant below.'],
  'view.hint.batch': ['上传应聘者名单（CSV 或 Excel 工作簿），逐人判断能否报考上面的岗位，或工作簿“岗位表”中各自报考的岗位。', 'Upload a list of applicants (CSV or an Excel workbook); each is checked against the post above, or against their own post in the workbook’s 岗位表 sheet.'],
  'batch.legend': ['应聘者名单', 'Applicants file'],
  'batch.choose': ['选择文件（CSV / Excel）', 'Choose a file (CSV / Excel)'],
  'batch.drop': ['或把文件拖放到这里', 'or drop it here'],
  'batch.formats': [
    '每行一名应聘者。可直接上传 Excel / WPS 工作簿（.xlsx、.xls、.xlsb、.ods；有“岗位表”工作表时每人对照其报考岗位），或 CSV（UTF-8、GBK 编码均可），最多 200,000 行。',
    'One applicant per row. An Excel or WPS workbook as it is (.xlsx, .xls, .xlsb, .ods; with a 岗位表 sheet, each applicant against their own post), or a CSV (UTF-8 or GBK), up to 200,000 rows.',
  ],
  'batch.templates': ['下载模板：', 'Templates:'],
  'batch.templateZh': ['中文表头', 'Chinese headers'],
  'batch.templateEn': ['英文表头', 'English headers'],
  'batch.templateWorkbook': ['Excel 工作簿（含岗位表）', 'Excel workbook (with posts)'],
  'batch.templateWorkbookLabel': ['Excel 工作簿（含岗位表）：下载招聘工作簿模板（应聘者表和岗位表，.xlsx）', 'Excel workbook (with posts): download the recruitment workbook template (applicants and posts sheets, .xlsx)'],
  'batch.templateLabel': ['{which}：下载应聘者名单模板（CSV）', '{which}: download the applicants template (CSV)'],
  'batch.columns': [
    '列：姓名、院校类型、班级、学习方式、毕业时间、证书、竞赛获奖、荣誉。院校类型和毕业时间必填。',
    'Columns: label, schoolType, classType, studyMode, graduationDate, certificates, awards, honours. schoolType and graduationDate are required.',
  ],
  'batch.ignoreUnknown': ['忽略无法识别的列（如电话、备注）', 'Ignore unknown columns (phone, notes…)'],
  'batch.privacy': [
    '文件只在本机浏览器中读取和计算，不会上传到任何服务器。',
    'The file is read and checked in this browser only; nothing is uploaded.',
  ],
  'batch.file': ['{name}（{size}）', '{name} ({size})'],
  'batch.empty': ['尚未选择文件。选择或拖入应聘者名单后，结果显示在这里。', 'No file yet. Choose or drop an applicants file and the results show here.'],
  'batch.preparing': ['正在准备核查程序…', 'Preparing the checker…'],
  'batch.started': ['开始核查“{name}”。', 'Checking “{name}”.'],
  'batch.progress': ['已核查 {done} / {total} 名', '{done} of {total} checked'],
  'batch.progressStart': ['正在读取文件…', 'Reading the file…'],
  'batch.progressLabel': ['核查进度', 'Progress'],
  'batch.cancel': ['取消', 'Cancel'],
  'batch.cancelled': ['已取消核查。', 'Check cancelled.'],
  'batch.done': [
    '核查完成：共 {rows} 名应聘者，符合 {eligible} 名，不符合 {ineligible} 名，暂无法判断 {undetermined} 名，{errors} 行有错误。',
    'Done: {rows} applicants — {eligible} eligible, {ineligible} not eligible, {undetermined} can’t tell, {errors} rows with errors.',
  ],
  'batch.took': ['用时 {s} 秒', 'took {s} s'],
  'batch.encodingGbk': ['文件按 GBK 编码读取。', 'The file was read as GBK.'],
  'batch.filter': ['按结果筛选', 'Show'],
  'batch.count.all': ['全部', 'All'],
  'batch.count.eligible': ['符合', 'Eligible'],
  'batch.count.ineligible': ['不符合', 'Not eligible'],
  'batch.count.undetermined': ['暂无法判断', 'Can’t tell'],
  'batch.count.error': ['有错误', 'Errors'],
  'batch.rowHasError': ['有错误', 'Error'],
  'batch.search': ['查找姓名或编号', 'Find a name or ID'],
  'batch.caption': ['各应聘者的核查结果', 'Result for each applicant'],
  'batch.col.row': ['行号', 'Row'],
  'batch.col.label': ['姓名/编号', 'Name / ID'],
  'batch.col.outcome': ['结果', 'Result'],
  'batch.col.level': ['认定学历', 'Counts as'],
  'batch.col.note': ['说明', 'Details'],
  'batch.col.report': ['结论', 'Report'],
  'batch.sort': ['按“{col}”排序', 'Sort by {col}'],
  'batch.view': ['查看', 'View'],
  'batch.viewLabel': ['查看：第 {row} 行（{label}）的完整结论', 'View the full report for row {row} ({label})'],
  'batch.noLabel': ['（未填姓名）', '(no name)'],
  'batch.errorIn': ['“{column}”列：{message}', 'Column “{column}”: {message}'],
  'batch.errorRow': ['整行：{message}', 'Row: {message}'],
  'batch.missing': ['缺少：{fields}', 'Missing: {fields}'],
  'batch.toQualify': ['如何符合：{what}', 'Would qualify with: {what}'],
  'batch.basis': ['依据：{docs}', 'Based on {docs}'],
  'batch.basisMore': ['{docs} 等 {n} 份文件', '{docs} and more ({n} documents)'],
  'batch.applicants': ['{n} 名应聘者', '{n} applicants'],
  'batch.page': ['第 {from}–{to} 条，共 {n} 条', '{from}–{to} of {n}'],
  'batch.pageNone': ['没有符合条件的应聘者。', 'No applicants match.'],
  'batch.prev': ['上一页', 'Previous'],
  'batch.next': ['下一页', 'Next'],
  'batch.pager': ['分页', 'Pages'],
  'batch.export': ['导出结果（CSV）', 'Export results (CSV)'],
  'batch.exportXlsx': ['导出结果（Excel）', 'Export results (Excel)'],
  'batch.exporting': ['正在生成 Excel 工作簿……', 'Building the Excel workbook…'],
  'batch.postsFromFile': ['每名应聘者按工作簿“岗位表”中其报考的岗位核查（共 {n} 个岗位）。', 'Each applicant is checked against their own post from the workbook’s 岗位表 sheet ({n} posts).'],
  'batch.col.post': ['岗位', 'Post'],
  'batch.exportName': ['应聘者核查结果', 'applicant-checks'],
  'batch.exported': ['已生成“{name}”。', 'Saved “{name}”.'],
  'batch.detailTitle': ['第 {row} 行：{label}', 'Row {row}: {label}'],
  'batch.back': ['返回列表', 'Back to the list'],
  'batch.asRead': ['按表格读取的情况', 'As read from the file'],
  'batch.readingNotes': ['读取说明', 'How cells were read'],
  'batch.rowError': ['此行无法读取，未作判断', 'This row could not be read, so it was not checked'],
  'batch.utf16': [
    '此文件是 UTF-16 编码（Excel 的“Unicode 文本”）。请在 Excel 或 WPS 中另存为“CSV UTF-8”或“CSV”后再选择。',
    'The file is UTF-16 (Excel “Unicode text”). Save it as “CSV UTF-8” or “CSV” in Excel or WPS and choose it again.',
  ],
  'batch.headerOnly': [
    '文件只有表头，没有应聘者：请在表头下面每行填写一名应聘者，或下载模板参考。',
    'The file has a header but no applicants: add one applicant per row under the header, or start from a template.',
  ],
  'batch.warnings': ['关于文件的提示', 'About the file'],
  'batch.fileError': ['无法读取此文件', 'This file cannot be read'],
  'batch.tooLarge': ['文件过大（{size}），上限为 {max}。', 'The file is too large ({size}); the limit is {max}.'],
  'batch.workerFailed': [
    '核查程序无法启动。批量核查需要计算器的文件与本页同源，请刷新页面重试。',
    'The checker could not start. Batch checks need the calculator’s files on this page’s own site; reload to try again.',
  ],
  'batch.stale': ['查询条件已更改，以下结果仍按原条件得出。', 'The settings have changed; these results are for the earlier ones.'],
  'batch.rerun': ['按新条件重新核查', 'Check again'],
  'batch.statementTitle': ['应聘者批量核查结果', 'Batch check of applicants'],
  'batch.statementFile': ['文件', 'File'],
  'batch.statementCounts': ['结果', 'Results'],
  'batch.statementShown': ['本页打印', 'Printed here'],

  'bool.true': ['是', 'yes'],
  'bool.false': ['否', 'no'],
};

// Vocabulary (api.md): the names of values, as the engine words them in its
// reports (www/vocabulary.js, generated from pkg/rules.json), so a
// card or a form option names a thing as the headline does. English names
// start with a capital where they stand alone (options, card titles); an
// education level stays as in a sentence ("counts as bachelor's level").
const ENGINE_NAMES = { certLevel: 'skillLevel', certField: 'certificateField' };
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function fromEngine(group, { capitalise = true } = {}) {
  const names = VOCABULARY[ENGINE_NAMES[group] ?? group] ?? {};
  return Object.fromEntries(Object.entries(names).map(([value, [zh, en]]) => [value, [zh, capitalise ? capital(en) : en]]));
}

const VOCAB = {
  schoolType: fromEngine('schoolType'),
  classType: fromEngine('classType'),
  studyMode: fromEngine('studyMode'),
  certLevel: fromEngine('certLevel'),
  certField: fromEngine('certField'),
  education: fromEngine('education', { capitalise: false }),
  competition: fromEngine('competition'),
  medal: fromEngine('medal'),
  honour: fromEngine('honour'),
  employer: fromEngine('employer'),
  postType: fromEngine('postType'),
  purpose: fromEngine('purpose'),
  entitlement: fromEngine('entitlement'),
  route: fromEngine('route'),
  track: fromEngine('track'),
  title: fromEngine('title'),
  // The jurisdictions of the engine's table, by the rules each reads.
  jurisdiction: JURISDICTIONS,
  // The widget's own: numbers the engine does not name, and short rung names for the ladder at a glance.
  prize: {
    1: ['一等奖', 'First prize'],
    2: ['二等奖', 'Second prize'],
    3: ['三等奖', 'Third prize'],
  },
  teamSize: {
    1: ['单人', 'Individual'],
    2: ['双人', 'Pair'],
    3: ['三人', 'Team of three'],
  },
  titleShort: {
    assistantLecturer: ['助理讲师', 'Assistant lecturer'],
    lecturer: ['讲师', 'Lecturer'],
    seniorLecturer: ['高级讲师', 'Senior lecturer'],
    professorLecturer: ['正高级讲师', 'Professor lecturer'],
    grade3Instructor: ['三级', 'Grade 3'],
    grade2Instructor: ['二级', 'Grade 2'],
    grade1Instructor: ['一级', 'Grade 1'],
    seniorInstructor: ['高级', 'Senior'],
    professorInstructor: ['正高级', 'Professor'],
  },
};

// Request field paths (as `missing` and errors name them) → label keys.
const FIELDS = {
  'graduate.schoolType': 'schoolType',
  'graduate.classType': 'classType',
  'graduate.education': 'graduateEducation',
  'graduate.studyMode': 'studyMode',
  'graduate.graduationDate': 'graduationDate',
  'graduate.certificates': 'certificates',
  'graduate.awards': 'awards',
  'graduate.honours': 'honours',
  'post.employer': 'employer',
  'post.postType': 'postType',
  'post.requiredEducation': 'requiredEducation',
  'post.skillLevelRequired': 'skillLevelRequired',
  'teacher.track': 'track',
  'teacher.currentTitle': 'currentTitle',
  'teacher.currentTitleSince': 'currentTitleSince',
  'teacher.teachingSince': 'teachingSince',
  'teacher.probationCompleted': 'probationCompleted',
  'teacher.education': 'teacherHighest',
  asOf: 'asOf',
  jurisdiction: 'jurisdiction',
};

const idx = (lang) => (lang === 'en' ? 1 : 0);

/** A UI string, with {name} placeholders filled from `vars`. */
export function t(lang, key, vars) {
  const entry = UI[key];
  let s = entry ? entry[idx(lang)] : key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  return s;
}

/** A vocabulary value's name; the raw value when unknown (never blank). */
export function v(lang, group, value) {
  const entry = VOCAB[group]?.[value];
  return entry ? entry[idx(lang)] : String(value);
}

/** The values of a vocabulary group, in table order. */
export function values(group) {
  return Object.keys(VOCAB[group] ?? {});
}

/** Normalises a field path ("graduate.awards[0].rank" → "graduate.awards"). */
export function fieldKey(path) {
  const p = String(path ?? '').replace(/\[\d+\].*$/, '');
  return p in FIELDS ? p : null;
}

/** In teacher mode the graduate's fields are the teacher's own schooling. */
const TEACHER_FIELDS = {
  'graduate.education': 'teacherHighest',
  'graduate.classType': 'teacherHighest',
  'graduate.graduationDate': 'teacherGraduationDate',
  'graduate.certificates': 'teacherCert',
};
/** The parts of a placing or a certificate, as `missing` names them. */
const PARTS = {
  awards: { competition: 'competition', rank: 'rank', medal: 'medal', prize: 'prize', teamSize: 'teamSize' },
  certificates: { level: 'certLevel', field: 'certField' },
};

/** The label of a request field path, for `missing` and errors, in words:
 *  "graduate.awards[1].medal" → 第 2 项获奖的奖牌 / Placing 2: medal. */
export function fieldLabel(lang, path, mode) {
  const p = String(path ?? '');
  const item = /^graduate\.(awards|certificates)\[(\d+)\](?:\.(\w+))?$/.exec(p);
  if (item) {
    const [, list, i, part] = item;
    const n = Number(i) + 1;
    const which = list === 'awards' ? 'award' : 'certificate';
    const partKey = PARTS[list][part];
    if (!part) return t(lang, `${which}N`, { n });
    if (partKey) return t(lang, `${which}Part`, { n, part: lang === 'en' ? t(lang, partKey).toLowerCase() : t(lang, partKey) });
  }
  if (mode === 'teacher' && p in TEACHER_FIELDS) return t(lang, TEACHER_FIELDS[p]);
  const key = fieldKey(p);
  return key ? t(lang, FIELDS[key]) : p;
}

/** Every key of the tables (tests check both languages are complete). */
export const TABLES = { UI, VOCAB };
