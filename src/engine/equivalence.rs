//! A. Education-level equivalences (学历等同), per purpose.
//!
//! Class-based rules (A1 national, A2 a province's: rows of the law's class
//! table) and the 2014 certificate-based route of 云人社发[2014]140号 (A3) are alternatives: per purpose the highest
//! level any applicable, non-superseded rule gives wins, and every rule that
//! gives it is cited (catalogue §1 item 4). An equivalence is per purpose and
//! never a 学历 — except the school's own level: a 技工学校 is a 中等职业学校
//! (职业教育法 第十五条).
//!
//! This group returns [`Grant`]s (used by B recruitment as well) and one
//! [`Equivalence`] finding per purpose, with its caveats as typed messages.

use crate::law::cn::*;
use crate::law::yn::rules::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Basis, Citation, Superseded};
use crate::request::{CertField, ClassType, Education, Field, SchoolType, SkillLevel, StudyMode};
use crate::vocab::Purpose;

use super::msg::messages;
use super::{Ctx, Msg, Note};

use Purpose::*;

// ---------------------------------------------------------------- A0 guards

/// 第十五条: the school type alone gives no level; a 技师学院 joins the 高职
/// sequence only if it qualifies, and no input says so.
pub static GUARD_SCHOOL_LEVEL: Rule = Rule {
    id: "equiv.guard.schoollevel",
    gloss: gloss(
        "院校类型本身不产生学历等同：技师学院只有按设置制度纳入高等职业学校序列后才属高职。",
        "The school type alone gives no level: a 技师学院 is a 高职 only if formally included in that sequence.",
    ),
    cites: &[
        cite(&law_2022::SECONDARY_INCLUDES_TECHNICAL_SCHOOLS),
        cite(&law_2022::TECHNICIAN_COLLEGES_INTO_HIGHER),
        also(&regulation_2005::SECONDARY),
    ],
    superseded: None,
};

/// A 技工学校 education is 中等职业学校教育 (the school's level, for the general purposes).
pub static SECONDARY: Rule = Rule {
    id: "equiv.secondary.cn.2022",
    gloss: gloss(
        "技工学校教育属于中等职业学校教育：技工学校毕业生和中级工班毕业生按中专层次。",
        "A 技工学校 education is secondary vocational education: 技工学校 and 中级工班 graduates are at 中专 level.",
    ),
    cites: &[
        cite(&law_2022::SECONDARY_INCLUDES_TECHNICAL_SCHOOLS),
        cite(&regulation_2005::SECONDARY),
    ],
    superseded: None,
};

/// The diploma states the class; it is what proves it.
pub static GUARD_EVIDENCE: Rule = Rule {
    id: "equiv.guard.evidence",
    gloss: gloss(
        "毕业证书载明班级层次，是享受相应待遇的凭证。",
        "The diploma states the class and is the proof for the treatment that follows.",
    ),
    cites: &[
        cite(&rsbf_2021_86::DIPLOMA_STATES_CLASS),
        cite(&regulation_2005::CERTIFICATES_PROOF),
    ],
    superseded: None,
};

// ---------------------------------------- A1, A2: by class (the law's table)
//
// The class rules — national and each province's — are rows of the law's
// table (`law::CLASS_RULES`, beside each jurisdiction's documents): a
// province's class equivalence is data, no code here.

// ------------------------------- A3: the 2014 certificate route (暂行), group code

/// The group's own rules before the class table: the guards and the
/// school's own level.
static GUARDS: &[&Rule] = &[&GUARD_SCHOOL_LEVEL, &SECONDARY, &GUARD_EVIDENCE];

/// The certificate route's rules (a decision no table row makes).
static CERTIFICATE_ROUTE: &[&Rule] = &[
    &CERT_SCOPE_YN_2014,
    &CERT_WAGE_YN_2014,
    &CERT_RECRUIT_YN_2014,
    &CERT_NCO_YN_2014,
    &CERT_TITLE_YN_2014,
];

/// Every rule of group A: the guards, the law's class table, the
/// certificate route.
pub fn rules() -> impl Iterator<Item = &'static Rule> + Clone {
    GUARDS
        .iter()
        .copied()
        .chain(class_rules().map(|row| row.rule))
        .chain(CERTIFICATE_ROUTE.iter().copied())
}

/// Whether `f` holds for some rule of group A (one loop, not an iterator
/// chain per caller: a few hundred bytes less in the module).
pub fn any_rule(f: &mut dyn FnMut(&'static Rule) -> bool) -> bool {
    for &rule in GUARDS.iter().chain(CERTIFICATE_ROUTE) {
        if f(rule) {
            return true;
        }
    }
    for rows in crate::law::CLASS_RULES {
        for row in rows.iter() {
            if f(row.rule) {
                return true;
            }
        }
    }
    false
}

messages! {
    /// What group A says: statements, caveats and notes.
    pub enum EquivalenceMsg {
        /// Equal treatment for the purposes named (“等”, “按规定”), not a 学历.
        EqualTreatmentNotADegree = "caveat.equalTreatmentNotADegree";
        /// 82号 三: the post's other conditions (专业…) must be met too.
        OtherConditionsApply = "caveat.otherConditionsApply";
        /// 95号 二 “可设置为”: the school decides whether to open its posts so.
        SchoolMaySetPostConditions = "caveat.schoolMaySetPostConditions";
        /// 机关招聘 is not 公务员录用.
        GovernmentNotCivilService = "caveat.governmentNotCivilService";
        /// 第十二条 reaches only 工勤 posts of 机关.
        GovernmentWorkerPostsOnly = "caveat.governmentWorkerPostsOnly";
        /// 第十二条 reaches only 工勤 and 专业技术 posts of 事业单位.
        PublicInstitutionWorkerOrProfessionalPostsOnly = "caveat.publicInstitutionWorkerOrProfessionalPostsOnly";
        /// 第五条: the first wage an employer negotiates; 机关、事业单位按国家有关政策执行.
        FirstWageNegotiatedOnly { place: Jurisdiction } = "caveat.firstWageNegotiatedOnly";
        /// The level above holds only where its caveat says; elsewhere this one does.
        ElsewhereAtLevel { level: Education } = "caveat.elsewhereAtLevel";
        /// A posting's 中专 usually includes 技工学校; check the announcement.
        SecondaryInPostings = "caveat.secondaryInPostings";
        /// A 技工学校 is a 中等职业学校: the person's education is of that level.
        SchoolIsSecondaryVocational = "caveat.schoolIsSecondaryVocational";
        /// 第十五条 names 技工学校; a 中级工班 elsewhere is taken at its level (a reading).
        IntermediateClassAtSecondaryLevel = "caveat.intermediateClassAtSecondaryLevel";
        /// The diploma states the class: it is the proof.
        DiplomaStatesClass = "caveat.diplomaStatesClass";
        /// The certificate is the proof of a certificate-based level.
        CertificateIsProof = "caveat.certificateIsProof";
        /// Part-time study: no rule for this purpose says so; treated alike.
        PartTimeNotAddressed = "caveat.partTimeNotAddressed";
        /// 140号 compares with a full-time 大专/本科 graduate, whatever the mode.
        ComparedWithFullTimeGraduates { place: Jurisdiction } = "caveat.comparedWithFullTimeGraduates";
        /// The 2014 text names 国家职业资格证书; a 职业技能等级证书 is taken alike.
        CertificateTypesAlike { place: Jurisdiction } = "caveat.certificateTypesAlike";
        /// The 2014 measures are interim (暂行) with no end date printed.
        InterimMeasures { place: Jurisdiction } = "caveat.interimMeasures";
        /// The 2014 route names 高级工 and 预备技师 certificates only.
        ListEveryCertificate = "caveat.listEveryCertificate";
        /// No class given: the school type alone gives no level.
        ClassNotGiven { field: Field } = "note.classNotGiven";
        /// A 技工学校 graduate whose class is not given: the school's level
        /// stands, and a 高级工班 or 预备技师班 would count higher.
        ClassMayRaiseLevel { field: Field } = "note.classMayRaiseLevel";
        /// A certificate above 高级工 that the 2014 route does not name.
        HigherCertificateNotNamed { place: Jurisdiction } = "note.higherCertificateNotNamed";
        /// A 技师学院 is a 高职 only once formally included.
        TechnicianCollegeNotHigherVocational = "note.technicianCollegeNotHigherVocational";
        /// Equivalences name graduates: a student gets them on graduation.
        StudentGetsThemOnGraduation = "note.studentGetsThemOnGraduation";
        /// The 2014 certificate route (140号) needs a 中级工 certificate or higher.
        CertificateRouteNeedsIntermediate { place: Jurisdiction } = "note.certificateRouteNeedsIntermediate";
    }
}

/// The class rules of every jurisdiction, in the table's order (in the
/// crate's own tests, the fictitious province's after them).
fn class_rules() -> impl Iterator<Item = &'static ClassRule> + Clone {
    crate::law::CLASS_RULES.iter().flat_map(|rows| rows.iter())
}

/// Whether a class rule treats the class as a level — not only lets a
/// school set its posts' conditions so (95号 二 「可设置为」: a reading found a
/// student promised an equal treatment on it).
fn treats(r: &ClassRule) -> bool {
    r.caveat != Some(ClassCaveat::SchoolMaySetPostConditions)
}

/// What a class rule's own text adds, as group A words it.
fn class_caveat(c: ClassCaveat) -> EquivalenceMsg {
    match c {
        ClassCaveat::OtherConditionsApply => EquivalenceMsg::OtherConditionsApply,
        ClassCaveat::SchoolMaySetPostConditions => EquivalenceMsg::SchoolMaySetPostConditions,
    }
}

/// Which posts a grant reaches (第十二条 reaches only 工勤 in 机关).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostScope {
    Any,
    /// 工勤人员 only.
    WorkerSupport,
    /// 工勤人员 or 专业技术人员.
    WorkerOrProfessional,
}

/// One rule's grant of a level for a purpose.
#[derive(Clone, Copy, Debug)]
pub struct Grant {
    pub purpose: Purpose,
    pub level: Education,
    pub rule: &'static Rule,
    pub scope: PostScope,
    pub caveat: Option<EquivalenceMsg>,
    pub basis: Basis,
    pub superseded: bool,
}

impl Grant {
    /// Whether the level reaches only some posts (第十二条) or some
    /// employers (第五条: not 机关、事业单位), so that another, for the
    /// rest, may stand below it.
    pub fn limited(&self) -> bool {
        self.scope != PostScope::Any
            || matches!(
                self.caveat,
                Some(EquivalenceMsg::FirstWageNegotiatedOnly { .. })
            )
    }

    /// Whether the level is only a post condition a school may set
    /// (「岗位条件可设置为」), not an equal treatment.
    pub fn school_may_set(&self) -> bool {
        self.caveat == Some(EquivalenceMsg::SchoolMaySetPostConditions)
    }

    /// Whether the grant is the 中等职业教育 level of 第十五条 (the school's,
    /// or a 中级工班's by reading), not a rule's equal treatment of a class
    /// or certificate.
    pub fn secondary_level(&self) -> bool {
        std::ptr::eq(self.rule, &SECONDARY)
    }
}

/// Every grant that matches the person on `as_of`, superseded ones flagged.
pub fn grants(ctx: &Ctx) -> Vec<Grant> {
    let mut out = Vec::with_capacity(16);
    if !ctx.graduated || !ctx.technical {
        return out;
    }
    let mut push = |rule: &'static Rule, purposes: &[Purpose], level, scope, caveat, basis| {
        let superseded = match ctx.standing(rule) {
            Standing::Absent => return,
            Standing::InForce { .. } => false,
            Standing::Superseded => true,
        };
        for &purpose in purposes {
            out.push(Grant {
                purpose,
                level,
                rule,
                scope,
                caveat,
                basis,
                superseded,
            });
        }
    };

    // A0: the school's own level: a 技工学校 is a 中等职业学校 (第十五条),
    // whatever the class. A 中级工班 of a 技师学院 or 高级技工学校, which
    // the article does not name, is taken at the same level by its class —
    // a reading, said so, and no 学历 of the person's own.
    let technical_school = ctx.school() == SchoolType::TechnicalSchool;
    if technical_school || ctx.class == Some(ClassType::Intermediate) {
        let (caveat, basis) = if technical_school {
            (None, Basis::School)
        } else {
            (
                Some(EquivalenceMsg::IntermediateClassAtSecondaryLevel),
                Basis::Class,
            )
        };
        push(
            &SECONDARY,
            GENERAL_PURPOSES,
            Education::SecondaryVocational,
            PostScope::Any,
            caveat,
            basis,
        );
    }

    // A1, A2: by class.
    if let Some(class) = ctx.class {
        for row in class_rules() {
            if let Some(level) = row.levels[class as usize] {
                push(
                    row.rule,
                    row.purposes,
                    level,
                    PostScope::Any,
                    row.caveat.map(class_caveat),
                    Basis::Class,
                );
            }
        }
    }

    // A3: by certificate (exactly 高级工 → 大专, 预备技师 → 本科; catalogue §4 Q6).
    if let Some(level) = certificate_level(ctx) {
        let cert = Basis::Certificate;
        push(
            &CERT_WAGE_YN_2014,
            &[StartingWage],
            level,
            PostScope::Any,
            Some(EquivalenceMsg::FirstWageNegotiatedOnly {
                place: CERT_WAGE_YN_2014.jurisdiction(),
            }),
            cert,
        );
        push(
            &CERT_RECRUIT_YN_2014,
            &[GovernmentRecruitment],
            level,
            PostScope::WorkerSupport,
            None,
            cert,
        );
        push(
            &CERT_RECRUIT_YN_2014,
            &[PublicInstitutionRecruitment],
            level,
            PostScope::WorkerOrProfessional,
            None,
            cert,
        );
        push(
            &CERT_NCO_YN_2014,
            &[NcoRecruitment],
            level,
            PostScope::Any,
            None,
            cert,
        );
    }
    // 第九条 (superseded 2021-08-12): needs the 第二条 scope (中级工+ certificate).
    if ctx
        .cert_level
        .is_some_and(|l| l >= SkillLevel::Intermediate)
    {
        let engineering = ctx.req.graduate.certificates.iter().any(|c| {
            matches!(
                c.level,
                SkillLevel::Senior | SkillLevel::PreparatoryTechnician
            ) && c.field == Some(CertField::Engineering)
        });
        let level = if ctx.school() == SchoolType::TechnicianCollege && engineering {
            Education::Associate
        } else {
            Education::SecondaryVocational
        };
        push(
            &CERT_TITLE_YN_2014,
            &[ProfessionalTitle],
            level,
            PostScope::Any,
            None,
            Basis::Certificate,
        );
    }
    out
}

/// The 2014 certificate level: exactly 高级工 → 大专, 预备技师 → 本科.
fn certificate_level(ctx: &Ctx) -> Option<Education> {
    if ctx.has_cert(SkillLevel::PreparatoryTechnician) {
        Some(Education::Bachelor)
    } else if ctx.has_cert(SkillLevel::Senior) {
        Some(Education::Associate)
    } else {
        None
    }
}

/// The best level for `purpose` among the live grants that reach a post of
/// `scope_ok`, with every grant that gives it.
pub fn best(
    grants: &[Grant],
    purpose: Purpose,
    scope_ok: impl Fn(PostScope) -> bool,
) -> Option<(Education, Vec<&Grant>)> {
    let live = |g: &&Grant| g.purpose == purpose && !g.superseded && scope_ok(g.scope);
    let level = grants.iter().filter(live).map(|g| g.level).max()?;
    Some((
        level,
        grants
            .iter()
            .filter(|g| live(g) && g.level == level)
            .collect(),
    ))
}

/// The rules of `givers`, each once, in order.
pub fn giver_rules(givers: &[&Grant]) -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = Vec::with_capacity(givers.len());
    for g in givers {
        if !rules.iter().any(|r| std::ptr::eq(*r, g.rule)) {
            rules.push(g.rule);
        }
    }
    rules
}

/// One purpose's equivalence, as found.
#[derive(Clone, Debug, PartialEq)]
pub struct Equivalence {
    pub purpose: Purpose,
    pub level: Education,
    /// What the level rests on, the strongest first (class, certificate, school).
    pub basis: Vec<Basis>,
    /// Every applicable rule that gives this level.
    pub citations: Vec<Citation>,
    pub superseded: Vec<Superseded>,
    pub caveats: Vec<Note>,
    /// The level is only a post condition a school may set (「可设置为」,
    /// 95号 二), not an equal treatment: the headline does not count it.
    pub school_may_set: bool,
    /// The level is only the 中等职业教育 level of 第十五条 (the school's, or
    /// a 中级工班's by reading), not an equal treatment: nor is this counted.
    pub school_level: bool,
}

/// Whether a text in force settles part-time study for `purpose`: 60号 四
/// (职称评审), 82号 一 (事业单位公开招聘 — and a public 技工院校's
/// 生产实习指导教师 recruitment is one), or a 2014 rule that compares with
/// 全日制 graduates whatever the person's own mode.
fn part_time_settled(ctx: &Ctx, purpose: Purpose, givers: &[&Grant]) -> bool {
    let by_purpose = match purpose {
        ProfessionalTitle => ctx.clause_stands(&rstf_2022_60::PART_TIME_EQUAL),
        PublicInstitutionRecruitment | InstructorRecruitment => {
            ctx.clause_stands(&rsbf_2021_82::NO_RESTRICTIONS)
        }
        _ => false,
    };
    by_purpose || givers.iter().any(|g| full_time_comparison(g.rule))
}

/// The 2014 rules whose text sets the comparison at 全日制 graduates.
fn full_time_comparison(rule: &Rule) -> bool {
    [&CERT_WAGE_YN_2014, &CERT_RECRUIT_YN_2014, &CERT_NCO_YN_2014]
        .iter()
        .any(|r| std::ptr::eq(*r, rule))
}

/// The equivalences section: one finding per purpose some rule covers.
pub fn equivalences(ctx: &Ctx, grants: &[Grant]) -> Vec<Equivalence> {
    let mut out = Vec::new();
    for &purpose in <Purpose as crate::vocab::Vocab>::ALL {
        let Some((level, givers)) = best(grants, purpose, |_| true) else {
            continue;
        };
        let rules = giver_rules(&givers);
        let mut citations = Vec::with_capacity(8);
        for r in &rules {
            ctx.cite_into(r, &mut citations);
        }
        let has = |b: Basis| givers.iter().any(|g| g.basis == b);
        let basis: Vec<Basis> = [Basis::Class, Basis::Certificate, Basis::School]
            .into_iter()
            .filter(|b| has(*b))
            .collect();
        let only = |b: Basis| givers.iter().all(|g| g.basis == b);

        if only(Basis::Certificate) {
            ctx.cite_into(&CERT_SCOPE_YN_2014, &mut citations);
        }
        let mut caveats = caveats_of(ctx, purpose, level, &givers, &rules);
        if givers.iter().all(|g| g.limited()) {
            caveats.extend(elsewhere(ctx, grants, purpose));
        }

        let mut superseded: Vec<Superseded> = Vec::new();
        for g in grants
            .iter()
            .filter(|g| g.purpose == purpose && g.superseded)
        {
            if !superseded.iter().any(|s| s.rule_id == g.rule.id) {
                superseded.extend(superseded_entry(ctx, g.rule, Some(g.level)));
            }
        }
        out.push(Equivalence {
            purpose,
            level,
            basis,
            citations,
            superseded,
            caveats,
            school_may_set: givers.iter().all(|g| g.school_may_set()),
            school_level: givers.iter().all(|g| g.secondary_level()),
        });
    }
    out
}

/// Where the best level for `purpose` reaches only some posts or
/// employers: the level that holds for the rest (a reading found the class
/// level of every post hidden under a certificate level for 工勤 posts), with
/// the rules that give it.
fn elsewhere(ctx: &Ctx, grants: &[Grant], purpose: Purpose) -> Option<Note> {
    // Not the school's own level: that is no 按…对待 (a reading).
    let open =
        |g: &&Grant| g.purpose == purpose && !g.superseded && !g.limited() && !g.secondary_level();
    let level = grants.iter().filter(open).map(|g| g.level).max()?;
    let givers: Vec<&Grant> = grants
        .iter()
        .filter(|g| open(g) && g.level == level)
        .collect();
    let rules = giver_rules(&givers);
    let mut citations = Vec::with_capacity(8);
    for r in &rules {
        ctx.cite_into(r, &mut citations);
    }
    Some(Note {
        msg: EquivalenceMsg::ElsewhereAtLevel { level }.into(),
        rule: rules.first().copied(),
        citations,
    })
}

/// The caveats of a level for a purpose, each only where true of it: the
/// date caveats of the set of rules giving it, the givers' own conditions,
/// the 2014 certificate route's, the reach of 第十二条, part-time study,
/// and what proves the class or the certificate.
pub fn level_caveats(
    ctx: &Ctx,
    purpose: Purpose,
    level: Education,
    givers: &[&Grant],
) -> Vec<Note> {
    caveats_of(ctx, purpose, level, givers, &giver_rules(givers))
}

/// [`level_caveats`], for `givers` whose rules (`giver_rules`) are known.
fn caveats_of(
    ctx: &Ctx,
    purpose: Purpose,
    level: Education,
    givers: &[&Grant],
    rules: &[&'static Rule],
) -> Vec<Note> {
    use EquivalenceMsg as M;
    let has = |b: Basis| givers.iter().any(|g| g.basis == b);
    let only = |b: Basis| givers.iter().all(|g| g.basis == b);
    // The bare caveats, each once (a set of messages, in order of first use).
    let mut msgs: Vec<Note> = Vec::with_capacity(12);
    /// A bare note of `m`, unless one is there (a set of messages, in order).
    fn bare(v: &mut Vec<Note>, m: impl Into<Msg>) {
        let m = m.into();
        if !v.iter().any(|n| n.msg == m) {
            v.push(Note::bare(m));
        }
    }
    let mut dated: Vec<Msg> = Vec::new();
    ctx.date_caveats(rules, &mut dated);
    for m in dated {
        bare(&mut msgs, m);
    }
    // The 中级工班 reading's caveat only where nothing else gives the level.
    let reading_only = givers.iter().all(|g| g.secondary_level());
    for g in givers {
        if let Some(c) = g.caveat.filter(|_| reading_only || !g.secondary_level()) {
            bare(&mut msgs, c);
        }
    }
    if only(Basis::Certificate) {
        let place = CERT_SCOPE_YN_2014.jurisdiction();
        bare(&mut msgs, M::CertificateTypesAlike { place });
        bare(&mut msgs, M::InterimMeasures { place });
        bare(&mut msgs, M::ListEveryCertificate);
    }
    if let Some(g) = givers.iter().find(|g| full_time_comparison(g.rule)) {
        let place = g.rule.jurisdiction();
        bare(&mut msgs, M::ComparedWithFullTimeGraduates { place });
    }
    if givers.iter().all(|g| g.scope == PostScope::WorkerSupport) {
        bare(&mut msgs, M::GovernmentWorkerPostsOnly);
    } else if givers
        .iter()
        .all(|g| g.scope == PostScope::WorkerOrProfessional)
    {
        bare(&mut msgs, M::PublicInstitutionWorkerOrProfessionalPostsOnly);
    }
    if purpose == GovernmentRecruitment {
        bare(&mut msgs, M::GovernmentNotCivilService);
    }
    if only(Basis::School) {
        bare(&mut msgs, M::SchoolIsSecondaryVocational);
    } else {
        if level == Education::SecondaryVocational {
            bare(&mut msgs, M::SecondaryInPostings);
        }
        // A post condition a school may set treats nobody as anything, and
        // the 第十五条 reading for a 中级工班 is a level, not a treatment.
        if !givers
            .iter()
            .all(|g| g.school_may_set() || g.secondary_level())
        {
            bare(&mut msgs, M::EqualTreatmentNotADegree);
        }
    }
    if ctx.req.graduate.study_mode == Some(StudyMode::PartTime)
        && !part_time_settled(ctx, purpose, givers)
    {
        bare(&mut msgs, M::PartTimeNotAddressed);
    }
    let mut caveats = msgs;
    if has(Basis::Class) {
        caveats.push(ctx.note(&GUARD_EVIDENCE, M::DiplomaStatesClass));
    }
    if has(Basis::Certificate) && ctx.clause_stands(&regulation_2005::CERTIFICATES_PROOF) {
        caveats.push(ctx.note_on(
            &GUARD_EVIDENCE,
            &[&regulation_2005::CERTIFICATES_PROOF],
            M::CertificateIsProof,
        ));
    }
    caveats
}

/// The entry for a superseded rule: its clauses as they stood, the rule
/// that replaced it and the date, from the superseding document.
pub fn superseded_entry(
    ctx: &Ctx,
    rule: &'static Rule,
    level: Option<Education>,
) -> Option<Superseded> {
    let s = rule.superseded.as_ref()?;
    Some(Superseded {
        rule_id: rule.id,
        level,
        superseded_by: s.by.id,
        since: s.from(),
        citations: ctx.cite_all(rule),
    })
}

/// Whether a rule in force treats a class as a level (a reading found the
/// class asked for in 2020, nationally, when none did).
pub fn class_decides(ctx: &Ctx) -> bool {
    class_rules().any(|r| treats(r) && ctx.in_force(r.rule))
}

/// Notes on the whole answer from the A guards.
pub fn notes(ctx: &Ctx) -> Vec<Note> {
    use EquivalenceMsg as M;
    let mut out = Vec::new();
    let field = Field::GraduateClassType;
    let no_class = ctx.req.graduate.class_type.is_none();
    if ctx.technical
        && no_class
        && ctx.school() == SchoolType::TechnicalSchool
        && ctx.in_force(&SECONDARY)
    {
        // The school's level stands (the law, or a province's 条例 before
        // it); a class rule in force would give a 高级工班 or 预备技师班 more
        // (a reading found nothing said so).
        let higher = class_rules()
            .filter(|r| r.levels[ClassType::Senior as usize].is_some() && treats(r))
            .find(|r| ctx.in_force(r.rule));
        if let Some(row) = higher {
            let mut note = ctx.note(&SECONDARY, M::ClassMayRaiseLevel { field });
            ctx.cite_into(row.rule, &mut note.citations);
            out.push(note);
        }
    } else if ctx.technical && ctx.in_force(&GUARD_SCHOOL_LEVEL) {
        // (From this date every jurisdiction's class rules stand: the
        // class decides.)
        if no_class {
            out.push(ctx.note(&GUARD_SCHOOL_LEVEL, M::ClassNotGiven { field }));
        } else if ctx.school() == SchoolType::TechnicianCollege {
            out.push(ctx.note(&GUARD_SCHOOL_LEVEL, M::TechnicianCollegeNotHigherVocational));
        }
    }
    if ctx.technical && !ctx.graduated {
        // Only where a rule in force gives this class a level (a reading
        // found a 中级工班 student promised one in 2019, when none did).
        let gives =
            |r: &&ClassRule| treats(r) && ctx.class.is_none_or(|c| r.levels[c as usize].is_some());
        if let Some(row) = class_rules().filter(gives).find(|r| ctx.in_force(r.rule)) {
            out.push(ctx.note(row.rule, M::StudentGetsThemOnGraduation));
        }
    }
    // A certificate above 预备技师 (技师, 高级技师…) that the route does not
    // name, and none it names: the person may hold those too (a reading
    // found a 技师 told less than a 高级工, with no word why).
    if ctx.technical
        && ctx.graduated
        && ctx.in_force(&CERT_SCOPE_YN_2014)
        && ctx.cert_level.is_some_and(|l| l >= SkillLevel::Technician)
        && certificate_level(ctx).is_none()
    {
        out.push(ctx.note(
            &CERT_SCOPE_YN_2014,
            M::HigherCertificateNotNamed {
                place: CERT_SCOPE_YN_2014.jurisdiction(),
            },
        ));
    }
    if ctx.technical
        && ctx.graduated
        && ctx.in_force(&CERT_SCOPE_YN_2014)
        && ctx.cert_level.is_none_or(|l| l < SkillLevel::Intermediate)
    {
        out.push(ctx.note(
            &CERT_SCOPE_YN_2014,
            M::CertificateRouteNeedsIntermediate {
                place: CERT_SCOPE_YN_2014.jurisdiction(),
            },
        ));
    }
    out
}
