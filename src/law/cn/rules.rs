//! The national class rules (CN): each a rule citing its clause and a row
//! of the law's class table (`law::CLASS_RULES`), which group A applies.

use super::*;
use crate::vocab::Purpose::*;

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

pub static CLASS_RULES: [ClassRule; 6] = [
    ClassRule {
        rule: &MULTI_CN_2021,
        levels: UPPER2,
        purposes: GENERAL_PURPOSES,
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
        caveat: Some(ClassCaveat::OtherConditionsApply),
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
        caveat: Some(ClassCaveat::SchoolMaySetPostConditions),
    },
];
