//! Yunnan documents (CN-YN) and their clauses. Each clause is written once:
//! its document, the article as printed, its line within `sources/<id>.txt`
//! and the verbatim quote (tests/citations.rs checks every one). The
//! rules resting on them that are data — the class rules, and a province's
//! own — are in `rules` beside them.

use super::*;

pub mod rules;

/// 云南省职业教育条例.
pub mod regulation_2005 {
    use super::*;

    pub static DOC: Document = Document {
        id: "yn-regulation-2005",
        title: "云南省职业教育条例",
        number: "",
        issuer: "云南省人民代表大会常务委员会",
        date: Some(d(2005, 9, 26)),
        window: None,
        jurisdiction: jurisdiction::CN_YN,
        rank: Rank::ProvincialCongress,
        lines: (2439, 2502),
        plan_end: None,
    };

    pub static SECONDARY: Clause = clause(
        &DOC,
        "yn-regulation-2005#第六条",
        "第六条",
        18,
        "中等职业学校教育是高中阶段的职业教育，包括中等专业学校（含职业中专）、职业高中、技工学校等学校教育",
    );

    pub static CERTIFICATES_PROOF: Clause = clause(
        &DOC,
        "yn-regulation-2005#第十四条",
        "第十四条",
        39,
        "学历证书、培训证书、职业资格证书是职业学校、职业培训机构的毕业生、结业生从业和享受相应待遇的凭证。",
    );
}

/// 云南省人民政府关于实施“技能云南”行动的意见（云政发〔2021〕28号）.
pub mod yzf_2021_28 {
    use super::*;

    pub static DOC: Document = Document {
        id: "yn-yzf-2021-28",
        title: "云南省人民政府关于实施“技能云南”行动的意见",
        number: "云政发〔2021〕28号",
        issuer: "云南省人民政府",
        date: Some(d(2021, 11, 23)),
        window: None,
        jurisdiction: jurisdiction::CN_YN,
        rank: Rank::ProvincialOffice,
        lines: (2295, 2353),
        plan_end: None,
    };

    pub static DIRECT_TEACHING: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#20.",
        "20.",
        40,
        "技工院校可探索采取直接考察方式公开招聘企业具有高级职称的工程技术人员和技能精湛的高技能人才到学校担任专业课教师或生产实习指导教师。",
    );

    pub static CLASSES_EQUAL: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#23.",
        "23.",
        44,
        "技工院校中级工、高级工、预备技师（技师）班毕业生在应征入伍、就业、确定工资起点标准、参加机关事业单位招聘、职称评审、职级晋升等方面，分别按照中专、大学专科、本科学历毕业生享受同等政策待遇。",
    );

    pub static WORLD_SKILLS_CASH: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#28.",
        "28.",
        50,
        "对我省选派获得世界技能大赛金、银、铜牌和优胜奖的选手，分别给予每人一次性奖励60万元、40万元、20万元、10万元",
    );

    pub static DEEMED_AWARD: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#28./2",
        "28.",
        50,
        "视同省级人民政府在技术方面颁发的奖金",
    );

    pub static NATIONAL_CASH: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#28./3",
        "28.",
        50,
        "对参加全国职业技能大赛获金、银、铜牌和优胜奖的选手分别给予每人一次性奖励20万元、15万元、8万元、2万元",
    );

    pub static CLASS1_CASH: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#28./4",
        "28.",
        51,
        "对我省选派获得其他全国一类职业技能竞赛各赛项金、银、铜牌的选手分别给予每人一次性奖励10万元、5万元、2万元",
    );

    pub static CLASS1_PRIZES: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#28./5",
        "28.",
        51,
        "不设金、银、铜牌的，可对获得一、二、三等奖的选手分别给予每人一次性奖励3万元、2万元、1万元",
    );

    pub static PROVINCIAL_CASH: Clause = clause(
        &DOC,
        "yn-yzf-2021-28#28./6",
        "28.",
        52,
        "对参加全省综合性职业技能大赛和其他省级一类职业技能竞赛获金、银、铜牌的选手可分别给予每人一次性奖励3万元、2万元、1万元",
    );
}

/// 关于人才服务现代产业发展的十条措施（云办发〔2022〕9号）.
pub mod ybf_2022_9 {
    use super::*;

    pub static DOC: Document = Document {
        id: "yn-ybf-2022-9",
        title: "关于人才服务现代产业发展的十条措施",
        number: "云办发〔2022〕9号",
        issuer: "中共云南省委办公厅、云南省人民政府办公厅",
        date: None,
        window: window(d(2022, 1, 1), d(2022, 10, 25)),
        jurisdiction: jurisdiction::CN_YN,
        rank: Rank::ProvincialOffice,
        lines: (3336, 3352),
        plan_end: None,
    };

    pub static YUNLING_CRAFTSMEN: Clause = clause(
        &DOC,
        "yn-ybf-2022-9#二",
        "二",
        8,
        "每年投入2000万元举办全省职业技能大赛，从重点产业链中选取10个专业，评选产生“云岭百名工匠”，对获奖选手给予最高10万元奖励。",
    );
}

/// 关于加强新时代高技能人才队伍建设的实施意见（云办发〔2023〕9号）.
pub mod ybf_2023_9 {
    use super::*;

    pub static DOC: Document = Document {
        id: "yn-ybf-2023-9",
        title: "关于加强新时代高技能人才队伍建设的实施意见",
        number: "云办发〔2023〕9号",
        issuer: "中共云南省委办公厅、云南省人民政府办公厅",
        date: None,
        window: window(d(2023, 1, 1), d(2023, 8, 2)),
        jurisdiction: jurisdiction::CN_YN,
        rank: Rank::ProvincialOffice,
        lines: (2664, 3269),
        plan_end: None,
    };

    pub static SKILL_POSTS_LOWER: Clause = clause(
        &DOC,
        "yn-ybf-2023-9#（七）",
        "（七）",
        36,
        "事业单位公开招聘中有职业技能等级要求的岗位，可以适当降低学历要求。",
    );

    pub static CLASSES_EQUAL: Clause = clause(
        &DOC,
        "yn-ybf-2023-9#（七）/2",
        "（七）",
        36,
        "技工院校中级工、高级工、预备技师（技师）班毕业生分别等同于中专、大学专科、本科学历毕业生，在参加企事业单位招聘、应征入伍、就业创业、工资待遇、职称评审、职级晋升等方面享受同等政策待遇。",
    );

    pub static DIRECT_TEACHING: Clause = clause(
        &DOC,
        "yn-ybf-2023-9#（八）",
        "（八）",
        40,
        "职业院校可按有关规定通过直接考察方式公开招聘符合条件的高技能人才到相关岗位任教。",
    );

    pub static EIGHT_LEVELS: Clause = clause(
        &DOC,
        "yn-ybf-2023-9#（十三）",
        "（十三）",
        62,
        "构建由学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师构成的“八级工”职业技能等级（岗位）序列。",
    );

    pub static PARITY: Clause = clause(
        &DOC,
        "yn-ybf-2023-9#（八）/2",
        "（八）",
        40,
        "各类用人单位对在聘的高级工以上高技能人才在学习进修、岗位聘任、职务职级晋升、工资福利、评优评奖、科研项目申报等方面，按照相应层级专业技术人员享受同等待遇。",
    );

    pub static NO_BARRIERS: Clause = clause(
        &DOC,
        "yn-ybf-2023-9#（七）/3",
        "（七）",
        36,
        "用人单位不得设置妨碍职业院校毕业生平等就业、公平竞争的报考、聘用等条件。",
    );
}

/// 关于印发云南省拓宽技能人才成长上升通道实施办法（暂行）的通知（云人社发[2014]140号）.
pub mod yrsf_2014_140 {
    use super::*;

    pub static DOC: Document = Document {
        id: "yn-yrsf-2014-140",
        title: "关于印发云南省拓宽技能人才成长上升通道实施办法（暂行）的通知",
        number: "云人社发[2014]140号",
        issuer: "云南省人力资源和社会保障厅、云南省教育厅、云南省人民政府国有资产监督管理委员会、云南省军区司令部",
        date: Some(d(2014, 8, 1)),
        window: None,
        jurisdiction: jurisdiction::CN_YN,
        rank: Rank::ProvincialDepartment,
        lines: (3426, 3464),
        plan_end: None,
    };

    pub static SCOPE: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第二条",
        "第二条",
        16,
        "从省内外各类职业院校毕业取得中级工以上国家职业资格证书的人员",
    );

    pub static CERTIFICATES_EQUAL: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第五条",
        "第五条",
        21,
        "技工院校取得高级工、预备技师职业资格证书的毕业生比照大专、大学本科毕业生享受同等待遇。",
    );

    pub static FIRST_WAGE: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第五条/2",
        "第五条",
        21,
        "用人单位在与其协商确定初次就业工资水平时分别比照全日制大专、大学本科毕业生执行；机关、事业单位按国家有关政策执行。",
    );

    pub static ENLISTMENT: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第六条",
        "第六条",
        22,
        "职业院校（含技工院校）在校生和毕业生可报名参军，符合征兵条件批准入伍的，享受义务兵津贴、退役金和家庭优抚优待等相关待遇。",
    );

    pub static NCO: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第六条/2",
        "第六条",
        22,
        "高级技工学校、技师学院等职业院校毕业生可报名参加直招士官的招收，符合招收条件批准入伍的，享受军队士官招收的相关待遇。",
    );

    pub static COMPETITION_PROMOTION: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第七条",
        "第七条",
        23,
        "鼓励各类职业院校学生、企业职工积极参加国家级、省级技能大赛活动，胜出的优秀选手，按规定可破格晋升为高级工、技师或高级技师。",
    );

    pub static TITLES: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第九条",
        "第九条",
        27,
        "对取得工程技术类高级工、预备技师职业资格证书的技师学院毕业生，可按大专学历参加专业技术职称申报评审；其他技工学校毕业生，可按中专学历参加专业技术职称申报评审。",
    );

    pub static TITLE_COMPARISON: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第十一条",
        "第十一条",
        31,
        "在基层和企业生产一线的高级技师、技师、高级工等高技能人才，符合机关、事业单位招考条件的，可比照本岗位的高级工程师、工程师、助理工程师，参加机关、事业单位的工勤人员或事业单位专业技术人员的招考。",
    );

    pub static RECRUITMENT: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第十二条",
        "第十二条",
        32,
        "技工院校取得高级工、预备技师职业资格证书的毕业生，可报考机关、事业单位工勤人员或事业单位专业技术人员，其学历比照全日制大专、本科毕业生执行。",
    );

    pub static NCO_CERTIFICATES: Clause = clause(
        &DOC,
        "yn-yrsf-2014-140#第十三条",
        "第十三条",
        35,
        "技工院校取得高级工、预备技师职业资格证书的毕业生，按照《直接从非军事部门招收士官工作规定》纳入军队士官招收对象范围，首次授衔确定工资起点标准等参照全日制大专、本科毕业生执行。",
    );
}

/// 关于贯彻落实深化技工院校改革大力发展技工教育的实施意见（云人社发〔2022〕15号）.
pub mod yrsf_2022_15 {
    use super::*;

    pub static DOC: Document = Document {
        id: "yn-yrsf-2022-15",
        title: "关于贯彻落实深化技工院校改革大力发展技工教育的实施意见",
        number: "云人社发〔2022〕15号",
        issuer: "云南省人力资源和社会保障厅",
        date: None,
        window: window(d(2022, 1, 1), d(2022, 12, 31)),
        jurisdiction: jurisdiction::CN_YN,
        rank: Rank::ProvincialDepartment,
        lines: (3353, 3424),
        plan_end: None,
    };

    pub static CLASSES: Clause = clause(
        &DOC,
        "yn-yrsf-2022-15#五、(四)",
        "五、(四)",
        56,
        "落实技工院校中级班、高级工班、预备技师(技师)班毕业生按规定对应中专、大专、本科学历参加职称评审、事业单位公开招聘、参军入伍等有关待遇政策。",
    );

    pub static SUBSIDIES: Clause = clause(
        &DOC,
        "yn-yrsf-2022-15#五、(四)/2",
        "五、(四)",
        56,
        "技工院校毕业生可按规定申请一次性求职创业补贴、社会保险补贴。",
    );
}

/// 云南省职业技能竞赛管理办法（试行）（云人社通〔2022〕48号）.
pub mod yrst_2022_48 {
    use super::*;

    pub static DOC: Document = Document {
        id: "yn-yrst-2022-48",
        title: "云南省职业技能竞赛管理办法（试行）",
        number: "云人社通〔2022〕48号",
        issuer: "云南省人力资源和社会保障厅",
        date: Some(d(2022, 10, 25)),
        window: None,
        jurisdiction: jurisdiction::CN_YN,
        rank: Rank::ProvincialDepartment,
        lines: (3270, 3334),
        plan_end: None,
    };

    pub static SCOPE: Clause = clause(
        &DOC,
        "yn-yrst-2022-48#第二条",
        "第二条",
        7,
        "本办法适用于云南省行政区域内组织开展的、纳入年度竞赛计划的各级各类职业技能竞赛活",
    );

    pub static EXCELLENCE: Clause = clause(
        &DOC,
        "yn-yrst-2022-48#第三十七条",
        "第三十七条",
        49,
        "对未获得上述奖项但排名在参赛总人数50%以内的选手可颁发优胜奖。",
    );

    pub static PROMOTION: Clause = clause(
        &DOC,
        "yn-yrst-2022-48#第三十八条",
        "第三十八条",
        50,
        "对各竞赛活动获得优胜奖及以上名次的选手按照有关规定晋升职业技能等级，并颁发职业技能等级证书。",
    );

    pub static AWARDS_REFER: Clause = clause(
        &DOC,
        "yn-yrst-2022-48#第三十九条",
        "第三十九条",
        51,
        "竞赛奖励政策按照《云南省人民政府关于实施“技能云南”行动的意见》（云政发〔2021〕28号）等文件有关规定执行。",
    );

    pub static PREVAILS: Clause = clause(
        &DOC,
        "yn-yrst-2022-48#第四十六条",
        "第四十六条",
        61,
        "原有规定与本办法不一致的，以本办法为准。",
    );
}
