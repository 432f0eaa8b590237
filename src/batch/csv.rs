//! Reading CSV (读取 CSV): records from any `Read`, a buffer at a time, so a
//! million rows cost the memory of one. Parsing is `csv_core`'s; this module
//! adds what a spreadsheet user expects of it: the row numbers Excel shows
//! (blank rows count, a cell with line breaks stays one row), the delimiter
//! told from the first line, UTF-8 or GBK text, and bounded memory for rows
//! that are far too long.

use std::io::Read;

use super::record::{Record, Source};
use super::{csv_error, say, Limits};
use crate::error::Error;
use crate::request::Lang;

/// How the bytes of a CSV file are text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Encoding {
    #[serde(rename = "utf-8")]
    Utf8,
    /// GBK/GB18030, as Excel and WPS save "CSV" on Chinese Windows (native
    /// only: the browser decodes it with `TextDecoder` first).
    #[serde(rename = "gbk")]
    Gbk,
}

impl Encoding {
    /// The encoding of a file from its first bytes (`prefix`, which may end
    /// inside a character): UTF-8 when they are, else GBK where this build
    /// can decode it. UTF-16 and undecodable bytes are `invalid_csv`.
    pub fn sniff(prefix: &[u8], lang: Lang) -> Result<Encoding, Error> {
        if prefix.starts_with(&[0xFF, 0xFE]) || prefix.starts_with(&[0xFE, 0xFF]) {
            return Err(csv_error(
                "",
                say!(
                    lang,
                    "文件是 UTF-16 编码（Excel 的“Unicode 文本”）：请另存为“CSV UTF-8”或“CSV”",
                    "the file is UTF-16 (Excel \"Unicode text\"): save it as \"CSV UTF-8\" or \"CSV\"",
                ),
            ));
        }
        match std::str::from_utf8(prefix) {
            Ok(_) => return Ok(Encoding::Utf8),
            // Only a character cut off at the end of the prefix.
            Err(e) if e.error_len().is_none() => return Ok(Encoding::Utf8),
            Err(_) => {}
        }
        if cfg!(feature = "cli") && decode_gbk(prefix_of_whole_chars(prefix)).is_some() {
            return Ok(Encoding::Gbk);
        }
        Err(not_text(lang))
    }
}

/// `prefix` without a GBK double-byte character cut off at its end.
fn prefix_of_whole_chars(prefix: &[u8]) -> &[u8] {
    let mut i = 0;
    while i < prefix.len() {
        let step = if prefix.get(i).is_some_and(|b| *b >= 0x81) {
            if prefix.get(i + 1).is_some_and(|b| (0x30..=0x39).contains(b)) {
                4 // GB18030 four-byte form
            } else {
                2
            }
        } else {
            1
        };
        if i + step > prefix.len() {
            break;
        }
        i += step;
    }
    prefix.get(..i).unwrap_or(prefix)
}

#[cfg(feature = "cli")]
fn decode_gbk(bytes: &[u8]) -> Option<std::borrow::Cow<'_, str>> {
    encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(bytes)
}

#[cfg(not(feature = "cli"))]
fn decode_gbk(_bytes: &[u8]) -> Option<std::borrow::Cow<'_, str>> {
    None
}

#[cold]
pub(super) fn not_text(lang: Lang) -> Error {
    csv_error(
        "",
        if cfg!(feature = "cli") {
            say!(
                lang,
                "文件既不是 UTF-8 也不是 GBK 编码的文本（不是表格文件？）：请另存为“CSV UTF-8”或 .xlsx",
                "the file is neither UTF-8 nor GBK text (not a spreadsheet?): save it as \"CSV UTF-8\" or .xlsx",
            )
        } else {
            say!(
                lang,
                "文件不是 UTF-8 文本：请先解码（GBK：TextDecoder('gbk')），或另存为“CSV UTF-8”",
                "the file is not UTF-8 text: decode it first (GBK: TextDecoder('gbk')) or save it as \"CSV UTF-8\"",
            )
        },
    )
}

/// Comma, unless the first line has tabs (then tab) or semicolons (then
/// semicolon) and no comma.
pub(super) fn sniff_delimiter(prefix: &[u8]) -> u8 {
    let start = prefix
        .iter()
        .position(|b| *b != b'\r' && *b != b'\n')
        .unwrap_or(prefix.len());
    let rest = prefix.get(start..).unwrap_or(&[]);
    let first = rest
        .iter()
        .position(|b| *b == b'\r' || *b == b'\n')
        .map_or(rest, |end| rest.get(..end).unwrap_or(rest));
    if first.contains(&b',') {
        b','
    } else if first.contains(&b'\t') {
        b'\t'
    } else if first.contains(&b';') {
        b';'
    } else {
        b','
    }
}

const BUFFER: usize = 64 * 1024;

/// Records of a CSV file, read from `input` a buffer at a time.
pub(crate) struct CsvSource<R> {
    input: R,
    buf: Vec<u8>,
    pos: usize,
    filled: usize,
    eof: bool,
    core: csv_core::Reader,
    encoding: Encoding,
    lang: Lang,
    /// Bytes of one row kept; the rest of a longer row is only counted.
    max_bytes: usize,
    /// Cells of one row kept; more are only counted.
    max_cells: usize,
    out: Vec<u8>,
    ends: Vec<usize>,
    scratch: Vec<u8>,
    scratch_ends: Vec<usize>,
    /// Line ends read so far (CR, LF or CRLF each count one).
    line_ends: u64,
    /// Line ends inside the cells of the records read so far.
    embedded: u64,
    prev_cr: bool,
}

impl<R: Read> CsvSource<R> {
    /// Records of `input`, a CSV file after its byte-order mark.
    pub fn new(
        input: R,
        delimiter: u8,
        encoding: Encoding,
        limits: &Limits,
        lang: Lang,
    ) -> CsvSource<R> {
        let max_cells = limits.max_columns.saturating_add(1).min(1 << 16);
        CsvSource {
            input,
            buf: Vec::new(),
            pos: 0,
            filled: 0,
            eof: false,
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            encoding,
            lang,
            max_bytes: limits
                .max_cell_chars
                .saturating_mul(4)
                .saturating_mul(max_cells)
                .clamp(BUFFER, 64 << 20),
            max_cells,
            out: vec![0; 4096],
            ends: vec![0; 64],
            scratch: vec![0; BUFFER],
            scratch_ends: vec![0; 1024],
            line_ends: 0,
            embedded: 0,
            prev_cr: false,
        }
    }

    fn fill(&mut self) -> Result<(), Error> {
        if self.buf.len() < BUFFER {
            self.buf.resize(BUFFER, 0);
        }
        loop {
            match self.input.read(&mut self.buf) {
                Ok(n) => {
                    self.pos = 0;
                    self.filled = n;
                    self.eof = n == 0;
                    return Ok(());
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(csv_error(
                        "",
                        say!(
                            self.lang,
                            format!("无法读取文件：{e}"),
                            format!("cannot read the file: {e}")
                        ),
                    ))
                }
            }
        }
    }

    fn file_error(&self, row: u64, zh: &str, en: &str) -> Error {
        csv_error(
            "",
            say!(
                self.lang,
                format!("第 {row} 行：{zh}"),
                format!("row {row}: {en}")
            ),
        )
    }
}

/// Counts the line ends of `bytes` into `lines` (`prev_cr`: the byte before
/// was a CR); the first byte that is not one, while `start` is unknown, is
/// where the record starts.
fn count(bytes: &[u8], lines: &mut u64, prev_cr: &mut bool, start: &mut Option<u64>) {
    for &b in bytes {
        match b {
            b'\r' => {
                *lines += 1;
                *prev_cr = true;
            }
            b'\n' => {
                if !*prev_cr {
                    *lines += 1;
                }
                *prev_cr = false;
            }
            _ => {
                *prev_cr = false;
                if start.is_none() {
                    *start = Some(*lines);
                }
            }
        }
    }
}

/// Line ends inside a cell (CR, LF and CRLF each one).
fn line_ends_in(s: &[u8]) -> u64 {
    let mut n = 0;
    let mut prev_cr = false;
    for &b in s {
        match b {
            b'\r' => {
                n += 1;
                prev_cr = true;
            }
            b'\n' => {
                if !prev_cr {
                    n += 1;
                }
                prev_cr = false;
            }
            _ => prev_cr = false,
        }
    }
    n
}

impl<R: Read> Source for CsvSource<R> {
    fn next_record(&mut self, record: &mut Record) -> Result<bool, Error> {
        use csv_core::ReadRecordResult as R;
        // Bytes kept, cells kept, cells in all.
        let (mut kept, mut cells, mut total) = (0usize, 0usize, 0usize);
        let mut start: Option<u64> = None;
        loop {
            if self.pos >= self.filled && !self.eof {
                self.fill()?;
            }
            let input = self.buf.get(self.pos..self.filled).unwrap_or(&[]);
            let keep_bytes = kept < self.max_bytes;
            let keep_cells = cells < self.max_cells;
            let (res, nin, nout, nend) = {
                let out = if keep_bytes {
                    self.out.get_mut(kept..).unwrap_or(&mut [])
                } else {
                    &mut self.scratch[..]
                };
                let ends = if keep_cells {
                    self.ends.get_mut(cells..).unwrap_or(&mut [])
                } else {
                    &mut self.scratch_ends[..]
                };
                self.core.read_record(input, out, ends)
            };
            count(
                input.get(..nin).unwrap_or(&[]),
                &mut self.line_ends,
                &mut self.prev_cr,
                &mut start,
            );
            self.pos += nin;
            if keep_bytes {
                kept += nout;
            }
            if keep_cells {
                cells += nend;
            }
            total += nend;
            match res {
                R::InputEmpty => {}
                R::OutputFull => {
                    if keep_bytes && self.out.len() < self.max_bytes {
                        let n = (self.out.len() * 2).min(self.max_bytes);
                        self.out.resize(n, 0);
                    } else if keep_bytes {
                        // From now on the bytes of this row are only counted.
                        kept = self.max_bytes;
                    }
                }
                R::OutputEndsFull => {
                    if keep_cells && self.ends.len() < self.max_cells {
                        let n = (self.ends.len() * 2).min(self.max_cells);
                        self.ends.resize(n, 0);
                    } else if keep_cells {
                        cells = self.max_cells;
                    }
                }
                R::Record => break,
                R::End => return Ok(false),
            }
        }
        let line = start.unwrap_or(self.line_ends);
        let row = (1 + line).saturating_sub(self.embedded);
        record.clear();
        record.row = u32::try_from(row).unwrap_or(u32::MAX);
        let kept = kept.min(self.max_bytes).min(self.out.len());
        let bytes = self.out.get(..kept).unwrap_or(&[]);
        if bytes.contains(&0) {
            return Err(csv_error(
                "",
                say!(
                    self.lang,
                    "文件含有空字节（NUL），不是文本文件：请另存为“CSV UTF-8”",
                    "the file contains NUL bytes, so it is not text: save it as \"CSV UTF-8\"",
                ),
            ));
        }
        self.embedded += line_ends_in(bytes);
        let mut from = 0usize;
        for i in 0..cells.min(self.max_cells) {
            let end = self.ends.get(i).copied().unwrap_or(0);
            let whole = end <= kept;
            let cell = bytes.get(from.min(kept)..end.min(kept)).unwrap_or(&[]);
            let text = match self.encoding {
                Encoding::Utf8 => match std::str::from_utf8(cell) {
                    Ok(s) => std::borrow::Cow::Borrowed(s),
                    Err(e) if !whole => std::borrow::Cow::Borrowed(
                        std::str::from_utf8(cell.get(..e.valid_up_to()).unwrap_or(&[]))
                            .unwrap_or(""),
                    ),
                    Err(_) => {
                        return Err(self.file_error(
                            row,
                            "不是 UTF-8 文本（文件的开头是）：请整个文件另存为“CSV UTF-8”",
                            "not UTF-8 text, though the file begins as such: save the whole file as \"CSV UTF-8\"",
                        ))
                    }
                },
                Encoding::Gbk => match decode_gbk(if whole { cell } else { prefix_of_whole_chars(cell) }) {
                    Some(s) => s,
                    None => {
                        return Err(self.file_error(
                            row,
                            "既不是 UTF-8 也不是 GBK 文本",
                            "neither UTF-8 nor GBK text",
                        ))
                    }
                },
            };
            if text.contains('\u{FFFD}') {
                return Err(csv_error(
                    "",
                    say!(
                        self.lang,
                        "文件含有替换字符（�），说明按错误的编码读取：请另存为“CSV UTF-8”",
                        "the text contains replacement characters (�): it was decoded with the wrong encoding; save it as \"CSV UTF-8\"",
                    ),
                ));
            }
            record.push(&text);
            if !whole {
                record.cut = Some(i);
                break;
            }
            from = end;
        }
        record.cells = total;
        if record.cut.is_none() && total > cells {
            record.cut = Some(cells);
        }
        Ok(true)
    }
}
