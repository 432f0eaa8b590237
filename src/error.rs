//! The one error type: a malformed request. Stable machine `code`, the
//! `path` of the offending field, a message for people. "Ineligible" and
//! "can't tell" are answers, never errors.

use serde::Serialize;

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
    /// A jurisdiction code not in the table (`law::jurisdiction`).
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
