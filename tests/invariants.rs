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
