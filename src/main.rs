//! `dengtong`: the native command. Reads a request, prints the report.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
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
    /// Print every document and rule, with its dates and verbatim citations.
    Rules {
        /// Indent the JSON for people.
        #[arg(long)]
        pretty: bool,
    },
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
        Command::Rules { pretty } => {
            let json = dengtong::registry::rules_json();
            println!("{}", if pretty { pretty_json(&json) } else { json });
            ExitCode::SUCCESS
        }
    }
}
