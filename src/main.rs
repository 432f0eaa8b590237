//! `dengtong`: the native command. Reads a request, prints the report.

use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dengtong::batch::{self, BatchOptions};
use dengtong::request::{Jurisdiction, Lang};
use dengtong::{Date, Error, ErrorCode};

/// mimalloc instead of glibc's malloc: a batch row allocates and frees a few
/// hundred small blocks, and with glibc that is a third of the command's
/// instructions (README, "Speed").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// dengtong (等同): which education level a 技工院校 class counts as and for
/// what, whether a graduate may apply for a post, which subsidies apply, and
/// which teacher title a 技工院校 teacher may apply for — every answer with
/// the exact clause it rests on, quoted verbatim.
#[derive(Parser)]
#[command(name = "dengtong", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate one request (JSON, see api.md) and print the report as JSON.
    ///
    /// The request comes from standard input, or from --request FILE. A
    /// malformed request prints {"error":{"code","path","message"}} on
    /// standard error and exits with status 2.
    Evaluate {
        /// Read the request from this file instead of standard input.
        #[arg(long, value_name = "FILE")]
        request: Option<PathBuf>,
        /// Indent the JSON for people.
        #[arg(long, conflicts_with = "lines")]
        pretty: bool,
        /// JSON Lines: one request per input line, one report per output
        /// line, in order; a malformed request gives the line
        /// {"error":{"code","path","message"}} and the rest go on (exit 0).
        #[arg(long)]
        lines: bool,
        /// The date used when the request has no "asOf" (default: today in
        /// Beijing time, UTC+8).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Check a recruiter's 报名表 (a workbook or CSV) — each applicant
    /// against the post it applies for.
    ///
    /// The file: .xlsx, .xls, .xlsb or .ods (the 报名表 sheet, or --sheet),
    /// or CSV (UTF-8 or GBK; "-" for standard input). The posts: the
    /// workbook's 岗位表 (or 岗位) sheet, or --posts, or one --post for all.
    /// The format is documented in README.md ("Batch checks"). Writes one
    /// result row per applicant, a row at a time. A file that cannot be read
    /// as a whole prints {"error":{"code","path","message"}} on standard
    /// error and exits with status 2; a row that cannot be read (or names an
    /// unknown post) is reported in its own row and the batch goes on.
    Batch {
        /// The applicants: a workbook or CSV ("-" for standard input).
        #[arg(value_name = "报名表.xlsx|csv")]
        applicants: PathBuf,
        /// The workbook sheet of the applicants (default: 报名表, else the
        /// first sheet that is not the 岗位表).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// The posts: a 岗位表 (workbook or CSV: 岗位代码, 岗位类别, 学历要求…).
        #[arg(long, value_name = "岗位表.xlsx|csv", conflicts_with = "post")]
        posts: Option<PathBuf>,
        /// One post for every row, as api.md "post" JSON:
        /// {"employer","postType","requiredEducation","skillLevelRequired"}.
        #[arg(long, value_name = "POST.json")]
        post: Option<PathBuf>,
        /// The date every decision is made for (default: today in Beijing
        /// time, UTC+8).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        as_of: Option<Date>,
        #[arg(long, value_name = "CODE", help = jurisdiction_help(), default_value_t = Jurisdiction::default(), value_parser = parse_jurisdiction)]
        jurisdiction: Jurisdiction,
        /// Language of the texts and of the output headers: zh-CN or en.
        #[arg(long, value_name = "zh-CN|en", default_value = "zh-CN", value_parser = parse_lang)]
        lang: Lang,
        /// csv: a spreadsheet (UTF-8 with BOM, for Excel); xlsx: a workbook
        /// with a results and a summary sheet; json: the full result.
        /// Default: xlsx when --output ends in .xlsx, else csv.
        #[arg(long, value_enum)]
        format: Option<BatchFormat>,
        /// Write to this file instead of standard output (then a one-line
        /// summary goes to standard error).
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Ignore columns the format does not know, instead of refusing the
        /// file.
        #[arg(long)]
        ignore_unknown_columns: bool,
        /// Indent the JSON for people.
        #[arg(long)]
        pretty: bool,
    },
    /// Print every document and rule, with its dates and verbatim citations.
    Rules {
        /// Indent the JSON for people.
        #[arg(long)]
        pretty: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum BatchFormat {
    Csv,
    Json,
    Xlsx,
}

/// The jurisdictions of the table (`law::jurisdiction`), any case.
fn parse_jurisdiction(s: &str) -> Result<Jurisdiction, String> {
    Jurisdiction::from_code(&s.to_ascii_uppercase()).ok_or_else(|| {
        format!(
            "supported jurisdictions are {}",
            Jurisdiction::list(false, "and")
        )
    })
}

/// `--jurisdiction`'s help, from the table: each code and the rules it reads.
fn jurisdiction_help() -> String {
    let codes: Vec<String> = Jurisdiction::all()
        .iter()
        .map(|j| format!("{} = {}", j.code(), j.rules().en))
        .collect();
    format!("The rules that apply: {}", codes.join("; "))
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s {
        "zh-CN" | "zh" | "zh-cn" => Ok(Lang::ZhCn),
        "en" => Ok(Lang::En),
        _ => Err("supported languages are zh-CN and en".into()),
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).map_err(|e| e.message().to_owned())
}

/// Today's date in Beijing time (UTC+8), from the system clock. Only the
/// command reads a clock; the library never does.
fn today_beijing() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
        + 8 * 3600;
    let days = (secs / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date::new(year, month, day).unwrap_or(Date::ymd(2026, 1, 1))
}

fn pretty_json(s: &str) -> String {
    serde_json::from_str::<serde_json::Value>(s)
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_else(|_| s.to_owned())
}

/// `evaluate --lines`: JSON Lines in, JSON Lines out, errors as lines.
fn evaluate_lines(request: Option<PathBuf>, today: Date) -> ExitCode {
    use std::io::{BufRead, Write};
    let input: Box<dyn BufRead> = match &request {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(std::io::BufReader::new(f)),
            Err(e) => return fail(&unreadable(ErrorCode::InvalidJson, "", path.display(), e)),
        },
        None => Box::new(std::io::stdin().lock()),
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in input.lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => return fail(&unreadable(ErrorCode::InvalidJson, "", "a line", e)),
        };
        let text = dengtong::evaluate_json(&line, today).unwrap_or_else(|e| e.to_json());
        if writeln!(out, "{text}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// "cannot read WHAT: why", as an error of `code` at `path`.
fn unreadable(
    code: ErrorCode,
    path: &str,
    what: impl std::fmt::Display,
    e: std::io::Error,
) -> Error {
    Error::new(code, path, format!("cannot read {what}: {e}"))
}

fn fail(err: &Error) -> ExitCode {
    eprintln!("{}", err.to_json());
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Evaluate {
            request,
            pretty,
            lines,
            today,
        } => {
            let today = today.unwrap_or_else(today_beijing);
            if lines {
                return evaluate_lines(request, today);
            }
            let mut input = String::new();
            let read = match &request {
                Some(path) => std::fs::read_to_string(path).map(|s| input = s),
                None => std::io::stdin().read_to_string(&mut input).map(|_| ()),
            };
            if let Err(e) = read {
                let what = request.map_or("standard input".into(), |p| p.display().to_string());
                return fail(&unreadable(ErrorCode::InvalidJson, "", what, e));
            }
            match dengtong::evaluate_json(&input, today) {
                Ok(report) => {
                    println!("{}", if pretty { pretty_json(&report) } else { report });
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        Command::Batch {
            applicants,
            sheet,
            posts,
            post,
            as_of,
            jurisdiction,
            lang,
            format,
            output,
            ignore_unknown_columns,
            pretty,
        } => {
            let mut options = BatchOptions::new(as_of.unwrap_or_else(today_beijing));
            options.jurisdiction = jurisdiction;
            options.lang = lang;
            options.ignore_unknown_columns = ignore_unknown_columns;
            options.limits = batch::Limits::streaming();
            options.sheet = sheet;
            let format = format.unwrap_or(match output.as_ref().and_then(|p| p.extension()) {
                Some(e) if e.eq_ignore_ascii_case("xlsx") => BatchFormat::Xlsx,
                _ => BatchFormat::Csv,
            });
            let job = BatchJob {
                applicants: &applicants,
                posts: posts.as_deref(),
                post: post.as_deref(),
                format,
                pretty,
            };
            match run_batch(&job, options, output.as_deref()) {
                Ok(summary) => {
                    if let Some(path) = output {
                        eprintln!(
                            "{} rows: {} eligible, {} ineligible, {} undetermined, {} errors ({} by direct assessment only) → {}",
                            summary.rows,
                            summary.eligible,
                            summary.ineligible,
                            summary.undetermined,
                            summary.errors,
                            summary.direct_only,
                            path.display()
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        Command::Rules { pretty } => {
            let json = dengtong::registry::rules_json();
            println!("{}", if pretty { pretty_json(&json) } else { json });
            ExitCode::SUCCESS
        }
    }
}

/// What `dengtong batch` was asked.
struct BatchJob<'a> {
    applicants: &'a Path,
    posts: Option<&'a Path>,
    post: Option<&'a Path>,
    format: BatchFormat,
    pretty: bool,
}

/// The first bytes of a file: enough to tell a workbook from text and the
/// text's encoding.
const PREFIX: u64 = 1 << 20;

/// A batch file ("-": standard input), read a buffer at a time.
fn input(path: &Path) -> Result<batch::Input<'static>, Error> {
    let cannot = |e| unreadable(ErrorCode::InvalidCsv, "", path.display(), e);
    let mut rest: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(cannot)?)
    };
    let mut prefix = Vec::new();
    rest.by_ref()
        .take(PREFIX)
        .read_to_end(&mut prefix)
        .map_err(cannot)?;
    Ok(batch::Input::Reader { prefix, rest })
}

/// Where the results go: a file (removed again if the batch fails) or
/// standard output, buffered.
struct Out {
    path: Option<PathBuf>,
    w: Box<dyn Write>,
}

impl Out {
    fn open(path: Option<&Path>) -> Result<Out, Error> {
        let w: Box<dyn Write> = match path {
            Some(p) => Box::new(BufWriter::new(std::fs::File::create(p).map_err(|e| {
                Error::new(
                    ErrorCode::InvalidCsv,
                    "output",
                    format!("cannot write {}: {e}", p.display()),
                )
            })?)),
            None => Box::new(BufWriter::new(std::io::stdout().lock())),
        };
        Ok(Out {
            path: path.map(Path::to_owned),
            w,
        })
    }
    fn write(&mut self, s: &[u8]) -> Result<(), Error> {
        self.w.write_all(s).map_err(|e| {
            Error::new(
                ErrorCode::InvalidCsv,
                "output",
                format!("cannot write the results: {e}"),
            )
        })
    }
    fn finish(mut self) -> Result<(), Error> {
        self.w.flush().map_err(|e| {
            Error::new(
                ErrorCode::InvalidCsv,
                "output",
                format!("cannot write the results: {e}"),
            )
        })?;
        self.path = None;
        Ok(())
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        // Not finished: no half-written results file left behind.
        if let Some(p) = &self.path {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// The batch command: open, then read, decide and write a row at a time.
fn run_batch(
    job: &BatchJob,
    options: BatchOptions,
    output: Option<&Path>,
) -> Result<batch::Summary, Error> {
    let posts = match (job.post, job.posts) {
        (Some(p), _) => {
            let json = std::fs::read_to_string(p)
                .map_err(|e| unreadable(ErrorCode::InvalidJson, "post", p.display(), e))?;
            batch::PostsInput::One(batch::parse_post(&json)?)
        }
        (None, Some(p)) => batch::PostsInput::File(input(p)?),
        (None, None) => batch::PostsInput::FromWorkbook,
    };
    let lang = options.lang;
    let mut s = batch::Session::open(input(job.applicants)?, posts, options)?;
    let mut out = Out::open(output)?;
    match job.format {
        BatchFormat::Csv => {
            let mut line = String::new();
            batch::csv_header(&mut line, lang, s.with_posts());
            out.write(line.as_bytes())?;
            while let Some(r) = s.next_row()? {
                line.clear();
                batch::csv_row(&mut line, &r, lang, s.post_of(&r));
                out.write(line.as_bytes())?;
            }
        }
        BatchFormat::Json if job.pretty => {
            let mut rows = Vec::new();
            while let Some(r) = s.next_row()? {
                rows.push(r);
            }
            let text = serde_json::to_string_pretty(&s.result(rows)).unwrap_or_default();
            out.write(text.as_bytes())?;
            out.write(b"\n")?;
        }
        BatchFormat::Json => {
            let (head, _) = batch::json_parts(&s.result(vec![]));
            out.write(head.as_bytes())?;
            let mut first = true;
            while let Some(r) = s.next_row()? {
                if !first {
                    out.write(b",")?;
                }
                first = false;
                out.write(serde_json::to_string(&r).unwrap_or_default().as_bytes())?;
            }
            let (_, tail) = batch::json_parts(&s.result(vec![]));
            out.write(tail.as_bytes())?;
            out.write(b"\n")?;
        }
        BatchFormat::Xlsx => {
            let mut x = batch::XlsxExport::new(lang, s.with_posts(), s.options().as_of)?;
            while let Some(r) = s.next_row()? {
                x.push(&r, s.post_of(&r))?;
            }
            out.write(&x.finish(&s.result(vec![]))?)?;
        }
    }
    out.finish()?;
    Ok(s.result(vec![]).summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--jurisdiction` takes every code of the table, in any case, names
    /// each in its help, and refuses any other naming them all.
    #[test]
    fn the_jurisdiction_option_reads_the_table() {
        let help = jurisdiction_help();
        for j in Jurisdiction::all() {
            assert_eq!(parse_jurisdiction(j.code()), Ok(*j));
            assert_eq!(parse_jurisdiction(&j.code().to_lowercase()), Ok(*j));
            assert!(help.contains(j.code()), "{help}");
        }
        let e = parse_jurisdiction("CN-XX").unwrap_err();
        assert!(
            Jurisdiction::all().iter().all(|j| e.contains(j.code())),
            "{e}"
        );
    }
}
