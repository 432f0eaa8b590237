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
use dengtong::law::{CLAUSES, DOCUMENTS};

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
fn every_clause_is_verbatim_in_its_document_on_its_line() {
    let mut failures = Vec::new();
    for c in CLAUSES {
        let text = document_text(c.doc.id);
        if c.quote.trim().is_empty() {
            failures.push(format!("{}: empty quote", c.id));
            continue;
        }
        let line = text.split('\n').nth((c.line as usize).wrapping_sub(1));
        match line {
            None => failures.push(format!(
                "{}: line {} is outside sources/{}.txt",
                c.id, c.line, c.doc.id
            )),
            Some(l) if !l.contains(c.quote) => failures.push(format!(
                "{}: «{}» is not on line {} of sources/{}.txt",
                c.id, c.quote, c.line, c.doc.id
            )),
            Some(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `<document id>#<article>`, `/n` for the n-th quoted sentence of one
/// article (n ≥ 2), `#p<line>` where no article is printed; unique.
#[test]
fn clause_ids_are_stable_and_unique() {
    let mut seen = BTreeSet::new();
    for c in CLAUSES {
        assert!(seen.insert(c.id), "duplicate clause id {}", c.id);
        let label = if c.article.is_empty() {
            format!("p{}", c.line)
        } else {
            c.article.to_owned()
        };
        let base = format!("{}#{label}", c.doc.id);
        let ok = c.id == base
            || c.id
                .strip_prefix(&base)
                .and_then(|s| s.strip_prefix('/'))
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| n >= 2);
        assert!(ok, "{}: id should be {base} (or {base}/n)", c.id);
    }
}

/// Each clause once: no clause repeats another, or lies inside another on
/// the same line (a fragment is cited through the sentence that holds it).
#[test]
fn each_clause_is_written_once() {
    for a in CLAUSES {
        for b in CLAUSES {
            if std::ptr::eq(a, b) || a.doc.id != b.doc.id || a.line != b.line {
                continue;
            }
            assert!(
                !b.quote.contains(a.quote),
                "{} lies inside {}: cite the sentence once",
                a.id,
                b.id
            );
        }
    }
}

/// Every clause a rule cites is in the registry, and every clause is cited.
#[test]
fn rules_cite_registered_clauses_and_every_clause_is_cited() {
    for rule in all_rules() {
        for c in rule.cites {
            assert!(
                CLAUSES.iter().any(|k| std::ptr::eq(*k, c.clause)),
                "{}: cites {}, which is not in law::CLAUSES",
                rule.id,
                c.clause.id
            );
        }
    }
    for k in CLAUSES {
        assert!(
            all_rules().any(|r| r.cites.iter().any(|c| std::ptr::eq(c.clause, k))),
            "{}: no rule cites this clause",
            k.id
        );
    }
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
            !rule.gloss.text().zh.is_empty() && !rule.gloss.text().en.is_empty(),
            "{}: no gloss",
            rule.id
        );
        if let Some(s) = &rule.superseded {
            assert!(
                unique.contains(s.by.id),
                "{}: superseded by unknown {}",
                rule.id,
                s.by.id
            );
            // The end date comes from the superseding rule's own clause.
            assert!(
                s.by.cites.iter().any(|c| std::ptr::eq(c.clause, s.clause)),
                "{}: the superseding clause {} is not cited by {}",
                rule.id,
                s.clause.id,
                s.by.id
            );
        }
    }
}

#[test]
fn every_document_is_cited_and_numbers_are_as_printed() {
    let corpus = std::fs::read_to_string(corpus_path()).unwrap_or_default();
    for d in DOCUMENTS {
        assert!(
            all_rules().any(|r| r.cites.iter().any(|c| c.doc().id == d.id)),
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
