//! E. 技工院校 teacher titles (人社部发〔2017〕90号 and its annex
//! 《技工院校教师水平评价基本标准条件》), with the 2022 education relief
//! (人社厅发〔2022〕60号 四).
//!
//! One entry per rung of the teacher's ladder, lowest first. The rung just
//! above the current title is computed from the annex row, one part per
//! column of the row: the education route (eduT, and years held in the
//! title below), the probation year, the skill gate, and — for the 正高级
//! rungs — ten years of frontline teaching. A rung further up needs the
//! title below it first, unless a route needs no prior title (硕士 → 二级,
//! 博士 → 讲师) or an honour opens a direct application for the 副高 rung
//! (`title.direct-senior.cn.2017`). Everything the request cannot show
//! (teacher qualification, appraisals, 班主任, achievement menus…) is listed
//! under `requirements`, never computed.
//!
//! eduT is never assumed: where the teacher's education is not known, each
//! rung is decided under every value it can take, and only where they agree
//! is the answer given; otherwise it is `undetermined`, naming the field.
//!
//! The whole group applies from 2017-11-28, the date of 90号: before it the
//! list is empty (the texts hold no earlier national standard).
//!
//! Rungs at or below the current title are reported `eligible` with
//! `held: true`.
//!
//! Not modelled: the 一体化教师 倾斜 and the provincial 破格 conditions of
//! L1396, because the provinces set them and the texts print none; the
//! post grades of L1392, because no output needs them.

use crate::date::Date;
use crate::law::cn::*;
use crate::law::*;
use crate::report::Citation;
use crate::request::{
    ClassType, Competition, Education, Field, Honour, Medal, SchoolType, SkillLevel, StudyMode,
    Teacher, Title, Track,
};
use crate::vocab::{Outcome, Purpose};

use super::equivalence::EquivalenceMsg;

use super::msg::messages;
use super::skills::meets;
use super::{push_citation, push_unique, Ctx, Msg, Note};

// ------------------------------------------------------------ the ladders

/// 职称层级: the two ladders, and the schools the series covers.
pub static LADDER: Rule = Rule {
    id: "title.ladder.cn.2017",
    gloss: gloss(
        "技工院校教师职称分两个系列：文化、技术理论课教师为助理讲师、讲师、高级讲师、正高级讲师；生产实习课指导教师为三级、二级、一级、高级、正高级实习指导教师。适用于技工学校、高级技工学校、技师学院。",
        "技工院校 teacher titles have two ladders: theory teachers (assistant lecturer, lecturer, senior lecturer, professor-level lecturer) and practical instructors (grade 3, 2, 1, senior, professor-level). They apply to 技工学校, 高级技工学校 and 技师学院.",
    ),
    cites: &[
        cite(&rsbf_2017_90::THEORY_LADDER),
        cite(&rsbf_2017_90::PRACTICAL_LADDER),
        cite(&rsbf_2017_90::SCOPE),
    ],
    superseded: None,
};

/// 基本标准条件 四至六: conditions for every level. Listed only.
pub static COMMON: Rule = Rule {
    id: "title.common.cn.2017",
    gloss: gloss(
        "各层级共同条件：具备相应教师资格并在教育教学一线工作；任现职以来近3年年度考核和师德考核均为称职（合格）以上；任现职期间企业实践符合规定。",
        "Every level: the teacher qualification and frontline teaching; appraisals of the last 3 years rated competent or better; enterprise practice as required.",
    ),
    cites: &[
        cite(&rsbf_2017_90::QUALIFICATION),
        cite(&rsbf_2017_90::APPRAISALS),
        cite(&rsbf_2017_90::ENTERPRISE_PRACTICE),
    ],
    superseded: None,
};

// ------------------------------------------- 文化、技术理论课教师 (theory)

pub static THEORY_ASSISTANT: Rule = Rule {
    id: "title.theory.assistant.cn.2017",
    gloss: gloss(
        "助理讲师：本科或预备技师（技师）班毕业且见习期1年期满考核合格，或具备硕士学位；技术理论课教师须初级及以上技能。",
        "Assistant lecturer: 本科 or a 预备技师班 with a passed 1-year probation, or a master's degree; technical-theory teachers also need 初级 skill or higher.",
    ),
    cites: &[
        cite(&rsbf_2017_90::ASSISTANT_EDUCATION),
        cite(&rsbf_2017_90::ASSISTANT_SKILL),
        cite(&rsbf_2017_90::ASSISTANT_CLASS_TEACHER),
        cite(&rsbf_2017_90::ASSISTANT_LESSON_PLANS),
    ],
    superseded: None,
};

pub static THEORY_LECTURER: Rule = Rule {
    id: "title.theory.lecturer.cn.2017",
    gloss: gloss(
        "讲师：本科或预备技师（技师）班毕业任助理讲师4年以上，或硕士任助理讲师2年以上，或博士；技术理论课教师须中级及以上技能。",
        "Lecturer: 本科 or a 预备技师班 with 4 years as assistant lecturer, a master's with 2 years, or a doctorate; technical-theory teachers also need 中级 skill or higher.",
    ),
    cites: &[
        cite(&rsbf_2017_90::LECTURER_EDUCATION),
        cite(&rsbf_2017_90::LECTURER_SKILL),
        cite(&rsbf_2017_90::LECTURER_CLASS_TEACHER),
        cite(&rsbf_2017_90::LECTURER_MENU),
    ],
    superseded: None,
};

pub static THEORY_SENIOR: Rule = Rule {
    id: "title.theory.senior.cn.2017",
    gloss: gloss(
        "高级讲师：本科及以上或预备技师（技师）班毕业，受聘讲师5年以上；技术理论课教师须高级及以上技能。",
        "Senior lecturer: 本科 or higher, or a 预备技师班, with 5 years appointed as lecturer; technical-theory teachers also need 高级 skill or higher.",
    ),
    cites: &[
        cite(&rsbf_2017_90::SENIOR_LECTURER_EDUCATION),
        cite(&rsbf_2017_90::SENIOR_LECTURER_SKILL),
        cite(&rsbf_2017_90::SENIOR_LECTURER_MENU),
    ],
    superseded: None,
};

pub static THEORY_PROFESSOR: Rule = Rule {
    id: "title.theory.professor.cn.2017",
    gloss: gloss(
        "正高级讲师：一般应本科及以上或预备技师（技师）班毕业，受聘高级讲师5年以上，教育教学一线工作10年以上；技术理论课教师须技师及以上技能。",
        "Professor-level lecturer: normally 本科 or higher, or a 预备技师班, with 5 years appointed as senior lecturer and 10 years of frontline teaching; technical-theory teachers also need 技师 skill or higher.",
    ),
    cites: &[
        cite(&rsbf_2017_90::PROFESSOR_LECTURER_EDUCATION),
        cite(&rsbf_2017_90::PROFESSOR_LECTURER_SKILL),
        cite(&rsbf_2017_90::PROFESSOR_LECTURER_FRONTLINE),
        cite(&rsbf_2017_90::PROFESSOR_LECTURER_MENU),
    ],
    superseded: None,
};

// -------------------------------------- 生产实习课指导教师 (practical)

pub static PRACTICAL_GRADE3: Rule = Rule {
    id: "title.practical.grade3.cn.2017",
    gloss: gloss(
        "三级实习指导教师：中专（技工学校）、大专或高级工班毕业且见习1年期满考核合格，或本科、预备技师（技师）班毕业；中级及以上技能。",
        "Grade-3 instructor: 中专 (技工学校), 大专 or a 高级工班 with a passed 1-year probation, or 本科 or a 预备技师班; 中级 skill or higher.",
    ),
    cites: &[
        cite(&rsbf_2017_90::GRADE3_EDUCATION),
        cite(&rsbf_2017_90::GRADE3_SKILL),
        cite(&rsbf_2017_90::GRADE3_LESSON_PLANS),
    ],
    superseded: None,
};

pub static PRACTICAL_GRADE2: Rule = Rule {
    id: "title.practical.grade2.cn.2017",
    gloss: gloss(
        "二级实习指导教师：在三级岗位任教中专3年、大专或高级工班2年、本科或预备技师（技师）班1年，或具备硕士学位；高级及以上技能。",
        "Grade-2 instructor: as grade 3 for 3 years (中专), 2 years (大专, 高级工班) or 1 year (本科, 预备技师班), or a master's degree; 高级 skill or higher.",
    ),
    cites: &[
        cite(&rsbf_2017_90::GRADE2_EDUCATION),
        cite(&rsbf_2017_90::GRADE2_SKILL),
        cite(&rsbf_2017_90::GRADE2_CLASS_TEACHER),
        cite(&rsbf_2017_90::GRADE2_LESSON_PLANS),
    ],
    superseded: None,
};

pub static PRACTICAL_GRADE1: Rule = Rule {
    id: "title.practical.grade1.cn.2017",
    gloss: gloss(
        "一级实习指导教师：在二级岗位任教中专5年、大专或高级工班4年、本科或预备技师（技师）班3年、硕士2年以上；技师及以上技能。",
        "Grade-1 instructor: as grade 2 for 5 years (中专), 4 (大专, 高级工班), 3 (本科, 预备技师班) or 2 (master's); 技师 skill or higher.",
    ),
    cites: &[
        cite(&rsbf_2017_90::GRADE1_EDUCATION),
        cite(&rsbf_2017_90::GRADE1_SKILL),
        cite(&rsbf_2017_90::GRADE1_CLASS_TEACHER),
        cite(&rsbf_2017_90::GRADE1_MENU),
    ],
    superseded: None,
};

pub static PRACTICAL_SENIOR: Rule = Rule {
    id: "title.practical.senior.cn.2017",
    gloss: gloss(
        "高级实习指导教师：本科及以上或预备技师（技师）班毕业，受聘一级实习指导教师5年以上；高级技师技能。",
        "Senior instructor: 本科 or higher, or a 预备技师班, with 5 years appointed as grade-1 instructor; 高级技师 skill.",
    ),
    cites: &[
        cite(&rsbf_2017_90::SENIOR_INSTRUCTOR_EDUCATION),
        cite(&rsbf_2017_90::SENIOR_INSTRUCTOR_SKILL),
        cite(&rsbf_2017_90::SENIOR_INSTRUCTOR_PROJECTS),
        cite(&rsbf_2017_90::SENIOR_INSTRUCTOR_MENU),
    ],
    superseded: None,
};

pub static PRACTICAL_PROFESSOR: Rule = Rule {
    id: "title.practical.professor.cn.2017",
    gloss: gloss(
        "正高级实习指导教师：一般应本科及以上或预备技师（技师）班毕业，受聘高级实习指导教师5年以上，教育教学一线工作10年以上；高级技师技能。",
        "Professor-level instructor: normally 本科 or higher, or a 预备技师班, with 5 years appointed as senior instructor and 10 years of frontline teaching; 高级技师 skill.",
    ),
    cites: &[
        cite(&rsbf_2017_90::PROFESSOR_INSTRUCTOR_EDUCATION),
        cite(&rsbf_2017_90::PROFESSOR_INSTRUCTOR_SKILL),
        cite(&rsbf_2017_90::PROFESSOR_INSTRUCTOR_FRONTLINE),
        cite(&rsbf_2017_90::PROFESSOR_INSTRUCTOR_MENU),
    ],
    superseded: None,
};

// ------------------------------------------------ routes around the ladder

/// 可直接申报评审高级职称: honours that open the 副高 rung directly.
pub static DIRECT_SENIOR: Rule = Rule {
    id: "title.direct-senior.cn.2017",
    gloss: gloss(
        "获得中华技能大奖、全国技术能手，担任国家级技能大师工作室负责人，本人获得或指导学生获得世界技能大赛优胜奖以上名次，获得省部级以上表彰的劳动模范、优秀教师、优秀教育工作者，可直接申报评审高级职称。",
        "Winners of the 中华技能大奖, 全国技术能手, heads of a national master's studio, WorldSkills medallists (self or coached, excellence or better), and provincial-level model workers, outstanding teachers or educators may apply directly for a senior title.",
    ),
    cites: &[
        cite(&rsbf_2017_90::DIRECT_SENIOR),
    ],
    superseded: None,
};

/// 从企业直接录用的高技能人才 may apply for 中级+ practical titles. The
/// hiring path is not an input: requirement text only.
pub static ENTERPRISE_HIRE: Rule = Rule {
    id: "title.enterprise-hire.cn.2017",
    gloss: gloss(
        "从企业直接录用的具有工作经验的高技能人才，可按有关规定申报评审中级以上生产实习课指导教师职称。",
        "High-skilled workers hired directly from enterprises with work experience may apply for intermediate-or-higher practical-instructor titles under the relevant rules.",
    ),
    cites: &[
        cite(&rsbf_2017_90::ENTERPRISE_HIRE),
    ],
    superseded: None,
};

/// National minimum; 评聘结合 in public schools.
pub static FLOOR: Rule = Rule {
    id: "title.floor.cn.2017",
    gloss: gloss(
        "国家标准是最低标准，各省可制定不低于国家标准的具体标准；公办技工院校评审坚持评聘结合。",
        "The national standard is a floor: provinces may set stricter standards; public schools combine evaluation with appointment to a post.",
    ),
    cites: &[
        cite(&rsbf_2017_90::PROVINCIAL_STANDARDS),
        cite(&rsbf_2017_90::EVALUATION_WITH_APPOINTMENT),
    ],
    superseded: None,
};

/// 2022: education is a basic requirement; 破格 by two 正高 peers; no award
/// or honour as a restrictive requirement.
pub static EDUCATION_2022: Rule = Rule {
    id: "title.education.cn.2022",
    gloss: gloss(
        "学历只作基本要求：不具备规定学历但业绩显著、贡献突出的，可由2名以上正高级职称同行专家推荐破格申报；获奖情况、称号等不得作为限制性要求。",
        "Education is a basic requirement: without it, outstanding applicants may apply by exception (破格) on the recommendation of two or more 正高 peers; awards and honours may not be made restrictive requirements.",
    ),
    cites: &[
        cite(&rstf_2022_60::EDUCATION_BASIC),
        cite(&rstf_2022_60::NOT_RESTRICTIVE),
    ],
    superseded: None,
};

pub static RULES: &[&Rule] = &[
    &LADDER,
    &COMMON,
    &THEORY_ASSISTANT,
    &THEORY_LECTURER,
    &THEORY_SENIOR,
    &THEORY_PROFESSOR,
    &PRACTICAL_GRADE3,
    &PRACTICAL_GRADE2,
    &PRACTICAL_GRADE1,
    &PRACTICAL_SENIOR,
    &PRACTICAL_PROFESSOR,
    &DIRECT_SENIOR,
    &ENTERPRISE_HIRE,
    &FLOOR,
    &EDUCATION_2022,
];

messages! {
    /// What group E says.
    pub enum TitleMsg {
        // --- held rungs
        HeldCurrent = "reason.heldCurrent";
        HeldCurrentSince { date: Date } = "reason.heldCurrentSince";
        /// The current title is conferred after `asOf`: counted from then.
        TitleSinceAfterDate { date: Date } = "caveat.titleSinceAfterDate";
        HeldBelow = "reason.heldBelow";
        // --- education
        EducationStated { level: Education } = "reason.educationStated";
        EducationFromClass { level: Education, class: ClassType } = "reason.educationFromClass";
        EducationFromSchool { level: Education, school: SchoolType } = "reason.educationFromSchool";
        /// A rule in force gives the person this level for 职称评审 (a class
        /// the annex does not name, or a certificate): api.md, `teacher`.
        EducationForTitles { level: Education } = "reason.educationForTitles";
        /// The annex names 中等职业学校（技工学校）毕业学历; whether a 中级工班
        /// of a 技师学院 or 高级技工学校 is that, no text in force says.
        OpenIntermediateClass = "open.intermediateClassNotNamed";
        /// Whether or not the 中级工班 counts as 中专, the answer is the same.
        IntermediateClassEitherWay = "caveat.intermediateClassEitherWay";
        /// The answer depends on the teacher's education, which is not given.
        EducationDecides = "reason.educationDecides";
        /// Whatever the education, the answer is the same.
        EveryEducationAgrees = "caveat.everyEducationAgrees";
        /// The years on the rung below differ by education: the longest is given.
        YearsDependOnEducation = "caveat.yearsDependOnEducation";
        /// 高级/正高级: the years are of appointment (受聘), counted here from
        /// the date the current title was obtained.
        YearsFromAppointment = "caveat.yearsFromAppointment";
        /// Where the education decides: what one education would give.
        WithEducationEligible { level: Education } = "reason.withEducationEligible";
        WithEducationFrom { level: Education, date: Date } = "reason.withEducationFrom";
        WithEducationIneligible { level: Education } = "reason.withEducationIneligible";
        WithEducationUndetermined { level: Education } = "reason.withEducationUndetermined";
        /// Below every level (`level`: the lowest).
        WithNoEducationIneligible { level: Education } = "reason.withNoEducationIneligible";
        EducationBelowRow = "reason.educationBelowRow";
        RouteWithYears { level: Education, years: u32, title: Title, date: Date } = "reason.routeWithYears";
        RouteWithProbation { level: Education } = "reason.routeWithProbation";
        RouteDirect { level: Education } = "reason.routeDirect";
        ProbationNotPassed = "reason.probationNotPassed";
        /// Titles are taken one rung at a time.
        OneRungAtATime { years: u32, title: Title } = "reason.oneRungAtATime";
        // --- skill
        SkillMet { gate: SkillLevel, skill: SkillLevel } = "reason.skillMet";
        SkillNotMet { gate: SkillLevel, skill: SkillLevel } = "reason.skillNotMet";
        SkillNone { gate: SkillLevel } = "reason.skillNone";
        TheorySkillMet { gate: SkillLevel, skill: SkillLevel } = "requirement.theorySkillMet";
        TheorySkillNotMet { gate: SkillLevel, skill: SkillLevel } = "requirement.theorySkillNotMet";
        TheorySkillNone { gate: SkillLevel } = "requirement.theorySkillNone";
        RelatedOccupation = "requirement.relatedOccupation";
        // --- frontline teaching (正高级)
        FrontlineSince { since: Date, date: Date } = "reason.frontlineSince";
        // --- direct application (L1396)
        DirectByHonour { honour: Honour } = "reason.directByHonour";
        DirectByWorldSkillsMedal = "reason.directByWorldSkillsMedal";
        OrdinaryRouteForReference = "reason.ordinaryRouteForReference";
        StudioLevelNotGiven = "reason.studioLevelNotGiven";
        WorldSkillsMedalNotGiven = "reason.worldSkillsMedalNotGiven";
        DirectConditions = "caveat.directConditions";
        /// L1396 「可直接申报」 and a rung whose education or skill condition is not met.
        OpenDirectWaivesConditions = "open.directWaivesConditions";
        DirectReachesProfessor = "caveat.directReachesProfessor";
        DirectOthers = "caveat.directOthers";
        // --- caveats
        NationalMinimum = "caveat.nationalMinimum";
        EvaluationWithAppointment = "caveat.evaluationWithAppointment";
        ExceptionWithoutEducation = "caveat.exceptionWithoutEducation";
        MenuNotRestrictive = "caveat.menuNotRestrictive";
        UsuallyEducation = "caveat.usuallyEducation";
        TheoryClosedPracticalOpen = "caveat.theoryClosedPracticalOpen";
        DoctorateOnMasterRoute = "caveat.doctorateOnMasterRoute";
        // --- requirements listed, never computed
        /// 基本标准条件 四至六, for every rung: listed once for the section.
        CommonConditions = "caveat.commonConditions";
        EnterpriseHire = "requirement.enterpriseHire";
        AssistantClassTeacher = "requirement.assistantClassTeacher";
        ProbationLessonPlans = "requirement.probationLessonPlans";
        ClassTeacherOneYear = "requirement.classTeacherOneYear";
        ClassTeacherAble = "requirement.classTeacherAble";
        LessonPlansSinceStart = "requirement.lessonPlansSinceStart";
        SeniorLecturerTeaching = "requirement.seniorLecturerTeaching";
        ProfessorLecturerTeaching = "requirement.professorLecturerTeaching";
        SeniorInstructorProjects = "requirement.seniorInstructorProjects";
        ProfessorInstructorProjects = "requirement.professorInstructorProjects";
        /// 业绩成果: at least `need` of the row's `of` numbered items.
        LecturerMenu { need: u32, of: u32 } = "requirement.menu.lecturer";
        SeniorLecturerMenu { need: u32, of: u32 } = "requirement.menu.seniorLecturer";
        ProfessorLecturerMenu { need: u32, of: u32 } = "requirement.menu.professorLecturer";
        Grade1InstructorMenu { need: u32, of: u32 } = "requirement.menu.grade1Instructor";
        SeniorInstructorMenu { need: u32, of: u32 } = "requirement.menu.seniorInstructor";
        ProfessorInstructorMenu { need: u32, of: u32 } = "requirement.menu.professorInstructor";
        // --- to qualify
        CompleteProbation = "toQualify.completeProbation";
        ObtainSkill { gate: SkillLevel } = "toQualify.obtainSkill";
        FirstObtain { title: Title, years: u32 } = "toQualify.firstObtain";
        AssistantEducation = "toQualify.assistantEducation";
        LecturerEducation = "toQualify.lecturerEducation";
        BachelorOrPreparatory = "toQualify.bachelorOrPreparatory";
        Grade3Education = "toQualify.grade3Education";
        SecondaryOrHigher = "toQualify.secondaryOrHigher";
    }
}

use TitleMsg as M;

// ------------------------------------------------------ the rows as data

/// One education route of a row: eduT at least `edu`, then `years` held in
/// the title below (`None`: no prior title needed), and whether the 1-year
/// probation must be passed.
struct Route {
    edu: Education,
    years: Option<u32>,
    probation: bool,
}

const fn route(edu: Education, years: Option<u32>, probation: bool) -> Route {
    Route {
        edu,
        years,
        probation,
    }
}

/// One row of the annex's table.
struct Rung {
    title: Title,
    rule: &'static Rule,
    routes: &'static [Route],
    /// 技能等级 gate ("…及以上"; 高级技师 rows read alike, catalogue F2).
    skill: SkillLevel,
    /// 在教育教学一线工作10年以上 (正高级).
    frontline: bool,
    /// The years asked are of appointment to the title below (「受聘讲师职务
    /// 5年以上」, L1499/1534/1630/1661), not in the post (「任教」): counted
    /// here from `currentTitleSince`, which a caveat says (a reading).
    appointed: bool,
    /// 一般应 (正高级): computed as a gate, with a caveat (catalogue §4 Q22).
    usually: bool,
    /// The achievement menu (业绩成果 “应至少具备下列N项条件”), if any.
    menu: Option<TitleMsg>,
    /// What the education column asks, for `toQualify`.
    education: TitleMsg,
    /// Conditions the request cannot show, listed.
    listed: &'static [TitleMsg],
}

use Education::{Associate, Bachelor, Doctorate, Master, SecondaryVocational};

static THEORY: [Rung; 4] = [
    Rung {
        title: Title::AssistantLecturer,
        rule: &THEORY_ASSISTANT,
        routes: &[route(Bachelor, None, true), route(Master, None, false)],
        skill: SkillLevel::Junior,
        frontline: false,
        appointed: false,
        usually: false,
        menu: None,
        education: M::AssistantEducation,
        listed: &[M::AssistantClassTeacher, M::ProbationLessonPlans],
    },
    Rung {
        title: Title::Lecturer,
        rule: &THEORY_LECTURER,
        routes: &[
            route(Bachelor, Some(4), false),
            route(Master, Some(2), false),
            route(Doctorate, None, false),
        ],
        skill: SkillLevel::Intermediate,
        frontline: false,
        appointed: false,
        usually: false,
        menu: Some(M::LecturerMenu { need: 2, of: 5 }),
        education: M::LecturerEducation,
        listed: &[M::ClassTeacherOneYear],
    },
    Rung {
        title: Title::SeniorLecturer,
        rule: &THEORY_SENIOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::Senior,
        frontline: false,
        appointed: true,
        usually: false,
        menu: Some(M::SeniorLecturerMenu { need: 3, of: 9 }),
        education: M::BachelorOrPreparatory,
        listed: &[M::SeniorLecturerTeaching],
    },
    Rung {
        title: Title::ProfessorLecturer,
        rule: &THEORY_PROFESSOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::Technician,
        frontline: true,
        appointed: true,
        usually: true,
        menu: Some(M::ProfessorLecturerMenu { need: 4, of: 9 }),
        education: M::BachelorOrPreparatory,
        listed: &[M::ProfessorLecturerTeaching],
    },
];

static PRACTICAL: [Rung; 5] = [
    Rung {
        title: Title::Grade3Instructor,
        rule: &PRACTICAL_GRADE3,
        routes: &[
            route(SecondaryVocational, None, true),
            route(Bachelor, None, false),
        ],
        skill: SkillLevel::Intermediate,
        frontline: false,
        appointed: false,
        usually: false,
        menu: None,
        education: M::Grade3Education,
        listed: &[M::ProbationLessonPlans],
    },
    Rung {
        title: Title::Grade2Instructor,
        rule: &PRACTICAL_GRADE2,
        routes: &[
            route(SecondaryVocational, Some(3), false),
            route(Associate, Some(2), false),
            route(Bachelor, Some(1), false),
            route(Master, None, false),
        ],
        skill: SkillLevel::Senior,
        frontline: false,
        appointed: false,
        usually: false,
        menu: None,
        education: M::SecondaryOrHigher,
        listed: &[M::ClassTeacherAble, M::LessonPlansSinceStart],
    },
    Rung {
        title: Title::Grade1Instructor,
        rule: &PRACTICAL_GRADE1,
        routes: &[
            route(SecondaryVocational, Some(5), false),
            route(Associate, Some(4), false),
            route(Bachelor, Some(3), false),
            route(Master, Some(2), false),
        ],
        skill: SkillLevel::Technician,
        frontline: false,
        appointed: false,
        usually: false,
        menu: Some(M::Grade1InstructorMenu { need: 2, of: 5 }),
        education: M::SecondaryOrHigher,
        listed: &[M::ClassTeacherOneYear],
    },
    Rung {
        title: Title::SeniorInstructor,
        rule: &PRACTICAL_SENIOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::SeniorTechnician,
        frontline: false,
        appointed: true,
        usually: false,
        menu: Some(M::SeniorInstructorMenu { need: 3, of: 8 }),
        education: M::BachelorOrPreparatory,
        listed: &[M::SeniorInstructorProjects],
    },
    Rung {
        title: Title::ProfessorInstructor,
        rule: &PRACTICAL_PROFESSOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::SeniorTechnician,
        frontline: true,
        appointed: true,
        usually: true,
        menu: Some(M::ProfessorInstructorMenu { need: 4, of: 8 }),
        education: M::BachelorOrPreparatory,
        listed: &[M::ProfessorInstructorProjects],
    },
];

fn rungs(track: Track) -> &'static [Rung] {
    match track {
        Track::Theory => &THEORY,
        Track::Practical => &PRACTICAL,
    }
}

/// Years of frontline teaching the 正高级 rows ask for.
const FRONTLINE_YEARS: u16 = 10;

// ------------------------------------------------------------ the findings

/// One rung, as found.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleStatus {
    pub title: Title,
    pub status: Outcome,
    pub eligible_from: Option<Date>,
    pub direct: bool,
    pub held: bool,
    /// The open point of an `unclear` rung, with the clause that leaves it
    /// open: the first of its reasons.
    pub open: Option<Note>,
    pub reasons: Vec<Msg>,
    pub requirements: Vec<Msg>,
    pub missing: Vec<Field>,
    pub to_qualify: Vec<Msg>,
    pub caveats: Vec<Note>,
    pub citations: Vec<Citation>,
}

impl TitleStatus {
    fn new(title: Title) -> TitleStatus {
        TitleStatus {
            title,
            status: Outcome::Eligible,
            eligible_from: None,
            direct: false,
            held: false,
            open: None,
            reasons: Vec::new(),
            requirements: Vec::new(),
            missing: Vec::new(),
            to_qualify: Vec::new(),
            caveats: Vec::new(),
            citations: Vec::new(),
        }
    }
    fn cite(&mut self, ctx: &Ctx, rule: &'static Rule) {
        for c in ctx.cite(rule) {
            push_citation(&mut self.citations, c);
        }
    }
    fn reason(&mut self, m: TitleMsg) {
        push_unique(&mut self.reasons, m);
    }
    fn caveat(&mut self, m: TitleMsg) {
        push_unique(&mut self.caveats, Note::bare(m));
    }
    fn qualify(&mut self, m: TitleMsg) {
        push_unique(&mut self.to_qualify, m);
    }
    fn require(&mut self, m: TitleMsg) {
        push_unique(&mut self.requirements, m);
    }
}

// ------------------------------------------------------------ eduT

/// Where eduT comes from, for the reason text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EduSource {
    Stated,
    Class(ClassType),
    School(SchoolType),
    /// The level a rule in force gives for `professionalTitle`.
    Granted,
}

/// The teacher's education as the request gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    /// eduT, and where it comes from.
    Yes(Education, EduSource),
    /// Not given: one of these values, and the field that would settle it.
    OneOf(&'static [Education], Field),
    /// Not given, and nothing bounds it.
    No(Field),
    /// The law leaves it open: this level, or none (a 中级工班 of a 技师学院
    /// before any rule gives it a level for 职称评审).
    Open(Education),
}

const UNIVERSITY_LEVELS: &[Education] = &[Associate, Bachelor, Master, Doctorate];
const CLASS_LEVELS: &[Education] = &[SecondaryVocational, Associate, Bachelor];
const ALL_LEVELS: &[Education] = &[SecondaryVocational, Associate, Bachelor, Master, Doctorate];

/// eduT: the higher of the 学历 part — `teacher.education`, else
/// `graduate.education`, else the level the school type implies — and the
/// level of a graduated 技工院校 class, as the annex itself pairs them
/// (中等职业学校（技工学校）, 高级工班 beside 大学专科, 预备技师（技师）班 beside
/// 本科). Never assumed (defect 5).
fn education(ctx: &Ctx, teacher: &Teacher) -> Known {
    let school = ctx.school();
    let stated = teacher
        .education
        .or(ctx.req.graduate.education)
        .map(|e| (e, EduSource::Stated));
    let implied = match school {
        _ if !ctx.graduated => None,
        SchoolType::SecondaryVocationalSchool | SchoolType::TechnicalSchool => {
            Some((SecondaryVocational, EduSource::School(school)))
        }
        SchoolType::HigherVocationalCollege => Some((Associate, EduSource::School(school))),
        SchoolType::VocationalUniversity => Some((Bachelor, EduSource::School(school))),
        _ => None,
    };
    // The class as the annex pairs it (高级工班 beside 大学专科, 预备技师（技师）班
    // beside 本科; a 中级工班 only as a 技工学校's own level, above), or the
    // level a rule in force gives for 职称评审 (api.md `teacher`), the higher.
    let annex = ctx
        .class
        .filter(|c| ctx.graduated && *c != ClassType::Intermediate)
        .map(|c| (c.level(), EduSource::Class(c)));
    let granted = title_grant(ctx).map(|l| (l, EduSource::Granted));
    // No rule gives 高级工班 or 预备技师班 more than the annex pairs them
    // with (大专, 本科): where the annex speaks it decides, else the grant.
    let class = annex.or(granted);
    let part = stated.or(implied);
    if part.is_none()
        && class.is_none()
        && ctx.graduated
        && ctx.class == Some(ClassType::Intermediate)
    {
        return Known::Open(SecondaryVocational);
    }
    match (part, class) {
        (Some(p), Some(c)) if c.0 > p.0 => Known::Yes(c.0, c.1),
        (Some(p), _) => {
            // A 技工学校 graduate with no class is at least 中专 (L1555), but a
            // class would be higher: the class decides unless stated.
            if ctx.technical && ctx.class.is_none() && p.1 != EduSource::Stated && ctx.graduated {
                Known::OneOf(CLASS_LEVELS, Field::GraduateClassType)
            } else {
                Known::Yes(p.0, p.1)
            }
        }
        (None, Some(c)) => Known::Yes(c.0, c.1),
        (None, None) if ctx.technical && ctx.graduated => {
            Known::OneOf(CLASS_LEVELS, Field::GraduateClassType)
        }
        (None, None) if school == SchoolType::University && ctx.graduated => {
            Known::OneOf(UNIVERSITY_LEVELS, Field::GraduateEducation)
        }
        (None, None) => Known::No(Field::GraduateEducation),
    }
}

/// The highest level a live grant gives for 职称评审 (by class or certificate).
fn title_grant(ctx: &Ctx) -> Option<Education> {
    ctx.grants()
        .iter()
        // The school's own level is the 学历 part already (`implied`); a
        // 中级工班 elsewhere is the open reading (`Known::Open`).
        .filter(|g| {
            g.purpose == Purpose::ProfessionalTitle && !g.superseded && !g.secondary_level()
        })
        .map(|g| g.level)
        .max()
}

fn education_reason(level: Education, source: EduSource) -> TitleMsg {
    match source {
        EduSource::Stated => M::EducationStated { level },
        EduSource::Class(class) => M::EducationFromClass { level, class },
        EduSource::School(school) => M::EducationFromSchool { level, school },
        EduSource::Granted => M::EducationForTitles { level },
    }
}

// ------------------------------------------------------------ direct routes

/// What the request shows about the direct route of L1396.
#[derive(Clone, Debug, PartialEq)]
enum Direct {
    /// A qualifying honour or WorldSkills placing.
    Yes(TitleMsg),
    /// Possibly: the missing field and why.
    Unclear(Vec<(Field, TitleMsg)>),
    No,
}

fn direct_basis(ctx: &Ctx) -> Direct {
    let g = &ctx.req.graduate;
    for &h in &g.honours {
        if matches!(
            h,
            Honour::ChinaSkillsAward
                | Honour::NationalTechnicalExpert
                | Honour::ModelWorker
                | Honour::NationalMasterStudioLead
        ) {
            return Direct::Yes(M::DirectByHonour { honour: h });
        }
    }
    for a in &g.awards {
        if a.competition == Competition::WorldSkills
            && matches!(
                a.medal,
                Some(Medal::Gold | Medal::Silver | Medal::Bronze | Medal::Excellence)
            )
        {
            return Direct::Yes(M::DirectByWorldSkillsMedal);
        }
    }
    let mut unclear = Vec::new();
    if g.honours.contains(&Honour::MasterStudioLead) {
        unclear.push((Field::GraduateHonours, M::StudioLevelNotGiven));
    }
    for (i, a) in g.awards.iter().enumerate() {
        if a.competition == Competition::WorldSkills && a.medal.is_none() {
            unclear.push((
                Field::AwardMedal(u16::try_from(i).unwrap_or(u16::MAX)),
                M::WorldSkillsMedalNotGiven,
            ));
        }
    }
    if unclear.is_empty() {
        Direct::No
    } else {
        Direct::Unclear(unclear)
    }
}

// ------------------------------------------------------------ evaluation

/// What the request says about the teacher, derived once for all rungs.
struct Facts<'a> {
    teacher: &'a Teacher,
    /// The rows of the teacher's ladder.
    rows: &'static [Rung],
    /// Index of the current title in `rows`.
    current: Option<usize>,
    direct: Direct,
}

/// The title entries for the teacher's ladder on `ctx.as_of`.
pub fn evaluate(ctx: &Ctx, teacher: &Teacher) -> Vec<TitleStatus> {
    // 90号 is dated 2017-11-28: no national standard before it.
    if !ctx.in_force(&LADDER) {
        return Vec::new();
    }
    let rows = rungs(teacher.track);
    let current = teacher
        .current_title
        .and_then(|c| rows.iter().position(|r| r.title == c));
    let facts = Facts {
        teacher,
        rows,
        current,
        direct: direct_basis(ctx),
    };
    let edu = education(ctx, teacher);
    // A title conferred after `asOf` is not held on it: said once on every
    // rung (the section's caveat), the years counted from that date — a
    // plan, not assumed away (a reading found it taken as held).
    let later = teacher.current_title_since.filter(|d| *d > ctx.as_of);
    rows.iter()
        .enumerate()
        .map(|(i, rung)| {
            let mut s = match current {
                Some(c) if i <= c => held(ctx, teacher, rung, i == c),
                _ => readings(ctx, &facts, rung, i, edu),
            };
            if let Some(date) = later {
                s.caveat(M::TitleSinceAfterDate { date });
            }
            s
        })
        .collect()
}

fn held(ctx: &Ctx, teacher: &Teacher, rung: &Rung, current: bool) -> TitleStatus {
    let mut s = TitleStatus::new(rung.title);
    s.held = true;
    s.reason(match (current, teacher.current_title_since) {
        (true, Some(date)) => M::HeldCurrentSince { date },
        (true, None) => M::HeldCurrent,
        (false, _) => M::HeldBelow,
    });
    s.cite(ctx, &LADDER);
    s
}

/// The rung under every education the request leaves possible: the answer
/// where they agree (with a caveat), `undetermined` naming the field where
/// they do not.
fn readings(ctx: &Ctx, facts: &Facts, rung: &'static Rung, i: usize, edu: Known) -> TitleStatus {
    let (levels, field, none_possible) = match edu {
        Known::Yes(e, src) => return rung_status(ctx, facts, rung, i, Some((e, src))),
        Known::Open(level) => return open_reading(ctx, facts, rung, i, level),
        Known::OneOf(levels, field) => (levels, field, false),
        // Nothing known: any education is possible, or none of the levels
        // at all (none is assumed).
        Known::No(field) => (ALL_LEVELS, field, true),
    };
    let none = none_possible.then(|| rung_status(ctx, facts, rung, i, None));
    let all: Vec<TitleStatus> = levels
        .iter()
        .map(|&e| rung_status(ctx, facts, rung, i, Some((e, EduSource::Stated))))
        .collect();
    let readings = || none.iter().chain(&all);
    let first = none.as_ref().unwrap_or(&all[0]);
    let agree = readings().all(|s| {
        s.status == first.status
            && (s.status != Outcome::NotYet || s.eligible_from == first.eligible_from)
            && s.missing == first.missing
    });
    // One reading's detail — where all agree the lowest education's (the
    // most that can be asked: defect 13), else the first — keeping only the
    // reasons true of every reading (none names one route or level).
    let mut s = if agree { all[0].clone() } else { first.clone() };
    if agree {
        // Only what holds whatever the education: the years on the rung
        // below differ by 学历 (一级: 4 for 大专, 3 for 本科, …), and a
        // 学历 step (本科) may be held already (a reading).
        s.reasons
            .retain(|m| readings().all(|r| r.reasons.contains(m)));
        s.to_qualify
            .retain(|m| readings().all(|r| r.to_qualify.contains(m)));
        // The rung below and its years, where every reading asks for it:
        // the longest, which holds whatever the education, said as such.
        let years_below = |r: &TitleStatus| {
            r.to_qualify.iter().find_map(|m| match m {
                Msg::TitleMsg(M::FirstObtain { title, years }) => Some((*title, *years)),
                _ => None,
            })
        };
        if let Some((title, years)) = readings().filter_map(years_below).max_by_key(|(_, y)| *y) {
            if !s
                .to_qualify
                .contains(&M::FirstObtain { title, years }.into())
            {
                s.reason(M::OneRungAtATime { years, title });
                s.qualify(M::FirstObtain { title, years });
                s.caveat(M::YearsDependOnEducation);
            }
        }
        if s.status == Outcome::Eligible {
            s.eligible_from = readings().filter_map(|x| x.eligible_from).max();
        }
        s.caveat(M::EveryEducationAgrees);
    } else {
        s.status = Outcome::Undetermined;
        s.eligible_from = None;
        s.to_qualify.clear();
        push_unique(&mut s.missing, field);
        // What each education would give, after the request for it.
        let mut reasons: Vec<Msg> = vec![M::EducationDecides.into()];
        if none
            .as_ref()
            .is_some_and(|n| n.status == Outcome::Ineligible)
        {
            reasons.push(
                M::WithNoEducationIneligible {
                    level: ALL_LEVELS[0],
                }
                .into(),
            );
        }
        reasons.extend(
            levels
                .iter()
                .zip(&all)
                .map(|(&level, r)| Msg::from(with_education(level, r))),
        );
        // Reasons that hold whatever the education (skill, frontline years).
        reasons.extend(
            s.reasons
                .iter()
                .filter(|m| readings().all(|r| r.reasons.contains(m)))
                .copied(),
        );
        s.reasons = reasons;
    }
    s
}

/// What the rung would be with `level`: one reading, said.
fn with_education(level: Education, r: &TitleStatus) -> TitleMsg {
    match (r.status, r.eligible_from) {
        (Outcome::Eligible, _) => M::WithEducationEligible { level },
        (Outcome::NotYet, Some(date)) => M::WithEducationFrom { level, date },
        (Outcome::Ineligible, _) => M::WithEducationIneligible { level },
        _ => M::WithEducationUndetermined { level },
    }
}

/// The rung where the law leaves the education open (this level, or none):
/// the answer where both readings agree, with a caveat; else `unclear`,
/// the open point its reason.
fn open_reading(
    ctx: &Ctx,
    facts: &Facts,
    rung: &'static Rung,
    i: usize,
    level: Education,
) -> TitleStatus {
    let with = rung_status(ctx, facts, rung, i, Some((level, EduSource::Stated)));
    let without = rung_status(ctx, facts, rung, i, None);
    let agree = with.status == without.status
        && with.eligible_from == without.eligible_from
        && with.missing == without.missing;
    if agree {
        // Only what holds either way.
        let mut s = with;
        s.reasons.retain(|m| without.reasons.contains(m));
        s.to_qualify.retain(|m| without.to_qualify.contains(m));
        s.caveat(M::IntermediateClassEitherWay);
        return s;
    }
    let mut s = without;
    {
        s.status = Outcome::Unclear;
        s.eligible_from = None;
        s.missing.clear();
        s.to_qualify.clear();
        s.open = Some(ctx.note(rung.rule, M::OpenIntermediateClass));
        s.reasons = vec![with_education(level, &with).into()];
    }
    s
}

/// How one education route fits the teacher.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Met from this date (`None`: no years needed).
    Met(Option<Date>),
    MissingSince,
    MissingProbation,
    ProbationNotPassed,
    /// Needs the title below, which the teacher does not hold.
    NeedsBelow,
}

/// How `route` fits: the title below and its years, then the probation.
fn fit(teacher: &Teacher, route: &Route, holds_below: bool) -> Fit {
    let mut from = None;
    if let Some(n) = route.years {
        if !holds_below {
            return Fit::NeedsBelow;
        }
        match teacher.current_title_since {
            Some(since) => from = Some(since.add_years(u16::try_from(n).unwrap_or(u16::MAX))),
            None => return Fit::MissingSince,
        }
    }
    if route.probation {
        match teacher.probation_completed {
            Some(true) => {}
            Some(false) => return Fit::ProbationNotPassed,
            None => return Fit::MissingProbation,
        }
    }
    Fit::Met(from)
}

/// What the education column gives: the date the route is met from, or why not.
struct RouteResult {
    failed: bool,
    /// No route is open to the education (not the years or the order).
    below_education: bool,
    from: Option<Date>,
    used: Option<&'static Route>,
}

/// The education column of the row (the routes, the years, the probation).
fn education_column(
    ctx: &Ctx,
    facts: &Facts,
    rung: &'static Rung,
    i: usize,
    // `None`: a person who holds none of the education levels.
    edu: Option<(Education, EduSource)>,
    s: &mut TitleStatus,
) -> RouteResult {
    let teacher = facts.teacher;
    let below = i.checked_sub(1).and_then(|b| facts.rows.get(b));
    let holds_below = match i.checked_sub(1) {
        None => true,
        Some(b) => facts.current == Some(b),
    };
    if let Some((e, src)) = edu {
        s.reason(education_reason(e, src));
        if src == EduSource::Granted {
            // The rules that give it, with their clauses.
            for g in ctx.grants().iter().filter(|g| {
                g.purpose == Purpose::ProfessionalTitle
                    && !g.superseded
                    && !g.secondary_level()
                    && g.level == e
            }) {
                s.cite(ctx, g.rule);
            }
        }
        if matches!(src, EduSource::Class(_) | EduSource::Granted)
            && ctx.req.graduate.study_mode == Some(StudyMode::PartTime)
            && !ctx.clause_stands(&rstf_2022_60::PART_TIME_EQUAL)
        {
            // No text before 60号 四 says a part-time class counts alike.
            push_unique(
                &mut s.caveats,
                Note::bare(EquivalenceMsg::PartTimeNotAddressed),
            );
        }
    }
    let fits: Vec<(&'static Route, Fit)> = rung
        .routes
        .iter()
        .filter(|r| edu.is_some_and(|(e, _)| e >= r.edu))
        .map(|r| (r, fit(teacher, r, holds_below)))
        .collect();
    let mut out = RouteResult {
        failed: false,
        below_education: false,
        from: None,
        used: None,
    };
    if fits.is_empty() {
        // No education route at all: the row's education is what is missing.
        out.failed = true;
        out.below_education = true;
        s.qualify(rung.education);
        s.reason(M::EducationBelowRow);
        if rung.title == Title::AssistantLecturer {
            s.caveat(M::TheoryClosedPracticalOpen);
        }
        if ctx.in_force(&EDUCATION_2022) {
            s.caveat(M::ExceptionWithoutEducation);
            s.cite(ctx, &EDUCATION_2022);
        }
        // A one-route row: the rung order binds as well (a row with several
        // routes states each route's years in its education text).
        if let ([only], false, Some(b)) = (rung.routes, holds_below, below) {
            if let Some(n) = only.years {
                s.reason(M::OneRungAtATime {
                    years: n,
                    title: b.title,
                });
                s.qualify(M::FirstObtain {
                    title: b.title,
                    years: n,
                });
                s.cite(ctx, &LADDER);
            }
        }
        return out;
    }
    let met_now = fits
        .iter()
        .filter_map(|(r, f)| match f {
            Fit::Met(d) if d.is_none_or(|d| d <= ctx.as_of) => Some((*r, *d)),
            _ => None,
        })
        .min_by_key(|(_, d)| *d);
    let met_later = fits
        .iter()
        .filter_map(|(r, f)| match f {
            Fit::Met(Some(d)) if *d > ctx.as_of => Some((*r, *d)),
            _ => None,
        })
        .min_by_key(|(_, d)| *d);
    let missing_since = fits.iter().any(|(_, f)| *f == Fit::MissingSince);
    let missing_probation = fits.iter().any(|(_, f)| *f == Fit::MissingProbation);
    if let Some((r, d)) = met_now {
        out.used = Some(r);
        out.from = d;
        s.reason(route_reason(r, below, d));
    } else if missing_since || missing_probation {
        if missing_since {
            push_unique(&mut s.missing, Field::TeacherCurrentTitleSince);
        }
        if missing_probation {
            push_unique(&mut s.missing, Field::TeacherProbationCompleted);
        }
        if let Some((r, d)) = met_later {
            out.used = Some(r);
            out.from = Some(d);
            s.reason(route_reason(r, below, Some(d)));
        }
    } else if let Some((r, d)) = met_later {
        out.used = Some(r);
        out.from = Some(d);
        s.reason(route_reason(r, below, Some(d)));
    } else {
        out.failed = true;
        if fits.iter().any(|(_, f)| *f == Fit::ProbationNotPassed) {
            s.qualify(M::CompleteProbation);
            s.reason(M::ProbationNotPassed);
        }
        // The years of the route this education would use (defect 13): the
        // fewest among the routes open to it, never another education's.
        // Education unknown: every route is open, and the most years any of
        // them asks is what holds whatever the education.
        let needs = fits
            .iter()
            .filter(|(_, f)| *f == Fit::NeedsBelow)
            .filter_map(|(r, _)| r.years);
        let years_below = if edu.is_some() {
            needs.min()
        } else {
            needs.max()
        };
        if let (Some(n), Some(b)) = (years_below, below) {
            s.reason(M::OneRungAtATime {
                years: n,
                title: b.title,
            });
            s.qualify(M::FirstObtain {
                title: b.title,
                years: n,
            });
            s.cite(ctx, &LADDER);
        }
    }
    if let (Some(r), Some((Doctorate, _))) = (out.used, edu) {
        if teacher.track == Track::Practical && r.edu == Master {
            s.caveat(M::DoctorateOnMasterRoute);
        }
    }
    out
}

/// The reason for the route used: its education, its years, its date.
fn route_reason(r: &Route, below: Option<&Rung>, from: Option<Date>) -> TitleMsg {
    match (r.years, below, from) {
        (Some(n), Some(b), Some(d)) => M::RouteWithYears {
            level: r.edu,
            years: n,
            title: b.title,
            date: d,
        },
        _ if r.probation => M::RouteWithProbation { level: r.edu },
        _ => M::RouteDirect { level: r.edu },
    }
}

/// The skill column: blocking on the practical track, listed on the theory
/// track (it binds technical-theory teachers only, catalogue §4 Q21).
fn skill_column(ctx: &Ctx, rung: &Rung, practical: bool, s: &mut TitleStatus) -> bool {
    let gate = rung.skill;
    let ok = meets(ctx.cert_level, gate);
    if practical {
        s.reason(match ctx.cert_level {
            Some(skill) if ok => M::SkillMet { gate, skill },
            Some(skill) => M::SkillNotMet { gate, skill },
            None => M::SkillNone { gate },
        });
        if !ok {
            s.qualify(M::ObtainSkill { gate });
        }
        s.require(M::RelatedOccupation);
        !ok
    } else {
        s.require(match ctx.cert_level {
            Some(skill) if ok => M::TheorySkillMet { gate, skill },
            Some(skill) => M::TheorySkillNotMet { gate, skill },
            None => M::TheorySkillNone { gate },
        });
        false
    }
}

/// 正高级: ten years of frontline teaching; the date they are complete.
fn frontline_column(rung: &Rung, teacher: &Teacher, s: &mut TitleStatus) -> Option<Date> {
    if !rung.frontline {
        return None;
    }
    if rung.usually {
        s.caveat(M::UsuallyEducation);
    }
    match teacher.teaching_since {
        Some(since) => {
            let date = since.add_years(FRONTLINE_YEARS);
            s.reason(M::FrontlineSince { since, date });
            Some(date)
        }
        None => {
            push_unique(&mut s.missing, Field::TeacherTeachingSince);
            None
        }
    }
}

/// The direct application of L1396 (副高 rung), and its reach (正高).
///
/// 「可直接申报」 waives the order of the rungs and their years; whether it
/// waives the rung's education or skill condition the text does not say.
/// Where one of those fails (`conditions_fail`), the rung is `unclear`.
fn direct_application(
    ctx: &Ctx,
    facts: &Facts,
    rung: &Rung,
    conditions_fail: bool,
    s: &mut TitleStatus,
) {
    let senior_rung = matches!(rung.title, Title::SeniorLecturer | Title::SeniorInstructor);
    let professor_rung = matches!(
        rung.title,
        Title::ProfessorLecturer | Title::ProfessorInstructor
    );
    if senior_rung && s.status != Outcome::Eligible {
        match &facts.direct {
            Direct::Yes(basis) if conditions_fail => {
                s.status = Outcome::Unclear;
                s.eligible_from = None;
                s.missing.clear();
                // The order and years are waived either way: only the
                // condition left open is asked for (a reading found 「职称须逐级晋升」
                // beside 「可以直接申报」).
                s.reasons
                    .retain(|m| !matches!(m, Msg::TitleMsg(M::OneRungAtATime { .. })));
                s.to_qualify
                    .retain(|m| !matches!(m, Msg::TitleMsg(M::FirstObtain { .. })));
                s.reasons.insert(0, M::OrdinaryRouteForReference.into());
                s.reasons.insert(0, (*basis).into());
                s.open = Some(ctx.note(&DIRECT_SENIOR, M::OpenDirectWaivesConditions));
            }
            Direct::Yes(basis) => {
                s.status = Outcome::Eligible;
                s.eligible_from = None;
                s.direct = true;
                s.to_qualify.clear();
                s.missing.clear();
                s.reasons.insert(0, M::OrdinaryRouteForReference.into());
                s.reasons.insert(0, (*basis).into());
                s.caveat(M::DirectConditions);
            }
            Direct::Unclear(items) => {
                s.status = Outcome::Undetermined;
                s.eligible_from = None;
                for (field, why) in items {
                    push_unique(&mut s.missing, *field);
                    s.reason(*why);
                }
            }
            Direct::No => s.caveat(M::DirectOthers),
        }
        s.cite(ctx, &DIRECT_SENIOR);
    }
    if professor_rung && !matches!(facts.direct, Direct::No) {
        s.caveat(M::DirectReachesProfessor);
        s.cite(ctx, &DIRECT_SENIOR);
    }
}

/// One rung above the current title, for one eduT (or none known).
fn rung_status(
    ctx: &Ctx,
    facts: &Facts,
    rung: &'static Rung,
    i: usize,
    edu: Option<(Education, EduSource)>,
) -> TitleStatus {
    let teacher = facts.teacher;
    let practical = teacher.track == Track::Practical;
    let mut s = TitleStatus::new(rung.title);
    s.cite(ctx, rung.rule);

    let route = education_column(ctx, facts, rung, i, edu, &mut s);
    if rung.appointed && route.used.is_some_and(|r| r.years.is_some()) {
        s.caveat(M::YearsFromAppointment);
    }
    let skill_failed = skill_column(ctx, rung, practical, &mut s);
    let frontline = frontline_column(rung, teacher, &mut s);

    let failed = route.failed || skill_failed;
    let from = match (route.from, frontline) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    if failed {
        s.status = Outcome::Ineligible;
        s.missing.clear();
    } else if !s.missing.is_empty() {
        s.status = Outcome::Undetermined;
    } else {
        match from {
            Some(d) if d > ctx.as_of => {
                s.status = Outcome::NotYet;
                s.eligible_from = Some(d);
            }
            d => {
                s.status = Outcome::Eligible;
                s.eligible_from = d;
            }
        }
    }
    let skips = i > facts.current.map_or(0, |c| c + 1);
    s.direct = s.status == Outcome::Eligible && skips;

    direct_application(
        ctx,
        facts,
        rung,
        route.below_education || skill_failed,
        &mut s,
    );

    // --- listed conditions and caveats.
    for x in rung.listed {
        s.require(*x);
    }
    if let Some(menu) = rung.menu {
        s.require(menu);
        if ctx.in_force(&EDUCATION_2022) {
            s.caveat(M::MenuNotRestrictive);
            s.cite(ctx, &EDUCATION_2022);
        }
    }
    if practical && i >= 2 && s.status != Outcome::Eligible {
        s.require(M::EnterpriseHire);
        s.cite(ctx, &ENTERPRISE_HIRE);
    }
    // Every rung's: given once for the section (with their clauses).
    s.caveats.push(ctx.note(&COMMON, M::CommonConditions));
    s.caveats.push(ctx.note_on(
        &FLOOR,
        &[&rsbf_2017_90::PROVINCIAL_STANDARDS],
        M::NationalMinimum,
    ));
    s.caveats.push(ctx.note_on(
        &FLOOR,
        &[&rsbf_2017_90::EVALUATION_WITH_APPOINTMENT],
        M::EvaluationWithAppointment,
    ));
    if !in_reach(facts, i, s.status) {
        compact(ctx, rung, &mut s);
    }
    s
}

/// Whether a rung is within reach: the next one up, or one the teacher may
/// apply for now, later, or with a fact added. Rungs beyond reach say what
/// stands in the way (`reasons`, `toQualify`) without the row's full list.
fn in_reach(facts: &Facts, i: usize, status: Outcome) -> bool {
    i == facts.current.map_or(0, |c| c + 1)
        || matches!(
            status,
            Outcome::Eligible | Outcome::NotYet | Outcome::Undetermined
        )
}

/// A rung beyond reach: what stands in the way, cited by the row's
/// education and skill clauses (and the ladder's order); the row's other
/// conditions wait until it is within reach.
fn compact(ctx: &Ctx, rung: &'static Rung, s: &mut TitleStatus) {
    // The way in for people hired from enterprises stays: it is for them.
    s.requirements
        .retain(|m| matches!(m, Msg::TitleMsg(M::EnterpriseHire)));
    s.caveats.retain(|c| {
        matches!(
            c.msg,
            Msg::TitleMsg(
                M::ExceptionWithoutEducation
                    | M::TheoryClosedPracticalOpen
                    | M::DirectReachesProfessor
                    | M::DirectOthers
                    | M::UsuallyEducation
                    | M::CommonConditions
                    | M::NationalMinimum
                    | M::EvaluationWithAppointment
            )
        )
    });
    let keep: Vec<&'static Clause> = rung
        .rule
        .cites
        .iter()
        .take(2)
        .map(|c| c.clause)
        .chain(LADDER.cites.iter().map(|c| c.clause))
        .chain(DIRECT_SENIOR.cites.iter().map(|c| c.clause))
        .chain(ENTERPRISE_HIRE.cites.iter().map(|c| c.clause))
        .chain(EDUCATION_2022.cites.iter().map(|c| c.clause))
        .collect();
    s.citations
        .retain(|c| keep.iter().any(|k| std::ptr::eq(*k, c.clause)));
    let _ = ctx;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_ladders() {
        for track in [Track::Theory, Track::Practical] {
            let titles: Vec<Title> = rungs(track).iter().map(|r| r.title).collect();
            assert_eq!(titles, track.ladder());
        }
    }

    #[test]
    fn every_row_has_a_route_and_the_first_rows_need_no_title() {
        for track in [Track::Theory, Track::Practical] {
            let rows = rungs(track);
            assert!(rows.iter().all(|r| !r.routes.is_empty()));
            assert!(rows[0].routes.iter().all(|r| r.years.is_none()));
        }
    }

    /// A row's first two clauses are its education and skill columns
    /// (a rung beyond reach cites only these).
    #[test]
    fn rows_cite_education_then_skill_first() {
        for r in THEORY.iter().chain(PRACTICAL.iter()) {
            let q = |i: usize| r.rule.cites[i].clause.quote;
            assert!(
                q(0).contains("学历") || q(0).contains("毕业"),
                "{}",
                r.rule.id
            );
            assert!(q(1).contains("技能"), "{}", r.rule.id);
        }
    }

    /// The menus as printed (人社部发〔2017〕90号 附件): 讲师 2 of 5, 高级讲师 3 of 9,
    /// 正高级讲师 4 of 9, 一级 2 of 5, 高级 3 of 8, 正高级实习指导教师 4 of 8.
    #[test]
    fn menus_have_their_printed_counts() {
        let counts: Vec<(Title, u32, u32)> = THEORY
            .iter()
            .chain(PRACTICAL.iter())
            .filter_map(|r| {
                use crate::engine::msg::Param;
                let ps = r.menu?.params();
                let count = |name| match ps.get(name) {
                    Some(Param::Count(n)) => n,
                    _ => 0,
                };
                Some((r.title, count("need"), count("of")))
            })
            .collect();
        assert_eq!(
            counts,
            vec![
                (Title::Lecturer, 2, 5),
                (Title::SeniorLecturer, 3, 9),
                (Title::ProfessorLecturer, 4, 9),
                (Title::Grade1Instructor, 2, 5),
                (Title::SeniorInstructor, 3, 8),
                (Title::ProfessorInstructor, 4, 8),
            ]
        );
    }
}
