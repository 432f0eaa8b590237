//! Reading workbooks (读取工作簿): .xlsx, .xlsb, .xls and .ods through
//! calamine (pure Rust, also in the browser), the applicants' sheet and the
//! 岗位表 found by name, and each cell as the text a recruiter sees — a date
//! cell as its day, a whole number without `.0`.

use std::io::Cursor;

use calamine::{Data, Ods, Range, Reader, SheetType, Sheets, Xls, Xlsb, Xlsx};

use super::cells::norm;
use super::record::{Kind, Record, Source};
use super::{csv_error, say};
use crate::error::Error;
use crate::request::Lang;

/// An open workbook: its format and its worksheets, in order.
pub(crate) struct Book<'a> {
    sheets: Sheets<Cursor<&'a [u8]>>,
    pub format: &'static str,
    pub names: Vec<String>,
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cold]
fn unreadable(lang: Lang, e: impl std::fmt::Display) -> Error {
    csv_error(
        "",
        say!(
            lang,
            format!("无法读取工作簿：{e}（文件是否已加密或损坏？）"),
            format!("cannot read the workbook: {e} (is it encrypted or damaged?)")
        ),
    )
}

pub(crate) fn open(bytes: &[u8], kind: Kind, lang: Lang) -> Result<Book<'_>, Error> {
    let c = Cursor::new(bytes);
    let (sheets, format) = match kind {
        Kind::Cfb => (
            Sheets::Xls(Xls::new(c).map_err(|e| unreadable(lang, e))?),
            "xls",
        ),
        _ if contains(
            bytes.get(..200).unwrap_or(bytes),
            b"application/vnd.oasis.opendocument.spreadsheet",
        ) =>
        {
            (
                Sheets::Ods(Ods::new(c).map_err(|e| unreadable(lang, e))?),
                "ods",
            )
        }
        _ if contains(
            bytes
                .get(bytes.len().saturating_sub(1 << 16)..)
                .unwrap_or(bytes),
            b"xl/workbook.bin",
        ) =>
        {
            (
                Sheets::Xlsb(Xlsb::new(c).map_err(|e| unreadable(lang, e))?),
                "xlsb",
            )
        }
        _ => (
            Sheets::Xlsx(Xlsx::new(c).map_err(|e| unreadable(lang, e))?),
            "xlsx",
        ),
    };
    let names = sheets
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    Ok(Book {
        sheets,
        format,
        names,
    })
}

impl Book<'_> {
    /// The first sheet whose name, normalised, is one of `names`.
    pub fn find(&self, names: &[&str]) -> Option<String> {
        self.names
            .iter()
            .find(|n| names.contains(&norm(n).as_str()))
            .cloned()
    }

    /// The sheet called `name` (exactly, or normalised).
    pub fn named(&self, name: &str) -> Option<String> {
        self.names
            .iter()
            .find(|n| *n == name)
            .or_else(|| self.names.iter().find(|n| norm(n) == norm(name)))
            .cloned()
    }

    pub fn range(&mut self, name: &str, lang: Lang) -> Result<Range<Data>, Error> {
        self.sheets
            .worksheet_range(name)
            .map_err(|e| unreadable(lang, e))
    }
}

/// Rows of a sheet as records.
pub(crate) struct RangeSource {
    range: Range<Data>,
    next: usize,
}

impl RangeSource {
    pub fn new(range: Range<Data>) -> RangeSource {
        RangeSource { range, next: 0 }
    }

    /// Rows with a cell that is not blank.
    pub fn non_blank_rows(&self) -> usize {
        self.range
            .rows()
            .filter(|r| {
                r.iter().any(|c| {
                    !matches!(c, Data::Empty)
                        && !matches!(c, Data::String(s) if s.trim().is_empty())
                })
            })
            .count()
    }
}

/// A cell as text; `true` for a date cell.
fn cell_text(c: &Data, out: &mut String) -> bool {
    use std::fmt::Write;
    match c {
        Data::Empty => {}
        Data::String(s) => out.push_str(s),
        Data::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
            let _ = write!(out, "{}", *f as i64);
        }
        Data::Float(f) => {
            let _ = write!(out, "{f}");
        }
        Data::Bool(b) => out.push_str(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            let _ = write!(out, "{y:04}-{m:02}-{day:02}");
            return true;
        }
        Data::DateTime(d) => {
            let _ = write!(out, "{}", d.as_f64());
        }
        Data::DateTimeIso(s) => {
            out.push_str(s.split('T').next().unwrap_or(s));
            return true;
        }
        Data::DurationIso(s) => out.push_str(s),
        Data::Error(e) => {
            let _ = write!(out, "{e}");
        }
    }
    false
}

impl Source for RangeSource {
    fn next_record(&mut self, record: &mut Record) -> Result<bool, Error> {
        let (first_row, first_col) = self.range.start().unwrap_or((0, 0));
        let width = self.range.width();
        if self.next >= self.range.height() {
            return Ok(false);
        }
        record.clear();
        record.row = first_row.saturating_add(self.next as u32).saturating_add(1);
        let mut text = String::new();
        // Cells left of the used range are empty: keep the sheet's columns.
        for _ in 0..first_col {
            record.push("");
        }
        for col in 0..width {
            text.clear();
            let date = self
                .range
                .get((self.next, col))
                .is_some_and(|c| cell_text(c, &mut text));
            let i = first_col as usize + col;
            if date && i < 64 {
                record.dates |= 1 << i;
            }
            record.push(&text);
        }
        // Trailing empty cells are not cells of the row.
        while record.len() > 0 && record.get(record.len() - 1) == Some("") {
            record.pop();
        }
        self.next += 1;
        Ok(true)
    }
}
