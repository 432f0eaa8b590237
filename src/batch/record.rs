//! Records (行): one row of a sheet as text cells with its spreadsheet row
//! number, whatever it was read from — CSV (`csv.rs`) or a workbook
//! (`workbook.rs`) — and the input's kind, told from its first bytes.

use crate::error::Error;

/// One row: its cells as text, and the row as Excel or WPS numbers it.
/// Reused from row to row (one buffer, no allocation per cell).
#[derive(Clone, Debug, Default)]
pub(crate) struct Record {
    pub row: u32,
    text: String,
    ends: Vec<usize>,
    /// Cells in the row, kept or not.
    pub cells: usize,
    /// The first cell not wholly kept, when the row was too long to keep (a
    /// 50 MB cell, a million cells, an unclosed quote swallowing the rest of
    /// the file): it holds what was kept of it, and later cells are gone.
    pub cut: Option<usize>,
    /// Cells that were dates in a workbook (bit i: cell i), read as their day.
    pub dates: u64,
}

impl Record {
    pub fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
        self.cells = 0;
        self.cut = None;
        self.dates = 0;
    }
    /// Drops the last kept cell.
    pub fn pop(&mut self) {
        self.ends.pop();
        self.text.truncate(self.ends.last().copied().unwrap_or(0));
        self.cells = self.ends.len();
    }
    /// Adds a kept cell (and counts it, for sources that keep every cell).
    pub fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.ends.push(self.text.len());
        self.cells = self.cells.max(self.ends.len());
    }
    /// Cells kept.
    pub fn len(&self) -> usize {
        self.ends.len()
    }
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.text.get(start..end)
    }
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i).unwrap_or(""))
    }
    /// Blank rows (no cell, or only blank cells) are skipped.
    pub fn is_blank(&self) -> bool {
        self.cut.is_none() && self.text.trim().is_empty()
    }
}

/// Where records come from: the next one into `record`, `Ok(false)` at the
/// end. A file-level problem found on the way (bytes that are not text) is
/// an `Err`.
pub(crate) trait Source {
    fn next_record(&mut self, record: &mut Record) -> Result<bool, Error>;
}

/// What a file is, from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A zip: .xlsx or .ods.
    Zip,
    /// A compound file: .xls (Excel 97–2003).
    Cfb,
    /// Anything else: text (CSV).
    Text,
}

pub(crate) fn kind(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") {
        Kind::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Kind::Cfb
    } else {
        Kind::Text
    }
}
