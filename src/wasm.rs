//! The boundary to JavaScript (the only module that knows wasm-bindgen).
//!
//! Three exports, all plain JavaScript values in and out:
//! `evaluate(request)` → report (api.md), `rules()` → the rule registry,
//! `version()` → `{version, rulesVersion}`. A malformed request throws a
//! real `Error` with `code` and `path` set, never a string. With the feature
//! `wasm-batch` (the second module, pkg/dengtong_batch.js) also the batch
//! checks `evaluateCsv` and `evaluateCsvChunk`, at the end of this file.
//!
//! The crossing is JSON text both ways: `JSON.stringify` of the request, the
//! core's `evaluate_json`, `JSON.parse` of the report. It is the same code path
//! as the native command, so both give byte-identical reports
//! (scripts/parity.mjs), and JSON's own limits (cycles, BigInt, depth) become
//! coded errors instead of traps. Only this module reads a clock: the
//! browser's local date, used when the request has no `asOf`.

use js_sys::{Error as JsError, Reflect, JSON};
use wasm_bindgen::prelude::*;

use crate::{Date, Error, ErrorCode};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A calendar date, `YYYY-MM-DD` (years 1000–9999). */
export type IsoDate = string;
/** `CN`: national rules only; `CN-YN`: national and Yunnan rules. */
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
  from: { CN?: IsoDate; "CN-YN"?: IsoDate };
  /** `partial`: only where the superseding rule reaches. */
  superseded?: { from: IsoDate; by: string; clauseId: string; partial: boolean };
  citations: RuleCitation[];
}
/** A text code with both wordings (`{param}` placeholders). */
export interface CodeEntry { code: string; "zh-CN": string; en: string; }
export interface VocabularyEntry { name: string; values: { value: string; "zh-CN": string; en: string }[]; }
export interface Rules {
  version: string;
  rulesVersion: string;
  documents: (DocumentRef & { lines: [number, number]; planEnd?: IsoDate })[];
  /** Every clause once. */
  clauses: Record<string, Clause>;
  rules: RuleEntry[];
  /** Every text code with its zh-CN and English wording. */
  codes: CodeEntry[];
  /** Every vocabulary with its values' labels. */
  vocabulary: VocabularyEntry[];
}
"#;

/// Evaluates one request (api.md) and returns the report.
///
/// When `asOf` is absent the decision is made for today's date in the
/// browser's time zone.
///
/// @throws {DengtongError} for a malformed request: an `Error` whose `code`
/// is `invalid_json`, `invalid_request`, `invalid_date` or
/// `unsupported_jurisdiction`, and whose `path` names the field.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "Request")] request: JsValue,
) -> Result<JsValue, JsValue> {
    let json = request_json(&request).map_err(throwable)?;
    let report = crate::evaluate_json(&json, today()).map_err(throwable)?;
    JSON::parse(&report).map_err(|_| {
        throwable(Error::new(
            ErrorCode::InvalidRequest,
            "",
            "internal: the report is not JSON",
        ))
    })
}

/// Every document and clause once, every rule with its dates and clauses,
/// every text code with both wordings, every vocabulary with its labels.
#[wasm_bindgen(unchecked_return_type = "Rules")]
pub fn rules() -> JsValue {
    JSON::parse(&crate::registry::rules_json()).unwrap_or(JsValue::NULL)
}

/// The package version and the version of the rule data.
#[wasm_bindgen(unchecked_return_type = "Version")]
pub fn version() -> JsValue {
    let out = js_sys::Object::new();
    let _ = Reflect::set(&out, &"version".into(), &crate::VERSION.into());
    let _ = Reflect::set(&out, &"rulesVersion".into(), &crate::RULES_VERSION.into());
    out.into()
}

/// The request as JSON text. What JSON has no form for is not a request
/// (`invalid_request`, as the core says of numbers, strings and lists);
/// whatever `JSON.stringify` throws on inside it (cycles, BigInt, too deep)
/// is `invalid_json`.
fn request_json(request: &JsValue) -> Result<String, Error> {
    let not_an_object = || Error::invalid_request("", "the request must be a JSON object");
    if request.is_undefined() || request.is_function() || request.is_symbol() || request.is_bigint()
    {
        return Err(not_an_object());
    }
    match JSON::stringify(request) {
        Ok(s) => s.as_string().ok_or_else(not_an_object),
        Err(e) => Err(Error::new(
            ErrorCode::InvalidJson,
            "",
            format!("the request cannot be written as JSON: {}", message_of(&e)),
        )),
    }
}

fn message_of(e: &JsValue) -> String {
    e.dyn_ref::<JsError>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown reason".into())
}

/// A real `Error` with `code` and `path`.
fn throwable(err: Error) -> JsValue {
    let e = JsError::new(&err.to_string());
    let _ = Reflect::set(&e, &"code".into(), &err.code.as_str().into());
    let _ = Reflect::set(&e, &"path".into(), &err.path.as_str().into());
    e.into()
}

/// Today in the browser's local time zone (clamped to the years a `Date`
/// can hold, should the clock be absurd).
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year();
    if year < 1000 {
        return Date::ymd(1000, 1, 1);
    }
    if year > 9999 {
        return Date::ymd(9999, 12, 31);
    }
    let (month, day) = (now.get_month() + 1, now.get_date());
    Date::new(year as u16, month as u8, day as u8).unwrap_or(Date::ymd(1000, 1, 1))
}

// ---------------------------------------------------------------------------
// Batch checks: a CSV of applicants against one post (src/batch.rs).
//
// `evaluateCsv(csv, post, options)` evaluates a whole file;
// `evaluateCsvChunk(csv, post, options, start, maxRows)` the applicant rows
// `start..start + maxRows` of it (the whole file is read and checked each
// time), so that a Web Worker can report progress between chunks.
// The file crosses as bytes: UTF-8 (with or without a byte-order mark) is
// checked here; anything else is decoded as GBK by the platform's
// `TextDecoder`, so the .wasm carries no encoding tables.
//
// Only with the feature `wasm-batch`: scripts/build-pkg.sh builds these into
// a second module, pkg/dengtong_batch.js (+ _bg.wasm), which exports
// everything pkg/dengtong.js does and these. The CSV reader and writer cost
// ~55 KB gzipped, which a single check (pkg/dengtong.js, within its 120 KB
// budget) does not download; the widget loads the batch module in a Worker.
#[cfg(feature = "wasm-batch")]
mod batch {
    use js_sys::{Reflect, JSON};
    use wasm_bindgen::prelude::*;

    use super::{message_of, throwable, today};
    use crate::request::Lang;
    use crate::{Error, ErrorCode};

    #[wasm_bindgen(typescript_custom_section)]
    const BATCH_TYPES: &'static str = r#"
/** Bounds on a batch file; over one, the file is `invalid_csv` (a cell: that row's error). */
export interface BatchLimits {
  /** Size of the text, UTF-8 bytes. Default 64 MiB. */
  maxBytes?: number;
  /** Applicant rows. Default 200,000. */
  maxRows?: number;
  /** Columns of the header. Default 64. */
  maxColumns?: number;
  /** Characters in one cell. Default 1,000. */
  maxCellChars?: number;
}
export interface BatchOptions {
  /** The date every decision is made for; absent: today in the browser's time zone. */
  asOf?: IsoDate | null;
  jurisdiction?: Jurisdiction;
  /** Language of reasons, notes, row errors, file errors and the export. */
  lang?: Lang;
  /** Ignore columns the format does not know (named in `warnings`) instead of refusing the file. */
  ignoreUnknownColumns?: boolean;
  limits?: BatchLimits;
  /** `"csv"`: also give the results as a spreadsheet, in `csv`. */
  export?: "csv" | null;
}
/** A column of the applicants file (api.md names; the English headers). */
export type BatchField =
  | "label" | "schoolType" | "classType" | "studyMode" | "graduationDate"
  | "certificates" | "awards" | "honours";
/** How one column of the file was read. */
export interface BatchColumn {
  /** The header as written in the file. */
  header: string;
  /** `null`: ignored (empty header, or an unknown column with `ignoreUnknownColumns`). */
  field: BatchField | null;
}
/** A row that could not be read; the rest of the batch goes on. */
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
  /** `recruitment.outcome`; `null` when the row has an error. */
  outcome: Outcome | null;
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
  /** How cells were read, where it may bear on the answer. */
  notes: string[];
  /** The applicant as read: `evaluate({graduate, post, asOf})` gives the full cited report. */
  graduate: Graduate | null;
  error: BatchRowError | null;
}
export interface BatchSummary {
  rows: number;
  eligible: number;
  ineligible: number;
  undetermined: number;
  errors: number;
}
/** What `evaluateCsv` gives. */
export interface BatchResult {
  asOf: IsoDate;
  jurisdiction: Jurisdiction;
  lang: Lang;
  rulesVersion: string;
  post: Post;
  columns: BatchColumn[];
  /** About the file as a whole (ignored columns, no label column). */
  warnings: string[];
  summary: BatchSummary;
  rows: BatchRow[];
  /** How the bytes were decoded (strings count as `"utf-8"`). */
  encoding: "utf-8" | "gbk";
  /** With `export: "csv"`: the results as a spreadsheet (UTF-8 with byte-order mark, CRLF, formulas neutralised). */
  csv?: string;
}
/** What `evaluateCsvChunk` gives: the rows `start…` of the file. */
export interface BatchChunk extends BatchResult {
  /** Index of the first applicant row evaluated (0 = the first after the header). */
  start: number;
  /** Applicant rows in the whole file. */
  totalRows: number;
}
"#;

    #[wasm_bindgen]
    extern "C" {
        type TextDecoder;
        #[wasm_bindgen(constructor, catch)]
        fn new(label: &str, options: &JsValue) -> Result<TextDecoder, JsValue>;
        #[wasm_bindgen(method, catch)]
        fn decode(this: &TextDecoder, bytes: &[u8]) -> Result<String, JsValue>;
    }

    /// Evaluates every applicant row of a CSV file (the format of src/batch.rs)
    /// against one post (api.md `post`).
    ///
    /// `csv`: the file's bytes (UTF-8 or GBK) or its text. `options`:
    /// `{asOf, jurisdiction, lang, ignoreUnknownColumns, limits, export}`, all
    /// optional; `asOf` defaults to today in the browser's time zone;
    /// `export: "csv"` adds the results as a spreadsheet (`csv`: UTF-8 text with
    /// a byte-order mark, formulas neutralised).
    ///
    /// @throws {DengtongError} `invalid_csv` for a file that cannot be read as a
    /// whole (not text, no header, a required or unknown column, over a limit);
    /// `invalid_request` (path `post.…`, `options.…` or `csv`) for bad arguments.
    /// A row that cannot be read is reported in its own row.
    #[wasm_bindgen(js_name = evaluateCsv, unchecked_return_type = "BatchResult")]
    pub fn evaluate_csv(
        #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer | string")] csv: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Post")] post: JsValue,
        #[wasm_bindgen(unchecked_param_type = "BatchOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        batch(&csv, &post, &options, None).map_err(throwable)
    }

    /// `evaluateCsv` for the applicant rows `start…start + maxRows - 1` (from 0,
    /// in file order; the header and blank rows not counted). The result says
    /// `start` and `totalRows` (applicant rows in the whole file); `summary`
    /// counts the rows evaluated. With `export: "csv"`, only the chunk at
    /// `start` 0 has the byte-order mark and header line, so the chunks' `csv`
    /// texts joined in order are the whole file's export.
    #[wasm_bindgen(js_name = evaluateCsvChunk, unchecked_return_type = "BatchChunk")]
    pub fn evaluate_csv_chunk(
        #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer | string")] csv: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Post")] post: JsValue,
        #[wasm_bindgen(unchecked_param_type = "BatchOptions | undefined")] options: JsValue,
        start: u32,
        #[wasm_bindgen(js_name = maxRows)] max_rows: u32,
    ) -> Result<JsValue, JsValue> {
        batch(
            &csv,
            &post,
            &options,
            Some((start as usize, max_rows as usize)),
        )
        .map_err(throwable)
    }

    fn batch(
        csv: &JsValue,
        post: &JsValue,
        options: &JsValue,
        range: Option<(usize, usize)>,
    ) -> Result<JsValue, Error> {
        let (opts, export) = batch_options(options)?;
        let (text, encoding) = csv_text(csv, opts.lang)?;
        let post = crate::batch::parse_post(&object_json(post, "post")?)?;
        let (first, count) = range.unwrap_or((0, usize::MAX));
        let (result, total) = crate::batch::evaluate_csv_rows(&text, &post, &opts, first, count)?;
        drop(text);
        let out = JSON::parse(&crate::batch::to_json(&result)).map_err(|_| {
            Error::new(
                ErrorCode::InvalidCsv,
                "",
                "internal: the result is not JSON",
            )
        })?;
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&out, &k.into(), &v);
        };
        set("encoding", encoding.into());
        if let Some((start, _)) = range {
            set("start", (start as f64).into());
            set("totalRows", (total as f64).into());
        }
        if export {
            let mut sheet = crate::batch::to_csv(&result, opts.lang);
            if first > 0 {
                // The byte-order mark and the header line come with the first chunk.
                let body = sheet.find("\r\n").map_or(sheet.len(), |i| i + 2);
                sheet.replace_range(..body, "");
            }
            set("csv", sheet.into());
        }
        Ok(out)
    }

    /// The options as `batch::parse_options` reads them, and whether `export`
    /// is `"csv"`.
    fn batch_options(options: &JsValue) -> Result<(crate::batch::BatchOptions, bool), Error> {
        if options.is_undefined() || options.is_null() {
            return Ok((crate::batch::parse_options("{}", today())?, false));
        }
        let json = object_json(options, "options")?;
        let export = Reflect::get(options, &"export".into()).unwrap_or(JsValue::UNDEFINED);
        let export = if export.is_undefined() || export.is_null() {
            false
        } else if export.as_string().as_deref() == Some("csv") {
            true
        } else {
            return Err(Error::invalid_request(
                "options.export",
                "expected \"csv\" (or absent)",
            ));
        };
        // parse_options knows no `export`: read the rest.
        let json = if export || json.contains("\"export\"") {
            let copy = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
            let _ = Reflect::delete_property(&copy, &"export".into());
            object_json(&copy, "options")?
        } else {
            json
        };
        Ok((crate::batch::parse_options(&json, today())?, export))
    }

    /// A JS object as JSON text: what the core's readers take.
    fn object_json(v: &JsValue, path: &str) -> Result<String, Error> {
        let not_an_object = || Error::invalid_request(path, "expected an object");
        if !v.is_object() || js_sys::Array::is_array(v) {
            return Err(not_an_object());
        }
        match JSON::stringify(v) {
            Ok(s) => s.as_string().ok_or_else(not_an_object),
            Err(e) => Err(Error::new(
                ErrorCode::InvalidJson,
                path,
                format!("cannot be written as JSON: {}", message_of(&e)),
            )),
        }
    }

    /// The file's text and how it was encoded.
    fn csv_text(csv: &JsValue, lang: Lang) -> Result<(String, &'static str), Error> {
        if let Some(s) = csv.as_string() {
            return Ok((s, "utf-8"));
        }
        let bytes = if let Some(a) = csv.dyn_ref::<js_sys::Uint8Array>() {
            a.to_vec()
        } else if let Some(b) = csv.dyn_ref::<js_sys::ArrayBuffer>() {
            js_sys::Uint8Array::new(b).to_vec()
        } else {
            return Err(Error::invalid_request(
                "csv",
                "expected the file's bytes (Uint8Array or ArrayBuffer) or its text (string)",
            ));
        };
        match String::from_utf8(bytes) {
            Ok(text) => Ok((text, "utf-8")),
            // UTF-16 (never valid UTF-8): the core's message.
            Err(e)
                if e.as_bytes().starts_with(&[0xFF, 0xFE])
                    || e.as_bytes().starts_with(&[0xFE, 0xFF]) =>
            {
                Err(crate::batch::decode(e.as_bytes())
                    .err()
                    .unwrap_or_else(|| not_text(lang)))
            }
            Err(e) => gbk(e.as_bytes(), lang).map(|t| (t, "gbk")),
        }
    }

    fn gbk(bytes: &[u8], lang: Lang) -> Result<String, Error> {
        let fatal = js_sys::Object::new();
        let _ = Reflect::set(&fatal, &"fatal".into(), &JsValue::TRUE);
        TextDecoder::new("gbk", &fatal)
            .and_then(|d| d.decode(bytes))
            .map_err(|_| not_text(lang))
    }

    #[cold]
    fn not_text(lang: Lang) -> Error {
        let message = match lang {
            Lang::ZhCn => "文件既不是 UTF-8 也不是 GBK 编码的文本（是否保存成了 .xlsx 表格，或不是表格文件？）：请另存为“CSV UTF-8”",
            Lang::En => "the file is neither UTF-8 nor GBK text (a spreadsheet saved as .xlsx, or a binary file?): save it as \"CSV UTF-8\"",
        };
        Error::new(ErrorCode::InvalidCsv, "", message)
    }
}
