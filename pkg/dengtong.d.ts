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
 * The package version and the version of the rule data.
 */
export function version(): Version;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly evaluate: (a: any) => [number, number, number];
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
