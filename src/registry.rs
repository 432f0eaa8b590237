//! The rule and document registry as data (`dengtong rules`, `rules()` in
//! JavaScript): every document and every rule with its citations and dates.

use serde::Serialize;

use crate::date::Date;
use crate::engine::all_rules;
use crate::law::{Rule, DOCUMENTS};
use crate::report::DocumentRef;
use crate::request::Jurisdiction;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Registry {
    version: &'static str,
    rules_version: &'static str,
    documents: Vec<DocumentEntry>,
    rules: Vec<RuleEntry>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocumentEntry {
    #[serde(flatten)]
    document: DocumentRef,
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
    gloss: Gloss,
    /// First day the rule applies, per jurisdiction; absent where it never does.
    from: Froms,
    #[serde(skip_serializing_if = "Option::is_none")]
    superseded: Option<SupersessionEntry>,
    citations: Vec<CiteEntry>,
}

#[derive(Serialize)]
struct Gloss {
    #[serde(rename = "zh-CN")]
    zh: &'static str,
    en: &'static str,
}

#[derive(Serialize)]
struct Froms {
    #[serde(rename = "CN", skip_serializing_if = "Option::is_none")]
    cn: Option<Date>,
    #[serde(rename = "CN-YN", skip_serializing_if = "Option::is_none")]
    cn_yn: Option<Date>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SupersessionEntry {
    from: Date,
    by: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CiteEntry {
    id: &'static str,
    document: &'static str,
    article: &'static str,
    line: u32,
    quote: &'static str,
    operative: bool,
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
        gloss: Gloss {
            zh: r.gloss.zh,
            en: r.gloss.en,
        },
        from: Froms {
            cn: r.from(Jurisdiction::Cn),
            cn_yn: r.from(Jurisdiction::CnYn),
        },
        superseded: r.superseded.as_ref().map(|s| SupersessionEntry {
            from: s.from(),
            by: s.by.id,
        }),
        citations: r
            .cites
            .iter()
            .map(|c| CiteEntry {
                id: c.clause.id,
                document: c.doc().id,
                article: c.clause.article,
                line: c.clause.line,
                quote: c.clause.quote,
                operative: c.operative,
            })
            .collect(),
    }
}

/// The registry as JSON.
pub fn rules_json() -> String {
    let reg = Registry {
        version: crate::VERSION,
        rules_version: crate::RULES_VERSION,
        documents: DOCUMENTS
            .iter()
            .map(|d| DocumentEntry {
                document: DocumentRef::from(*d),
                lines: [d.lines.0, d.lines.1],
                plan_end: d.plan_end,
            })
            .collect(),
        rules: all_rules().map(rule_entry).collect(),
    };
    serde_json::to_string(&reg).unwrap_or_default()
}
