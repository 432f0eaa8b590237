//! Scenario tests as data: every file under `tests/cases/` is a JSON array of
//! cases `{name, rules, clause, request, expect?, absent?, error?}`.
//!
//! - `expect`: a partial report. Objects match key by key; an expected array
//!   matches when each of its elements matches some element of the actual
//!   array (order-free).
//! - `absent`: a partial report whose array elements must match nothing.
//! - `error`: the expected `{code, path}` of a malformed request.
//! - `rules`: the rule ids the case exercises; each must be cited in the
//!   report (as a `ruleId` anywhere in it).
//!
//! `check` is the only code that calls the library, so the API can change
//! without rewriting a single case. The same files run through the wasm
//! build (tests/js/scenarios.test.mjs).

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

/// The date used when a request has no `asOf` (catalogue §5 default).
const TODAY: dengtong::Date = dengtong::Date::ymd(2024, 5, 1);

struct Case {
    file: String,
    name: String,
    rules: Vec<String>,
    raw: Value,
}

fn load_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable case file");
        let cases: Vec<Value> = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a JSON array of cases: {e}", f.display()));
        for c in cases {
            let name = c["name"]
                .as_str()
                .unwrap_or_else(|| panic!("{}: a case without name", f.display()));
            let rules = match &c["rules"] {
                Value::Array(a) => a
                    .iter()
                    .map(|r| r.as_str().expect("rule id string").to_owned())
                    .collect(),
                Value::Null => Vec::new(),
                other => panic!("{name}: rules must be an array, got {other}"),
            };
            out.push(Case {
                file: f.file_name().unwrap().to_string_lossy().into_owned(),
                name: name.to_owned(),
                rules,
                raw: c,
            });
        }
    }
    out
}

/// Whether `actual` contains `expected` (see the module doc).
fn matches(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().all(|(k, ev)| match a.get(k) {
            Some(av) => matches(ev, av),
            None => ev.is_null(),
        }),
        (Value::Array(e), Value::Array(a)) => e.iter().all(|ev| a.iter().any(|av| matches(ev, av))),
        _ => expected == actual,
    }
}

/// Finds the first way `actual` violates `absent`: an expected array element
/// that matches an actual one.
fn present(absent: &Value, actual: &Value, path: &str) -> Option<String> {
    match (absent, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().find_map(|(k, ev)| {
            a.get(k)
                .and_then(|av| present(ev, av, &format!("{path}.{k}")))
        }),
        (Value::Array(e), Value::Array(a)) => e.iter().find_map(|ev| {
            a.iter()
                .find(|av| matches(ev, av))
                .map(|av| format!("{path}: {ev} should be absent but found {av}"))
        }),
        (e, a) if e == a => Some(format!("{path}: {e} should be absent")),
        _ => None,
    }
}

fn rule_ids(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "ruleId" {
                    if let Some(s) = x.as_str() {
                        out.insert(s.to_owned());
                    }
                }
                rule_ids(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| rule_ids(x, out)),
        _ => {}
    }
}

/// Runs one case; returns what went wrong, if anything.
fn check(case: &Case) -> Result<BTreeSet<String>, String> {
    let request = serde_json::to_string(&case.raw["request"]).unwrap();
    match dengtong::evaluate_json(&request, TODAY) {
        Err(err) => {
            let got = serde_json::to_value(&err).unwrap();
            match case.raw.get("error") {
                Some(expected) if matches(expected, &got) => Ok(BTreeSet::new()),
                Some(expected) => Err(format!("expected error {expected}, got {got}")),
                None => Err(format!("unexpected error {got}")),
            }
        }
        Ok(report) => {
            let report: Value = serde_json::from_str(&report).unwrap();
            if let Some(e) = case.raw.get("error") {
                return Err(format!("expected error {e}, got a report"));
            }
            if let Some(expected) = case.raw.get("expect") {
                if !matches(expected, &report) {
                    return Err(format!(
                        "report does not match.\nexpected ⊆ {}\nactual   = {}",
                        serde_json::to_string_pretty(expected).unwrap(),
                        serde_json::to_string_pretty(&report).unwrap()
                    ));
                }
            }
            if let Some(absent) = case.raw.get("absent") {
                if let Some(why) = present(absent, &report, "report") {
                    return Err(why);
                }
            }
            let mut cited = BTreeSet::new();
            rule_ids(&report, &mut cited);
            for r in &case.rules {
                if !cited.contains(r) {
                    return Err(format!(
                        "rule {r} is listed but not cited in the report (cited: {cited:?})"
                    ));
                }
            }
            Ok(cited)
        }
    }
}

#[test]
fn every_case_holds() {
    let cases = load_cases();
    assert!(cases.len() > 10, "too few cases: {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        if case.raw.get("expect").is_none()
            && case.raw.get("absent").is_none()
            && case.raw.get("error").is_none()
        {
            failures.push(format!("{} / {}: asserts nothing", case.file, case.name));
            continue;
        }
        if let Err(why) = check(case) {
            failures.push(format!("{} / {}: {why}", case.file, case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_rule_id_is_exercised_by_a_case() {
    let cases = load_cases();
    let listed: BTreeSet<&str> = cases
        .iter()
        .flat_map(|c| c.rules.iter().map(String::as_str))
        .collect();
    let missing: Vec<&str> = dengtong::engine::all_rules()
        .map(|r| r.id)
        .filter(|id| !listed.contains(id))
        .collect();
    assert!(missing.is_empty(), "rule ids with no case: {missing:?}");
    let known: BTreeSet<&str> = dengtong::engine::all_rules().map(|r| r.id).collect();
    let unknown: Vec<&str> = listed
        .iter()
        .copied()
        .filter(|id| !known.contains(id))
        .collect();
    assert!(
        unknown.is_empty(),
        "cases name unknown rule ids: {unknown:?}"
    );
}

#[test]
fn the_matcher_can_fail() {
    let actual: Value = serde_json::json!({"a": [{"x": 1, "y": 2}], "b": "z"});
    assert!(matches(&serde_json::json!({"a": [{"x": 1}]}), &actual));
    assert!(!matches(&serde_json::json!({"a": [{"x": 2}]}), &actual));
    assert!(!matches(&serde_json::json!({"b": "w"}), &actual));
    assert!(!matches(&serde_json::json!({"c": 1}), &actual));
    assert!(present(&serde_json::json!({"a": [{"y": 2}]}), &actual, "r").is_some());
    assert!(present(&serde_json::json!({"a": [{"y": 3}]}), &actual, "r").is_none());
}
