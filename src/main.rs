//! `dengtong`: the native command. Reads a request, prints the report.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dengtong::batch::{self, BatchOptions};
use dengtong::request::{Jurisdiction, Lang};
use dengtong::{Date, Error, ErrorCode};

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
        #[arg(long)]
        pretty: bool,
        /// The date used when the request has no "asOf" (default: today in
        /// Beijing time, UTC+8).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Check a spreadsheet of applicants (CSV) against one post.
    ///
    /// The CSV format is documented in src/batch.rs (headers in English or
    /// Chinese; UTF-8 or GBK). Writes one result row per applicant. A file
    /// that cannot be read as a whole prints {"error":{"code","path",
    /// "message"}} on standard error and exits with status 2; a row that
    /// cannot be read is reported in its own row and the batch goes on.
    Batch {
        /// The applicants, CSV ("-" for standard input).
        #[arg(value_name = "APPLICANTS.csv")]
        applicants: PathBuf,
        /// The post, as api.md "post" JSON:
        /// {"employer","postType","requiredEducation","skillLevelRequired"}.
        #[arg(long, value_name = "POST.json")]
        post: PathBuf,
        /// The date every decision is made for (default: today in Beijing
        /// time, UTC+8).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        as_of: Option<Date>,
        /// CN (national rules) or CN-YN (national and Yunnan rules).
        #[arg(long, value_name = "CN|CN-YN", default_value = "CN", value_parser = parse_jurisdiction)]
        jurisdiction: Jurisdiction,
        /// Language of the texts and of the output headers: zh-CN or en.
        #[arg(long, value_name = "zh-CN|en", default_value = "zh-CN", value_parser = parse_lang)]
        lang: Lang,
        /// csv: a spreadsheet (UTF-8 with BOM, for Excel); json: the full
        /// result with a summary.
        #[arg(long, value_enum, default_value = "csv")]
        format: BatchFormat,
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

#[derive(Clone, Copy, clap::ValueEnum)]
enum BatchFormat {
    Csv,
    Json,
}

fn parse_jurisdiction(s: &str) -> Result<Jurisdiction, String> {
    match s {
        "CN" | "cn" => Ok(Jurisdiction::Cn),
        "CN-YN" | "cn-yn" => Ok(Jurisdiction::CnYn),
        _ => Err("supported jurisdictions are CN and CN-YN".into()),
    }
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
            today,
        } => {
            let mut input = String::new();
            let read = match &request {
                Some(path) => std::fs::read_to_string(path).map(|s| input = s),
                None => std::io::stdin().read_to_string(&mut input).map(|_| ()),
            };
            if let Err(e) = read {
                let what = request.map_or("standard input".into(), |p| p.display().to_string());
                return fail(&Error::new(
                    ErrorCode::InvalidJson,
                    "",
                    format!("cannot read {what}: {e}"),
                ));
            }
            match dengtong::evaluate_json(&input, today.unwrap_or_else(today_beijing)) {
                Ok(report) => {
                    println!("{}", if pretty { pretty_json(&report) } else { report });
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        Command::Batch {
            applicants,
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
            match run_batch(&applicants, &post, &options, format, pretty) {
                Ok((text, summary)) => {
                    if let Some(path) = output {
                        if let Err(e) = std::fs::write(&path, text) {
                            eprintln!("cannot write {}: {e}", path.display());
                            return ExitCode::FAILURE;
                        }
                        eprintln!(
                            "{} rows: {} eligible, {} ineligible, {} undetermined, {} errors → {}",
                            summary.rows,
                            summary.eligible,
                            summary.ineligible,
                            summary.undetermined,
                            summary.errors,
                            path.display()
                        );
                    } else {
                        print!("{text}");
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

/// Reads at most `limit + 1` bytes of `path` ("-": standard input).
fn read_limited(path: &std::path::Path, limit: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    if path.as_os_str() == "-" {
        std::io::stdin().take(cap).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?
            .take(cap)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// The batch command: read, decode, evaluate, format.
fn run_batch(
    applicants: &std::path::Path,
    post: &std::path::Path,
    options: &BatchOptions,
    format: BatchFormat,
    pretty: bool,
) -> Result<(String, batch::Summary), Error> {
    let post_json = std::fs::read_to_string(post).map_err(|e| {
        Error::new(
            ErrorCode::InvalidJson,
            "post",
            format!("cannot read {}: {e}", post.display()),
        )
    })?;
    let post = batch::parse_post(&post_json)?;
    let max = options.limits.max_bytes;
    let bytes = read_limited(applicants, max).map_err(|e| {
        Error::new(
            ErrorCode::InvalidCsv,
            "",
            format!("cannot read {}: {e}", applicants.display()),
        )
    })?;
    if bytes.len() > max {
        return Err(Error::new(
            ErrorCode::InvalidCsv,
            "",
            format!("the file is too large: more than {max} bytes"),
        ));
    }
    let text = batch::decode(&bytes)?;
    let result = batch::evaluate_csv(&text, &post, options)?;
    let out = match format {
        BatchFormat::Csv => batch::to_csv(&result, options.lang),
        BatchFormat::Json if pretty => {
            serde_json::to_string_pretty(&result).unwrap_or_default() + "\n"
        }
        BatchFormat::Json => batch::to_json(&result) + "\n",
    };
    Ok((out, result.summary))
}
