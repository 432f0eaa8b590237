//! Layout and headers (表头): which row is the header, which column holds
//! which field, which columns are read as "not used", and which header looks
//! like a misspelling of one we use — that stops the file, because a misspelt
//! 证书 column would otherwise read every applicant as holding no certificate.

use std::collections::VecDeque;

use super::cells::{norm_header, quote_list, too_long, truncate};
use super::record::{Record, Source};
use super::terms::{label_rank, HEADERS, UNUSED_HEADERS};
use super::{csv_error, say, BatchOptions, Column, ColumnStatus, Field};
use crate::error::Error;
use crate::request::Lang;

/// How a header cell reads against a table of headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class<F> {
    Used(F),
    NotUsed,
    /// Looks like a misspelling of this used header.
    Lookalike(&'static str),
    Unknown,
    Empty,
}

/// Reads one header cell: a used field, a column known and not used, a
/// lookalike of a used header, or unknown.
pub(super) fn classify<F: Copy>(
    cell: &str,
    used: &[(&'static str, F)],
    unused: &[&str],
) -> Class<F> {
    let key = norm_header(cell);
    if key.is_empty() {
        return Class::Empty;
    }
    if let Some((_, f)) = used.iter().find(|(k, _)| *k == key) {
        return Class::Used(*f);
    }
    if unused.contains(&key.as_str()) {
        return Class::NotUsed;
    }
    match used.iter().find(|(k, _)| looks_like(&key, k)) {
        Some((k, _)) => Class::Lookalike(k),
        None => Class::Unknown,
    }
}

/// Whether header `h` looks like a misspelling of the used header `k`: one
/// holds the other (证书名称, 证书), or they differ in one character (毕业时问).
/// Short ASCII keys (`id`, `name`) are too common inside other words to tell.
fn looks_like(h: &str, k: &str) -> bool {
    let ascii = k.is_ascii();
    let (hn, kn) = (h.chars().count(), k.chars().count());
    if (ascii && kn < 5) || (!ascii && kn < 2) || hn < 2 {
        return false;
    }
    if h.contains(k) || (k.contains(h) && (!h.is_ascii() || hn >= 5)) {
        return true;
    }
    hn >= 3 && kn >= 3 && hn.abs_diff(kn) <= 1 && edit_distance_at_most_one(h, k)
}

fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    let (s, l) = (
        short.get(prefix..).unwrap_or(&[]),
        long.get(prefix..).unwrap_or(&[]),
    );
    if short.len() == long.len() {
        // One substitution.
        s.get(1..) == l.get(1..)
    } else {
        // One insertion.
        l.get(1..) == Some(s)
    }
}

/// How many cells of a row read as headers of the table: used, not used or
/// a lookalike.
pub(super) fn score<F: Copy>(
    record: &Record,
    used: &[(&'static str, F)],
    unused: &[&str],
) -> usize {
    record
        .iter()
        .filter(|c| {
            matches!(
                classify(c, used, unused),
                Class::Used(_) | Class::NotUsed | Class::Lookalike(_)
            )
        })
        .count()
}

/// A title row before the header: its row and what it said.
pub(super) type Title = (u32, String);

/// Finds the header: the first non-blank row, unless a title row precedes it
/// (「2025年某某事业单位公开招聘报名表」): then the first of the next rows with
/// two cells that read as headers. Rows read past it come back in `pending`;
/// the rows before it are titles, returned with what they said.
pub(super) fn find_header<F: Copy>(
    source: &mut dyn Source,
    used: &[(&'static str, F)],
    unused: &[&str],
    pending: &mut VecDeque<Record>,
) -> Result<Option<(Record, Vec<Title>)>, Error> {
    const LOOK: usize = 10;
    let mut seen: Vec<Record> = Vec::new();
    while seen.len() < LOOK {
        let mut r = Record::default();
        if !source.next_record(&mut r)? {
            break;
        }
        if r.is_blank() {
            continue;
        }
        let header = score(&r, used, unused) >= 2;
        seen.push(r);
        if header {
            break;
        }
    }
    let at = seen
        .iter()
        .position(|r| score(r, used, unused) >= 2)
        .unwrap_or(0);
    let mut rows = seen.into_iter();
    let titles: Vec<Title> = rows
        .by_ref()
        .take(at)
        .map(|r| {
            let text: Vec<&str> = r.iter().map(str::trim).filter(|c| !c.is_empty()).collect();
            (r.row, truncate(&text.join(" "), 40).into_owned())
        })
        .collect();
    let Some(header) = rows.next() else {
        return Ok(None);
    };
    pending.extend(rows);
    Ok(Some((header, titles)))
}

/// Which field each column of the 报名表 holds.
pub(super) struct Layout {
    pub columns: Vec<Column>,
    /// Column index of each field, in `Field::ALL` order.
    index: [Option<usize>; Field::ALL.len()],
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
}

/// The header checks both tables share: not too wide, no overlong cell.
pub(super) fn check_header(
    header: &Record,
    options: &BatchOptions,
    what: &str,
) -> Result<(), Error> {
    let (lang, limits, row) = (options.lang, &options.limits, header.row);
    if header.cells > limits.max_columns {
        return Err(csv_error(
            what,
            say!(
                lang,
                format!(
                    "列数过多：表头（第 {row} 行）有 {} 列，上限 {} 列",
                    header.cells, limits.max_columns
                ),
                format!(
                    "too many columns: the header (row {row}) has {}, at most {}",
                    header.cells, limits.max_columns
                ),
            ),
        ));
    }
    for (i, cell) in header.iter().enumerate() {
        if header.cut.is_some_and(|c| c <= i) || too_long(cell, limits.max_cell_chars) {
            return Err(csv_error(
                what,
                say!(
                    lang,
                    format!("表头第 {} 列超过 {} 个字符：这不是本格式的表头", i + 1, limits.max_cell_chars),
                    format!(
                        "header column {} is longer than {} characters: not a header of this format",
                        i + 1,
                        limits.max_cell_chars
                    ),
                ),
            ));
        }
    }
    Ok(())
}

/// The header as written: trimmed, without a byte-order mark.
pub(super) fn shown(cell: &str) -> String {
    cell.trim().trim_start_matches('\u{FEFF}').trim().to_owned()
}

impl Layout {
    /// Reads the header of the 报名表. `with_posts`: each row names its post
    /// (报考岗位代码 is then required); otherwise that column is not used.
    pub fn read(
        header: &Record,
        options: &BatchOptions,
        with_posts: bool,
    ) -> Result<Layout, Error> {
        check_header(header, options, "header")?;
        let lang = options.lang;
        let row = header.row;
        let mut columns = Vec::with_capacity(header.len());
        let mut index: [Option<usize>; Field::ALL.len()] = [None; Field::ALL.len()];
        let mut label_ranks: Option<u8> = None;
        let (mut unknown, mut lookalikes, mut not_used) = (Vec::new(), Vec::new(), Vec::new());
        for (i, cell) in header.iter().enumerate() {
            let shown = shown(cell);
            let mut status = ColumnStatus::Read;
            let mut field = None;
            match classify(cell, HEADERS, UNUSED_HEADERS) {
                Class::Used(Field::PostCode) if !with_posts => {
                    status = ColumnStatus::NotUsed;
                    not_used.push(shown.clone());
                }
                Class::Used(f) => {
                    let rank = if f == Field::Label {
                        label_rank(&norm_header(cell))
                    } else {
                        0
                    };
                    let slot = &mut index[f as usize];
                    match (*slot, f) {
                        (Some(prev), Field::Label) if label_ranks.is_some_and(|r| r != rank) => {
                            // 姓名 and 序号: the better one is the label.
                            if label_ranks.is_some_and(|r| rank < r) {
                                if let Some(c) = columns.get_mut(prev) {
                                    let c: &mut Column = c;
                                    c.field = None;
                                    c.status = ColumnStatus::NotUsed;
                                    not_used.push(c.header.clone());
                                }
                                *slot = Some(i);
                                label_ranks = Some(rank);
                                field = Some(f);
                            } else {
                                status = ColumnStatus::NotUsed;
                                not_used.push(shown.clone());
                            }
                        }
                        (Some(prev), _) => {
                            let first = columns
                                .get(prev)
                                .map_or(String::new(), |c: &Column| c.header.clone());
                            return Err(csv_error(
                                "header",
                                say!(
                                    lang,
                                    format!("两列都是“{}”：“{first}”和“{shown}”；请只保留一列", f.zh_name()),
                                    format!("two columns hold {}: \"{first}\" and \"{shown}\"; keep one", f.api_name()),
                                ),
                            ));
                        }
                        (None, _) => {
                            *slot = Some(i);
                            if f == Field::Label {
                                label_ranks = Some(rank);
                            }
                            field = Some(f);
                        }
                    }
                }
                Class::NotUsed => {
                    status = ColumnStatus::NotUsed;
                    not_used.push(shown.clone());
                }
                Class::Lookalike(k) => {
                    status = ColumnStatus::Ignored;
                    lookalikes.push((shown.clone(), k));
                }
                Class::Unknown => {
                    status = ColumnStatus::Ignored;
                    unknown.push(shown.clone());
                }
                Class::Empty => status = ColumnStatus::Empty,
            }
            columns.push(Column {
                header: shown,
                field,
                status,
            });
        }
        let mut warnings = Vec::new();
        let mut notes = Vec::new();
        if !lookalikes.is_empty() || !unknown.is_empty() {
            let named: Vec<String> = lookalikes
                .iter()
                .map(|(h, _)| h.clone())
                .chain(unknown.iter().cloned())
                .collect();
            let list = quote_list(&named, lang);
            if !options.ignore_unknown_columns {
                let like: Vec<String> = lookalikes
                    .iter()
                    .map(|(h, k)| {
                        let f = HEADERS.iter().find(|(x, _)| x == k).map(|(_, f)| *f);
                        let name = f.map_or(*k, |f| match lang {
                            Lang::ZhCn => f.zh_name(),
                            Lang::En => f.api_name(),
                        });
                        say!(
                            lang,
                            format!("“{h}”像是“{name}”的误写"),
                            format!("\"{h}\" looks like a misspelling of \"{name}\"")
                        )
                    })
                    .collect();
                let accepted: Vec<String> = Field::ALL
                    .iter()
                    .map(|f| format!("{} / {}", f.zh_name(), f.api_name()))
                    .collect();
                let like = if like.is_empty() {
                    String::new()
                } else {
                    say!(
                        lang,
                        format!("（{}）", like.join("；")),
                        format!(" ({})", like.join("; "))
                    )
                };
                return Err(csv_error(
                    "header",
                    say!(
                        lang,
                        format!(
                            "无法识别的列：{list}{like}。可用的列：{}。请改正表头；如需忽略这些列，请使用“忽略未知列”选项",
                            accepted.join("、")
                        ),
                        format!(
                            "unknown columns: {list}{like}. Known columns: {}. Correct the header, or use the ignore-unknown-columns option to ignore them",
                            accepted.join(", ")
                        ),
                    ),
                ));
            }
            warnings.push(say!(
                lang,
                format!("已忽略无法识别的列：{list}"),
                format!("ignored unknown columns: {list}")
            ));
        }
        if !not_used.is_empty() {
            let list = quote_list(&not_used, lang);
            notes.push(say!(
                lang,
                format!("未使用的列（核查不需要）：{list}"),
                format!("columns not used (the check does not need them): {list}")
            ));
        }
        let has = |f: Field| index[f as usize].is_some();
        let mut missing: Vec<String> = Vec::new();
        if !has(Field::SchoolType) && !has(Field::SchoolName) {
            missing.push(say!(
                lang,
                "院校类型（schoolType）或毕业院校（schoolName）",
                "schoolType (院校类型) or schoolName (毕业院校)"
            ));
        }
        if !has(Field::GraduationDate) {
            missing.push(say!(
                lang,
                "毕业时间（graduationDate）",
                "graduationDate (毕业时间)"
            ));
        }
        if with_posts && !has(Field::PostCode) {
            missing.push(say!(
                lang,
                "报考岗位代码（postCode：每位考生按其报考的岗位核查）",
                "postCode (报考岗位代码: each applicant is checked against the post applied for)"
            ));
        }
        if !missing.is_empty() {
            return Err(csv_error(
                "header",
                say!(
                    lang,
                    format!("缺少必需的列：{}（表头在第 {row} 行）", missing.join("、")),
                    format!(
                        "required columns missing: {} (header in row {row})",
                        missing.join(", ")
                    ),
                ),
            ));
        }
        if !has(Field::Label) {
            warnings.push(say!(
                lang,
                "没有“姓名/编号”列：各行以行号区分",
                "no label column: rows are identified by their row number"
            ));
        }
        Ok(Layout {
            columns,
            index,
            warnings,
            notes,
        })
    }

    /// The column of `f` and its cell in `record` (`""` past the row's end).
    pub fn cell<'r>(&self, record: &'r Record, f: Field) -> Option<(usize, &'r str)> {
        let i = self.index[f as usize]?;
        Some((i, record.get(i).unwrap_or("")))
    }

    /// The header of column `i`, as written.
    pub fn header(&self, i: usize) -> String {
        self.columns
            .get(i)
            .map_or(String::new(), |c| c.header.clone())
    }
}
