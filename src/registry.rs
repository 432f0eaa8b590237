//! The registry as data (`dengtong rules`, `rules()` in JavaScript): every
//! document and every clause once, every rule with the clauses it cites and
//! its dates, every text code with both wordings, and every vocabulary with
//! its labels.

use serde::Serialize;

use crate::date::Date;
use crate::engine::all_rules;
use crate::law::{Rule, CLAUSES, DOCUMENTS};
use crate::report::{ClauseEntry, DocumentEntry, Table};
use crate::request::Jurisdiction;
use crate::vocab::VOCABULARIES;
use crate::wording::{all_codes, texts::Wording};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Registry {
    version: &'static str,
    rules_version: &'static str,
    jurisdictions: Vec<JurisdictionRow>,
    documents: Vec<DocumentRow>,
    clauses: Table<ClauseEntry>,
    rules: Vec<RuleEntry>,
    codes: Vec<CodeEntry>,
    vocabulary: Vec<VocabularyEntry>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocumentRow {
    #[serde(flatten)]
    document: DocumentEntry,
    /// Lines of the corpus (1-based, inclusive).
    lines: [u32; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    plan_end: Option<Date>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleEntry {
    id: &'static str,
    group: &'static str,
    gloss: Labels,
    /// First day the rule applies, per jurisdiction code of the table;
    /// absent where it never does.
    from: Table<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    superseded: Option<SupersessionEntry>,
    citations: Vec<CiteEntry>,
}

#[derive(Serialize)]
struct Labels {
    #[serde(rename = "zh-CN")]
    zh: &'static str,
    en: &'static str,
}

/// A row of the jurisdiction table (`law::jurisdiction`).
#[derive(Serialize)]
struct JurisdictionRow {
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<Jurisdiction>,
    name: Labels,
    /// The rules a request for it reads, in words.
    rules: Labels,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SupersessionEntry {
    from: Date,
    by: &'static str,
    /// The clause of the superseding document.
    clause_id: &'static str,
    /// Only where the superseding rule reaches.
    partial: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CiteEntry {
    clause_id: &'static str,
    operative: bool,
}

#[derive(Serialize)]
struct CodeEntry {
    code: &'static str,
    #[serde(rename = "zh-CN")]
    zh: &'static str,
    en: &'static str,
}

#[derive(Serialize)]
struct VocabularyEntry {
    name: &'static str,
    values: Vec<VocabularyValue>,
}

#[derive(Serialize)]
struct VocabularyValue {
    value: &'static str,
    #[serde(rename = "zh-CN")]
    zh: &'static str,
    en: &'static str,
}

/// The group letter of a rule id (catalogue §1).
pub fn group(id: &str) -> &'static str {
    match id.split('.').next() {
        Some("equiv") => "A",
        Some("recruit") => "B",
        Some("direct") => "C",
        Some("benefit") => "D",
        Some("title") => "E",
        Some("skill") => "F",
        _ => "?",
    }
}

fn rule_entry(r: &'static Rule) -> RuleEntry {
    RuleEntry {
        id: r.id,
        group: group(r.id),
        gloss: labels(r.gloss.text()),
        from: Table(
            Jurisdiction::all()
                .iter()
                .filter_map(|j| Some((j.code(), r.from(*j)?)))
                .collect(),
        ),
        superseded: r.superseded.as_ref().map(|s| SupersessionEntry {
            from: s.from(),
            by: s.by.id,
            clause_id: s.clause.id,
            partial: s.partial,
        }),
        citations: r
            .cites
            .iter()
            .map(|c| CiteEntry {
                clause_id: c.clause.id,
                operative: c.operative,
            })
            .collect(),
    }
}

fn labels(t: crate::text::Text) -> Labels {
    Labels { zh: t.zh, en: t.en }
}

fn code_entry((code, w): (&'static str, &'static Wording)) -> CodeEntry {
    CodeEntry {
        code,
        zh: w.zh(),
        en: w.en(),
    }
}

/// The registry as JSON.
pub fn rules_json() -> String {
    serde_json::to_string(&registry()).unwrap_or_default()
}

/// The registry, ready to serialize (`rules()` in the package).
pub fn registry() -> impl serde::Serialize {
    Registry {
        version: crate::VERSION,
        rules_version: crate::RULES_VERSION,
        jurisdictions: Jurisdiction::all()
            .iter()
            .map(|j| JurisdictionRow {
                code: j.code(),
                parent: j.parent(),
                name: labels(j.name()),
                rules: labels(j.rules()),
            })
            .collect(),
        documents: DOCUMENTS
            .iter()
            .map(|d| DocumentRow {
                document: DocumentEntry(d),
                lines: [d.lines.0, d.lines.1],
                plan_end: d.plan_end,
            })
            .collect(),
        clauses: Table(CLAUSES.iter().map(|c| (c.id, ClauseEntry(c))).collect()),
        rules: all_rules().map(rule_entry).collect(),
        codes: all_codes().map(code_entry).collect(),
        vocabulary: VOCABULARIES
            .iter()
            .map(|v| VocabularyEntry {
                name: v.name,
                values: (v.values)()
                    .into_iter()
                    .map(|(value, label)| VocabularyValue {
                        value,
                        zh: label.zh,
                        en: label.en,
                    })
                    .collect(),
            })
            .collect(),
    }
}
