//! The wasm build in headless Chromium (wasm-bindgen-test): every case file
//! of tests/cases/ through the JavaScript boundary `dengtong::wasm::evaluate`
//! — JS object in, JS object out — judged by the same matcher as the native
//! scenarios (tests/support/mod.rs), plus the boundary's error paths.
//!
//! Run by scripts/test.sh:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//!  cargo test --target wasm32-unknown-unknown --no-default-features --test wasm_browser`.
//! A browser page cannot list a directory, so scripts/test.sh first writes
//! `target/wasm-cases.rs`: one `include_str!` per tests/cases/*.json.
#![cfg(target_arch = "wasm32")]

mod support;

use js_sys::{Reflect, JSON};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// `(file name, contents)` of every case file.
const CASE_FILES: &[(&str, &str)] =
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/target/wasm-cases.rs"));

fn js(v: &Value) -> JsValue {
    JSON::parse(&v.to_string()).expect("valid JSON")
}

fn rust(v: &JsValue) -> Value {
    let text: String = JSON::stringify(v).expect("stringifiable").into();
    serde_json::from_str(&text).expect("JSON")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// What `evaluate` gives for a JS value: the report, or the thrown error as
/// `{code, path, message}` — after checking it is a real `Error`.
fn evaluate(request: JsValue) -> Result<Value, Value> {
    match dengtong::wasm::evaluate(request) {
        Ok(report) => Ok(rust(&report)),
        Err(e) => {
            assert!(
                e.is_instance_of::<js_sys::Error>(),
                "thrown value is not an Error: {e:?}"
            );
            let code = get(&e, "code").as_string().expect("code is a string");
            let path = get(&e, "path").as_string().expect("path is a string");
            let message: String = e.unchecked_ref::<js_sys::Error>().message().into();
            Err(json!({"code": code, "path": path, "message": message}))
        }
    }
}

/// A case's request, with the scenarios' fixed today when it has no `asOf`
/// (the browser would use its own clock).
fn request_of(case: &Value) -> Value {
    let mut request = case["request"].clone();
    if let Value::Object(m) = &mut request {
        if m.get("asOf").is_none_or(Value::is_null) {
            m.insert("asOf".into(), support::TODAY.into());
        }
    }
    request
}

#[wasm_bindgen_test]
fn runs_in_a_browser() {
    assert!(Reflect::has(&js_sys::global(), &"document".into()).unwrap_or(false));
}

#[wasm_bindgen_test]
fn every_case_holds_in_the_browser() {
    assert!(!CASE_FILES.is_empty(), "no case files were embedded");
    let (mut count, mut failures) = (0, Vec::new());
    for (file, text) in CASE_FILES {
        let cases: Vec<Value> = serde_json::from_str(text)
            .unwrap_or_else(|e| panic!("{file}: not a JSON array of cases: {e}"));
        for case in &cases {
            count += 1;
            let name = case["name"].as_str().unwrap_or("(unnamed)");
            if !support::asserts_something(case) {
                failures.push(format!("{file} / {name}: asserts nothing"));
                continue;
            }
            if let Err(why) = support::check(case, evaluate(js(&request_of(case)))) {
                failures.push(format!("{file} / {name}: {why}"));
            }
        }
    }
    assert!(count > 0, "no cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed in the browser:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The report crossing as words (src/crossing.rs) gives in Chromium the very
/// JSON the core writes: every case, twice (the second time every string is
/// already on the JS side), and the registry.
#[wasm_bindgen_test]
fn the_crossing_gives_the_json_the_core_writes() {
    let mut compared = 0;
    for (file, text) in CASE_FILES {
        let cases: Vec<Value> = serde_json::from_str(text).expect("cases");
        for case in &cases {
            let request = request_of(case);
            let Ok(want) =
                dengtong::evaluate_json(&request.to_string(), dengtong::Date::ymd(2024, 5, 1))
            else {
                continue;
            };
            for _ in 0..2 {
                let report = dengtong::wasm::evaluate(js(&request)).expect("a report");
                let got: String = JSON::stringify(&report).expect("stringifiable").into();
                assert_eq!(got, want, "{file} / {}", case["name"]);
            }
            compared += 1;
        }
    }
    assert!(compared > 500, "{compared} reports compared");
    // rules() is in the batch module only (pkg/rules.json for the rest).
    #[cfg(feature = "wasm-batch")]
    {
        let rules: String = JSON::stringify(&dengtong::wasm::rules())
            .expect("stringifiable")
            .into();
        assert_eq!(rules, dengtong::registry::rules_json());
    }
}

fn graduate() -> Value {
    json!({"schoolType": "technicianCollege", "classType": "preparatoryTechnician",
           "graduationDate": "2023-07-01"})
}

fn error_of(request: JsValue) -> (String, String) {
    let e = evaluate(request).expect_err("a malformed request must throw");
    (
        e["code"].as_str().unwrap_or_default().to_owned(),
        e["path"].as_str().unwrap_or_default().to_owned(),
    )
}

fn pair(code: &str, path: &str) -> (String, String) {
    (code.to_owned(), path.to_owned())
}

#[wasm_bindgen_test]
fn non_objects_are_invalid_requests_at_the_root() {
    for v in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_f64(5.0),
        JsValue::from_str("{\"graduate\":{}}"),
        JsValue::TRUE,
        js_sys::Array::new().into(),
        js_sys::Function::new_no_args("return 1").into(),
        js_sys::Symbol::for_("x").into(),
    ] {
        assert_eq!(error_of(v), pair("invalid_request", ""));
    }
}

#[wasm_bindgen_test]
fn what_json_cannot_hold_is_invalid_json() {
    let cyclic = js(&json!({"graduate": graduate()}));
    Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    assert_eq!(error_of(cyclic), pair("invalid_json", ""));

    let big = js(&json!({"graduate": graduate()}));
    Reflect::set(
        &get(&big, "graduate"),
        &"n".into(),
        &js_sys::BigInt::from(1u8).into(),
    )
    .unwrap();
    assert_eq!(error_of(big), pair("invalid_json", ""));
}

#[wasm_bindgen_test]
fn field_errors_carry_code_and_path() {
    let with = |patch: Value| {
        let mut r = json!({"asOf": "2024-05-01", "graduate": graduate()});
        support_merge(&mut r, &patch);
        error_of(js(&r))
    };
    assert_eq!(
        with(json!({"graduate": {"graduationDate": "2023-02-30"}})),
        pair("invalid_date", "graduate.graduationDate")
    );
    assert_eq!(
        with(json!({"asOf": "2024/05/01"})),
        pair("invalid_date", "asOf")
    );
    assert_eq!(
        with(json!({"jurisdiction": "CN-GD"})),
        pair("unsupported_jurisdiction", "jurisdiction")
    );
    assert_eq!(
        with(json!({"graduate": {"classType": "master"}})),
        pair("invalid_request", "graduate.classType")
    );
    assert_eq!(
        error_of(js(&json!({"asOf": "2024-05-01"}))),
        pair("invalid_request", "graduate")
    );
}

fn support_merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                support_merge(t.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
        (t, p) => *t = p.clone(),
    }
}

#[wasm_bindgen_test]
fn without_as_of_the_browser_date_is_used() {
    let report = evaluate(js(&json!({"graduate": graduate()}))).expect("a report");
    let now = js_sys::Date::new_0();
    let today = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    assert_eq!(report["asOf"], today);
}

#[wasm_bindgen_test]
fn version_and_rules_are_objects() {
    let v = rust(&dengtong::wasm::version());
    assert_eq!(v["version"], dengtong::VERSION);
    assert_eq!(v["rulesVersion"], dengtong::RULES_VERSION);
    #[cfg(feature = "wasm-batch")]
    registry_is_an_object();
}

/// The batch module's rules(): the registry as an object, every rule once.
#[cfg(feature = "wasm-batch")]
fn registry_is_an_object() {
    let r = rust(&dengtong::wasm::rules());
    let ids: Vec<&str> = r["rules"]
        .as_array()
        .expect("rules array")
        .iter()
        .filter_map(|x| x["id"].as_str())
        .collect();
    let known: Vec<&str> = dengtong::engine::all_rules().map(|r| r.id).collect();
    assert_eq!(ids, known);
    assert!(!r["documents"].as_array().expect("documents").is_empty());
}
