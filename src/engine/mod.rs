//! The evaluation: one pass over the rule groups A–F for one request on one
//! date. Pure: no clock, no I/O, no JavaScript, and no prose — each group
//! returns typed findings (outcomes, levels, dates, the fields that are
//! missing, messages as [`Msg`] values, and the clauses each decision
//! rests on); `crate::wording` turns them into the report.
//!
//! Groups use each other's typed results only: B (recruitment) and D
//! (entitlements) read A's grants and levels; E (titles) reads F's ladder.

pub mod direct;
pub mod entitlements;
pub mod equivalence;
pub mod msg;
pub mod recruitment;
pub mod skills;
pub mod summary;
pub mod titles;

use crate::date::Date;
use crate::law::{Clause, Rule, Standing};
use crate::report::Citation;
use crate::request::{ClassType, Education, Jurisdiction, Request, SchoolType, SkillLevel};

pub use msg::{CommonMsg, Param};

/// Any message of any group (each group declares its own, `msg::messages!`).
#[derive(Clone, Copy, Debug, Eq)]
pub enum Msg {
    CommonMsg(CommonMsg),
    EquivalenceMsg(equivalence::EquivalenceMsg),
    RecruitmentMsg(recruitment::RecruitmentMsg),
    DirectMsg(direct::DirectMsg),
    EntitlementMsg(entitlements::EntitlementMsg),
    TitleMsg(titles::TitleMsg),
    SkillMsg(skills::SkillMsg),
    SummaryMsg(summary::SummaryMsg),
}

impl Msg {
    pub fn code(&self) -> &'static str {
        match self {
            Msg::CommonMsg(m) => m.code(),
            Msg::EquivalenceMsg(m) => m.code(),
            Msg::RecruitmentMsg(m) => m.code(),
            Msg::DirectMsg(m) => m.code(),
            Msg::EntitlementMsg(m) => m.code(),
            Msg::TitleMsg(m) => m.code(),
            Msg::SkillMsg(m) => m.code(),
            Msg::SummaryMsg(m) => m.code(),
        }
    }

    pub fn params(&self) -> msg::Params {
        match self {
            Msg::CommonMsg(m) => m.params(),
            Msg::EquivalenceMsg(m) => m.params(),
            Msg::RecruitmentMsg(m) => m.params(),
            Msg::DirectMsg(m) => m.params(),
            Msg::EntitlementMsg(m) => m.params(),
            Msg::TitleMsg(m) => m.params(),
            Msg::SkillMsg(m) => m.params(),
            Msg::SummaryMsg(m) => m.params(),
        }
    }
}

/// Two messages are the same when they have the same code and the same
/// parameters — what a person would read. (Written out rather than
/// derived: the derived comparison of every variant of every group is
/// ≈ 3.7 KB of the module; this one reuses `code` and `params`.)
impl PartialEq for Msg {
    fn eq(&self, other: &Self) -> bool {
        // The same code has the same parameter names: compare the values.
        self.code() == other.code() && {
            let (a, b) = (self.params(), other.params());
            a.values[..a.len()] == b.values[..b.len()]
        }
    }
}

/// A typed text item with what backs it: the message, the rule it comes
/// from, and the clauses it cites.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub msg: Msg,
    pub rule: Option<&'static Rule>,
    pub citations: Vec<Citation>,
}

impl Note {
    /// A note backed by nothing but its message.
    pub fn bare(msg: impl Into<Msg>) -> Note {
        Note {
            msg: msg.into(),
            rule: None,
            citations: Vec::new(),
        }
    }
}

/// Where the graduate's own 学历 comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EducationSource {
    /// `graduate.education`, as stated.
    Stated,
    /// Implied by the school type (职业教育法 第十五条; api.md 0.2).
    School(SchoolType),
}

/// Facts derived once from the request, shared by every rule group.
pub struct Ctx<'a> {
    pub req: &'a Request,
    pub as_of: Date,
    pub jur: Jurisdiction,
    /// *graduated*: a graduation date on or before `as_of`.
    pub graduated: bool,
    /// A 技工院校 (技工学校, 高级技工学校, 技师学院).
    pub technical: bool,
    /// The class, for a 技工院校 graduate or student.
    pub class: Option<ClassType>,
    /// certLevel: the highest certificate on the 八级工 ladder.
    pub cert_level: Option<SkillLevel>,
    /// What the group A rules give on these facts, worked out once
    /// (`Ctx::grants`).
    pub grants: std::cell::OnceCell<Vec<equivalence::Grant>>,
    /// How the rules asked about stand on these facts' date and
    /// jurisdiction, worked out once per rule (`Ctx::standing`).
    pub standings: Standings,
}

/// A direct-mapped cache of [`Rule::standing`] by the rule's address (a rule
/// is a `static`, so one address): the engine asks about the same rules
/// many times per request. A slot another rule took is worked out again —
/// so a mutant of the cache (an empty copy, another slot index) changes
/// the speed only, never an answer (equivalent mutants).
pub struct Standings([std::cell::Cell<(usize, Standing)>; STANDING_SLOTS]);

const STANDING_SLOTS: usize = 64;

impl Standings {
    /// The same answers, for another `Ctx` on the same date and jurisdiction.
    pub fn copied(&self) -> Standings {
        Standings(std::array::from_fn(|i| {
            std::cell::Cell::new(self.0[i].get())
        }))
    }
}

impl Default for Standings {
    fn default() -> Self {
        Standings([const { std::cell::Cell::new((0, Standing::Absent)) }; STANDING_SLOTS])
    }
}

impl<'a> Ctx<'a> {
    /// Every grant of group A on these facts (`equivalence::grants`), once.
    pub fn grants(&self) -> &[equivalence::Grant] {
        self.grants.get_or_init(|| equivalence::grants(self))
    }

    pub fn new(req: &'a Request, as_of: Date) -> Ctx<'a> {
        let g = &req.graduate;
        let technical = g.school_type.is_technical();
        Ctx {
            req,
            as_of,
            jur: req.jurisdiction,
            graduated: g.graduation_date.is_some_and(|d| d <= as_of),
            technical,
            class: if technical { g.class_type } else { None },
            cert_level: g.certificates.iter().map(|c| c.level).max(),
            grants: Default::default(),
            standings: Default::default(),
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

    /// The 学历 the person holds, apart from any 技工院校 class: stated
    /// (`graduate.education`), or implied by a school type that settles it
    /// once the person has graduated — 中等职业学校 → 中专, 高等职业学校（专科）→
    /// 大专, 职业本科 → 本科 (职业教育法 第十五条). Never assumed otherwise.
    pub fn education(&self) -> Option<(Education, EducationSource)> {
        if let Some(e) = self.req.graduate.education {
            return Some((e, EducationSource::Stated));
        }
        if !self.graduated {
            return None;
        }
        let school = self.school();
        let implied = match school {
            SchoolType::SecondaryVocationalSchool => Education::SecondaryVocational,
            SchoolType::HigherVocationalCollege => Education::Associate,
            SchoolType::VocationalUniversity => Education::Bachelor,
            _ => return None,
        };
        Some((implied, EducationSource::School(school)))
    }

    pub fn standing(&self, rule: &Rule) -> Standing {
        let addr = std::ptr::from_ref(rule) as usize;
        let slot = &self.standings.0[(addr / std::mem::align_of::<Rule>()) % STANDING_SLOTS];
        let (a, s) = slot.get();
        if a == addr {
            return s;
        }
        let s = rule.standing(self.jur, self.as_of);
        slot.set((addr, s));
        s
    }

    pub fn in_force(&self, rule: &Rule) -> bool {
        matches!(self.standing(rule), Standing::InForce { .. })
    }

    /// Whether `clause`'s document stands on `as_of` under the jurisdiction.
    pub fn clause_stands(&self, clause: &Clause) -> bool {
        self.jur.includes(clause.doc.jurisdiction) && clause.doc.in_force() <= self.as_of
    }

    /// The citations of `rule` that stand on `as_of` under the jurisdiction.
    pub fn cite(&self, rule: &'static Rule) -> Vec<Citation> {
        let mut out = Vec::with_capacity(rule.cites.len());
        self.cite_into(rule, &mut out);
        out
    }

    pub fn cite_into(&self, rule: &'static Rule, out: &mut Vec<Citation>) {
        for c in rule.cites {
            if self.clause_stands(c.clause) {
                push_citation(out, Citation::new(rule, c.clause));
            }
        }
    }

    /// The standing citations of `rule` among `clauses` (in the rule's order).
    pub fn cite_only(&self, rule: &'static Rule, clauses: &[&'static Clause]) -> Vec<Citation> {
        rule.cites
            .iter()
            .filter(|c| clauses.iter().any(|k| std::ptr::eq(*k, c.clause)))
            .filter(|c| self.clause_stands(c.clause))
            .map(|c| Citation::new(rule, c.clause))
            .collect()
    }

    /// The citations of a superseded rule: all of them, as they stood.
    pub fn cite_all(&self, rule: &'static Rule) -> Vec<Citation> {
        rule.cites
            .iter()
            .filter(|c| self.jur.includes(c.doc().jurisdiction))
            .map(|c| Citation::new(rule, c.clause))
            .collect()
    }

    /// The rule's citations where it stands on `as_of`; for a rule that
    /// does not (yet, or here) apply, every citation it has, so that a
    /// reason explaining "this clause applies from …" or "only in another
    /// jurisdiction" still shows the clause it speaks of.
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
            .map(|c| Citation::new(rule, c.clause))
            .collect()
    }

    /// A note backed by `rule`'s standing clauses.
    pub fn note(&self, rule: &'static Rule, msg: impl Into<Msg>) -> Note {
        Note {
            msg: msg.into(),
            rule: Some(rule),
            citations: self.cite(rule),
        }
    }

    /// A note backed by `rule`'s clauses among `clauses`.
    pub fn note_on(
        &self,
        rule: &'static Rule,
        clauses: &[&'static Clause],
        msg: impl Into<Msg>,
    ) -> Note {
        Note {
            msg: msg.into(),
            rule: Some(rule),
            citations: self.cite_only(rule, clauses),
        }
    }

    /// The date caveats of a decision resting on `rules`, each only where
    /// true of the decision as a whole: "issue date not printed" when every
    /// rule stands only by an undated document's window, "plan period
    /// ended" when every rule rests only on 十四五 plans whose period ended.
    pub fn date_caveats(&self, rules: &[&'static Rule], out: &mut Vec<Msg>) {
        if rules.is_empty() {
            return;
        }
        if rules
            .iter()
            .all(|r| matches!(self.standing(r), Standing::InForce { uncertain: true }))
        {
            push_unique(out, CommonMsg::IssueDateNotPrinted);
        }
        let ends: Option<Vec<Date>> = rules
            .iter()
            .map(|r| r.plan_ended(self.jur, self.as_of))
            .collect();
        if let Some(end) = ends.and_then(|e| e.into_iter().max()) {
            push_unique(out, CommonMsg::PlanPeriodEnded { date: end });
        }
    }
}

impl Citation {
    pub fn new(rule: &'static Rule, clause: &'static Clause) -> Citation {
        Citation {
            rule_id: rule.id,
            clause,
        }
    }
}

/// Adds `c` unless the same rule already cites the same clause.
pub fn push_citation(v: &mut Vec<Citation>, c: Citation) {
    if !v.contains(&c) {
        v.push(c);
    }
}

/// Adds `m` unless already present (a set, in order of first use).
pub fn push_unique<T: PartialEq>(v: &mut Vec<T>, m: impl Into<T>) {
    let m = m.into();
    if !v.contains(&m) {
        v.push(m);
    }
}

/// Everything the engine found for one request on one date: the typed
/// input of `wording`.
pub struct Findings<'a> {
    pub req: &'a Request,
    pub as_of: Date,
    pub equivalences: Vec<equivalence::Equivalence>,
    pub recruitment: Option<recruitment::Recruitment>,
    pub direct: Vec<direct::DirectRoute>,
    pub entitlements: Vec<entitlements::Entitlement>,
    pub titles: Option<Vec<titles::TitleStatus>>,
    pub skill: skills::Skill,
    /// Notes on the whole answer (group A guards).
    pub notes: Vec<Note>,
    /// Whether a rule in force treats a class as a level, so that the
    /// class decides (group A's [`equivalence::class_decides`]).
    pub class_decides: bool,
}

/// Evaluates a well-formed request for `as_of`.
pub fn evaluate(req: &Request, as_of: Date) -> Findings<'_> {
    let ctx = Ctx::new(req, as_of);
    let equivalences = equivalence::equivalences(&ctx, ctx.grants());
    let recruitment = req
        .post
        .as_ref()
        .map(|post| recruitment::evaluate(&ctx, post));
    let direct = direct::evaluate(&ctx);
    let entitlements = entitlements::evaluate(&ctx, &equivalences);
    let titles = req.teacher.as_ref().map(|t| titles::evaluate(&ctx, t));
    let skill = skills::evaluate(&ctx);
    let notes = equivalence::notes(&ctx);
    let class_decides = equivalence::class_decides(&ctx);
    Findings {
        req,
        as_of,
        equivalences,
        recruitment,
        direct,
        entitlements,
        titles,
        skill,
        notes,
        class_decides,
    }
}

/// Every rule of every group, for the registry and for invariant tests.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    equivalence::rules().chain(
        recruitment::RULES
            .iter()
            .chain(direct::RULES)
            .chain(entitlements::RULES)
            .chain(titles::RULES)
            .chain(skills::RULES)
            .copied(),
    )
}
