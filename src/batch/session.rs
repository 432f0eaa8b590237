//! The batch, a row at a time (会话): opens the input (CSV or workbook, its
//! sheets, its header, its posts), then reads, decides and gives one results
//! row per applicant — so a caller can write each row out as it comes and a
//! million rows cost the memory of one (with a CSV read from a reader).

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::io::Read;
use std::rc::Rc;

use super::applicant::{self, Applicant};
use super::csv::{sniff_delimiter, CsvSource, Encoding};
use super::decision::{decide, Decision};
use super::layout::{find_header, Layout};
use super::posts::{self, PostTable, Posts};
use super::record::{kind, Kind, Record, Source};
use super::terms::{APPLICANT_SHEETS, HEADERS, POST_SHEETS, UNUSED_HEADERS};
use super::workbook::{self, RangeSource};
use super::{
    csv_error, say, BatchOptions, BatchResult, BatchRow, ColumnStatus, Field, PostSummary,
    RowError, SourceInfo, Summary,
};
use crate::error::Error;
use crate::request::{Lang, Post};

/// A batch file.
pub enum Input<'a> {
    /// The whole file in memory: CSV text (UTF-8, or GBK natively) or a workbook.
    Bytes(Cow<'a, [u8]>),
    /// A file read a buffer at a time: its first bytes (enough to tell a
    /// workbook from text, and the text's encoding: 1 MiB), then the rest.
    /// A workbook is read whole.
    Reader {
        prefix: Vec<u8>,
        rest: Box<dyn Read + 'a>,
    },
}

impl<'a> Input<'a> {
    pub fn text(text: &'a str) -> Input<'a> {
        Input::Bytes(Cow::Borrowed(text.as_bytes()))
    }
    pub fn bytes(bytes: Vec<u8>) -> Input<'static> {
        Input::Bytes(Cow::Owned(bytes))
    }
}

/// Where the posts come from.
pub enum PostsInput<'a> {
    /// One post for every row (`--post POST.json`).
    One(Post),
    /// A 岗位表 file (`--posts FILE`): CSV, or a workbook (its 岗位表 sheet,
    /// else its first sheet).
    File(Input<'a>),
    /// The 岗位表 (or 岗位) sheet of the applicants' workbook.
    FromWorkbook,
}

/// Bytes of a streamed CSV read before its first row: to tell its encoding
/// and delimiter.
const PREFIX: usize = 64 * 1024;

/// Rows kept in the cache of answered rows.
const CACHE_ROWS: usize = 4096;

/// A batch being evaluated.
pub struct Session<'a> {
    source: Box<dyn Source + 'a>,
    pending: VecDeque<Record>,
    record: Record,
    layout: Layout,
    posts: Posts,
    options: BatchOptions,
    /// Rows already answered, by their cells: applicants with the same
    /// facts (one class of one school, one graduation day) get the same
    /// answer, and the engine is pure. Bounded: cleared when full.
    cache: HashMap<String, Rc<BatchRow>>,
    key: String,
    head: BatchResult,
    /// Applicant rows read so far.
    index: usize,
    total: Option<usize>,
}

/// A file in memory, or read whole from its reader (workbooks), within `max` bytes.
fn whole<'a>(input: Input<'a>, max: usize, lang: Lang) -> Result<Cow<'a, [u8]>, Error> {
    let bytes = match input {
        Input::Bytes(b) => b,
        Input::Reader { mut prefix, rest } => {
            let cap = u64::try_from(max.saturating_sub(prefix.len()))
                .unwrap_or(u64::MAX)
                .saturating_add(1);
            rest.take(cap).read_to_end(&mut prefix).map_err(|e| {
                csv_error(
                    "",
                    say!(
                        lang,
                        format!("无法读取文件：{e}"),
                        format!("cannot read the file: {e}")
                    ),
                )
            })?;
            Cow::Owned(prefix)
        }
    };
    if bytes.len() > max {
        return Err(too_large(bytes.len(), max, lang));
    }
    Ok(bytes)
}

#[cold]
fn too_large(len: usize, max: usize, lang: Lang) -> Error {
    csv_error(
        "",
        say!(
            lang,
            format!("文件过大：{len} 字节，上限 {max} 字节"),
            format!("the file is too large: {len} bytes, at most {max}")
        ),
    )
}

/// A CSV source over bytes in memory, and its encoding.
fn csv_source<'a>(
    bytes: Cow<'a, [u8]>,
    options: &BatchOptions,
) -> Result<(Box<dyn Source + 'a>, Encoding), Error> {
    let lang = options.lang;
    let encoding = Encoding::sniff(&bytes, lang)?;
    let skip = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let delimiter = sniff_delimiter(bytes.get(skip..).unwrap_or(&[]));
    let source: Box<dyn Source + 'a> = match bytes {
        Cow::Borrowed(b) => Box::new(CsvSource::new(
            b.get(skip..).unwrap_or(&[]),
            delimiter,
            encoding,
            &options.limits,
            lang,
        )),
        Cow::Owned(mut v) => {
            v.drain(..skip);
            Box::new(CsvSource::new(
                std::io::Cursor::new(v),
                delimiter,
                encoding,
                &options.limits,
                lang,
            ))
        }
    };
    Ok((source, encoding))
}

/// Non-blank records of a CSV in memory, and the rows of the ones from
/// index `from` (0-based) on, ten of them: where a row limit is passed.
fn count_csv(
    bytes: &[u8],
    options: &BatchOptions,
    from: usize,
) -> Result<(usize, Vec<u32>), Error> {
    let (mut source, _) = csv_source(Cow::Borrowed(bytes), options)?;
    let mut r = Record::default();
    let (mut n, mut rows) = (0usize, Vec::new());
    while source.next_record(&mut r)? {
        if !r.is_blank() {
            if n >= from && rows.len() < 11 {
                rows.push(r.row);
            }
            n += 1;
        }
    }
    Ok((n, rows))
}

/// The sheets a workbook's applicants and posts are on.
fn sheets(
    book: &workbook::Book<'_>,
    options: &BatchOptions,
    want_posts: bool,
) -> Result<(String, Option<String>), Error> {
    let lang = options.lang;
    let list = || book.names.join(say!(lang, "、", ", ").as_str());
    let posts = if want_posts {
        book.find(POST_SHEETS)
    } else {
        None
    };
    let applicants = match &options.sheet {
        Some(name) => book.named(name).ok_or_else(|| {
            csv_error(
                "sheet",
                say!(
                    lang,
                    format!("工作簿中没有名为“{name}”的工作表（有：{}）", list()),
                    format!("the workbook has no sheet \"{name}\" (it has: {})", list())
                ),
            )
        })?,
        None => book
            .find(APPLICANT_SHEETS)
            .or_else(|| {
                book.names
                    .iter()
                    .find(|n| Some(*n) != posts.as_ref())
                    .cloned()
            })
            .ok_or_else(|| {
                csv_error(
                    "",
                    say!(lang, "工作簿中没有工作表", "the workbook has no worksheet"),
                )
            })?,
    };
    let posts = posts.filter(|p| *p != applicants);
    Ok((applicants, posts))
}

fn posts_file(
    input: Input<'_>,
    options: &BatchOptions,
) -> Result<(PostTable, Option<String>), Error> {
    let lang = options.lang;
    let bytes = whole(input, options.limits.max_bytes.min(64 << 20), lang)?;
    match kind(&bytes) {
        Kind::Text => {
            let (mut source, _) = csv_source(bytes, options)?;
            Ok((posts::read(source.as_mut(), options, "posts")?, None))
        }
        k => {
            let mut book = workbook::open(&bytes, k, lang)?;
            let name = book
                .find(POST_SHEETS)
                .or_else(|| book.names.first().cloned())
                .ok_or_else(|| {
                    csv_error(
                        "posts",
                        say!(
                            lang,
                            "岗位表文件中没有工作表",
                            "the posts file has no worksheet"
                        ),
                    )
                })?;
            let mut source = RangeSource::new(book.range(&name, lang)?);
            Ok((posts::read(&mut source, options, "posts")?, Some(name)))
        }
    }
}

impl<'a> Session<'a> {
    /// Opens a batch: reads the file's kind, sheets, header and posts. Every
    /// file-level problem is an `Err` here (`invalid_csv`; a bad post file:
    /// path `posts`), except bytes further into a streamed CSV that turn out
    /// not to be text, which `next_row` reports.
    pub fn open(
        input: Input<'a>,
        posts_input: PostsInput<'_>,
        options: BatchOptions,
    ) -> Result<Session<'a>, Error> {
        let lang = options.lang;
        let limits = options.limits;
        let first = match &input {
            Input::Bytes(b) => kind(b),
            Input::Reader { prefix, .. } => kind(prefix),
        };
        let mut notes = Vec::new();
        let mut warnings = Vec::new();
        let mut info = SourceInfo {
            format: "csv",
            encoding: None,
            sheet: None,
            sheets: vec![],
            posts_from: "post",
            posts_sheet: None,
        };
        let want_sheet = matches!(posts_input, PostsInput::FromWorkbook);
        let mut sheet_posts: Option<PostTable> = None;
        // The rows: a sheet, a CSV in memory, or a CSV read as it goes.
        let (mut source, total_nonblank, over_rows): (
            Box<dyn Source + 'a>,
            Option<usize>,
            Vec<u32>,
        ) = match first {
            Kind::Zip | Kind::Cfb => {
                let bytes = whole(input, limits.max_bytes, lang)?;
                let mut book = workbook::open(&bytes, first, lang)?;
                info.format = book.format;
                info.sheets = book.names.clone();
                let (applicants, posts_sheet) = sheets(&book, &options, true)?;
                let range = book.range(&applicants, lang)?;
                if range.width() > limits.max_columns.saturating_mul(16) {
                    return Err(csv_error(
                        "header",
                        say!(
                            lang,
                            format!("列数过多：{} 列", range.width()),
                            format!("too many columns: {}", range.width())
                        ),
                    ));
                }
                if let Some(p) = &posts_sheet {
                    if want_sheet {
                        let mut src = RangeSource::new(book.range(p, lang)?);
                        sheet_posts = Some(posts::read(&mut src, &options, "posts")?);
                        info.posts_sheet = Some(p.clone());
                    } else {
                        notes.push(say!(
                            lang,
                            format!("工作表“{p}”未使用：各行按给定的岗位核查"),
                            format!("sheet \"{p}\" not used: the rows are checked against the posts given")
                        ));
                    }
                }
                info.sheet = Some(applicants);
                let source = RangeSource::new(range);
                let n = source.non_blank_rows();
                (Box::new(source), Some(n), vec![])
            }
            Kind::Text => match input {
                Input::Bytes(bytes) => {
                    if bytes.len() > limits.max_bytes {
                        return Err(too_large(bytes.len(), limits.max_bytes, lang));
                    }
                    // The row limit is checked before any row is evaluated.
                    let (n, rows) = count_csv(&bytes, &options, limits.max_rows)?;
                    let (source, encoding) = csv_source(bytes, &options)?;
                    info.encoding = Some(encoding);
                    (source, Some(n), rows)
                }
                Input::Reader {
                    mut prefix,
                    mut rest,
                } => {
                    // Enough of the file to tell its encoding and delimiter.
                    let want = u64::try_from(PREFIX.saturating_sub(prefix.len())).unwrap_or(0);
                    rest.by_ref()
                        .take(want)
                        .read_to_end(&mut prefix)
                        .map_err(|e| {
                            csv_error(
                                "",
                                say!(
                                    lang,
                                    format!("无法读取文件：{e}"),
                                    format!("cannot read the file: {e}")
                                ),
                            )
                        })?;
                    let encoding = Encoding::sniff(&prefix, lang)?;
                    let skip = usize::from(prefix.starts_with(b"\xEF\xBB\xBF")) * 3;
                    let delimiter = sniff_delimiter(prefix.get(skip..).unwrap_or(&[]));
                    prefix.drain(..skip);
                    info.encoding = Some(encoding);
                    let reader = std::io::Cursor::new(prefix).chain(rest);
                    (
                        Box::new(CsvSource::new(reader, delimiter, encoding, &limits, lang)),
                        None,
                        vec![],
                    )
                }
            },
        };
        let posts = match posts_input {
            PostsInput::One(p) => Posts::One(p),
            PostsInput::File(f) => {
                let (table, sheet) = posts_file(f, &options)?;
                info.posts_from = "file";
                info.posts_sheet = sheet;
                Posts::Table(table)
            }
            PostsInput::FromWorkbook => match sheet_posts {
                Some(t) => {
                    info.posts_from = "sheet";
                    Posts::Table(t)
                }
                None => {
                    return Err(csv_error(
                        "posts",
                        say!(
                            lang,
                            "没有岗位：请给出 --post 岗位.json 或 --posts 岗位表.xlsx|csv，或在工作簿中加入“岗位表”工作表",
                            "no post given: use --post POST.json or --posts 岗位表.xlsx|csv, or add a 岗位表 sheet to the workbook"
                        ),
                    ))
                }
            },
        };
        if let Posts::Table(t) = &posts {
            notes.extend(t.notes.iter().cloned());
            warnings.extend(t.warnings.iter().cloned());
        }
        let mut pending = VecDeque::new();
        let Some((header, titles)) =
            find_header(source.as_mut(), HEADERS, UNUSED_HEADERS, &mut pending)?
        else {
            return Err(csv_error(
                "",
                say!(
                    lang,
                    "文件为空：没有表头行",
                    "the file is empty: no header row"
                ),
            ));
        };
        let layout = Layout::read(&header, &options, matches!(posts, Posts::Table(_)))?;
        let mut head_notes: Vec<String> = titles
            .iter()
            .map(|(row, text)| {
                say!(
                    lang,
                    format!("第 {row} 行“{text}”作为标题跳过"),
                    format!("row {row} (\"{text}\") skipped as a title")
                )
            })
            .collect();
        head_notes.extend(layout.notes.iter().cloned());
        if matches!(posts, Posts::One(_))
            && layout.columns.iter().any(|c| c.header.contains("岗位代码"))
        {
            head_notes.push(say!(
                lang,
                "各行按给定的同一岗位核查，报考岗位代码列未使用",
                "every row is checked against the one post given: the post code column is not used"
            ));
        }
        head_notes.extend(notes);
        let mut head_warnings = layout.warnings.clone();
        head_warnings.extend(warnings);
        // Applicant rows: the non-blank rows after the header.
        let skipped = titles.len() + 1;
        let total = total_nonblank.map(|n| n.saturating_sub(skipped));
        if let Some(t) = total {
            if t > limits.max_rows {
                // The first applicant over the limit is non-blank record skipped + max_rows.
                let row = over_rows.get(skipped).copied();
                return Err(too_many(limits.max_rows, row, lang));
            }
        }
        let (post, post_summaries) = match &posts {
            Posts::One(p) => (Some(*p), vec![]),
            Posts::Table(t) => (
                None,
                t.entries
                    .iter()
                    .map(|e| PostSummary {
                        code: e.code.clone(),
                        unit: e.unit.clone(),
                        name: e.name.clone(),
                        row: e.row,
                        post: e.post.as_ref().ok().copied(),
                        error: e.post.as_ref().err().cloned(),
                        employer_assumed: e.employer_assumed,
                        unchecked: e.unchecked.clone(),
                        summary: Summary::default(),
                    })
                    .collect(),
            ),
        };
        let head = BatchResult {
            as_of: options.as_of,
            jurisdiction: options.jurisdiction,
            lang,
            rules_version: crate::RULES_VERSION,
            source: info,
            post,
            columns: layout.columns.clone(),
            warnings: head_warnings,
            notes: head_notes,
            rows: vec![],
            posts: post_summaries,
            summary: Summary::default(),
        };
        Ok(Session {
            source,
            pending,
            record: Record::default(),
            layout,
            posts,
            options,
            cache: HashMap::new(),
            key: String::new(),
            head,
            index: 0,
            total,
        })
    }

    /// Applicant rows in the whole file, where known before reading them
    /// (a file in memory; not a CSV read as it goes).
    pub fn total_rows(&self) -> Option<usize> {
        self.total
    }

    /// The text came decoded from `encoding` (the browser's `TextDecoder`).
    pub fn decoded_from(&mut self, encoding: Encoding) {
        self.head.source.encoding = Some(encoding);
    }

    /// Applicant rows read so far.
    pub fn position(&self) -> usize {
        self.index
    }

    pub fn options(&self) -> &BatchOptions {
        &self.options
    }

    /// The rows name their posts (a 岗位表).
    pub fn with_posts(&self) -> bool {
        matches!(self.posts, Posts::Table(_))
    }

    /// The next non-blank record, into `self.record`.
    fn next_record(&mut self) -> Result<bool, Error> {
        loop {
            if let Some(r) = self.pending.pop_front() {
                self.record = r;
            } else if !self.source.next_record(&mut self.record)? {
                return Ok(false);
            }
            if self.record.is_blank() {
                continue;
            }
            if self.total.is_none() && self.index >= self.options.limits.max_rows {
                return Err(too_many(
                    self.options.limits.max_rows,
                    Some(self.record.row),
                    self.options.lang,
                ));
            }
            self.index += 1;
            return Ok(true);
        }
    }

    /// Skips `n` applicant rows without evaluating them.
    pub fn skip(&mut self, n: usize) -> Result<(), Error> {
        for _ in 0..n {
            if !self.next_record()? {
                break;
            }
        }
        Ok(())
    }

    /// The next applicant's results row; `None` at the end.
    pub fn next_row(&mut self) -> Result<Option<BatchRow>, Error> {
        if !self.next_record()? {
            return Ok(None);
        }
        let row = self.evaluate();
        self.head.summary.count(&row);
        if let Some(p) = row.post_index.and_then(|i| self.head.posts.get_mut(i)) {
            p.summary.count(&row);
        }
        Ok(Some(row))
    }

    fn error_row(
        &self,
        label: String,
        post: Option<String>,
        post_index: Option<usize>,
        (col, field, message): applicant::CellError,
    ) -> BatchRow {
        let row = self.record.row;
        let mut out = empty_row(row, label);
        out.post = post;
        out.post_index = post_index;
        out.error = Some(RowError {
            row,
            column: col.map_or(String::new(), |i| self.layout.header(i)),
            field,
            message,
        });
        out
    }

    /// The row's answer: from the cache when an earlier row had the same
    /// cells in every column read (but the label), else [`Self::decide`].
    fn evaluate(&mut self) -> BatchRow {
        let max = self.options.limits.max_cell_chars;
        let r = &self.record;
        let plain = r.cut.is_none() && !r.iter().any(|c| super::cells::too_long(c, max));
        if !plain {
            return self.decide();
        }
        let key = &mut self.key;
        key.clear();
        for (i, c) in self.layout.columns.iter().enumerate() {
            if c.status == ColumnStatus::Read && c.field != Some(Field::Label) {
                key.push_str(r.get(i).unwrap_or(""));
                key.push('\u{1}');
            }
        }
        for c in r.iter().skip(self.layout.columns.len()) {
            key.push_str(c);
            key.push('\u{1}');
        }
        key.push_str(&r.dates.to_string());
        if let Some(hit) = self.cache.get(key.as_str()) {
            let mut row = BatchRow::clone(hit);
            row.row = r.row;
            row.label = applicant::label(r, &self.layout, &self.options);
            if let Some(e) = &mut row.error {
                e.row = r.row;
            }
            return row;
        }
        let row = self.decide();
        if self.cache.len() >= CACHE_ROWS {
            self.cache.clear();
        }
        self.cache.insert(self.key.clone(), Rc::new(row.clone()));
        row
    }

    /// Reads the row and decides it.
    fn decide(&mut self) -> BatchRow {
        let lang = self.options.lang;
        let a = match applicant::read(&self.record, &self.layout, &self.options, self.record.dates)
        {
            Ok(a) => a,
            Err(e) => {
                let label = applicant::label(&self.record, &self.layout, &self.options);
                let post = self
                    .layout
                    .cell(&self.record, Field::PostCode)
                    .map(|(_, s)| s.trim().to_owned())
                    .filter(|s| !s.is_empty() && self.with_posts());
                let index = match (&self.posts, &post) {
                    (Posts::Table(t), Some(p)) => {
                        t.find(&super::cells::post_code(p)).map(|(i, _)| i)
                    }
                    _ => None,
                };
                return self.error_row(label, post, index, e);
            }
        };
        let col = self
            .layout
            .cell(&self.record, Field::PostCode)
            .map(|(i, _)| i);
        let post_error = |m: String| (col, Some(Field::PostCode), m);
        let (post, index, unchecked) = match &self.posts {
            Posts::One(p) => (*p, None, None),
            Posts::Table(t) => match &a.post {
                None => {
                    let e = post_error(say!(
                        lang,
                        "报考岗位代码为空",
                        "postCode (报考岗位代码) is empty"
                    ));
                    return self.error_row(a.label, None, None, e);
                }
                Some((key, shown)) => match t.find(key) {
                    None => {
                        let e = post_error(say!(
                            lang,
                            format!("岗位代码“{shown}”不在岗位表中"),
                            format!("post code \"{shown}\" is not in the posts table")
                        ));
                        return self.error_row(a.label.clone(), Some(shown.clone()), None, e);
                    }
                    Some((i, entry)) => match &entry.post {
                        Err(m) => {
                            let e = post_error(say!(
                                lang,
                                format!("岗位 {shown}（岗位表第 {} 行）无法读取：{m}", entry.row),
                                format!(
                                    "post {shown} (posts table row {}) cannot be read: {m}",
                                    entry.row
                                )
                            ));
                            return self.error_row(
                                a.label.clone(),
                                Some(shown.clone()),
                                Some(i),
                                e,
                            );
                        }
                        Ok(p) => (*p, Some(i), entry.unchecked.clone()),
                    },
                },
            },
        };
        let req = applicant::request(&a, &post, &self.options);
        let d = decide(crate::findings(&req, self.options.as_of), req.lang, &post);
        let mut row = filled_row(self.record.row, a, &d, req.graduate);
        row.post_index = index;
        if index.is_none() {
            row.post = None;
        }
        if let Some(u) = unchecked {
            row.notes.push(say!(
                lang,
                format!("岗位学历要求“{u}”中的全日制等条件未核查，只核查学历层次"),
                format!("the post's 学历要求 \"{u}\": only the level is checked, not 全日制 and the like")
            ));
        }
        row
    }

    /// The result so far: the file's head, `rows`, and the counts of every
    /// row read.
    pub fn result(&self, rows: Vec<BatchRow>) -> BatchResult {
        let mut r = self.head.clone();
        r.rows = rows;
        r
    }

    /// The head of the result for some rows only (a chunk): no rows, and
    /// the counts of these rows.
    pub fn chunk(&self, rows: &[BatchRow]) -> BatchResult {
        let mut r = self.head.clone();
        r.summary = Summary::default();
        for p in &mut r.posts {
            p.summary = Summary::default();
        }
        for row in rows {
            r.summary.count(row);
            if let Some(p) = row.post_index.and_then(|i| r.posts.get_mut(i)) {
                p.summary.count(row);
            }
        }
        r
    }

    /// The unit and name of a row's post (a 岗位表).
    pub fn post_of(&self, row: &BatchRow) -> Option<(&str, &str)> {
        self.with_posts()
            .then(|| super::export::post_of(row, &self.head.posts))
    }
}

#[cold]
fn too_many(max: usize, row: Option<u32>, lang: Lang) -> Error {
    let at = |zh: bool| match row {
        Some(r) if zh => format!("（第 {r} 行超出）"),
        Some(r) => format!(" (row {r} is over)"),
        None => String::new(),
    };
    csv_error(
        "",
        say!(
            lang,
            format!("行数过多：上限为 {max} 名考生{}", at(true)),
            format!("too many rows: at most {max} applicants{}", at(false))
        ),
    )
}

fn empty_row(row: u32, label: String) -> BatchRow {
    BatchRow {
        row,
        label,
        post: None,
        post_index: None,
        outcome: None,
        direct_only: false,
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
        education: None,
        error: None,
    }
}

fn filled_row(
    row: u32,
    a: Applicant,
    d: &Decision,
    graduate: crate::request::Graduate,
) -> BatchRow {
    BatchRow {
        row,
        label: a.label,
        post: a.post.map(|(_, shown)| shown),
        post_index: None,
        outcome: Some(d.outcome),
        direct_only: d.direct_only,
        purpose: d.purpose,
        level: d.level,
        direct_routes: d.direct_routes.clone(),
        entitlements: d.entitlements.clone(),
        documents: d.documents.clone(),
        reasons: d.reasons.clone(),
        missing: d.missing.clone(),
        to_qualify: d.to_qualify.clone(),
        caveats: d.caveats.clone(),
        notes: a.notes,
        graduate: Some(graduate),
        education: a.education,
        error: None,
    }
}
