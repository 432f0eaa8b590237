//! B. Recruitment eligibility for a post (招聘资格).
//!
//! One procedure serves every B rule (catalogue §3 B "Procedure"):
//! 1. the employer picks the purpose (事业单位 → `publicInstitutionRecruitment`,
//!    机关 → `governmentRecruitment`, 企业 → `enterpriseRecruitment`);
//! 2. the group A level for that purpose is taken — the maximum over every
//!    route whose grant reaches the post (云人社发[2014]140号 第十二条 reaches
//!    only 工勤 posts in 机关, and 工勤 or 专业技术 posts in 事业单位);
//! 3. the level — or the person's own 学历, stated or implied by the school
//!    type (`Ctx::education`) — is compared with `post.requiredEducation`;
//!    the person meets the bar if either does.
//!
//! `undetermined` only when a request field would settle it (`missing` names
//! it); `unclear` when the text itself leaves it open (the open point is a
//! reason, with its clause). Where every reading gives the same answer, that
//! answer is given.
//!
//! A decision cites only clauses that stand on `asOf` in the jurisdiction: a
//! B rule not yet issued leaves the decision on the group A rules, and says
//! when it starts in a reason of its own.

use crate::date::Date;
use crate::law::cn::*;
use crate::law::yn::rules::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::Citation;
use crate::request::{
    Certificate, ClassType, Education, Employer, Field, Post, PostType, Request, SchoolType,
    SkillLevel,
};
use crate::vocab::{Outcome, Purpose};

use super::equivalence::{self, EquivalenceMsg, Grant, PostScope};
use super::msg::messages;
use super::{push_citation, push_unique, CommonMsg, Ctx, EducationSource, Msg, Note};

// ------------------------------------------------------------------- rules

/// 事业单位公开招聘: 高级工班 → 大学专科 posts, 预备技师（技师）班 → 大学本科 posts;
/// the procedure with `publicInstitutionRecruitment`. From 2021-06-30 through
/// 技能中国行动 (参加机关事业单位招聘), restated for 事业单位 by 82号 from 2021-10-22.
pub static PI: Rule = Rule {
    id: "recruit.pi.cn.2021",
    gloss: gloss(
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
    gloss: gloss(
        "事业单位公开招聘不得将毕业院校、国（境）外学习经历、学习方式作为限制性条件：院校类型和非全日制学习都不使人失去报考资格。",
        "Public institutions may not restrict applicants by school, study abroad or mode of study: neither the school type nor part-time study makes an applicant ineligible.",
    ),
    cites: &[
        cite(&rsbf_2021_82::NO_RESTRICTIONS),
        // 82号 itself says its 职业院校 include 技工院校.
        also(&rsbf_2021_82::INCLUDES_TECHNICAL_SCHOOLS),
    ],
    superseded: None,
};

/// Posts with a skill-level requirement may lower (82号, the law) or drop (82号)
/// the education requirement.
pub static SKILLPOST: Rule = Rule {
    id: "recruit.skillpost.cn",
    gloss: gloss(
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
    gloss: gloss(
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
    gloss: gloss(
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
    gloss: gloss(
        "现有文件没有明确规定技工院校毕业生报考公务员：最宽的机关条款只及于工勤人员；“参加机关事业单位招聘”是否包括公务员录用，文件未说明。按班级或证书的学历对待从不判定为符合。",
        "No text covers civil-service entry (公务员录用) for 技工院校 graduates expressly: the widest 机关 grant reaches only worker-support posts, and whether 参加机关事业单位招聘 reaches 公务员 is left open. A class or certificate level is never found to meet a civil-service bar.",
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
    gloss: gloss(
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
    gloss: gloss(
        "从2019年起，职业院校相关专业教师原则上从具有3年以上企业工作经历并具有高职以上学历的人员中公开招聘，高级工以上可适当放宽学历要求，2020年起基本不再从应届毕业生中招聘（仅作提示）。",
        "From 2019, vocational-school teachers are in principle hired from people with 3+ years in enterprises and 高职+ education; education may be relaxed for 高级工+; from 2020 fresh graduates are basically not hired (a caveat only).",
    ),
    cites: &[
        cite(&gf_2019_4::TEACHERS_FROM_ENTERPRISES),
        // 95号 applies 国发〔2019〕4号 to 技工院校 hiring in terms.
        also(&rstf_2019_95::GROUNDS),
    ],
    superseded: None,
};

/// 企业 and 国有企业: the law bars conditions that block vocational graduates
/// (a caveat, from 2022-05-01); the decision itself rests on the group A
/// rules that give the `enterpriseRecruitment` level.
pub static ENTERPRISE: Rule = Rule {
    id: "recruit.enterprise",
    gloss: gloss(
        "企业招聘：用人单位不得设置妨碍职业学校毕业生平等就业、公平竞争的条件；国有企业应当明确技术技能要求。是否达到岗位学历要求，按就业方面的学历等同判断。",
        "Enterprise hiring: employers may not set conditions that block vocational graduates; state-owned enterprises must state skill requirements. Whether the education bar is met follows the level for enterprise recruitment.",
    ),
    cites: &[
        cite(&law_2022::NO_BARRIERS),
        cite(&law_2022::SKILL_REQUIREMENTS),
        also(&ybf_2023_9::NO_BARRIERS),
    ],
    superseded: None,
};

// Not modelled: skill.titlemap.yn.2014 (高级工 ↔ 助理工程师 …) belongs to group F
// and `post` has no title requirement (catalogue §4 Q31); 82号 二 (专业条件) and
// 四 (实际操作能力测试比重), because no input describes the 专业 or the exam.

/// The comparison of a person's own 学历 with the post's requirement. The
/// clauses say the school may not be held against a vocational graduate
/// (82号 一, 国发〔2019〕4号, 第五十三条) and what level a school type teaches
/// (第十五条); the comparison itself is the post's own condition.
pub static OWN_EDUCATION: Rule = Rule {
    id: "recruit.own-education",
    gloss: gloss(
        "以本人学历报考：中等职业学校毕业为中专，高等职业学校（专科）毕业为大专，职业本科毕业为本科；职业院校毕业生在机关事业单位招聘、就业等方面与普通高校毕业生享受同等待遇，不得将毕业院校、学习方式作为限制性条件。",
        "Applying with one's own 学历: a 中等职业学校 diploma is 中专, a 高等职业学校（专科） diploma 大专, a 职业本科 diploma 本科; vocational graduates are treated as university graduates in government and public-institution recruitment and employment, and the school or mode of study may not be made a restrictive condition.",
    ),
    cites: &[
        cite(&gf_2019_4::SAME_TREATMENT),
        also(&rstf_2019_95::INSTRUCTOR_POSTS),
        also(&rsbf_2021_82::NO_RESTRICTIONS),
        also(&law_2022::EQUAL_OPPORTUNITY),
        also(&law_2022::NO_BARRIERS),
        also(&law_2022::SECONDARY_INCLUDES_TECHNICAL_SCHOOLS),
        also(&law_2022::HIGHER_VOCATIONAL_LEVELS),
    ],
    superseded: None,
};

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
    &OWN_EDUCATION,
];

messages! {
    /// What group B says.
    pub enum RecruitmentMsg {
        // --- decisions
        /// The post sets no education requirement.
        NoEducationRequirement = "reason.noEducationRequirement";
        /// A group A rule gives `level` for `purpose`.
        GivenBy { purpose: Purpose, level: Education } = "reason.givenBy";
        /// The level is the person's own 中等职业教育 level (第十五条), not an equal treatment.
        OwnLevelForPurpose { purpose: Purpose } = "reason.ownLevelForPurpose";
        /// From `date` a rule gives `level` for `purpose` (not yet on `asOf`).
        GivenFrom { date: Date, purpose: Purpose, level: Education } = "reason.givenFrom";
        CountsAsMeets { purpose: Purpose, level: Education, required: Education } = "reason.countsAsMeets";
        CountsAsBelow { purpose: Purpose, level: Education, required: Education } = "reason.countsAsBelow";
        /// A 技工学校 is a 中等职业学校: the school's own level meets the bar.
        SchoolLevelMeets { level: Education, required: Education } = "reason.schoolLevelMeets";
        /// The school's (or a 中级工班's) own 中等职业教育 level falls below the bar.
        SchoolLevelBelow { level: Education, required: Education } = "reason.schoolLevelBelow";
        /// A higher level the 2014 certificate route gives does not reach this post (第十二条).
        LevelNotForThisPost { level: Education, place: Jurisdiction } = "reason.levelNotForThisPost";
        /// No rule in force gives this person a level for `purpose`.
        NoRuleGivesLevel { purpose: Purpose, required: Education } = "reason.noRuleGivesLevel";
        /// Equivalences are for graduates; the person has not graduated.
        NotYetGraduated { date: Date, required: Education } = "reason.notYetGraduated";
        ClassNotGivenAllMeet { required: Education } = "reason.classNotGivenAllMeet";
        ClassNotGivenSomeMeet { required: Education } = "reason.classNotGivenSomeMeet";
        ClassNotGivenNoneMeet { required: Education } = "reason.classNotGivenNoneMeet";
        /// The person's own 学历 meets the bar.
        OwnEducationMeets { level: Education, required: Education } = "reason.ownEducationMeets";
        OwnEducationBelow { level: Education, required: Education } = "reason.ownEducationBelow";
        /// A military post's bar where no text gives a level for its purpose.
        NoLevelForMilitaryPost { purpose: Purpose, required: Education } = "caveat.noLevelForMilitaryPost";
        /// A 普通高等学校 diploma is 专科 or higher on every reading (第十五条).
        UniversityAtLeastAssociate { required: Education } = "reason.universityAtLeastAssociate";
        /// The own 学历 is needed and not given.
        OwnEducationNotGiven { required: Education } = "reason.ownEducationNotGiven";
        /// Not yet graduated: the school's 学历 is not held yet.
        OwnEducationNotYetHeld { date: Date, required: Education } = "reason.ownEducationNotYetHeld";
        /// 82号 一: neither the school nor the mode of study may restrict.
        NoRestrictionBySchoolOrMode = "reason.noRestrictionBySchoolOrMode";
        /// 82号 三 and the law: posts with a skill requirement, education as stated.
        SkillPostNoEducationSet = "reason.skillPostNoEducationSet";
        SkillPostWithRequirement = "reason.skillPostWithRequirement";
        SkillPostMayLower = "reason.skillPostMayLower";
        /// A post with a skill-level requirement, and no certificate held.
        SkillPostNoCertificate = "reason.skillPostNoCertificate";
        /// 82号 五: posts reserved for vocational graduates in some counties.
        RuralReservedPosts = "reason.ruralReservedPosts";
        /// On the widest reading the level still falls short.
        WidestReadingBelow { level: Education, required: Education } = "reason.widestReadingBelow";
        WidestReadingNoLevel { required: Education } = "reason.widestReadingNoLevel";
        WidestReadingStudent { date: Date, required: Education } = "reason.widestReadingStudent";
        /// Open point: does 「参加机关事业单位招聘」 reach 公务员录用?
        OpenCivilService = "open.civilService";
        /// Open point: does it reach 机关 posts other than 工勤?
        OpenOtherGovernmentPosts = "open.otherGovernmentPosts";
        /// 第六条: students and graduates of 职业院校 may register.
        VocationalGraduatesMayRegister = "reason.vocationalGraduatesMayRegister";
        VocationalStudentsMayRegister = "reason.vocationalStudentsMayRegister";
        /// No text on who may register (outside 第六条, or where 140号 does not apply).
        OpenNoRuleOnRegistration = "open.noRuleOnRegistration";
        /// 第六条: 高级技工学校、技师学院 graduates are named for 直招士官.
        NcoSchoolNamed = "reason.ncoSchoolNamed";
        /// 第十三条: 技工院校 graduates with a 高级工/预备技师 certificate.
        NcoCertificateHolders = "reason.ncoCertificateHolders";
        /// 第六条 and 第十三条 name graduates only.
        NcoGraduatesOnly { date: Date } = "reason.ncoGraduatesOnly";
        /// Open point: 「等」 in 第六条 — is this school among them?
        OpenNcoList = "open.ncoList";
        /// No text on who may apply for 直招士官.
        OpenNoRuleOnNco = "open.noRuleOnNco";
        /// No text on military posts other than 义务兵 and 直招士官.
        OpenNoRuleOnMilitaryPosts = "open.noRuleOnMilitaryPosts";
        /// The enlistment level, shown for information.
        EnlistmentLevel { level: Education } = "reason.enlistmentLevel";
        // --- caveats
        OtherConditionsNotChecked = "caveat.otherConditionsNotChecked";
        PublicSchoolsOnly = "caveat.publicSchoolsOnly";
        SkillPostMayLowerRequirement = "caveat.skillPostMayLowerRequirement";
        CertificateFitNotChecked = "caveat.certificateFitNotChecked";
        TeachersFromEnterprises = "caveat.teachersFromEnterprises";
        EmployerConditionsNotChecked = "caveat.employerConditionsNotChecked";
        NoBarriersForVocationalGraduates = "caveat.noBarriersForVocationalGraduates";
        StateEnterpriseSkillRequirements = "caveat.stateEnterpriseSkillRequirements";
        ConscriptionConditions = "caveat.conscriptionConditions";
        NcoConditions = "caveat.ncoConditions";
        NcoStudentsPerNotice = "caveat.ncoStudentsPerNotice";
        StudentsPerAnnouncement = "caveat.studentsPerAnnouncement";
        WidestReadingOnly = "caveat.widestReadingOnly";
        CivilServiceOtherConditions = "caveat.civilServiceOtherConditions";
        /// Before any clause of that date speaks to it: compared as stated.
        ComparedAsStated = "caveat.comparedAsStated";
        /// The equal treatment named is for the purpose given, not a 学历.
        ListAllCertificates { place: Jurisdiction } = "caveat.listAllCertificates";
        // --- to qualify
        Graduation = "toQualify.graduation";
        ClassDiploma { class: ClassType } = "toQualify.classDiploma";
        GraduateFromClass { class: ClassType } = "toQualify.graduateFromClass";
        CertificateRoute { skill: SkillLevel, place: Jurisdiction } = "toQualify.certificateRoute";
        CertificateRouteAndGraduation { skill: SkillLevel, place: Jurisdiction } = "toQualify.certificateRouteAndGraduation";
        FromDate { date: Date } = "toQualify.fromDate";
        RequiredEducation { required: Education } = "toQualify.requiredEducation";
        /// The certificate of the level the post requires.
        SkillCertificate = "toQualify.skillCertificate";
    }
}

use RecruitmentMsg as M;

/// May this person apply for this post?
#[derive(Clone, Debug, PartialEq)]
pub struct Recruitment {
    pub outcome: Outcome,
    /// The purpose whose equivalence was used.
    pub purpose: Option<Purpose>,
    /// The education level the graduate counts as for that purpose.
    pub level: Option<Education>,
    pub reasons: Vec<Note>,
    pub missing: Vec<Field>,
    pub to_qualify: Vec<Msg>,
    pub caveats: Vec<Note>,
}

impl Recruitment {
    fn new() -> Recruitment {
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

    fn caveat(&mut self, msg: impl Into<Msg>) {
        push_unique(&mut self.caveats, Note::bare(msg));
    }

    fn caveat_note(&mut self, note: Note) {
        push_unique(&mut self.caveats, note);
    }

    fn qualify(&mut self, msg: impl Into<Msg>) {
        push_unique(&mut self.to_qualify, msg);
    }
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

/// The level a check finds, the purpose it was found for, and the grants that give it.
struct Found {
    level: Education,
    purpose: Purpose,
    givers: Vec<Grant>,
}

/// Why a found level falls short: the school's (or a 中级工班's) own
/// 中等职业教育 level is the person's, not 「按…对待」 (a reading).
fn below(f: &Found, purpose: Purpose, required: Education) -> RecruitmentMsg {
    if f.givers.iter().all(|g| g.secondary_level()) {
        RecruitmentMsg::SchoolLevelBelow {
            level: f.level,
            required,
        }
    } else {
        RecruitmentMsg::CountsAsBelow {
            purpose,
            level: f.level,
            required,
        }
    }
}

impl Found {
    /// The grant of the school's own level (a 技工学校 is a 中等职业学校,
    /// 第十五条), where it meets `required`: the person's education, not
    /// an equal treatment.
    fn school_meets(&self, required: Education) -> Option<&Grant> {
        self.givers
            .iter()
            .find(|g| g.basis == crate::report::Basis::School && g.level >= required)
    }

    fn rules(&self) -> Vec<&'static Rule> {
        let refs: Vec<&Grant> = self.givers.iter().collect();
        equivalence::giver_rules(&refs)
    }
}

fn find(ctx: &Ctx, check: Check) -> Option<Found> {
    let grants = ctx.grants();
    let mut best: Option<Found> = None;
    for &purpose in check.purposes {
        // As `equivalence::best`, without collecting the givers.
        let live = |g: &&Grant| g.purpose == purpose && !g.superseded && check.reaches(g.scope);
        let Some(level) = grants.iter().filter(live).map(|g| g.level).max() else {
            continue;
        };
        let givers = grants.iter().filter(|g| live(g) && g.level == level);
        match &mut best {
            Some(f) if f.level > level => {}
            Some(f) if f.level == level => {
                for g in givers {
                    if !f.givers.iter().any(|h| std::ptr::eq(h.rule, g.rule)) {
                        f.givers.push(*g);
                    }
                }
            }
            _ => {
                let mut list: Vec<Grant> = Vec::new();
                for g in givers {
                    if !list.iter().any(|h| std::ptr::eq(h.rule, g.rule)) {
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

/// A higher level that a grant gives for the check's purposes but whose
/// scope does not reach the post (第十二条: 工勤 and 专业技术 posts only),
/// with the reason saying so.
fn out_of_scope(ctx: &Ctx, check: Check, found: Option<&Found>, r: &mut Recruitment) {
    let grants = ctx.grants();
    let floor = found.map(|f| f.level);
    let mut level: Option<Education> = None;
    let mut rules: Vec<&'static Rule> = Vec::new();
    for g in grants.iter().filter(|g| {
        check.purposes.contains(&g.purpose)
            && !g.superseded
            && !check.reaches(g.scope)
            && floor.is_none_or(|f| g.level > f)
    }) {
        level = Some(level.map_or(g.level, |l: Education| l.max(g.level)));
        if !rules.iter().any(|x| std::ptr::eq(*x, g.rule)) {
            rules.push(g.rule);
        }
    }
    let Some(level) = level else { return };
    let mut citations = Vec::new();
    for rule in &rules {
        ctx.cite_into(rule, &mut citations);
    }
    r.reasons.push(Note {
        msg: M::LevelNotForThisPost {
            level,
            place: rules[0].jurisdiction(),
        }
        .into(),
        rule: rules.first().copied(),
        citations,
    });
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
        graduated,
        technical: ctx.technical,
        class,
        cert_level: req.graduate.certificates.iter().map(|c| c.level).max(),
        grants: Default::default(),
        // A rule's standing depends only on the date and the jurisdiction.
        standings: if as_of == ctx.as_of {
            ctx.standings.copied()
        } else {
            Default::default()
        },
    }
}

/// What the person would count as once graduated, in `class` — or, with no
/// class, in any class: every rule that would give a level, merged.
fn every_class(ctx: &Ctx, check: Check, class: Option<ClassType>) -> Option<Found> {
    let classes: Vec<Option<ClassType>> = match class {
        Some(c) => vec![Some(c)],
        // Equivalent if the guard is dropped (a mutant no case can kill):
        // every class-based rule names 技工院校, so a class read into another
        // school gives no level.
        None if ctx.technical => <ClassType as crate::vocab::Vocab>::ALL
            .iter()
            .map(|&c| Some(c))
            .collect(),
        None => vec![None],
    };
    let mut merged: Option<Found> = None;
    for c in classes {
        let Some(f) = find(&variant(ctx, ctx.req, ctx.as_of, true, c), check) else {
            continue;
        };
        match &mut merged {
            None => merged = Some(f),
            Some(m) => {
                m.level = m.level.max(f.level);
                for g in f.givers {
                    if !m.givers.iter().any(|h| std::ptr::eq(h.rule, g.rule)) {
                        m.givers.push(g);
                    }
                }
            }
        }
    }
    merged
}

fn meets(ctx: &Ctx, check: Check, required: Education) -> bool {
    find(ctx, check).is_some_and(|f| f.level >= required)
}

/// What the three class readings give, for a 技工院校 graduate with no class.
#[derive(Debug, PartialEq, Eq)]
enum Readings {
    All,
    Some,
    None,
}

fn class_readings(ctx: &Ctx, check: Check, required: Education) -> Readings {
    let n = <ClassType as crate::vocab::Vocab>::ALL
        .iter()
        .filter(|&&c| {
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

/// The decision's reason under `rule`, citing the rule's standing clauses
/// and those of the group A rules that gave the level (`found`). A rule that
/// does not stand on `asOf` is never the basis: where it starts later, a
/// reason of its own says when.
fn decide(
    ctx: &Ctx,
    rule: Option<&'static Rule>,
    found: Option<&Found>,
    msg: RecruitmentMsg,
    r: &mut Recruitment,
) {
    let mut citations: Vec<Citation> = rule.map(|rule| ctx.cite(rule)).unwrap_or_default();
    let givers = found.map(|f| f.rules()).unwrap_or_default();
    if matches!(msg, M::CountsAsMeets { .. } | M::SchoolLevelMeets { .. }) {
        // A level that meets the bar rests on the clauses that give it: a
        // clause of the procedure that gives levels by class (82号 三,
        // 48号（四）15.) stays only where it gives this one — not for a
        // 中级工班 graduate, whom neither names (a reading).
        let cites = |g: &'static Rule, c: &Citation| {
            g.cites.iter().any(|k| std::ptr::eq(k.clause, c.clause))
        };
        citations.retain(|c| {
            !equivalence::any_rule(&mut |g| cites(g, c)) || givers.iter().any(|g| cites(g, c))
        });
    }
    let basis = if citations.is_empty() { None } else { rule };
    for g in &givers {
        for c in ctx.cite(g) {
            push_citation(&mut citations, c);
        }
    }
    r.reasons.push(Note {
        msg: msg.into(),
        rule: basis.or(givers.first().copied()),
        citations,
    });
    if let Some((rule, d)) = rule.and_then(|rule| Some((rule, rule.from(ctx.jur)?))) {
        if d > ctx.as_of {
            let mut from = ctx.cite_all(rule);
            from.retain(|c| c.clause.doc.in_force() == d);
            r.reasons.push(Note {
                msg: CommonMsg::AppliesFrom { date: d }.into(),
                rule: Some(rule),
                citations: from,
            });
        }
    }
}

/// The level's caveats (the decision reason cites the rules that give it).
fn giver_reasons(ctx: &Ctx, found: &Found, r: &mut Recruitment) {
    let refs: Vec<&Grant> = found.givers.iter().collect();
    for c in equivalence::level_caveats(ctx, found.purpose, found.level, &refs) {
        r.caveat_note(c);
    }
}

/// One reason for the level a purpose gives, citing every rule that gives it
/// (military posts, where the level informs but does not decide).
fn level_reason(ctx: &Ctx, found: &Found, r: &mut Recruitment) {
    let mut citations = Vec::new();
    let rules = found.rules();
    for g in &rules {
        for c in ctx.cite(g) {
            push_citation(&mut citations, c);
        }
    }
    // The school's (or a 中级工班's) 中等职业教育 level is no 按…对待.
    let msg = if found.givers.iter().all(|g| g.secondary_level()) {
        M::OwnLevelForPurpose {
            purpose: found.purpose,
        }
    } else {
        M::GivenBy {
            purpose: found.purpose,
            level: found.level,
        }
    };
    r.reasons.push(Note {
        msg: msg.into(),
        rule: rules.first().copied(),
        citations,
    });
}

/// Fills `toQualify` for someone whose level falls short of `required`.
fn to_qualify(ctx: &Ctx, check: Check, required: Education, r: &mut Recruitment) {
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
        r.qualify(M::Graduation);
        return;
    }
    // A higher class.
    if ctx.technical {
        for &c in <ClassType as crate::vocab::Vocab>::ALL {
            if ctx.class.is_some_and(|cur| c <= cur) {
                continue;
            }
            if meets(&variant(ctx, ctx.req, now, true, Some(c)), check, required) {
                r.qualify(if ctx.graduated {
                    M::ClassDiploma { class: c }
                } else {
                    M::GraduateFromClass { class: c }
                });
                break;
            }
        }
    }
    // A certificate (the 2014 certificate route, 140号): never one below what is held.
    if ctx.technical && ctx.in_force(&CERT_RECRUIT_YN_2014) {
        if ctx
            .cert_level
            // `>` or `>=` alike (an equivalent mutant): at 预备技师 itself
            // `has_cert(PreparatoryTechnician)` below is true.
            .is_some_and(|l| l > SkillLevel::PreparatoryTechnician)
            && !ctx.has_cert(SkillLevel::Senior)
            && !ctx.has_cert(SkillLevel::PreparatoryTechnician)
        {
            // A higher certificate usually comes after the 高级工 one: ask for it.
            r.caveat(M::ListAllCertificates {
                place: CERT_RECRUIT_YN_2014.jurisdiction(),
            });
        } else {
            for level in [SkillLevel::Senior, SkillLevel::PreparatoryTechnician] {
                if ctx.has_cert(level) {
                    continue;
                }
                let mut req = ctx.req.clone();
                req.graduate
                    .certificates
                    .push(Certificate { level, field: None });
                if meets(&variant(ctx, &req, now, true, ctx.class), check, required) {
                    let place = CERT_RECRUIT_YN_2014.jurisdiction();
                    r.qualify(if ctx.graduated {
                        M::CertificateRoute {
                            skill: level,
                            place,
                        }
                    } else {
                        M::CertificateRouteAndGraduation {
                            skill: level,
                            place,
                        }
                    });
                    break;
                }
            }
        }
    }
    // A rule that starts later, on the same facts.
    if ctx.graduated {
        // In order, each once (kept sorted as they come: a slice sort
        // would bring several KB of code into the module for a few dates).
        let mut dates: Vec<Date> = Vec::new();
        equivalence::any_rule(&mut |rule| {
            // `>` or `>=` alike (an equivalent mutant): on `now` itself the
            // variant is today's facts, whose level falls short already.
            if let Some(d) = rule.from(ctx.jur).filter(|&d| d > now) {
                if let Err(at) = dates.binary_search(&d) {
                    dates.insert(at, d);
                }
            }
            false
        });
        for d in dates {
            let later = variant(ctx, ctx.req, d, true, ctx.class);
            let Some(f) = find(&later, check) else {
                continue;
            };
            if f.level < required {
                continue;
            }
            r.qualify(M::FromDate { date: d });
            for rule in f.rules().into_iter().filter(|g| !ctx.in_force(g)) {
                let citations = ctx.cite_all(rule);
                // A document that prints no date starts, at the earliest, on
                // the first day of its window: the date is no firmer than that.
                let undated: Vec<Citation> = citations
                    .iter()
                    .filter(|c| c.clause.doc.date.is_none() && c.clause.doc.in_force() == d)
                    .cloned()
                    .collect();
                if !undated.is_empty() {
                    r.caveat_note(Note {
                        msg: CommonMsg::IssueDateNotPrinted.into(),
                        rule: Some(rule),
                        citations: undated,
                    });
                }
                r.reasons.push(Note {
                    msg: M::GivenFrom {
                        date: d,
                        purpose: f.purpose,
                        level: f.level,
                    }
                    .into(),
                    rule: Some(rule),
                    citations,
                });
            }
            break;
        }
    }
    if r.to_qualify.is_empty() {
        r.qualify(M::RequiredEducation { required });
    }
}

/// The reason on the person's own 学历, citing what settles it: the
/// same-treatment clauses for vocational graduates, the clause that gives
/// the school's level, 95号 二 for a 技工院校 生产实习指导教师 post.
fn own_note(
    ctx: &Ctx,
    instructor: bool,
    msg: RecruitmentMsg,
    source: Option<EducationSource>,
) -> Note {
    let mut clauses: Vec<&'static Clause> = vec![
        &gf_2019_4::SAME_TREATMENT,
        &law_2022::EQUAL_OPPORTUNITY,
        &law_2022::NO_BARRIERS,
    ];
    if instructor {
        clauses.push(&rstf_2019_95::INSTRUCTOR_POSTS);
    }
    match source {
        Some(EducationSource::School(SchoolType::SecondaryVocationalSchool)) => {
            clauses.push(&law_2022::SECONDARY_INCLUDES_TECHNICAL_SCHOOLS)
        }
        Some(EducationSource::School(_)) | None => {
            clauses.push(&law_2022::HIGHER_VOCATIONAL_LEVELS)
        }
        Some(EducationSource::Stated) => {}
    }
    if ctx.school() == SchoolType::University {
        // The same-treatment clauses speak of vocational graduates.
        clauses.retain(|c| {
            std::ptr::eq(*c, &law_2022::HIGHER_VOCATIONAL_LEVELS)
                || std::ptr::eq(*c, &rstf_2019_95::INSTRUCTOR_POSTS)
        });
    }
    ctx.note_on(&OWN_EDUCATION, &clauses, msg)
}

/// Whether the post asks for an education and the person's own 学历 meets it.
fn own_meets(ctx: &Ctx, post: &Post) -> Option<Education> {
    let (level, _) = ctx.education()?;
    (level >= post.required_education?).then_some(level)
}

/// A 技工院校 graduate below the bar by class and by their own 学历 too: the
/// reason says the 学历 falls short, and the 学历 itself is a route.
fn own_below(ctx: &Ctx, post: &Post, required: Education, r: &mut Recruitment) {
    // `<` or `<=` alike (an equivalent mutant): where the 学历 meets the
    // bar, `own_education` has answered before the class is weighed.
    let Some((level, source)) = ctx.education().filter(|&(l, _)| l < required) else {
        return;
    };
    let instructor = instructor_post(ctx, post);
    r.reasons.push(own_note(
        ctx,
        instructor,
        M::OwnEducationBelow { level, required },
        Some(source),
    ));
    r.qualify(M::RequiredEducation { required });
}

/// A 技工院校 生产实习指导教师 post may be set at 相应专业专科毕业生 or
/// 大学本科毕业生 (95号 二): the school decides, the 专业 must match.
fn instructor_post(ctx: &Ctx, post: &Post) -> bool {
    post.employer == Employer::TechnicalSchool
        && post.post_type == PostType::PracticalInstructor
        && ctx.clause_stands(&rstf_2019_95::INSTRUCTOR_POSTS)
}

/// The person's own 学历 against `required`: `Some(outcome)` when it settles
/// the answer by itself, with the reason pushed.
fn own_education(
    ctx: &Ctx,
    post: &Post,
    required: Education,
    r: &mut Recruitment,
) -> Option<Outcome> {
    let instructor = instructor_post(ctx, post);
    let note = |msg, source| own_note(ctx, instructor, msg, source);
    if instructor && ctx.education().is_some() {
        r.caveat(EquivalenceMsg::SchoolMaySetPostConditions);
        r.caveat(EquivalenceMsg::OtherConditionsApply);
    }
    match ctx.education() {
        Some((level, source)) if level >= required => {
            r.reasons
                .push(note(M::OwnEducationMeets { level, required }, Some(source)));
            Some(Outcome::Eligible)
        }
        Some((level, source)) if !ctx.technical => {
            r.reasons
                .push(note(M::OwnEducationBelow { level, required }, Some(source)));
            r.qualify(M::RequiredEducation { required });
            Some(Outcome::Ineligible)
        }
        Some(_) => None,
        None if ctx.technical => None,
        None if !ctx.graduated => {
            r.reasons.push(ctx.note_on(
                &OWN_EDUCATION,
                &[],
                M::OwnEducationNotYetHeld {
                    date: ctx.as_of,
                    required,
                },
            ));
            r.qualify(M::Graduation);
            Some(Outcome::Ineligible)
        }
        None if ctx.school() == SchoolType::University && required <= Education::Associate => {
            r.reasons
                .push(note(M::UniversityAtLeastAssociate { required }, None));
            Some(Outcome::Eligible)
        }
        None => {
            r.reasons
                .push(note(M::OwnEducationNotGiven { required }, None));
            push_unique(&mut r.missing, Field::GraduateEducation);
            Some(Outcome::Undetermined)
        }
    }
}

/// Steps 2 and 3 of the procedure; the decision reason goes under `rule`.
fn procedure(
    ctx: &Ctx,
    post: &Post,
    check: Check,
    rule: Option<&'static Rule>,
    r: &mut Recruitment,
) {
    let found = find(ctx, check);
    let purpose = found.as_ref().map_or(check.purposes[0], |f| f.purpose);
    r.purpose = Some(purpose);
    r.level = found.as_ref().map(|f| f.level);
    // Where the person's own 学历 meets the bar, the answer rests on it:
    // the class's level and its caveats are beside the point.
    if let Some(own) = own_meets(ctx, post) {
        r.level = r.level.max(Some(own));
    } else {
        if let Some(f) = &found {
            giver_reasons(ctx, f, r);
        }
        out_of_scope(ctx, check, found.as_ref(), r);
    }
    let Some(required) = post.required_education else {
        r.outcome = Outcome::Eligible;
        decide(ctx, rule, found.as_ref(), M::NoEducationRequirement, r);
        if !ctx.graduated {
            r.caveat(M::StudentsPerAnnouncement);
        }
        return;
    };
    if let Some(outcome) = own_education(ctx, post, required, r) {
        r.outcome = outcome;
        if !ctx.graduated {
            r.caveat(M::StudentsPerAnnouncement);
        }
        return;
    }
    if !ctx.graduated {
        r.outcome = Outcome::Ineligible;
        // The rules that would give a level name 毕业生: they are the basis.
        let on_graduation = every_class(ctx, check, ctx.class);
        let msg = match &on_graduation {
            Some(_) => M::NotYetGraduated {
                date: ctx.as_of,
                required,
            },
            None => M::NoRuleGivesLevel { purpose, required },
        };
        decide(ctx, rule, on_graduation.as_ref(), msg, r);
        to_qualify(ctx, check, required, r);
        r.caveat(M::StudentsPerAnnouncement);
        return;
    }
    if let Some(f) = found.as_ref().filter(|f| f.level >= required) {
        r.outcome = Outcome::Eligible;
        // The school's (or a 中级工班's) 中等职业教育 level is the person's
        // own, not 「按…对待」 (a reading).
        let msg = if f.givers.iter().all(|g| g.secondary_level()) {
            M::SchoolLevelMeets {
                level: f.level,
                required,
            }
        } else {
            M::CountsAsMeets {
                purpose,
                level: f.level,
                required,
            }
        };
        decide(ctx, rule, Some(f), msg, r);
        return;
    }
    if ctx.class.is_none() {
        let (outcome, msg) = match class_readings(ctx, check, required) {
            Readings::All => (Outcome::Eligible, M::ClassNotGivenAllMeet { required }),
            Readings::Some => (Outcome::Undetermined, M::ClassNotGivenSomeMeet { required }),
            Readings::None => (Outcome::Ineligible, M::ClassNotGivenNoneMeet { required }),
        };
        let basis = every_class(ctx, check, None);
        // No class gives any level on this date: that is the reason.
        let msg = match basis {
            None => M::NoRuleGivesLevel { purpose, required },
            Some(_) => msg,
        };
        r.outcome = outcome;
        decide(ctx, rule, basis.as_ref(), msg, r);
        match outcome {
            Outcome::Undetermined => push_unique(&mut r.missing, Field::GraduateClassType),
            Outcome::Ineligible => {
                to_qualify(ctx, check, required, r);
                own_below(ctx, post, required, r);
            }
            _ => {}
        }
        return;
    }
    r.outcome = Outcome::Ineligible;
    let msg = match &found {
        Some(f) => below(f, purpose, required),
        None => M::NoRuleGivesLevel { purpose, required },
    };
    decide(ctx, rule, found.as_ref(), msg, r);
    to_qualify(ctx, check, required, r);
    own_below(ctx, post, required, r);
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
    if ctx.in_force(&PI_NORESTRICT) {
        r.reasons
            .push(ctx.note(&PI_NORESTRICT, M::NoRestrictionBySchoolOrMode));
    }
    // With no certificate listed, `skill_bar` has the answer.
    if post.skill_level_required && ctx.in_force(&SKILLPOST) && !skill_unknown(ctx, post, r) {
        let msg = match (post.required_education, r.outcome) {
            (None, _) => M::SkillPostNoEducationSet,
            (Some(_), Outcome::Eligible) => M::SkillPostWithRequirement,
            (Some(_), _) => M::SkillPostMayLower,
        };
        r.reasons.push(ctx.note(&SKILLPOST, msg));
        if r.outcome != Outcome::Eligible {
            r.caveat(M::SkillPostMayLowerRequirement);
        }
    }
    if post.post_type == PostType::WorkerSupport && ctx.in_force(&PI_RURAL) {
        r.reasons.push(ctx.note(&PI_RURAL, M::RuralReservedPosts));
    }
}

fn public_institution(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    let check = Check {
        purposes: PI_PURPOSE,
        post_type: Some(post.post_type),
    };
    procedure(ctx, post, check, Some(&PI), r);
    pi_extras(ctx, post, r);
}

fn instructor(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    let check = Check {
        purposes: INSTRUCTOR_PURPOSES,
        post_type: Some(post.post_type),
    };
    procedure(ctx, post, check, Some(&INSTRUCTOR), r);
    if r.purpose == Some(Purpose::PublicInstitutionRecruitment) && r.level.is_some() {
        r.caveat(M::PublicSchoolsOnly);
    }
    pi_extras(ctx, post, r);
}

/// 国发〔2019〕4号: any 技工院校 teacher post (a 生产实习指导教师 or 专业技术 post).
fn soft_caveat(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    if matches!(
        post.post_type,
        PostType::PracticalInstructor | PostType::Professional
    ) && ctx.in_force(&INSTRUCTOR_SOFT)
    {
        r.caveat_note(ctx.note(&INSTRUCTOR_SOFT, M::TeachersFromEnterprises));
    }
}

/// What qualifies for a post only the person's own 学历 settles (the
/// widest reading leaves it open): graduating, where the school's own level
/// meets the bar. A higher class, a certificate or a later rule would only
/// make the question open, so none is named (a reading found
/// 「高级工班毕业证书」 offered for a 公务员 post it does not settle).
fn school_to_qualify(ctx: &Ctx, check: Check, required: Education, r: &mut Recruitment) {
    if ctx.graduated {
        return;
    }
    let graduated = variant(ctx, ctx.req, ctx.as_of, true, ctx.class);
    if find(&graduated, check).is_some_and(|f| f.school_meets(required).is_some()) {
        r.qualify(M::Graduation);
    }
}

/// 机关 posts that no rule names, and 公务员: a stated or implied 学历 decides
/// by itself; otherwise the widest reading decides only when even it falls
/// short, and the answer is `unclear` (the open point under `rule`).
fn widest_reading(
    ctx: &Ctx,
    post: &Post,
    rule: &'static Rule,
    open: RecruitmentMsg,
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
        giver_reasons(ctx, f, r);
    }
    let open_note = |ctx: &Ctx| {
        let citations = ctx.cite_only(
            rule,
            &[&rsbf_2021_48::CLASSES_EQUAL, &yzf_2021_28::CLASSES_EQUAL],
        );
        // Before those clauses, only a reading gives the level (a 中级工班
        // at 中等职业 level): the open point rests on the rule that gives it.
        match found.as_ref().and_then(|f| f.rules().first().copied()) {
            Some(giver) if citations.is_empty() => Note {
                msg: open.into(),
                rule: Some(giver),
                citations: ctx.cite(giver),
            },
            _ => Note {
                msg: open.into(),
                rule: Some(rule),
                citations,
            },
        }
    };
    let Some(required) = post.required_education else {
        // No education bar: nothing for an equivalence to reach.
        r.outcome = Outcome::Eligible;
        decide(
            ctx,
            Some(rule),
            found.as_ref(),
            M::NoEducationRequirement,
            r,
        );
        if post.post_type == PostType::CivilServant {
            r.caveat(M::CivilServiceOtherConditions);
        }
        if !ctx.graduated {
            r.caveat(M::StudentsPerAnnouncement);
        }
        return;
    };
    if let Some(outcome) = own_education(ctx, post, required, r) {
        r.outcome = outcome;
        if outcome == Outcome::Eligible && post.post_type == PostType::CivilServant {
            r.caveat(M::CivilServiceOtherConditions);
        }
        return;
    }
    // The school's own level (a 技工学校 is a 中等职业学校, 第十五条) is the
    // person's education, not an equal treatment: no reading is needed.
    if let Some(school) = found.as_ref().and_then(|f| f.school_meets(required)) {
        r.outcome = Outcome::Eligible;
        r.reasons.push(ctx.note(
            school.rule,
            M::SchoolLevelMeets {
                level: school.level,
                required,
            },
        ));
        if post.post_type == PostType::CivilServant {
            r.caveat(M::CivilServiceOtherConditions);
        }
        return;
    }
    let short = match &found {
        _ if !ctx.graduated => Some(M::WidestReadingStudent {
            date: ctx.as_of,
            required,
        }),
        Some(f) if f.level >= required => None,
        _ if ctx.class.is_none() && class_readings(ctx, check, required) == Readings::Some => {
            // Some class falls short even on the widest reading, some does
            // not: the class decides first.
            r.outcome = Outcome::Undetermined;
            push_unique(&mut r.missing, Field::GraduateClassType);
            decide(
                ctx,
                Some(rule),
                every_class(ctx, check, None).as_ref(),
                M::ClassNotGivenSomeMeet { required },
                r,
            );
            return;
        }
        _ if ctx.class.is_none() && class_readings(ctx, check, required) == Readings::All => None,
        Some(f) => Some(M::WidestReadingBelow {
            level: f.level,
            required,
        }),
        None => Some(M::WidestReadingNoLevel { required }),
    };
    match short {
        Some(msg) => {
            r.outcome = Outcome::Ineligible;
            decide(ctx, Some(rule), found.as_ref(), msg, r);
            school_to_qualify(ctx, check, required, r);
            r.caveat(M::WidestReadingOnly);
        }
        None => {
            r.outcome = Outcome::Unclear;
            r.reasons.push(open_note(ctx));
        }
    }
}

fn civil_servant(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    widest_reading(ctx, post, &GOV_CIVILSERVANT_GUARD, M::OpenCivilService, r);
}

fn government_other(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    widest_reading(ctx, post, &GOV_WORKER, M::OpenOtherGovernmentPosts, r);
}

fn government_worker(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    let check = Check {
        purposes: GOV_PURPOSE,
        post_type: Some(PostType::WorkerSupport),
    };
    procedure(ctx, post, check, Some(&GOV_WORKER), r);
}

fn enterprise(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    let check = Check {
        purposes: ENTERPRISE_PURPOSE,
        post_type: Some(post.post_type),
    };
    // The decision has no B rule of its own: it rests on the group A rules.
    procedure(ctx, post, check, None, r);
    if ctx.clause_stands(&law_2022::NO_BARRIERS) {
        r.caveat_note(ctx.note_on(
            &ENTERPRISE,
            &[&law_2022::NO_BARRIERS, &ybf_2023_9::NO_BARRIERS],
            M::NoBarriersForVocationalGraduates,
        ));
        if post.employer == Employer::StateOwnedEnterprise {
            r.caveat_note(ctx.note_on(
                &ENTERPRISE,
                &[&law_2022::SKILL_REQUIREMENTS],
                M::StateEnterpriseSkillRequirements,
            ));
        }
    } else {
        r.caveat(M::EmployerConditionsNotChecked);
    }
}

/// 职业院校 (含技工院校): every school type but 普通高等学校.
fn vocational(s: SchoolType) -> bool {
    s != SchoolType::University
}

fn enlistment(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    let check = Check {
        purposes: &[Purpose::Enlistment],
        post_type: Some(post.post_type),
    };
    let found = find(ctx, check);
    r.purpose = Some(Purpose::Enlistment);
    r.level = found.as_ref().map(|f| f.level);
    if let Some(f) = &found {
        level_reason(ctx, f, r);
        giver_reasons(ctx, f, r);
    }
    if ctx.in_force(&ENLIST) && vocational(ctx.school()) {
        r.outcome = Outcome::Eligible;
        let msg = if ctx.graduated {
            M::VocationalGraduatesMayRegister
        } else {
            M::VocationalStudentsMayRegister
        };
        r.reasons.push(ctx.note(&ENLIST, msg));
    } else {
        r.outcome = Outcome::Unclear;
        // 140号 第六条 where it stands (it names 职业院校 only); under
        // national rules only the clauses that give the enlistment level.
        let citations = if ctx.in_force(&ENLIST) {
            ctx.cite(&ENLIST)
        } else {
            let mut c = Vec::new();
            for rule in found.as_ref().map(|f| f.rules()).unwrap_or_default() {
                ctx.cite_into(rule, &mut c);
            }
            c
        };
        r.reasons.push(Note {
            msg: M::OpenNoRuleOnRegistration.into(),
            rule: Some(&ENLIST),
            citations,
        });
    }
    r.caveat(M::ConscriptionConditions);
    military_education(ctx, post, check, found.as_ref(), r);
}

fn nco(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    let check = Check {
        purposes: &[Purpose::NcoRecruitment],
        post_type: Some(post.post_type),
    };
    let found = find(ctx, check);
    r.purpose = Some(Purpose::NcoRecruitment);
    r.level = found.as_ref().map(|f| f.level);
    if let Some(f) = &found {
        level_reason(ctx, f, r);
        giver_reasons(ctx, f, r);
    }
    let nco_rule = ctx.in_force(&NCO);
    let by_school = matches!(
        ctx.school(),
        SchoolType::SeniorTechnicalSchool | SchoolType::TechnicianCollege
    );
    let by_cert = ctx.technical
        && (ctx.has_cert(SkillLevel::Senior) || ctx.has_cert(SkillLevel::PreparatoryTechnician));
    let school_clause: &[&'static Clause] = &[&yrsf_2014_140::NCO];
    let cert_clause: &[&'static Clause] = &[&yrsf_2014_140::NCO_CERTIFICATES];
    // The school left to the open list 「等」: a 技工院校 student or graduate
    // may still qualify by the 高级工 certificate route.
    let open_list = |r: &mut Recruitment, graduating: bool| {
        r.reasons
            .push(ctx.note_on(&NCO, school_clause, M::OpenNcoList));
        if ctx.technical {
            let (skill, place) = (SkillLevel::Senior, NCO.jurisdiction());
            r.qualify(if graduating {
                M::CertificateRouteAndGraduation { skill, place }
            } else {
                M::CertificateRoute { skill, place }
            });
        }
    };
    if !nco_rule {
        r.outcome = Outcome::Unclear;
        r.reasons.push(Note {
            msg: M::OpenNoRuleOnNco.into(),
            rule: Some(&NCO),
            citations: Vec::new(),
        });
    } else if !ctx.graduated && vocational(ctx.school()) {
        r.outcome = Outcome::Ineligible;
        r.reasons
            .push(ctx.note(&NCO, M::NcoGraduatesOnly { date: ctx.as_of }));
        if by_school || by_cert {
            r.qualify(M::Graduation);
        } else {
            // Graduating alone would leave the school to the open list.
            open_list(r, true);
        }
        r.caveat(M::NcoStudentsPerNotice);
    } else if ctx.graduated && by_school {
        r.outcome = Outcome::Eligible;
        r.reasons
            .push(ctx.note_on(&NCO, school_clause, M::NcoSchoolNamed));
    } else if ctx.graduated && by_cert {
        r.outcome = Outcome::Eligible;
        r.reasons
            .push(ctx.note_on(&NCO, cert_clause, M::NcoCertificateHolders));
    } else if vocational(ctx.school()) {
        r.outcome = Outcome::Unclear;
        open_list(r, false);
    } else {
        r.outcome = Outcome::Unclear;
        r.reasons
            .push(ctx.note_on(&NCO, school_clause, M::OpenNoRuleOnNco));
    }
    r.caveat(M::NcoConditions);
    military_education(ctx, post, check, found.as_ref(), r);
}

/// A military post's education bar (the notice's), against the level the
/// rules give for its purpose (30号: 参军入伍; 140号: 直招士官) and the
/// person's own 学历, the higher: below it the person may not apply, whatever
/// the registration rules say; a 技工院校 graduate with no class, where the
/// class decides, is told to give it.
fn military_education(
    ctx: &Ctx,
    post: &Post,
    check: Check,
    found: Option<&Found>,
    r: &mut Recruitment,
) {
    let Some(required) = post.required_education else {
        return;
    };
    if r.outcome == Outcome::Ineligible {
        return;
    }
    let own = ctx.education().map(|(level, _)| level);
    let given = found.map(|f| f.level);
    if given.max(own).is_some_and(|l| l >= required) {
        return;
    }
    let purpose = check.purposes[0];
    if ctx.technical
        && ctx.class.is_none()
        && ctx.graduated
        && class_readings(ctx, check, required) != Readings::None
    {
        r.outcome = Outcome::Undetermined;
        r.reasons
            .push(Note::bare(M::ClassNotGivenSomeMeet { required }));
        push_unique(&mut r.missing, Field::GraduateClassType);
        return;
    }
    let msg = match (given, own) {
        (Some(g), Some(level)) if level > g => M::OwnEducationBelow { level, required },
        (Some(_), _) => found.map_or(M::NoRuleGivesLevel { purpose, required }, |f| {
            below(f, purpose, required)
        }),
        (None, Some(level)) => M::OwnEducationBelow { level, required },
        (None, None) => {
            // No text gives a level for this purpose: whether the notice's
            // bar is met, the texts do not say (the registration answer stands).
            r.caveat(M::NoLevelForMilitaryPost { purpose, required });
            return;
        }
    };
    r.outcome = Outcome::Ineligible;
    let mut citations = Vec::new();
    for rule in found.map(|f| f.rules()).unwrap_or_default() {
        ctx.cite_into(rule, &mut citations);
    }
    r.reasons.push(Note {
        msg: msg.into(),
        rule: found.and_then(|f| f.rules().first().copied()),
        citations,
    });
    to_qualify(ctx, check, required, r);
}

/// A military post (义务兵, 直招士官, any post of the armed forces): what the
/// texts say is who may register; the year's notice sets the rest.
pub fn military(post: &Post) -> bool {
    matches!(
        (post.employer, post.post_type),
        (_, PostType::Nco | PostType::Enlistment) | (Employer::Military, _)
    )
}

/// May this person apply for this post?
pub fn evaluate(ctx: &Ctx, post: &Post) -> Recruitment {
    use Employer as E;
    use PostType as P;
    let mut r = Recruitment::new();
    let military = military(post);
    match (post.employer, post.post_type) {
        (_, P::CivilServant) => civil_servant(ctx, post, &mut r),
        (_, P::Nco) => nco(ctx, post, &mut r),
        (_, P::Enlistment) => enlistment(ctx, post, &mut r),
        (E::PublicInstitution, _) => public_institution(ctx, post, &mut r),
        (E::TechnicalSchool, P::PracticalInstructor) => {
            instructor(ctx, post, &mut r);
            soft_caveat(ctx, post, &mut r);
        }
        (E::TechnicalSchool, _) => {
            public_institution(ctx, post, &mut r);
            r.caveat(M::PublicSchoolsOnly);
            soft_caveat(ctx, post, &mut r);
        }
        (E::GovernmentOrgan, P::WorkerSupport) => government_worker(ctx, post, &mut r),
        (E::GovernmentOrgan, _) => government_other(ctx, post, &mut r),
        (E::Enterprise | E::StateOwnedEnterprise, _) => enterprise(ctx, post, &mut r),
        (E::Military, _) => {
            // Not modelled: 文职 and other military posts, because no rule in the texts covers them.
            r.outcome = Outcome::Unclear;
            r.reasons.push(Note::bare(M::OpenNoRuleOnMilitaryPosts));
        }
    }
    skill_bar(ctx, post, &mut r);
    if !military {
        r.caveat(M::OtherConditionsNotChecked);
    }
    r
}

/// Whether the post's skill level is what is left to know: it asks for
/// one, no certificate is listed, and the answer would otherwise stand.
fn skill_unknown(ctx: &Ctx, post: &Post, r: &Recruitment) -> bool {
    post.skill_level_required
        && ctx.cert_level.is_none()
        && matches!(r.outcome, Outcome::Eligible | Outcome::Undetermined)
}

/// A post that asks for a skill level, and no certificate listed: the post's
/// own condition cannot be checked and none is assumed held — whatever the
/// employer and the date (a reading found 「可以报考」; a 报名表 may have no
/// certificate column). 82号 三 is the clause for a 事业单位's skill posts.
fn skill_bar(ctx: &Ctx, post: &Post, r: &mut Recruitment) {
    // A certificate listed: whether its trade and level are the post's is
    // for the notice (the level a post asks for is not in the request).
    if post.skill_level_required && ctx.cert_level.is_some() {
        r.caveat(M::CertificateFitNotChecked);
    }
    if !skill_unknown(ctx, post, r) {
        return;
    }
    r.outcome = Outcome::Undetermined;
    push_unique(&mut r.missing, Field::GraduateCertificates);
    let pi = matches!(
        post.employer,
        Employer::PublicInstitution | Employer::TechnicalSchool
    );
    let note = if pi && ctx.in_force(&SKILLPOST) {
        ctx.note(&SKILLPOST, M::SkillPostNoCertificate)
    } else {
        Note::bare(M::SkillPostNoCertificate)
    };
    r.reasons.insert(0, note);
    r.to_qualify.push(M::SkillCertificate.into());
}
