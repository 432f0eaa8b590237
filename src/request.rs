//! The request (api.md "Request") and its vocabulary. Serialized names are a
//! public promise: extend, never rename.

use serde::Serialize;

use crate::date::Date;

/// The rules that apply: national only, or national and Yunnan (ISO 3166-2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Jurisdiction {
    /// 全国: national rules only.
    #[default]
    Cn,
    /// 云南省: national and Yunnan rules.
    CnYn,
}

impl Jurisdiction {
    pub const fn code(self) -> &'static str {
        match self {
            Jurisdiction::Cn => "CN",
            Jurisdiction::CnYn => "CN-YN",
        }
    }
    /// Whether rules of `rule_jurisdiction` apply under `self`.
    pub fn includes(self, rule_jurisdiction: Jurisdiction) -> bool {
        rule_jurisdiction == Jurisdiction::Cn || self == rule_jurisdiction
    }
}

impl Serialize for Jurisdiction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Language of the report's human-readable texts. Quotes stay Chinese.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

/// One evaluation request.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    /// The date the decision is made for. Absent: the caller's today
    /// (supplied by the boundary; the core has no clock).
    pub as_of: Option<Date>,
    pub jurisdiction: Jurisdiction,
    pub lang: Lang,
    pub graduate: Graduate,
    pub post: Option<Post>,
    pub teacher: Option<Teacher>,
}

/// 毕业生（或在校生）: the person whose schooling is being evaluated.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Graduate {
    pub school_type: SchoolType,
    /// 班级层次; only for 技工院校.
    pub class_type: Option<ClassType>,
    pub study_mode: Option<StudyMode>,
    /// `null` (or absent): a student still enrolled (在校生).
    pub graduation_date: Option<Date>,
    pub certificates: Vec<Certificate>,
    pub awards: Vec<Award>,
    pub honours: Vec<Honour>,
}

/// 院校类型.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SchoolType {
    /// 技工学校
    TechnicalSchool,
    /// 高级技工学校
    SeniorTechnicalSchool,
    /// 技师学院
    TechnicianCollege,
    /// 特殊教育院校（职业教育类）
    SpecialEducationSchool,
    /// 中等职业学校
    SecondaryVocationalSchool,
    /// 高等职业学校（专科）
    HigherVocationalCollege,
    /// 职业本科
    VocationalUniversity,
    /// 普通高等学校
    University,
}

impl SchoolType {
    /// 技工院校: 技工学校, 高级技工学校, 技师学院.
    pub fn is_technical(self) -> bool {
        matches!(
            self,
            SchoolType::TechnicalSchool
                | SchoolType::SeniorTechnicalSchool
                | SchoolType::TechnicianCollege
        )
    }
}

/// 班级: the class a 技工院校 student graduates from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ClassType {
    /// 中级工班
    Intermediate,
    /// 高级工班
    Senior,
    /// 预备技师（技师）班
    PreparatoryTechnician,
}

impl ClassType {
    /// classLevel: 中级工班 → 中专, 高级工班 → 大专, 预备技师（技师）班 → 本科.
    pub fn level(self) -> Education {
        match self {
            ClassType::Intermediate => Education::SecondaryVocational,
            ClassType::Senior => Education::Associate,
            ClassType::PreparatoryTechnician => Education::Bachelor,
        }
    }
}

/// 学习方式.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StudyMode {
    /// 全日制
    FullTime,
    /// 非全日制
    PartTime,
}

/// 职业资格 / 职业技能等级证书.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    pub level: SkillLevel,
    pub field: Option<CertField>,
}

/// 职业技能等级, in the order of the 八级工 ladder (skill.ladder.cn.2022),
/// with 预备技师 placed between 高级工 and 技师 (catalogue §4 Q7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SkillLevel {
    /// 学徒工
    Apprentice,
    /// 初级工
    Junior,
    /// 中级工
    Intermediate,
    /// 高级工
    Senior,
    /// 预备技师
    PreparatoryTechnician,
    /// 技师
    Technician,
    /// 高级技师
    SeniorTechnician,
    /// 特级技师
    SpecialTechnician,
    /// 首席技师
    ChiefTechnician,
}

/// 证书类别.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CertField {
    /// 工程技术类
    Engineering,
    Other,
}

/// 学历层次, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Education {
    /// 中专
    SecondaryVocational,
    /// 大专（大学专科）
    Associate,
    /// 本科
    Bachelor,
    /// 硕士
    Master,
    /// 博士
    Doctorate,
}

/// A competition placing (竞赛获奖).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Award {
    pub competition: Competition,
    /// Final rank, 1 = first.
    pub rank: Option<u32>,
    pub medal: Option<Medal>,
    /// 一/二/三等奖 (1, 2 or 3), for competitions without medals (catalogue §4 Q10).
    pub prize: Option<u8>,
    /// 单人 1, 双人 2, 三人 3.
    pub team_size: Option<u8>,
}

/// 竞赛类别.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Competition {
    /// 世界技能大赛
    WorldSkills,
    /// 世界技能大赛国家集训队
    WorldSkillsNationalSquad,
    /// 全国技能大赛
    NationalSkillsCompetition,
    /// 国家级一类竞赛
    NationalClass1,
    /// 国家级二类竞赛
    NationalClass2,
    /// 全省（综合性）技能大赛
    ProvincialComprehensive,
    /// 省级一类竞赛
    ProvincialClass1,
    /// 省级二类竞赛
    ProvincialClass2,
}

/// 奖牌.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Medal {
    Gold,
    Silver,
    Bronze,
    /// 优胜奖
    Excellence,
}

/// 荣誉.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Honour {
    /// 中华技能大奖
    ChinaSkillsAward,
    /// 全国技术能手
    NationalTechnicalExpert,
    /// 省级技能大奖
    ProvincialSkillsAward,
    /// 省级技术能手
    ProvincialTechnicalExpert,
    /// 享受国务院或省政府特殊津贴
    SpecialAllowance,
    /// 国家级或省级技能大师工作室带头人
    MasterStudioLead,
    /// 省部级以上劳动模范
    ModelWorker,
}

/// The post applied for (招聘岗位).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Post {
    pub employer: Employer,
    pub post_type: PostType,
    /// 学历要求; absent = no education bar.
    pub required_education: Option<Education>,
    /// 有职业技能等级要求的岗位.
    pub skill_level_required: bool,
}

/// 用人单位.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Employer {
    /// 事业单位
    PublicInstitution,
    /// 机关
    GovernmentOrgan,
    /// 国有企业
    StateOwnedEnterprise,
    /// 企业
    Enterprise,
    /// 技工院校（教师岗）
    TechnicalSchool,
    /// 军队
    Military,
}

/// 岗位类别.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PostType {
    /// 专业技术岗
    Professional,
    /// 工勤技能岗
    WorkerSupport,
    /// 管理岗
    Management,
    /// 公务员
    CivilServant,
    /// 生产实习指导教师
    PracticalInstructor,
    /// 直招士官
    Nco,
    /// 义务兵
    Enlistment,
}

/// A 技工院校 teacher's record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Teacher {
    pub track: Track,
    /// Absent: no title yet.
    pub current_title: Option<Title>,
    pub current_title_since: Option<Date>,
    /// Start of frontline teaching (教育教学一线).
    pub teaching_since: Option<Date>,
    /// 见习期满并考核合格.
    pub probation_completed: Option<bool>,
    /// Highest 学历/学位; absent: the graduate's own class level.
    pub education: Option<Education>,
}

/// 职称系列.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Track {
    /// 讲师系列
    Theory,
    /// 实习指导教师系列
    Practical,
}

/// 技工院校教师职称.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Title {
    /// 助理讲师
    AssistantLecturer,
    /// 讲师
    Lecturer,
    /// 高级讲师
    SeniorLecturer,
    /// 正高级讲师
    ProfessorLecturer,
    /// 三级实习指导教师
    Grade3Instructor,
    /// 二级实习指导教师
    Grade2Instructor,
    /// 一级实习指导教师
    Grade1Instructor,
    /// 高级实习指导教师
    SeniorInstructor,
    /// 正高级实习指导教师
    ProfessorInstructor,
}

impl Track {
    /// The ladder, lowest rung first (title.ladder.cn.2017).
    pub fn ladder(self) -> &'static [Title] {
        match self {
            Track::Theory => &[
                Title::AssistantLecturer,
                Title::Lecturer,
                Title::SeniorLecturer,
                Title::ProfessorLecturer,
            ],
            Track::Practical => &[
                Title::Grade3Instructor,
                Title::Grade2Instructor,
                Title::Grade1Instructor,
                Title::SeniorInstructor,
                Title::ProfessorInstructor,
            ],
        }
    }
}
