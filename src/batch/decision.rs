//! Reading the engine's answer (报告): the one place the batch looks inside
//! one — what a results row shows of it. A row shows typed outcomes,
//! routes, entitlements and the documents cited, and of the texts only the
//! recruitment section's, so it reads the engine's [`Findings`] and words
//! that one section ([`wording::recruitment`], the same words the report
//! has); wording every section of a full report for each of a million rows
//! would be a quarter of the batch's time, for nothing shown. When the
//! findings or the report's recruitment change, this module changes,
//! nothing else.

use crate::engine::Findings;
use crate::law::Document;
use crate::report::Citation;
use crate::request::{Education, Lang, Post};
use crate::vocab::{EntitlementId, Outcome, Purpose, Route};
use crate::wording;

/// What a results row shows of one report.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Decision {
    pub outcome: Outcome,
    pub purpose: Option<Purpose>,
    pub level: Option<Education>,
    /// Direct-recruitment routes (直接考察) that are eligible.
    pub direct_routes: Vec<Route>,
    /// Not eligible through open recruitment, but eligible by direct
    /// assessment on a route that reaches this post: the only way in.
    pub direct_only: bool,
    pub entitlements: Vec<EntitlementId>,
    /// The 文号 of every document cited for the outcome, the eligible routes
    /// and entitlements, once each, in order of first citation (《title》
    /// where the document prints no 文号).
    pub documents: Vec<String>,
    /// `recruitment.reasons[].text`, each once.
    pub reasons: Vec<String>,
    pub missing: Vec<String>,
    pub to_qualify: Vec<String>,
    pub caveats: Vec<String>,
}

/// What a results row shows of the findings for one applicant, worded in `lang`.
pub(crate) fn decide(findings: Findings, lang: Lang, post: &Post) -> Decision {
    let mut docs: Vec<&'static Document> = Vec::new();
    let mut add = |cites: &[Citation]| {
        for c in cites {
            if !docs.iter().any(|d| std::ptr::eq(*d, c.clause.doc)) {
                docs.push(c.clause.doc);
            }
        }
    };
    let mut out = Decision {
        outcome: Outcome::Undetermined,
        purpose: None,
        level: None,
        direct_routes: vec![],
        direct_only: false,
        entitlements: vec![],
        documents: vec![],
        reasons: vec![],
        missing: vec![],
        to_qualify: vec![],
        caveats: vec![],
    };
    if let Some(r) = findings.recruitment.map(|r| wording::recruitment(r, lang)) {
        out.outcome = r.outcome;
        out.purpose = r.purpose;
        out.level = r.level;
        for reason in &r.reasons {
            add(reason.citations.as_deref().unwrap_or_default());
            // Several rules may give the same gloss; a spreadsheet cell needs it once.
            if !out.reasons.iter().any(|r| *r == reason.text) {
                out.reasons.push(reason.text.to_string());
            }
        }
        out.missing = r.missing.iter().map(|s| s.path()).collect();
        out.to_qualify = r.to_qualify.iter().map(|s| s.text.to_string()).collect();
        out.caveats = r.caveats.iter().map(|s| s.text.to_string()).collect();
    }
    for d in &findings.direct {
        if d.outcome == Outcome::Eligible {
            out.direct_routes.push(d.route);
            add(&d.citations);
        }
    }
    out.direct_only = out.outcome != Outcome::Eligible
        && out
            .direct_routes
            .iter()
            .any(|r| crate::engine::direct::reaches(*r, post));
    for e in &findings.entitlements {
        if e.status == Outcome::Eligible {
            out.entitlements.push(e.id);
            add(&e.citations);
        }
    }
    for d in docs {
        let name = if d.number.is_empty() {
            format!("《{}》", d.title)
        } else {
            d.number.to_owned()
        };
        if !out.documents.contains(&name) {
            out.documents.push(name);
        }
    }
    out
}
