//! The case matcher shared by tests/scenarios.rs (native) and
//! tests/wasm_browser.rs (the wasm build in headless Chromium), so that both
//! hold the case files to exactly the same standard. tests/js/match.mjs is
//! its JavaScript twin, for the Node suite.
//!
//! - `expect`: a partial report. Objects match key by key; an expected array
//!   matches when each of its elements matches some element of the actual
//!   array (order-free).
//! - `absent`: a partial report whose array elements must match nothing.
//! - `error`: the expected `{code, path}` of a malformed request.
//! - `rules`: the rule ids the case exercises; each must be cited in the
//!   report (as a `ruleId` anywhere in it).
//!
//! Cases are matched against a *view* of the report ([`view`]) that spells
//! out what contract 0.2 gives once: each citation `{ruleId, clauseId}` is
//! shown with its clause (`article`, `quote`, `line`) and `document`, and a
//! caveat the report gives once for a whole section is shown on every entry
//! of that section. So a case says "this decision rests on that clause" or
//! "this caveat applies here" whatever the report's layout.
#![allow(dead_code)]

use std::collections::BTreeSet;

use serde_json::Value;

/// The date used when a request has no `asOf` (catalogue §5 default).
pub const TODAY: &str = "2024-05-01";

/// Every case's request, file by file in name order (native only: a
/// browser page cannot list a directory).
pub fn case_requests() -> Vec<Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable case file");
        let cases: Vec<Value> = serde_json::from_str(&text).expect("a JSON array of cases");
        out.extend(cases.into_iter().map(|c| c["request"].clone()));
    }
    out
}

/// Whether `actual` contains `expected` (see the module doc).
pub fn matches(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().all(|(k, ev)| match a.get(k) {
            Some(av) => matches(ev, av),
            None => ev.is_null(),
        }),
        (Value::Array(e), Value::Array(a)) => e.iter().all(|ev| a.iter().any(|av| matches(ev, av))),
        _ => expected == actual,
    }
}

/// The report as cases see it (see the module doc).
pub fn view(report: &Value) -> Value {
    let mut v = report.clone();
    let clauses = report["clauses"].clone();
    let documents = report["documents"].clone();
    resolve(&mut v, &clauses, &documents);
    let section_caveats = |section: &str| -> Vec<Value> {
        report["caveats"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|c| c["section"] == section)
            .cloned()
            .map(|mut c| {
                resolve(&mut c, &clauses, &documents);
                c
            })
            .collect()
    };
    for (section, key) in [
        ("equivalences", "caveats"),
        ("directRecruitment", "caveats"),
        ("entitlements", "conditions"),
        ("titles", "caveats"),
    ] {
        let shared = section_caveats(section);
        if shared.is_empty() {
            continue;
        }
        for entry in v[section].as_array_mut().into_iter().flatten() {
            if entry["held"] == true {
                continue;
            }
            if let Some(list) = entry[key].as_array_mut() {
                list.extend(shared.iter().cloned());
            }
        }
    }
    v
}

/// Spells out every citation `{ruleId, clauseId}` under `v`.
fn resolve(v: &mut Value, clauses: &Value, documents: &Value) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(id)), true) =
                (m.get("clauseId").cloned(), m.contains_key("ruleId"))
            {
                let clause = &clauses[id.as_str()];
                for k in ["article", "quote", "line"] {
                    if let Some(x) = clause.get(k) {
                        m.insert(k.to_owned(), x.clone());
                    }
                }
                if let Some(d) = clause["documentId"].as_str() {
                    m.insert("document".to_owned(), documents[d].clone());
                }
                return;
            }
            for x in m.values_mut() {
                resolve(x, clauses, documents);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| resolve(x, clauses, documents)),
        _ => {}
    }
}

/// Finds the first way `actual` violates `absent`: an expected array element
/// that matches an actual one.
pub fn present(absent: &Value, actual: &Value, path: &str) -> Option<String> {
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

/// Every `ruleId` anywhere in `v`.
pub fn rule_ids(v: &Value, out: &mut BTreeSet<String>) {
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

/// The rule ids a case lists.
pub fn listed_rules(case: &Value) -> Result<Vec<String>, String> {
    match &case["rules"] {
        Value::Array(a) => a
            .iter()
            .map(|r| {
                r.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("rule id must be a string, got {r}"))
            })
            .collect(),
        Value::Null => Ok(Vec::new()),
        other => Err(format!("rules must be an array, got {other}")),
    }
}

/// Whether a case asserts anything at all.
pub fn asserts_something(case: &Value) -> bool {
    case.get("expect").is_some() || case.get("absent").is_some() || case.get("error").is_some()
}

/// Judges one case by what evaluating its request gave: the report, or the
/// error as `{code, path, message}`. Returns the rule ids cited.
pub fn check(case: &Value, outcome: Result<Value, Value>) -> Result<BTreeSet<String>, String> {
    match outcome {
        Err(got) => match case.get("error") {
            Some(expected) if matches(expected, &got) => Ok(BTreeSet::new()),
            Some(expected) => Err(format!("expected error {expected}, got {got}")),
            None => Err(format!("unexpected error {got}")),
        },
        Ok(report) => {
            let report = view(&report);
            if let Some(e) = case.get("error") {
                return Err(format!("expected error {e}, got a report"));
            }
            if let Some(expected) = case.get("expect") {
                if !matches(expected, &report) {
                    return Err(format!(
                        "report does not match.\nexpected ⊆ {}\nactual   = {}",
                        serde_json::to_string_pretty(expected).unwrap_or_default(),
                        serde_json::to_string_pretty(&report).unwrap_or_default()
                    ));
                }
            }
            if let Some(absent) = case.get("absent") {
                if let Some(why) = present(absent, &report, "report") {
                    return Err(why);
                }
            }
            let mut cited = BTreeSet::new();
            rule_ids(&report, &mut cited);
            for r in listed_rules(case)? {
                if !cited.contains(&r) {
                    return Err(format!(
                        "rule {r} is listed but not cited in the report (cited: {cited:?})"
                    ));
                }
            }
            Ok(cited)
        }
    }
}
