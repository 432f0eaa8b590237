//! A. Education-level equivalences (学历等同), per purpose.
//!
//! Class-based rules (A1 national, A2 Yunnan) and the Yunnan 2014
//! certificate-based route (A3) are alternatives: per purpose the highest
//! level any applicable, non-superseded rule gives wins, and every rule that
//! gives it is cited (catalogue §1 item 4). An equivalence is per purpose and
//! never a 学历 — except the school's own level: a 技工学校 is a 中等职业学校
//! (职业教育法 第十五条).
//!
//! This group returns [`Grant`]s (used by B recruitment as well) and one
//! [`Equivalence`] finding per purpose, with its caveats as typed messages.

use crate::law::cn::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Basis, Citation, Superseded};
use crate::request::{CertField, ClassType, Education, Field, SchoolType, SkillLevel, StudyMode};
use crate::vocab::Purpose;

use super::msg::messages;
use super::{Ctx, Msg, Note};

use Purpose::*;

/// The eight general purposes of 技能中国行动 (L1190) and 技能云南 (L2338).
const GENERAL: &[Purpose] = &[
    Enlistment,
    EnterpriseRecruitment,
    EmploymentPolicies,
    StartingWage,
    GovernmentRecruitment,
    PublicInstitutionRecruitment,
    ProfessionalTitle,
    RankPromotion,
];

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

// ------------------------------------------------------ A1 national, by class

pub static MULTI_CN_2021: Rule = Rule {
    id: "equiv.multi.cn.2021",
    gloss: gloss(
        "高级工班、预备技师（技师）班毕业生在应征入伍、就业、工资起点、机关事业单位招聘、职称评审、职级晋升等方面分别按大专、本科享受同等待遇。",
        "高级工班 and 预备技师班 graduates are treated as 大专 and 本科 graduates for enlistment, employment, starting wage, government and public-institution recruitment, titles and rank promotion.",
    ),
    cites: &[
        cite(&rsbf_2021_48::CLASSES_EQUAL),
    ],
    superseded: None,
};

pub static TITLE_ENLIST_CN_2021: Rule = Rule {
    id: "equiv.title-enlist.cn.2021",
    gloss: gloss(
        "中级工班、高级工班、预备技师（技师）班毕业生分别按中专、大专、本科落实职称评审、参军入伍等政策。",
        "中级工班, 高级工班 and 预备技师班 graduates count as 中专, 大专 and 本科 for titles and enlistment.",
    ),
    cites: &[
        cite(&rsbf_2021_30::CLASSES_TITLE_ENLIST),
    ],
    superseded: None,
};

pub static PI_CN_2021: Rule = Rule {
    id: "equiv.pi.cn.2021",
    gloss: gloss(
        "事业单位公开招聘：预备技师（技师）班毕业生可报考要求本科的岗位，高级工班毕业生可报考要求大专的岗位。",
        "Public-institution recruitment: 预备技师班 graduates may apply to 本科 posts, 高级工班 graduates to 大专 posts.",
    ),
    cites: &[
        cite(&rsbf_2021_82::CLASSES_APPLY),
    ],
    superseded: None,
};

pub static TITLE_PI_CN_2021_PLAN: Rule = Rule {
    id: "equiv.title-pi.cn.2021-plan",
    gloss: gloss(
        "三类班级毕业生按规定分别按中专、大专、本科落实职称评审、事业单位公开招聘等政策。",
        "The three classes count as 中专, 大专 and 本科 for titles and public-institution recruitment.",
    ),
    cites: &[
        cite(&rsbf_2021_86::CLASSES_TITLE_PI),
    ],
    superseded: None,
};

pub static TITLE_CN_2022: Rule = Rule {
    id: "equiv.title.cn.2022",
    gloss: gloss(
        "三类班级毕业可分别按中专、大专、本科申报职称；非全日制与全日制学历同等对待。",
        "The three classes may apply for titles as 中专, 大专 and 本科; part-time study counts the same as full-time.",
    ),
    cites: &[
        cite(&rstf_2022_60::CLASSES_TITLE),
        cite(&rstf_2022_60::PART_TIME_EQUAL),
    ],
    superseded: None,
};

pub static INSTRUCTOR_CN_2019: Rule = Rule {
    id: "equiv.instructor.cn.2019",
    gloss: gloss(
        "技工院校招聘生产实习指导教师，岗位条件可设为高级工班（对应专科）或预备技师（技师）班（对应本科）毕业生。",
        "技工院校 may open practical-instructor posts to 高级工班 graduates (as 专科) and 预备技师班 graduates (as 本科).",
    ),
    cites: &[
        cite(&rstf_2019_95::INSTRUCTOR_POSTS),
        also(&rsbf_2021_30::INSTRUCTOR_POSTS),
    ],
    superseded: None,
};

// ------------------------------------------------------- A2 Yunnan, by class

pub static MULTI_YN_2021: Rule = Rule {
    id: "equiv.multi.yn.2021",
    gloss: gloss(
        "云南：中级工、高级工、预备技师（技师）班毕业生在入伍、就业、工资起点、机关事业单位招聘、职称评审、职级晋升等方面分别按中专、大专、本科享受同等待遇。",
        "Yunnan: the three classes are treated as 中专, 大专 and 本科 graduates for enlistment, employment, starting wage, government and public-institution recruitment, titles and rank promotion.",
    ),
    cites: &[
        cite(&yzf_2021_28::CLASSES_EQUAL),
    ],
    superseded: None,
};

pub static MULTI_YN_2022: Rule = Rule {
    id: "equiv.multi.yn.2022",
    gloss: gloss(
        "云南：三类班级毕业生按规定对应中专、大专、本科参加职称评审、事业单位公开招聘、参军入伍。",
        "Yunnan: the three classes correspond to 中专, 大专 and 本科 for titles, public-institution recruitment and enlistment.",
    ),
    cites: &[
        cite(&yrsf_2022_15::CLASSES),
    ],
    superseded: None,
};

pub static MULTI_YN_2023: Rule = Rule {
    id: "equiv.multi.yn.2023",
    gloss: gloss(
        "云南：三类班级毕业生分别等同于中专、大专、本科毕业生，在企事业单位招聘、入伍、就业创业、工资待遇、职称评审、职级晋升等方面享受同等待遇。",
        "Yunnan: the three classes are equal to 中专, 大专 and 本科 graduates for enterprise and public-institution recruitment, enlistment, employment, pay, titles and rank promotion.",
    ),
    cites: &[
        cite(&ybf_2023_9::CLASSES_EQUAL),
    ],
    superseded: None,
};

// ------------------------------------- A3 Yunnan 2014, by certificate (暂行)

pub static CERT_SCOPE_YN_2014: Rule = Rule {
    id: "equiv.cert.scope.yn.2014",
    gloss: gloss(
        "云南2014年办法适用于取得中级工以上国家职业资格证书的职业院校毕业生。",
        "The Yunnan 2014 measures cover vocational graduates holding an 中级工 certificate or higher.",
    ),
    cites: &[
        cite(&yrsf_2014_140::SCOPE),
    ],
    superseded: None,
};

pub static CERT_WAGE_YN_2014: Rule = Rule {
    id: "equiv.cert.wage.yn.2014",
    gloss: gloss(
        "取得高级工、预备技师证书的技工院校毕业生，协商初次就业工资时分别比照全日制大专、本科；机关、事业单位按国家政策。",
        "技工院校 graduates with a 高级工 or 预备技师 certificate: the first wage is negotiated as for full-time 大专 and 本科 graduates; government bodies and public institutions follow national policy.",
    ),
    cites: &[
        cite(&yrsf_2014_140::CERTIFICATES_EQUAL),
        cite(&yrsf_2014_140::FIRST_WAGE),
    ],
    superseded: None,
};

pub static CERT_RECRUIT_YN_2014: Rule = Rule {
    id: "equiv.cert.recruit.yn.2014",
    gloss: gloss(
        "取得高级工、预备技师证书的技工院校毕业生可报考机关、事业单位工勤人员或事业单位专业技术人员，学历比照全日制大专、本科。",
        "技工院校 graduates with a 高级工 or 预备技师 certificate may apply to 工勤 posts of government bodies and public institutions, or professional posts of public institutions, as full-time 大专 and 本科 graduates.",
    ),
    cites: &[
        cite(&yrsf_2014_140::RECRUITMENT),
    ],
    superseded: None,
};

pub static CERT_NCO_YN_2014: Rule = Rule {
    id: "equiv.cert.nco.yn.2014",
    gloss: gloss(
        "取得高级工、预备技师证书的技工院校毕业生纳入直招士官对象，首次授衔和工资起点参照全日制大专、本科。",
        "技工院校 graduates with a 高级工 or 预备技师 certificate may be recruited as NCOs; first rank and starting pay follow full-time 大专 and 本科 graduates.",
    ),
    cites: &[
        cite(&yrsf_2014_140::NCO_CERTIFICATES),
    ],
    superseded: None,
};

pub static CERT_TITLE_YN_2014: Rule = Rule {
    id: "equiv.cert.title.yn.2014",
    gloss: gloss(
        "（已被取代）取得工程技术类高级工、预备技师证书的技师学院毕业生按大专申报职称；其他技工学校毕业生按中专。",
        "(Superseded) 技师学院 graduates with an engineering 高级工 or 预备技师 certificate applied for titles as 大专; other 技工院校 graduates as 中专.",
    ),
    cites: &[
        cite(&yrsf_2014_140::TITLES),
    ],
    superseded: Some(Supersession {
        by: &TITLE_ENLIST_CN_2021,
        clause: &rsbf_2021_30::CLASSES_TITLE_ENLIST,
        partial: false,
    }),
};

pub static RULES: &[&Rule] = &[
    &GUARD_SCHOOL_LEVEL,
    &SECONDARY,
    &GUARD_EVIDENCE,
    &MULTI_CN_2021,
    &TITLE_ENLIST_CN_2021,
    &PI_CN_2021,
    &TITLE_PI_CN_2021_PLAN,
    &TITLE_CN_2022,
    &INSTRUCTOR_CN_2019,
    &MULTI_YN_2021,
    &MULTI_YN_2022,
    &MULTI_YN_2023,
    &CERT_SCOPE_YN_2014,
    &CERT_WAGE_YN_2014,
    &CERT_RECRUIT_YN_2014,
    &CERT_NCO_YN_2014,
    &CERT_TITLE_YN_2014,
];

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
        /// A posting's 中专 usually includes 技工学校; check the announcement.
        SecondaryInPostings = "caveat.secondaryInPostings";
        /// A 技工学校 is a 中等职业学校: the person's education is of that level.
        SchoolIsSecondaryVocational = "caveat.schoolIsSecondaryVocational";
        /// The diploma states the class: it is the proof.
        DiplomaStatesClass = "caveat.diplomaStatesClass";
        /// The certificate is the proof of a certificate-based level.
        CertificateIsProof = "caveat.certificateIsProof";
        /// Part-time study: no rule for this purpose says so; treated alike.
        PartTimeNotAddressed = "caveat.partTimeNotAddressed";
        /// 140号 compares with a full-time 大专/本科 graduate, whatever the mode.
        ComparedWithFullTimeGraduates = "caveat.comparedWithFullTimeGraduates";
        /// The 2014 text names 国家职业资格证书; a 职业技能等级证书 is taken alike.
        CertificateTypesAlike = "caveat.certificateTypesAlike";
        /// The 2014 measures are interim (暂行) with no end date printed.
        InterimMeasures = "caveat.interimMeasures";
        /// The 2014 route names 高级工 and 预备技师 certificates only.
        ListEveryCertificate = "caveat.listEveryCertificate";
        /// No class given: the school type alone gives no level.
        ClassNotGiven { field: Field } = "note.classNotGiven";
        /// A 技师学院 is a 高职 only once formally included.
        TechnicianCollegeNotHigherVocational = "note.technicianCollegeNotHigherVocational";
        /// Equivalences name graduates: a student gets them on graduation.
        StudentGetsThemOnGraduation = "note.studentGetsThemOnGraduation";
        /// The Yunnan 2014 certificate route needs a 中级工 certificate or higher.
        CertificateRouteNeedsIntermediate = "note.certificateRouteNeedsIntermediate";
    }
}

/// A class-based rule as a table row: the level per class, the purposes.
struct ClassRule {
    rule: &'static Rule,
    /// Level for 中级工班, 高级工班, 预备技师（技师）班.
    levels: [Option<Education>; 3],
    purposes: &'static [Purpose],
    caveat: Option<EquivalenceMsg>,
}

const ALL3: [Option<Education>; 3] = [
    Some(Education::SecondaryVocational),
    Some(Education::Associate),
    Some(Education::Bachelor),
];
const UPPER2: [Option<Education>; 3] =
    [None, Some(Education::Associate), Some(Education::Bachelor)];

/// The class rules, in the table's order; in the crate's own tests, the
/// fictitious province's row after them (`law::fictitious`, never shipped).
fn class_rules() -> impl Iterator<Item = &'static ClassRule> {
    let rows = CLASS_RULES.iter();
    #[cfg(test)]
    let rows = rows.chain(&TEST_CLASS_RULES);
    rows
}

#[cfg(test)]
static TEST_CLASS_RULES: [ClassRule; 1] = [ClassRule {
    rule: &crate::law::fictitious::RULE,
    levels: ALL3,
    purposes: &[StartingWage],
    caveat: None,
}];

static CLASS_RULES: [ClassRule; 9] = [
    ClassRule {
        rule: &MULTI_CN_2021,
        levels: UPPER2,
        purposes: GENERAL,
        caveat: None,
    },
    ClassRule {
        rule: &TITLE_ENLIST_CN_2021,
        levels: ALL3,
        purposes: &[ProfessionalTitle, Enlistment],
        caveat: None,
    },
    ClassRule {
        rule: &PI_CN_2021,
        levels: UPPER2,
        purposes: &[PublicInstitutionRecruitment],
        caveat: Some(EquivalenceMsg::OtherConditionsApply),
    },
    ClassRule {
        rule: &TITLE_PI_CN_2021_PLAN,
        levels: ALL3,
        purposes: &[ProfessionalTitle, PublicInstitutionRecruitment],
        caveat: None,
    },
    ClassRule {
        rule: &TITLE_CN_2022,
        levels: ALL3,
        purposes: &[ProfessionalTitle],
        caveat: None,
    },
    ClassRule {
        rule: &INSTRUCTOR_CN_2019,
        levels: UPPER2,
        purposes: &[InstructorRecruitment],
        caveat: Some(EquivalenceMsg::SchoolMaySetPostConditions),
    },
    ClassRule {
        rule: &MULTI_YN_2021,
        levels: ALL3,
        purposes: GENERAL,
        caveat: None,
    },
    ClassRule {
        rule: &MULTI_YN_2022,
        levels: ALL3,
        purposes: &[ProfessionalTitle, PublicInstitutionRecruitment, Enlistment],
        caveat: None,
    },
    ClassRule {
        rule: &MULTI_YN_2023,
        levels: ALL3,
        purposes: &[
            EnterpriseRecruitment,
            PublicInstitutionRecruitment,
            Enlistment,
            EmploymentPolicies,
            StartingWage,
            ProfessionalTitle,
            RankPromotion,
        ],
        caveat: None,
    },
];

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

    // A0: the school's own level (技工学校 any class; 中级工班 anywhere).
    if ctx.school() == SchoolType::TechnicalSchool || ctx.class == Some(ClassType::Intermediate) {
        push(
            &SECONDARY,
            GENERAL,
            Education::SecondaryVocational,
            PostScope::Any,
            None,
            Basis::School,
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
                    row.caveat,
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
            None,
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
        let caveats = caveats_of(ctx, purpose, level, &givers, &rules);

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
        });
    }
    out
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
    for g in givers {
        if let Some(c) = g.caveat {
            bare(&mut msgs, c);
        }
    }
    if only(Basis::Certificate) {
        bare(&mut msgs, M::CertificateTypesAlike);
        bare(&mut msgs, M::InterimMeasures);
        bare(&mut msgs, M::ListEveryCertificate);
    }
    if givers.iter().any(|g| full_time_comparison(g.rule)) {
        bare(&mut msgs, M::ComparedWithFullTimeGraduates);
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
        bare(&mut msgs, M::EqualTreatmentNotADegree);
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

/// Notes on the whole answer from the A guards.
pub fn notes(ctx: &Ctx) -> Vec<Note> {
    use EquivalenceMsg as M;
    let mut out = Vec::new();
    if ctx.technical && ctx.in_force(&GUARD_SCHOOL_LEVEL) {
        if ctx.req.graduate.class_type.is_none() && ctx.school() != SchoolType::TechnicalSchool {
            out.push(ctx.note(
                &GUARD_SCHOOL_LEVEL,
                M::ClassNotGiven {
                    field: Field::GraduateClassType,
                },
            ));
        } else if ctx.school() == SchoolType::TechnicianCollege {
            out.push(ctx.note(&GUARD_SCHOOL_LEVEL, M::TechnicianCollegeNotHigherVocational));
        }
    }
    if ctx.technical && !ctx.graduated {
        if let Some(row) = class_rules().find(|r| ctx.in_force(r.rule)) {
            out.push(ctx.note(row.rule, M::StudentGetsThemOnGraduation));
        }
    }
    if ctx.technical
        && ctx.graduated
        && ctx.in_force(&CERT_SCOPE_YN_2014)
        && ctx.cert_level.is_none_or(|l| l < SkillLevel::Intermediate)
    {
        out.push(ctx.note(&CERT_SCOPE_YN_2014, M::CertificateRouteNeedsIntermediate));
    }
    out
}
