//! E. 技工院校 teacher titles (人社部发〔2017〕90号 and its annex
//! 《技工院校教师水平评价基本标准条件》), with the 2022 education relief
//! (人社厅发〔2022〕60号 四).
//!
//! One entry per rung of the teacher's ladder, lowest first. The rung just
//! above the current title is computed from the annex row: an education
//! route (eduT, and years held in the title below), the probation year, the
//! skill gate, and — for the 正高级 rungs — ten years of frontline teaching.
//! A rung further up needs the title below it first, unless a route needs no
//! prior title (硕士 → 二级, 博士 → 讲师) or an honour opens a direct
//! application for the 副高 rung (`title.direct-senior.cn.2017`). Everything
//! the request cannot show (teacher qualification, appraisals, 班主任,
//! achievement menus…) is listed under `requirements`, never computed.
//!
//! The whole group applies from 2017-11-28, the date of 90号: before it the
//! list is empty (the corpus holds no earlier national standard).
//!
//! Rungs at or below the current title are reported `eligible` with the
//! reason "held" and `held: true`: the status vocabulary has no separate value for them.
//!
//! Not modelled: the 一体化教师 倾斜 and the provincial 破格 conditions of
//! L1396, because the provinces set them and the corpus prints none; the
//! post grades of L1392, because no output needs them.

use crate::date::Date;
use crate::law::cn::*;
use crate::law::*;
use crate::report::{Citation, TitleStatus};
use crate::request::{
    ClassType, Competition, Education, Honour, Medal, SchoolType, SkillLevel, Teacher, Title, Track,
};
use crate::text::{pick, t, Str, Text};
use crate::vocab::Outcome;

use super::skills::meets;
use super::{push_unique, Ctx};

// ------------------------------------------------------------ the ladders

/// 职称层级: the two ladders, and the schools the series covers.
pub static LADDER: Rule = Rule {
    id: "title.ladder.cn.2017",
    gloss: t(
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
    gloss: t(
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

const COMMON_LISTED: [Text; 3] = [
    t(
        "具备相应的教师资格，并在教育教学一线工作",
        "hold the corresponding teacher qualification (教师资格) and teach on the front line",
    ),
    t(
        "任现职以来近3年年度考核和师德考核均为称职（合格）以上",
        "annual and ethics appraisals of the last 3 years in the current post rated 称职 (competent) or better",
    ),
    t(
        "任现职期间参加企业实践符合有关规定",
        "enterprise practice during the current post as the rules require",
    ),
];

// ------------------------------------------- 文化、技术理论课教师 (theory)

pub static THEORY_ASSISTANT: Rule = Rule {
    id: "title.theory.assistant.cn.2017",
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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
    gloss: t(
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

// ------------------------------------------------------ the rows as data

/// One education route of a row: eduT at least `edu`, then `years` held in
/// the title below (`None`: no prior title needed), and whether the 1-year
/// probation must be passed.
struct Route {
    edu: Education,
    years: Option<u16>,
    probation: bool,
}

const fn route(edu: Education, years: Option<u16>, probation: bool) -> Route {
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
    /// 一般应 (正高级): computed as a gate, with a caveat (catalogue §4 Q22).
    usually: bool,
    /// Has an achievement menu (业绩成果 “应至少具备下列N项条件”).
    menu: bool,
    /// What the education column asks, for `toQualify`.
    education: Text,
    /// Conditions the request cannot show, listed.
    listed: &'static [Text],
}

use Education::{Associate, Bachelor, Doctorate, Master, SecondaryVocational};

const BACHELOR_OR_PREP: Text = t(
    "大学本科及以上学历或技工院校预备技师（技师）班毕业",
    "a 本科 (bachelor's) education or higher, or graduation from a 技工院校 预备技师（技师）班",
);

static THEORY: [Rung; 4] = [
    Rung {
        title: Title::AssistantLecturer,
        rule: &THEORY_ASSISTANT,
        routes: &[route(Bachelor, None, true), route(Master, None, false)],
        skill: SkillLevel::Junior,
        frontline: false,
        usually: false,
        menu: false,
        education: t(
            "大学本科毕业学历或技工院校预备技师（技师）班毕业（并见习期1年期满考核合格），或硕士学位",
            "a 本科 education or a 技工院校 预备技师（技师）班 (with a passed 1-year probation), or a master's degree",
        ),
        listed: &[
            t(
                "基本胜任班主任工作，具有学生社团、第二课堂等方面的组织能力",
                "basically able to serve as 班主任 (class teacher) and to organise student clubs and second-classroom activities",
            ),
            t("提交见习一年期间的教案", "lesson plans from the 1-year probation"),
        ],
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
        usually: false,
        menu: true,
        education: t(
            "大学本科或技工院校预备技师（技师）班毕业（任助理讲师4年以上），或硕士学位（2年以上），或博士学位",
            "a 本科 education or a 预备技师（技师）班 (4 years as assistant lecturer), a master's degree (2 years), or a doctorate",
        ),
        listed: &[
            t("担任班主任1年以上", "at least 1 year as 班主任 (class teacher)"),
            t(
                "业绩成果：至少具备所列5项中的2项（校级以上表彰；地市级以上技能竞赛成绩或指导学生取得成绩；带学生实习实训、社会实践1期以上；校级以上精品课程或教学资源库建设并获表彰；说课、微课等比赛获表彰）",
                "achievements: at least 2 of the row's 5 items (school-level commendation; results at a municipal-or-higher skills competition, as competitor or coach; leading a student internship at least once; a commended course or resource library; a commended teaching-contest entry)",
            ),
        ],
    },
    Rung {
        title: Title::SeniorLecturer,
        rule: &THEORY_SENIOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::Senior,
        frontline: false,
        usually: false,
        menu: true,
        education: BACHELOR_OR_PREP,
        listed: &[
            t(
                "教学教研：在教学团队中发挥骨干作用，能够承担企业在职职工等群体的职业培训",
                "teaching: a backbone role in the teaching team; able to train enterprise employees",
            ),
            t(
                "业绩成果：至少具备所列9项中的3项（地市级以上表彰；主持一体化课程教改；地市级以上技能竞赛优异成绩或指导学生取得；带学生实习2期以上或主持企业课题；精品课程或资源库；教学比赛；课题研究；参编统编教材）",
                "achievements: at least 3 of the row's 9 items (municipal-or-higher commendation; leading the integrated-curriculum reform; excellent municipal-level competition results, own or coached; internships twice or an enterprise project; a course or resource library; a teaching contest; research projects; a textbook)",
            ),
        ],
    },
    Rung {
        title: Title::ProfessorLecturer,
        rule: &THEORY_PROFESSOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::Technician,
        frontline: true,
        usually: true,
        menu: true,
        education: BACHELOR_OR_PREP,
        listed: &[
            t(
                "教学教研：在本地区能起到专业（学科）带头人作用，能够承担高级工以上职业培训",
                "teaching: a subject leader in the region; able to run training at 高级工 level and above",
            ),
            t(
                "业绩成果：至少具备所列9项中的4项（省部级以上表彰；主持一体化课程教改；省级以上技能竞赛优异成绩或指导学生取得；带学生实习3期以上或主持企业攻关；省部级精品课程或资源库；教学比赛；主持省部级课题；参编2部统编教材）",
                "achievements: at least 4 of the row's 9 items (provincial-or-higher commendation; leading the integrated-curriculum reform; excellent provincial-level competition results, own or coached; internships three times or enterprise problem-solving; a provincial course or resource library; a teaching contest; leading a provincial research project; two textbooks)",
            ),
        ],
    },
];

static PRACTICAL: [Rung; 5] = [
    Rung {
        title: Title::Grade3Instructor,
        rule: &PRACTICAL_GRADE3,
        routes: &[route(SecondaryVocational, None, true), route(Bachelor, None, false)],
        skill: SkillLevel::Intermediate,
        frontline: false,
        usually: false,
        menu: false,
        education: t(
            "中等职业学校（技工学校）、大学专科学历或技工院校高级工班毕业（并见习1年期满考核合格），或大学本科学历或预备技师（技师）班毕业",
            "中专 (技工学校), 大专 or a 高级工班 (with a passed 1-year probation), or 本科 or a 预备技师（技师）班",
        ),
        listed: &[t(
            "提交见习一年期间的教案（见习途径）",
            "lesson plans from the 1-year probation (probation route)",
        )],
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
        usually: false,
        menu: false,
        education: t(
            "中专（技工学校）毕业学历及以上",
            "a 中专 (技工学校) education or higher",
        ),
        listed: &[
            t("能够胜任班主任工作", "able to serve as 班主任 (class teacher)"),
            t("提交参加工作以来的教案", "lesson plans since starting work"),
        ],
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
        usually: false,
        menu: true,
        education: t(
            "中专（技工学校）毕业学历及以上",
            "a 中专 (技工学校) education or higher",
        ),
        listed: &[
            t("担任班主任1年以上", "at least 1 year as 班主任 (class teacher)"),
            t(
                "业绩成果：至少具备所列5项中的2项（校级以上表彰；主持一体化课程教改；地市级以上技能竞赛成绩或指导学生取得成绩；带学生实习实训、社会实践1期以上；培养指导实习指导教师）",
                "achievements: at least 2 of the row's 5 items (school-level commendation; leading the integrated-curriculum reform; results at a municipal-or-higher skills competition, own or coached; leading a student internship at least once; mentoring other instructors)",
            ),
        ],
    },
    Rung {
        title: Title::SeniorInstructor,
        rule: &PRACTICAL_SENIOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::SeniorTechnician,
        frontline: false,
        usually: false,
        menu: true,
        education: BACHELOR_OR_PREP,
        listed: &[
            t(
                "担任班主任工作1年以上，承担过预备技师及以上毕业课题指导工作",
                "at least 1 year as 班主任, and having supervised 预备技师-level (or higher) graduation projects",
            ),
            t(
                "业绩成果：至少具备所列8项中的3项（地市级以上表彰；主持一体化课程教改；地市级以上技能竞赛优异成绩或指导学生取得；带学生实习2期以上或主持企业课题；培养指导实习指导教师；课题研究；参编统编教材）",
                "achievements: at least 3 of the row's 8 items (municipal-or-higher commendation; leading the integrated-curriculum reform; excellent municipal-level competition results, own or coached; internships twice or an enterprise project; mentoring instructors; research projects; a textbook)",
            ),
        ],
    },
    Rung {
        title: Title::ProfessorInstructor,
        rule: &PRACTICAL_PROFESSOR,
        routes: &[route(Bachelor, Some(5), false)],
        skill: SkillLevel::SeniorTechnician,
        frontline: true,
        usually: true,
        menu: true,
        education: BACHELOR_OR_PREP,
        listed: &[
            t(
                "独立承担过预备技师及以上毕业课题指导工作",
                "having independently supervised 预备技师-level (or higher) graduation projects",
            ),
            t(
                "业绩成果：至少具备所列8项中的4项（省部级以上表彰；主持一体化课程教改；省级以上技能竞赛优异成绩或指导学生取得；带学生实习3期以上或主持企业课题；培养指导实习指导教师；主持省部级课题；参编2部统编教材）",
                "achievements: at least 4 of the row's 8 items (provincial-or-higher commendation; leading the integrated-curriculum reform; excellent provincial-level competition results, own or coached; internships three times or an enterprise project; mentoring instructors; leading a provincial research project; two textbooks)",
            ),
        ],
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

// ------------------------------------------------------------ texts

const HELD_CURRENT: Text = t("现任职称。", "Your current title.");
const HELD_BELOW: Text = t(
    "已取得更高一级的职称，本级无需再申报。",
    "Below your current title: nothing to apply for.",
);
const PROBATION_TO_QUALIFY: Text = t(
    "见习期1年期满并考核合格",
    "complete the 1-year probation and pass its assessment",
);
const EDUCATION_UNKNOWN: Text = t(
    "无法确定学历：请填写教师学历（teacher.education），或毕业日期及班级。",
    "Education unknown: state teacher.education, or the graduation date and class.",
);
const NATIONAL_MINIMUM: Text = t(
    "仅为国家最低标准：各省可制定更严的具体评价标准，以本省标准为准。",
    "National minimum only: provincial standards may be stricter; the provincial standard decides.",
);
const POSTS_NEEDED: Text = t(
    "公办技工院校坚持评聘结合：还须学校在岗位结构比例内有空缺岗位并推荐；非公办院校可评聘分开。",
    "Public schools combine evaluation and appointment (评聘结合): a vacant post within the structure ratio and the school's recommendation are also needed; non-public schools may separate them.",
);
const EXCEPTION_2022: Text = t(
    "不具备规定学历但业绩显著、贡献突出的，可由2名以上具备正高级职称的同行专家推荐破格申报（人社厅发〔2022〕60号）。",
    "Without the required education, outstanding applicants may apply by exception (破格) if two or more peers holding 正高 titles recommend them (人社厅发〔2022〕60号).",
);
const MENU_NOT_RESTRICTIVE: Text = t(
    "业绩成果中的获奖、称号等只是可选条件之一，不得作为职称评审的限制性要求。",
    "Awards and honours on the achievement menu are options among others, never a restrictive requirement.",
);
const USUALLY: Text = t(
    "“一般应”：学历按门槛计算，但允许例外，以省级规定为准。",
    "一般应 (\"normally\"): the education condition is applied as a gate here, but exceptions are possible under provincial rules.",
);
const THEORY_OPEN_PRACTICAL: Text = t(
    "国家标准中大专、高级工班、中专毕业生没有讲师系列的常规途径；实习指导教师系列对其开放。",
    "The national standard gives 大专, 高级工班 and 中专 graduates no ordinary route onto the lecturer ladder; the practical-instructor ladder is open to them.",
);
const DOCTORATE_PRACTICAL: Text = t(
    "该行只写“硕士学位”，博士学位按满足处理，请以评审机构意见为准。",
    "The row names only a master's degree; a doctorate is accepted for it here — check with the evaluation body.",
);
const DIRECT_CONDITIONS: Text = t(
    "“可直接申报评审高级职称”：文件未说明是否免除本行的学历、技能等条件，以省级规定为准；共同条件仍须具备。",
    "\"May apply directly\": the text does not say whether the row's education and skill conditions are waived — the provincial rules decide; the common conditions still apply.",
);
const ORDINARY_ROUTE: Text = t(
    "以下为常规途径（非直接申报）的情况，供参考：",
    "The ordinary route (not the direct application), for reference:",
);
const DIRECT_PROFESSOR: Text = t(
    "文件所称“高级职称”包括副高级和正高级；能否据此直接申报正高级，由省级规定决定。",
    "The text's 高级职称 covers both 副高 and 正高; whether it opens the 正高 rung directly is for the provincial rules to decide.",
);
const DIRECT_OTHERS: Text = t(
    "可直接申报高级职称的还有：国家级技能大师工作室负责人、指导学生获得世界技能大赛优胜奖以上名次、省部级以上表彰的优秀教师或优秀教育工作者（这些无法从所填信息判断）。",
    "Also eligible to apply directly for the senior title: heads of a national-level master's studio, coaches of a WorldSkills medallist (excellence or better), and outstanding teachers or educators commended at provincial level or above (not shown by this request).",
);
const STUDIO_UNCLEAR: Text = t(
    "技能大师工作室带头人：只有国家级工作室负责人可直接申报高级职称；所填荣誉未区分国家级和省级。",
    "Master's studio lead: only the head of a national-level studio may apply directly; the honour given does not say whether the studio is national or provincial.",
);
const MEDAL_UNCLEAR: Text = t(
    "世界技能大赛：优胜奖以上名次可直接申报高级职称；所填获奖未写明奖牌。",
    "WorldSkills: a medal or a medallion for excellence opens a direct application; the award given states no medal.",
);
const ENTERPRISE_HIRE_TEXT: Text = t(
    "如系从企业直接录用的具有工作经验的高技能人才，可按有关规定申报评审中级（一级）以上实习指导教师职称（录用途径未在所填信息中体现）。",
    "If you were hired directly from an enterprise as a 高技能人才 with work experience, you may apply for 一级 (intermediate) or higher practical-instructor titles under the relevant rules (the hiring path is not part of this request).",
);
const RELATED_OCCUPATION: Text = t(
    "技能等级须为相关职业（工种）的等级。",
    "The skill level must be in an occupation related to what you teach.",
);

fn school_name(s: SchoolType) -> Text {
    match s {
        SchoolType::TechnicalSchool => t("技工学校", "a 技工学校"),
        SchoolType::SeniorTechnicalSchool => t("高级技工学校", "a 高级技工学校"),
        SchoolType::TechnicianCollege => t("技师学院", "a 技师学院"),
        SchoolType::SpecialEducationSchool => t("特殊教育院校", "a special-education school"),
        SchoolType::SecondaryVocationalSchool => t("中等职业学校", "a secondary vocational school"),
        SchoolType::HigherVocationalCollege => t("高等职业学校", "a higher vocational college"),
        SchoolType::VocationalUniversity => t("职业本科学校", "a vocational university"),
        SchoolType::University => t("普通高等学校", "a university"),
    }
}

// ------------------------------------------------------------ eduT

/// Where eduT comes from, for the reason text.
#[derive(Clone, Copy)]
enum EduSource {
    Stated,
    Class(ClassType),
    School(SchoolType),
}

/// eduT: the higher of `teacher.education` and the level of a graduated
/// 技工院校 class, as the annex itself pairs them (中等职业学校（技工学校）,
/// 高级工班 beside 大学专科, 预备技师（技师）班 beside 本科). A graduated
/// 技工学校 graduate with no class is a 中等职业学校（技工学校） graduate
/// (L1555). Without `teacher.education`, a graduated non-技工院校 graduate
/// counts at the school's own level. Otherwise unknown.
fn education(ctx: &Ctx, teacher: &Teacher) -> Option<(Education, EduSource)> {
    let school = ctx.school();
    let own = match ctx.req.graduate.class_type.filter(|_| ctx.technical) {
        Some(class) if ctx.graduated => Some((class.level(), EduSource::Class(class))),
        Some(_) => None,
        None if !ctx.graduated => None,
        None => match school {
            SchoolType::TechnicalSchool => Some((SecondaryVocational, EduSource::School(school))),
            _ if teacher.education.is_some() => None,
            SchoolType::SecondaryVocationalSchool => {
                Some((SecondaryVocational, EduSource::School(school)))
            }
            SchoolType::HigherVocationalCollege => Some((Associate, EduSource::School(school))),
            SchoolType::VocationalUniversity | SchoolType::University => {
                Some((Bachelor, EduSource::School(school)))
            }
            SchoolType::SeniorTechnicalSchool
            | SchoolType::TechnicianCollege
            | SchoolType::SpecialEducationSchool => None,
        },
    };
    let stated = teacher.education.map(|e| (e, EduSource::Stated));
    match (stated, own) {
        (Some(s), Some(o)) if o.0 > s.0 => Some(o),
        (Some(s), _) => Some(s),
        (None, o) => o,
    }
}

// ------------------------------------------------------------ direct routes

/// What the request shows about the direct route of L1396.
enum Direct {
    /// A qualifying honour or WorldSkills placing.
    Yes(Text),
    /// Possibly: the missing field paths and why.
    Unclear(Vec<(String, Text)>),
    No,
}

fn direct_basis(ctx: &Ctx) -> Direct {
    let g = &ctx.req.graduate;
    for h in &g.honours {
        match h {
            Honour::ChinaSkillsAward => return Direct::Yes(t("中华技能大奖", "the 中华技能大奖")),
            Honour::NationalTechnicalExpert => {
                return Direct::Yes(t(
                    "全国技术能手",
                    "全国技术能手 (national technical expert)",
                ))
            }
            Honour::ModelWorker => {
                return Direct::Yes(t(
                    "省部级以上劳动模范",
                    "model worker (劳动模范) at provincial level or above",
                ))
            }
            _ => {}
        }
    }
    for a in &g.awards {
        if a.competition == Competition::WorldSkills
            && matches!(
                a.medal,
                Some(Medal::Gold | Medal::Silver | Medal::Bronze | Medal::Excellence)
            )
        {
            return Direct::Yes(t(
                "世界技能大赛优胜奖以上名次",
                "a WorldSkills medal or medallion for excellence",
            ));
        }
    }
    let mut unclear = Vec::new();
    if g.honours.contains(&Honour::MasterStudioLead) {
        unclear.push(("graduate.honours".to_owned(), STUDIO_UNCLEAR));
    }
    for (i, a) in g.awards.iter().enumerate() {
        if a.competition == Competition::WorldSkills && a.medal.is_none() {
            unclear.push((format!("graduate.awards[{i}].medal"), MEDAL_UNCLEAR));
        }
    }
    if unclear.is_empty() {
        Direct::No
    } else {
        Direct::Unclear(unclear)
    }
}

// ------------------------------------------------------------ evaluation

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

/// Accumulates one rung's answer.
struct Acc {
    reasons: Vec<Str>,
    requirements: Vec<Str>,
    missing: Vec<Str>,
    to_qualify: Vec<Str>,
    caveats: Vec<Str>,
    citations: Vec<Citation>,
}

impl Acc {
    fn cite(&mut self, ctx: &Ctx, rule: &'static Rule) {
        if !self.citations.iter().any(|c| c.rule_id == rule.id) {
            ctx.cite_into(rule, &mut self.citations);
        }
    }
}

/// The title entries for the teacher's ladder on `ctx.as_of`.
pub(crate) fn evaluate(ctx: &Ctx, teacher: &Teacher) -> Vec<TitleStatus> {
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
        edu: education(ctx, teacher),
        direct: direct_basis(ctx),
    };
    rows.iter()
        .enumerate()
        .map(|(i, rung)| match current {
            Some(c) if i <= c => held(ctx, teacher, rung, i == c),
            _ => rung_status(ctx, &facts, rung, i),
        })
        .collect()
}

/// What the request says about the teacher, derived once for all rungs.
struct Facts<'a> {
    teacher: &'a Teacher,
    /// The rows of the teacher's ladder.
    rows: &'static [Rung],
    /// Index of the current title in `rows`.
    current: Option<usize>,
    edu: Option<(Education, EduSource)>,
    direct: Direct,
}

fn held(ctx: &Ctx, teacher: &Teacher, rung: &Rung, current: bool) -> TitleStatus {
    let text = match (current, teacher.current_title_since) {
        (true, Some(since)) => pick!(
            ctx.lang,
            format!("现任职称（{since}起）。"),
            format!("Your current title (since {since})."),
        ),
        (true, None) => ctx.t(HELD_CURRENT),
        (false, _) => ctx.t(HELD_BELOW),
    };
    TitleStatus {
        title: rung.title,
        status: Outcome::Eligible,
        eligible_from: None,
        direct: false,
        held: true,
        reasons: vec![text],
        requirements: Vec::new(),
        missing: Vec::new(),
        to_qualify: Vec::new(),
        caveats: Vec::new(),
        citations: ctx.cite(&LADDER),
    }
}

fn rung_status(ctx: &Ctx, facts: &Facts, rung: &Rung, i: usize) -> TitleStatus {
    let Facts {
        teacher,
        rows,
        current,
        edu,
        ref direct,
    } = *facts;
    let lang = ctx.lang;
    let practical = teacher.track == Track::Practical;
    let below = i.checked_sub(1).and_then(|b| rows.get(b));
    let holds_below = match i.checked_sub(1) {
        None => true,
        Some(b) => current == Some(b),
    };
    let mut acc = Acc {
        reasons: Vec::new(),
        requirements: COMMON_LISTED.iter().map(|x| ctx.t(*x)).collect(),
        missing: Vec::new(),
        to_qualify: Vec::new(),
        caveats: Vec::new(),
        citations: Vec::new(),
    };
    acc.cite(ctx, rung.rule);
    acc.cite(ctx, &COMMON);
    let mut failed = false;

    // --- education and years (the route)
    match edu {
        Some((e, src)) => {
            let (l, how) = (e.name(), source_text(src));
            acc.reasons.push(pick!(
                lang,
                format!("学历按{}计（{}）。", l.zh, how.zh),
                format!("Education counts as {} ({}).", l.en, how.en),
            ));
        }
        None => acc.reasons.push(ctx.t(EDUCATION_UNKNOWN)),
    }
    let fits: Vec<(&Route, Fit)> = rung
        .routes
        .iter()
        .filter(|r| edu.is_none_or(|(e, _)| e >= r.edu))
        .map(|r| (r, fit(teacher, r, holds_below)))
        .collect();
    let mut route_from: Option<Date> = None;
    let mut route_used: Option<&Route> = None;
    if fits.is_empty() {
        // No education route at all.
        failed = true;
        acc.to_qualify.push(ctx.t(rung.education));
        acc.reasons.push(pick!(
            lang,
            format!("学历未达到本级要求：{}。", rung.education.zh),
            format!(
                "The education does not reach this row: {}.",
                rung.education.en
            ),
        ));
        if rung.title == Title::AssistantLecturer {
            acc.caveats.push(ctx.t(THEORY_OPEN_PRACTICAL));
        }
        if ctx.in_force(&EDUCATION_2022) {
            acc.caveats.push(ctx.t(EXCEPTION_2022));
            acc.cite(ctx, &EDUCATION_2022);
        }
        // The rung order binds as well, whatever the education.
        let years = rung.routes.iter().filter_map(|r| r.years).min();
        if let (false, Some(n), Some(b)) = (holds_below, years, below) {
            first_obtain(ctx, &mut acc, rows, b, n, current);
        }
    } else {
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
            route_used = Some(r);
            route_from = d;
            acc.reasons.push(route_text(ctx, r, below, d));
        } else if missing_since || missing_probation {
            if missing_since {
                acc.missing.push("teacher.currentTitleSince".into());
            }
            if missing_probation {
                acc.missing.push("teacher.probationCompleted".into());
            }
            if let Some((r, d)) = met_later {
                route_used = Some(r);
                route_from = Some(d);
                acc.reasons.push(route_text(ctx, r, below, Some(d)));
            }
        } else if let Some((r, d)) = met_later {
            route_used = Some(r);
            route_from = Some(d);
            acc.reasons.push(route_text(ctx, r, below, Some(d)));
        } else {
            failed = true;
            if fits.iter().any(|(_, f)| *f == Fit::ProbationNotPassed) {
                acc.to_qualify.push(ctx.t(PROBATION_TO_QUALIFY));
                acc.reasons.push(pick!(
                    lang,
                    "本级须见习期1年期满并考核合格，所填为尚未完成。".to_owned(),
                    "This row needs the 1-year probation completed and passed; it is not."
                        .to_owned(),
                ));
            }
            let years_below = fits
                .iter()
                .filter(|(_, f)| *f == Fit::NeedsBelow)
                .filter_map(|(r, _)| r.years)
                .min();
            if let (Some(n), Some(b)) = (years_below, below) {
                first_obtain(ctx, &mut acc, rows, b, n, current);
            }
        }
    }
    if edu.is_none() && !failed {
        acc.missing.insert(0, "teacher.education".into());
    }
    if let (Some(r), Some((Doctorate, _))) = (route_used, edu) {
        if practical && r.edu == Master {
            acc.caveats.push(ctx.t(DOCTORATE_PRACTICAL));
        }
    }

    // --- skill gate: blocking on the practical track, listed on the theory
    // track (it binds technical-theory teachers only, catalogue §4 Q21).
    let gate = rung.skill.name();
    let ok = meets(ctx.cert_level, rung.skill);
    let held_text = match ctx.cert_level {
        Some(l) => l.name(),
        None => t("无", "none"),
    };
    if practical {
        acc.reasons.push(if ok {
            pick!(
                lang,
                format!(
                    "技能：须{}及以上，所持最高证书{}，符合。",
                    gate.zh, held_text.zh
                ),
                format!(
                    "Skill: {} or higher needed; your highest certificate, {}, meets it.",
                    gate.en, held_text.en
                ),
            )
        } else {
            pick!(
                lang,
                format!(
                    "技能：须{}及以上，所持最高证书{}，不符合。",
                    gate.zh, held_text.zh
                ),
                format!(
                    "Skill: {} or higher needed; your highest certificate, {}, does not meet it.",
                    gate.en, held_text.en
                ),
            )
        });
        if !ok {
            failed = true;
            acc.to_qualify.push(pick!(
                lang,
                format!("取得相关职业（工种）{}及以上证书", gate.zh),
                format!(
                    "obtain a certificate at {} or higher, in a related occupation",
                    gate.en
                ),
            ));
        }
        acc.requirements.push(ctx.t(RELATED_OCCUPATION));
    } else {
        let verdict = if ok {
            t("已满足", "met")
        } else {
            t("未满足", "not met")
        };
        acc.requirements.push(pick!(
            lang,
            format!(
                "技术理论课教师须具有相关职业（工种）{}及以上技能水平（文化课教师不要求）；所填最高证书{}：{}。",
                gate.zh, held_text.zh, verdict.zh
            ),
            format!(
                "Technical-theory teachers need {} or higher in a related occupation (culture-course teachers do not); your highest certificate, {}: {}.",
                gate.en, held_text.en, verdict.en
            ),
        ));
    }

    // --- 正高级: ten years of frontline teaching.
    let mut frontline_from = None;
    if rung.frontline {
        match teacher.teaching_since {
            Some(since) => {
                let d = since.add_years(FRONTLINE_YEARS);
                frontline_from = Some(d);
                acc.reasons.push(pick!(
                    lang,
                    format!("教育教学一线工作自{since}起，满10年之日为{d}。"),
                    format!("Frontline teaching since {since}: 10 years on {d}."),
                ));
            }
            None => acc.missing.push("teacher.teachingSince".into()),
        }
        if rung.usually {
            acc.caveats.push(ctx.t(USUALLY));
        }
    }

    // --- status
    let from = match (route_from, frontline_from) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    let (mut status, mut eligible_from) = if failed {
        (Outcome::Ineligible, None)
    } else if !acc.missing.is_empty() {
        (Outcome::Undetermined, None)
    } else {
        match from {
            Some(d) if d > ctx.as_of => (Outcome::NotYet, Some(d)),
            d => (Outcome::Eligible, d),
        }
    };
    if failed {
        acc.missing.clear();
    }
    let skips = i > current.map_or(0, |c| c + 1);
    let mut is_direct = status == Outcome::Eligible && skips;

    // --- the direct application of L1396 (副高 rung), and its reach (正高).
    let senior_rung = matches!(rung.title, Title::SeniorLecturer | Title::SeniorInstructor);
    let professor_rung = matches!(
        rung.title,
        Title::ProfessorLecturer | Title::ProfessorInstructor
    );
    if senior_rung && status != Outcome::Eligible {
        match direct {
            Direct::Yes(basis) => {
                status = Outcome::Eligible;
                eligible_from = None;
                is_direct = true;
                acc.to_qualify.clear();
                acc.missing.clear();
                acc.reasons.insert(0, ctx.t(ORDINARY_ROUTE));
                acc.reasons.insert(
                    0,
                    pick!(
                        lang,
                        format!("凭{}可直接申报评审本级（高级职称）。", basis.zh),
                        format!(
                            "With {} you may apply directly for this senior title.",
                            basis.en
                        ),
                    ),
                );
                acc.caveats.push(ctx.t(DIRECT_CONDITIONS));
            }
            Direct::Unclear(items) => {
                status = Outcome::Undetermined;
                eligible_from = None;
                for (path, why) in items {
                    push_unique(&mut acc.missing, path.clone());
                    acc.reasons.push(ctx.t(*why));
                }
            }
            Direct::No => acc.caveats.push(ctx.t(DIRECT_OTHERS)),
        }
        acc.cite(ctx, &DIRECT_SENIOR);
    }
    if professor_rung && !matches!(direct, Direct::No) {
        acc.caveats.push(ctx.t(DIRECT_PROFESSOR));
        acc.cite(ctx, &DIRECT_SENIOR);
    }

    // --- listed conditions and caveats.
    for x in rung.listed {
        acc.requirements.push(ctx.t(*x));
    }
    if practical && i >= 2 && status != Outcome::Eligible {
        acc.requirements.push(ctx.t(ENTERPRISE_HIRE_TEXT));
        acc.cite(ctx, &ENTERPRISE_HIRE);
    }
    if rung.menu && ctx.in_force(&EDUCATION_2022) {
        acc.caveats.push(ctx.t(MENU_NOT_RESTRICTIVE));
        acc.cite(ctx, &EDUCATION_2022);
    }
    acc.caveats.push(ctx.t(NATIONAL_MINIMUM));
    acc.caveats.push(ctx.t(POSTS_NEEDED));
    acc.cite(ctx, &FLOOR);

    TitleStatus {
        title: rung.title,
        status,
        eligible_from,
        direct: is_direct,
        held: false,
        reasons: acc.reasons,
        requirements: acc.requirements,
        missing: acc.missing,
        to_qualify: acc.to_qualify,
        caveats: acc.caveats,
        citations: acc.citations,
    }
}

/// The rung is more than one step above the current title: the title below
/// must be held `n` years first (titles are taken one rung at a time).
fn first_obtain(
    ctx: &Ctx,
    acc: &mut Acc,
    rows: &[Rung],
    below: &Rung,
    n: u16,
    current: Option<usize>,
) {
    let bn = below.title.name();
    let now = match current.and_then(|c| rows.get(c)) {
        Some(c) => c.title.name(),
        None => t("尚无职称", "no title yet"),
    };
    acc.reasons.push(pick!(
        ctx.lang,
        format!(
            "本级须在{}岗位任职{}年；现为{}，比本级低一级以上，须逐级晋升。",
            bn.zh, n, now.zh
        ),
        format!(
            "This row needs {} years as {}; you have {}, more than one rung below: titles are taken one rung at a time.",
            n, bn.en, now.en
        ),
    ));
    acc.to_qualify.push(pick!(
        ctx.lang,
        format!("先取得{}并任职满{}年", bn.zh, n),
        format!(
            "first obtain the title below, {}, and hold it {} years",
            bn.en, n
        ),
    ));
    acc.cite(ctx, &LADDER);
}

/// How `route` fits: the title below and its years, then the probation.
fn fit(teacher: &Teacher, route: &Route, holds_below: bool) -> Fit {
    let mut from = None;
    if let Some(n) = route.years {
        if !holds_below {
            return Fit::NeedsBelow;
        }
        match teacher.current_title_since {
            Some(since) => from = Some(since.add_years(n)),
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

fn source_text(src: EduSource) -> Text {
    match src {
        EduSource::Stated => t("按所填教师学历", "as stated for the teacher"),
        EduSource::Class(c) => match c {
            ClassType::Intermediate => t("技工院校中级工班毕业", "a 技工院校 中级工班 graduate"),
            ClassType::Senior => t(
                "技工院校高级工班毕业，与大学专科并列",
                "a 技工院校 高级工班 graduate, listed beside 大学专科",
            ),
            ClassType::PreparatoryTechnician => t(
                "技工院校预备技师（技师）班毕业，与大学本科并列",
                "a 技工院校 预备技师（技师）班 graduate, listed beside 大学本科",
            ),
        },
        EduSource::School(s) => school_name(s),
    }
}

/// The reason for the route used: its education, its years, its date.
fn route_text(ctx: &Ctx, r: &Route, below: Option<&Rung>, from: Option<Date>) -> Str {
    let e = r.edu.name();
    let lang = ctx.lang;
    match (r.years, below, from) {
        (Some(n), Some(b), Some(d)) => {
            let bn = b.title.name();
            pick!(
                lang,
                format!(
                    "途径：{}及以上，在{}岗位任职满{}年，满期之日为{}。",
                    e.zh, bn.zh, n, d
                ),
                format!(
                    "Route: {} or higher with {} years as {}, completed on {}.",
                    e.en, n, bn.en, d
                ),
            )
        }
        _ if r.probation => pick!(
            lang,
            format!("途径：{}及以上，见习期1年期满并考核合格。", e.zh),
            format!(
                "Route: {} or higher with the 1-year probation completed and passed.",
                e.en
            ),
        ),
        _ => pick!(
            lang,
            format!("途径：{}及以上，无需任职年限。", e.zh),
            format!(
                "Route: {} or higher, with no years in a lower title needed.",
                e.en
            ),
        ),
    }
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
}
