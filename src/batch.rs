//! Batch checks (批量核查): a spreadsheet of applicants against one post.
//!
//! A recruiter exports the applicants as CSV; [`evaluate_csv`] reads it and
//! evaluates a full api.md request per row (`dengtong::evaluate`, the same
//! engine as a single check), and [`to_csv`] writes the answers back as a
//! spreadsheet. Pure like the rest of the core: the text is already decoded
//! (the browser decodes with `TextDecoder`, the native command with
//! [`decode`]), and the date is an input.
//!
//! # The CSV format
//!
//! **Encoding.** UTF-8, with or without a byte-order mark. The native command
//! also reads GBK/GB18030 (what Excel and WPS save as "CSV" on Chinese
//! Windows): a file that is not valid UTF-8 is decoded as GBK
//! ([`decode`]). UTF-16 files and binary files are refused.
//!
//! **Layout.** The first non-blank row is the header; each later row is one
//! applicant. Fields are separated by commas (a header row with tabs and no
//! comma makes it tab-separated, one with semicolons and neither makes it
//! semicolon-separated); a field in double quotes may hold commas, line
//! breaks and doubled quotes (`""`). Blank rows, and rows whose cells are all
//! blank, are skipped. Line ends may be LF, CRLF or CR.
//!
//! **Columns**, in any order; header names are matched ignoring spaces,
//! case, `_`/`-`, full-width forms and a byte-order mark:
//!
//! | field (api.md) | Chinese headers | cell | required |
//! |---|---|---|---|
//! | `label` | 姓名, 编号, 姓名/编号, 姓名或编号, 考生编号, 报名序号, 序号 (also `name`, `id`) | free text, echoed back | no |
//! | `schoolType` | 院校类型, 学校类型, 毕业院校类型 | see below | **yes** |
//! | `classType` | 班级, 班级层次, 班次 | see below; empty = not stated | no |
//! | `studyMode` | 学习方式, 学习形式 | `fullTime` 全日制, `partTime` 非全日制; empty = not stated | no |
//! | `graduationDate` | 毕业时间, 毕业日期 | a date, or 在校 (still enrolled) | **yes** |
//! | `certificates` | 证书, 职业资格证书, 职业技能等级证书, 技能等级证书, 技能等级 | a list; empty or 无 = none | no |
//! | `awards` | 竞赛获奖, 获奖, 获奖情况, 竞赛获奖情况 | a list; empty or 无 = none | no |
//! | `honours` | 荣誉, 荣誉称号 (also `honors`) | a list; empty or 无 = none | no |
//!
//! A column whose header is empty is ignored. **Any other column is an
//! error** naming it (`invalid_csv`), because a misspelt header — say 证书名称
//! for 证书 — would otherwise silently read every applicant as holding no
//! certificate and answer "ineligible". With
//! [`BatchOptions::ignore_unknown_columns`] (`--ignore-unknown-columns`) such
//! columns (phone numbers, notes…) are ignored instead, each named in
//! `warnings`. A required column missing, or two columns for the same field,
//! is an error.
//!
//! **Cells.** Every api.md value is accepted as written (`technicianCollege`,
//! case-insensitive), and so are the Chinese terms recruiters type:
//!
//! - school type: 技工学校/技校, 高级技工学校/高级技校, 技师学院, 特殊教育院校/特殊教育学校,
//!   中等职业学校/中职/中专/职业高中/职高, 高等职业学校/高职/高职院校/职业技术学院,
//!   职业本科/本科层次职业学校/职业技术大学, 普通高等学校/普通高校/大学.
//! - class: 中级工班/中级班/中级工, 高级工班/高级班/高级工, 预备技师（技师）班/预备技师班/技师班/预备技师.
//!   A class for a school that is not a 技工院校 is an error.
//! - graduation date: `2023-07-01`, `2023-7-1`, `2023/7/1`, `2023.7.1`, `2023年7月1日`,
//!   `20230701`, a time after the date (`2023/7/1 0:00`, as Excel writes) ignored;
//!   month only — `2023-07`, `2023/7`, `2023.7`, `2023年7月`, `202307` — is read as
//!   **the last day of that month** (2023-07-31): 毕业 falls at the end of the
//!   term, and the last day never makes someone count as graduated before
//!   they were; when the decision date falls inside that month the row says
//!   so in `notes`. 在校, 在读, 在校生, 未毕业, `student`, `enrolled`: still
//!   enrolled (api.md `graduationDate: null`). An empty cell is an error —
//!   it would otherwise silently mean "still enrolled". A bare number such
//!   as 45108 (an Excel date serial) is refused with a hint.
//! - certificates: levels separated by `;` `；` `、` `,` `，` or a line break:
//!   学徒工, 初级工/初级/五级, 中级工/中级/四级, 高级工/高级/三级, 预备技师, 技师/二级,
//!   高级技师/一级, 特级技师, 首席技师 (a 证书/证 suffix and a 职业资格/职业技能等级
//!   prefix are allowed), each optionally followed by its field in brackets:
//!   `高级工（工程技术类）`, `technician (engineering)`; fields 工程技术类/工程技术 =
//!   `engineering`, 其他/其它/非工程技术类 = `other`.
//! - awards, same separators: a competition, then its placing in any order,
//!   with or without spaces: `国家级一类竞赛 第8名 单人`, `nationalSkillsCompetition gold`,
//!   `全国技能大赛 优胜奖`, `省级一类 金牌`, `国家级二类 二等奖 双人`. Competitions:
//!   世界技能大赛/世赛, 世界技能大赛国家集训队/国家集训队, 全国技能大赛/全国职业技能大赛,
//!   国家级一类(竞赛), 国家级二类(竞赛), 全省技能大赛/全省职业技能大赛, 省级一类(竞赛),
//!   省级二类(竞赛). Placing: 第8名/第八名/8名/rank 8/#8/8th; 金牌/金/gold, 银牌/银/silver,
//!   铜牌/铜/bronze, 优胜奖/优胜/excellence; 一等奖/二等奖/三等奖 (prize 1–3); 单人/个人,
//!   双人, 三人 (team 1–3, also `team 2`). A piece without a competition
//!   continues the award before it, so `国家级一类，第8名，单人` is one award.
//! - honours, same separators: 中华技能大奖, 全国技术能手, 省级技能大奖, 省级技术能手,
//!   享受国务院特殊津贴/享受省政府特殊津贴 (and 享受国务院或省政府特殊津贴),
//!   国家级/省级技能大师工作室带头人, 全国/省级/省部级以上劳动模范; after a named
//!   province (云南省技术能手, 广西壮族自治区技能大奖) they are provincial. A level-less
//!   技术能手, 劳动模范, 特殊津贴 or 技能大师工作室带头人 is an error that asks for the
//!   level, since only the national and provincial ones count.
//!
//! # Results
//!
//! One [`BatchRow`] per applicant row, in file order. `row` is the
//! spreadsheet row as Excel or WPS numbers it: the header is usually row 1,
//! blank rows count, a cell with line breaks stays one row. A row that cannot
//! be read gets `error: {row, column, field, message}` (the header as written
//! in the file, the api.md field) and no outcome; the batch goes on. Errors
//! about the file as a whole — not text, no header, required column missing,
//! unknown column, over a limit — are a [`crate::Error`] with code
//! `invalid_csv`.
//!
//! # Limits
//!
//! [`Limits::default`]: at most 64 MiB of text, 200,000 applicant rows, 64
//! columns, 1,000 characters per cell. Work is linear in the size of the
//! input: the file is split once, each row is read once, and per-row work is
//! bounded by the cell limit.

use std::borrow::Cow;

use serde::Serialize;

use crate::date::Date;
use crate::error::{Error, ErrorCode};
use crate::report::{Citation, Report};
use crate::request::{
    Award, CertField, Certificate, ClassType, Competition, Education, Graduate, Honour,
    Jurisdiction, Lang, Medal, Post, Request, SchoolType, SkillLevel, StudyMode,
};

/// Batch texts are owned strings (they end up in CSV cells and row errors).
fn pick(lang: Lang, zh: impl Into<String>, en: impl Into<String>) -> String {
    crate::text::pick!(lang, zh.into(), en.into()).into_owned()
}
use crate::read;
use crate::vocab::{EntitlementId, Outcome, Purpose, Route};

/// Bounds on the input, so that hostile files cost bounded work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Size of the text in bytes (UTF-8).
    pub max_bytes: usize,
    /// Applicant rows (the header and blank rows not counted).
    pub max_rows: usize,
    /// Columns in the header.
    pub max_columns: usize,
    /// Characters in one cell.
    pub max_cell_chars: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 64 * 1024 * 1024,
            max_rows: 200_000,
            max_columns: 64,
            max_cell_chars: 1_000,
        }
    }
}

/// How to evaluate a batch: the request fields every row shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchOptions {
    /// The date every decision is made for (the core has no clock).
    pub as_of: Date,
    pub jurisdiction: Jurisdiction,
    /// Language of reasons, notes, row errors and file errors.
    pub lang: Lang,
    /// Ignore columns this format does not know (with a warning) instead of
    /// refusing the file.
    pub ignore_unknown_columns: bool,
    pub limits: Limits,
}

impl BatchOptions {
    /// National rules, zh-CN, unknown columns refused, default limits.
    pub fn new(as_of: Date) -> BatchOptions {
        BatchOptions {
            as_of,
            jurisdiction: Jurisdiction::Cn,
            lang: Lang::ZhCn,
            ignore_unknown_columns: false,
            limits: Limits::default(),
        }
    }
}

/// Parses options as JSON (`{"asOf","jurisdiction","lang",
/// "ignoreUnknownColumns","limits"}`, all optional); `today` stands in for
/// an absent `asOf`. For the JavaScript boundary.
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
    Ok(BatchOptions {
        as_of: as_of.unwrap_or(today),
        jurisdiction,
        lang,
        ignore_unknown_columns: o.bool("ignoreUnknownColumns")?.unwrap_or(false),
        limits,
    })
}

/// Parses the post (api.md `post`: `{"employer","postType",
/// "requiredEducation","skillLevelRequired"}`); error paths start `post.`.
pub fn parse_post(json: &str) -> Result<Post, Error> {
    read::post(&read::parse_json(json)?, "post")
}

/// A column of the format (api.md names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// 姓名/编号
    Label,
    /// 院校类型
    SchoolType,
    /// 班级
    ClassType,
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
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Label,
        Field::SchoolType,
        Field::ClassType,
        Field::StudyMode,
        Field::GraduationDate,
        Field::Certificates,
        Field::Awards,
        Field::Honours,
    ];

    /// The api.md name, also the English header.
    pub fn api_name(self) -> &'static str {
        match self {
            Field::Label => "label",
            Field::SchoolType => "schoolType",
            Field::ClassType => "classType",
            Field::StudyMode => "studyMode",
            Field::GraduationDate => "graduationDate",
            Field::Certificates => "certificates",
            Field::Awards => "awards",
            Field::Honours => "honours",
        }
    }

    /// The Chinese header.
    pub fn zh_name(self) -> &'static str {
        match self {
            Field::Label => "姓名/编号",
            Field::SchoolType => "院校类型",
            Field::ClassType => "班级",
            Field::StudyMode => "学习方式",
            Field::GraduationDate => "毕业时间",
            Field::Certificates => "证书",
            Field::Awards => "竞赛获奖",
            Field::Honours => "荣誉",
        }
    }

    fn header(self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhCn => self.zh_name(),
            Lang::En => self.api_name(),
        }
    }

    fn required(self) -> bool {
        matches!(self, Field::SchoolType | Field::GraduationDate)
    }
}

/// Header spellings, normalised (see `norm_header`).
const HEADERS: &[(&str, Field)] = &[
    ("label", Field::Label),
    ("name", Field::Label),
    ("id", Field::Label),
    ("姓名", Field::Label),
    ("编号", Field::Label),
    ("姓名/编号", Field::Label),
    ("姓名或编号", Field::Label),
    ("考生编号", Field::Label),
    ("报名序号", Field::Label),
    ("序号", Field::Label),
    ("schooltype", Field::SchoolType),
    ("院校类型", Field::SchoolType),
    ("学校类型", Field::SchoolType),
    ("毕业院校类型", Field::SchoolType),
    ("classtype", Field::ClassType),
    ("class", Field::ClassType),
    ("班级", Field::ClassType),
    ("班级层次", Field::ClassType),
    ("班次", Field::ClassType),
    ("studymode", Field::StudyMode),
    ("学习方式", Field::StudyMode),
    ("学习形式", Field::StudyMode),
    ("graduationdate", Field::GraduationDate),
    ("毕业时间", Field::GraduationDate),
    ("毕业日期", Field::GraduationDate),
    ("certificates", Field::Certificates),
    ("certificate", Field::Certificates),
    ("证书", Field::Certificates),
    ("职业资格证书", Field::Certificates),
    ("职业技能等级证书", Field::Certificates),
    ("技能等级证书", Field::Certificates),
    ("技能等级", Field::Certificates),
    ("awards", Field::Awards),
    ("award", Field::Awards),
    ("竞赛获奖", Field::Awards),
    ("获奖", Field::Awards),
    ("获奖情况", Field::Awards),
    ("竞赛获奖情况", Field::Awards),
    ("honours", Field::Honours),
    ("honors", Field::Honours),
    ("honour", Field::Honours),
    ("honor", Field::Honours),
    ("荣誉", Field::Honours),
    ("荣誉称号", Field::Honours),
];

/// How one column of the file was read.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    /// The header as written in the file.
    pub header: String,
    /// The field it was read as; `null`: ignored.
    pub field: Option<Field>,
}

/// A row that could not be read. The rest of the batch goes on.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    /// Spreadsheet row (the header is row 1 unless blank rows precede it).
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
    /// The post: `recruitment.outcome`; `null` when the row has an error.
    pub outcome: Option<Outcome>,
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
    pub error: Option<RowError>,
}

/// Counts by outcome. A recruitment outcome is never `notYet`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub rows: usize,
    pub eligible: usize,
    pub ineligible: usize,
    pub undetermined: usize,
    pub errors: usize,
}

/// The whole answer for a batch.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchResult {
    pub as_of: Date,
    pub jurisdiction: Jurisdiction,
    pub lang: Lang,
    pub rules_version: &'static str,
    pub post: Post,
    pub columns: Vec<Column>,
    /// About the file as a whole (ignored columns, no label column).
    pub warnings: Vec<String>,
    pub summary: Summary,
    pub rows: Vec<BatchRow>,
}

// ---------------------------------------------------------------------------
// Decoding (native)

/// Bytes of a CSV file to text: UTF-8 (a byte-order mark is kept for
/// [`evaluate_csv`] to strip); with the `cli` feature, anything else that
/// decodes as GBK/GB18030 without error. UTF-16 and undecodable bytes are
/// `invalid_csv`. Without `cli` (the browser), only UTF-8 is accepted: decode
/// GBK with `new TextDecoder('gbk', {fatal: true})` first.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(csv_error(
            "",
            "the file is UTF-16 (Excel \"Unicode text\"): save it as \"CSV UTF-8\" or \"CSV\"",
        ));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(s));
    }
    decode_gbk(bytes)
}

#[cfg(feature = "cli")]
fn decode_gbk(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    encoding_rs::GBK
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or_else(|| {
            csv_error(
                "",
                "the file is neither UTF-8 nor GBK text (a spreadsheet saved as .xlsx, or a binary file?): save it as \"CSV UTF-8\"",
            )
        })
}

#[cfg(not(feature = "cli"))]
fn decode_gbk(_bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    Err(csv_error(
        "",
        "the file is not UTF-8 text: decode it first (GBK: TextDecoder('gbk')) or save it as \"CSV UTF-8\"",
    ))
}

#[cold]
fn csv_error(path: &str, message: impl Into<String>) -> Error {
    Error::new(ErrorCode::InvalidCsv, path, message)
}

// ---------------------------------------------------------------------------
// Evaluation

/// Reads `text` (the CSV format above) and evaluates every applicant row
/// against `post` on `options.as_of`.
///
/// File-level problems are an `Err` (`invalid_csv`); a row that cannot be
/// read gets its `error` and the rest go on. Never panics; linear in the
/// size of `text`.
pub fn evaluate_csv(text: &str, post: &Post, options: &BatchOptions) -> Result<BatchResult, Error> {
    evaluate_csv_rows(text, post, options, 0, usize::MAX).map(|(result, _)| result)
}

/// [`evaluate_csv`] for the applicant rows `first..first + count` only (in
/// file order from 0; the header and blank rows not counted), and the number
/// of applicant rows in the whole file. The whole file is read, so the
/// file-level checks and the row limit apply to all of it, but only the rows
/// in range are evaluated and counted in `summary`. For progress: a browser
/// evaluates a large file a chunk at a time (src/wasm.rs `evaluateCsvChunk`).
pub fn evaluate_csv_rows(
    text: &str,
    post: &Post,
    options: &BatchOptions,
    first: usize,
    count: usize,
) -> Result<(BatchResult, usize), Error> {
    let lang = options.lang;
    let limits = &options.limits;
    if text.len() > limits.max_bytes {
        return Err(csv_error(
            "",
            pick(
                lang,
                format!(
                    "文件过大：{} 字节，上限 {} 字节",
                    text.len(),
                    limits.max_bytes
                ),
                format!(
                    "the file is too large: {} bytes, at most {}",
                    text.len(),
                    limits.max_bytes
                ),
            ),
        ));
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.contains('\0') {
        return Err(csv_error(
            "",
            pick(
                lang,
                "文件含有空字节（NUL），不是文本文件：请另存为“CSV UTF-8”",
                "the file contains NUL bytes, so it is not text: save it as \"CSV UTF-8\"",
            ),
        ));
    }
    if text.contains('\u{FFFD}') {
        return Err(csv_error(
            "",
            pick(
                lang,
                "文件含有替换字符（�），说明按错误的编码读取：请另存为“CSV UTF-8”",
                "the text contains replacement characters (�): it was decoded with the wrong encoding; save it as \"CSV UTF-8\"",
            ),
        ));
    }
    // Classic Mac line ends: the CSV reader counts lines by LF.
    let text: Cow<str> = if text.contains('\r') && !text.contains('\n') {
        Cow::Owned(text.replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    let (records, total) = read_records(&text, limits, lang, first..first.saturating_add(count))?;
    let mut iter = records.into_iter();
    let Some((header_row, header)) = iter.next() else {
        return Err(csv_error(
            "",
            pick(
                lang,
                "文件为空：没有表头行",
                "the file is empty: no header row",
            ),
        ));
    };
    let layout = Layout::read(&header, header_row, options)?;

    let mut rows = Vec::with_capacity(iter.len());
    let mut summary = Summary::default();
    for (row, record) in iter {
        let out = evaluate_row(row, &record, &layout, post, options);
        summary.rows += 1;
        match (out.outcome, &out.error) {
            (_, Some(_)) => summary.errors += 1,
            (Some(Outcome::Eligible), None) => summary.eligible += 1,
            (Some(Outcome::Ineligible), None) => summary.ineligible += 1,
            (_, None) => summary.undetermined += 1,
        }
        rows.push(out);
    }
    let result = BatchResult {
        as_of: options.as_of,
        jurisdiction: options.jurisdiction,
        lang,
        rules_version: crate::RULES_VERSION,
        post: *post,
        columns: layout.columns,
        warnings: layout.warnings,
        summary,
        rows,
    };
    Ok((result, total))
}

/// Splits the text into non-blank records with their spreadsheet rows: the
/// header, then the applicant rows whose index is in `keep`; and the number
/// of applicant rows. Stops at the row limit.
fn read_records(
    text: &str,
    limits: &Limits,
    lang: Lang,
    keep: std::ops::Range<usize>,
) -> Result<(Vec<(u32, csv::StringRecord)>, usize), Error> {
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Non-blank records so far, the header included.
    let mut seen = 0usize;
    let mut record = csv::StringRecord::new();
    // Spreadsheet row = line - line breaks inside earlier quoted cells.
    let (mut cursor, mut line, mut embedded) = (0usize, 1u64, 0u64);
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(csv_error(
                    "",
                    pick(
                        lang,
                        format!("无法读取 CSV：{e}"),
                        format!("not readable as CSV: {e}"),
                    ),
                ))
            }
        }
        // The reader reports where it started, before skipped line ends.
        let mut start = record
            .position()
            .map_or(cursor, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX))
            .clamp(cursor, bytes.len());
        while bytes.get(start).is_some_and(|b| *b == b'\n' || *b == b'\r') {
            start += 1;
        }
        line += bytes
            .get(cursor..start)
            .map_or(0, |s| s.iter().filter(|b| **b == b'\n').count() as u64);
        cursor = start;
        let row = u32::try_from(line.saturating_sub(embedded)).unwrap_or(u32::MAX);
        embedded += record.as_slice().bytes().filter(|b| *b == b'\n').count() as u64;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // The header plus max_rows applicants.
        if seen > limits.max_rows {
            return Err(csv_error(
                "",
                pick(
                    lang,
                    format!(
                        "行数过多：上限为 {} 名考生（第 {row} 行超出）",
                        limits.max_rows
                    ),
                    format!(
                        "too many rows: at most {} applicants (row {row} is over)",
                        limits.max_rows
                    ),
                ),
            ));
        }
        if seen == 0 || keep.contains(&(seen - 1)) {
            out.push((row, record.clone()));
        }
        seen += 1;
    }
    Ok((out, seen.saturating_sub(1)))
}

/// Comma, unless the first line has tabs (then tab) or semicolons (then
/// semicolon) and no comma.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text
        .trim_start_matches(['\r', '\n'])
        .split(['\r', '\n'])
        .next()
        .unwrap_or("");
    if first.contains(',') {
        b','
    } else if first.contains('\t') {
        b'\t'
    } else if first.contains(';') {
        b';'
    } else {
        b','
    }
}

/// Which field each column holds.
struct Layout {
    columns: Vec<Column>,
    /// Column index of each field in `Field::ALL` order.
    index: [Option<usize>; 8],
    warnings: Vec<String>,
}

impl Layout {
    fn read(header: &csv::StringRecord, row: u32, options: &BatchOptions) -> Result<Layout, Error> {
        let lang = options.lang;
        let limits = &options.limits;
        if header.len() > limits.max_columns {
            return Err(csv_error(
                "header",
                pick(
                    lang,
                    format!(
                        "列数过多：表头（第 {row} 行）有 {} 列，上限 {} 列",
                        header.len(),
                        limits.max_columns
                    ),
                    format!(
                        "too many columns: the header (row {row}) has {}, at most {}",
                        header.len(),
                        limits.max_columns
                    ),
                ),
            ));
        }
        let mut columns = Vec::with_capacity(header.len());
        let mut index: [Option<usize>; 8] = [None; 8];
        let mut unknown = Vec::new();
        for (i, cell) in header.iter().enumerate() {
            if too_long(cell, limits.max_cell_chars) {
                return Err(csv_error(
                    "header",
                    pick(
                        lang,
                        format!(
                            "表头第 {} 列超过 {} 个字符：这不是本格式的表头",
                            i + 1,
                            limits.max_cell_chars
                        ),
                        format!(
                            "header column {} is longer than {} characters: not a header of this format",
                            i + 1,
                            limits.max_cell_chars
                        ),
                    ),
                ));
            }
            let shown = cell.trim().trim_start_matches('\u{FEFF}').trim().to_owned();
            let key = norm_header(cell);
            let field = HEADERS.iter().find(|(k, _)| *k == key).map(|(_, f)| *f);
            match field {
                Some(f) => {
                    let slot = &mut index[f as usize];
                    if let Some(prev) = *slot {
                        let first = columns
                            .get(prev)
                            .map_or(String::new(), |c: &Column| c.header.clone());
                        return Err(csv_error(
                            "header",
                            pick(
                                lang,
                                format!(
                                    "两列都是“{}”：“{first}”和“{shown}”；请只保留一列",
                                    f.zh_name()
                                ),
                                format!(
                                    "two columns hold {}: \"{first}\" and \"{shown}\"; keep one",
                                    f.api_name()
                                ),
                            ),
                        ));
                    }
                    *slot = Some(i);
                }
                None if key.is_empty() => {}
                None => unknown.push(shown.clone()),
            }
            columns.push(Column {
                header: shown,
                field,
            });
        }
        let mut warnings = Vec::new();
        if !unknown.is_empty() {
            let list = quote_list(&unknown, lang);
            if !options.ignore_unknown_columns {
                let accepted: Vec<String> = Field::ALL
                    .iter()
                    .map(|f| format!("{} / {}", f.zh_name(), f.api_name()))
                    .collect();
                return Err(csv_error(
                    "header",
                    pick(
                        lang,
                        format!(
                            "无法识别的列：{list}。可用的列：{}。如需忽略多余的列，请使用“忽略未知列”选项",
                            accepted.join("、")
                        ),
                        format!(
                            "unknown columns: {list}. Known columns: {}. To ignore extra columns, use the ignore-unknown-columns option",
                            accepted.join(", ")
                        ),
                    ),
                ));
            }
            warnings.push(pick(
                lang,
                format!("已忽略无法识别的列：{list}"),
                format!("ignored unknown columns: {list}"),
            ));
        }
        let missing: Vec<&Field> = Field::ALL
            .iter()
            .filter(|f| f.required() && index[**f as usize].is_none())
            .collect();
        if !missing.is_empty() {
            let zh: Vec<String> = missing
                .iter()
                .map(|f| format!("{}（{}）", f.zh_name(), f.api_name()))
                .collect();
            let en: Vec<String> = missing
                .iter()
                .map(|f| format!("{} ({})", f.api_name(), f.zh_name()))
                .collect();
            return Err(csv_error(
                "header",
                pick(
                    lang,
                    format!("缺少必需的列：{}（表头在第 {row} 行）", zh.join("、")),
                    format!(
                        "required columns missing: {} (header in row {row})",
                        en.join(", ")
                    ),
                ),
            ));
        }
        if index[Field::Label as usize].is_none() {
            warnings.push(pick(
                lang,
                "没有“姓名/编号”列：各行以行号区分",
                "no label column: rows are identified by their row number",
            ));
        }
        Ok(Layout {
            columns,
            index,
            warnings,
        })
    }

    fn cell<'r>(&self, record: &'r csv::StringRecord, f: Field) -> Option<(usize, &'r str)> {
        let i = self.index[f as usize]?;
        Some((i, record.get(i).unwrap_or("")))
    }

    fn header(&self, i: usize) -> String {
        self.columns
            .get(i)
            .map_or(String::new(), |c| c.header.clone())
    }
}

fn quote_list(items: &[String], lang: Lang) -> String {
    const SHOWN: usize = 10;
    let mut s: Vec<String> = items
        .iter()
        .take(SHOWN)
        .map(|h| match lang {
            Lang::ZhCn => format!("“{}”", truncate(h, 40)),
            Lang::En => format!("\"{}\"", truncate(h, 40)),
        })
        .collect();
    if items.len() > SHOWN {
        s.push(format!("… (+{})", items.len() - SHOWN));
    }
    s.join(pick_str(lang, "、", ", "))
}

fn too_long(s: &str, max_chars: usize) -> bool {
    // Bytes bound chars from above: only count when it could matter.
    s.len() > max_chars && s.chars().count() > max_chars
}

fn truncate(s: &str, max_chars: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => Cow::Owned(format!("{}…", s.get(..i).unwrap_or(""))),
        None => Cow::Borrowed(s),
    }
}

/// A failed cell: the column index and the message.
type CellError = (Option<usize>, Option<Field>, String);

fn evaluate_row(
    row: u32,
    record: &csv::StringRecord,
    layout: &Layout,
    post: &Post,
    options: &BatchOptions,
) -> BatchRow {
    let lang = options.lang;
    let label = layout
        .cell(record, Field::Label)
        .map_or(String::new(), |(_, s)| {
            truncate(s.trim(), options.limits.max_cell_chars).into_owned()
        });
    let mut out = BatchRow {
        row,
        label,
        outcome: None,
        purpose: None,
        level: None,
        direct_routes: vec![],
        entitlements: vec![],
        documents: vec![],
        reasons: vec![],
        missing: vec![],
        to_qualify: vec![],
        caveats: vec![],
        notes: vec![],
        graduate: None,
        error: None,
    };
    let graduate = match read_graduate(record, layout, options, &mut out.notes) {
        Ok(g) => g,
        Err((col, field, message)) => {
            out.error = Some(RowError {
                row,
                column: col.map_or(String::new(), |i| layout.header(i)),
                field,
                message,
            });
            out.notes.clear();
            return out;
        }
    };
    let req = Request {
        as_of: Some(options.as_of),
        jurisdiction: options.jurisdiction,
        lang,
        graduate,
        post: Some(*post),
        teacher: None,
    };
    let report = crate::evaluate(&req, options.as_of);
    fill(&mut out, &report);
    out.graduate = Some(req.graduate);
    out
}

fn fill(out: &mut BatchRow, report: &Report) {
    let mut docs: Vec<String> = Vec::new();
    let mut add = |cites: &[Citation]| {
        for c in cites {
            let d = c.clause.doc;
            let name = if d.number.is_empty() {
                format!("《{}》", d.title)
            } else {
                d.number.to_owned()
            };
            if !docs.contains(&name) {
                docs.push(name);
            }
        }
    };
    if let Some(r) = &report.recruitment {
        out.outcome = Some(r.outcome);
        out.purpose = r.purpose;
        out.level = r.level;
        for reason in &r.reasons {
            add(reason.citations.as_deref().unwrap_or_default());
            // Several rules may give the same gloss; a spreadsheet cell needs it once.
            if !out.reasons.contains(&reason.text) {
                out.reasons.push(reason.text.clone());
            }
        }
        out.missing = r.missing.iter().map(|s| s.path()).collect();
        out.to_qualify = r.to_qualify.iter().map(|s| s.text.clone()).collect();
        out.caveats = r.caveats.iter().map(|s| s.text.clone()).collect();
    }
    for d in &report.direct_recruitment {
        if d.outcome == Outcome::Eligible {
            out.direct_routes.push(d.route);
            add(&d.citations);
        }
    }
    for e in &report.entitlements {
        if e.status == Outcome::Eligible {
            out.entitlements.push(e.id);
            add(&e.citations);
        }
    }
    out.documents = docs;
}

fn read_graduate(
    record: &csv::StringRecord,
    layout: &Layout,
    options: &BatchOptions,
    notes: &mut Vec<String>,
) -> Result<Graduate, CellError> {
    let lang = options.lang;
    let max = options.limits.max_cell_chars;
    // Cells beyond the header: only an error when they hold something.
    if record.len() > layout.columns.len()
        && record
            .iter()
            .skip(layout.columns.len())
            .any(|c| !c.trim().is_empty())
    {
        return Err((
            None,
            None,
            pick(
                lang,
                format!(
                    "本行有 {} 个单元格，多于表头的 {} 列（单元格中的逗号需用双引号括起）",
                    record.len(),
                    layout.columns.len()
                ),
                format!(
                    "the row has {} cells, more than the header's {} columns (quote cells that contain commas)",
                    record.len(),
                    layout.columns.len()
                ),
            ),
        ));
    }
    for (i, cell) in record.iter().enumerate() {
        if too_long(cell, max) {
            let hint = if cell.contains('\n') {
                pick(
                    lang,
                    "（可能缺少配对的双引号）",
                    " (an opening quote without its closing quote?)",
                )
            } else {
                String::new()
            };
            return Err((
                Some(i),
                layout.columns.get(i).and_then(|c| c.field),
                pick(
                    lang,
                    format!("单元格超过 {max} 个字符{hint}"),
                    format!("the cell is longer than {max} characters{hint}"),
                ),
            ));
        }
    }
    let at = |f: Field| layout.cell(record, f);
    let fail = |i: usize, f: Field, m: String| -> CellError { (Some(i), Some(f), m) };

    let (i, s) = at(Field::SchoolType).unwrap_or((0, ""));
    let school_type = match lookup(SCHOOL_TYPES, &norm(s)) {
        Some(v) => v,
        None if s.trim().is_empty() => {
            return Err(fail(i, Field::SchoolType, empty_msg(lang, Field::SchoolType)))
        }
        None => {
            return Err(fail(
                i,
                Field::SchoolType,
                pick(
                    lang,
                    format!("无法识别的院校类型“{}”：可填 技工学校、高级技工学校、技师学院、特殊教育院校、中等职业学校、高等职业学校、职业本科、普通高等学校", truncate(s.trim(), 40)),
                    format!("unknown school type \"{}\": use technicalSchool, seniorTechnicalSchool, technicianCollege, specialEducationSchool, secondaryVocationalSchool, higherVocationalCollege, vocationalUniversity, university (or 技工学校, 高级技工学校, 技师学院…)", truncate(s.trim(), 40)),
                ),
            ))
        }
    };

    let mut class_type = None;
    if let Some((i, s)) = at(Field::ClassType) {
        let key = norm(s);
        if !key.is_empty() && !is_none_word(&key) {
            let Some(c) = lookup(CLASS_TYPES, &key) else {
                return Err(fail(
                    i,
                    Field::ClassType,
                    pick(
                        lang,
                        format!("无法识别的班级“{}”：可填 中级工班、高级工班、预备技师（技师）班", truncate(s.trim(), 40)),
                        format!("unknown class \"{}\": use intermediate, senior, preparatoryTechnician (中级工班, 高级工班, 预备技师（技师）班)", truncate(s.trim(), 40)),
                    ),
                ));
            };
            if !school_type.is_technical() {
                return Err(fail(
                    i,
                    Field::ClassType,
                    pick(
                        lang,
                        "班级只适用于技工院校（技工学校、高级技工学校、技师学院）",
                        "a class applies only to 技工院校 (technicalSchool, seniorTechnicalSchool, technicianCollege)",
                    ),
                ));
            }
            class_type = Some(c);
        }
    }

    let mut study_mode = None;
    if let Some((i, s)) = at(Field::StudyMode) {
        let key = norm(s);
        if !key.is_empty() {
            study_mode = Some(lookup(STUDY_MODES, &key).ok_or_else(|| {
                fail(
                    i,
                    Field::StudyMode,
                    pick(
                        lang,
                        format!("无法识别的学习方式“{}”：可填 全日制、非全日制", truncate(s.trim(), 40)),
                        format!("unknown study mode \"{}\": use fullTime or partTime (全日制, 非全日制)", truncate(s.trim(), 40)),
                    ),
                )
            })?);
        }
    }

    let (i, s) = at(Field::GraduationDate).unwrap_or((0, ""));
    let graduation_date = match parse_graduation(s) {
        Ok(GraduationCell::Enrolled) => None,
        Ok(GraduationCell::Day(d)) => Some(d),
        Ok(GraduationCell::Month(d)) => {
            if options.as_of.year() == d.year() && same_month(options.as_of, d) {
                notes.push(pick(
                    lang,
                    format!("毕业时间只写了月份，按该月最后一天（{d}）计；决定日期在同一个月内，请核实实际毕业日期"),
                    format!("the graduation date gives only the month, read as its last day ({d}); the decision date falls in that month, so check the actual day"),
                ));
            }
            Some(d)
        }
        Err(e) => return Err(fail(i, Field::GraduationDate, e.message(lang, s))),
    };

    let mut certificates = Vec::new();
    if let Some((i, s)) = at(Field::Certificates) {
        for item in items(s) {
            certificates.push(
                parse_certificate(item)
                    .map_err(|m| fail(i, Field::Certificates, m.text(lang, item)))?,
            );
        }
    }

    let mut awards: Vec<Award> = Vec::new();
    if let Some((i, s)) = at(Field::Awards) {
        let mut current: Option<(Award, String)> = None;
        for item in items(s) {
            let key = norm(item);
            match competition_prefix(&key) {
                Some((competition, rest)) => {
                    if let Some((a, _)) = current.take() {
                        awards.push(a);
                    }
                    let mut a = Award {
                        competition,
                        rank: None,
                        medal: None,
                        prize: None,
                        team_size: None,
                    };
                    placing(&mut a, rest)
                        .map_err(|m| fail(i, Field::Awards, m.text(lang, item)))?;
                    current = Some((a, item.to_owned()));
                }
                None => match current.as_mut() {
                    Some((a, text)) => {
                        placing(a, &key).map_err(|m| fail(i, Field::Awards, m.text(lang, text)))?;
                    }
                    None => {
                        return Err(fail(
                            i,
                            Field::Awards,
                            Problem::Competition.text(lang, item),
                        ))
                    }
                },
            }
        }
        if let Some((a, _)) = current {
            awards.push(a);
        }
    }

    let mut honours = Vec::new();
    if let Some((i, s)) = at(Field::Honours) {
        for item in items(s) {
            let h = parse_honour(&norm(item))
                .map_err(|m| fail(i, Field::Honours, m.text(lang, item)))?;
            honours.push(h);
        }
    }

    Ok(Graduate {
        school_type,
        class_type,
        education: None,
        study_mode,
        graduation_date,
        certificates,
        awards,
        honours,
    })
}

fn same_month(a: Date, b: Date) -> bool {
    // Dates print as YYYY-MM-DD.
    a.to_string().get(..7) == b.to_string().get(..7)
}

fn empty_msg(lang: Lang, f: Field) -> String {
    pick(
        lang,
        format!("“{}”不能为空", f.zh_name()),
        format!("{} is empty", f.api_name()),
    )
}

// ---------------------------------------------------------------------------
// Cells

/// Normalises a cell for matching: no whitespace (ASCII, full-width, zero
/// width, BOM), full-width ASCII forms to ASCII (（ → (), ASCII lower case.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '【' | '〔' => '(',
            '】' | '〕' => ')',
            _ => c,
        };
        if c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200D}' | '\u{2060}') {
            continue;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A header, normalised further: no `_` or `-`.
fn norm_header(s: &str) -> String {
    let mut n = norm(s);
    n.retain(|c| c != '_' && c != '-');
    n
}

fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The longest key of `table` that `s` starts with, and the rest of `s`.
fn longest_prefix<'s, T: Copy>(table: &[(&str, T)], s: &'s str) -> Option<(T, &'s str)> {
    table
        .iter()
        .filter(|(k, _)| s.starts_with(k))
        .max_by_key(|(k, _)| k.len())
        .map(|(k, v)| (*v, s.get(k.len()..).unwrap_or("")))
}

/// "none" in a list or class cell.
fn is_none_word(key: &str) -> bool {
    matches!(key, "无" | "没有" | "none" | "-" | "—" | "/" | "n/a")
}

/// The items of a list cell. Separators: `;` `；` `、` `,` `，` line breaks.
fn items(s: &str) -> impl Iterator<Item = &str> {
    let whole = norm(s);
    let none = whole.is_empty() || is_none_word(&whole);
    s.split([';', '；', '、', ',', '，', '\n', '\r'])
        .map(str::trim)
        .filter(move |p| !none && !norm(p).is_empty())
}

const SCHOOL_TYPES: &[(&str, SchoolType)] = &[
    ("technicalschool", SchoolType::TechnicalSchool),
    ("技工学校", SchoolType::TechnicalSchool),
    ("技校", SchoolType::TechnicalSchool),
    ("seniortechnicalschool", SchoolType::SeniorTechnicalSchool),
    ("高级技工学校", SchoolType::SeniorTechnicalSchool),
    ("高级技校", SchoolType::SeniorTechnicalSchool),
    ("techniciancollege", SchoolType::TechnicianCollege),
    ("技师学院", SchoolType::TechnicianCollege),
    ("specialeducationschool", SchoolType::SpecialEducationSchool),
    ("特殊教育院校", SchoolType::SpecialEducationSchool),
    ("特殊教育学校", SchoolType::SpecialEducationSchool),
    (
        "特殊教育院校(职业教育类)",
        SchoolType::SpecialEducationSchool,
    ),
    (
        "secondaryvocationalschool",
        SchoolType::SecondaryVocationalSchool,
    ),
    ("中等职业学校", SchoolType::SecondaryVocationalSchool),
    ("中职", SchoolType::SecondaryVocationalSchool),
    ("中专", SchoolType::SecondaryVocationalSchool),
    ("中等专业学校", SchoolType::SecondaryVocationalSchool),
    ("职业高中", SchoolType::SecondaryVocationalSchool),
    ("职高", SchoolType::SecondaryVocationalSchool),
    (
        "highervocationalcollege",
        SchoolType::HigherVocationalCollege,
    ),
    ("高等职业学校", SchoolType::HigherVocationalCollege),
    ("高等职业学校(专科)", SchoolType::HigherVocationalCollege),
    ("高职", SchoolType::HigherVocationalCollege),
    ("高职(专科)", SchoolType::HigherVocationalCollege),
    ("高职院校", SchoolType::HigherVocationalCollege),
    ("职业技术学院", SchoolType::HigherVocationalCollege),
    ("vocationaluniversity", SchoolType::VocationalUniversity),
    ("职业本科", SchoolType::VocationalUniversity),
    ("职业本科学校", SchoolType::VocationalUniversity),
    ("本科层次职业学校", SchoolType::VocationalUniversity),
    ("职业技术大学", SchoolType::VocationalUniversity),
    ("university", SchoolType::University),
    ("普通高等学校", SchoolType::University),
    ("普通高校", SchoolType::University),
    ("大学", SchoolType::University),
];

const CLASS_TYPES: &[(&str, ClassType)] = &[
    ("intermediate", ClassType::Intermediate),
    ("中级工班", ClassType::Intermediate),
    ("中级班", ClassType::Intermediate),
    ("中级工", ClassType::Intermediate),
    ("senior", ClassType::Senior),
    ("高级工班", ClassType::Senior),
    ("高级班", ClassType::Senior),
    ("高级工", ClassType::Senior),
    ("preparatorytechnician", ClassType::PreparatoryTechnician),
    ("预备技师(技师)班", ClassType::PreparatoryTechnician),
    ("预备技师班", ClassType::PreparatoryTechnician),
    ("技师班", ClassType::PreparatoryTechnician),
    ("预备技师", ClassType::PreparatoryTechnician),
];

const STUDY_MODES: &[(&str, StudyMode)] = &[
    ("fulltime", StudyMode::FullTime),
    ("全日制", StudyMode::FullTime),
    ("parttime", StudyMode::PartTime),
    ("非全日制", StudyMode::PartTime),
];

const SKILL_LEVELS: &[(&str, SkillLevel)] = &[
    ("apprentice", SkillLevel::Apprentice),
    ("学徒工", SkillLevel::Apprentice),
    ("学徒", SkillLevel::Apprentice),
    ("junior", SkillLevel::Junior),
    ("初级工", SkillLevel::Junior),
    ("初级", SkillLevel::Junior),
    ("五级", SkillLevel::Junior),
    ("intermediate", SkillLevel::Intermediate),
    ("中级工", SkillLevel::Intermediate),
    ("中级", SkillLevel::Intermediate),
    ("四级", SkillLevel::Intermediate),
    ("senior", SkillLevel::Senior),
    ("高级工", SkillLevel::Senior),
    ("高级", SkillLevel::Senior),
    ("三级", SkillLevel::Senior),
    ("preparatorytechnician", SkillLevel::PreparatoryTechnician),
    ("预备技师", SkillLevel::PreparatoryTechnician),
    ("technician", SkillLevel::Technician),
    ("技师", SkillLevel::Technician),
    ("二级", SkillLevel::Technician),
    ("seniortechnician", SkillLevel::SeniorTechnician),
    ("高级技师", SkillLevel::SeniorTechnician),
    ("一级", SkillLevel::SeniorTechnician),
    ("specialtechnician", SkillLevel::SpecialTechnician),
    ("特级技师", SkillLevel::SpecialTechnician),
    ("chieftechnician", SkillLevel::ChiefTechnician),
    ("首席技师", SkillLevel::ChiefTechnician),
];

const CERT_FIELDS: &[(&str, CertField)] = &[
    ("engineering", CertField::Engineering),
    ("工程技术类", CertField::Engineering),
    ("工程技术", CertField::Engineering),
    ("other", CertField::Other),
    ("其他", CertField::Other),
    ("其它", CertField::Other),
    ("其他类", CertField::Other),
    ("非工程技术类", CertField::Other),
];

const COMPETITIONS: &[(&str, Competition)] = &[
    ("worldskills", Competition::WorldSkills),
    ("世界技能大赛", Competition::WorldSkills),
    ("世赛", Competition::WorldSkills),
    (
        "worldskillsnationalsquad",
        Competition::WorldSkillsNationalSquad,
    ),
    (
        "世界技能大赛国家集训队",
        Competition::WorldSkillsNationalSquad,
    ),
    ("世赛国家集训队", Competition::WorldSkillsNationalSquad),
    ("国家集训队", Competition::WorldSkillsNationalSquad),
    (
        "nationalskillscompetition",
        Competition::NationalSkillsCompetition,
    ),
    ("全国技能大赛", Competition::NationalSkillsCompetition),
    ("全国职业技能大赛", Competition::NationalSkillsCompetition),
    ("nationalclass1", Competition::NationalClass1),
    ("国家级一类竞赛", Competition::NationalClass1),
    ("国家级一类职业技能竞赛", Competition::NationalClass1),
    ("国家级一类职业技能大赛", Competition::NationalClass1),
    ("国家级一类", Competition::NationalClass1),
    ("国家一类", Competition::NationalClass1),
    ("nationalclass2", Competition::NationalClass2),
    ("国家级二类竞赛", Competition::NationalClass2),
    ("国家级二类职业技能竞赛", Competition::NationalClass2),
    ("国家级二类职业技能大赛", Competition::NationalClass2),
    ("国家级二类", Competition::NationalClass2),
    ("国家二类", Competition::NationalClass2),
    (
        "provincialcomprehensive",
        Competition::ProvincialComprehensive,
    ),
    ("全省技能大赛", Competition::ProvincialComprehensive),
    ("全省职业技能大赛", Competition::ProvincialComprehensive),
    ("全省综合性技能大赛", Competition::ProvincialComprehensive),
    ("provincialclass1", Competition::ProvincialClass1),
    ("省级一类竞赛", Competition::ProvincialClass1),
    ("省级一类职业技能竞赛", Competition::ProvincialClass1),
    ("省级一类职业技能大赛", Competition::ProvincialClass1),
    ("省级一类", Competition::ProvincialClass1),
    ("省一类", Competition::ProvincialClass1),
    ("provincialclass2", Competition::ProvincialClass2),
    ("省级二类竞赛", Competition::ProvincialClass2),
    ("省级二类职业技能竞赛", Competition::ProvincialClass2),
    ("省级二类职业技能大赛", Competition::ProvincialClass2),
    ("省级二类", Competition::ProvincialClass2),
    ("省二类", Competition::ProvincialClass2),
];

const MEDALS: &[(&str, Medal)] = &[
    ("gold", Medal::Gold),
    ("金牌", Medal::Gold),
    ("金", Medal::Gold),
    ("silver", Medal::Silver),
    ("银牌", Medal::Silver),
    ("银", Medal::Silver),
    ("bronze", Medal::Bronze),
    ("铜牌", Medal::Bronze),
    ("铜", Medal::Bronze),
    ("excellence", Medal::Excellence),
    ("优胜奖", Medal::Excellence),
    ("优胜", Medal::Excellence),
];

const PRIZES: &[(&str, u8)] = &[
    ("一等奖", 1),
    ("1等奖", 1),
    ("prize1", 1),
    ("firstprize", 1),
    ("1stprize", 1),
    ("二等奖", 2),
    ("2等奖", 2),
    ("prize2", 2),
    ("secondprize", 2),
    ("2ndprize", 2),
    ("三等奖", 3),
    ("3等奖", 3),
    ("prize3", 3),
    ("thirdprize", 3),
    ("3rdprize", 3),
];

const TEAMS: &[(&str, u8)] = &[
    ("单人赛项", 1),
    ("单人赛", 1),
    ("单人", 1),
    ("个人赛", 1),
    ("个人", 1),
    ("solo", 1),
    ("individual", 1),
    ("双人赛项", 2),
    ("双人赛", 2),
    ("双人", 2),
    ("pair", 2),
    ("duo", 2),
    ("三人赛项", 3),
    ("三人赛", 3),
    ("三人", 3),
    ("trio", 3),
];

/// Words in an award that carry no information of their own.
const AWARD_FILLER: &[(&str, ())] = &[
    ("决赛", ()),
    ("获得", ()),
    ("获", ()),
    ("final", ()),
    (":", ()),
    ("/", ()),
    ("·", ()),
    ("-", ()),
    ("(", ()),
    (")", ()),
    ("_", ()),
    ("|", ()),
];

const HONOURS: &[(&str, Honour)] = &[
    ("chinaskillsaward", Honour::ChinaSkillsAward),
    ("中华技能大奖", Honour::ChinaSkillsAward),
    ("nationaltechnicalexpert", Honour::NationalTechnicalExpert),
    ("全国技术能手", Honour::NationalTechnicalExpert),
    ("provincialskillsaward", Honour::ProvincialSkillsAward),
    ("省级技能大奖", Honour::ProvincialSkillsAward),
    ("省技能大奖", Honour::ProvincialSkillsAward),
    (
        "provincialtechnicalexpert",
        Honour::ProvincialTechnicalExpert,
    ),
    ("省级技术能手", Honour::ProvincialTechnicalExpert),
    ("省技术能手", Honour::ProvincialTechnicalExpert),
    ("specialallowance", Honour::SpecialAllowance),
    ("享受国务院或省政府特殊津贴", Honour::SpecialAllowance),
    ("享受国务院特殊津贴", Honour::SpecialAllowance),
    ("享受国务院政府特殊津贴", Honour::SpecialAllowance),
    ("国务院特殊津贴", Honour::SpecialAllowance),
    ("国务院政府特殊津贴", Honour::SpecialAllowance),
    ("享受省政府特殊津贴", Honour::SpecialAllowance),
    ("省政府特殊津贴", Honour::SpecialAllowance),
    ("masterstudiolead", Honour::MasterStudioLead),
    ("国家级或省级技能大师工作室带头人", Honour::MasterStudioLead),
    ("国家级技能大师工作室带头人", Honour::MasterStudioLead),
    ("省级技能大师工作室带头人", Honour::MasterStudioLead),
    ("国家级技能大师工作室负责人", Honour::MasterStudioLead),
    ("省级技能大师工作室负责人", Honour::MasterStudioLead),
    ("modelworker", Honour::ModelWorker),
    ("省部级以上劳动模范", Honour::ModelWorker),
    ("省部级劳动模范", Honour::ModelWorker),
    ("全国劳动模范", Honour::ModelWorker),
    ("省级劳动模范", Honour::ModelWorker),
    ("省劳动模范", Honour::ModelWorker),
];

/// Honours after a province's name (云南省…), which makes them provincial.
const PROVINCE_NAMED_HONOURS: &[(&str, Honour)] = &[
    ("技术能手", Honour::ProvincialTechnicalExpert),
    ("技能大奖", Honour::ProvincialSkillsAward),
    ("劳动模范", Honour::ModelWorker),
    ("政府特殊津贴", Honour::SpecialAllowance),
    ("人民政府特殊津贴", Honour::SpecialAllowance),
];

/// Honours that need a level to count (national or provincial).
const LEVELLESS_HONOURS: &[&str] = &[
    "技术能手",
    "劳动模范",
    "劳模",
    "特殊津贴",
    "政府特殊津贴",
    "技能大师工作室带头人",
    "技能大师工作室负责人",
    "技能大奖",
];

/// What is wrong with one item of a list cell.
#[derive(Debug, PartialEq)]
enum Problem {
    Level,
    CertField(String),
    Competition,
    Placing(String),
    Duplicate(&'static str),
    Range(&'static str),
    Honour,
    HonourLevel,
}

impl Problem {
    fn text(&self, lang: Lang, item: &str) -> String {
        let item = truncate(item.trim(), 60);
        match self {
            Problem::Level => pick(
                lang,
                format!("无法识别的证书等级“{item}”：可填 学徒工、初级工、中级工、高级工、预备技师、技师、高级技师、特级技师、首席技师，可加类别，如“高级工（工程技术类）”"),
                format!("unknown certificate level \"{item}\": use apprentice, junior, intermediate, senior, preparatoryTechnician, technician, seniorTechnician, specialTechnician, chiefTechnician (or 初级工…首席技师), optionally with a field: \"senior (engineering)\""),
            ),
            Problem::CertField(f) => pick(
                lang,
                format!("证书“{item}”的类别“{f}”无法识别：可填 工程技术类 或 其他"),
                format!("certificate \"{item}\": unknown field \"{f}\": use engineering or other (工程技术类, 其他)"),
            ),
            Problem::Competition => pick(
                lang,
                format!("竞赛“{item}”无法识别：应以竞赛类别开头，如 世界技能大赛、世赛国家集训队、全国技能大赛、国家级一类、国家级二类、全省技能大赛、省级一类、省级二类"),
                format!("award \"{item}\": it must start with the competition: worldSkills, worldSkillsNationalSquad, nationalSkillsCompetition, nationalClass1, nationalClass2, provincialComprehensive, provincialClass1, provincialClass2 (or 世界技能大赛, 国家级一类…)"),
            ),
            Problem::Placing(rest) => pick(
                lang,
                format!("竞赛“{item}”中的“{}”无法识别：名次写作“第8名”，奖牌写作 金牌/银牌/铜牌/优胜奖，奖项写作 一等奖/二等奖/三等奖，赛项写作 单人/双人/三人", truncate(rest, 20)),
                format!("award \"{item}\": cannot read \"{}\": write rank as \"rank 8\" or 第8名, a medal as gold/silver/bronze/excellence, a prize as 一等奖/二等奖/三等奖 (prize 1–3), the team as 单人/双人/三人 (team 1–3)", truncate(rest, 20)),
            ),
            Problem::Duplicate(what) => pick(
                lang,
                format!("竞赛“{item}”写了两个{}", match *what { "rank" => "名次", "medal" => "奖牌", "prize" => "奖项等级", _ => "赛项人数" }),
                format!("award \"{item}\" gives two {what}s"),
            ),
            Problem::Range(what) => pick(
                lang,
                format!("竞赛“{item}”的{}超出范围（名次从 1 起；奖项 1–3；赛项人数 1–3）", match *what { "rank" => "名次", "prize" => "奖项等级", _ => "赛项人数" }),
                format!("award \"{item}\": the {what} is out of range (rank starts at 1; prize and team are 1–3)"),
            ),
            Problem::Honour => pick(
                lang,
                format!("无法识别的荣誉“{item}”：可填 中华技能大奖、全国技术能手、省级技能大奖、省级技术能手、享受国务院或省政府特殊津贴、国家级或省级技能大师工作室带头人、省部级以上劳动模范"),
                format!("unknown honour \"{item}\": use chinaSkillsAward, nationalTechnicalExpert, provincialSkillsAward, provincialTechnicalExpert, specialAllowance, masterStudioLead, modelWorker (or 中华技能大奖, 全国技术能手…)"),
            ),
            Problem::HonourLevel => pick(
                lang,
                format!("荣誉“{item}”未写明级别：只有国家级或省级的才计入，请写明，如“全国技术能手”“省级技术能手”"),
                format!("honour \"{item}\" gives no level: only national or provincial ones count; write e.g. 全国技术能手 or 省级技术能手"),
            ),
        }
    }
}

fn parse_certificate(item: &str) -> Result<Certificate, Problem> {
    let key = norm(item);
    let (base, field) = match key.strip_suffix(')').and_then(|k| k.rsplit_once('(')) {
        Some((base, f)) => {
            let field = lookup(CERT_FIELDS, f).ok_or_else(|| Problem::CertField(f.to_owned()))?;
            (base, Some(field))
        }
        None => (key.as_str(), None),
    };
    let mut b = base;
    for p in ["国家职业资格", "职业资格", "职业技能等级"] {
        b = b.strip_prefix(p).unwrap_or(b);
    }
    for s in ["证书", "证"] {
        b = b.strip_suffix(s).unwrap_or(b);
    }
    let level = lookup(SKILL_LEVELS, b).ok_or(Problem::Level)?;
    Ok(Certificate { level, field })
}

fn competition_prefix(key: &str) -> Option<(Competition, &str)> {
    longest_prefix(COMPETITIONS, key)
}

/// Reads the placing words of an award (normalised), in any order.
fn placing(a: &mut Award, mut rest: &str) -> Result<(), Problem> {
    fn set<T>(slot: &mut Option<T>, v: T, what: &'static str) -> Result<(), Problem> {
        if slot.is_some() {
            return Err(Problem::Duplicate(what));
        }
        *slot = Some(v);
        Ok(())
    }
    while !rest.is_empty() {
        if let Some(((), r)) = longest_prefix(AWARD_FILLER, rest) {
            rest = r;
        } else if let Some((p, r)) = longest_prefix(PRIZES, rest) {
            set(&mut a.prize, p, "prize")?;
            rest = r;
        } else if let Some((n, r)) = longest_prefix(TEAMS, rest) {
            set(&mut a.team_size, n, "team")?;
            rest = r;
        } else if let Some((n, r)) = team_number(rest) {
            let n = u8::try_from(n).ok().filter(|n| (1..=3).contains(n));
            set(&mut a.team_size, n.ok_or(Problem::Range("team"))?, "team")?;
            rest = r;
        } else if let Some((n, r)) = rank(rest) {
            if n == 0 {
                return Err(Problem::Range("rank"));
            }
            set(&mut a.rank, n, "rank")?;
            rest = r;
        } else if let Some((m, r)) = longest_prefix(MEDALS, rest) {
            set(&mut a.medal, m, "medal")?;
            rest = r;
        } else {
            return Err(Problem::Placing(rest.to_owned()));
        }
    }
    Ok(())
}

/// Leading ASCII digits as a number (at most 9 digits), and the rest.
fn digits(s: &str) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 9 {
        return None;
    }
    let v = s.get(..n)?.parse().ok()?;
    Some((v, s.get(n..).unwrap_or("")))
}

/// Leading Chinese numeral 一…九十九, and the rest.
fn cn_number(s: &str) -> Option<(u32, &str)> {
    fn digit(c: char) -> Option<u32> {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
    }
    let mut chars = s.char_indices().peekable();
    let (mut value, mut end) = (0u32, 0usize);
    let mut tens = false;
    while let Some(&(i, c)) = chars.peek() {
        if c == '十' && !tens {
            value = if value == 0 { 10 } else { value * 10 };
            tens = true;
        } else if let Some(d) = digit(c) {
            if tens {
                value += d;
                end = i + c.len_utf8();
                break;
            }
            if value != 0 {
                return None;
            }
            value = d;
        } else {
            break;
        }
        end = i + c.len_utf8();
        chars.next();
    }
    if end == 0 {
        return None;
    }
    Some((value, s.get(end..).unwrap_or("")))
}

/// `第8名`, `第八名`, `8名`, `rank8`, `#8`, `no.8`, `8th`, `8thplace`.
fn rank(s: &str) -> Option<(u32, &str)> {
    if let Some(r) = s.strip_prefix('第') {
        let (n, r) = digits(r).or_else(|| cn_number(r))?;
        return Some((n, r.strip_prefix('名').unwrap_or(r)));
    }
    for p in ["rank", "#", "no."] {
        if let Some(r) = s.strip_prefix(p) {
            return digits(r);
        }
    }
    let (n, r) = digits(s)?;
    if let Some(r) = r.strip_prefix('名') {
        return Some((n, r));
    }
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(r) = r.strip_prefix(suffix) {
            return Some((n, r.strip_prefix("place").unwrap_or(r)));
        }
    }
    None
}

/// `team2`, `teamsize2`.
fn team_number(s: &str) -> Option<(u32, &str)> {
    let r = s
        .strip_prefix("teamsize")
        .or_else(|| s.strip_prefix("team"))?;
    digits(r)
}

fn parse_honour(key: &str) -> Result<Honour, Problem> {
    if let Some(h) = lookup(HONOURS, key) {
        return Ok(h);
    }
    // A named province or autonomous region: 云南省技术能手, 广西壮族自治区技能大奖.
    for marker in ["自治区", "省"] {
        if let Some((place, rest)) = key.split_once(marker) {
            let named = !place.is_empty() && place.chars().count() <= 6 && !place.contains('级');
            if named {
                if let Some(h) = lookup(PROVINCE_NAMED_HONOURS, rest) {
                    return Ok(h);
                }
            }
        }
    }
    if LEVELLESS_HONOURS.iter().any(|k| key.ends_with(k)) {
        return Err(Problem::HonourLevel);
    }
    Err(Problem::Honour)
}

enum GraduationCell {
    Enrolled,
    Day(Date),
    /// Month only: its last day.
    Month(Date),
}

enum DateProblem {
    Empty,
    Format,
    NoSuchDay,
    Serial,
}

impl DateProblem {
    fn message(&self, lang: Lang, cell: &str) -> String {
        let cell = truncate(cell.trim(), 40);
        match self {
            DateProblem::Empty => pick(
                lang,
                "毕业时间为空：请填写毕业日期（如 2023-07-01 或 2023年7月），在校生填“在校”",
                "graduationDate is empty: give the date (2023-07-01 or 2023-07), or 在校 / student for one still enrolled",
            ),
            DateProblem::Format => pick(
                lang,
                format!("无法识别的毕业时间“{cell}”：可写 2023-07-01、2023/7/1、2023.7.1、2023年7月1日、2023-07、2023年7月，在校生写“在校”"),
                format!("cannot read the graduation date \"{cell}\": write 2023-07-01, 2023/7/1, 2023.7.1, 2023年7月1日, 2023-07 or 2023年7月; 在校 / student for one still enrolled"),
            ),
            DateProblem::NoSuchDay => pick(
                lang,
                format!("毕业时间“{cell}”不是日历上存在的日期"),
                format!("the graduation date \"{cell}\" is not a day of the calendar"),
            ),
            DateProblem::Serial => pick(
                lang,
                format!("毕业时间“{cell}”像是 Excel 的日期序号：请把该列设为文本或日期格式（如 2023-07-01）后再导出"),
                format!("the graduation date \"{cell}\" looks like an Excel date serial number: format the column as a date (2023-07-01) or text before exporting"),
            ),
        }
    }
}

const ENROLLED: &[&str] = &[
    "在校",
    "在读",
    "在校生",
    "在读生",
    "未毕业",
    "student",
    "enrolled",
    "null",
];

fn parse_graduation(cell: &str) -> Result<GraduationCell, DateProblem> {
    let trimmed = cell.trim();
    // A time after the date, as Excel writes it: "2023/7/1 0:00".
    let date_part = match trimmed.split_once(char::is_whitespace) {
        Some((d, t))
            if !t.trim().is_empty() && t.trim().chars().all(|c| c.is_ascii_digit() || c == ':') =>
        {
            d
        }
        _ => trimmed,
    };
    let s = norm(date_part);
    if s.is_empty() {
        return Err(DateProblem::Empty);
    }
    if ENROLLED.contains(&s.as_str()) {
        return Ok(GraduationCell::Enrolled);
    }
    let num = |p: &str, min: usize, max: usize| -> Option<u16> {
        if p.len() < min || p.len() > max || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let parts: Vec<&str> = if let Some(r) = s.strip_suffix('日').or_else(|| s.strip_suffix('号'))
    {
        // 2023年7月1日
        let (y, md) = r.split_once('年').ok_or(DateProblem::Format)?;
        let (m, d) = md.split_once('月').ok_or(DateProblem::Format)?;
        vec![y, m, d]
    } else if let Some(r) = s.strip_suffix('月') {
        let (y, m) = r.split_once('年').ok_or(DateProblem::Format)?;
        vec![y, m]
    } else if s.bytes().all(|b| b.is_ascii_digit()) {
        match s.len() {
            8 => vec![
                s.get(..4).unwrap_or(""),
                s.get(4..6).unwrap_or(""),
                s.get(6..).unwrap_or(""),
            ],
            6 => vec![s.get(..4).unwrap_or(""), s.get(4..).unwrap_or("")],
            1..=5 => return Err(DateProblem::Serial),
            _ => return Err(DateProblem::Format),
        }
    } else {
        let sep = ['-', '/', '.']
            .into_iter()
            .find(|c| s.contains(*c))
            .ok_or(DateProblem::Format)?;
        s.split(sep).collect()
    };
    match parts.as_slice() {
        [y, m, d] => {
            let (y, m, d) = (
                num(y, 4, 4).ok_or(DateProblem::Format)?,
                num(m, 1, 2).ok_or(DateProblem::Format)?,
                num(d, 1, 2).ok_or(DateProblem::Format)?,
            );
            Date::new(y, m as u8, d as u8)
                .map(GraduationCell::Day)
                .ok_or(DateProblem::NoSuchDay)
        }
        [y, m] => {
            let (y, m) = (
                num(y, 4, 4).ok_or(DateProblem::Format)?,
                num(m, 1, 2).ok_or(DateProblem::Format)?,
            );
            [31u8, 30, 29, 28]
                .into_iter()
                .find_map(|d| Date::new(y, m as u8, d))
                .map(GraduationCell::Month)
                .ok_or(DateProblem::NoSuchDay)
        }
        _ => Err(DateProblem::Format),
    }
}

// ---------------------------------------------------------------------------
// Export

const EXPORT_HEADERS: &[(&str, &str)] = &[
    ("行号", "row"),
    ("姓名/编号", "label"),
    ("结果", "outcome"),
    ("依据的用途", "purpose"),
    ("认定学历层次", "level"),
    ("可直接考察途径", "directRoutes"),
    ("可享受的政策", "entitlements"),
    ("依据文件", "documents"),
    ("理由", "reasons"),
    ("缺少的信息", "missing"),
    ("如何符合条件", "toQualify"),
    ("提示", "caveats"),
    ("说明", "notes"),
    ("错误所在列", "errorColumn"),
    ("错误", "error"),
];

fn outcome_name(o: Outcome, lang: Lang) -> &'static str {
    match (o, lang) {
        (Outcome::Eligible, Lang::ZhCn) => "符合",
        (Outcome::Ineligible, Lang::ZhCn) => "不符合",
        (Outcome::Undetermined, Lang::ZhCn) => "待定",
        (Outcome::NotYet, Lang::ZhCn) => "暂不符合",
        (Outcome::Unclear, Lang::ZhCn) => "政策未明确",
        (Outcome::Unclear, Lang::En) => "unclear",
        (Outcome::Eligible, Lang::En) => "eligible",
        (Outcome::Ineligible, Lang::En) => "ineligible",
        (Outcome::Undetermined, Lang::En) => "undetermined",
        (Outcome::NotYet, Lang::En) => "notYet",
    }
}

fn route_name(r: Route, lang: Lang) -> &'static str {
    match (r, lang) {
        (Route::PublicInstitution, Lang::ZhCn) => "事业单位直接考察",
        (Route::TechnicalSchoolTeaching, Lang::ZhCn) => "技工院校教师岗直接考察",
        (Route::VocationalSchoolTeaching, Lang::ZhCn) => "职业院校教师岗直接考察",
        (Route::PublicInstitution, Lang::En) => "publicInstitution",
        (Route::TechnicalSchoolTeaching, Lang::En) => "technicalSchoolTeaching",
        (Route::VocationalSchoolTeaching, Lang::En) => "vocationalSchoolTeaching",
    }
}

/// A `missing` path in the words of the spreadsheet: `graduate.classType` →
/// 班级 (or `classType`).
fn missing_name(path: &str, lang: Lang) -> String {
    let field = path
        .strip_prefix("graduate.")
        .and_then(|f| Field::ALL.iter().find(|x| x.api_name() == f));
    match field {
        Some(f) => f.header(lang).to_owned(),
        None => path.to_owned(),
    }
}

/// Neutralises a cell that a spreadsheet would run as a formula: one that
/// starts with `=` `+` `-` `@`, a tab or a carriage return gets a leading `'`.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The result as a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
/// it as UTF-8), CRLF line ends, headers and vocabulary in `lang`, list cells
/// joined with `；` (zh-CN) or `; ` (en), every cell neutralised against
/// formula injection ([`neutralise`]). Texts (reasons, caveats…) stay in the
/// language they were evaluated in (`BatchOptions::lang`).
pub fn to_csv(result: &BatchResult, lang: Lang) -> String {
    let sep = match lang {
        Lang::ZhCn => "；",
        Lang::En => "; ",
    };
    let mut out = String::with_capacity(256 * (result.rows.len() + 1));
    out.push('\u{FEFF}');
    write_record(
        &mut out,
        EXPORT_HEADERS.iter().map(|(zh, en)| pick_str(lang, zh, en)),
    );
    for r in &result.rows {
        let join = |v: Vec<String>| v.join(sep);
        let (err_col, err_msg) = match &r.error {
            Some(e) => (e.column.clone(), e.message.clone()),
            None => (String::new(), String::new()),
        };
        let cells: [String; 15] = [
            r.row.to_string(),
            r.label.clone(),
            r.outcome.map_or("", |o| outcome_name(o, lang)).to_owned(),
            r.purpose
                .map_or(String::new(), |p| p.label().get(lang).to_owned()),
            r.level
                .map_or(String::new(), |l| l.label().get(lang).to_owned()),
            join(
                r.direct_routes
                    .iter()
                    .map(|x| route_name(*x, lang).to_owned())
                    .collect(),
            ),
            join(
                r.entitlements
                    .iter()
                    .map(|x| x.label().get(lang).to_owned())
                    .collect(),
            ),
            join(r.documents.clone()),
            join(r.reasons.clone()),
            join(r.missing.iter().map(|m| missing_name(m, lang)).collect()),
            join(r.to_qualify.clone()),
            join(r.caveats.clone()),
            join(r.notes.clone()),
            err_col,
            err_msg,
        ];
        write_record(&mut out, cells.iter().map(|c| neutralise(c)));
    }
    out
}

/// One CSV record, CRLF-terminated, quoting as the `csv` crate does
/// (`QuoteStyle::Necessary`): a cell holding a comma, a quote or a line
/// break is quoted, its quotes doubled. Written by hand because the crate's
/// writer links float parsing (for a quote style not used here), ~20 KB of
/// the browser's batch module.
fn write_record<S: AsRef<str>>(out: &mut String, cells: impl Iterator<Item = S>) {
    for (i, cell) in cells.enumerate() {
        let cell = cell.as_ref();
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

fn pick_str(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
}

/// The result as JSON (`BatchResult`, camelCase).
pub fn to_json(result: &BatchResult) -> String {
    serde_json::to_string(result).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table key is already in normalised form, or it could never match.
    #[test]
    fn table_keys_are_normalised() {
        fn check<T>(name: &str, t: &[(&str, T)]) {
            for (k, _) in t {
                assert_eq!(norm(k), *k, "{name}: {k}");
            }
        }
        check("SCHOOL_TYPES", SCHOOL_TYPES);
        check("CLASS_TYPES", CLASS_TYPES);
        check("STUDY_MODES", STUDY_MODES);
        check("SKILL_LEVELS", SKILL_LEVELS);
        check("CERT_FIELDS", CERT_FIELDS);
        check("COMPETITIONS", COMPETITIONS);
        check("MEDALS", MEDALS);
        check("PRIZES", PRIZES);
        check("TEAMS", TEAMS);
        check("AWARD_FILLER", AWARD_FILLER);
        check("HONOURS", HONOURS);
        check("PROVINCE_NAMED_HONOURS", PROVINCE_NAMED_HONOURS);
        for (k, _) in HEADERS {
            assert_eq!(norm_header(k), *k, "HEADERS: {k}");
        }
        for f in Field::ALL {
            assert_eq!(lookup(HEADERS, &norm_header(f.api_name())), Some(f));
            assert_eq!(lookup(HEADERS, &norm_header(f.zh_name())), Some(f));
        }
    }

    #[test]
    fn chinese_numerals() {
        for (s, n) in [
            ("一", 1),
            ("八", 8),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十一", 21),
            ("九十九", 99),
        ] {
            assert_eq!(cn_number(s), Some((n, "")), "{s}");
        }
        assert_eq!(cn_number("八名"), Some((8, "名")));
        assert_eq!(cn_number("名"), None);
        assert_eq!(cn_number("一二"), None);
    }
}
