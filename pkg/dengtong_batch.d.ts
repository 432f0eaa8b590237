/* tslint:disable */
/* eslint-disable */

/** A calendar date, `YYYY-MM-DD` (years 1000–9999). */
export type IsoDate = string;
/** A jurisdiction's code (ISO 3166-2): its own rules and its parent's (`Rules.jurisdictions`). */
export type Jurisdiction = "CN" | "CN-YN";
/** Language of the report's texts; quotes of the law stay Chinese. */
export type Lang = "zh-CN" | "en";
export type SchoolType =
| "technicalSchool" | "seniorTechnicalSchool" | "technicianCollege"
| "specialEducationSchool" | "secondaryVocationalSchool"
| "higherVocationalCollege" | "vocationalUniversity" | "university";
/** 中级工班 · 高级工班 · 预备技师（技师）班 — 技工院校 only. */
export type ClassType = "intermediate" | "senior" | "preparatoryTechnician";
export type StudyMode = "fullTime" | "partTime";
export type SkillLevel =
| "apprentice" | "junior" | "intermediate" | "senior" | "preparatoryTechnician"
| "technician" | "seniorTechnician" | "specialTechnician" | "chiefTechnician";
export type CertField = "engineering" | "other";
export type Education = "secondaryVocational" | "associate" | "bachelor" | "master" | "doctorate";
export type Competition =
| "worldSkills" | "worldSkillsNationalSquad" | "nationalSkillsCompetition"
| "nationalClass1" | "nationalClass2" | "provincialComprehensive"
| "provincialClass1" | "provincialClass2";
export type Medal = "gold" | "silver" | "bronze" | "excellence";
export type Honour =
| "chinaSkillsAward" | "nationalTechnicalExpert" | "provincialSkillsAward"
| "provincialTechnicalExpert" | "specialAllowance" | "masterStudioLead"
| "nationalMasterStudioLead" | "provincialMasterStudioLead" | "modelWorker";
export type Employer =
| "publicInstitution" | "governmentOrgan" | "stateOwnedEnterprise"
| "enterprise" | "technicalSchool" | "military";
export type PostType =
| "professional" | "workerSupport" | "management" | "civilServant"
| "practicalInstructor" | "nco" | "enlistment";
export type Track = "theory" | "practical";
export type Title =
| "assistantLecturer" | "lecturer" | "seniorLecturer" | "professorLecturer"
| "grade3Instructor" | "grade2Instructor" | "grade1Instructor"
| "seniorInstructor" | "professorInstructor";
export type Purpose =
| "professionalTitle" | "publicInstitutionRecruitment" | "governmentRecruitment"
| "enterpriseRecruitment" | "enlistment" | "ncoRecruitment" | "startingWage"
| "rankPromotion" | "employmentPolicies" | "instructorRecruitment";
/**
 * `undetermined`: a request field is missing (`missing` names it);
 * `unclear`: the text itself does not settle it (the open point is a reason, with its clause);
 * `notYet` (titles): eligible from `eligibleFrom`.
 */
export type Outcome = "eligible" | "ineligible" | "undetermined" | "unclear" | "notYet";
export type Route = "publicInstitution" | "technicalSchoolTeaching" | "vocationalSchoolTeaching";
export type EntitlementId =
| "internshipSubsidy" | "jobSeekingStartupSubsidy" | "socialInsuranceSubsidy"
| "startupGuaranteedLoan" | "taxRelief" | "startupSubsidy" | "rentSubsidy"
| "trainingSubsidy" | "skillAssessmentSubsidy" | "collegeGraduatePolicies"
| "competitionCashAward" | "skillLevelPromotion";
/** A report section, as summary lines and section-wide caveats name it. */
export type Section =
| "equivalences" | "recruitment" | "directRecruitment" | "entitlements" | "titles" | "skill";
/** What an equivalence rests on. */
export type Basis = "class" | "certificate" | "school";

/** 职业资格 / 职业技能等级证书. */
export interface Certificate { level: SkillLevel; field?: CertField | null; }
/** A competition placing. `rank` 1 = first; `prize` 1–3 = 一/二/三等奖. */
export interface Award {
    competition: Competition;
    rank?: number | null;
    medal?: Medal | null;
    prize?: 1 | 2 | 3 | null;
    teamSize?: 1 | 2 | 3 | null;
}
export interface Graduate {
    schoolType: SchoolType;
    classType?: ClassType | null;
    /**
     * The 学历 held from school. Implied where the school type settles it
     * (secondaryVocationalSchool, higherVocationalCollege, vocationalUniversity);
     * for a 技工院校 graduate, a 学历 held besides the class (e.g. 自学考试).
     */
    education?: Education | null;
    studyMode?: StudyMode | null;
    /** `null` or absent: still enrolled (在校生). */
    graduationDate?: IsoDate | null;
    certificates?: Certificate[];
    awards?: Award[];
    honours?: Honour[];
}
export interface Post {
    employer: Employer;
    postType: PostType;
    /** Absent: no education bar. */
    requiredEducation?: Education | null;
    skillLevelRequired?: boolean;
}
export interface Teacher {
    track: Track;
    currentTitle?: Title | null;
    currentTitleSince?: IsoDate | null;
    /** Start of frontline teaching (教育教学一线). */
    teachingSince?: IsoDate | null;
    probationCompleted?: boolean | null;
    /** Absent: the graduate's own class level for professionalTitle. */
    education?: Education | null;
}
/** One evaluation request (api.md). Unknown fields are rejected. */
export interface Request {
    /** The date the decision is made for; absent: today in the browser's time zone. */
    asOf?: IsoDate | null;
    jurisdiction?: Jurisdiction;
    lang?: Lang;
    graduate: Graduate;
    post?: Post | null;
    teacher?: Teacher | null;
}

/** A document as printed in the source, once per report (`documents`). */
export interface DocumentRef {
    id: string;
    title: string;
    /** 文号 as printed; empty where the source prints none. */
    number: string;
    issuer: string;
    date: IsoDate | null;
    /** Undated documents: the window the date must lie in. */
    window?: { from: IsoDate; knownBy: IsoDate };
    jurisdiction: Jurisdiction;
    /** 1 = law … 8 = provincial department. */
    rank: number;
}
/** A clause, once per report (`clauses`): verbatim, with its line in `sources/<documentId>.txt`. */
export interface Clause { documentId: string; article: string; line: number; quote: string; }
/** A decision's basis: a clause as the rule relying on it cites it. */
export interface Citation { ruleId: string; clauseId: string; }
/** A parameter of a text: a wire name, an ISO date, a number, or a request field path. */
export type ParamValue = string | number;
/**
 * Every human-readable item: a stable `code` to switch on, its `text` in the
 * request's language, and where they apply its `params`, `ruleId`, `citations`.
 */
export interface TextItem {
    code: string;
    text: string;
    params?: Record<string, ParamValue>;
    ruleId?: string;
    citations?: Citation[];
}
/** A summary line or caveat, with its section (absent: the whole report). */
export interface SectionText extends TextItem { section?: Section; }
/** The answer first: one sentence in plain words, then a line per section. */
export interface Summary { headline: TextItem; lines: SectionText[]; }
export interface Superseded {
    ruleId: string;
    level?: Education;
    supersededBy: string;
    /** The first day the rule no longer applies (the superseding document's date). */
    since: IsoDate;
    citations: Citation[];
}
/** A reason always carries its rule and citations. */
export interface Reason extends TextItem { ruleId?: string; citations: Citation[]; }
/** A request field, as a path: `graduate.education`, `graduate.awards[1].rank`… */
export type FieldPath = string;
export interface Equivalence {
    purpose: Purpose;
    level: Education;
    basis: Basis[];
    citations: Citation[];
    superseded: Superseded[];
    caveats: TextItem[];
}
export interface Recruitment {
    outcome: Outcome;
    purpose?: Purpose;
    level?: Education;
    reasons: Reason[];
    missing: FieldPath[];
    toQualify: TextItem[];
    caveats: TextItem[];
}
export interface DirectRoute {
    route: Route;
    outcome: Outcome;
    reasons: TextItem[];
    missing: FieldPath[];
    caveats: TextItem[];
    citations: Citation[];
}
export interface Entitlement {
    id: EntitlementId;
    status: Outcome;
    /** In 元, where the source prints an amount. */
    amount: number | null;
    amountText: TextItem;
    /** The open points of an `unclear` entry, with their clauses. */
    reasons: Reason[];
    conditions: TextItem[];
    missing: FieldPath[];
    citations: Citation[];
    superseded: Superseded[];
    /** Award-based entries (competitionCashAward, skillLevelPromotion): the index into `graduate.awards`. */
    award?: number;
}
export interface TitleStatus {
    title: Title;
    status: Outcome;
    eligibleFrom: IsoDate | null;
    /** Applies directly, skipping the rungs below. */
    direct: boolean;
    /** Already held: the current title or a rung below it. */
    held: boolean;
    reasons: TextItem[];
    requirements: TextItem[];
    missing: FieldPath[];
    toQualify: TextItem[];
    caveats: TextItem[];
    citations: Citation[];
}
export interface Skill { level: SkillLevel | null; highSkilled: boolean; notes: Reason[]; }
/** The whole answer (api.md, contract 0.2). */
export interface Report {
    summary: Summary;
    asOf: IsoDate;
    jurisdiction: Jurisdiction;
    rulesVersion: string;
    lang: Lang;
    /** Caveats given once: for a whole section (`section`) or the whole report. */
    caveats: SectionText[];
    equivalences: Equivalence[];
    recruitment?: Recruitment;
    directRecruitment: DirectRoute[];
    entitlements: Entitlement[];
    titles?: TitleStatus[];
    skill: Skill;
    notes: Reason[];
    /** Every clause the report cites, once. */
    clauses: Record<string, Clause>;
    /** Every document those clauses belong to, once. */
    documents: Record<string, DocumentRef>;
}

/** `invalid_csv`: a batch file that cannot be read as a whole (the batch module only). */
export type ErrorCode = "invalid_json" | "invalid_request" | "invalid_date" | "unsupported_jurisdiction" | "invalid_csv";
/** What `evaluate` throws for a malformed request: a real `Error` with these fields. */
export interface DengtongError extends Error {
    code: ErrorCode;
    /** Dotted path of the offending field (`graduate.awards[0].rank`); `""` for the whole request. */
    path: string;
}

export interface Version { version: string; rulesVersion: string; }
export interface RuleCitation { clauseId: string; operative: boolean; }
export interface RuleEntry {
    id: string;
    /** Rule group A–F. */
    group: string;
    gloss: { "zh-CN": string; en: string };
    /** First day the rule applies, per jurisdiction; absent where it never does. */
    from: { [code in Jurisdiction]?: IsoDate };
    /** `partial`: only where the superseding rule reaches. */
    superseded?: { from: IsoDate; by: string; clauseId: string; partial: boolean };
    citations: RuleCitation[];
}
/** A text code with both wordings (`{param}` placeholders). */
export interface CodeEntry { code: string; "zh-CN": string; en: string; }
export interface VocabularyEntry { name: string; values: { value: string; "zh-CN": string; en: string }[]; }
/** A row of the jurisdiction table: its rules are its own and its parent's. */
export interface JurisdictionEntry {
    code: Jurisdiction;
    /** Absent for the root (national rules). */
    parent?: Jurisdiction;
    name: { "zh-CN": string; en: string };
    /** The rules a request for it reads, in words. */
    rules: { "zh-CN": string; en: string };
}
export interface Rules {
    version: string;
    rulesVersion: string;
    /** Every jurisdiction, the root first. */
    jurisdictions: JurisdictionEntry[];
    documents: (DocumentRef & { lines: [number, number]; planEnd?: IsoDate })[];
    /** Every clause once. */
    clauses: Record<string, Clause>;
    rules: RuleEntry[];
    /** Every text code with its zh-CN and English wording. */
    codes: CodeEntry[];
    /** Every vocabulary with its values' labels. */
    vocabulary: VocabularyEntry[];
}



/** Bounds on a batch file; over one, the file is `invalid_csv` (a cell: that row's error). */
export interface BatchLimits {
    /** Size of the file, bytes (of a CSV: of its UTF-8 text). Default 64 MiB. */
    maxBytes?: number;
    /** Applicant rows. Default 200,000. */
    maxRows?: number;
    /** Columns of the header. Default 64. */
    maxColumns?: number;
    /** Characters in one cell. Default 1,000. */
    maxCellChars?: number;
}
/** A batch file: its bytes (a workbook — .xlsx, .xls, .xlsb, .ods — or a CSV, UTF-8 or GBK) or a CSV's text. */
export type BatchFile = Uint8Array | ArrayBuffer | string;
export interface BatchOptions {
    /** The date every decision is made for; absent: today in the browser's time zone. */
    asOf?: IsoDate | null;
    jurisdiction?: Jurisdiction;
    /** Language of reasons, notes, row errors, file errors and the export. */
    lang?: Lang;
    /** Ignore columns the format does not know (named in `warnings`) instead of refusing the file. */
    ignoreUnknownColumns?: boolean;
    limits?: BatchLimits;
    /** The workbook sheet of the applicants; absent: 报名表, else the first sheet that is not the 岗位表. */
    sheet?: string | null;
    /** A 岗位表 file (workbook or CSV), when `post` is null and the workbook has no 岗位表 sheet. */
    posts?: BatchFile | null;
    /** Also give the results as a spreadsheet: `"csv"` in `csv` (text), `"xlsx"` in `xlsx` (bytes). */
    export?: "csv" | "xlsx" | null;
}
/** A column of the 报名表 (api.md names; the English headers). */
export type BatchField =
| "label" | "schoolType" | "schoolName" | "classType" | "education" | "studyMode"
| "graduationDate" | "certificates" | "awards" | "honours" | "postCode";
/** How one column of the file was read. */
export interface BatchColumn {
    /** The header as written in the file. */
    header: string;
    /** The field it was read as; `null`: not read. */
    field: BatchField | null;
    /** `notUsed`: a usual 报名表 column the check does not need (性别, 民族…); `ignored`: unknown, with `ignoreUnknownColumns`; `empty`: no header. */
    status: "read" | "notUsed" | "ignored" | "empty";
}
/** A row that could not be read, or names an unknown post; the rest of the batch goes on. */
export interface BatchRowError {
    /** Spreadsheet row, as Excel or WPS numbers it. */
    row: number;
    /** The header of the offending column as written in the file; `""`: the row as a whole. */
    column: string;
    field: BatchField | null;
    /** What to write instead, in the chosen language. */
    message: string;
}
/** The answer for one applicant row. */
export interface BatchRow {
    /** Spreadsheet row, as Excel or WPS numbers it (header = 1, blank rows count). */
    row: number;
    /** The label cell (姓名/编号), verbatim. */
    label: string;
    /** The 报考岗位代码 as written, when the posts come from a 岗位表. */
    post: string | null;
    /** `recruitment.outcome`; `null` when the row has an error. */
    outcome: Outcome | null;
    /** Not eligible through open recruitment, but by direct assessment (直接考察) on a route that reaches this post. */
    directOnly: boolean;
    /** The purpose whose equivalence decided it. */
    purpose: Purpose | null;
    /** The education level the applicant counts as for that purpose. */
    level: Education | null;
    /** Direct-recruitment routes that are eligible. */
    directRoutes: Route[];
    /** Entitlements that are eligible. */
    entitlements: EntitlementId[];
    /** 文号 of every cited document (《title》 where none is printed). */
    documents: string[];
    reasons: string[];
    /** Request field paths whose absence left the outcome undetermined. */
    missing: string[];
    toQualify: string[];
    caveats: string[];
    /** How cells were read (a school type from the school's name, a 学历…). */
    notes: string[];
    /** The applicant as read: `evaluate({graduate, post, asOf})` gives the full cited report. */
    graduate: Graduate | null;
    /** The 学历 held, from a 学历 column (contract 0.2 `graduate.education`). */
    education: Education | null;
    error: BatchRowError | null;
}
/** Counts by outcome; `directOnly` counts the ineligible, undetermined or unclear rows that direct assessment admits. */
export interface BatchSummary {
    rows: number;
    eligible: number;
    ineligible: number;
    undetermined: number;
    /** The texts leave it open. */
    unclear: number;
    errors: number;
    directOnly: number;
}
/** One post of a 岗位表, with the counts of its applicants. */
export interface BatchPost {
    code: string;
    /** 招聘单位. */
    unit: string;
    /** 岗位名称. */
    name: string;
    /** Its row in the 岗位表. */
    row: number;
    /** `null` when its row cannot be read (`error`); its applicants then get that error. */
    post: Post | null;
    error: string | null;
    /** No 单位性质 given: checked as a 事业单位 post. */
    employerAssumed: boolean;
    /** A 学历要求 asking for more than the level (全日制…), as written: only the level is checked. */
    unchecked: string | null;
    summary: BatchSummary;
}
export interface BatchSource {
    format: "csv" | "xlsx" | "xls" | "xlsb" | "ods";
    /** A CSV's encoding; `null` for a workbook. */
    encoding: "utf-8" | "gbk" | null;
    /** The sheet of the applicants. */
    sheet: string | null;
    sheets: string[];
    /** `post`: one post for all; `sheet`: the workbook's 岗位表; `file`: `options.posts`. */
    postsFrom: "post" | "sheet" | "file";
    postsSheet: string | null;
}
/** What `evaluateCsv` gives. */
export interface BatchResult {
    asOf: IsoDate;
    jurisdiction: Jurisdiction;
    lang: Lang;
    rulesVersion: string;
    source: BatchSource;
    /** The one post of every row; `null` with a 岗位表 (`posts`). */
    post: Post | null;
    columns: BatchColumn[];
    /** What may be wrong with the file as a whole (ignored columns, no label column, unreadable posts). */
    warnings: string[];
    /** How the file was read (columns not used, title rows, posts checked as 事业单位). */
    notes: string[];
    rows: BatchRow[];
    posts: BatchPost[];
    summary: BatchSummary;
    /** How a CSV's bytes were decoded (strings and workbooks count as `"utf-8"`). */
    encoding: "utf-8" | "gbk";
    /** With `export: "csv"`: the results as a spreadsheet (UTF-8 with byte-order mark, CRLF, formulas neutralised). */
    csv?: string;
    /** With `export: "xlsx"`: the results workbook (a results sheet and a summary sheet). */
    xlsx?: Uint8Array;
}
/** A chunk of rows: `evaluateCsvChunk`, `BatchSession.next`. */
export interface BatchChunk extends BatchResult {
    /** Index of the first applicant row here (0 = the first after the header). */
    start: number;
    /** Applicant rows in the whole file. */
    totalRows: number;
    /** No rows after these. */
    done: boolean;
}



/**
 * A batch evaluated a chunk of rows at a time, each chunk where the
 * last ended: for progress in a Web Worker. The file is read once.
 */
export class BatchSession {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Opens a batch file (`evaluateCsv`'s arguments). `options.export`:
     * `"csv"` gives each chunk's rows as CSV text (the first chunk with
     * the byte-order mark and header), `"xlsx"` keeps a workbook for
     * `xlsx()`.
     *
     * @throws {DengtongError} as `evaluateCsv`.
     */
    constructor(file: BatchFile, post: Post | null | undefined, options: BatchOptions | undefined);
    /**
     * The next `maxRows` applicant rows (at least one), with `start`,
     * `totalRows`, `done`, and the counts of these rows in `summary`.
     *
     * @throws {DengtongError} `invalid_csv` should the rest of the file turn out unreadable.
     */
    next(maxRows: number): BatchChunk;
    /**
     * The counts of every row evaluated so far, and per post.
     */
    summary(): { summary: BatchSummary; posts: BatchPost[] };
    /**
     * The results workbook (`export: "xlsx"`) of every row evaluated:
     * a results sheet and a summary sheet. Once.
     *
     * @throws {DengtongError} `invalid_request` (path `options.export`) without `export: "xlsx"`, or a second time.
     */
    xlsx(): Uint8Array;
}

/**
 * Evaluates one request (api.md) and returns the report.
 *
 * When `asOf` is absent the decision is made for today's date in the
 * browser's time zone.
 *
 * @throws {DengtongError} for a malformed request: an `Error` whose `code`
 * is `invalid_json`, `invalid_request`, `invalid_date` or
 * `unsupported_jurisdiction`, and whose `path` names the field.
 */
export function evaluate(request: Request): Report;

/**
 * Evaluates every applicant row of a batch file — a workbook (.xlsx,
 * .xls, .xlsb, .ods) or a CSV — each against its post.
 *
 * `post`: one post (api.md `post`) for every row; `null`: each row's
 * 报考岗位代码 in a 岗位表 — `options.posts` (a file), or the workbook's
 * 岗位表 sheet. `options`: `{asOf, jurisdiction, lang,
 * ignoreUnknownColumns, limits, sheet, posts, export}`, all optional;
 * `asOf` defaults to today in the browser's time zone; `export: "csv"`
 * adds the results as text (`csv`), `"xlsx"` as a workbook (`xlsx`).
 *
 * @throws {DengtongError} `invalid_csv` for a file that cannot be read as a
 * whole (not text or a workbook, no header, a required, misspelt or
 * unknown column, over a limit; path `posts` for the 岗位表);
 * `invalid_request` (path `post.…`, `options.…` or `csv`) for bad
 * arguments. A row that cannot be read, or names an unknown post, is
 * reported in its own row.
 */
export function evaluateCsv(csv: BatchFile, post: Post | null | undefined, options: BatchOptions | undefined): BatchResult;

/**
 * `evaluateCsv` for the applicant rows `start…start + maxRows - 1` (from 0,
 * in file order; the header and blank rows not counted). The result says
 * `start`, `totalRows` (applicant rows in the whole file) and `done`;
 * `summary` counts the rows evaluated. With `export: "csv"`, only the
 * chunk at `start` 0 has the byte-order mark and header line, so the
 * chunks' `csv` texts joined in order are the whole file's export.
 * Called again with the same file (the same object) and arguments for
 * the rows that follow, it goes on where it ended; otherwise it reads
 * the file again. (`BatchSession` does this explicitly.)
 */
export function evaluateCsvChunk(csv: BatchFile, post: Post | null | undefined, options: BatchOptions | undefined, start: number, maxRows: number): BatchChunk;

/**
 * Every document and clause once, every rule with its dates and clauses,
 * every text code with both wordings, every vocabulary with its labels.
 * In the batch module only; the same as pkg/rules.json.
 */
export function rules(): Rules;

/**
 * The package version and the version of the rule data.
 */
export function version(): Version;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_batchsession_free: (a: number, b: number) => void;
    readonly batchsession_new: (a: any, b: any, c: any) => [number, number, number];
    readonly batchsession_next: (a: number, b: number) => [number, number, number];
    readonly batchsession_summary: (a: number) => [number, number, number];
    readonly batchsession_xlsx: (a: number) => [number, number, number];
    readonly evaluate: (a: any) => [number, number, number];
    readonly evaluateCsv: (a: any, b: any, c: any) => [number, number, number];
    readonly evaluateCsvChunk: (a: any, b: any, c: any, d: number, e: number) => [number, number, number];
    readonly rules: () => any;
    readonly version: () => any;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
