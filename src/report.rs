//! The report (api.md "Report", contract 0.2: the answer first). Only this
//! module, `request` and `vocab` define serialized names; they are a public
//! promise: extend, never rename.
//!
//! The engine never builds these: it returns typed findings
//! (`engine::Findings`), and `wording` turns them into a `Report` in the
//! request's language.

use std::borrow::Cow;

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::crossing::Static;
use crate::date::Date;
use crate::law::{Clause, Document, Window};
use crate::request::{Education, Field, Jurisdiction, Lang, SkillLevel, Title};
use crate::vocab::{EntitlementId, Outcome, Purpose, Route, Section};

/// A parameter's value as the report gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamValue {
    /// A wire name (`bachelor`, `professionalTitle`…).
    Str(&'static str),
    Date(Date),
    Int(u32),
    /// A request field, as its path.
    Field(Field),
}

impl Serialize for ParamValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::Str(v) => Static(v).serialize(s),
            ParamValue::Date(d) => d.serialize(s),
            ParamValue::Int(n) => s.serialize_u32(*n),
            ParamValue::Field(f) => f.serialize(s),
        }
    }
}

/// The parameters of a text, by name (`{"level": "bachelor"}`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params(pub Vec<(&'static str, ParamValue)>);

impl Params {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(&Static(k), v)?;
        }
        m.end()
    }
}

/// A decision's legal basis: one clause, as the rule that relies on it cites
/// it. The clause itself is in the report's `clauses` table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Citation {
    pub rule_id: &'static str,
    pub clause: &'static Clause,
}

impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Citation", 2)?;
        st.serialize_field("ruleId", &Static(self.rule_id))?;
        st.serialize_field("clauseId", &Static(self.clause.id))?;
        st.end()
    }
}

/// Every human-readable item: a stable `code` a program can switch on, its
/// `text` in the request's language, and where they apply the `params` it
/// was worded from, the `ruleId` it comes from and its `citations`.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub code: &'static str,
    /// The template itself where it has no parameters (no copy).
    pub text: Cow<'static, str>,
    pub params: Params,
    pub rule_id: Option<&'static str>,
    pub citations: Option<Vec<Citation>>,
}

impl Text {
    /// The fields of a text, in order (`code`, `text`, then `params`,
    /// `ruleId` and `citations` where present): the one description of its
    /// shape, for a `Text` and for a [`SectionText`], which adds its
    /// `section` after them. Written out rather than derived with
    /// `#[serde(flatten)]`: a flattened struct's keys reach the serializer
    /// as plain strings (hashed and compared in the crossing), and through a
    /// map instead of a struct.
    fn fields<M: SerializeStruct>(&self, st: &mut M) -> Result<(), M::Error> {
        st.serialize_field("code", &Static(self.code))?;
        st.serialize_field("text", &Worded(&self.text))?;
        if !self.params.is_empty() {
            st.serialize_field("params", &self.params)?;
        }
        if let Some(r) = self.rule_id {
            st.serialize_field("ruleId", &Static(r))?;
        }
        if let Some(c) = &self.citations {
            st.serialize_field("citations", c)?;
        }
        Ok(())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Text", 5)?;
        self.fields(&mut st)?;
        st.end()
    }
}

/// A text that is its template as it stands, or worded (`crossing::worded`).
struct Worded<'a>(&'a Cow<'static, str>);

impl Serialize for Worded<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::crossing::worded(self.0, s)
    }
}

/// A summary line or a caveat with the section it speaks of: the text's
/// fields, then `section`.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionText {
    pub text: Text,
    /// Absent on a caveat that holds for the whole report.
    pub section: Option<Section>,
}

impl Serialize for SectionText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("SectionText", 6)?;
        self.text.fields(&mut st)?;
        if let Some(section) = &self.section {
            st.serialize_field("section", section)?;
        }
        st.end()
    }
}

/// The answer first: one sentence in plain words, then one line per section.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub headline: Text,
    pub lines: Vec<SectionText>,
}

/// A rule that would have matched but no longer applies on `asOf`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Superseded {
    pub rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Education>,
    pub superseded_by: &'static str,
    /// The first day the rule no longer applies (the superseding document's date).
    pub since: Date,
    pub citations: Vec<Citation>,
}

/// What an equivalence rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Basis {
    /// The class on the diploma (中级工班, 高级工班, 预备技师班).
    Class,
    /// A certificate (a province's certificate route).
    Certificate,
    /// The school's own level (技工学校: 中等职业学校教育).
    School,
}

/// Education-level equivalence for one purpose.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Equivalence {
    pub purpose: Purpose,
    pub level: Education,
    /// What the level rests on, the strongest first.
    pub basis: Vec<Basis>,
    /// Every applicable rule that gives this level.
    pub citations: Vec<Citation>,
    pub superseded: Vec<Superseded>,
    pub caveats: Vec<Text>,
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
    pub reasons: Vec<Text>,
    /// The request fields that would settle an `undetermined` answer.
    pub missing: Vec<Field>,
    pub to_qualify: Vec<Text>,
    pub caveats: Vec<Text>,
}

/// A route of direct recruitment by assessment (直接考察).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DirectRoute {
    pub route: Route,
    pub outcome: Outcome,
    pub reasons: Vec<Text>,
    pub missing: Vec<Field>,
    pub caveats: Vec<Text>,
    pub citations: Vec<Citation>,
}

/// A subsidy, policy or award.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entitlement {
    pub id: EntitlementId,
    pub status: Outcome,
    /// In 元, where the source prints an amount; otherwise `null`.
    pub amount: Option<u32>,
    /// What the amount is, or why there is none.
    pub amount_text: Text,
    /// The open points of an `unclear` entry, with the clause that leaves them open.
    pub reasons: Vec<Text>,
    pub conditions: Vec<Text>,
    pub missing: Vec<Field>,
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
    pub reasons: Vec<Text>,
    pub requirements: Vec<Text>,
    pub missing: Vec<Field>,
    pub to_qualify: Vec<Text>,
    pub caveats: Vec<Text>,
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
    pub notes: Vec<Text>,
}

/// A cited clause, once per report.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClauseEntry(pub &'static Clause);

impl Serialize for ClauseEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let mut st = s.serialize_struct("Clause", 4)?;
        st.serialize_field("documentId", &Static(c.doc.id))?;
        st.serialize_field("article", &Static(c.article))?;
        st.serialize_field("line", &c.line)?;
        st.serialize_field("quote", &Static(c.quote))?;
        st.end()
    }
}

/// A cited document, once per report, as printed in the source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DocumentEntry(pub &'static Document);

impl Serialize for DocumentEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut st = s.serialize_struct("Document", 8)?;
        st.serialize_field("id", &Static(d.id))?;
        st.serialize_field("title", &Static(d.title))?;
        // 文号 as printed; empty where the source prints none.
        st.serialize_field("number", &Static(d.number))?;
        st.serialize_field("issuer", &Static(d.issuer))?;
        // Issue (or in-force) date; `null` where the source prints none.
        st.serialize_field("date", &d.date)?;
        if let Some(w) = &d.window {
            st.serialize_field::<Window>("window", w)?;
        }
        st.serialize_field("jurisdiction", &d.jurisdiction)?;
        // 1 = law … 8 = provincial department (catalogue §1 item 5).
        st.serialize_field("rank", &(d.rank as u8))?;
        st.end()
    }
}

/// Entries keyed by id, in the order first cited (a JSON object).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table<T>(pub Vec<(&'static str, T)>);

impl<T: Serialize> Serialize for Table<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(&Static(k), v)?;
        }
        m.end()
    }
}

/// The whole answer for one request.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The answer, first, in plain words.
    pub summary: Summary,
    pub as_of: Date,
    pub jurisdiction: Jurisdiction,
    pub rules_version: &'static str,
    /// The language of every `text`.
    pub lang: Lang,
    /// Caveats given once: for a whole section (`section` set) or the whole report.
    pub caveats: Vec<SectionText>,
    pub equivalences: Vec<Equivalence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recruitment: Option<Recruitment>,
    pub direct_recruitment: Vec<DirectRoute>,
    pub entitlements: Vec<Entitlement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub titles: Option<Vec<TitleStatus>>,
    pub skill: Skill,
    /// General notes that bear on the whole answer (guards, scope).
    pub notes: Vec<Text>,
    /// Every clause the report cites, once, by `clauseId`.
    pub clauses: Table<ClauseEntry>,
    /// Every document those clauses belong to, once, by id.
    pub documents: Table<DocumentEntry>,
}
