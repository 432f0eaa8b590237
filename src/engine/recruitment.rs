//! B. Recruitment eligibility for a post (招聘资格).
//!
//! One procedure serves every B rule (catalogue §3 B "Procedure"):
//! 1. the employer picks the purpose (事业单位 → `publicInstitutionRecruitment`,
//!    机关 → `governmentRecruitment`, 企业 → `enterpriseRecruitment`);
//! 2. the group A level for that purpose is taken — the maximum over every
//!    route whose grant reaches the post (云人社发[2014]140号 第十二条 reaches
//!    only 工勤 posts in 机关, and 工勤 or 专业技术 posts in 事业单位);
//! 3. the level is compared with `post.requiredEducation`.
//!
//! The answer is `undetermined` only when it really depends on something
//! unknown; when every reading gives the same answer, that answer is given
//! (a missing class whose every value falls short is `ineligible`).
//!
//! Every outcome carries reasons: one per group A rule that gave the level
//! (with its quotes) and one for the B rule that decided (with its quotes
//! where it stands on `asOf`). `toQualify` names, concretely, the class,
//! certificate, graduation or later date that would suffice.

use crate::date::Date;
use crate::law::cn::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Equivalence, Reason, Recruitment};
use crate::request::{
    Certificate, ClassType, Education, Employer, Jurisdiction, Post, PostType, Request, SchoolType,
    SkillLevel, StudyMode,
};
use crate::text::{pick, t, Str, Text};
use crate::vocab::{Outcome, Purpose};

use super::equivalence::{self, Grant, PostScope};
use super::{push_unique, Ctx};

// ------------------------------------------------------------------- rules

/// 事业单位公开招聘: 高级工班 → 大学专科 posts, 预备技师（技师）班 → 大学本科 posts;
/// the procedure with `publicInstitutionRecruitment`. From 2021-06-30 through
/// 技能中国行动 (参加机关事业单位招聘), restated for 事业单位 by 82号 from 2021-10-22.
pub static PI: Rule = Rule {
    id: "recruit.pi.cn.2021",
    gloss: t(
        "事业单位公开招聘：按事业单位公开招聘方面的学历等同与岗位学历要求比较；预备技师（技师）班毕业生可报考要求本科的岗位，高级工班毕业生可报考要求大专的岗位。",
        "Public-institution recruitment: the level for 事业单位公开招聘 is compared with the post's education requirement; 预备技师班 graduates may apply to 本科 posts, 高级工班 graduates to 大专 posts.",
    ),
    cites: &[
        cite(&rsbf_2021_82::CLASSES_APPLY),
        cite(&rsbf_2021_48::CLASSES_EQUAL),
    ],
    superseded: None,
};

/// 82号 一: 毕业院校、学习方式 are never restrictive conditions in 事业单位 recruitment.
pub static PI_NORESTRICT: Rule = Rule {
    id: "recruit.pi.norestrict.cn.2021",
    gloss: t(
        "事业单位公开招聘不得将毕业院校、国（境）外学习经历、学习方式作为限制性条件：院校类型和非全日制学习都不使人失去报考资格。",
        "Public institutions may not restrict applicants by school, study abroad or mode of study: neither the school type nor part-time study makes an applicant ineligible.",
    ),
    cites: &[
        cite(&rsbf_2021_82::NO_RESTRICTIONS),
    ],
    superseded: None,
};

/// Posts with a skill-level requirement may lower (82号, the law) or drop (82号)
/// the education requirement.
pub static SKILLPOST: Rule = Rule {
    id: "recruit.skillpost.cn",
    gloss: t(
        "事业单位公开招聘中有职业技能等级要求的岗位，可以适当降低学历要求，或者不再设置学历要求。",
        "Public-institution posts with a skill-level requirement may lower the education requirement, or drop it.",
    ),
    cites: &[
        cite(&rsbf_2021_82::SKILL_POSTS),
        cite(&law_2022::SKILL_POSTS_LOWER),
        also(&ybf_2023_9::SKILL_POSTS_LOWER),
    ],
    superseded: None,
};

/// 82号 五: 乡村振兴重点帮扶县 may reserve 工勤技能 posts for vocational graduates.
pub static PI_RURAL: Rule = Rule {
    id: "recruit.pi.rural.cn.2021",
    gloss: t(
        "乡村振兴重点帮扶县基层事业单位工勤技能岗位补充急需紧缺技能人才的，可面向职业院校毕业生专项招聘。",
        "In counties prioritised for rural revitalisation, grass-roots public institutions may run recruitment for worker-support posts reserved for vocational graduates.",
    ),
    cites: &[
        cite(&rsbf_2021_82::RURAL),
    ],
    superseded: None,
};

/// 机关 工勤 posts: the procedure with `governmentRecruitment`.
pub static GOV_WORKER: Rule = Rule {
    id: "recruit.gov.worker",
    gloss: t(
        "机关工勤人员招聘：按机关招聘方面的学历等同与岗位学历要求比较；其他机关岗位没有规则覆盖。",
        "Worker-support posts in government bodies: the level for 机关招聘 is compared with the post's requirement; no rule covers other posts in government bodies.",
    ),
    cites: &[
        cite(&rsbf_2021_48::CLASSES_EQUAL),
        cite(&yzf_2021_28::CLASSES_EQUAL),
        cite(&yrsf_2014_140::RECRUITMENT),
    ],
    superseded: None,
};

/// 公务员: no rule in the corpus covers 公务员录用 expressly; never `eligible`.
pub static GOV_CIVILSERVANT_GUARD: Rule = Rule {
    id: "recruit.gov.civilservant.guard",
    gloss: t(
        "语料中没有规则明确涉及公务员录用：最宽的机关条款只及于工勤人员；“参加机关事业单位招聘”是否包括公务员录用未定。永不判定为符合。",
        "No rule in the corpus covers civil-service entry (公务员录用) expressly: the widest 机关 grant reaches only worker-support posts, and whether 参加机关事业单位招聘 reaches 公务员 is open. Never eligible.",
    ),
    cites: &[
        cite(&yrsf_2014_140::RECRUITMENT),
        cite(&rsbf_2021_48::CLASSES_EQUAL),
        cite(&yzf_2021_28::CLASSES_EQUAL),
    ],
    superseded: None,
};

/// 技工院校 practical instructors: the higher of the `instructorRecruitment`
/// and `publicInstitutionRecruitment` levels.
pub static INSTRUCTOR: Rule = Rule {
    id: "recruit.instructor.cn.2019",
    gloss: t(
        "技工院校公开招聘生产实习指导教师，岗位条件可设置为专科毕业生或高级工班毕业生、本科毕业生或预备技师（技师）班毕业生；取其与事业单位公开招聘等同中的较高者。",
        "技工院校 practical-instructor posts may be opened to 专科 or 高级工班 graduates and to 本科 or 预备技师班 graduates; the higher of that and the public-institution level counts.",
    ),
    cites: &[
        cite(&rstf_2019_95::INSTRUCTOR_POSTS),
    ],
    superseded: None,
};

/// 国发〔2019〕4号: teachers in principle from people with 3 years in enterprises
/// and 高职+ education. A caveat, never a block.
pub static INSTRUCTOR_SOFT: Rule = Rule {
    id: "recruit.instructor.soft.cn.2019",
    gloss: t(
        "从2019年起，职业院校相关专业教师原则上从具有3年以上企业工作经历并具有高职以上学历的人员中公开招聘，高级工以上可适当放宽学历要求，2020年起基本不再从应届毕业生中招聘（仅作提示）。",
        "From 2019, vocational-school teachers are in principle hired from people with 3+ years in enterprises and 高职+ education; education may be relaxed for 高级工+; from 2020 fresh graduates are basically not hired (a caveat only).",
    ),
    cites: &[
        cite(&gf_2019_4::TEACHERS_FROM_ENTERPRISES),
    ],
    superseded: None,
};

/// 企业 and 国有企业: the procedure with `enterpriseRecruitment`; the law bars
/// conditions that block vocational graduates.
pub static ENTERPRISE: Rule = Rule {
    id: "recruit.enterprise",
    gloss: t(
        "企业招聘：按就业方面的学历等同与岗位学历要求比较；用人单位不得设置妨碍职业学校毕业生平等就业、公平竞争的条件；国有企业应当明确技术技能要求。",
        "Enterprise hiring: the level for enterprise recruitment is compared with the post's requirement; employers may not set conditions that block vocational graduates; state-owned enterprises must state skill requirements.",
    ),
    cites: &[
        cite(&law_2022::NO_BARRIERS),
        cite(&law_2022::SKILL_REQUIREMENTS),
    ],
    superseded: None,
};

/// 义务兵: Yunnan lets 职业院校 students and graduates register.
pub static ENLIST: Rule = Rule {
    id: "recruit.enlist",
    gloss: t(
        "云南：职业院校（含技工院校）在校生和毕业生可报名参军；征兵条件不在语料中。",
        "Yunnan: students and graduates of vocational schools (技工院校 included) may register for conscription; the conscription conditions are not in the corpus.",
    ),
    cites: &[
        cite(&yrsf_2014_140::ENLISTMENT),
    ],
    superseded: None,
};

/// 直招士官: Yunnan names 高级技工学校、技师学院等 graduates, and 技工院校
/// graduates with a 高级工 or 预备技师 certificate.
pub static NCO: Rule = Rule {
    id: "recruit.nco.yn.2014",
    gloss: t(
        "云南：高级技工学校、技师学院等职业院校毕业生，以及取得高级工、预备技师证书的技工院校毕业生，可报名参加直招士官；招收条件不在语料中。",
        "Yunnan: graduates of 高级技工学校, 技师学院 and other vocational schools, and 技工院校 graduates with a 高级工 or 预备技师 certificate, may apply for direct NCO recruitment; the conditions are not in the corpus.",
    ),
    cites: &[
        cite(&yrsf_2014_140::NCO),
        cite(&yrsf_2014_140::NCO_CERTIFICATES),
    ],
    superseded: None,
};

// Not modelled: skill.titlemap.yn.2014 (高级工 ↔ 助理工程师 …) belongs to group F
// and `post` has no title requirement (catalogue §4 Q31); 82号 二 (专业条件) and
// 四 (实际操作能力测试比重), because no input describes the 专业 or the exam.

pub static RULES: &[&Rule] = &[
    &PI,
    &PI_NORESTRICT,
    &SKILLPOST,
    &PI_RURAL,
    &GOV_WORKER,
    &GOV_CIVILSERVANT_GUARD,
    &INSTRUCTOR,
    &INSTRUCTOR_SOFT,
    &ENTERPRISE,
    &ENLIST,
    &NCO,
];

// ------------------------------------------------------------------- texts

const NOT_CHECKED: Text = t(
    "未核对专业、年龄及招聘公告的其他条件",
    "专业, age and announcement terms not checked",
);
const NO_RULE: Text = t(
    "语料中没有在该日期有效的规则给予此班级该用途的学历等同",
    "no rule in the corpus in force on this date gives this class a level for this purpose",
);
const PUBLIC_SCHOOL_ONLY: Text = t(
    "按事业单位处理：仅限公办技工院校",
    "treated as a 事业单位: public 技工院校 only",
);
const MAY_LOWER: Text = t(
    "有职业技能等级要求的岗位可以适当降低学历要求或不再设置学历要求，请核对招聘公告",
    "such posts may lower or drop the requirement; check the announcement",
);
const CERT_FIT: Text = t(
    "所持证书是否符合岗位的职业技能等级要求未核对（不是输入项）",
    "whether your certificate fits the post's skill-level requirement is not checked (not an input)",
);
const RURAL: Text = t(
    "在乡村振兴重点帮扶县，基层事业单位工勤技能岗位可面向职业院校毕业生专项招聘",
    "in 乡村振兴重点帮扶县, posts may be reserved for vocational graduates",
);
const GOV_OTHER_POSTS: Text = t(
    "没有规则覆盖工勤以外的机关岗位",
    "no rule covers 机关 posts other than 工勤",
);
const SOFT: Text = t(
    "原则上须有3年以上企业工作经历并具有高职以上学历；高级工以上可适当放宽学历要求；2020年起基本不再从应届毕业生中招聘",
    "in principle ≥3 years of enterprise experience and 高职+ education; education may be relaxed for 高级工+; from 2020 fresh graduates are basically not hired",
);
const SOFT_SCOPE: Text = t(
    "国发〔2019〕4号所称“职业院校”是否包括技工院校，原文未说明",
    "the text does not say whether its 职业院校 includes 技工院校",
);
const EMPLOYER_OWN: Text = t(
    "未核对用人单位自身的条件",
    "the employer's own conditions are not checked",
);
const EMPLOYER_UNLAWFUL: Text = t(
    "未核对用人单位自身的条件；妨碍职业学校毕业生平等就业、公平竞争的条件违法",
    "the employer's own conditions are not checked; conditions that block vocational graduates are unlawful",
);
const SOE_SKILLS: Text = t(
    "国有企业招聘技术技能岗位应当明确技术技能要求",
    "skill requirements must be stated",
);
const CONSCRIPTION: Text = t("征兵条件不在语料中", "征兵条件 are not in the corpus");
const NCO_CONDITIONS: Text = t("招收条件不在语料中", "招收条件 are not in the corpus");
const MILITARY_EDUCATION: Text = t(
    "军队岗位的学历要求未核对：语料没有相应规定",
    "the education requirement of a military post is not checked: the corpus has no rule on it",
);
const MILITARY_OTHER: Text = t(
    "语料中没有规则覆盖义务兵、直招士官以外的军队岗位",
    "no rule in the corpus covers military posts other than enlistment and direct NCO recruitment",
);
const STUDENT_NO_BAR: Text = t(
    "尚未毕业：在校生（应届）能否报考以招聘公告为准",
    "not yet graduated: whether students (应届) may apply is for the announcement",
);
const NOT_TECHNICAL: Text = t(
    "本计算只涉及技工院校班级和证书的学历等同；其他院校毕业生以本人学历报考，本人学历不是输入项",
    "the equivalences cover 技工院校 classes and certificates; a graduate of another school applies with their own 学历, which is not an input",
);
const WIDEST_READING: Text = t(
    "以上所需条件仅使学历按最宽的理解达到要求；公务员或非工勤机关岗位的报考资格本身仍未定",
    "what is listed would only meet the education bar on the widest reading; eligibility for a civil-service or non-工勤 机关 post itself stays open",
);
const CERT_2014: Text = t(
    "云南2014年暂行办法所称为国家职业资格证书；职业技能等级证书按同等接受，请核对",
    "the Yunnan 2014 interim text names 国家职业资格证书; a 职业技能等级证书 is accepted alike — check",
);
const LIST_CERTS: Text = t(
    "该途径只列高级工和预备技师证书：请列出所持全部证书",
    "the 2014 route names only 高级工 and 预备技师 certificates: list every certificate held",
);

fn class_short(c: ClassType) -> &'static str {
    match c {
        ClassType::Intermediate => "中级工班",
        ClassType::Senior => "高级工班",
        ClassType::PreparatoryTechnician => "预备技师（技师）班",
    }
}

fn cert_short(l: SkillLevel) -> &'static str {
    match l {
        SkillLevel::PreparatoryTechnician => "预备技师",
        _ => "高级工",
    }
}

fn edu(e: Education) -> Text {
    e.name()
}

// ------------------------------------------------------------ the procedure

/// Which grants a check takes: the purposes, and the post their scope must reach.
#[derive(Clone, Copy)]
struct Check {
    purposes: &'static [Purpose],
    /// `None`: only grants that reach every post (the widest reading for 机关
    /// posts that no rule names).
    post_type: Option<PostType>,
}

impl Check {
    fn reaches(self, scope: PostScope) -> bool {
        use PostType::*;
        match (scope, self.post_type) {
            (PostScope::Any, _) => true,
            (_, None) => false,
            (PostScope::WorkerSupport, Some(p)) => p == WorkerSupport,
            // A 生产实习指导教师 is a teacher: a 专业技术 post.
            (PostScope::WorkerOrProfessional, Some(p)) => {
                matches!(p, WorkerSupport | Professional | PracticalInstructor)
            }
        }
    }
}

/// The level a check finds, the purpose it was found for, and the rules that give it.
struct Found {
    level: Education,
    purpose: Purpose,
    givers: Vec<Grant>,
}

fn find(ctx: &Ctx, check: Check) -> Option<Found> {
    let grants = equivalence::grants(ctx);
    let mut best: Option<Found> = None;
    for &purpose in check.purposes {
        let Some((level, givers)) = equivalence::best(&grants, purpose, |s| check.reaches(s))
        else {
            continue;
        };
        match &mut best {
            Some(f) if f.level > level => {}
            Some(f) if f.level == level => {
                for g in givers {
                    if !f.givers.iter().any(|h| h.rule.id == g.rule.id) {
                        f.givers.push(*g);
                    }
                }
            }
            _ => {
                let mut list: Vec<Grant> = Vec::new();
                for g in givers {
                    if !list.iter().any(|h| h.rule.id == g.rule.id) {
                        list.push(*g);
                    }
                }
                best = Some(Found {
                    level,
                    purpose,
                    givers: list,
                });
            }
        }
    }
    best
}

/// The same person under other facts: another date, graduated or not, another class.
fn variant<'r>(
    ctx: &Ctx,
    req: &'r Request,
    as_of: Date,
    graduated: bool,
    class: Option<ClassType>,
) -> Ctx<'r> {
    Ctx {
        req,
        as_of,
        jur: ctx.jur,
        lang: ctx.lang,
        graduated,
        technical: ctx.technical,
        class,
        cert_level: req.graduate.certificates.iter().map(|c| c.level).max(),
    }
}

fn meets(ctx: &Ctx, check: Check, required: Education) -> bool {
    find(ctx, check).is_some_and(|f| f.level >= required)
}

/// What the three class readings give, for a 技工院校 graduate with no class.
enum Readings {
    All,
    Some,
    None,
}

fn class_readings(ctx: &Ctx, check: Check, required: Education) -> Readings {
    let n = [
        ClassType::Intermediate,
        ClassType::Senior,
        ClassType::PreparatoryTechnician,
    ]
    .into_iter()
    .filter(|&c| {
        meets(
            &variant(ctx, ctx.req, ctx.as_of, true, Some(c)),
            check,
            required,
        )
    })
    .count();
    match n {
        3 => Readings::All,
        0 => Readings::None,
        _ => Readings::Some,
    }
}

fn new_recruitment() -> Recruitment {
    Recruitment {
        outcome: Outcome::Undetermined,
        purpose: None,
        level: None,
        reasons: Vec::new(),
        missing: Vec::new(),
        to_qualify: Vec::new(),
        caveats: Vec::new(),
    }
}

fn caveat(ctx: &Ctx, r: &mut Recruitment, text: Text) {
    push_unique(&mut r.caveats, ctx.t(text));
}

/// The reason of a B rule: its quotes where it stands on `asOf`; a note when
/// it starts later (the decision then rests on the group A reasons).
fn b_reason(ctx: &Ctx, rule: &'static Rule, text: Str) -> Reason {
    let note = match rule.from(ctx.jur) {
        Some(d) if d > ctx.as_of => pick!(
            ctx.lang,
            format!("（该条自{d}起适用）"),
            format!(" (this clause applies from {d})"),
        ),
        Some(_) => Str::Borrowed(""),
        None => ctx.t(YUNNAN_ONLY),
    };
    Reason {
        rule_id: rule.id,
        text: if note.is_empty() {
            text
        } else {
            (text.into_owned() + &note).into()
        },
        citations: ctx.cite_any(rule),
    }
}

const YUNNAN_ONLY: Text = t(
    "（该条只适用于云南省；全国规则对此没有规定）",
    " (this clause applies in Yunnan only; national rules say nothing on it)",
);

/// Reasons for the group A rules that give the level, and the level's caveats.
fn giver_reasons(ctx: &Ctx, found: &Found, eq: &[Equivalence], r: &mut Recruitment) {
    let l = found.level.name();
    for g in &found.givers {
        let p = g.purpose.name();
        let text = pick!(
            ctx.lang,
            format!("在{}方面，按{}对待", p.zh, l.zh),
            format!("For {}, you count as {}", p.en, l.en),
        );
        r.reasons.push(ctx.reason(g.rule, text));
    }
    // The equivalence's own caveats, where it rests on exactly these rules.
    let same = eq.iter().find(|e| {
        e.purpose == found.purpose
            && e.level == found.level
            && e.citations
                .iter()
                .filter(|c| c.rule_id != equivalence::CERT_SCOPE_YN_2014.id)
                .all(|c| found.givers.iter().any(|g| g.rule.id == c.rule_id))
    });
    match same {
        Some(e) => {
            for c in &e.caveats {
                push_unique(&mut r.caveats, c.clone());
            }
        }
        None => {
            for g in &found.givers {
                ctx.date_caveats(g.rule, &mut r.caveats);
                if let Some(c) = g.caveat {
                    caveat(ctx, r, c);
                }
            }
            if found.givers.iter().all(|g| g.certificate_based) {
                caveat(ctx, r, CERT_2014);
                caveat(ctx, r, LIST_CERTS);
            }
        }
    }
}

/// Fills `toQualify` for someone whose level falls short of `required`.
fn to_qualify(ctx: &Ctx, check: Check, required: Education, r: &mut Recruitment) {
    let lang = ctx.lang;
    let now = ctx.as_of;
    // Graduation alone.
    if !ctx.graduated
        && ctx.technical
        && meets(
            &variant(ctx, ctx.req, now, true, ctx.class),
            check,
            required,
        )
    {
        r.to_qualify
            .push(pick!(lang, "毕业".to_owned(), "graduation".to_owned()));
        return;
    }
    // A higher class.
    if ctx.technical {
        for c in [
            ClassType::Intermediate,
            ClassType::Senior,
            ClassType::PreparatoryTechnician,
        ] {
            if ctx.class.is_some_and(|cur| c <= cur) {
                continue;
            }
            if meets(&variant(ctx, ctx.req, now, true, Some(c)), check, required) {
                let name = class_short(c);
                r.to_qualify.push(if ctx.graduated {
                    pick!(lang, format!("{name}毕业证书"), format!("a {name} diploma"))
                } else {
                    pick!(
                        lang,
                        format!("从{name}毕业"),
                        format!("graduation from a {name}"),
                    )
                });
                break;
            }
        }
    }
    // A certificate (the Yunnan 2014 route).
    if ctx.jur == Jurisdiction::CnYn && ctx.technical {
        for level in [SkillLevel::Senior, SkillLevel::PreparatoryTechnician] {
            if ctx.has_cert(level) {
                continue;
            }
            let mut req = ctx.req.clone();
            req.graduate
                .certificates
                .push(Certificate { level, field: None });
            if meets(&variant(ctx, &req, now, true, ctx.class), check, required) {
                let name = cert_short(level);
                let grad = if ctx.graduated { "" } else { "，并毕业" };
                let grad_en = if ctx.graduated {
                    ""
                } else {
                    ", and graduation"
                };
                r.to_qualify.push(pick!(
                    lang,
                    format!("{name}证书（云南2014年证书途径）{grad}"),
                    format!("a {name} certificate (Yunnan 2014 route){grad_en}"),
                ));
                break;
            }
        }
    }
    // A rule that starts later, on the same facts.
    if ctx.graduated {
        let mut dates: Vec<Date> = equivalence::RULES
            .iter()
            .filter_map(|rule| rule.from(ctx.jur))
            .filter(|d| *d > now)
            .collect();
        dates.sort();
        dates.dedup();
        for d in dates {
            let later = variant(ctx, ctx.req, d, true, ctx.class);
            let Some(f) = find(&later, check) else {
                continue;
            };
            if f.level < required {
                continue;
            }
            r.to_qualify
                .push(pick!(lang, format!("{d}起"), format!("from {d}")));
            let (p, l) = (f.purpose.name(), f.level.name());
            for g in f.givers.iter().filter(|g| !ctx.in_force(g.rule)) {
                r.reasons.push(Reason {
                    rule_id: g.rule.id,
                    text: pick!(
                        lang,
                        format!("自{d}起，在{}方面按{}对待（{}尚未适用）", p.zh, l.zh, now),
                        format!(
                            "From {d}, you count as {} for {} (not yet on {now})",
                            l.en, p.en
                        ),
                    ),
                    citations: ctx.cite_all(g.rule),
                });
            }
            break;
        }
    }
    if r.to_qualify.is_empty() {
        let e = edu(required);
        r.to_qualify.push(pick!(
            lang,
            format!(
                "岗位要求的{}学历本身：没有技工院校班级或证书按{}对待",
                e.zh, e.zh
            ),
            format!(
                "the required {} education itself: no 技工院校 class or certificate counts as {}",
                e.en, e.en
            ),
        ));
    }
}

/// Steps 2 and 3 of the procedure; the decision reason goes under `rule`.
fn procedure(
    ctx: &Ctx,
    post: &Post,
    check: Check,
    rule: &'static Rule,
    eq: &[Equivalence],
    r: &mut Recruitment,
) {
    let found = find(ctx, check);
    let purpose = found.as_ref().map_or(check.purposes[0], |f| f.purpose);
    r.purpose = Some(purpose);
    r.level = found.as_ref().map(|f| f.level);
    let p = purpose.name();
    if let Some(f) = &found {
        giver_reasons(ctx, f, eq, r);
    }
    let lang = ctx.lang;
    let as_of = ctx.as_of;
    let Some(required) = post.required_education else {
        r.outcome = Outcome::Eligible;
        r.reasons.push(b_reason(
            ctx,
            rule,
            pick!(
                lang,
                "岗位未设学历要求".to_owned(),
                "The post sets no education requirement".to_owned(),
            ),
        ));
        if !ctx.graduated {
            caveat(ctx, r, STUDENT_NO_BAR);
        }
        return;
    };
    let e = edu(required);
    if !ctx.technical {
        r.outcome = Outcome::Undetermined;
        r.reasons.push(b_reason(
            ctx,
            rule,
            pick!(
                lang,
                format!("不是技工院校毕业生：以本人学历对照岗位的{}要求", e.zh),
                format!(
                    "Not a 技工院校 graduate: your own 学历 is what meets the post's {} requirement",
                    e.en
                ),
            ),
        ));
        caveat(ctx, r, NOT_TECHNICAL);
        return;
    }
    if !ctx.graduated {
        r.outcome = Outcome::Ineligible;
        r.reasons.push(b_reason(
            ctx,
            rule,
            pick!(
                lang,
                format!("学历等同只适用于毕业生：你在{as_of}尚未毕业，达不到岗位的{}要求", e.zh),
                format!(
                    "Equivalences name graduates: on {as_of} you have not graduated, so the post's {} requirement is not met",
                    e.en
                ),
            ),
        ));
        to_qualify(ctx, check, required, r);
        return;
    }
    if let Some(f) = found.as_ref().filter(|f| f.level >= required) {
        let l = f.level.name();
        r.outcome = Outcome::Eligible;
        r.reasons.push(b_reason(
            ctx,
            rule,
            pick!(
                lang,
                format!("在{}方面按{}对待，达到岗位的{}要求", p.zh, l.zh, e.zh),
                format!(
                    "Counting as {} for {}, you meet the post's {} requirement",
                    l.en, p.en, e.en
                ),
            ),
        ));
        return;
    }
    if ctx.class.is_none() {
        match class_readings(ctx, check, required) {
            Readings::All => {
                r.outcome = Outcome::Eligible;
                r.reasons.push(b_reason(
                    ctx,
                    rule,
                    pick!(
                        lang,
                        format!("未填写班级：无论哪个班级，都达到岗位的{}要求", e.zh),
                        format!(
                            "No class given: whatever the class, you meet the post's {} requirement",
                            e.en
                        ),
                    ),
                ));
                return;
            }
            Readings::Some => {
                r.outcome = Outcome::Undetermined;
                push_unique(&mut r.missing, "graduate.classType".to_owned());
                r.reasons.push(b_reason(
                    ctx,
                    rule,
                    pick!(
                        lang,
                        format!("未填写班级：有的班级达到岗位的{}要求，有的达不到", e.zh),
                        format!(
                            "No class given: some classes meet the post's {} requirement, others do not",
                            e.en
                        ),
                    ),
                ));
                return;
            }
            Readings::None => {
                r.outcome = Outcome::Ineligible;
                r.reasons.push(b_reason(
                    ctx,
                    rule,
                    pick!(
                        lang,
                        format!("未填写班级：无论哪个班级，都达不到岗位的{}要求", e.zh),
                        format!(
                            "No class given: whatever the class, you are below the post's {} requirement",
                            e.en
                        ),
                    ),
                ));
                to_qualify(ctx, check, required, r);
                return;
            }
        }
    }
    r.outcome = Outcome::Ineligible;
    let text = match &found {
        Some(f) => {
            let l = f.level.name();
            pick!(
                lang,
                format!("在{}方面按{}对待，低于岗位的{}要求", p.zh, l.zh, e.zh),
                format!(
                    "Counting as {} for {}, you are below the post's {} requirement",
                    l.en, p.en, e.en
                ),
            )
        }
        None => {
            caveat(ctx, r, NO_RULE);
            pick!(
                lang,
                format!("在{as_of}，没有有效规则给予你{}方面的学历等同，达不到岗位的{}要求", p.zh, e.zh),
                format!(
                    "On {as_of} no rule in force gives you a level for {}, so the post's {} requirement is not met",
                    p.en, e.en
                ),
            )
        }
    };
    r.reasons.push(b_reason(ctx, rule, text));
    to_qualify(ctx, check, required, r);
}

// --------------------------------------------------------- by employer/post

const PI_PURPOSE: &[Purpose] = &[Purpose::PublicInstitutionRecruitment];
const INSTRUCTOR_PURPOSES: &[Purpose] = &[
    Purpose::InstructorRecruitment,
    Purpose::PublicInstitutionRecruitment,
];
const GOV_PURPOSE: &[Purpose] = &[Purpose::GovernmentRecruitment];
const ENTERPRISE_PURPOSE: &[Purpose] = &[Purpose::EnterpriseRecruitment];

/// The 事业单位 extras: 82号 一 (no restrictive conditions), 三 (skill posts), 五 (rural).
fn pi_extras(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    let lang = ctx.lang;
    if ctx.in_force(&PI_NORESTRICT) {
        let text = if ctx.req.graduate.study_mode == Some(StudyMode::PartTime) {
            pick!(
                lang,
                "非全日制学习和毕业院校都不得作为限制性条件".to_owned(),
                "Neither part-time study nor the school may be a restrictive condition".to_owned(),
            )
        } else {
            pick!(
                lang,
                "毕业院校和学习方式不得作为限制性条件".to_owned(),
                "Neither the school nor the mode of study may be a restrictive condition"
                    .to_owned(),
            )
        };
        r.reasons.push(b_reason(ctx, &PI_NORESTRICT, text));
    }
    if post.skill_level_required && ctx.in_force(&SKILLPOST) {
        let text = match (post.required_education, r.outcome) {
            (None, _) => pick!(
                lang,
                "有职业技能等级要求的岗位可以不再设置学历要求：本岗位未设学历要求".to_owned(),
                "A post with a skill-level requirement may drop the education requirement (不再设置): this one sets none".to_owned(),
            ),
            (Some(_), Outcome::Eligible) => pick!(
                lang,
                "本岗位有职业技能等级要求".to_owned(),
                "The post has a skill-level requirement".to_owned(),
            ),
            (Some(_), _) => pick!(
                lang,
                "有职业技能等级要求的岗位可以适当降低学历要求或不再设置学历要求；本判断按公告所列学历要求".to_owned(),
                "A post with a skill-level requirement may lower or drop the education requirement; this answer follows the requirement as stated".to_owned(),
            ),
        };
        r.reasons.push(b_reason(ctx, &SKILLPOST, text));
        if r.outcome != Outcome::Eligible {
            caveat(ctx, r, MAY_LOWER);
        }
        caveat(ctx, r, CERT_FIT);
    }
    if post.post_type == PostType::WorkerSupport && ctx.in_force(&PI_RURAL) {
        r.reasons.push(b_reason(ctx, &PI_RURAL, ctx.t(RURAL)));
        caveat(ctx, r, RURAL);
    }
}

fn public_institution(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    let check = Check {
        purposes: PI_PURPOSE,
        post_type: Some(post.post_type),
    };
    procedure(ctx, post, check, &PI, eq, r);
    pi_extras(ctx, post, r);
}

fn instructor(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    let check = Check {
        purposes: INSTRUCTOR_PURPOSES,
        post_type: Some(post.post_type),
    };
    procedure(ctx, post, check, &INSTRUCTOR, eq, r);
    pi_extras(ctx, post, r);
}

/// 国发〔2019〕4号: any 技工院校 teacher post (a 生产实习指导教师 or 专业技术 post).
fn soft_caveat(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    if matches!(
        post.post_type,
        PostType::PracticalInstructor | PostType::Professional
    ) && ctx.in_force(&INSTRUCTOR_SOFT)
    {
        r.reasons.push(b_reason(ctx, &INSTRUCTOR_SOFT, ctx.t(SOFT)));
        caveat(ctx, r, SOFT);
        caveat(ctx, r, SOFT_SCOPE);
    }
}

/// 机关 posts that no rule names, and 公务员: the widest reading decides
/// only when even it falls short; otherwise the answer stays open.
fn widest_reading(
    ctx: &Ctx,
    post: &Post,
    rule: &'static Rule,
    open: Text,
    eq: &[Equivalence],
    r: &mut Recruitment,
) {
    let check = Check {
        purposes: GOV_PURPOSE,
        post_type: None,
    };
    let found = find(ctx, check);
    r.purpose = Some(Purpose::GovernmentRecruitment);
    r.level = found.as_ref().map(|f| f.level);
    if let Some(f) = &found {
        giver_reasons(ctx, f, eq, r);
    }
    let lang = ctx.lang;
    let as_of = ctx.as_of;
    let open_text = ctx.t(open);
    let Some(required) = post.required_education else {
        r.outcome = Outcome::Undetermined;
        r.reasons.push(b_reason(ctx, rule, open_text));
        return;
    };
    let e = edu(required);
    if !ctx.technical {
        r.outcome = Outcome::Undetermined;
        r.reasons.push(b_reason(ctx, rule, open_text));
        caveat(ctx, r, NOT_TECHNICAL);
        return;
    }
    let short = match &found {
        _ if !ctx.graduated => Some(pick!(
            lang,
            format!("学历等同只适用于毕业生：你在{as_of}尚未毕业，按最宽的理解也达不到岗位的{}要求", e.zh),
            format!(
                "Equivalences name graduates: on {as_of} you have not graduated, so even on the widest reading the post's {} requirement is not met",
                e.en
            ),
        )),
        Some(f) if f.level >= required => None,
        _ if ctx.class.is_none()
            && !matches!(class_readings(ctx, check, required), Readings::None) =>
        {
            // Some class would meet the bar: the answer stays open. Only when
            // the class decides it is the class missing.
            if matches!(class_readings(ctx, check, required), Readings::Some) {
                push_unique(&mut r.missing, "graduate.classType".to_owned());
            }
            None
        }
        Some(f) => {
            let l = f.level.name();
            Some(pick!(
                lang,
                format!("按最宽的理解，在机关招聘方面按{}对待，仍低于岗位的{}要求", l.zh, e.zh),
                format!(
                    "Even on the widest reading you count as {} for 机关招聘, below the post's {} requirement",
                    l.en, e.en
                ),
            ))
        }
        None => {
            caveat(ctx, r, NO_RULE);
            Some(pick!(
                lang,
                format!("在{as_of}，没有有效规则给予你机关招聘方面的学历等同，按最宽的理解也达不到岗位的{}要求", e.zh),
                format!(
                    "On {as_of} no rule in force gives you a level for 机关招聘: even on the widest reading the post's {} requirement is not met",
                    e.en
                ),
            ))
        }
    };
    match short {
        Some(text) => {
            r.outcome = Outcome::Ineligible;
            r.reasons.push(b_reason(ctx, rule, text));
            to_qualify(ctx, check, required, r);
            caveat(ctx, r, WIDEST_READING);
        }
        None => {
            r.outcome = Outcome::Undetermined;
            r.reasons.push(b_reason(ctx, rule, open_text));
        }
    }
}

const CIVIL_SERVICE_OPEN: Text = t(
    "“参加机关事业单位招聘”是否及于公务员录用，语料未作规定；以招录公告为准",
    "whether 参加机关事业单位招聘 reaches 公务员录用 (civil-service entry) is not settled by the corpus; the 招录公告 decides",
);
const GOV_OTHER_OPEN: Text = t(
    "没有规则覆盖工勤以外的机关岗位；“参加机关事业单位招聘”是否及于本岗位，以招聘公告为准",
    "no rule covers 机关 posts other than 工勤; whether 参加机关事业单位招聘 reaches this post is for the announcement",
);

fn civil_servant(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    widest_reading(
        ctx,
        post,
        &GOV_CIVILSERVANT_GUARD,
        CIVIL_SERVICE_OPEN,
        eq,
        r,
    );
}

fn government_other(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    widest_reading(ctx, post, &GOV_WORKER, GOV_OTHER_OPEN, eq, r);
    caveat(ctx, r, GOV_OTHER_POSTS);
}

fn government_worker(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    let check = Check {
        purposes: GOV_PURPOSE,
        post_type: Some(PostType::WorkerSupport),
    };
    procedure(ctx, post, check, &GOV_WORKER, eq, r);
}

fn enterprise(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    let check = Check {
        purposes: ENTERPRISE_PURPOSE,
        post_type: Some(post.post_type),
    };
    procedure(ctx, post, check, &ENTERPRISE, eq, r);
    if ctx.in_force(&ENTERPRISE) {
        caveat(ctx, r, EMPLOYER_UNLAWFUL);
        if post.employer == Employer::StateOwnedEnterprise {
            caveat(ctx, r, SOE_SKILLS);
        }
    } else {
        caveat(ctx, r, EMPLOYER_OWN);
    }
}

/// 职业院校 (含技工院校): every school type but 普通高等学校.
fn vocational(s: SchoolType) -> bool {
    s != SchoolType::University
}

fn enlistment(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    let check = Check {
        purposes: &[Purpose::Enlistment],
        post_type: Some(post.post_type),
    };
    let found = find(ctx, check);
    r.purpose = Some(Purpose::Enlistment);
    r.level = found.as_ref().map(|f| f.level);
    if let Some(f) = &found {
        giver_reasons(ctx, f, eq, r);
    }
    let lang = ctx.lang;
    let yunnan = ctx.jur == Jurisdiction::CnYn && ctx.in_force(&ENLIST);
    let text = if yunnan && vocational(ctx.school()) {
        r.outcome = Outcome::Eligible;
        if ctx.graduated {
            pick!(
                lang,
                "职业院校毕业生可报名参军".to_owned(),
                "Graduates of vocational schools may register for conscription".to_owned(),
            )
        } else {
            pick!(
                lang,
                "职业院校在校生也可报名参军".to_owned(),
                "Students of vocational schools may register for conscription too".to_owned(),
            )
        }
    } else if yunnan {
        r.outcome = Outcome::Undetermined;
        pick!(
            lang,
            "第六条只列职业院校（含技工院校）的在校生和毕业生".to_owned(),
            "第六条 names students and graduates of vocational schools (技工院校 included) only"
                .to_owned(),
        )
    } else {
        r.outcome = Outcome::Undetermined;
        match &found {
            Some(f) => pick!(
                lang,
                format!(
                    "语料中没有全国性规则规定谁可报名参军；在应征入伍方面按{}对待",
                    f.level.name().zh
                ),
                format!(
                    "No national rule in the corpus says who may register for conscription; for enlistment you count as {}",
                    f.level.name().en
                ),
            ),
            None => pick!(
                lang,
                "语料中没有全国性规则规定谁可报名参军".to_owned(),
                "No national rule in the corpus says who may register for conscription".to_owned(),
            ),
        }
    };
    r.reasons.push(b_reason(ctx, &ENLIST, text));
    caveat(ctx, r, CONSCRIPTION);
    if post.required_education.is_some() {
        caveat(ctx, r, MILITARY_EDUCATION);
    }
}

fn nco(ctx: &Ctx, post: &Post, eq: &[Equivalence], r: &mut Recruitment) {
    let check = Check {
        purposes: &[Purpose::NcoRecruitment],
        post_type: Some(post.post_type),
    };
    let found = find(ctx, check);
    r.purpose = Some(Purpose::NcoRecruitment);
    r.level = found.as_ref().map(|f| f.level);
    if let Some(f) = &found {
        giver_reasons(ctx, f, eq, r);
    }
    let lang = ctx.lang;
    let yunnan = ctx.jur == Jurisdiction::CnYn && ctx.in_force(&NCO);
    let by_school = matches!(
        ctx.school(),
        SchoolType::SeniorTechnicalSchool | SchoolType::TechnicianCollege
    );
    let by_cert = ctx.technical
        && (ctx.has_cert(SkillLevel::Senior) || ctx.has_cert(SkillLevel::PreparatoryTechnician));
    let text = if yunnan && ctx.graduated && (by_school || by_cert) {
        r.outcome = Outcome::Eligible;
        if by_school {
            pick!(
                lang,
                "高级技工学校、技师学院毕业生可报名参加直招士官".to_owned(),
                "Graduates of a 高级技工学校 or 技师学院 may apply for direct NCO recruitment"
                    .to_owned(),
            )
        } else {
            pick!(
                lang,
                "取得高级工、预备技师证书的技工院校毕业生纳入士官招收对象范围".to_owned(),
                "技工院校 graduates with a 高级工 or 预备技师 certificate are within the NCO recruitment pool".to_owned(),
            )
        }
    } else if yunnan {
        r.outcome = Outcome::Undetermined;
        if !ctx.graduated {
            r.to_qualify
                .push(pick!(lang, "毕业".to_owned(), "graduation".to_owned()));
        }
        if ctx.technical && !by_school && !by_cert {
            r.to_qualify.push(pick!(
                lang,
                "高级工证书（云南2014年证书途径）".to_owned(),
                "a 高级工 certificate (Yunnan 2014 route)".to_owned(),
            ));
        }
        pick!(
            lang,
            "第六条列举“高级技工学校、技师学院等”毕业生，“等”使名单开放；未列明你的情形".to_owned(),
            "第六条 names graduates of 高级技工学校, 技师学院 and others (等): the list is open, and your case is not named".to_owned(),
        )
    } else {
        r.outcome = Outcome::Undetermined;
        pick!(
            lang,
            "语料中没有全国性规则规定技工院校毕业生能否参加直招士官".to_owned(),
            "No national rule in the corpus says whether 技工院校 graduates may apply for direct NCO recruitment".to_owned(),
        )
    };
    r.reasons.push(b_reason(ctx, &NCO, text));
    caveat(ctx, r, NCO_CONDITIONS);
    if post.required_education.is_some() {
        caveat(ctx, r, MILITARY_EDUCATION);
    }
}

/// May this person apply for this post?
pub(crate) fn evaluate(ctx: &Ctx, post: &Post, eq: &[Equivalence]) -> Recruitment {
    use Employer as E;
    use PostType as P;
    let mut r = new_recruitment();
    match (post.employer, post.post_type) {
        (_, P::CivilServant) => civil_servant(ctx, post, eq, &mut r),
        (_, P::Nco) => nco(ctx, post, eq, &mut r),
        (_, P::Enlistment) => enlistment(ctx, post, eq, &mut r),
        (E::PublicInstitution, _) => public_institution(ctx, post, eq, &mut r),
        (E::TechnicalSchool, P::PracticalInstructor) => {
            instructor(ctx, post, eq, &mut r);
            soft_caveat(ctx, post, &mut r);
        }
        (E::TechnicalSchool, _) => {
            public_institution(ctx, post, eq, &mut r);
            caveat(ctx, &mut r, PUBLIC_SCHOOL_ONLY);
            soft_caveat(ctx, post, &mut r);
        }
        (E::GovernmentOrgan, P::WorkerSupport) => government_worker(ctx, post, eq, &mut r),
        (E::GovernmentOrgan, _) => government_other(ctx, post, eq, &mut r),
        (E::Enterprise | E::StateOwnedEnterprise, _) => enterprise(ctx, post, eq, &mut r),
        (E::Military, _) => {
            // Not modelled: 文职 and other military posts, because no rule in the corpus covers them.
            r.outcome = Outcome::Undetermined;
            r.reasons
                .push(b_reason(ctx, &ENLIST, ctx.t(MILITARY_OTHER)));
            caveat(ctx, &mut r, MILITARY_OTHER);
        }
    }
    caveat(ctx, &mut r, NOT_CHECKED);
    r
}
