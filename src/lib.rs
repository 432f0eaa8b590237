//! # dengtong (等同)
//!
//! Which education level a 技工院校 class counts as, and for what; whether a
//! graduate may apply for a post; which entitlements apply; which teacher
//! title a 技工院校 teacher may apply for, and from when. Every answer is
//! computed for a stated date and cites the exact clause, verbatim.
//!
//! The core is pure: it never reads a clock, the network or JavaScript.
//! `src/wasm.rs` is the one boundary to JavaScript; `src/main.rs` the native
//! command.
//!
//! ```
//! let today = dengtong::Date::ymd(2024, 5, 1);
//! let report = dengtong::evaluate_json(
//!     r#"{"jurisdiction":"CN","graduate":{"schoolType":"technicianCollege",
//!         "classType":"preparatoryTechnician","graduationDate":"2023-07-01"}}"#,
//!     today,
//! ).unwrap();
//! assert!(report.contains(r#""purpose":"professionalTitle","level":"bachelor""#));
//! assert!(report.starts_with(r#"{"summary":{"headline":{"code":"#));
//! ```

pub mod batch;
pub mod crossing;
pub mod date;
pub mod engine;
pub mod error;
pub mod law;
pub mod read;
pub mod registry;
pub mod report;
pub mod request;
pub mod text;
pub mod vocab;
pub mod wording;

/// The JavaScript boundary (`pkg/`): `evaluate`, `rules`, `version`.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use date::Date;
pub use error::{Error, ErrorCode};
pub use report::Report;
pub use request::Request;

/// The package version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The version of the rule data: the catalogue revision it encodes. Bump it
/// whenever a rule, date or quote changes.
pub const RULES_VERSION: &str = "2026.12.02";

/// Parses and validates a request (api.md). Unknown fields are rejected.
pub fn parse_request(json: &str) -> Result<Request, Error> {
    request_from_value(&read::parse_json(json)?)
}

/// Validates a request already parsed into a JSON value (the boundary to
/// JavaScript hands over the value `JSON.parse` gives, not its text).
pub fn request_from_value(value: &serde_json::Value) -> Result<Request, Error> {
    let req = read::request(value)?;
    validate(&req)?;
    Ok(req)
}

/// Checks what the types cannot: ranges and combinations.
fn validate(req: &Request) -> Result<(), Error> {
    let g = &req.graduate;
    if g.class_type.is_some() && !g.school_type.is_technical() {
        return Err(Error::invalid_request(
            "graduate.classType",
            "classType applies only to 技工院校 (technicalSchool, seniorTechnicalSchool, technicianCollege)",
        ));
    }
    for (i, a) in g.awards.iter().enumerate() {
        if a.rank == Some(0) {
            return Err(Error::new(
                ErrorCode::InvalidRequest,
                format!("graduate.awards[{i}].rank"),
                "rank starts at 1 (1 = first)",
            ));
        }
        if a.team_size.is_some_and(|n| !(1..=3).contains(&n)) {
            return Err(Error::new(
                ErrorCode::InvalidRequest,
                format!("graduate.awards[{i}].teamSize"),
                "teamSize is 1, 2 or 3",
            ));
        }
        if a.prize.is_some_and(|n| !(1..=3).contains(&n)) {
            return Err(Error::new(
                ErrorCode::InvalidRequest,
                format!("graduate.awards[{i}].prize"),
                "prize is 1, 2 or 3 (一/二/三等奖)",
            ));
        }
    }
    if let Some(t) = &req.teacher {
        if let Some(title) = t.current_title {
            if !t.track.ladder().contains(&title) {
                return Err(Error::invalid_request(
                    "teacher.currentTitle",
                    "the title is not on the ladder of teacher.track",
                ));
            }
        }
    }
    Ok(())
}

/// Evaluates a request. `today` is used when the request has no `asOf`: the
/// caller supplies it, since the core has no clock.
pub fn evaluate(req: &Request, today: Date) -> Report {
    wording::report(findings(req, today), req.lang)
}

/// The engine's typed findings for a request, for its `asOf` (else `today`):
/// what [`evaluate`] words, and what a batch row reads directly.
pub(crate) fn findings(req: &Request, today: Date) -> engine::Findings<'_> {
    engine::evaluate(req, req.as_of.unwrap_or(today))
}

/// JSON in, JSON out: the whole contract in one call.
pub fn evaluate_json(json: &str, today: Date) -> Result<String, Error> {
    let req = parse_request(json)?;
    let report = evaluate(&req, today);
    Ok(serde_json::to_string(&report).unwrap_or_default())
}
