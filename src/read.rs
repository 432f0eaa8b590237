//! Reading a request from JSON: a parsed `serde_json::Value` walked by hand,
//! so that every error names the exact field (`graduate.awards[1].rank`) and
//! says why, unknown fields are rejected, and no generic deserialisation code
//! (or float formatting) is compiled into the WebAssembly package.

use serde_json::{Map, Value};

use crate::date::Date;
use crate::error::{Error, ErrorCode};
use crate::request::*;
use crate::vocab::Vocab;

/// Parses JSON text into a value; a syntax error is `invalid_json`.
pub fn parse_json(json: &str) -> Result<Value, Error> {
    serde_json::from_str(json).map_err(|e| {
        let full = e.to_string();
        Error::new(
            ErrorCode::InvalidJson,
            "",
            format!("not valid JSON: {full}"),
        )
    })
}

/// What a JSON value is, for messages.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cold]
fn wrong_type(path: &str, expected: &str, got: &Value) -> Error {
    Error::new(
        ErrorCode::InvalidRequest,
        path,
        format!("expected {expected}, got {}", kind(got)),
    )
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        let mut out = String::with_capacity(path.len() + 1 + key.len());
        out.push_str(path);
        out.push('.');
        out.push_str(key);
        out
    }
}

/// One JSON object being read, with the path it stands at.
pub(crate) struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    /// `v` must be an object with no keys outside `allowed`.
    pub fn new(v: &'a Value, path: &str, what: &str, allowed: &[&str]) -> Result<Obj<'a>, Error> {
        let Value::Object(map) = v else {
            return Err(wrong_type(path, what, v));
        };
        if let Some(k) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(Error::new(
                ErrorCode::InvalidRequest,
                join(path, k),
                format!(
                    "unknown field `{k}`, expected one of: {}",
                    allowed.join(", ")
                ),
            ));
        }
        Ok(Obj {
            map,
            path: path.to_owned(),
        })
    }

    pub fn path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The field, or `None` when absent or `null`.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub fn required(&self, key: &str) -> Result<&'a Value, Error> {
        self.get(key).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidRequest,
                self.path(key),
                format!("missing field `{key}`"),
            )
        })
    }

    pub fn vocab<T: Vocab>(&self, key: &str) -> Result<Option<T>, Error> {
        self.get(key)
            .map(|v| vocab_at(v, || self.path(key)))
            .transpose()
    }

    pub fn date(&self, key: &str) -> Result<Option<Date>, Error> {
        self.get(key)
            .map(|v| date_at(v, || self.path(key)))
            .transpose()
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(wrong_type(&self.path(key), "true or false", v)),
        }
    }

    /// A whole number in `min..=max`.
    pub fn int(&self, key: &str, min: u64, max: u64) -> Result<Option<u64>, Error> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        match v.as_u64() {
            Some(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ if v.is_number() => Err(Error::new(
                ErrorCode::InvalidRequest,
                self.path(key),
                format!("expected a whole number from {min} to {max}"),
            )),
            _ => Err(wrong_type(&self.path(key), "a whole number", v)),
        }
    }

    /// A list (absent or `null`: empty), each item read by `item`.
    pub fn list<T>(
        &self,
        key: &str,
        mut item: impl FnMut(&'a Value, &str) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, v) in items.iter().enumerate() {
                    out.push(item(v, &format!("{}[{i}]", self.path(key)))?);
                }
                Ok(out)
            }
            Some(v) => Err(wrong_type(&self.path(key), "a list", v)),
        }
    }
}

pub(crate) fn vocab_value<T: Vocab>(v: &Value, path: &str) -> Result<T, Error> {
    vocab_at(v, || path.to_owned())
}

/// [`vocab_value`], the path worked out only for an error.
fn vocab_at<T: Vocab>(v: &Value, path: impl FnOnce() -> String) -> Result<T, Error> {
    let Value::String(s) = v else {
        return Err(wrong_type(&path(), "a string", v));
    };
    T::from_wire(s).ok_or_else(|| {
        let names: Vec<&str> = T::ALL.iter().map(|v| v.wire()).collect();
        let shown: String = s.chars().take(40).collect();
        Error::new(
            ErrorCode::InvalidRequest,
            path(),
            format!(
                "unknown value \"{shown}\", expected one of: {}",
                names.join(", ")
            ),
        )
    })
}

fn date_at(v: &Value, path: impl FnOnce() -> String) -> Result<Date, Error> {
    let Value::String(s) = v else {
        return Err(wrong_type(&path(), "a date string YYYY-MM-DD", v));
    };
    Date::parse(s).map_err(|e| Error::new(ErrorCode::InvalidDate, path(), e.message()))
}

fn jurisdiction(o: &Obj) -> Result<Jurisdiction, Error> {
    match o.get("jurisdiction") {
        None => Ok(Jurisdiction::default()),
        Some(Value::String(s)) => Jurisdiction::from_code(s).ok_or_else(|| {
            Error::new(
                ErrorCode::UnsupportedJurisdiction,
                o.path("jurisdiction"),
                format!(
                    "supported jurisdictions are {}",
                    Jurisdiction::list(true, "and")
                ),
            )
        }),
        Some(v) => Err(wrong_type(
            &o.path("jurisdiction"),
            &Jurisdiction::list(true, "or"),
            v,
        )),
    }
}

/// The shared fields of a request and of batch options.
pub(crate) fn common(o: &Obj) -> Result<(Option<Date>, Jurisdiction, Lang), Error> {
    Ok((
        o.date("asOf")?,
        jurisdiction(o)?,
        o.vocab("lang")?.unwrap_or_default(),
    ))
}

fn certificate(v: &Value, path: &str) -> Result<Certificate, Error> {
    let o = Obj::new(v, path, "an object {level, field}", &["level", "field"])?;
    Ok(Certificate {
        level: vocab_at(o.required("level")?, || o.path("level"))?,
        field: o.vocab("field")?,
    })
}

fn award(v: &Value, path: &str) -> Result<Award, Error> {
    let o = Obj::new(
        v,
        path,
        "an object {competition, rank, medal, prize, teamSize}",
        &["competition", "rank", "medal", "prize", "teamSize"],
    )?;
    Ok(Award {
        competition: vocab_at(o.required("competition")?, || o.path("competition"))?,
        rank: o.int("rank", 1, u64::from(u32::MAX))?.map(|n| n as u32),
        medal: o.vocab("medal")?,
        prize: o.int("prize", 1, 3)?.map(|n| n as u8),
        team_size: o.int("teamSize", 1, 3)?.map(|n| n as u8),
    })
}

fn graduate(v: &Value, path: &str) -> Result<Graduate, Error> {
    let o = Obj::new(
        v,
        path,
        "an object",
        &[
            "schoolType",
            "classType",
            "education",
            "studyMode",
            "graduationDate",
            "certificates",
            "awards",
            "honours",
        ],
    )?;
    Ok(Graduate {
        school_type: vocab_at(o.required("schoolType")?, || o.path("schoolType"))?,
        class_type: o.vocab("classType")?,
        education: o.vocab("education")?,
        study_mode: o.vocab("studyMode")?,
        graduation_date: o.date("graduationDate")?,
        certificates: o.list("certificates", certificate)?,
        awards: o.list("awards", award)?,
        honours: o.list("honours", vocab_value)?,
    })
}

/// Reads api.md `post` at `path`.
pub fn post(v: &Value, path: &str) -> Result<Post, Error> {
    let o = Obj::new(
        v,
        path,
        "an object",
        &[
            "employer",
            "postType",
            "requiredEducation",
            "skillLevelRequired",
        ],
    )?;
    Ok(Post {
        employer: vocab_at(o.required("employer")?, || o.path("employer"))?,
        post_type: vocab_at(o.required("postType")?, || o.path("postType"))?,
        required_education: o.vocab("requiredEducation")?,
        skill_level_required: o.bool("skillLevelRequired")?.unwrap_or(false),
    })
}

fn teacher(v: &Value, path: &str) -> Result<Teacher, Error> {
    let o = Obj::new(
        v,
        path,
        "an object",
        &[
            "track",
            "currentTitle",
            "currentTitleSince",
            "teachingSince",
            "probationCompleted",
            "education",
        ],
    )?;
    Ok(Teacher {
        track: vocab_at(o.required("track")?, || o.path("track"))?,
        current_title: o.vocab("currentTitle")?,
        current_title_since: o.date("currentTitleSince")?,
        teaching_since: o.date("teachingSince")?,
        probation_completed: o.bool("probationCompleted")?,
        education: o.vocab("education")?,
    })
}

/// Reads a whole request (api.md), rejecting unknown fields.
pub fn request(v: &Value) -> Result<Request, Error> {
    let o = Obj::new(
        v,
        "",
        "the request to be a JSON object",
        &[
            "asOf",
            "jurisdiction",
            "lang",
            "graduate",
            "post",
            "teacher",
        ],
    )?;
    let (as_of, jurisdiction, lang) = common(&o)?;
    Ok(Request {
        as_of,
        jurisdiction,
        lang,
        graduate: graduate(o.required("graduate")?, &o.path("graduate"))?,
        post: o
            .get("post")
            .map(|v| post(v, &o.path("post")))
            .transpose()?,
        teacher: o
            .get("teacher")
            .map(|v| teacher(v, &o.path("teacher")))
            .transpose()?,
    })
}
