//! Citations are checked, not trusted:
//! - every document text under `sources/` is a verbatim part of the corpus
//!   (exactly its registered lines);
//! - every quote in the rule data is a verbatim substring of the document it
//!   cites, on the line it names;
//! - every rule cites, ids are unique and well formed, supersessions point to
//!   real rules.
//!
//! The corpus is `../shared/sources/000_5538f58a8fd1bf1e.txt` beside the
//! repository (or the file named by `DENGTONG_CORPUS`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dengtong::engine::all_rules;
use dengtong::law::DOCUMENTS;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn corpus_path() -> PathBuf {
    std::env::var_os("DENGTONG_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/sources/000_5538f58a8fd1bf1e.txt"))
}

fn document_text(id: &str) -> String {
    let p = root().join("sources").join(format!("{id}.txt"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn every_document_text_is_its_lines_of_the_corpus() {
    let path = corpus_path();
    let corpus = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the policy corpus is needed to check sources/ ({}: {e}); set DENGTONG_CORPUS to its path",
            path.display()
        )
    });
    let lines: Vec<&str> = corpus.split('\n').collect();
    for d in DOCUMENTS {
        let (a, b) = d.lines;
        let expected = lines[(a - 1) as usize..b as usize].join("\n") + "\n";
        assert_eq!(
            document_text(d.id),
            expected,
            "sources/{}.txt is not corpus lines {a}–{b}",
            d.id
        );
        assert!(
            corpus.contains(&expected),
            "sources/{}.txt is not a verbatim part of the corpus",
            d.id
        );
    }
}

#[test]
fn every_quote_is_verbatim_in_its_document_on_its_line() {
    let mut failures = Vec::new();
    for rule in all_rules() {
        for c in rule.cites {
            let text = document_text(c.doc.id);
            if c.quote.trim().is_empty() {
                failures.push(format!("{}: empty quote", rule.id));
                continue;
            }
            if !text.contains(c.quote) {
                failures.push(format!(
                    "{}: not verbatim in {}: «{}»",
                    rule.id, c.doc.id, c.quote
                ));
                continue;
            }
            let (a, b) = c.doc.lines;
            if c.line < a || c.line > b {
                failures.push(format!(
                    "{}: line {} is outside {} ({a}–{b})",
                    rule.id, c.line, c.doc.id
                ));
                continue;
            }
            let line = text.split('\n').nth((c.line - a) as usize).unwrap_or("");
            if !line.contains(c.quote) {
                failures.push(format!(
                    "{}: «{}» is not on line {} of the corpus",
                    rule.id, c.quote, c.line
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_cites_and_ids_are_sound() {
    let ids: Vec<&str> = all_rules().map(|r| r.id).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "duplicate rule ids");
    for rule in all_rules() {
        assert!(
            rule.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.".contains(&b)),
            "{}: ids are lowercase ASCII",
            rule.id
        );
        assert!(
            rule.cites.iter().any(|c| c.operative),
            "{}: no operative citation",
            rule.id
        );
        assert!(
            !rule.gloss.zh.is_empty() && !rule.gloss.en.is_empty(),
            "{}: no gloss",
            rule.id
        );
        if let Some(s) = &rule.superseded {
            assert!(
                unique.contains(s.by),
                "{}: superseded by unknown {}",
                rule.id,
                s.by
            );
        }
    }
}

#[test]
fn every_document_is_cited_and_numbers_are_as_printed() {
    let corpus = std::fs::read_to_string(corpus_path()).unwrap_or_default();
    for d in DOCUMENTS {
        assert!(
            all_rules().any(|r| r.cites.iter().any(|c| c.doc.id == d.id)),
            "{}: no rule cites this document",
            d.id
        );
        if !d.number.is_empty() {
            assert!(
                corpus.contains(d.number),
                "{}: 文号 {} is not printed in the corpus",
                d.id,
                d.number
            );
        }
        assert!(
            corpus.contains(d.title) || corpus.contains(&d.title.replace(' ', "")),
            "{}: title not in the corpus",
            d.id
        );
    }
}
