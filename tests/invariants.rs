//! Architectural invariants as ordinary tests.

use std::path::Path;

fn core_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                if name != "wasm.rs" && name != "main.rs" {
                    out.push((
                        p.display().to_string(),
                        std::fs::read_to_string(&p).unwrap(),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn the_core_knows_no_javascript_no_clock_no_network() {
    let forbidden = [
        "wasm_bindgen",
        "js_sys",
        "web_sys",
        "SystemTime",
        "Instant::now",
        "std::net",
        "std::process",
        "std::env",
    ];
    for (path, text) in core_sources() {
        for f in forbidden {
            assert!(
                !text.contains(f),
                "{path} mentions {f}: the core must stay pure"
            );
        }
    }
}

#[test]
fn no_ignored_or_should_panic_tests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = core_sources().into_iter().map(|(p, _)| p).collect();
    for e in std::fs::read_dir(dir.join("tests")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "rs") {
            files.push(p.display().to_string());
        }
    }
    let (ignore, should_panic) = (concat!("#[", "ignore"), concat!("#[", "should_panic"));
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(!text.contains(ignore), "{f} ignores a test");
        assert!(!text.contains(should_panic), "{f} has a should_panic test");
    }
}

/// The TypeScript unions in src/wasm.rs list exactly the vocabulary's wire
/// values (`vocab::VOCABULARIES`, the one source): a value added to the
/// vocabulary and not to the typings, or a typo, fails here.
#[test]
fn the_typescript_vocabulary_is_the_vocabulary() {
    let pairs = [
        ("Lang", "lang"),
        ("SchoolType", "schoolType"),
        ("ClassType", "classType"),
        ("StudyMode", "studyMode"),
        ("SkillLevel", "skillLevel"),
        ("CertField", "certificateField"),
        ("Education", "education"),
        ("Competition", "competition"),
        ("Medal", "medal"),
        ("Honour", "honour"),
        ("Employer", "employer"),
        ("PostType", "postType"),
        ("Track", "track"),
        ("Title", "title"),
        ("Purpose", "purpose"),
        ("Outcome", "outcome"),
        ("Route", "route"),
        ("EntitlementId", "entitlement"),
        ("Section", "section"),
    ];
    for (ts_name, vocab) in pairs {
        let v = dengtong::vocab::VOCABULARIES
            .iter()
            .find(|v| v.name == vocab)
            .unwrap_or_else(|| panic!("no vocabulary {vocab}"));
        let wire: Vec<&str> = (v.values)().into_iter().map(|(w, _)| w).collect();
        assert_eq!(
            typescript_union(ts_name),
            wire,
            "TypeScript {ts_name} differs from vocabulary {vocab}"
        );
    }
}

/// The members of the TypeScript union `name` in src/wasm.rs.
fn typescript_union(name: &str) -> Vec<String> {
    typescript_union_in("src/wasm.rs", name)
}

/// A union of string literals as `file` (under the crate root) spells it.
fn typescript_union_in(file: &str, name: &str) -> Vec<String> {
    let ts = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let start = ts
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("no TypeScript type {name}"));
    let end = start + ts[start..].find(';').expect("a ; ends the type");
    ts[start..end]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The other TypeScript unions of the contract are their Rust types: the
/// error codes, what an equivalence rests on, the batch's fields.
#[test]
fn the_typescript_codes_are_the_rust_codes() {
    use dengtong::report::Basis;
    use dengtong::ErrorCode;
    // Listed here, and the match fails to compile when a code is added.
    let codes = [
        ErrorCode::InvalidJson,
        ErrorCode::InvalidRequest,
        ErrorCode::InvalidDate,
        ErrorCode::UnsupportedJurisdiction,
        ErrorCode::InvalidCsv,
    ];
    for c in codes {
        match c {
            ErrorCode::InvalidJson
            | ErrorCode::InvalidRequest
            | ErrorCode::InvalidDate
            | ErrorCode::UnsupportedJurisdiction
            | ErrorCode::InvalidCsv => {}
        }
    }
    let wire = |v: serde_json::Value| v.as_str().unwrap().to_owned();
    let errors: Vec<String> = codes
        .iter()
        .map(|c| wire(serde_json::to_value(c).unwrap()))
        .collect();
    assert_eq!(typescript_union("ErrorCode"), errors);
    let bases = [Basis::Class, Basis::Certificate, Basis::School];
    for b in bases {
        match b {
            Basis::Class | Basis::Certificate | Basis::School => {}
        }
    }
    let bases: Vec<String> = bases
        .iter()
        .map(|b| wire(serde_json::to_value(b).unwrap()))
        .collect();
    assert_eq!(typescript_union("Basis"), bases);
    let fields: Vec<String> = dengtong::batch::Field::ALL
        .iter()
        .map(|f| f.api_name().to_owned())
        .collect();
    assert_eq!(typescript_union("BatchField"), fields);
}

/// The TypeScript `Jurisdiction` union of both packages lists exactly the
/// jurisdiction table's codes (`law::jurisdiction`, the one source):
/// `scripts/build-pkg.sh` writes it in from `rules().jurisdictions`, and
/// `src/wasm.rs` spells no code.
#[test]
fn the_typescript_jurisdictions_are_the_table() {
    let codes: Vec<String> = dengtong::request::Jurisdiction::all()
        .iter()
        .map(|j| j.code().to_owned())
        .collect();
    for file in ["pkg/dengtong.d.ts", "pkg/dengtong_batch.d.ts"] {
        assert_eq!(
            typescript_union_in(file, "Jurisdiction"),
            codes,
            "{file}: TypeScript Jurisdiction differs from the table (rebuild pkg/)"
        );
    }
    assert!(
        typescript_union("Jurisdiction").is_empty(),
        "src/wasm.rs spells jurisdiction codes"
    );
}

/// No code outside the law's data names a province — by code (`CN-YN`) or
/// by name in either language (云南省, 云南, Yunnan) — for any jurisdiction
/// but the root, `CN`, the default of every request. The engine never tests
/// one (it asks whether a rule's documents apply in the requested
/// jurisdiction); a province's message names it through a `{place}`
/// parameter, worded from the table; every surface reads the table. The
/// only exceptions are generated: the widget's `www/vocabulary.js` and the
/// TypeScript union `scripts/build-pkg.sh` writes into `pkg/`. (The demo
/// pages, `www/*.html`, may name a province in their examples.)
#[test]
fn only_the_table_names_a_jurisdiction() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = Vec::new();
    for j in dengtong::request::Jurisdiction::all() {
        if j.parent().is_none() {
            continue;
        }
        names.push(j.code().to_owned());
        let zh = j.name().get(dengtong::vocab::Lang::ZhCn);
        names.push(zh.to_owned());
        for suffix in ["省", "市", "自治区"] {
            if let Some(short) = zh.strip_suffix(suffix) {
                names.push(short.to_owned());
            }
        }
        names.push(j.name().get(dengtong::vocab::Lang::En).to_lowercase());
    }
    let named = |text: &str| {
        let lower = text.to_lowercase();
        names.iter().find(|n| lower.contains(n.as_str())).cloned()
    };
    let mut files = core_sources();
    for f in ["src/main.rs", "src/wasm.rs"] {
        files.push((f.to_owned(), std::fs::read_to_string(root.join(f)).unwrap()));
    }
    for dir in ["www", "scripts"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let script = [".js", ".mjs", ".sh"].iter().any(|x| name.ends_with(x));
            if script && name != "vocabulary.js" {
                files.push((
                    format!("{dir}/{name}"),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    for (path, text) in &files {
        if path.contains("/src/law/") {
            continue;
        }
        if let Some(n) = named(text) {
            panic!("{path} names a jurisdiction ({n}): read law::jurisdiction, or give the message a {{place}}");
        }
        if path.contains("/src/engine/") {
            assert!(
                !text.contains("Jurisdiction::") && !text.contains("jurisdiction::"),
                "{path} tests a jurisdiction value: ask whether a rule stands (Ctx::standing)"
            );
        }
    }
}

/// The engine's modules form no cycle (a group may use another's typed
/// results, never the other way round as well), and none reaches up to the
/// crate root's surfaces (`evaluate`, `wording`, `registry`, `wasm`, `batch`).
#[test]
fn engine_modules_form_no_cycle_and_reach_no_surface() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let mut uses: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    let mut names = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        if name != "mod" {
            names.push(name);
        }
    }
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.rs"))).unwrap();
        for surface in [
            "crate::evaluate",
            "crate::parse_request",
            "crate::wording",
            "crate::registry",
            "crate::wasm",
            "crate::batch",
        ] {
            assert!(
                !text.contains(surface),
                "engine/{name}.rs reaches up to {surface}"
            );
        }
        let deps = uses.entry(name.clone()).or_default();
        for other in &names {
            if other != name
                && (text.contains(&format!("super::{other}::"))
                    || text.contains(&format!("super::{{{other}"))
                    || text.contains(&format!("super::{other};"))
                    || text.contains(&format!(" {other}::{{"))
                        && text.contains(&format!("use super::{other}")))
            {
                deps.insert(other.clone());
            }
        }
    }
    // Depth-first search for a cycle.
    fn visit(
        n: &str,
        uses: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
    ) {
        assert!(!path.iter().any(|p| p == n), "import cycle: {path:?} → {n}");
        path.push(n.to_owned());
        for d in uses.get(n).into_iter().flatten() {
            visit(d, uses, path);
        }
        path.pop();
    }
    for n in uses.keys() {
        visit(n, &uses, &mut Vec::new());
    }
    assert!(
        uses["recruitment"].contains("equivalence"),
        "the graph was not read: {uses:?}"
    );
}

/// The cash award makes no 云岭-only entry (`entitlements::cash`): wherever
/// the 云岭 scheme applies, the 技能云南 table applies too, from no later.
#[test]
fn the_cash_table_stands_wherever_and_whenever_the_yunling_scheme_does() {
    use dengtong::law::yn::rules::{CASH_YN_2021, YUNLING_YN_2022};
    let mut checked = 0;
    for &jur in dengtong::request::Jurisdiction::all() {
        let Some(yunling) = YUNLING_YN_2022.from(jur) else {
            continue;
        };
        let cash = CASH_YN_2021.from(jur);
        assert!(
            cash.is_some_and(|c| c <= yunling),
            "{}: {cash:?} vs {yunling:?}",
            jur.code()
        );
        checked += 1;
    }
    assert!(checked > 0);
}
