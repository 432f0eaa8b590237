//! Export (导出): the results as a spreadsheet — CSV (UTF-8 with BOM, CRLF)
//! a row at a time, or an .xlsx workbook (`rust_xlsxwriter`) with a results
//! sheet and a summary sheet (counts per post and outcome) — every text
//! cell neutralised against formula injection; and the result as JSON.

use std::borrow::Cow;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::terms::{employer_name, post_type_name};
use super::{say, BatchResult, BatchRow, Field, PostSummary, Summary};
use crate::date::Date;
use crate::error::{Error, ErrorCode};
use crate::request::{Lang, Post};
use crate::vocab::{Outcome, Route};

/// The columns of the results: zh-CN and English headers. The three post
/// columns are there when the rows name their posts (a 岗位表).
const HEADERS: &[(&str, &str)] = &[
    ("行号", "row"),
    ("姓名/编号", "label"),
    ("报考岗位代码", "postCode"),
    ("招聘单位", "unit"),
    ("岗位名称", "postName"),
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
const POST_COLUMNS: std::ops::Range<usize> = 2..5;

fn columns(
    with_posts: bool,
) -> impl Iterator<Item = (usize, &'static (&'static str, &'static str))> {
    HEADERS
        .iter()
        .enumerate()
        .filter(move |(i, _)| with_posts || !POST_COLUMNS.contains(i))
}

fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
}

/// 结果: the outcome, or 可直接考察 when direct assessment is the only way in.
pub(super) fn outcome_name(o: Outcome, direct_only: bool, lang: Lang) -> &'static str {
    if direct_only {
        return pick(lang, "可直接考察", "directOnly");
    }
    match o {
        Outcome::Eligible => pick(lang, "符合", "eligible"),
        Outcome::Ineligible => pick(lang, "不符合", "ineligible"),
        Outcome::Undetermined => pick(lang, "待定", "undetermined"),
        Outcome::NotYet => pick(lang, "暂不符合", "notYet"),
        Outcome::Unclear => pick(lang, "政策未明确", "unclear"),
    }
}

fn route_name(r: Route, lang: Lang) -> &'static str {
    match r {
        Route::PublicInstitution => pick(lang, "事业单位直接考察", "publicInstitution"),
        Route::TechnicalSchoolTeaching => {
            pick(lang, "技工院校教师岗直接考察", "technicalSchoolTeaching")
        }
        Route::VocationalSchoolTeaching => {
            pick(lang, "职业院校教师岗直接考察", "vocationalSchoolTeaching")
        }
    }
}

/// A `missing` path in the words of the spreadsheet: `graduate.classType` →
/// 班级 (or `classType`).
fn missing_name(path: &str, lang: Lang) -> String {
    let field = path
        .strip_prefix("graduate.")
        .and_then(|f| Field::ALL.iter().find(|x| x.api_name() == f));
    match field {
        Some(f) => pick(lang, f.zh_name(), f.api_name()).to_owned(),
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

/// The export cells of one row, neutralised. `post`: the unit and name of
/// the row's post, when the rows name their posts.
pub(super) fn cells(r: &BatchRow, lang: Lang, post: Option<(&str, &str)>) -> Vec<String> {
    let sep = pick(lang, "；", "; ");
    let join = |v: &mut dyn Iterator<Item = String>| v.collect::<Vec<_>>().join(sep);
    let (err_col, err_msg) = match &r.error {
        Some(e) => (e.column.as_str(), e.message.as_str()),
        None => ("", ""),
    };
    let mut out: Vec<String> = Vec::with_capacity(HEADERS.len());
    out.push(r.row.to_string());
    out.push(r.label.clone());
    if let Some((unit, name)) = post {
        out.push(r.post.clone().unwrap_or_default());
        out.push(unit.to_owned());
        out.push(name.to_owned());
    }
    out.push(
        r.outcome
            .map_or("", |o| outcome_name(o, r.direct_only, lang))
            .to_owned(),
    );
    out.push(
        r.purpose
            .map_or(String::new(), |p| p.label().get(lang).to_owned()),
    );
    out.push(
        r.level
            .map_or(String::new(), |l| l.label().get(lang).to_owned()),
    );
    out.push(join(
        &mut r
            .direct_routes
            .iter()
            .map(|x| route_name(*x, lang).to_owned()),
    ));
    out.push(join(
        &mut r
            .entitlements
            .iter()
            .map(|x| x.label().get(lang).to_owned()),
    ));
    out.push(r.documents.join(sep));
    out.push(r.reasons.join(sep));
    out.push(join(&mut r.missing.iter().map(|m| missing_name(m, lang))));
    out.push(r.to_qualify.join(sep));
    out.push(r.caveats.join(sep));
    out.push(r.notes.join(sep));
    out.push(err_col.to_owned());
    out.push(err_msg.to_owned());
    for c in &mut out {
        if let Cow::Owned(n) = neutralise(c) {
            *c = n;
        }
    }
    out
}

/// One CSV record, CRLF-terminated, quoting as the `csv` crate does
/// (`QuoteStyle::Necessary`): a cell holding a comma, a quote or a line
/// break is quoted, its quotes doubled. Written by hand because the crate's
/// writer links float parsing (for a quote style not used here), ~20 KB of
/// the browser's batch module.
pub(super) fn write_record<S: AsRef<str>>(out: &mut String, cells: impl Iterator<Item = S>) {
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

/// The CSV byte-order mark and header line.
pub fn csv_header(out: &mut String, lang: Lang, with_posts: bool) {
    out.push('\u{FEFF}');
    write_record(
        out,
        columns(with_posts).map(|(_, (zh, en))| pick(lang, zh, en)),
    );
}

/// One CSV line of results; `post`: the unit and name of the row's post,
/// when the rows name their posts ([`super::Session::post_of`]).
pub fn csv_row(out: &mut String, r: &BatchRow, lang: Lang, post: Option<(&str, &str)>) {
    write_record(out, cells(r, lang, post).iter());
}

/// The JSON of a result with no rows, cut where its rows go: what comes
/// before them (up to `"rows":[`) and after (from `]`), for writing the rows
/// one by one in between. Gives the bytes of [`to_json`].
pub fn json_parts(result: &BatchResult) -> (String, String) {
    let json = to_json(result);
    let at = json
        .find("\"rows\":[]")
        .map_or(json.len(), |i| i + "\"rows\":[".len());
    let (head, tail) = json.split_at(at);
    (head.to_owned(), tail.to_owned())
}

/// The unit and name of a row's post, for the export (a 岗位表 only).
pub(super) fn post_of<'a>(r: &BatchRow, posts: &'a [PostSummary]) -> (&'a str, &'a str) {
    r.post_index
        .and_then(|i| posts.get(i))
        .map_or(("", ""), |p| (p.unit.as_str(), p.name.as_str()))
}

/// The result as a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
/// it as UTF-8), CRLF line ends, headers and vocabulary in `lang`, list cells
/// joined with `；` (zh-CN) or `; ` (en), every cell neutralised against
/// formula injection ([`neutralise`]). Texts (reasons, caveats…) stay in the
/// language they were evaluated in (`BatchOptions::lang`).
pub fn to_csv(result: &BatchResult, lang: Lang) -> String {
    let with_posts = result.post.is_none();
    let mut out = String::with_capacity(256 * (result.rows.len() + 1));
    csv_header(&mut out, lang, with_posts);
    for r in &result.rows {
        let post = with_posts.then(|| post_of(r, &result.posts));
        write_record(&mut out, cells(r, lang, post).iter());
    }
    out
}

/// The result as JSON (`BatchResult`, camelCase).
pub fn to_json(result: &BatchResult) -> String {
    serde_json::to_string(result).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// .xlsx

#[cold]
fn xlsx_error(e: XlsxError) -> Error {
    Error::new(
        ErrorCode::InvalidCsv,
        "",
        format!("cannot write the workbook: {e}"),
    )
}

/// The results workbook, written a row at a time: the results sheet first,
/// then, at [`XlsxExport::finish`], the summary sheet.
pub struct XlsxExport {
    book: Workbook,
    lang: Lang,
    with_posts: bool,
    next: u32,
    bold: Format,
}

/// Excel's last row.
const MAX_ROWS: u32 = 1_048_576;
/// Excel's longest cell.
const MAX_CELL: usize = 32_767;

fn cut_cell(s: &str) -> &str {
    if s.len() <= MAX_CELL {
        return s;
    }
    let mut end = MAX_CELL;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

impl XlsxExport {
    /// `with_posts`: the rows name their posts (a 岗位表). With the `cli`
    /// feature the results sheet is kept in a temporary file, not in memory.
    /// The workbook's creation date is `as_of` (the core reads no clock, and
    /// the same batch gives the same bytes).
    pub fn new(lang: Lang, with_posts: bool, as_of: Date) -> Result<XlsxExport, Error> {
        let mut book = Workbook::new();
        let ymd = as_of.to_string();
        let part =
            |r: std::ops::Range<usize>| ymd.get(r).and_then(|p| p.parse::<u16>().ok()).unwrap_or(1);
        let created = ExcelDateTime::from_ymd(part(0..4), part(5..7) as u8, part(8..10) as u8)
            .map_err(xlsx_error)?;
        book.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let bold = Format::new().set_bold();
        #[cfg(feature = "cli")]
        let sheet = book
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?;
        #[cfg(not(feature = "cli"))]
        let sheet = book.add_worksheet();
        sheet
            .set_name(pick(lang, "结果", "results"))
            .map_err(xlsx_error)?;
        for (col, (i, (zh, en))) in columns(with_posts).enumerate() {
            let col = col as u16;
            sheet
                .write_string_with_format(0, col, pick(lang, zh, en), &bold)
                .map_err(xlsx_error)?;
            let width = match i {
                0 => 6.0,
                1..=5 => 14.0,
                10..=15 | 17 => 40.0,
                _ => 18.0,
            };
            sheet.set_column_width(col, width).map_err(xlsx_error)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        Ok(XlsxExport {
            book,
            lang,
            with_posts,
            next: 1,
            bold,
        })
    }

    fn sheet(&mut self, i: usize) -> Result<&mut Worksheet, Error> {
        self.book.worksheet_from_index(i).map_err(xlsx_error)
    }

    /// Adds a row of results.
    pub fn push(&mut self, r: &BatchRow, post: Option<(&str, &str)>) -> Result<(), Error> {
        if self.next >= MAX_ROWS {
            return Err(Error::new(
                ErrorCode::InvalidCsv,
                "",
                say!(
                    self.lang,
                    "结果超过 Excel 的 1,048,576 行：请导出 CSV",
                    "more results than Excel's 1,048,576 rows: export CSV"
                ),
            ));
        }
        let row = self.next;
        let cells = cells(r, self.lang, post);
        let sheet = self.sheet(0)?;
        for (col, cell) in cells.into_iter().enumerate() {
            let col = col as u16;
            if col == 0 {
                sheet
                    .write_number(row, col, f64::from(r.row))
                    .map_err(xlsx_error)?;
            } else if !cell.is_empty() {
                sheet
                    .write_string(row, col, cut_cell(&cell))
                    .map_err(xlsx_error)?;
            }
        }
        self.next += 1;
        Ok(())
    }

    /// Adds the summary sheet and gives the workbook's bytes.
    pub fn finish(mut self, result: &BatchResult) -> Result<Vec<u8>, Error> {
        let last_col = (columns(self.with_posts).count() - 1) as u16;
        let last_row = self.next.saturating_sub(1).max(1);
        self.sheet(0)?
            .autofilter(0, 0, last_row, last_col)
            .map_err(xlsx_error)?;
        self.summary_sheet(result)?;
        self.book.save_to_buffer().map_err(xlsx_error)
    }

    fn summary_sheet(&mut self, result: &BatchResult) -> Result<(), Error> {
        let lang = self.lang;
        let bold = self.bold.clone();
        let sheet = self.book.add_worksheet();
        sheet
            .set_name(pick(lang, "汇总", "summary"))
            .map_err(xlsx_error)?;
        let heads: [(&str, &str); 13] = [
            ("岗位代码", "postCode"),
            ("招聘单位", "unit"),
            ("岗位名称", "postName"),
            ("岗位类别", "postType"),
            ("学历要求", "requiredEducation"),
            ("单位性质", "employer"),
            ("报名人数", "rows"),
            ("符合", "eligible"),
            ("不符合", "ineligible"),
            ("待定", "undetermined"),
            ("政策未明确", "unclear"),
            ("错误", "errors"),
            ("其中仅可直接考察", "directOnly"),
        ];
        for (c, (zh, en)) in heads.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, pick(lang, zh, en), &bold)
                .map_err(xlsx_error)?;
            sheet
                .set_column_width(c as u16, if (1..=2).contains(&c) { 24.0 } else { 12.0 })
                .map_err(xlsx_error)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        let mut row = 1u32;
        let write_counts = |sheet: &mut Worksheet, row: u32, s: &Summary| -> Result<(), Error> {
            for (c, n) in [
                s.rows,
                s.eligible,
                s.ineligible,
                s.undetermined,
                s.unclear,
                s.errors,
                s.direct_only,
            ]
            .into_iter()
            .enumerate()
            {
                sheet
                    .write_number(row, 6 + c as u16, n as f64)
                    .map_err(xlsx_error)?;
            }
            Ok(())
        };
        let describe = |sheet: &mut Worksheet, row: u32, p: &Post| -> Result<(), Error> {
            sheet
                .write_string(row, 3, post_type_name(p.post_type).get(lang))
                .map_err(xlsx_error)?;
            let edu = p
                .required_education
                .map_or(pick(lang, "不限", "none"), |e| e.label().get(lang));
            sheet.write_string(row, 4, edu).map_err(xlsx_error)?;
            sheet
                .write_string(row, 5, employer_name(p.employer).get(lang))
                .map_err(xlsx_error)?;
            Ok(())
        };
        let mut matched = Summary::default();
        if let Some(p) = &result.post {
            describe(sheet, row, p)?;
            write_counts(sheet, row, &result.summary)?;
            matched = result.summary;
            row += 1;
        }
        for p in &result.posts {
            sheet
                .write_string(row, 0, neutralise(&p.code))
                .map_err(xlsx_error)?;
            sheet
                .write_string(row, 1, neutralise(cut_cell(&p.unit)))
                .map_err(xlsx_error)?;
            sheet
                .write_string(row, 2, neutralise(cut_cell(&p.name)))
                .map_err(xlsx_error)?;
            match &p.post {
                Some(post) => describe(sheet, row, post)?,
                None => {
                    let e = p.error.as_deref().unwrap_or("");
                    sheet
                        .write_string(row, 3, neutralise(cut_cell(e)))
                        .map_err(xlsx_error)?;
                }
            }
            write_counts(sheet, row, &p.summary)?;
            matched.add(&p.summary);
            row += 1;
        }
        let unmatched = result.summary.minus(&matched);
        if unmatched.rows > 0 {
            sheet
                .write_string(
                    row,
                    0,
                    pick(
                        lang,
                        "（岗位代码为空或不在岗位表中）",
                        "(no post code, or not in the posts table)",
                    ),
                )
                .map_err(xlsx_error)?;
            write_counts(sheet, row, &unmatched)?;
            row += 1;
        }
        sheet
            .write_string_with_format(row, 0, pick(lang, "合计", "total"), &bold)
            .map_err(xlsx_error)?;
        write_counts(sheet, row, &result.summary)?;
        row += 2;
        let mut info: Vec<(String, String)> = vec![
            (
                pick(lang, "决定日期", "as of").into(),
                result.as_of.to_string(),
            ),
            (
                pick(lang, "地区", "jurisdiction").into(),
                result.jurisdiction.code().into(),
            ),
            (
                pick(lang, "规则版本", "rules version").into(),
                result.rules_version.into(),
            ),
        ];
        for n in result.notes.iter().chain(&result.warnings) {
            info.push((pick(lang, "说明", "note").into(), n.clone()));
        }
        for (k, v) in info {
            sheet
                .write_string_with_format(row, 0, k, &bold)
                .map_err(xlsx_error)?;
            sheet
                .write_string(row, 1, neutralise(cut_cell(&v)))
                .map_err(xlsx_error)?;
            row += 1;
        }
        Ok(())
    }
}

/// The result as an .xlsx workbook: a results sheet and a summary sheet.
pub fn to_xlsx(result: &BatchResult, lang: Lang) -> Result<Vec<u8>, Error> {
    let with_posts = result.post.is_none();
    let mut x = XlsxExport::new(lang, with_posts, result.as_of)?;
    for r in &result.rows {
        let post = with_posts.then(|| post_of(r, &result.posts));
        x.push(r, post)?;
    }
    x.finish(result)
}
