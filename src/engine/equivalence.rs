//! A. Education-level equivalences (学历等同), per purpose.
//!
//! Class-based rules (A1 national, A2 Yunnan) and the Yunnan 2014
//! certificate-based route (A3) are alternatives: per purpose the highest
//! level any applicable, non-superseded rule gives wins, and every rule that
//! gives it is cited (catalogue §1 item 4). An equivalence is per purpose and
//! never a 学历.

use crate::law::cn::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Equivalence, Reason};
use crate::request::{CertField, ClassType, Education, SchoolType, SkillLevel, StudyMode};
use crate::text::{pick, t, Text};
use crate::vocab::Purpose;

use super::{push_unique, Ctx};

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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
        "（已被取代）取得工程技术类高级工、预备技师证书的技师学院毕业生按大专申报职称；其他技工学校毕业生按中专。",
        "(Superseded) 技师学院 graduates with an engineering 高级工 or 预备技师 certificate applied for titles as 大专; other 技工院校 graduates as 中专.",
    ),
    cites: &[
        cite(&yrsf_2014_140::TITLES),
    ],
    superseded: Some(Supersession {
        by: &TITLE_ENLIST_CN_2021,
        clause: &rsbf_2021_30::CLASSES_TITLE_ENLIST,
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

/// A class-based rule as a table row: the level per class, the purposes.
struct ClassRule {
    rule: &'static Rule,
    /// Level for 中级工班, 高级工班, 预备技师（技师）班.
    levels: [Option<Education>; 3],
    purposes: &'static [Purpose],
    caveat: Option<Text>,
}

const ALL3: [Option<Education>; 3] = [
    Some(Education::SecondaryVocational),
    Some(Education::Associate),
    Some(Education::Bachelor),
];
const UPPER2: [Option<Education>; 3] =
    [None, Some(Education::Associate), Some(Education::Bachelor)];

const SUBJECT_MATCH: Text = t(
    "专业等其他条件须符合岗位要求",
    "the post's other conditions (专业 etc.) must match",
);
const SCHOOL_DECIDES: Text = t(
    "“可设置为”：是否这样设置岗位条件由学校决定，以招聘公告为准",
    "\"可\": the school decides whether to open the post this way; check the announcement",
);

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
        caveat: Some(SUBJECT_MATCH),
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
        caveat: Some(SCHOOL_DECIDES),
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
pub(crate) enum PostScope {
    Any,
    /// 工勤人员 only.
    WorkerSupport,
    /// 工勤人员 or 专业技术人员.
    WorkerOrProfessional,
}

/// One rule's grant of a level for a purpose.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Grant {
    pub purpose: Purpose,
    pub level: Education,
    pub rule: &'static Rule,
    pub scope: PostScope,
    pub caveat: Option<Text>,
    pub class_based: bool,
    pub certificate_based: bool,
    pub superseded: bool,
}

/// Every grant that matches the person on `as_of`, superseded ones flagged.
pub(crate) fn grants(ctx: &Ctx) -> Vec<Grant> {
    let mut out = Vec::with_capacity(64);
    if !ctx.graduated || !ctx.technical {
        return out;
    }
    let mut push =
        |rule: &'static Rule, purposes: &[Purpose], level, scope, caveat, class_based, cert| {
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
                    class_based,
                    certificate_based: cert,
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
            false,
            false,
        );
    }

    // A1, A2: by class.
    if let Some(class) = ctx.class {
        for row in &CLASS_RULES {
            if let Some(level) = row.levels[class as usize] {
                push(
                    row.rule,
                    row.purposes,
                    level,
                    PostScope::Any,
                    row.caveat,
                    true,
                    false,
                );
            }
        }
    }

    // A3: by certificate (exactly 高级工 → 大专, 预备技师 → 本科; catalogue §4 Q6).
    let cert_level = if ctx.has_cert(SkillLevel::PreparatoryTechnician) {
        Some(Education::Bachelor)
    } else if ctx.has_cert(SkillLevel::Senior) {
        Some(Education::Associate)
    } else {
        None
    };
    if let Some(level) = cert_level {
        push(
            &CERT_WAGE_YN_2014,
            &[StartingWage],
            level,
            PostScope::Any,
            None,
            false,
            true,
        );
        push(
            &CERT_RECRUIT_YN_2014,
            &[GovernmentRecruitment],
            level,
            PostScope::WorkerSupport,
            None,
            false,
            true,
        );
        push(
            &CERT_RECRUIT_YN_2014,
            &[PublicInstitutionRecruitment],
            level,
            PostScope::WorkerOrProfessional,
            None,
            false,
            true,
        );
        push(
            &CERT_NCO_YN_2014,
            &[NcoRecruitment],
            level,
            PostScope::Any,
            None,
            false,
            true,
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
            false,
            true,
        );
    }
    out
}

/// The best level for `purpose` among the grants that reach a post of
/// `scope_ok`, with every rule that gives it.
pub(crate) fn best(
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

const NOT_A_DEGREE: Text = t(
    "“按规定”“等”：所列用途并非穷尽；这是政策待遇上的等同，并非取得该学历",
    "按规定/等: the purposes are not exhaustive; this is equal treatment, not a 学历 (degree)",
);
const GOVERNMENT_NOT_CIVIL_SERVICE: Text = t(
    "指机关招聘（如工勤人员），不等于公务员录用",
    "机关招聘 (e.g. worker-support posts), not 公务员录用 (civil-service entry)",
);
const WORKER_POSTS_ONLY: Text = t(
    "云人社发[2014]140号第十二条只及于机关、事业单位工勤人员和事业单位专业技术人员岗位",
    "第十二条 of 云人社发[2014]140号 reaches only 工勤 posts (and professional posts in public institutions)",
);
const STRICT_SECONDARY: Text = t(
    "招聘公告中的“中专”通常包括技工学校等中等职业学校；严格意义上的中专指普通中等专业学校，请核对公告",
    "a posting's 中专 usually includes 中等职业学校 such as 技工学校; 中专 in the strict sense names 普通中等专业学校 — check the announcement",
);
const DIPLOMA_STATES_CLASS: Text = t(
    "毕业证书载明班级层次，请核对",
    "the diploma states the class; verify it",
);
const PART_TIME_UNADDRESSED: Text = t(
    "对此用途，语料中没有规则专门规定非全日制学习；按同等处理，但请核对",
    "no rule in the corpus addresses part-time (非全日制) study for this purpose; applied alike, but check",
);
const CERT_2014_CAVEATS: [Text; 3] = [
    t(
        "2014年暂行办法所称为国家职业资格证书；职业技能等级证书按同等接受，请核对",
        "the 2014 interim text names 国家职业资格证书; a 职业技能等级证书 is accepted alike — check",
    ),
    t(
        "2014年办法为暂行，语料未载明其终止日期",
        "the 2014 measures are interim (暂行) and the corpus sets no end date",
    ),
    t(
        "该办法只列高级工和预备技师证书：请列出所持全部证书",
        "the 2014 route names only 高级工 and 预备技师 certificates: list every certificate held",
    ),
];

/// Whether a rule in force makes part-time study count in full for `purpose`.
fn part_time_addressed(ctx: &Ctx, purpose: Purpose) -> bool {
    match purpose {
        ProfessionalTitle => ctx.in_force(&TITLE_CN_2022),
        PublicInstitutionRecruitment => ctx.in_force(&super::recruitment::PI_NORESTRICT),
        _ => false,
    }
}

/// The equivalences section of the report.
pub(crate) fn evaluate(ctx: &Ctx) -> Vec<Equivalence> {
    let grants = grants(ctx);
    equivalences(ctx, &grants)
}

pub(crate) fn equivalences(ctx: &Ctx, grants: &[Grant]) -> Vec<Equivalence> {
    let mut out = Vec::new();
    for purpose in Purpose::ALL {
        let Some((level, givers)) = best(grants, purpose, |_| true) else {
            continue;
        };
        let mut citations = Vec::with_capacity(8);
        let mut caveats = Vec::with_capacity(8);
        let mut seen: Vec<&str> = Vec::with_capacity(8);
        for g in &givers {
            if seen.contains(&g.rule.id) {
                continue;
            }
            seen.push(g.rule.id);
            ctx.cite_into(g.rule, &mut citations);
            ctx.date_caveats(g.rule, &mut caveats);
            if let Some(c) = g.caveat {
                push_unique(&mut caveats, ctx.t(c));
            }
        }
        if givers.iter().all(|g| g.certificate_based) {
            ctx.cite_into(&CERT_SCOPE_YN_2014, &mut citations);
            for c in CERT_2014_CAVEATS {
                push_unique(&mut caveats, ctx.t(c));
            }
        }
        if givers.iter().all(|g| g.scope == PostScope::WorkerSupport) {
            push_unique(&mut caveats, ctx.t(WORKER_POSTS_ONLY));
        }
        if purpose == GovernmentRecruitment {
            push_unique(&mut caveats, ctx.t(GOVERNMENT_NOT_CIVIL_SERVICE));
        }
        if level == Education::SecondaryVocational {
            push_unique(&mut caveats, ctx.t(STRICT_SECONDARY));
        }
        if givers.iter().any(|g| g.class_based) {
            push_unique(&mut caveats, ctx.t(DIPLOMA_STATES_CLASS));
        }
        if ctx.req.graduate.study_mode == Some(StudyMode::PartTime)
            && !part_time_addressed(ctx, purpose)
        {
            push_unique(&mut caveats, ctx.t(PART_TIME_UNADDRESSED));
        }
        push_unique(&mut caveats, ctx.t(NOT_A_DEGREE));

        let mut superseded = Vec::new();
        for g in grants
            .iter()
            .filter(|g| g.purpose == purpose && g.superseded)
        {
            if !superseded
                .iter()
                .any(|s: &crate::report::Superseded| s.rule_id == g.rule.id)
            {
                superseded.extend(ctx.superseded(g.rule, Some(g.level)));
            }
        }
        let (p, l) = (purpose.name(), level.name());
        let text = pick!(
            ctx.lang,
            format!(
                "在{}方面，按{}对待（政策待遇等同，不是取得{}学历）",
                p.zh, l.zh, l.zh
            ),
            format!(
                "For {}, you count as {} (equal treatment, not a degree)",
                p.en, l.en
            ),
        );
        out.push(Equivalence {
            purpose,
            level,
            text,
            citations,
            superseded,
            caveats,
        });
    }
    out
}

const NO_CLASS: Text = t(
    "未填写班级：院校类型本身不产生学历等同，等同按中级工班、高级工班、预备技师（技师）班计算",
    "No class given: the school type alone gives no level; equivalences follow the class (中级工班, 高级工班, 预备技师班)",
);
const TECHNICIAN_COLLEGE_NOT_HIGHER_VOCATIONAL: Text = t(
    "技师学院只有按高等职业学校设置制度纳入高职序列后才属高职；本计算不据此推定任何高职学历",
    "A 技师学院 is a 高职 only once formally included in that sequence; no 高职 degree is inferred from it",
);
const DIPLOMA_PROOF: Text = t(
    "以上按班级得出的等同，以毕业证书载明的班级层次为凭",
    "The class-based equivalences above rest on the class stated on the diploma",
);
const STUDENT: Text = t(
    "学历等同只适用于毕业生：在校生毕业后方可享受",
    "Equivalences name graduates (毕业生): a student gets them on graduation",
);
const CERT_SCOPE_NOTE: Text = t(
    "云南2014年证书途径适用于取得中级工以上证书的毕业生；所填证书未达到",
    "The Yunnan 2014 certificate route needs a 中级工 certificate or higher; none is given",
);

/// Notes on the whole answer from the A guards.
pub(crate) fn notes(ctx: &Ctx) -> Vec<Reason> {
    let mut out = Vec::new();
    if ctx.technical && ctx.in_force(&GUARD_SCHOOL_LEVEL) {
        if ctx.req.graduate.class_type.is_none() && ctx.school() != SchoolType::TechnicalSchool {
            out.push(ctx.reason(&GUARD_SCHOOL_LEVEL, ctx.t(NO_CLASS)));
        } else if ctx.school() == SchoolType::TechnicianCollege {
            out.push(ctx.reason(
                &GUARD_SCHOOL_LEVEL,
                ctx.t(TECHNICIAN_COLLEGE_NOT_HIGHER_VOCATIONAL),
            ));
        }
    }
    if ctx.technical && !ctx.graduated {
        if let Some(row) = CLASS_RULES.iter().find(|r| ctx.in_force(r.rule)) {
            out.push(ctx.reason(row.rule, ctx.t(STUDENT)));
        }
    }
    if ctx.class_level().is_some() && ctx.in_force(&GUARD_EVIDENCE) {
        out.push(ctx.reason(&GUARD_EVIDENCE, ctx.t(DIPLOMA_PROOF)));
    }
    if ctx.technical
        && ctx.graduated
        && ctx.in_force(&CERT_SCOPE_YN_2014)
        && ctx.cert_level.is_none_or(|l| l < SkillLevel::Intermediate)
    {
        out.push(ctx.reason(&CERT_SCOPE_YN_2014, ctx.t(CERT_SCOPE_NOTE)));
    }
    out
}
