//! The boundary to JavaScript (the only module that knows wasm-bindgen).
//!
//! Plain JavaScript values in and out: `evaluate(request)` → report
//! (api.md), `version()` → `{version, rulesVersion}`. A malformed request
//! throws a real `Error` with `code` and `path` set, never a string. With
//! the feature `wasm-batch` (the second module, pkg/dengtong_batch.js) also
//! `rules()` → the rule registry, and the batch checks `evaluateCsv` and
//! `evaluateCsvChunk`, at the end of this file. The single-check module
//! leaves `rules()` out: a phone waits for every byte of it before the first
//! answer (7.6 KB gzipped, issue 10), and the registry is data —
//! scripts/build-pkg.sh writes it beside the modules as pkg/rules.json,
//! which the widget reads after the first answer.
//!
//! The request crosses as the plain value `JSON.parse(JSON.stringify(r))`
//! gives, read into the tree serde_json would parse from that text and
//! handed to the core's reader as the native command's is — so JSON's own
//! limits (cycles, BigInt, depth) become coded errors instead of traps, and
//! no JSON parser is in the module (−6 KB gzipped). The report
//! crosses as compact words (src/crossing.rs) that `decodeWords`, a few lines
//! of JS here, turns into the same objects `JSON.parse` of the native
//! command's output gives (scripts/parity.mjs, on every case and 100,000
//! random requests). Only this module reads a clock: the
//! browser's local date, used when the request has no `asOf`.

use js_sys::{Error as JsError, Reflect};
use wasm_bindgen::prelude::*;

use crate::crossing::Encoder;
use crate::{Date, Error, ErrorCode};

/// Talc instead of Rust's default dlmalloc: smaller, and faster for the many
/// short-lived allocations of an evaluation.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A calendar date, `YYYY-MM-DD` (years 1000–9999). */
export type IsoDate = string;
/** A jurisdiction's code (ISO 3166-2): its own rules and its parent's (`Rules.jurisdictions`). */
export type Jurisdiction = string /* the jurisdiction table's codes: written in by scripts/build-pkg.sh */;
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
    let value = request_value(&request).map_err(throwable)?;
    let req = crate::request_from_value(&value).map_err(throwable)?;
    crossed(&crate::evaluate(&req, today()))
}

thread_local! {
    /// The strings the JS side holds (src/crossing.rs).
    static ENCODER: std::cell::RefCell<Encoder> = std::cell::RefCell::new(Encoder::new());
}

/// The JS half of src/crossing.rs: words back into plain objects, exactly
/// what `JSON.parse` of the native command's JSON would give. The table of
/// strings seen lives as long as the module. build-pkg.sh inlines this into
/// the glue (pkg/ stays a few files, nothing else to fetch), so its names
/// carry a prefix that cannot meet the glue's own.
#[wasm_bindgen(inline_js = r#"
let crossingTable = [];
let crossingWords = null;
let crossingAt = 0;
let crossingFresh = '';
let crossingFreshAt = 0;
const crossingBits = new Uint32Array(2);
const crossingFloat = new Float64Array(crossingBits.buffer);
function crossingString(w) {
  if ((w & 7) === 3) return crossingTable[w >>> 3];
  const end = crossingFreshAt + (w >>> 3);
  const s = crossingFresh.substring(crossingFreshAt, end);
  crossingFreshAt = end;
  crossingTable.push(s);
  return s;
}
function crossingValue() {
  const w = crossingWords[crossingAt++];
  const p = w >>> 3;
  switch (w & 7) {
    case 0: return p === 0 ? null : p === 2;
    case 1: return p;
    case 2: {
      crossingBits[0] = crossingWords[crossingAt++];
      crossingBits[1] = crossingWords[crossingAt++];
      const f = crossingFloat[0];
      return Number.isFinite(f) ? f : null;
    }
    case 5: {
      const a = new Array(p);
      for (let i = 0; i < p; i++) a[i] = crossingValue();
      return a;
    }
    case 6: {
      const o = {};
      for (let i = 0; i < p; i++) {
        const k = crossingString(crossingWords[crossingAt++]);
        const v = crossingValue();
        if (k === '__proto__') {
          Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        } else {
          o[k] = v;
        }
      }
      return o;
    }
    case 7: {
      const lo = crossingWords[crossingAt++];
      const n = crossingWords[crossingAt++] * 4294967296 + lo;
      return p === 1 ? -n : n;
    }
    default: return crossingString(w);
  }
}
export function decodeWords(reset, words, fresh) {
  if (reset) crossingTable = [];
  crossingWords = words;
  crossingAt = 0;
  crossingFresh = fresh;
  crossingFreshAt = 0;
  const v = crossingValue();
  crossingWords = null;
  crossingFresh = '';
  return v;
}
export function plainRequest(r) {
  const text = JSON.stringify(r);
  return text === undefined ? undefined : JSON.parse(text);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = decodeWords)]
    fn decode_words(reset: bool, words: &[u32], fresh: &str) -> JsValue;
    /// `JSON.parse(JSON.stringify(r))` in one call: the text stays in JS.
    #[wasm_bindgen(js_name = plainRequest, catch)]
    fn plain_request(r: &JsValue) -> Result<JsValue, JsValue>;
}

/// Every document and clause once, every rule with its dates and clauses,
/// every text code with both wordings, every vocabulary with its labels.
/// In the batch module only; the same as pkg/rules.json.
#[cfg(feature = "wasm-batch")]
#[wasm_bindgen(unchecked_return_type = "Rules")]
pub fn rules() -> JsValue {
    crossed(&crate::registry::registry()).unwrap_or(JsValue::NULL)
}

/// A report or the registry as a plain JS value, through the crossing.
fn crossed<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    ENCODER.with_borrow_mut(|encoder| {
        let e = encoder.encode(value).map_err(throwable)?;
        Ok(decode_words(e.reset, e.words, e.fresh))
    })
}

/// The package version and the version of the rule data.
#[wasm_bindgen(unchecked_return_type = "Version")]
pub fn version() -> JsValue {
    let out = js_sys::Object::new();
    let _ = Reflect::set(&out, &"version".into(), &crate::VERSION.into());
    let _ = Reflect::set(&out, &"rulesVersion".into(), &crate::RULES_VERSION.into());
    out.into()
}

/// The request as `JSON.parse(JSON.stringify(request))` gives it, read into
/// the tree the core's reader walks: no JSON text crosses, and no JSON
/// parser is in the module. The tree is the one serde_json would parse from
/// that text — numbers as it reads them, its nesting limit — so reports and
/// errors are the native command's.
fn request_value(request: &JsValue) -> Result<serde_json::Value, Error> {
    let not_an_object = || Error::invalid_request("", "the request must be a JSON object");
    if request.is_undefined() || request.is_function() || request.is_symbol() || request.is_bigint()
    {
        return Err(not_an_object());
    }
    let cannot = |e: JsValue| {
        Error::new(
            ErrorCode::InvalidJson,
            "",
            format!("the request cannot be written as JSON: {}", message_of(&e)),
        )
    };
    let plain = plain_request(request).map_err(cannot)?;
    if plain.is_undefined() {
        return Err(not_an_object());
    }
    tree(&plain, 0)
}

/// serde_json's nesting limit: deeper lists and objects are `invalid_json`.
const MAX_DEPTH: u32 = 128;

fn tree(v: &JsValue, depth: u32) -> Result<serde_json::Value, Error> {
    use serde_json::Value;
    let invalid =
        |why: &str| Error::new(ErrorCode::InvalidJson, "", format!("not valid JSON: {why}"));
    if v.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(number(n));
    }
    if let Some(s) = v.dyn_ref::<js_sys::JsString>() {
        // serde_json refuses a lone surrogate (`"\ud800"`) in a string.
        if !s.is_valid_utf16() {
            return Err(invalid("lone surrogate in a string"));
        }
        return Ok(Value::String(String::from(s)));
    }
    if depth >= MAX_DEPTH {
        return Err(invalid("recursion limit exceeded"));
    }
    if js_sys::Array::is_array(v) {
        let items: &js_sys::Array = v.unchecked_ref();
        let mut out = Vec::with_capacity(items.length() as usize);
        for item in items.iter() {
            out.push(tree(&item, depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    let mut map = serde_json::Map::new();
    for entry in js_sys::Object::entries(v.unchecked_ref()).iter() {
        let pair: &js_sys::Array = entry.unchecked_ref();
        let key = pair.get(0).as_string().unwrap_or_default();
        map.insert(key, tree(&pair.get(1), depth + 1)?);
    }
    Ok(Value::Object(map))
}

/// A JavaScript number as serde_json reads the text `JSON.stringify` writes
/// for it: an integer that fits u64 or i64 is one (beyond 2⁵³, the digits
/// JavaScript writes, which need not be the float's exact value), anything
/// else a float.
fn number(n: f64) -> serde_json::Value {
    const TWO_53: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 {
        if (0.0..=TWO_53).contains(&n) {
            return (n as u64).into();
        }
        if (-TWO_53..0.0).contains(&n) {
            return (n as i64).into();
        }
        let digits = js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default();
        if let Ok(u) = digits.parse::<u64>() {
            return u.into();
        }
        if let Ok(i) = digits.parse::<i64>() {
            return i.into();
        }
    }
    serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, Into::into)
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
// Batch checks: a recruiter's 报名表 (a workbook or CSV), each applicant
// against its post (src/batch/).
//
// `evaluateCsv(file, post, options)` evaluates a whole file; `BatchSession`
// a chunk of rows at a time, each chunk starting where the last ended, so a
// Web Worker can report progress; `evaluateCsvChunk(file, post, options,
// start, maxRows)` is the same through a kept session (the same file and
// options, in order: it goes on; anything else starts again).
// A CSV crosses as bytes: UTF-8 (with or without a byte-order mark) is read
// in Rust; anything else is decoded as GBK by the platform's `TextDecoder`,
// so the .wasm carries no encoding tables. Workbooks are read in Rust.
//
// Only with the feature `wasm-batch`: scripts/build-pkg.sh builds these into
// a second module, pkg/dengtong_batch.js (+ _bg.wasm), which exports
// everything pkg/dengtong.js does and these. The readers and writers (CSV,
// calamine, rust_xlsxwriter) are not downloaded by a single check
// (pkg/dengtong.js, within its 120 KB budget); the widget loads the batch
// module in a Worker.
#[cfg(feature = "wasm-batch")]
mod batch {
    use std::cell::RefCell;

    use js_sys::{Reflect, Uint8Array, JSON};
    use wasm_bindgen::prelude::*;

    use super::{message_of, throwable, today};
    use crate::batch::{
        BatchOptions, BatchResult, BatchRow, Encoding, Input, PostsInput, Session, XlsxExport,
    };
    use crate::request::Lang;
    use crate::{Error, ErrorCode};

    #[wasm_bindgen(typescript_custom_section)]
    const BATCH_TYPES: &'static str = r#"
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
"#;

    #[wasm_bindgen]
    extern "C" {
        type TextDecoder;
        #[wasm_bindgen(constructor, catch)]
        fn new(label: &str, options: &JsValue) -> Result<TextDecoder, JsValue>;
        #[wasm_bindgen(method, catch)]
        fn decode(this: &TextDecoder, bytes: &[u8]) -> Result<String, JsValue>;
    }

    /// What to export besides the rows.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Export {
        None,
        Csv,
        Xlsx,
    }

    /// The arguments, read: the options, what to export, and a JSON key of
    /// post and options (a kept session goes on only for the same).
    struct Args {
        options: BatchOptions,
        export: Export,
        posts: Option<Vec<u8>>,
        key: String,
    }

    fn args(post: &JsValue, options: &JsValue) -> Result<Args, Error> {
        let mut args = batch_options(options)?;
        let post_json = if post.is_undefined() || post.is_null() {
            "null".to_owned()
        } else {
            object_json(post, "post")?
        };
        args.key = format!("{post_json}\u{0}{}", args.key);
        Ok(args)
    }

    /// A session over a file, with its encoding.
    fn open(
        file: &JsValue,
        post: &JsValue,
        args: &Args,
    ) -> Result<(Session<'static>, &'static str), Error> {
        let lang = args.options.lang;
        let (bytes, encoding) = file_bytes(file, lang, "csv")?;
        let posts = if post.is_undefined() || post.is_null() {
            match &args.posts {
                Some(p) => PostsInput::File(Input::bytes(p.clone())),
                None => PostsInput::FromWorkbook,
            }
        } else {
            PostsInput::One(crate::batch::parse_post(&object_json(post, "post")?)?)
        };
        let mut s = Session::open(Input::bytes(bytes), posts, args.options.clone())?;
        if encoding == "gbk" {
            s.decoded_from(Encoding::Gbk);
        }
        Ok((s, encoding))
    }

    /// Rows per crossing (src/crossing.rs) from Rust to JavaScript: the
    /// encoder keeps its word buffer between calls, so a chunk bounds it.
    const CROSSING: usize = 5_000;

    fn not_crossed() -> Error {
        Error::new(
            ErrorCode::InvalidCsv,
            "",
            "internal: the result did not cross",
        )
    }

    /// Rows to JavaScript objects, appended to `all`, `CROSSING` at a time.
    fn push_rows(all: &js_sys::Array, rows: &[BatchRow]) -> Result<(), Error> {
        for part in rows.chunks(CROSSING) {
            let part = super::crossed(&part).map_err(|_| not_crossed())?;
            for r in js_sys::Array::from(&part).iter() {
                all.push(&r);
            }
        }
        Ok(())
    }

    fn to_js(result: &BatchResult) -> Result<JsValue, Error> {
        super::crossed(result).map_err(|_| not_crossed())
    }

    fn set(out: &JsValue, k: &str, v: &JsValue) {
        let _ = Reflect::set(out, &k.into(), v);
    }

    /// Evaluates every applicant row of a batch file — a workbook (.xlsx,
    /// .xls, .xlsb, .ods) or a CSV — each against its post.
    ///
    /// `post`: one post (api.md `post`) for every row; `null`: each row's
    /// 报考岗位代码 in a 岗位表 — `options.posts` (a file), or the workbook's
    /// 岗位表 sheet. `options`: `{asOf, jurisdiction, lang,
    /// ignoreUnknownColumns, limits, sheet, posts, export}`, all optional;
    /// `asOf` defaults to today in the browser's time zone; `export: "csv"`
    /// adds the results as text (`csv`), `"xlsx"` as a workbook (`xlsx`).
    ///
    /// @throws {DengtongError} `invalid_csv` for a file that cannot be read as a
    /// whole (not text or a workbook, no header, a required, misspelt or
    /// unknown column, over a limit; path `posts` for the 岗位表);
    /// `invalid_request` (path `post.…`, `options.…` or `csv`) for bad
    /// arguments. A row that cannot be read, or names an unknown post, is
    /// reported in its own row.
    #[wasm_bindgen(js_name = evaluateCsv, unchecked_return_type = "BatchResult")]
    pub fn evaluate_csv(
        #[wasm_bindgen(unchecked_param_type = "BatchFile")] csv: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Post | null | undefined")] post: JsValue,
        #[wasm_bindgen(unchecked_param_type = "BatchOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        (|| -> Result<JsValue, Error> {
            let args = args(&post, &options)?;
            let (mut s, encoding) = open(&csv, &post, &args)?;
            let mut xlsx = match args.export {
                Export::Xlsx => Some(XlsxExport::new(
                    args.options.lang,
                    s.with_posts(),
                    args.options.as_of,
                )?),
                _ => None,
            };
            // The rows cross a few thousand at a time: one JSON text of a
            // hundred thousand rows costs more than its parts.
            let lang = args.options.lang;
            let all = js_sys::Array::new();
            let mut sheet = String::new();
            if args.export == Export::Csv {
                crate::batch::csv_header(&mut sheet, lang, s.with_posts());
            }
            let mut rows: Vec<BatchRow> = Vec::with_capacity(CROSSING);
            loop {
                rows.clear();
                while rows.len() < CROSSING {
                    match s.next_row()? {
                        Some(r) => rows.push(r),
                        None => break,
                    }
                }
                for r in &rows {
                    if let Some(x) = &mut xlsx {
                        x.push(r, s.post_of(r))?;
                    }
                    if args.export == Export::Csv {
                        crate::batch::csv_row(&mut sheet, r, lang, s.post_of(r));
                    }
                }
                if rows.is_empty() {
                    break;
                }
                push_rows(&all, &rows)?;
            }
            let result = s.result(vec![]);
            let out = to_js(&result)?;
            set(&out, "rows", &all);
            set(&out, "encoding", &encoding.into());
            match args.export {
                Export::Csv => set(&out, "csv", &sheet.into()),
                Export::Xlsx => {
                    if let Some(x) = xlsx {
                        let bytes = x.finish(&result)?;
                        set(&out, "xlsx", &Uint8Array::from(bytes.as_slice()).into());
                    }
                }
                Export::None => {}
            }
            Ok(out)
        })()
        .map_err(throwable)
    }

    /// A batch evaluated a chunk of rows at a time, each chunk where the
    /// last ended: for progress in a Web Worker. The file is read once.
    #[wasm_bindgen(js_name = BatchSession)]
    pub struct BatchSession {
        session: Session<'static>,
        encoding: &'static str,
        export: Export,
        xlsx: Option<XlsxExport>,
    }

    #[wasm_bindgen(js_class = BatchSession)]
    impl BatchSession {
        /// Opens a batch file (`evaluateCsv`'s arguments). `options.export`:
        /// `"csv"` gives each chunk's rows as CSV text (the first chunk with
        /// the byte-order mark and header), `"xlsx"` keeps a workbook for
        /// `xlsx()`.
        ///
        /// @throws {DengtongError} as `evaluateCsv`.
        #[wasm_bindgen(constructor)]
        pub fn new(
            #[wasm_bindgen(unchecked_param_type = "BatchFile")] file: JsValue,
            #[wasm_bindgen(unchecked_param_type = "Post | null | undefined")] post: JsValue,
            #[wasm_bindgen(unchecked_param_type = "BatchOptions | undefined")] options: JsValue,
        ) -> Result<BatchSession, JsValue> {
            (|| -> Result<BatchSession, Error> {
                let args = args(&post, &options)?;
                let (session, encoding) = open(&file, &post, &args)?;
                let xlsx = match args.export {
                    Export::Xlsx => Some(XlsxExport::new(
                        args.options.lang,
                        session.with_posts(),
                        args.options.as_of,
                    )?),
                    _ => None,
                };
                Ok(BatchSession {
                    session,
                    encoding,
                    export: args.export,
                    xlsx,
                })
            })()
            .map_err(throwable)
        }

        /// The next `maxRows` applicant rows (at least one), with `start`,
        /// `totalRows`, `done`, and the counts of these rows in `summary`.
        ///
        /// @throws {DengtongError} `invalid_csv` should the rest of the file turn out unreadable.
        #[wasm_bindgen(unchecked_return_type = "BatchChunk")]
        pub fn next(
            &mut self,
            #[wasm_bindgen(js_name = maxRows)] max_rows: u32,
        ) -> Result<JsValue, JsValue> {
            let max = (max_rows as usize).max(1);
            chunk(
                &mut self.session,
                self.encoding,
                self.export,
                self.xlsx.as_mut(),
                max,
            )
            .map_err(throwable)
        }

        /// The counts of every row evaluated so far, and per post.
        #[wasm_bindgen(unchecked_return_type = "{ summary: BatchSummary; posts: BatchPost[] }")]
        pub fn summary(&self) -> Result<JsValue, JsValue> {
            let r = self.session.result(vec![]);
            let out = js_sys::Object::new();
            let s = to_js(&r).map_err(throwable)?;
            for k in ["summary", "posts"] {
                set(
                    &out,
                    k,
                    &Reflect::get(&s, &k.into()).unwrap_or(JsValue::NULL),
                );
            }
            Ok(out.into())
        }

        /// The results workbook (`export: "xlsx"`) of every row evaluated:
        /// a results sheet and a summary sheet. Once.
        ///
        /// @throws {DengtongError} `invalid_request` (path `options.export`) without `export: "xlsx"`, or a second time.
        pub fn xlsx(&mut self) -> Result<Uint8Array, JsValue> {
            let x = self.xlsx.take().ok_or_else(|| {
                throwable(Error::invalid_request(
                    "options.export",
                    "the workbook comes once, and only with export: \"xlsx\"",
                ))
            })?;
            let bytes = x.finish(&self.session.result(vec![])).map_err(throwable)?;
            Ok(Uint8Array::from(bytes.as_slice()))
        }
    }

    /// The next chunk of a session.
    fn chunk(
        s: &mut Session<'static>,
        encoding: &'static str,
        export: Export,
        mut xlsx: Option<&mut XlsxExport>,
        max_rows: usize,
    ) -> Result<JsValue, Error> {
        let start = s.position();
        let mut rows: Vec<BatchRow> = Vec::with_capacity(max_rows.min(100_000));
        while rows.len() < max_rows {
            match s.next_row()? {
                Some(r) => {
                    if let Some(x) = xlsx.as_deref_mut() {
                        x.push(&r, s.post_of(&r))?;
                    }
                    rows.push(r);
                }
                None => break,
            }
        }
        let total = s.total_rows().unwrap_or(0);
        let done = s.position() >= total;
        let lang = s.options().lang;
        let out = to_js(&s.chunk(&rows))?;
        let all = js_sys::Array::new();
        push_rows(&all, &rows)?;
        set(&out, "rows", &all);
        set(&out, "encoding", &encoding.into());
        set(&out, "start", &(start as f64).into());
        set(&out, "totalRows", &(total as f64).into());
        set(&out, "done", &done.into());
        if export == Export::Csv {
            let mut sheet = String::new();
            if start == 0 {
                crate::batch::csv_header(&mut sheet, lang, s.with_posts());
            }
            for r in &rows {
                crate::batch::csv_row(&mut sheet, r, lang, s.post_of(r));
            }
            set(&out, "csv", &sheet.into());
        }
        Ok(out)
    }

    /// The session `evaluateCsvChunk` goes on with: its file and arguments.
    struct Kept {
        file: JsValue,
        key: String,
        session: Session<'static>,
        encoding: &'static str,
        export: Export,
    }

    thread_local! {
        static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
    }

    /// `evaluateCsv` for the applicant rows `start…start + maxRows - 1` (from 0,
    /// in file order; the header and blank rows not counted). The result says
    /// `start`, `totalRows` (applicant rows in the whole file) and `done`;
    /// `summary` counts the rows evaluated. With `export: "csv"`, only the
    /// chunk at `start` 0 has the byte-order mark and header line, so the
    /// chunks' `csv` texts joined in order are the whole file's export.
    /// Called again with the same file (the same object) and arguments for
    /// the rows that follow, it goes on where it ended; otherwise it reads
    /// the file again. (`BatchSession` does this explicitly.)
    #[wasm_bindgen(js_name = evaluateCsvChunk, unchecked_return_type = "BatchChunk")]
    pub fn evaluate_csv_chunk(
        #[wasm_bindgen(unchecked_param_type = "BatchFile")] csv: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Post | null | undefined")] post: JsValue,
        #[wasm_bindgen(unchecked_param_type = "BatchOptions | undefined")] options: JsValue,
        start: u32,
        #[wasm_bindgen(js_name = maxRows)] max_rows: u32,
    ) -> Result<JsValue, JsValue> {
        (|| -> Result<JsValue, Error> {
            let args = args(&post, &options)?;
            if args.export == Export::Xlsx {
                return Err(Error::invalid_request(
                    "options.export",
                    "chunks export \"csv\"; for \"xlsx\" use BatchSession or evaluateCsv",
                ));
            }
            let start = start as usize;
            let mut kept = KEPT.with(|k| k.borrow_mut().take());
            let goes_on = kept.as_ref().is_some_and(|k| {
                js_sys::Object::is(&k.file, &csv)
                    && k.key == args.key
                    && k.session.position() == start
            });
            if !goes_on {
                let (mut session, encoding) = open(&csv, &post, &args)?;
                session.skip(start)?;
                kept = Some(Kept {
                    file: csv.clone(),
                    key: args.key.clone(),
                    session,
                    encoding,
                    export: args.export,
                });
            }
            let Some(mut k) = kept else {
                return Err(Error::new(
                    ErrorCode::InvalidCsv,
                    "",
                    "internal: no session",
                ));
            };
            let max = if k.session.position() < start {
                0
            } else {
                max_rows as usize
            };
            let out = chunk(&mut k.session, k.encoding, k.export, None, max);
            if let Ok(o) = &out {
                set(o, "start", &(start as f64).into());
            }
            let done = out.as_ref().map_or(true, |o| {
                Reflect::get(o, &"done".into()).map_or(true, |d| d.is_truthy())
            });
            if !done {
                KEPT.with(|slot| *slot.borrow_mut() = Some(k));
            }
            out
        })()
        .map_err(throwable)
    }

    /// The options as `batch::parse_options` reads them, what to export, the
    /// posts file, and the options' JSON.
    fn batch_options(options: &JsValue) -> Result<Args, Error> {
        if options.is_undefined() || options.is_null() {
            return Ok(Args {
                options: crate::batch::parse_options("{}", today())?,
                export: Export::None,
                posts: None,
                key: "{}".to_owned(),
            });
        }
        if !options.is_object() || js_sys::Array::is_array(options) {
            return Err(Error::invalid_request("options", "expected an object"));
        }
        let get = |k: &str| Reflect::get(options, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let export = get("export");
        let export = if export.is_undefined() || export.is_null() {
            Export::None
        } else {
            match export.as_string().as_deref() {
                Some("csv") => Export::Csv,
                Some("xlsx") => Export::Xlsx,
                _ => {
                    return Err(Error::invalid_request(
                        "options.export",
                        "expected \"csv\" or \"xlsx\" (or absent)",
                    ))
                }
            }
        };
        // parse_options knows neither `export` nor `posts`: read the rest.
        let copy = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
        let _ = Reflect::delete_property(&copy, &"export".into());
        let _ = Reflect::delete_property(&copy, &"posts".into());
        let rest = object_json(&copy, "options")?;
        let parsed = crate::batch::parse_options(&rest, today())?;
        let posts = get("posts");
        let posts = if posts.is_undefined() || posts.is_null() {
            None
        } else {
            Some(file_bytes(&posts, parsed.lang, "options.posts")?.0)
        };
        let key = format!(
            "{rest}\u{0}{:?}\u{0}{}",
            export as u8,
            posts.as_ref().map_or(0, Vec::len)
        );
        Ok(Args {
            options: parsed,
            export,
            posts,
            key,
        })
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

    /// A file's bytes — a workbook as it is, a CSV as UTF-8 text — and how
    /// a CSV was encoded.
    fn file_bytes(
        file: &JsValue,
        lang: Lang,
        path: &str,
    ) -> Result<(Vec<u8>, &'static str), Error> {
        if let Some(s) = file.as_string() {
            return Ok((s.into_bytes(), "utf-8"));
        }
        let bytes = if let Some(a) = file.dyn_ref::<Uint8Array>() {
            a.to_vec()
        } else if let Some(b) = file.dyn_ref::<js_sys::ArrayBuffer>() {
            Uint8Array::new(b).to_vec()
        } else {
            return Err(Error::invalid_request(
                path,
                "expected the file's bytes (Uint8Array or ArrayBuffer) or its text (string)",
            ));
        };
        let workbook =
            bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
        if workbook || std::str::from_utf8(&bytes).is_ok() {
            return Ok((bytes, "utf-8"));
        }
        // UTF-16 (never valid UTF-8): the core's message.
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Err(crate::batch::decode(&bytes)
                .err()
                .unwrap_or_else(|| not_text(lang)));
        }
        gbk(&bytes, lang).map(|t| (t.into_bytes(), "gbk"))
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
            Lang::ZhCn => "文件既不是 UTF-8 也不是 GBK 编码的文本，也不是工作簿：请另存为 .xlsx 或“CSV UTF-8”",
            Lang::En => "the file is neither UTF-8 nor GBK text, nor a workbook: save it as .xlsx or \"CSV UTF-8\"",
        };
        Error::new(ErrorCode::InvalidCsv, "", message)
    }
}
