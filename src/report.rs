//! The report (api.md "Report"). Only this module and `request` define
//! serialized names; they are a public promise: extend, never rename.

use serde::Serialize;

use crate::date::Date;
use crate::law::{Cite, Document, Window};
use crate::request::{Education, Jurisdiction, SkillLevel, Title};
use crate::text::Str;
use crate::vocab::{EntitlementId, Outcome, Purpose, Route};

/// A decision's legal basis: one verbatim quote of one document.
///
/// Held as two references into the static rule data (cheap to copy); it
/// serializes as `{ruleId, document, article, quote}` (api.md).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Citation {
    pub rule_id: &'static str,
    pub cite: &'static Cite,
}

impl Citation {
    pub fn new(rule_id: &'static str, cite: &'static Cite) -> Citation {
        Citation { rule_id, cite }
    }
    pub fn document(&self) -> DocumentRef {
        self.cite.doc().into()
    }
    /// The article or item label as printed (第九条, 三, （十八）…).
    pub fn article(&self) -> &'static str {
        self.cite.clause.article
    }
    /// Verbatim from the document (checked by tests/citations.rs).
    pub fn quote(&self) -> &'static str {
        self.cite.clause.quote
    }
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Citation", 4)?;
        st.serialize_field("ruleId", self.rule_id)?;
        st.serialize_field("document", &self.document())?;
        st.serialize_field("article", self.cite.clause.article)?;
        st.serialize_field("quote", self.cite.clause.quote)?;
        st.end()
    }
}

/// The document a citation points to, as printed in the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRef {
    pub id: &'static str,
    pub title: &'static str,
    /// 文号 as printed; empty where the corpus prints none.
    pub number: &'static str,
    pub issuer: &'static str,
    /// Issue (or in-force) date; `null` where the corpus prints none.
    pub date: Option<Date>,
    /// For undated documents: the window the date must lie in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
    pub jurisdiction: Jurisdiction,
    /// 1 = law … 8 = provincial department (catalogue §1 item 5).
    pub rank: u8,
}

impl From<&'static Document> for DocumentRef {
    fn from(d: &'static Document) -> Self {
        DocumentRef {
            id: d.id,
            title: d.title,
            number: d.number,
            issuer: d.issuer,
            date: d.date,
            window: d.window,
            jurisdiction: d.jurisdiction,
            rank: d.rank as u8,
        }
    }
}

/// A rule that would have matched but no longer applies on `asOf`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Superseded {
    pub rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Education>,
    pub superseded_by: &'static str,
    /// The first day the rule no longer applies.
    pub since: Date,
    pub citations: Vec<Citation>,
}

/// One reason, note or caveat with the rule it comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    pub rule_id: &'static str,
    pub text: Str,
    pub citations: Vec<Citation>,
}

/// Education-level equivalence for one purpose.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Equivalence {
    pub purpose: Purpose,
    pub level: Education,
    /// Plain words: "For 职称评审 you count as 本科".
    pub text: Str,
    /// Every applicable rule that gives this level.
    pub citations: Vec<Citation>,
    pub superseded: Vec<Superseded>,
    pub caveats: Vec<Str>,
}

/// May this person apply for this post?
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recruitment {
    pub outcome: Outcome,
    /// The purpose whose equivalence was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    /// The education level the graduate counts as for that purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Education>,
    pub reasons: Vec<Reason>,
    pub missing: Vec<Str>,
    pub to_qualify: Vec<Str>,
    pub caveats: Vec<Str>,
}

/// A route of direct recruitment by assessment (直接考察).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DirectRoute {
    pub route: Route,
    pub outcome: Outcome,
    pub reasons: Vec<Str>,
    pub missing: Vec<Str>,
    pub caveats: Vec<Str>,
    pub citations: Vec<Citation>,
}

/// A subsidy, policy or award.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entitlement {
    pub id: EntitlementId,
    pub status: Outcome,
    /// In 元, where the corpus prints an amount; otherwise `null`.
    pub amount: Option<u32>,
    /// What the amount is, or why there is none.
    pub amount_text: Str,
    pub conditions: Vec<Str>,
    pub missing: Vec<Str>,
    pub citations: Vec<Citation>,
    pub superseded: Vec<Superseded>,
    /// For an award-based entry (competitionCashAward, skillLevelPromotion):
    /// the index into `graduate.awards` it refers to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub award: Option<usize>,
}

/// One rung of a teacher-title ladder.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TitleStatus {
    pub title: Title,
    pub status: Outcome,
    /// The earliest date to apply, where years in post decide it.
    pub eligible_from: Option<Date>,
    /// Applies directly, skipping the rungs below (title.direct-senior.cn.2017).
    pub direct: bool,
    /// Already held: the current title or a rung below it (status `eligible`).
    pub held: bool,
    pub reasons: Vec<Str>,
    pub requirements: Vec<Str>,
    pub missing: Vec<Str>,
    pub to_qualify: Vec<Str>,
    pub caveats: Vec<Str>,
    pub citations: Vec<Citation>,
}

/// Where the person's skill certificates stand (group F).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Skill {
    /// The highest certificate, on the 八级工 ladder.
    pub level: Option<SkillLevel>,
    /// 高技能人才: 高级工 or above (including 预备技师).
    pub high_skilled: bool,
    pub notes: Vec<Reason>,
}

/// The whole answer for one request.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub as_of: Date,
    pub jurisdiction: Jurisdiction,
    pub rules_version: &'static str,
    pub equivalences: Vec<Equivalence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recruitment: Option<Recruitment>,
    pub direct_recruitment: Vec<DirectRoute>,
    pub entitlements: Vec<Entitlement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub titles: Option<Vec<TitleStatus>>,
    pub skill: Skill,
    /// General notes that bear on the whole answer (guards, scope).
    pub notes: Vec<Reason>,
}
