//! Batch checks (批量核查): a recruiter's 报名表 — a workbook or a CSV, as
//! the registration system exports it — each applicant checked against the
//! post it applies for (a 岗位表, or one post for all), with a full api.md
//! request per row through the same engine as a single check.
//!
//! The format (files, sheets, columns, cells, results, limits) is documented
//! once, in README.md ("Batch checks"). The seams:
//!
//! - reading: `record` (a row of text cells), `csv` (CSV from any reader, a
//!   buffer at a time), `workbook` (.xlsx/.xls/.ods through calamine);
//! - `layout`: the header, which column holds which field, what is not used;
//! - `terms`: the recruiters' spellings, as data; `cells`: reading one cell;
//! - `applicant`: a row into the row model, and the one request builder;
//! - `posts`: the 岗位表; `decision`: what a row shows of the engine's report;
//! - `session`: the driver, a row at a time; `export`: CSV, .xlsx and JSON.
//!
//! Pure like the rest of the core: the date is an input, and nothing here
//! reads a clock, a file or the network (the caller hands in readers).

mod applicant;
mod cells;
mod csv;
mod decision;
mod export;
mod layout;
mod posts;
mod record;
mod session;
mod terms;
mod workbook;

use std::borrow::Cow;

use serde::Serialize;

use crate::date::Date;
use crate::error::{Error, ErrorCode};
use crate::read;
use crate::request::{Education, Graduate, Jurisdiction, Lang, Post};
use crate::vocab::{EntitlementId, Outcome, Purpose, Route};

pub use self::csv::Encoding;
pub use export::{
    csv_header, csv_row, json_parts, neutralise, to_csv, to_json, to_xlsx, XlsxExport,
};
pub use session::{Input, PostsInput, Session};

/// A text in the chosen language, formatting only that one.
macro_rules! say {
    ($lang:expr, $zh:expr, $en:expr $(,)?) => {
        match $lang {
            $crate::request::Lang::ZhCn => String::from($zh),
            $crate::request::Lang::En => String::from($en),
        }
    };
}
pub(crate) use say;

/// Bounds on the input, so that hostile files cost bounded work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Size of the file in bytes.
    pub max_bytes: usize,
    /// Applicant rows (the header and blank rows not counted).
    pub max_rows: usize,
    /// Columns in the header.
    pub max_columns: usize,
    /// Characters in one cell.
    pub max_cell_chars: usize,
}

impl Default for Limits {
    /// The browser's: a file held in memory.
    fn default() -> Limits {
        Limits {
            max_bytes: 64 * 1024 * 1024,
            max_rows: 200_000,
            max_columns: 64,
            max_cell_chars: 1_000,
        }
    }
}

impl Limits {
    /// The native command's, for a CSV read a buffer at a time: no bound
    /// on the file or the rows, since memory does not grow with them.
    pub fn streaming() -> Limits {
        Limits {
            max_bytes: usize::MAX,
            max_rows: usize::MAX,
            ..Limits::default()
        }
    }
}

/// How to evaluate a batch: what every row shares.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchOptions {
    /// The date every decision is made for (the core has no clock).
    pub as_of: Date,
    pub jurisdiction: Jurisdiction,
    /// Language of reasons, notes, row errors and file errors.
    pub lang: Lang,
    /// Ignore columns the format does not know (with a warning) instead of
    /// refusing the file.
    pub ignore_unknown_columns: bool,
    pub limits: Limits,
    /// The workbook sheet of the applicants; absent: 报名表, or the first
    /// sheet that is not the 岗位表.
    pub sheet: Option<String>,
}

impl BatchOptions {
    /// National rules, zh-CN, unknown columns refused, default limits.
    pub fn new(as_of: Date) -> BatchOptions {
        BatchOptions {
            as_of,
            jurisdiction: Jurisdiction::default(),
            lang: Lang::ZhCn,
            ignore_unknown_columns: false,
            limits: Limits::default(),
            sheet: None,
        }
    }
}

/// Parses options as JSON (`{"asOf","jurisdiction","lang",
/// "ignoreUnknownColumns","limits","sheet"}`, all optional); `today` stands
/// in for an absent `asOf`. For the JavaScript boundary.
pub fn parse_options(json: &str, today: Date) -> Result<BatchOptions, Error> {
    let v = read::parse_json(json)?;
    let o = read::Obj::new(
        &v,
        "options",
        "an object",
        &[
            "asOf",
            "jurisdiction",
            "lang",
            "ignoreUnknownColumns",
            "limits",
            "sheet",
        ],
    )?;
    let (as_of, jurisdiction, lang) = read::common(&o)?;
    let mut limits = Limits::default();
    if let Some(l) = o.get("limits") {
        let path = o.path("limits");
        let l = read::Obj::new(
            l,
            &path,
            "an object",
            &["maxBytes", "maxRows", "maxColumns", "maxCellChars"],
        )?;
        let max = usize::MAX as u64;
        let get = |k: &str, d: usize| -> Result<usize, Error> {
            Ok(l.int(k, 1, max)?.map_or(d, |n| n as usize))
        };
        limits = Limits {
            max_bytes: get("maxBytes", limits.max_bytes)?,
            max_rows: get("maxRows", limits.max_rows)?,
            max_columns: get("maxColumns", limits.max_columns)?,
            max_cell_chars: get("maxCellChars", limits.max_cell_chars)?,
        };
    }
    let sheet = match o.get("sheet") {
        None => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(_) => {
            return Err(Error::invalid_request(
                &o.path("sheet"),
                "expected the name of a sheet (a string)",
            ))
        }
    };
    Ok(BatchOptions {
        as_of: as_of.unwrap_or(today),
        jurisdiction,
        lang,
        ignore_unknown_columns: o.bool("ignoreUnknownColumns")?.unwrap_or(false),
        limits,
        sheet,
    })
}

/// Parses the post (api.md `post`: `{"employer","postType",
/// "requiredEducation","skillLevelRequired"}`); error paths start `post.`.
pub fn parse_post(json: &str) -> Result<Post, Error> {
    read::post(&read::parse_json(json)?, "post")
}

/// A column of the 报名表 (api.md names; the English headers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// 姓名/编号
    Label,
    /// 院校类型
    SchoolType,
    /// 毕业院校: the school's name, read as its type where the name settles it.
    SchoolName,
    /// 班级
    ClassType,
    /// 学历: a 技工院校 class, or a 学历 (contract 0.2 `graduate.education`).
    Education,
    /// 学习方式
    StudyMode,
    /// 毕业时间
    GraduationDate,
    /// 证书
    Certificates,
    /// 竞赛获奖
    Awards,
    /// 荣誉
    Honours,
    /// 报考岗位代码
    PostCode,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::Label,
        Field::SchoolType,
        Field::SchoolName,
        Field::ClassType,
        Field::Education,
        Field::StudyMode,
        Field::GraduationDate,
        Field::Certificates,
        Field::Awards,
        Field::Honours,
        Field::PostCode,
    ];

    /// The api.md name, also the English header.
    pub fn api_name(self) -> &'static str {
        match self {
            Field::Label => "label",
            Field::SchoolType => "schoolType",
            Field::SchoolName => "schoolName",
            Field::ClassType => "classType",
            Field::Education => "education",
            Field::StudyMode => "studyMode",
            Field::GraduationDate => "graduationDate",
            Field::Certificates => "certificates",
            Field::Awards => "awards",
            Field::Honours => "honours",
            Field::PostCode => "postCode",
        }
    }

    /// The Chinese header.
    pub fn zh_name(self) -> &'static str {
        match self {
            Field::Label => "姓名/编号",
            Field::SchoolType => "院校类型",
            Field::SchoolName => "毕业院校",
            Field::ClassType => "班级",
            Field::Education => "学历",
            Field::StudyMode => "学习方式",
            Field::GraduationDate => "毕业时间",
            Field::Certificates => "证书",
            Field::Awards => "竞赛获奖",
            Field::Honours => "荣誉",
            Field::PostCode => "报考岗位代码",
        }
    }
}

/// How a column was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ColumnStatus {
    /// Read as its `field`.
    Read,
    /// A column a 报名表 usually has that the check does not need (性别, 民族…).
    NotUsed,
    /// Unknown, ignored on request (`ignoreUnknownColumns`).
    Ignored,
    /// No header.
    Empty,
}

/// How one column of the file was read.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    /// The header as written in the file.
    pub header: String,
    /// The field it was read as; `null`: not read.
    pub field: Option<Field>,
    pub status: ColumnStatus,
}

/// A row that could not be read, or whose post is unknown. The rest of the
/// batch goes on.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    /// Spreadsheet row (the header is row 1 unless rows precede it).
    pub row: u32,
    /// The header of the offending column, as written in the file; empty
    /// when the row as a whole is at fault.
    pub column: String,
    pub field: Option<Field>,
    pub message: String,
}

/// The answer for one applicant.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchRow {
    /// Spreadsheet row, as Excel or WPS numbers it.
    pub row: u32,
    /// The label cell, verbatim (trimmed).
    pub label: String,
    /// The 报考岗位代码 as written, when the posts come from a 岗位表.
    pub post: Option<String>,
    /// The row's post in `BatchResult::posts`.
    #[serde(skip)]
    pub post_index: Option<usize>,
    /// The post: `recruitment.outcome`; `null` when the row has an error.
    pub outcome: Option<Outcome>,
    /// Not eligible through open recruitment, but eligible by direct
    /// assessment (直接考察) on a route that reaches this post.
    pub direct_only: bool,
    /// The purpose whose equivalence decided it.
    pub purpose: Option<Purpose>,
    /// The education level the applicant counts as for that purpose.
    pub level: Option<Education>,
    /// Direct-recruitment routes (直接考察) that are `eligible`.
    pub direct_routes: Vec<Route>,
    /// Entitlements that are `eligible`.
    pub entitlements: Vec<EntitlementId>,
    /// The 文号 of every document cited for the outcome, the eligible routes
    /// and the eligible entitlements, once each, in order of first citation
    /// (《title》 where the document prints no 文号).
    pub documents: Vec<String>,
    /// `recruitment.reasons[].text`.
    pub reasons: Vec<String>,
    /// Request field paths whose absence left the outcome undetermined.
    pub missing: Vec<String>,
    pub to_qualify: Vec<String>,
    pub caveats: Vec<String>,
    /// How cells were read, where it may bear on the answer.
    pub notes: Vec<String>,
    /// The applicant as read (api.md `graduate`), so the reading can be checked.
    pub graduate: Option<Graduate>,
    /// The 学历 held, from a 学历 column (contract 0.2 `graduate.education`).
    pub education: Option<Education>,
    pub error: Option<RowError>,
}

/// Counts by outcome. A recruitment outcome is never `notYet`;
/// `directOnly` counts the `ineligible`, `undetermined` and `unclear` rows that direct
/// assessment admits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub rows: usize,
    pub eligible: usize,
    pub ineligible: usize,
    pub undetermined: usize,
    /// The texts leave it open (contract 0.2 `unclear`).
    pub unclear: usize,
    pub errors: usize,
    pub direct_only: usize,
}

impl Summary {
    pub fn count(&mut self, r: &BatchRow) {
        self.rows += 1;
        match (r.outcome, &r.error) {
            (_, Some(_)) => self.errors += 1,
            (Some(Outcome::Eligible), None) => self.eligible += 1,
            (Some(Outcome::Ineligible), None) => self.ineligible += 1,
            (Some(Outcome::Unclear), None) => self.unclear += 1,
            (_, None) => self.undetermined += 1,
        }
        self.direct_only += usize::from(r.direct_only);
    }
    pub fn add(&mut self, o: &Summary) {
        self.rows += o.rows;
        self.eligible += o.eligible;
        self.ineligible += o.ineligible;
        self.undetermined += o.undetermined;
        self.unclear += o.unclear;
        self.errors += o.errors;
        self.direct_only += o.direct_only;
    }
    pub fn minus(&self, o: &Summary) -> Summary {
        Summary {
            rows: self.rows.saturating_sub(o.rows),
            eligible: self.eligible.saturating_sub(o.eligible),
            ineligible: self.ineligible.saturating_sub(o.ineligible),
            undetermined: self.undetermined.saturating_sub(o.undetermined),
            unclear: self.unclear.saturating_sub(o.unclear),
            errors: self.errors.saturating_sub(o.errors),
            direct_only: self.direct_only.saturating_sub(o.direct_only),
        }
    }
}

/// One post of a 岗位表 and the counts of its applicants.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PostSummary {
    /// 岗位代码 as written.
    pub code: String,
    /// 招聘单位.
    pub unit: String,
    /// 岗位名称.
    pub name: String,
    /// Its row in the 岗位表.
    pub row: u32,
    /// The post as read; `null` when its row cannot be read (`error`).
    pub post: Option<Post>,
    pub error: Option<String>,
    /// No 单位性质 given: checked as a 事业单位 post.
    pub employer_assumed: bool,
    /// A 学历要求 that asks for more than the check weighs (全日制…), as written.
    pub unchecked: Option<String>,
    pub summary: Summary,
}

/// The file the applicants came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceInfo {
    /// `csv`, `xlsx`, `xls`, `xlsb` or `ods`.
    pub format: &'static str,
    /// How a CSV file's bytes were text; `null` for a workbook.
    pub encoding: Option<Encoding>,
    /// The sheet the applicants were read from (a workbook).
    pub sheet: Option<String>,
    /// Every sheet of the workbook.
    pub sheets: Vec<String>,
    /// Where the posts came from: `post` (one post for all), `sheet` (the
    /// workbook's 岗位表) or `file` (a posts file).
    pub posts_from: &'static str,
    /// The sheet the posts were read from.
    pub posts_sheet: Option<String>,
}

/// The whole answer for a batch.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchResult {
    pub as_of: Date,
    pub jurisdiction: Jurisdiction,
    pub lang: Lang,
    pub rules_version: &'static str,
    pub source: SourceInfo,
    /// The one post every row is checked against; `null` with a 岗位表.
    pub post: Option<Post>,
    pub columns: Vec<Column>,
    /// About the file as a whole: what may be wrong (ignored columns, no
    /// label column, unreadable posts).
    pub warnings: Vec<String>,
    /// About the file as a whole: how it was read (columns not used, title
    /// rows, posts checked as 事业单位).
    pub notes: Vec<String>,
    pub rows: Vec<BatchRow>,
    /// The posts of the 岗位表, with the counts of their applicants.
    pub posts: Vec<PostSummary>,
    pub summary: Summary,
}

// ---------------------------------------------------------------------------
// Whole files

/// Bytes of a CSV file to text: UTF-8 (a byte-order mark is kept for
/// [`evaluate_csv`] to strip); with the `cli` feature, anything else that
/// decodes as GBK/GB18030 without error. UTF-16 and undecodable bytes are
/// `invalid_csv`. Without `cli` (the browser), only UTF-8 is accepted: decode
/// GBK with `new TextDecoder('gbk', {fatal: true})` first.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    match Encoding::sniff(bytes, Lang::En)? {
        Encoding::Utf8 => std::str::from_utf8(bytes)
            .map(Cow::Borrowed)
            .map_err(|_| self::csv::not_text(Lang::En)),
        Encoding::Gbk => decode_gbk_whole(bytes).ok_or_else(|| self::csv::not_text(Lang::En)),
    }
}

#[cfg(feature = "cli")]
fn decode_gbk_whole(bytes: &[u8]) -> Option<Cow<'_, str>> {
    encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(bytes)
}

#[cfg(not(feature = "cli"))]
fn decode_gbk_whole(_bytes: &[u8]) -> Option<Cow<'_, str>> {
    None
}

#[cold]
pub(crate) fn csv_error(path: &str, message: impl Into<String>) -> Error {
    Error::new(ErrorCode::InvalidCsv, path, message)
}

/// Reads `text` (a CSV file) and evaluates every applicant row against
/// `post` on `options.as_of`.
///
/// File-level problems are an `Err` (`invalid_csv`); a row that cannot be
/// read gets its `error` and the rest go on. Never panics; linear in the
/// size of `text`.
pub fn evaluate_csv(text: &str, post: &Post, options: &BatchOptions) -> Result<BatchResult, Error> {
    evaluate_csv_rows(text, post, options, 0, usize::MAX).map(|(result, _)| result)
}

/// [`evaluate_csv`] for the applicant rows `first..first + count` only (in
/// file order from 0; the header and blank rows not counted), and the number
/// of applicant rows in the whole file. The whole file is checked, so the
/// file-level checks and the row limit apply to all of it, but only the rows
/// in range are evaluated and counted in `summary`.
pub fn evaluate_csv_rows(
    text: &str,
    post: &Post,
    options: &BatchOptions,
    first: usize,
    count: usize,
) -> Result<(BatchResult, usize), Error> {
    let mut s = Session::open(Input::text(text), PostsInput::One(*post), options.clone())?;
    let total = s.total_rows().unwrap_or(0);
    s.skip(first)?;
    let mut rows = Vec::with_capacity(count.min(total.saturating_sub(first)));
    while rows.len() < count {
        match s.next_row()? {
            Some(r) => rows.push(r),
            None => break,
        }
    }
    Ok((s.result(rows), total))
}

/// Reads a batch (a workbook or CSV file, `input`) and evaluates every
/// applicant row against its post (`posts`): the whole result in memory.
/// For a large CSV, use [`Session`] a row at a time.
pub fn evaluate(
    input: Input<'_>,
    posts: PostsInput<'_>,
    options: &BatchOptions,
) -> Result<BatchResult, Error> {
    let mut s = Session::open(input, posts, options.clone())?;
    let mut rows = Vec::with_capacity(s.total_rows().unwrap_or(0));
    while let Some(r) = s.next_row()? {
        rows.push(r);
    }
    Ok(s.result(rows))
}
