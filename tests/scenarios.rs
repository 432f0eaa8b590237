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
//! without rewriting a single case. The matcher lives in tests/support/mod.rs,
//! shared with the wasm build's browser suite (tests/wasm_browser.rs); the
//! same files also run through pkg/ in Node (tests/js/scenarios.test.mjs).

mod support;

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
            let rules = support::listed_rules(&c).unwrap_or_else(|e| panic!("{name}: {e}"));
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

/// Runs one case; returns what went wrong, if anything.
fn check(case: &Case) -> Result<BTreeSet<String>, String> {
    let request = serde_json::to_string(&case.raw["request"]).unwrap();
    let outcome = match dengtong::evaluate_json(&request, TODAY) {
        Ok(report) => Ok(serde_json::from_str(&report).unwrap()),
        Err(err) => Err(serde_json::to_value(&err).unwrap()),
    };
    support::check(&case.raw, outcome)
}

#[test]
fn every_case_holds() {
    let cases = load_cases();
    assert!(cases.len() > 10, "too few cases: {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        if !support::asserts_something(&case.raw) {
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
    use serde_json::json;
    use support::{matches, present};
    let actual: Value = json!({"a": [{"x": 1, "y": 2}], "b": "z"});
    assert!(matches(&json!({"a": [{"x": 1}]}), &actual));
    assert!(!matches(&json!({"a": [{"x": 2}]}), &actual));
    assert!(!matches(&json!({"b": "w"}), &actual));
    assert!(!matches(&json!({"c": 1}), &actual));
    assert!(present(&json!({"a": [{"y": 2}]}), &actual, "r").is_some());
    assert!(present(&json!({"a": [{"y": 3}]}), &actual, "r").is_none());
}
