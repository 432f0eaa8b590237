//! The one error type: a malformed request. Stable machine `code`, the
//! `path` of the offending field, a message for people. "Ineligible" and
//! "can't tell" are answers, never errors.

use serde::Serialize;

use crate::date::INVALID_DATE_TAG;
use crate::request::UNSUPPORTED_JURISDICTION_TAG;

/// api.md error codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Not JSON at all.
    InvalidJson,
    /// Unknown field or value, wrong type, missing required field.
    InvalidRequest,
    /// A date that is malformed or does not exist (2023-02-30).
    InvalidDate,
    /// A jurisdiction other than CN and CN-YN.
    UnsupportedJurisdiction,
    /// A batch file (src/batch.rs) that cannot be read as a whole: not text,
    /// no header, a required or unknown column, over a limit.
    InvalidCsv,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::UnsupportedJurisdiction => "unsupported_jurisdiction",
            ErrorCode::InvalidCsv => "invalid_csv",
        }
    }
}

/// A malformed request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Error {
    pub code: ErrorCode,
    /// Dotted path of the field, `graduate.certificates[0].level`; empty for the whole request.
    pub path: String,
    pub message: String,
}

#[derive(Serialize)]
struct Envelope<'a> {
    error: &'a Error,
}

impl Error {
    #[cold]
    pub fn new(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Error {
        Error {
            code,
            path: path.into(),
            message: message.into(),
        }
    }

    #[cold]
    pub fn invalid_request(path: &str, message: &str) -> Error {
        Error::new(ErrorCode::InvalidRequest, path, message)
    }

    /// `{"error":{"code":…,"path":…,"message":…}}`
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Envelope { error: self }).unwrap_or_default()
    }

    /// Classifies a deserialisation error at `path`.
    #[cold]
    pub(crate) fn from_serde(path: String, err: &serde_json::Error) -> Error {
        use serde_json::error::Category;
        let full = err.to_string();
        // serde_json appends " at line L column C"; the path says where instead.
        let msg = match full.rfind(" at line ") {
            Some(i) => &full[..i],
            None => full.as_str(),
        };
        match err.classify() {
            Category::Syntax | Category::Eof | Category::Io => Error::new(
                ErrorCode::InvalidJson,
                "",
                format!("not valid JSON: {full}"),
            ),
            Category::Data => {
                if let Some(m) = msg.strip_prefix(INVALID_DATE_TAG) {
                    Error::new(ErrorCode::InvalidDate, path, m)
                } else if let Some(m) = msg.strip_prefix(UNSUPPORTED_JURISDICTION_TAG) {
                    Error::new(ErrorCode::UnsupportedJurisdiction, path, m)
                } else if let Some(field) = missing_field(msg) {
                    let path = if path.is_empty() || path == "." {
                        field.to_owned()
                    } else {
                        format!("{path}.{field}")
                    };
                    Error::new(ErrorCode::InvalidRequest, path, msg)
                } else {
                    Error::new(ErrorCode::InvalidRequest, path, msg)
                }
            }
        }
    }
}

fn missing_field(msg: &str) -> Option<&str> {
    msg.strip_prefix("missing field `")?.strip_suffix('`')
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.code.as_str(), self.message)
        } else {
            write!(
                f,
                "{} at {}: {}",
                self.code.as_str(),
                self.path,
                self.message
            )
        }
    }
}

impl std::error::Error for Error {}
