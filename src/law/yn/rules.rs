//! Yunnan's rules (CN-YN), beside its documents: its class rules as rows
//! of the law's class table (`law::CLASS_RULES`), and the rules of the
//! decisions only its texts make (the 2014 certificate route, enlistment
//! and NCOs, the skill ↔ engineer comparison, the teaching route, the
//! subsidies, the cash table, skill-level promotion), which the groups'
//! code applies. A rule knows it is Yunnan's through its documents.

use super::*;
use crate::law::cn::rsbf_2021_30;
use crate::law::cn::rules::TITLE_ENLIST_CN_2021;
use crate::request::Competition;
use crate::vocab::Purpose::*;

// ------------------------------------------ group A: class rules, certificate route
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

// ------------------------------------------------ group B: enlistment, NCOs
/// 义务兵: Yunnan lets 职业院校 students and graduates register.
pub static ENLIST: Rule = Rule {
    id: "recruit.enlist",
    gloss: gloss(
        "云南：职业院校（含技工院校）在校生和毕业生可报名参军；征兵条件以征兵公告为准。",
        "Yunnan: students and graduates of vocational schools (技工院校 included) may register for conscription; the conscription conditions are those of the year's notice.",
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
    gloss: gloss(
        "云南：高级技工学校、技师学院等职业院校毕业生，以及取得高级工、预备技师证书的技工院校毕业生，可报名参加直招士官；招收条件以当年招收公告为准。",
        "Yunnan: graduates of 高级技工学校, 技师学院 and other vocational schools, and 技工院校 graduates with a 高级工 or 预备技师 certificate, may apply for direct NCO recruitment; the conditions are those of the year's notice.",
    ),
    cites: &[
        cite(&yrsf_2014_140::NCO),
        cite(&yrsf_2014_140::NCO_CERTIFICATES),
    ],
    superseded: None,
};

// ------------------------------------------ the skill ↔ engineer comparison
/// Yunnan 2014 第十一条: for recruitment to 工勤 posts of 机关/事业单位 and to
/// professional posts of 事业单位, 高级技师/技师/高级工 at the grass roots or
/// on a production line compare with 高级工程师/工程师/助理工程师. Text only
/// (the post has no title field, catalogue §4 Q31); never used for 职称.
pub static TITLE_MAP_YN_2014: Rule = Rule {
    id: "skill.titlemap.yn.2014",
    gloss: gloss(
        "云南：基层和企业生产一线的高级技师、技师、高级工，符合招考条件的，可比照高级工程师、工程师、助理工程师，参加机关、事业单位工勤人员或事业单位专业技术人员招考。",
        "Yunnan: senior technicians, technicians and senior workers at the grass roots or on a production line may apply to 工勤 posts of government bodies and public institutions, or professional posts of public institutions, on a par with senior engineers, engineers and assistant engineers.",
    ),
    cites: &[
        cite(&yrsf_2014_140::TITLE_COMPARISON),
    ],
    superseded: None,
};

// --------------------------------------------- group C: the teaching route
/// Yunnan: 技工院校 (2021), then every 职业院校 (2023), may hire 高技能人才 to
/// teach by direct assessment; 符合条件的 is not defined.
pub static VOCTEACHER_YN: Rule = Rule {
    id: "direct.vocteacher.yn",
    gloss: gloss(
        "云南：技工院校（2021年起）、职业院校（2023年文件）可通过直接考察方式公开招聘符合条件的高技能人才任教；“符合条件”未界定。",
        "Yunnan: 技工院校 (from 2021) and all vocational schools (2023 text) may hire qualified high-skilled people to teach by direct assessment; 'qualified' is not defined.",
    ),
    cites: &[
        cite(&yzf_2021_28::DIRECT_TEACHING),
        cite(&ybf_2023_9::DIRECT_TEACHING),
    ],
    superseded: None,
};

// ---------------------------------- group D: subsidies, cash, promotion
/// 技工院校毕业生可按规定申请一次性求职创业补贴、社会保险补贴 (any class).
pub static JOBSEEK_SI_YN_2022: Rule = Rule {
    id: "benefit.jobseek-si.yn.2022",
    gloss: gloss(
        "云南：技工院校毕业生可按规定申请一次性求职创业补贴、社会保险补贴。",
        "Yunnan: 技工院校 graduates may apply for the one-off job-seeking and start-up subsidy and the social-insurance subsidy.",
    ),
    cites: &[
        cite(&yrsf_2022_15::SUBSIDIES),
    ],
    superseded: None,
};

/// 强化竞赛获奖选手激励引领: one-off cash per competitor (每人), 2021-11-23.
/// 云人社通〔2022〕48号 第三十九条 refers back to it (a restatement).
pub static CASH_YN_2021: Rule = Rule {
    id: "benefit.cash.yn.2021",
    gloss: gloss(
        "云南：世界技能大赛、全国技能大赛、其他全国一类竞赛及全省综合性和省级一类竞赛的获奖选手，按奖牌（或等次）获得每人一次性奖励。",
        "Yunnan: one-off cash per competitor for medals (or prize tiers) at WorldSkills, the national skills competition, other national class-1 competitions, and the provincial comprehensive and class-1 competitions.",
    ),
    cites: &[
        cite(&yzf_2021_28::WORLD_SKILLS_CASH),
        cite(&yzf_2021_28::NATIONAL_CASH),
        cite(&yzf_2021_28::DEEMED_AWARD),
        cite(&yzf_2021_28::CLASS1_CASH),
        cite(&yzf_2021_28::CLASS1_PRIZES),
        cite(&yzf_2021_28::PROVINCIAL_CASH),
        also(&yrst_2022_48::AWARDS_REFER),
    ],
    superseded: None,
};

pub static CASH_TABLE: [CashRow; 5] = [
    CashRow {
        competition: Competition::WorldSkills,
        medals: [Some(600_000), Some(400_000), Some(200_000), Some(100_000)],
        prizes: None,
        sent_by_province: true,
        discretionary: false,
        clause: &yzf_2021_28::WORLD_SKILLS_CASH,
    },
    CashRow {
        competition: Competition::NationalSkillsCompetition,
        medals: [Some(200_000), Some(150_000), Some(80_000), Some(20_000)],
        prizes: None,
        sent_by_province: false,
        discretionary: false,
        clause: &yzf_2021_28::NATIONAL_CASH,
    },
    CashRow {
        competition: Competition::NationalClass1,
        medals: [Some(100_000), Some(50_000), Some(20_000), None],
        prizes: Some([30_000, 20_000, 10_000]),
        sent_by_province: true,
        discretionary: false,
        clause: &yzf_2021_28::CLASS1_CASH,
    },
    CashRow {
        competition: Competition::ProvincialComprehensive,
        medals: [Some(30_000), Some(20_000), Some(10_000), None],
        prizes: None,
        sent_by_province: false,
        discretionary: true,
        clause: &yzf_2021_28::PROVINCIAL_CASH,
    },
    CashRow {
        competition: Competition::ProvincialClass1,
        medals: [Some(30_000), Some(20_000), Some(10_000), None],
        prizes: None,
        sent_by_province: false,
        discretionary: true,
        clause: &yzf_2021_28::PROVINCIAL_CASH,
    },
];

/// 全省职业技能大赛 → 云岭百名工匠, up to 10万元: a separate scheme, never added
/// to the 技能云南 cash table.
pub static YUNLING_YN_2022: Rule = Rule {
    id: "benefit.yunling.yn.2022",
    gloss: gloss(
        "云南：全省职业技能大赛评选产生“云岭百名工匠”，对获奖选手给予最高10万元奖励（独立于技能云南竞赛奖励）。",
        "Yunnan: the provincial skills competition selects the 云岭百名工匠, who get up to CNY 100,000 (a scheme separate from the 技能云南 cash awards).",
    ),
    cites: &[
        cite(&ybf_2022_9::YUNLING_CRAFTSMEN),
    ],
    superseded: None,
};

/// 云南省职业技能竞赛管理办法（试行） 第三十八条: 优胜奖及以上 → promotion, from 2022-10-25.
pub static SKILLPROMO_YN_2022: Rule = Rule {
    id: "benefit.skillpromo.yn.2022",
    gloss: gloss(
        "云南：纳入年度竞赛计划的竞赛中获得优胜奖及以上名次的选手，按照有关规定晋升职业技能等级。",
        "Yunnan: competitors placing 优胜奖 or better in a competition of the annual plan are promoted a skill level under the relevant rules.",
    ),
    cites: &[
        cite(&yrst_2022_48::SCOPE),
        cite(&yrst_2022_48::EXCELLENCE),
        cite(&yrst_2022_48::PROMOTION),
        cite(&yrst_2022_48::PREVAILS),
    ],
    superseded: None,
};

/// 云人社发[2014]140号 第七条: 胜出的优秀选手 may be promoted 破格. From
/// 2022-10-25 48号 prevails where the two differ (第四十六条), for the
/// competitions it governs (第二条: held in Yunnan, in the annual plan): the
/// provincial ones. For national competitions 第七条 still stands.
pub static SKILLPROMO_YN_2014: Rule = Rule {
    id: "benefit.skillpromo.yn.2014",
    gloss: gloss(
        "云南：国家级、省级技能大赛胜出的优秀选手，按规定可破格晋升为高级工、技师或高级技师（省级竞赛自2022年10月25日起按云人社通〔2022〕48号）。",
        "Yunnan: outstanding winners (胜出的优秀选手) of national and provincial skills competitions may be promoted 破格 to 高级工, 技师 or 高级技师 (provincial competitions follow 云人社通〔2022〕48号 from 25 October 2022).",
    ),
    cites: &[
        cite(&yrsf_2014_140::COMPETITION_PROMOTION),
    ],
    superseded: Some(Supersession {
        by: &SKILLPROMO_YN_2022,
        clause: &yrst_2022_48::PREVAILS,
        partial: true,
    }),
};

pub static CLASS_RULES: [ClassRule; 3] = [
    ClassRule {
        rule: &MULTI_YN_2021,
        levels: ALL3,
        purposes: GENERAL_PURPOSES,
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
