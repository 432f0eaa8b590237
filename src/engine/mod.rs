//! The evaluation: one pass over the rule groups A–F for one request on one
//! date. Pure: no clock, no I/O, no JavaScript.

pub mod direct;
pub mod entitlements;
pub mod equivalence;
pub mod recruitment;
pub mod skills;
pub mod titles;

use crate::date::Date;
use crate::law::{Rule, Standing};
use crate::report::{Citation, Reason, Report, Superseded};
use crate::request::{ClassType, Education, Jurisdiction, Lang, Request, SchoolType, SkillLevel};
use crate::text::{Str, Text};
use crate::RULES_VERSION;

/// Facts derived once from the request, shared by every rule group.
pub(crate) struct Ctx<'a> {
    pub req: &'a Request,
    pub as_of: Date,
    pub jur: Jurisdiction,
    pub lang: Lang,
    /// *graduated*: a graduation date on or before `as_of`.
    pub graduated: bool,
    /// A 技工院校 (技工学校, 高级技工学校, 技师学院).
    pub technical: bool,
    /// The class, for a 技工院校 graduate or student.
    pub class: Option<ClassType>,
    /// certLevel: the highest certificate on the 八级工 ladder.
    pub cert_level: Option<SkillLevel>,
}

impl<'a> Ctx<'a> {
    pub fn new(req: &'a Request, as_of: Date) -> Ctx<'a> {
        let g = &req.graduate;
        let technical = g.school_type.is_technical();
        Ctx {
            req,
            as_of,
            jur: req.jurisdiction,
            lang: req.lang,
            graduated: g.graduation_date.is_some_and(|d| d <= as_of),
            technical,
            class: if technical { g.class_type } else { None },
            cert_level: g.certificates.iter().map(|c| c.level).max(),
        }
    }

    pub fn school(&self) -> SchoolType {
        self.req.graduate.school_type
    }

    /// Whether the person holds a certificate of exactly `level`.
    pub fn has_cert(&self, level: SkillLevel) -> bool {
        self.req
            .graduate
            .certificates
            .iter()
            .any(|c| c.level == level)
    }

    /// The class level of a *graduated* 技工院校 graduate.
    pub fn class_level(&self) -> Option<Education> {
        if self.graduated {
            self.class.map(ClassType::level)
        } else {
            None
        }
    }

    pub fn t(&self, text: Text) -> Str {
        Str::Borrowed(text.get(self.lang))
    }

    pub fn standing(&self, rule: &Rule) -> Standing {
        rule.standing(self.jur, self.as_of)
    }

    pub fn in_force(&self, rule: &Rule) -> bool {
        matches!(self.standing(rule), Standing::InForce { .. })
    }

    /// The citations of `rule` that stand on `as_of` under the jurisdiction.
    pub fn cite(&self, rule: &'static Rule) -> Vec<Citation> {
        let mut out = Vec::with_capacity(rule.cites.len());
        self.cite_into(rule, &mut out);
        out
    }

    pub fn cite_into(&self, rule: &'static Rule, out: &mut Vec<Citation>) {
        for c in rule.cites {
            if self.jur.includes(c.doc().jurisdiction) && c.doc().in_force() <= self.as_of {
                out.push(Citation::new(rule.id, c));
            }
        }
    }

    /// The citations of a superseded rule: all of them, as they stood.
    pub fn cite_all(&self, rule: &'static Rule) -> Vec<Citation> {
        rule.cites
            .iter()
            .filter(|c| self.jur.includes(c.doc().jurisdiction))
            .map(|c| Citation::new(rule.id, c))
            .collect()
    }

    /// The rule's citations where it stands on `as_of`; for a rule that
    /// does not (yet, or here) apply, every citation it has, so that a
    /// reason explaining "this clause applies from …" or "only in Yunnan"
    /// still shows the clause it speaks of.
    pub fn cite_any(&self, rule: &'static Rule) -> Vec<Citation> {
        let standing = self.cite(rule);
        if !standing.is_empty() {
            return standing;
        }
        let here = self.cite_all(rule);
        if !here.is_empty() {
            return here;
        }
        rule.cites
            .iter()
            .map(|c| Citation::new(rule.id, c))
            .collect()
    }

    /// A reason carrying the rule's citations.
    pub fn reason(&self, rule: &'static Rule, text: impl Into<Str>) -> Reason {
        Reason {
            rule_id: rule.id,
            text: text.into(),
            citations: self.cite(rule),
        }
    }

    /// The entry for a superseded rule.
    pub fn superseded(&self, rule: &'static Rule, level: Option<Education>) -> Option<Superseded> {
        let s = rule.superseded.as_ref()?;
        Some(Superseded {
            rule_id: rule.id,
            level,
            superseded_by: s.by.id,
            since: s.from(),
            citations: self.cite_all(rule),
        })
    }

    /// The date caveats of an applied rule: undated document, ended plan.
    pub fn date_caveats(&self, rule: &Rule, out: &mut Vec<Str>) {
        if let Standing::InForce { uncertain: true } = self.standing(rule) {
            push_unique(out, self.t(ISSUE_DATE_NOT_PRINTED));
        }
        if rule.plan_ended(self.jur, self.as_of) {
            push_unique(out, self.t(PLAN_PERIOD_ENDED));
        }
    }
}

pub(crate) const ISSUE_DATE_NOT_PRINTED: Text = crate::text::t(
    "该文件的印发日期语料未载明：按其可能的日期区间适用",
    "issue date not printed in the corpus: applied within its possible date window",
);

pub(crate) const PLAN_PERIOD_ENDED: Text = crate::text::t(
    "所依据的“十四五”规划期已结束（2025年底），语料未载明其废止，仍予适用",
    "plan period ended (end of 2025); the corpus records no repeal, so it is still applied",
);

/// Adds `s` unless already present (caveats are a set, in order of first use).
pub(crate) fn push_unique(v: &mut Vec<Str>, s: impl Into<Str>) {
    let s = s.into();
    if !v.contains(&s) {
        v.push(s);
    }
}

/// Evaluates a well-formed request for `as_of`.
pub fn evaluate(req: &Request, as_of: Date) -> Report {
    let ctx = Ctx::new(req, as_of);
    let equivalences = equivalence::evaluate(&ctx);
    let recruitment = req
        .post
        .as_ref()
        .map(|post| recruitment::evaluate(&ctx, post, &equivalences));
    let direct_recruitment = direct::evaluate(&ctx);
    let entitlements = entitlements::evaluate(&ctx, &equivalences);
    let titles = req.teacher.as_ref().map(|t| titles::evaluate(&ctx, t));
    let skill = skills::evaluate(&ctx);
    let notes = equivalence::notes(&ctx);
    Report {
        as_of,
        jurisdiction: req.jurisdiction,
        rules_version: RULES_VERSION,
        equivalences,
        recruitment,
        direct_recruitment,
        entitlements,
        titles,
        skill,
        notes,
    }
}

/// Every rule of every group, for the registry and for invariant tests.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    equivalence::RULES
        .iter()
        .chain(recruitment::RULES)
        .chain(direct::RULES)
        .chain(entitlements::RULES)
        .chain(titles::RULES)
        .chain(skills::RULES)
        .copied()
}
