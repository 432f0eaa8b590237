//! No input makes the library panic: a million random and mutated requests
//! (fixed seed) each give a report or a structured error.
//!
//! Run in release by scripts/test.sh (`cargo test --release --test fuzz`);
//! in a debug `cargo test` it runs `DENGTONG_FUZZ_CASES` cases (default
//! 1,000,000 in release, 100,000 in debug).

use std::path::Path;

use serde_json::{json, Value};

/// xorshift64*: small, deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// The jurisdiction codes, from the one table (`law::jurisdiction`).
fn jurisdictions() -> Vec<&'static str> {
    dengtong::request::Jurisdiction::all()
        .iter()
        .map(|j| j.code())
        .collect()
}

/// The wire values of a vocabulary, from the one table (`vocab::VOCABULARIES`).
fn values(name: &str) -> Vec<&'static str> {
    let v = dengtong::vocab::VOCABULARIES
        .iter()
        .find(|v| v.name == name)
        .unwrap_or_else(|| panic!("no vocabulary {name}"));
    (v.values)().into_iter().map(|(w, _)| w).collect()
}

/// The titles of one track's ladder, as wire names.
fn ladder(track: dengtong::request::Track) -> Vec<&'static str> {
    track.ladder().iter().map(|t| t.wire()).collect()
}

fn date(r: &mut Rng) -> Value {
    // Mostly real dates around the rules' lifetimes, sometimes nonsense.
    if r.chance(50) {
        return json!(*r.pick(&[
            "2023-02-30",
            "2024-02-29",
            "1999-12-31",
            "9999-12-31",
            "2023-7-1",
            "",
            "x"
        ]));
    }
    let y = 2012 + r.below(16);
    let m = 1 + r.below(12);
    let d = 1 + r.below(28);
    json!(format!("{y:04}-{m:02}-{d:02}"))
}

/// A structurally valid request from the whole vocabulary.
fn valid_request(r: &mut Rng) -> Value {
    let schools = values("schoolType");
    let school = *r.pick(&schools);
    let mut g = json!({ "schoolType": school });
    if (school.starts_with("tech") || school == "seniorTechnicalSchool") && !r.chance(5) {
        g["classType"] = json!(*r.pick(&values("classType")));
    }
    if r.chance(4) {
        g["education"] = json!(*r.pick(&values("education")));
    }
    if r.chance(2) {
        g["studyMode"] = json!(*r.pick(&["fullTime", "partTime"]));
    }
    g["graduationDate"] = if r.chance(6) { Value::Null } else { date(r) };
    let certs: Vec<Value> = (0..r.below(3))
        .map(|_| json!({ "level": *r.pick(&values("skillLevel")), "field": *r.pick(&values("certificateField")) }))
        .collect();
    g["certificates"] = json!(certs);
    let awards: Vec<Value> = (0..r.below(3))
        .map(|_| {
            let mut a = json!({ "competition": *r.pick(&values("competition")) });
            if r.chance(2) {
                a["rank"] = json!(1 + r.below(30));
            }
            if r.chance(2) {
                a["medal"] = json!(*r.pick(&values("medal")));
            }
            if r.chance(4) {
                a["prize"] = json!(1 + r.below(3));
            }
            if r.chance(2) {
                a["teamSize"] = json!(1 + r.below(3));
            }
            a
        })
        .collect();
    g["awards"] = json!(awards);
    let honours: Vec<Value> = (0..r.below(3))
        .map(|_| json!(*r.pick(&values("honour"))))
        .collect();
    g["honours"] = json!(honours);
    let mut req = json!({
        "asOf": date(r),
        "jurisdiction": *r.pick(&jurisdictions()),
        "lang": *r.pick(&values("lang")),
        "graduate": g,
    });
    if r.chance(2) {
        let mut post = json!({ "employer": *r.pick(&values("employer")), "postType": *r.pick(&values("postType")) });
        if r.chance(3) {
            post["requiredEducation"] = json!(*r.pick(&values("education")));
        }
        post["skillLevelRequired"] = json!(r.chance(3));
        req["post"] = post;
    }
    if r.chance(2) {
        let practical = r.chance(2);
        let mut t = json!({ "track": if practical { "practical" } else { "theory" } });
        if r.chance(4) {
            t["currentTitle"] = json!(*r.pick(&ladder(if practical {
                dengtong::request::Track::Practical
            } else {
                dengtong::request::Track::Theory
            })));
        }
        for key in ["currentTitleSince", "teachingSince"] {
            if r.chance(2) {
                t[key] = date(r);
            }
        }
        if r.chance(2) {
            t["probationCompleted"] = json!(r.chance(2));
        }
        if r.chance(2) {
            t["education"] = json!(*r.pick(&values("education")));
        }
        req["teacher"] = t;
    }
    req
}

fn junk(r: &mut Rng, depth: usize) -> Value {
    match r.below(if depth > 6 { 5 } else { 8 }) {
        0 => Value::Null,
        1 => json!(r.chance(2)),
        2 => json!((r.next() as i64) >> r.below(63)),
        3 => json!(f64::from_bits(r.next() & 0x7fef_ffff_ffff_ffff)),
        4 => json!(*r.pick(&["", "CN", "本科", "senior", "2024-02-29", "\u{0}", "𝔘"])),
        5 => Value::Array((0..r.below(4)).map(|_| junk(r, depth + 1)).collect()),
        _ => {
            let mut m = serde_json::Map::new();
            for _ in 0..r.below(4) {
                let k = (*r.pick(&[
                    "graduate",
                    "schoolType",
                    "rank",
                    "level",
                    "x",
                    "asOf",
                    "post",
                ]))
                .to_owned();
                m.insert(k, junk(r, depth + 1));
            }
            Value::Object(m)
        }
    }
}

/// Replaces one random node of `v` with junk.
fn mutate_value(r: &mut Rng, v: &mut Value) {
    match v {
        Value::Object(m) if !m.is_empty() && !r.chance(4) => {
            let k = m.keys().nth(r.below(m.len())).cloned().unwrap();
            if r.chance(8) {
                m.remove(&k);
            } else {
                mutate_value(r, m.get_mut(&k).unwrap());
            }
        }
        Value::Array(a) if !a.is_empty() && !r.chance(4) => {
            let i = r.below(a.len());
            mutate_value(r, &mut a[i]);
        }
        _ => *v = junk(r, 0),
    }
}

/// Byte-level damage to JSON text, kept valid UTF-8.
fn mutate_text(r: &mut Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for _ in 0..1 + r.below(3) {
        if chars.is_empty() {
            break;
        }
        let i = r.below(chars.len());
        match r.below(4) {
            0 => {
                chars.remove(i);
            }
            1 => chars.insert(
                i,
                *r.pick(&['{', '}', '[', ']', '"', ',', ':', '0', 'e', '\\', '本']),
            ),
            2 => chars[i] = *r.pick(&['1', '-', ' ', 'x', '"']),
            _ => chars.truncate(i),
        }
    }
    chars.into_iter().collect()
}

fn seeds() -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
        if let Ok(Value::Array(cases)) = serde_json::from_str::<Value>(&text) {
            out.extend(cases.into_iter().map(|c| c["request"].clone()));
        }
    }
    out
}

fn cases() -> usize {
    std::env::var("DENGTONG_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            100_000
        } else {
            1_000_000
        })
}

#[test]
fn a_million_requests_give_a_report_or_a_structured_error() {
    let today = dengtong::Date::ymd(2024, 5, 1);
    let seeds = seeds();
    let mut r = Rng(0x5eed_d3e6_7042_2026);
    let (mut reports, mut errors) = (0usize, 0usize);
    let n = cases();
    for i in 0..n {
        let input = match i % 4 {
            0 => valid_request(&mut r).to_string(),
            1 => {
                let mut v = if seeds.is_empty() {
                    valid_request(&mut r)
                } else {
                    r.pick(&seeds).clone()
                };
                mutate_value(&mut r, &mut v);
                v.to_string()
            }
            2 => {
                let text = valid_request(&mut r).to_string();
                mutate_text(&mut r, &text)
            }
            _ => junk(&mut r, 0).to_string(),
        };
        match dengtong::evaluate_json(&input, today) {
            Ok(report) => {
                // Cheap structural check on every report; full parse on a sample.
                assert!(
                    report.starts_with("{\"summary\":{\"headline\":{\"code\":\""),
                    "odd report for {input}"
                );
                if i % 997 == 0 {
                    let v: Value = serde_json::from_str(&report).expect("report is JSON");
                    assert!(v["equivalences"].is_array());
                }
                reports += 1;
            }
            Err(e) => {
                let known = [
                    "invalid_json",
                    "invalid_request",
                    "invalid_date",
                    "unsupported_jurisdiction",
                ];
                assert!(known.contains(&e.code.as_str()), "unknown code for {input}");
                assert!(!e.message.is_empty(), "empty message for {input}");
                let envelope: Value = serde_json::from_str(&e.to_json()).expect("error JSON");
                assert_eq!(envelope["error"]["code"], e.code.as_str());
                errors += 1;
            }
        }
    }
    assert_eq!(reports + errors, n);
    // Both kinds of answer must really occur, or the generator is broken.
    assert!(reports > n / 5, "too few reports: {reports}");
    assert!(errors > n / 5, "too few errors: {errors}");
    eprintln!("fuzz: {n} inputs, {reports} reports, {errors} errors");
}

#[test]
fn deep_nesting_and_huge_strings_are_errors_not_crashes() {
    let today = dengtong::Date::ymd(2024, 5, 1);
    let deep = "[".repeat(100_000);
    assert_eq!(
        dengtong::evaluate_json(&deep, today)
            .unwrap_err()
            .code
            .as_str(),
        "invalid_json"
    );
    let deep_obj = format!("{}{}", "{\"graduate\":".repeat(5_000), "1");
    assert!(dengtong::evaluate_json(&deep_obj, today).is_err());
    let huge = format!(
        r#"{{"graduate":{{"schoolType":"{}"}}}}"#,
        "x".repeat(10_000_000)
    );
    let e = dengtong::evaluate_json(&huge, today).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.path.as_str()),
        ("invalid_request", "graduate.schoolType")
    );
    assert_eq!(
        dengtong::evaluate_json("", today)
            .unwrap_err()
            .code
            .as_str(),
        "invalid_json"
    );
    assert_eq!(
        dengtong::evaluate_json("{\"graduate\":", today)
            .unwrap_err()
            .code
            .as_str(),
        "invalid_json"
    );
}

/// The codes of an answer that no text speaks to at all: nothing to cite.
fn no_rule_code(code: &str) -> bool {
    code.starts_with("open.noRule")
}

/// Decisions on the post's own terms, which cite the clauses that stand on
/// the date and may rest on none: no requirement set, the person's own
/// 学历 against it, or no text of that date giving any level.
fn own_terms_code(code: &str) -> bool {
    code.starts_with("reason.ownEducation")
        || matches!(
            code,
            "reason.universityAtLeastAssociate"
                | "reason.noEducationRequirement"
                | "reason.noRuleGivesLevel"
                | "reason.widestReadingNoLevel"
        )
}

fn codes(v: &Value) -> Vec<&str> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x["code"].as_str())
        .collect()
}

/// The first way a report breaks the contract's invariants (api.md 0.2):
/// - every decision cites at least one clause (equivalence, reason, note,
///   route, entitlement, title rung), but for an answer no text speaks to;
/// - `undetermined` names the missing request field(s);
/// - `unclear` has its open point (`open.*`) and the clause leaving it open;
/// - every text has a code, and no `{placeholder}` survives;
/// - every citation's clause is in `clauses`, each clause's document in
///   `documents`, and the tables hold nothing else.
fn broken(report: &Value) -> Option<String> {
    let has = |v: &Value| v["citations"].as_array().is_some_and(|c| !c.is_empty());
    for (section, key) in [
        ("equivalences", "purpose"),
        ("directRecruitment", "route"),
        ("entitlements", "id"),
        ("titles", "title"),
        ("notes", "ruleId"),
    ] {
        for item in report[section].as_array().into_iter().flatten() {
            if !has(item) {
                return Some(format!("{section} {} has no citation", item[key]));
            }
        }
    }
    for n in report["skill"]["notes"].as_array().into_iter().flatten() {
        if !has(n) {
            return Some(format!("skill note {} has no citation", n["code"]));
        }
    }
    let mut decisions: Vec<(String, &Value, &str)> = Vec::new();
    if let Some(rec) = report.get("recruitment") {
        decisions.push(("recruitment".into(), rec, "outcome"));
        let reasons = rec["reasons"].as_array().cloned().unwrap_or_default();
        let exempt = codes(&rec["reasons"])
            .iter()
            .any(|c| no_rule_code(c) || own_terms_code(c));
        if !exempt && !reasons.iter().any(has) {
            return Some(format!(
                "recruitment {} rests on no citation",
                rec["outcome"]
            ));
        }
    }
    for d in report["directRecruitment"].as_array().into_iter().flatten() {
        decisions.push((format!("route {}", d["route"]), d, "outcome"));
    }
    for e in report["entitlements"].as_array().into_iter().flatten() {
        decisions.push((format!("entitlement {}", e["id"]), e, "status"));
    }
    for t in report["titles"].as_array().into_iter().flatten() {
        decisions.push((format!("title {}", t["title"]), t, "status"));
    }
    for (what, d, key) in decisions {
        let missing = d["missing"].as_array().map_or(0, Vec::len);
        match d[key].as_str() {
            Some("undetermined") if missing == 0 => {
                return Some(format!("{what} is undetermined with nothing missing"))
            }
            Some("unclear") => {
                if missing != 0 {
                    return Some(format!("{what} is unclear but names a missing field"));
                }
                let open: Vec<&Value> = d["reasons"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|r| r["code"].as_str().is_some_and(|c| c.starts_with("open.")))
                    .collect();
                let Some(first) = open.first() else {
                    return Some(format!("{what} is unclear without its open point"));
                };
                let code = first["code"].as_str().unwrap_or_default();
                if !no_rule_code(code) && !open.iter().any(|r| has(r)) {
                    return Some(format!("{what}: the open point {code} cites no clause"));
                }
            }
            _ => {}
        }
    }
    // Texts: a code each, nothing left unfilled.
    fn texts(v: &Value, path: &str, out: &mut Option<String>) {
        if out.is_some() {
            return;
        }
        match v {
            Value::Object(m) => {
                if let Some(Value::String(t)) = m.get("text") {
                    if !m.get("code").is_some_and(Value::is_string) {
                        *out = Some(format!("{path}: a text without a code"));
                    } else if t.contains('{') || t.contains('}') || t.trim().is_empty() {
                        *out = Some(format!("{path}: text «{t}» is empty or has a placeholder"));
                    }
                }
                for (k, x) in m {
                    if k != "clauses" && k != "documents" {
                        texts(x, &format!("{path}.{k}"), out);
                    }
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    texts(x, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut why = None;
    texts(report, "report", &mut why);
    if why.is_some() {
        return why;
    }
    // Tables: exactly what is cited.
    let mut cited = std::collections::BTreeSet::new();
    fn clause_ids<'a>(v: &'a Value, out: &mut std::collections::BTreeSet<&'a str>) {
        match v {
            Value::Object(m) => {
                if let (Some(Value::String(id)), true) =
                    (m.get("clauseId"), m.contains_key("ruleId"))
                {
                    out.insert(id);
                }
                for (k, x) in m {
                    if k != "clauses" && k != "documents" {
                        clause_ids(x, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| clause_ids(x, out)),
            _ => {}
        }
    }
    clause_ids(report, &mut cited);
    let clauses = report["clauses"].as_object()?;
    let tabled: std::collections::BTreeSet<&str> = clauses.keys().map(String::as_str).collect();
    if cited != tabled {
        return Some(format!(
            "clauses table {tabled:?} is not the clauses cited {cited:?}"
        ));
    }
    let docs: std::collections::BTreeSet<&str> = clauses
        .values()
        .filter_map(|c| c["documentId"].as_str())
        .collect();
    let doc_table: std::collections::BTreeSet<&str> = report["documents"]
        .as_object()?
        .keys()
        .map(String::as_str)
        .collect();
    if docs != doc_table {
        return Some(format!(
            "documents table {doc_table:?} is not the documents cited {docs:?}"
        ));
    }
    None
}

/// Over 100,000 random valid requests (5,000 in a debug build): every
/// report keeps the invariants of [`broken`].
#[test]
fn every_report_keeps_the_contract() {
    let today = dengtong::Date::ymd(2024, 5, 1);
    let mut r = Rng(0xc17e_0000_2026_1128);
    let mut checked = 0;
    let mut failures = std::collections::BTreeSet::new();
    for _ in 0..if cfg!(debug_assertions) {
        5_000
    } else {
        100_000
    } {
        let input = valid_request(&mut r).to_string();
        if let Ok(report) = dengtong::evaluate_json(&input, today) {
            let v: Value = serde_json::from_str(&report).unwrap();
            if let Some(why) = broken(&v) {
                if failures.len() < 20 && failures.insert(why.clone()) {
                    eprintln!("{why}\n  for {input}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 1_000);
    assert!(failures.is_empty(), "broken reports: {failures:?}");
}
