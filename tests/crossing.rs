//! The crossing into JavaScript (src/crossing.rs): words decoded give the
//! very JSON `serde_json` writes, on every case report, the fixture, the
//! registry and every JSON shape; each string crosses once; both sides start
//! again when they must. (scripts/parity.mjs holds the JS decoder to it.)

mod support;

use std::collections::BTreeMap;

use std::borrow::Cow;

use dengtong::crossing::{Decoder, Encoder, Static, CAPACITY};
use dengtong::{parse_request, Date};
use serde::ser::{Error as _, SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::Value;

/// Encodes `value` with `enc`, decodes with `dec`, and asserts the text is
/// what serde_json writes. Returns (reset, new strings) of the call.
fn check<T: Serialize>(enc: &mut Encoder, dec: &mut Decoder, value: &T) -> (bool, usize) {
    let want = serde_json::to_string(value).unwrap();
    let before = enc.strings();
    let e = enc.encode(value).unwrap();
    let (reset, no_fresh_text) = (e.reset, e.fresh.is_empty());
    let got = dec.decode(&e);
    assert_eq!(got, want);
    assert_eq!(
        enc.strings(),
        dec.strings(),
        "both tables hold the same strings"
    );
    let new = enc.strings() - if reset { 0 } else { before };
    assert!(new > 0 || no_fresh_text, "fresh text without a new string");
    (reset, new)
}

/// The full-request fixture, then every case's request.
fn case_requests() -> Vec<String> {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/full-request.json"
    );
    let mut out = vec![std::fs::read_to_string(fixture).unwrap()];
    out.extend(support::case_requests().iter().map(Value::to_string));
    out
}

#[test]
fn every_case_report_crosses_as_serde_json_writes_it() {
    let (mut enc, mut dec) = (Encoder::new(), Decoder::new());
    let today = Date::ymd(2024, 5, 1);
    let mut reports = 0;
    for json in case_requests() {
        let Ok(req) = parse_request(&json) else {
            continue;
        };
        let report = dengtong::evaluate(&req, today);
        check(&mut enc, &mut dec, &report);
        // The same report again: every string is already on the other side.
        let (reset, new) = check(&mut enc, &mut dec, &report);
        assert!(!reset);
        assert_eq!(new, 0, "a string crossed twice");
        reports += 1;
    }
    assert!(reports > 500, "{reports} reports");
}

#[test]
fn the_registry_crosses_as_serde_json_writes_it() {
    let (mut enc, mut dec) = (Encoder::new(), Decoder::new());
    let (reset, new) = check(&mut enc, &mut dec, &dengtong::registry::registry());
    assert!(reset, "the first call starts both tables");
    assert!(new > 100);
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum Kind {
    Unit,
    Newtype(u8),
    Tuple(i32, bool),
    Struct { a_b: Option<char> },
}

#[derive(Serialize)]
struct Inner {
    x: u16,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Shapes {
    text: &'static str,
    /// The same text, found by address.
    marked: Static,
    #[serde(serialize_with = "dengtong::crossing::worded")]
    borrowed: Cow<'static, str>,
    #[serde(serialize_with = "dengtong::crossing::worded")]
    owned: Cow<'static, str>,
    escapes: String,
    unicode: &'static str,
    #[serde(rename = "__proto__")]
    proto: Vec<u8>,
    small: Vec<i64>,
    unsigned: Vec<u64>,
    floats: Vec<f64>,
    kinds: Vec<Kind>,
    int_keys: BTreeMap<i32, &'static str>,
    char_keys: BTreeMap<char, ()>,
    #[serde(with = "bytes")]
    bytes: Vec<u8>,
    #[serde(flatten)]
    flat: Inner,
    tuple: (u8, &'static str),
    absent: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<bool>,
    empty: (Vec<u8>, BTreeMap<String, u8>, String),
}

mod bytes {
    pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(v)
    }
}

#[test]
fn every_json_shape_crosses_as_serde_json_writes_it() {
    let shapes = Shapes {
        text: "plain",
        marked: Static("plain"),
        borrowed: Cow::Borrowed("中级工班"),
        owned: Cow::Owned("中级工班 owned".into()),
        escapes: "\"\\/\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}".into(),
        unicode: "中级工班 · 預備 😀 \u{2028}\u{2029}",
        proto: vec![1, 2],
        small: vec![
            0,
            1,
            (1 << 29) - 1,
            1 << 29,
            -1,
            -(1 << 29),
            i64::MIN,
            i64::MAX,
        ],
        unsigned: vec![u64::MAX, (1 << 53) + 1, 1 << 32],
        floats: vec![
            0.0,
            -0.0,
            1.0,
            1.5,
            -2.25e-300,
            1e300,
            f64::NAN,
            f64::INFINITY,
            0.1,
        ],
        kinds: vec![
            Kind::Unit,
            Kind::Newtype(7),
            Kind::Tuple(-3, true),
            Kind::Struct { a_b: Some('字') },
            Kind::Struct { a_b: None },
        ],
        int_keys: BTreeMap::from([(-1, "minus"), (10, "ten"), (2, "two")]),
        char_keys: BTreeMap::from([('k', ())]),
        bytes: vec![0, 255],
        flat: Inner { x: 9 },
        tuple: (1, "plain"),
        absent: None,
        skipped: None,
        empty: (vec![], BTreeMap::new(), String::new()),
    };
    let (mut enc, mut dec) = (Encoder::new(), Decoder::new());
    check(&mut enc, &mut dec, &shapes);
    // "plain" and every key crossed once: nothing new the second time.
    assert_eq!(check(&mut enc, &mut dec, &shapes), (false, 0));
    check(&mut enc, &mut dec, &"plain");
    check(&mut enc, &mut dec, &());
}

#[test]
fn a_map_key_that_is_not_text_is_refused_as_json_refuses_it() {
    let mut enc = Encoder::new();
    let map = BTreeMap::from([(vec![1u8], 1u8)]);
    assert!(serde_json::to_string(&map).is_err());
    assert!(enc.encode(&map).is_err());
}

/// Distinct strings, so that the table grows by `n`.
struct Distinct(usize, usize);
impl Serialize for Distinct {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.1))?;
        for i in 0..self.1 {
            seq.serialize_element(&format!("s{}-{i}", self.0))?;
        }
        seq.end()
    }
}

#[test]
fn both_tables_start_again_past_their_capacity() {
    let (mut enc, mut dec) = (Encoder::new(), Decoder::new());
    assert_eq!(
        check(&mut enc, &mut dec, &Distinct(0, CAPACITY)),
        (true, CAPACITY)
    );
    // At capacity: kept.
    assert_eq!(check(&mut enc, &mut dec, &Distinct(0, 1)), (false, 0));
    assert_eq!(check(&mut enc, &mut dec, &Distinct(1, 1)), (false, 1));
    // Past it: the next call starts again, and its strings cross anew.
    assert_eq!(enc.strings(), CAPACITY + 1);
    assert_eq!(check(&mut enc, &mut dec, &Distinct(0, 1)), (true, 1));
    assert_eq!(enc.strings(), 1);
}

/// A new string, then a failure half-way.
struct FailsAfter(&'static str);
impl Serialize for FailsAfter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        seq.serialize_element(self.0)?;
        Err(S::Error::custom("half-way"))
    }
}

#[test]
fn both_tables_start_again_after_a_failed_encoding() {
    let (mut enc, mut dec) = (Encoder::new(), Decoder::new());
    assert_eq!(check(&mut enc, &mut dec, &"kept"), (true, 1));
    assert_eq!(check(&mut enc, &mut dec, &"kept"), (false, 0));
    let err = enc.encode(&FailsAfter("never crossed")).unwrap_err();
    assert_eq!(err.code.as_str(), "invalid_request");
    // The other side never saw "never crossed": both start again.
    assert_eq!(check(&mut enc, &mut dec, &"never crossed"), (true, 1));
    assert_eq!(check(&mut enc, &mut dec, &"kept"), (false, 1));
}
