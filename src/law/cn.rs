//! National documents (CN) and their clauses. Each clause is written once:
//! its document, the article as printed, its line within `sources/<id>.txt`
//! and the verbatim quote (tests/citations.rs checks every one). The
//! rules resting on them that are data — the class rules, and a province's
//! own — are in `rules` beside them.

use super::*;

pub mod rules;

/// 中华人民共和国职业教育法.
pub mod law_2022 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-law-2022",
        title: "中华人民共和国职业教育法",
        number: "",
        issuer: "全国人民代表大会常务委员会",
        date: Some(d(2022, 5, 1)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::Law,
        lines: (1, 165),
        plan_end: None,
    };

    pub static SECONDARY_INCLUDES_TECHNICAL_SCHOOLS: Clause = clause(
        &DOC,
        "cn-law-2022#第十五条",
        "第十五条",
        35,
        "中等职业学校教育由高级中等教育层次的中等职业学校（含技工学校）实施。",
    );

    pub static TECHNICIAN_COLLEGES_INTO_HIGHER: Clause = clause(
        &DOC,
        "cn-law-2022#第十五条/2",
        "第十五条",
        36,
        "根据高等职业学校设置制度规定，将符合条件的技师学院纳入高等职业学校序列。",
    );

    pub static NO_BARRIERS: Clause = clause(
        &DOC,
        "cn-law-2022#第五十三条",
        "第五十三条",
        138,
        "用人单位不得设置妨碍职业学校毕业生平等就业、公平竞争的报考、录用、聘用条件。",
    );

    pub static SKILL_REQUIREMENTS: Clause = clause(
        &DOC,
        "cn-law-2022#第五十三条/2",
        "第五十三条",
        138,
        "机关、事业单位、国有企业在招录、招聘技术技能岗位人员时，应当明确技术技能要求，将技术技能水平作为录用、聘用的重要条件。",
    );

    pub static SKILL_POSTS_LOWER: Clause = clause(
        &DOC,
        "cn-law-2022#第五十三条/3",
        "第五十三条",
        138,
        "事业单位公开招聘中有职业技能等级要求的岗位，可以适当降低学历要求。",
    );

    pub static HIGHER_VOCATIONAL_LEVELS: Clause = clause(
        &DOC,
        "cn-law-2022#第十五条/3",
        "第十五条",
        36,
        "高等职业学校教育由专科、本科及以上教育层次的高等职业学校和普通高等学校实施。",
    );

    pub static EQUAL_OPPORTUNITY: Clause = clause(
        &DOC,
        "cn-law-2022#第五十三条/4",
        "第五十三条",
        136,
        "职业学校学生在升学、就业、职业发展等方面与同层次普通学校学生享有平等机会。",
    );
}

/// 关于加强新时代高技能人才队伍建设的意见（中办发〔2022〕58号）.
pub mod zbf_2022_58 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-zbf-2022-58",
        title: "关于加强新时代高技能人才队伍建设的意见",
        number: "中办发〔2022〕58号",
        issuer: "中共中央办公厅、国务院办公厅",
        date: None,
        window: window(d(2022, 10, 7), d(2022, 10, 7)),
        jurisdiction: jurisdiction::CN,
        rank: Rank::Central,
        lines: (192, 221),
        plan_end: None,
    };

    pub static HIGH_SKILLED: Clause = clause(
        &DOC,
        "cn-zbf-2022-58#前言",
        "前言",
        5,
        "加强高级工以上的高技能人才队伍建设",
    );

    pub static NEW_LEVELS: Clause = clause(
        &DOC,
        "cn-zbf-2022-58#（十一）",
        "（十一）",
        20,
        "对设有高级技师的职业（工种），可在其上增设特级技师和首席技师技术职务（岗位）",
    );

    pub static EIGHT_LEVELS: Clause = clause(
        &DOC,
        "cn-zbf-2022-58#（十一）/2",
        "（十一）",
        20,
        "形成由学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师构成的“八级工”职业技能等级（岗位）序列。",
    );

    pub static HONOURS: Clause = clause(
        &DOC,
        "cn-zbf-2022-58#（十五）",
        "（十五）",
        25,
        "完善评选表彰中华技能大奖获得者和全国技术能手制度",
    );
}

/// 国务院关于印发国家职业教育改革实施方案的通知（国发〔2019〕4号）.
pub mod gf_2019_4 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-gf-2019-4",
        title: "国务院关于印发国家职业教育改革实施方案的通知",
        number: "国发〔2019〕4号",
        issuer: "国务院",
        date: Some(d(2019, 1, 24)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::Central,
        lines: (290, 348),
        plan_end: None,
    };

    pub static TEACHERS_FROM_ENTERPRISES: Clause = clause(
        &DOC,
        "cn-gf-2019-4#三、（十二）",
        "三、（十二）",
        39,
        "从2019年起，职业院校、应用型本科高校相关专业教师原则上从具有3年以上企业工作经历并具有高职以上学历的人员中公开招聘，特殊高技能人才（含具有高级工以上职业资格人员）可适当放宽学历要求，2020年起基本不再从应届毕业生中招聘。",
    );

    pub static SAME_TREATMENT: Clause = clause(
        &DOC,
        "cn-gf-2019-4#五、（十五）",
        "五、（十五）",
        47,
        "积极推动职业院校毕业生在落户、就业、参加机关事业单位招聘、职称评审、职级晋升等方面与普通高校毕业生享受同等待遇。",
    );
}

/// 人力资源社会保障部 中国残疾人联合会关于做好技师学院、特殊教育院校部分毕业生同等享受高校毕业生就业政策工作的通知（人社部发〔2015〕73号）.
pub mod rsbf_2015_73 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rsbf-2015-73",
        title: "人力资源社会保障部 中国残疾人联合会关于做好技师学院、特殊教育院校部分毕业生同等享受高校毕业生就业政策工作的通知",
        number: "人社部发〔2015〕73号",
        issuer: "人力资源社会保障部、中国残疾人联合会",
        date: Some(d(2015, 7, 31)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::JointMinistry,
        lines: (1682, 1696),
        plan_end: None,
    };

    pub static FROM_2015: Clause = clause(
        &DOC,
        "cn-rsbf-2015-73#p4",
        "",
        4,
        "自2015年起，技师学院高级工班、预备技师班和特殊教育院校职业教育类毕业生可参照高校毕业生享受相关就业补贴政策。",
    );

    pub static INTERNSHIP_JOBSEEKING: Clause = clause(
        &DOC,
        "cn-rsbf-2015-73#一",
        "一",
        5,
        "各地要将高校毕业生享受的就业见习补贴和求职创业补贴政策扩大到符合条件的技师学院高级工班、预备技师班和特殊教育院校职业教育类毕业生。",
    );

    /// 二's first sentence: every current measure, 「按规定」 (its list follows).
    pub static ALL_CURRENT_MEASURES: Clause = clause(
        &DOC,
        "cn-rsbf-2015-73#二/2",
        "二",
        6,
        "现行促进包括符合条件高校毕业生在内的劳动者就业创业各类政策措施，技师学院高级工班、预备技师班和特殊教育院校职业教育类毕业生，均可按规定参照享受。",
    );

    pub static OTHER_POLICIES: Clause = clause(
        &DOC,
        "cn-rsbf-2015-73#二",
        "二",
        6,
        "鼓励自谋职业和自主创业的税费减免、创业担保贷款及贴息等政策；鼓励企业吸纳就业、支持高校毕业生灵活就业的社会保险补贴等政策；提高劳动者职业技能和就业创业能力的职业培训补贴、职业技能鉴定补贴等政策。",
    );
}

/// 人力资源社会保障部印发《关于深化技工院校教师职称制度改革的指导意见》的通知（人社部发〔2017〕90号）.
pub mod rsbf_2017_90 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rsbf-2017-90",
        title: "人力资源社会保障部印发《关于深化技工院校教师职称制度改革的指导意见》的通知",
        number: "人社部发〔2017〕90号",
        issuer: "人力资源社会保障部",
        date: Some(d(2017, 11, 28)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::Ministry,
        lines: (1365, 1663),
        plan_end: None,
    };

    pub static THEORY_LADDER: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#二、（一）1",
        "二、（一）1",
        27,
        "助理级、中级、副高级和正高级职称名称依次为助理讲师、讲师、高级讲师、正高级讲师。",
    );

    pub static PRACTICAL_LADDER: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#二、（一）1/2",
        "二、（一）1",
        27,
        "员级、助理级、中级、副高级和正高级职称名称依次为三级实习指导教师、二级实习指导教师、一级实习指导教师、高级实习指导教师、正高级实习指导教师。",
    );

    pub static PROVINCIAL_STANDARDS: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#二、（二）2",
        "二、（二）2",
        31,
        "制定不低于国家标准的具体评价标准",
    );

    pub static DIRECT_SENIOR: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#二、（二）3",
        "二、（二）3",
        32,
        "获得中华技能大奖、全国技术能手荣誉称号，担任国家级技能大师工作室负责人，本人获得或指导学生获得世界技能大赛优胜奖以上名次，获得省部级以上表彰的劳动模范、优秀教师、优秀教育工作者，可直接申报评审高级职称。",
    );

    pub static ENTERPRISE_HIRE: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#二、（二）3/2",
        "二、（二）3",
        32,
        "对于从企业直接录用的具有工作经验的高技能人才，可按有关规定申报评审中级以上生产实习课指导教师职称。",
    );

    pub static EVALUATION_WITH_APPOINTMENT: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#二、（四）",
        "二、（四）",
        38,
        "公办技工院校教师职称评审时要坚持评聘结合",
    );

    pub static SCOPE: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#三",
        "三",
        44,
        "本意见适用于技工学校、高级技工学校、技师学院。",
    );

    pub static QUALIFICATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 四",
        "附件 四",
        57,
        "四、具备相应的教师资格，并在教育教学一线工作。",
    );

    pub static APPRAISALS: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 五",
        "附件 五",
        59,
        "五、任现职以来近3年年度考核和师德考核均为称职（合格）以上。",
    );

    pub static ENTERPRISE_PRACTICE: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 六",
        "附件 六",
        61,
        "六、任现职期间参加企业实践符合有关文件规定要求。",
    );

    pub static ASSISTANT_CLASS_TEACHER: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）助理讲师",
        "附件 七（一）助理讲师",
        75,
        "基本胜任班主任工作",
    );

    pub static ASSISTANT_LESSON_PLANS: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）助理讲师/2",
        "附件 七（一）助理讲师",
        78,
        "见习一年期间的教案",
    );

    pub static ASSISTANT_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）助理讲师/3",
        "附件 七（一）助理讲师",
        79,
        "具备大学本科毕业学历或技工院校预备技师（技师）班毕业，见习期1年期满并考核合格；或者具备硕士学位。",
    );

    pub static ASSISTANT_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）助理讲师/4",
        "附件 七（一）助理讲师",
        81,
        "技术理论课教师具有相关职业（工种）初级及以上技能水平。",
    );

    pub static LECTURER_CLASS_TEACHER: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）讲师",
        "附件 七（一）讲师",
        86,
        "担任班主任1年以上",
    );

    pub static LECTURER_MENU: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）讲师/2",
        "附件 七（一）讲师",
        91,
        "应至少具备下列2项条件：",
    );

    pub static LECTURER_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）讲师/3",
        "附件 七（一）讲师",
        104,
        "具备大学本科毕业学历或技工院校预备技师（技师）班毕业，并在助理讲师岗位任教4年以上；或者具备硕士学位，并在助理讲师岗位任教2年以上；或者具备博士学位。",
    );

    pub static LECTURER_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）讲师/4",
        "附件 七（一）讲师",
        106,
        "技术理论课教师具有相关职业（工种）中级及以上技能水平。",
    );

    pub static SENIOR_LECTURER_MENU: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）高级讲师",
        "附件 七（一）高级讲师",
        118,
        "应至少具备下列3项条件：",
    );

    pub static SENIOR_LECTURER_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）高级讲师/2",
        "附件 七（一）高级讲师",
        135,
        "具备大学本科及以上学历或技工院校预备技师（技师）班毕业，受聘讲师职务5年以上。",
    );

    pub static SENIOR_LECTURER_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）高级讲师/3",
        "附件 七（一）高级讲师",
        137,
        "技术理论课教师具有相关职业（工种）高级及以上技能操作水平。",
    );

    pub static PROFESSOR_LECTURER_FRONTLINE: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）正高级讲师",
        "附件 七（一）正高级讲师",
        142,
        "在教育教学一线工作10年以上",
    );

    pub static PROFESSOR_LECTURER_MENU: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）正高级讲师/2",
        "附件 七（一）正高级讲师",
        151,
        "应至少具备下列4项条件：",
    );

    pub static PROFESSOR_LECTURER_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）正高级讲师/3",
        "附件 七（一）正高级讲师",
        170,
        "一般应具备大学本科及以上学历或技工院校预备技师（技师）班毕业，受聘高级讲师5年以上。",
    );

    pub static PROFESSOR_LECTURER_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（一）正高级讲师/4",
        "附件 七（一）正高级讲师",
        172,
        "技术理论课教师具有相关职业（工种）技师及以上技能操作水平。",
    );

    pub static GRADE3_LESSON_PLANS: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）三级实习指导教师",
        "附件 七（二）三级实习指导教师",
        190,
        "见习一年期间的教案",
    );

    pub static GRADE3_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）三级实习指导教师/2",
        "附件 七（二）三级实习指导教师",
        191,
        "具备中等职业学校（技工学校）毕业学历、大学专科学历或技工院校高级工班毕业，见习1年期满并考核合格；或者具备大学本科学历或技工院校预备技师（技师）班毕业。",
    );

    pub static GRADE3_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）三级实习指导教师/3",
        "附件 七（二）三级实习指导教师",
        193,
        "具有相关职业（工种）中级及以上技能操作水平。",
    );

    pub static GRADE2_CLASS_TEACHER: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）二级实习指导教师",
        "附件 七（二）二级实习指导教师",
        204,
        "能够胜任班主任工作",
    );

    pub static GRADE2_LESSON_PLANS: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）二级实习指导教师/2",
        "附件 七（二）二级实习指导教师",
        205,
        "参加工作以来的教案",
    );

    pub static GRADE2_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）二级实习指导教师/3",
        "附件 七（二）二级实习指导教师",
        206,
        "具备中等职业学校（技工学校）毕业学历，在三级实习指导教师岗位上任教3年；或者具备大学专科学历或技工院校高级工班毕业，在三级实习指导教师岗位上任教2年；或者具备大学本科学历或技工院校预备技师（技师）班毕业，在三级实习指导教师岗位上任教1年；或者具备硕士学位；",
    );

    pub static GRADE2_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）二级实习指导教师/4",
        "附件 七（二）二级实习指导教师",
        208,
        "具有相关职业（工种）高级及以上技能操作水平。",
    );

    pub static GRADE1_CLASS_TEACHER: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）一级实习指导教师",
        "附件 七（二）一级实习指导教师",
        215,
        "担任班主任1年以上",
    );

    pub static GRADE1_MENU: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）一级实习指导教师/2",
        "附件 七（二）一级实习指导教师",
        220,
        "应至少具备下列2项条件：",
    );

    pub static GRADE1_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）一级实习指导教师/3",
        "附件 七（二）一级实习指导教师",
        233,
        "具备中等职业学校（技工学校）毕业学历，在二级实习指导教师岗位上任教5年以上；或者具备大学专科或技工院校高级工班毕业，在二级实习指导教师岗位任教4年以上；或者具备大学本科学历或技工院校预备技师（技师）班毕业，在二级实习指导教师岗位任教3年以上；或者具备硕士学位，在二级实习指导教师岗位任教2年以上。",
    );

    pub static GRADE1_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）一级实习指导教师/4",
        "附件 七（二）一级实习指导教师",
        235,
        "具有相关职业（工种）技师及以上技能操作水平。",
    );

    pub static SENIOR_INSTRUCTOR_PROJECTS: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）高级实习指导教师",
        "附件 七（二）高级实习指导教师",
        241,
        "承担过预备技师及以上毕业课题指导工作",
    );

    pub static SENIOR_INSTRUCTOR_MENU: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）高级实习指导教师/2",
        "附件 七（二）高级实习指导教师",
        248,
        "应至少具备下列3项条件：",
    );

    pub static SENIOR_INSTRUCTOR_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）高级实习指导教师/3",
        "附件 七（二）高级实习指导教师",
        266,
        "具备大学本科及以上学历或技工院校预备技师（技师）班毕业，受聘一级实习指导教师5年以上。",
    );

    pub static SENIOR_INSTRUCTOR_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）高级实习指导教师/4",
        "附件 七（二）高级实习指导教师",
        268,
        "具有相关职业（工种）高级技师技能操作水平。",
    );

    pub static PROFESSOR_INSTRUCTOR_FRONTLINE: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）正高级实习指导教师",
        "附件 七（二）正高级实习指导教师",
        271,
        "在教育教学一线工作10年以上，独立承担过预备技师及以上毕业课题指导工作",
    );

    pub static PROFESSOR_INSTRUCTOR_MENU: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）正高级实习指导教师/2",
        "附件 七（二）正高级实习指导教师",
        280,
        "应至少具备下列4项条件：",
    );

    pub static PROFESSOR_INSTRUCTOR_EDUCATION: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）正高级实习指导教师/3",
        "附件 七（二）正高级实习指导教师",
        297,
        "一般应具备大学本科及以上学历或技工院校预备技师（技师）班毕业，受聘高级实习指导教师5年以上。",
    );

    pub static PROFESSOR_INSTRUCTOR_SKILL: Clause = clause(
        &DOC,
        "cn-rsbf-2017-90#附件 七（二）正高级实习指导教师/4",
        "附件 七（二）正高级实习指导教师",
        299,
        "具有相关职业（工种）高级技师技能操作水平。",
    );
}

/// 人力资源社会保障部办公厅关于推进技工院校学生创业创新工作的通知（人社厅发〔2018〕138号）.
pub mod rstf_2018_138 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rstf-2018-138",
        title: "人力资源社会保障部办公厅关于推进技工院校学生创业创新工作的通知",
        number: "人社厅发〔2018〕138号",
        issuer: "人力资源社会保障部办公厅",
        date: Some(d(2018, 12, 18)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::MinistryGeneralOffice,
        lines: (3489, 3510),
        plan_end: None,
    };

    pub static STARTUP_GRADUATES: Clause = clause(
        &DOC,
        "cn-rstf-2018-138#二、（四）",
        "二、（四）",
        12,
        "要指导推动技工院校帮助符合条件的自主创业毕业生申请享受税费减免、创业担保贷款、创业补贴、场租补贴等创业扶持政策。",
    );

    pub static STARTUP_STUDENTS: Clause = clause(
        &DOC,
        "cn-rstf-2018-138#二、（四）/2",
        "二、（四）",
        12,
        "技师学院高级工班及以上的创业学生，可参照享受高校毕业生就业创业政策。",
    );
}

/// 人力资源社会保障部办公厅关于技工院校公开招聘有关事项的通知（人社厅发〔2019〕95号）.
pub mod rstf_2019_95 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rstf-2019-95",
        title: "人力资源社会保障部办公厅关于技工院校公开招聘有关事项的通知",
        number: "人社厅发〔2019〕95号",
        issuer: "人力资源社会保障部办公厅",
        date: Some(d(2019, 9, 29)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::MinistryGeneralOffice,
        lines: (3465, 3475),
        plan_end: None,
    };

    pub static INSTRUCTOR_POSTS: Clause = clause(
        &DOC,
        "cn-rstf-2019-95#二",
        "二",
        6,
        "技工院校公开招聘生产实习指导教师时，岗位条件可设置为相应专业专科毕业生或技工院校高级工班毕业生，大学本科毕业生或预备技师（技师）班毕业生。",
    );

    pub static DIRECT_TEACHING: Clause = clause(
        &DOC,
        "cn-rstf-2019-95#三",
        "三",
        7,
        "对获得中华技能大奖、全国技术能手荣誉称号或省级技能大奖、技术能手荣誉称号，享受国务院或省政府特殊津贴、国家级或省级技能大师工作室带头人、获得省部级以上劳动模范表彰的高技能人才以及世界技能大赛国家集训选手和中国技能大赛优秀选手（国家级一类大赛前20名，国家级二类竞赛前15名；省级一类大赛前5名，省级二类大赛前3名），可按国家有关规定直接通过考察的方式公开招聘到技工院校与所获技能奖项相关的岗位任教。",
    );

    pub static GROUNDS: Clause = clause(
        &DOC,
        "cn-rstf-2019-95#p4",
        "",
        4,
        "按照《中共中央国务院关于印发<新时期产业工人队伍建设改革方案>的通知》和《国务院关于印发国家职业教育改革实施方案的通知》要求，大力发展技工教育，切实加强技工院校教师队伍建设",
    );
}

/// 关于扩大院校毕业年度毕业生参加职业技能培训有关政策范围的通知.
pub mod training_2021 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-joint-2021-training",
        title: "关于扩大院校毕业年度毕业生参加职业技能培训有关政策范围的通知",
        number: "",
        issuer: "人力资源社会保障部、财政部、教育部",
        date: None,
        window: window(d(2021, 5, 27), d(2021, 5, 27)),
        jurisdiction: jurisdiction::CN,
        rank: Rank::JointMinistry,
        lines: (1257, 1262),
        plan_end: None,
    };

    pub static GRADUATION_YEAR_TRAINING: Clause = clause(
        &DOC,
        "cn-joint-2021-training#p4",
        "",
        4,
        "将专账资金补贴性培训对象扩大到普通本科高校、中高职院校（含技工院校）毕业年度毕业生",
    );

    pub static FUNDS: Clause = clause(
        &DOC,
        "cn-joint-2021-training#p6",
        "",
        6,
        "要认真做好资金测算，并结合专账资金结余状况、毕业年度毕业生参加职业技能培训数量和培训补贴标准等实际情况，统筹开展工作",
    );
}

/// 人力资源社会保障部关于印发“技能中国行动”实施方案的通知（人社部发〔2021〕48号）.
pub mod rsbf_2021_48 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rsbf-2021-48",
        title: "人力资源社会保障部关于印发“技能中国行动”实施方案的通知",
        number: "人社部发〔2021〕48号",
        issuer: "人力资源社会保障部",
        date: Some(d(2021, 6, 30)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::Ministry,
        lines: (1154, 1219),
        plan_end: PLAN_END_14TH,
    };

    pub static CLASSES_EQUAL: Clause = clause(
        &DOC,
        "cn-rsbf-2021-48#（四）15.",
        "（四）15.",
        37,
        "技工院校高级工、预备技师（技师）班毕业生在应征入伍、就业、确定工资起点标准、参加机关事业单位招聘、职称评审、职级晋升等方面，分别按照大学专科、本科学历毕业生享受同等待遇。",
    );

    pub static PARITY: Clause = clause(
        &DOC,
        "cn-rsbf-2021-48#（四）16.",
        "（四）16.",
        38,
        "各类用人单位对在聘的高级工以上高技能人才在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，按相应层级专业技术人员享受同等待遇。",
    );

    pub static HONOURS: Clause = clause(
        &DOC,
        "cn-rsbf-2021-48#附件 二",
        "附件 二",
        54,
        "开展高技能人才评选表彰活动",
    );

    pub static HONOURS_NAMED: Clause = clause(
        &DOC,
        "cn-rsbf-2021-48#附件 二/2",
        "附件 二",
        54,
        "表彰一批中华技能大奖获得者、全国技术能手",
    );
}

/// 人力资源社会保障部 国家发展改革委 财政部关于深化技工院校改革大力发展技工教育的意见（人社部发〔2021〕30号）.
pub mod rsbf_2021_30 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rsbf-2021-30",
        title: "人力资源社会保障部 国家发展改革委 财政部关于深化技工院校改革大力发展技工教育的意见",
        number: "人社部发〔2021〕30号",
        issuer: "人力资源社会保障部、国家发展改革委、财政部",
        date: Some(d(2021, 8, 12)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::JointMinistry,
        lines: (1117, 1152),
        plan_end: None,
    };

    pub static HIGH_SKILLED_INCLUDES_PREPARATORY: Clause = clause(
        &DOC,
        "cn-rsbf-2021-30#（六）",
        "（六）",
        13,
        "重点培养技师、预备技师、高级工等高技能人才",
    );

    pub static CLASSES_TITLE_ENLIST: Clause = clause(
        &DOC,
        "cn-rsbf-2021-30#（十八）",
        "（十八）",
        27,
        "中级工班、高级工班、预备技师（技师）班毕业生分别按照中专、大专、本科学历落实职称评审、参军入伍等相关政策。",
    );

    pub static INSTRUCTOR_POSTS: Clause = clause(
        &DOC,
        "cn-rsbf-2021-30#（十九）",
        "（十九）",
        28,
        "技工院校公开招聘生产实习指导教师时，岗位所需条件可设置为专科毕业生或技工院校高级工班毕业生、大学本科毕业生或预备技师（技师）班毕业生。",
    );

    pub static DIRECT_TEACHING: Clause = clause(
        &DOC,
        "cn-rsbf-2021-30#（十九）/2",
        "（十九）",
        28,
        "对优秀高技能人才，可按照国家有关规定直接通过考察的方式公开招聘到技工院校与所获技能奖项相关的岗位任教。",
    );
}

/// 人力资源社会保障部关于职业院校毕业生参加事业单位公开招聘有关问题的通知（人社部发〔2021〕82号）.
pub mod rsbf_2021_82 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rsbf-2021-82",
        title: "人力资源社会保障部关于职业院校毕业生参加事业单位公开招聘有关问题的通知",
        number: "人社部发〔2021〕82号",
        issuer: "人力资源社会保障部",
        date: Some(d(2021, 10, 22)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::Ministry,
        lines: (1102, 1115),
        plan_end: None,
    };

    pub static NO_RESTRICTIONS: Clause = clause(
        &DOC,
        "cn-rsbf-2021-82#一",
        "一",
        6,
        "不得将毕业院校、国（境）外学习经历、学习方式作为限制性条件",
    );

    pub static SKILL_POSTS: Clause = clause(
        &DOC,
        "cn-rsbf-2021-82#三",
        "三",
        8,
        "事业单位公开招聘中有职业技能等级要求的岗位，可以适当降低学历要求，或者不再设置学历要求。",
    );

    pub static CLASSES_APPLY: Clause = clause(
        &DOC,
        "cn-rsbf-2021-82#三/2",
        "三",
        8,
        "在符合专业等其他条件的前提下，技工院校预备技师（技师）班毕业生可报名应聘学历要求为大学本科的岗位，高级工班毕业生可报名应聘学历要求为大学专科的岗位。",
    );

    pub static DIRECT_ASSESSMENT: Clause = clause(
        &DOC,
        "cn-rsbf-2021-82#四",
        "四",
        9,
        "职业院校毕业生为世界技能大赛国家集训选手、全国技能大赛优胜奖以上选手、全国行业职业技能竞赛获奖选手（一类职业技能大赛中获决赛单人赛项前10名、双人赛项前7名、三人赛项前5名的选手）的，可作为高技能人才按规定采取直接考察的方式公开招聘到与所获技能奖项相关的岗位工作。",
    );

    pub static RURAL: Clause = clause(
        &DOC,
        "cn-rsbf-2021-82#五",
        "五",
        10,
        "乡村振兴重点帮扶县基层事业单位工勤技能岗位补充急需紧缺技能人才的，可面向职业院校毕业生专项招聘。",
    );

    pub static INCLUDES_TECHNICAL_SCHOOLS: Clause = clause(
        &DOC,
        "cn-rsbf-2021-82#p5",
        "",
        5,
        "现就职业院校（含技工院校，下同）毕业生参加事业单位公开招聘有关问题通知如下",
    );
}

/// 技工教育“十四五”规划（人社部发﹝2021﹞86号）.
pub mod rsbf_2021_86 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rsbf-2021-86",
        title: "技工教育“十四五”规划",
        number: "人社部发﹝2021﹞86号",
        issuer: "人力资源社会保障部",
        date: None,
        window: window(d(2021, 10, 12), d(2021, 12, 31)),
        jurisdiction: jurisdiction::CN,
        rank: Rank::Ministry,
        lines: (991, 1101),
        plan_end: PLAN_END_14TH,
    };

    pub static CLASSES_TITLE_PI: Clause = clause(
        &DOC,
        "cn-rsbf-2021-86#（十七）",
        "（十七）",
        90,
        "中级工班、高级工班、预备技师（技师）班毕业生按规定分别按照中专、大专、本科学历落实职称评审、事业单位公开招聘等有关政策。",
    );

    pub static DIRECT_TEACHING: Clause = clause(
        &DOC,
        "cn-rsbf-2021-86#（十八）",
        "（十八）",
        92,
        "对优秀高技能人才，可按照国家有关规定直接通过考察的方式公开招聘到技工院校与所获技能奖项相关的岗位任教。",
    );

    pub static DIPLOMA_STATES_CLASS: Clause = clause(
        &DOC,
        "cn-rsbf-2021-86#（十九）",
        "（十九）",
        102,
        "将中级工班、高级工班、预备技师（技师）班等信息在毕业证书上予以明确体现，为毕业生各项政策待遇落实提供支持。",
    );
}

/// “十四五”职业技能培训规划（人社部发〔2021〕102号）.
pub mod rsbf_2021_102 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rsbf-2021-102",
        title: "“十四五”职业技能培训规划",
        number: "人社部发〔2021〕102号",
        issuer: "人力资源社会保障部、教育部、国家发展改革委、财政部",
        date: None,
        window: window(d(2021, 1, 1), d(2021, 12, 31)),
        jurisdiction: jurisdiction::CN,
        rank: Rank::JointMinistry,
        lines: (1697, 1857),
        plan_end: PLAN_END_14TH,
    };

    pub static HIGH_SKILLED_DEFINED: Clause = clause(
        &DOC,
        "cn-rsbf-2021-102#专栏1",
        "专栏1",
        39,
        "新增高技能人才（取得高级工及以上职业资格证书或职业技能等级证书）",
    );

    pub static GRADUATION_YEAR_TRAINING: Clause = clause(
        &DOC,
        "cn-rsbf-2021-102#（十）",
        "（十）",
        84,
        "积极为毕业年度学生提供职业技能培训服务并纳入职业培训补贴范畴。",
    );
}

/// 人力资源社会保障部办公厅关于进一步做好职称评审工作的通知（人社厅发〔2022〕60号）.
pub mod rstf_2022_60 {
    use super::*;

    pub static DOC: Document = Document {
        id: "cn-rstf-2022-60",
        title: "人力资源社会保障部办公厅关于进一步做好职称评审工作的通知",
        number: "人社厅发〔2022〕60号",
        issuer: "人力资源社会保障部办公厅",
        date: Some(d(2022, 11, 30)),
        window: None,
        jurisdiction: jurisdiction::CN,
        rank: Rank::MinistryGeneralOffice,
        lines: (1666, 1681),
        plan_end: None,
    };

    pub static EDUCATION_BASIC: Clause = clause(
        &DOC,
        "cn-rstf-2022-60#四",
        "四",
        8,
        "各职称系列对申报人学历只作基本要求，不具备规定学历但业绩显著、贡献突出的，可由2名以上具备正高级职称的同行专家推荐破格申报，法律法规另有规定的除外。",
    );

    pub static PART_TIME_EQUAL: Clause = clause(
        &DOC,
        "cn-rstf-2022-60#四/2",
        "四",
        8,
        "非全日制学历与全日制学历、职业院校毕业生与同层次普通学校毕业生在职称评审方面享有同等待遇。",
    );

    pub static CLASSES_TITLE: Clause = clause(
        &DOC,
        "cn-rstf-2022-60#四/3",
        "四",
        8,
        "技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按照中专、大专、本科学历申报相应系列职称。",
    );

    pub static NOT_RESTRICTIVE: Clause = clause(
        &DOC,
        "cn-rstf-2022-60#四/4",
        "四",
        8,
        "不得将科研项目、经费数量、获奖情况、论文期刊层次、头衔、称号等作为职称评审的限制性要求。",
    );
}
