//! The recruiters' terms (招聘用语): every header and cell spelling the batch
//! reader accepts, as data. Keys are in normalised form (`cells::norm`, and
//! `cells::norm_header` for headers); a unit test checks that they are, or
//! they could never match.

use super::Field;
use crate::request::{
    CertField, ClassType, Competition, Education, Employer, Honour, Medal, PostType, SchoolType,
    SkillLevel, StudyMode,
};
use crate::text::{t as tx, Text};

// ---------------------------------------------------------------------------
// Headers of the 报名表 (applicants)

/// Header spellings of the fields the batch reads. A field may have several
/// label columns (姓名 and 序号): [`label_rank`] says which one is the label.
pub(super) const HEADERS: &[(&str, Field)] = &[
    ("label", Field::Label),
    ("name", Field::Label),
    ("id", Field::Label),
    ("姓名", Field::Label),
    ("考生姓名", Field::Label),
    ("编号", Field::Label),
    ("姓名/编号", Field::Label),
    ("姓名或编号", Field::Label),
    ("考生编号", Field::Label),
    ("报名序号", Field::Label),
    ("报名号", Field::Label),
    ("序号", Field::Label),
    ("schooltype", Field::SchoolType),
    ("院校类型", Field::SchoolType),
    ("学校类型", Field::SchoolType),
    ("毕业院校类型", Field::SchoolType),
    ("schoolname", Field::SchoolName),
    ("school", Field::SchoolName),
    ("毕业院校", Field::SchoolName),
    ("毕业学校", Field::SchoolName),
    ("毕业院校名称", Field::SchoolName),
    ("院校名称", Field::SchoolName),
    ("学校名称", Field::SchoolName),
    ("classtype", Field::ClassType),
    ("class", Field::ClassType),
    ("班级", Field::ClassType),
    ("班级层次", Field::ClassType),
    ("班次", Field::ClassType),
    ("education", Field::Education),
    ("学历", Field::Education),
    ("学历层次", Field::Education),
    ("最高学历", Field::Education),
    ("studymode", Field::StudyMode),
    ("学习方式", Field::StudyMode),
    ("学习形式", Field::StudyMode),
    ("graduationdate", Field::GraduationDate),
    ("毕业时间", Field::GraduationDate),
    ("毕业日期", Field::GraduationDate),
    ("毕业年月", Field::GraduationDate),
    ("certificates", Field::Certificates),
    ("certificate", Field::Certificates),
    ("证书", Field::Certificates),
    ("职业资格证书", Field::Certificates),
    ("职业技能等级证书", Field::Certificates),
    ("技能等级证书", Field::Certificates),
    ("技能等级", Field::Certificates),
    ("职业资格", Field::Certificates),
    ("awards", Field::Awards),
    ("award", Field::Awards),
    ("竞赛获奖", Field::Awards),
    ("获奖", Field::Awards),
    ("获奖情况", Field::Awards),
    ("竞赛获奖情况", Field::Awards),
    ("honours", Field::Honours),
    ("honors", Field::Honours),
    ("honour", Field::Honours),
    ("honor", Field::Honours),
    ("荣誉", Field::Honours),
    ("荣誉称号", Field::Honours),
    ("postcode", Field::PostCode),
    ("post", Field::PostCode),
    ("报考岗位代码", Field::PostCode),
    ("报考岗位编码", Field::PostCode),
    ("报考职位代码", Field::PostCode),
    ("岗位代码", Field::PostCode),
    ("岗位编码", Field::PostCode),
    ("职位代码", Field::PostCode),
];

/// Of several label columns, the lower rank is the label and the others
/// are not used: a name before an id, an id before a running number.
pub(super) fn label_rank(key: &str) -> u8 {
    match key {
        "序号" => 2,
        "编号" | "考生编号" | "报名序号" | "报名号" | "id" => 1,
        _ => 0,
    }
}

/// Columns a 报名表 usually has that no rule here uses: read as "not used",
/// listed, never an error.
pub(super) const UNUSED_HEADERS: &[&str] = &[
    "性别",
    "民族",
    "身份证号",
    "身份证号码",
    "公民身份号码",
    "证件号码",
    "出生年月",
    "出生日期",
    "年龄",
    "政治面貌",
    "联系电话",
    "电话",
    "手机",
    "手机号",
    "手机号码",
    "电子邮箱",
    "邮箱",
    "所学专业",
    "专业",
    "专业名称",
    "学位",
    "籍贯",
    "户籍",
    "户籍所在地",
    "生源地",
    "婚姻状况",
    "健康状况",
    "通讯地址",
    "家庭住址",
    "现居住地",
    "工作单位",
    "现工作单位",
    "工作经历",
    "个人简历",
    "简历",
    "学习经历",
    "家庭成员",
    "奖惩情况",
    "参加工作时间",
    "是否应届毕业生",
    "是否应届",
    "报考单位",
    "招聘单位",
    "报考岗位",
    "报考岗位名称",
    "岗位名称",
    "报考职位",
    "报考职位名称",
    "职位名称",
    "毕业证书编号",
    "毕业证号",
    "学位证书编号",
    "身份证",
    "职称",
    "职务",
    "现任职务",
    "工作年限",
    "外语水平",
    "计算机水平",
    "特长",
    "学制",
    "入学时间",
    "姓名拼音",
    "曾用名",
    "报名时间",
    "审核状态",
    "审核意见",
    "审核结果",
    "资格审查",
    "资格审查结果",
    "缴费状态",
    "准考证号",
    "考场",
    "座位号",
    "照片",
    "证书编号",
    "备注",
    "sex",
    "gender",
    "phone",
    "email",
    "major",
    "notes",
    "remarks",
];

// ---------------------------------------------------------------------------
// Headers of the 岗位表 (posts)

/// A column of the posts table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PostField {
    /// 岗位代码
    Code,
    /// 招聘单位
    Unit,
    /// 岗位名称
    Name,
    /// 岗位类别
    PostType,
    /// 学历要求
    Education,
    /// 单位性质
    Employer,
    /// 技能等级要求
    SkillLevel,
}

impl PostField {
    pub(super) const ALL: [PostField; 7] = [
        PostField::Code,
        PostField::Unit,
        PostField::Name,
        PostField::PostType,
        PostField::Education,
        PostField::Employer,
        PostField::SkillLevel,
    ];
    pub(super) fn zh_name(self) -> &'static str {
        match self {
            PostField::Code => "岗位代码",
            PostField::Unit => "招聘单位",
            PostField::Name => "岗位名称",
            PostField::PostType => "岗位类别",
            PostField::Education => "学历要求",
            PostField::Employer => "单位性质",
            PostField::SkillLevel => "技能等级要求",
        }
    }
    pub(super) fn api_name(self) -> &'static str {
        match self {
            PostField::Code => "code",
            PostField::Unit => "unit",
            PostField::Name => "name",
            PostField::PostType => "postType",
            PostField::Education => "requiredEducation",
            PostField::Employer => "employer",
            PostField::SkillLevel => "skillLevelRequired",
        }
    }
}

pub(super) const POST_HEADERS: &[(&str, PostField)] = &[
    ("code", PostField::Code),
    ("postcode", PostField::Code),
    ("岗位代码", PostField::Code),
    ("岗位编码", PostField::Code),
    ("职位代码", PostField::Code),
    ("报考岗位代码", PostField::Code),
    ("unit", PostField::Unit),
    ("招聘单位", PostField::Unit),
    ("用人单位", PostField::Unit),
    ("单位名称", PostField::Unit),
    ("name", PostField::Name),
    ("岗位名称", PostField::Name),
    ("职位名称", PostField::Name),
    ("posttype", PostField::PostType),
    ("岗位类别", PostField::PostType),
    ("岗位类型", PostField::PostType),
    ("岗位性质", PostField::PostType),
    ("requirededucation", PostField::Education),
    ("学历要求", PostField::Education),
    ("学历", PostField::Education),
    ("最低学历", PostField::Education),
    ("employer", PostField::Employer),
    ("单位性质", PostField::Employer),
    ("单位类型", PostField::Employer),
    ("单位类别", PostField::Employer),
    ("用人单位类型", PostField::Employer),
    ("招聘单位性质", PostField::Employer),
    ("skilllevelrequired", PostField::SkillLevel),
    ("技能等级要求", PostField::SkillLevel),
    ("职业技能等级要求", PostField::SkillLevel),
    ("职业资格要求", PostField::SkillLevel),
];

/// Columns a 岗位表 usually has that the check does not use.
pub(super) const UNUSED_POST_HEADERS: &[&str] = &[
    "序号",
    "主管部门",
    "单位代码",
    "招聘人数",
    "人数",
    "专业要求",
    "专业",
    "学位要求",
    "学位",
    "年龄要求",
    "年龄",
    "其他条件",
    "其它条件",
    "其他要求",
    "岗位简介",
    "岗位职责",
    "岗位描述",
    "考试类别",
    "笔试类别",
    "开考比例",
    "经费形式",
    "咨询电话",
    "联系电话",
    "备注",
    "岗位等级",
    "notes",
];

// ---------------------------------------------------------------------------
// Sheets of a workbook

/// Sheet names of the applicants (报名表), normalised.
pub(super) const APPLICANT_SHEETS: &[&str] = &[
    "报名表",
    "报名信息",
    "报名信息表",
    "考生信息",
    "考生信息表",
    "报名人员",
    "applicants",
];

/// Sheet names of the posts (岗位表), normalised.
pub(super) const POST_SHEETS: &[&str] = &[
    "岗位表",
    "岗位",
    "岗位信息",
    "岗位信息表",
    "招聘岗位",
    "招聘岗位表",
    "岗位一览表",
    "招聘计划",
    "posts",
];

// ---------------------------------------------------------------------------
// Cells of the 报名表

/// School names whose ending settles the school type (毕业院校 → 院校类型),
/// most specific first: 高级技工学校 before 技工学校. A bare …学院 or …大学
/// settles nothing (a 学院 may be a 技师学院's other name, a 高职 or a
/// university) and asks for 院校类型.
pub(super) const SCHOOL_NAME_ENDINGS: &[(&str, SchoolType)] = &[
    ("技师学院", SchoolType::TechnicianCollege),
    ("高级技工学校", SchoolType::SeniorTechnicalSchool),
    ("高级技校", SchoolType::SeniorTechnicalSchool),
    ("技工学校", SchoolType::TechnicalSchool),
    ("技校", SchoolType::TechnicalSchool),
    ("职业技术大学", SchoolType::VocationalUniversity),
    ("职业技术学院", SchoolType::HigherVocationalCollege),
    ("职业学院", SchoolType::HigherVocationalCollege),
    ("中等专业学校", SchoolType::SecondaryVocationalSchool),
    ("中等职业学校", SchoolType::SecondaryVocationalSchool),
    ("中等职业技术学校", SchoolType::SecondaryVocationalSchool),
    ("职业高级中学", SchoolType::SecondaryVocationalSchool),
];

/// 学历 cells that are a 学历 (→ `graduate.education`, contract 0.2); a 技工院校
/// class in the same column is read with [`CLASS_TYPES`].
pub(super) const EDUCATIONS: &[(&str, Education)] = &[
    ("secondaryvocational", Education::SecondaryVocational),
    ("中专", Education::SecondaryVocational),
    ("中职", Education::SecondaryVocational),
    ("中等专业学校", Education::SecondaryVocational),
    ("中等职业学校", Education::SecondaryVocational),
    ("高中", Education::SecondaryVocational),
    ("中专(高中)", Education::SecondaryVocational),
    ("高中(中专)", Education::SecondaryVocational),
    ("associate", Education::Associate),
    ("大专", Education::Associate),
    ("专科", Education::Associate),
    ("大学专科", Education::Associate),
    ("高职", Education::Associate),
    ("高职(专科)", Education::Associate),
    ("bachelor", Education::Bachelor),
    ("本科", Education::Bachelor),
    ("大学本科", Education::Bachelor),
    ("职业本科", Education::Bachelor),
    ("master", Education::Master),
    ("硕士", Education::Master),
    ("硕士研究生", Education::Master),
    ("研究生", Education::Master),
    ("doctorate", Education::Doctorate),
    ("博士", Education::Doctorate),
    ("博士研究生", Education::Doctorate),
];

// ---------------------------------------------------------------------------
// Cells of the 岗位表

/// 岗位类别.
pub(super) const POST_TYPES: &[(&str, PostType)] = &[
    ("professional", PostType::Professional),
    ("专业技术", PostType::Professional),
    ("专业技术岗", PostType::Professional),
    ("专业技术岗位", PostType::Professional),
    ("专技", PostType::Professional),
    ("专技岗", PostType::Professional),
    ("management", PostType::Management),
    ("管理", PostType::Management),
    ("管理岗", PostType::Management),
    ("管理岗位", PostType::Management),
    ("workersupport", PostType::WorkerSupport),
    ("工勤技能", PostType::WorkerSupport),
    ("工勤技能岗", PostType::WorkerSupport),
    ("工勤技能岗位", PostType::WorkerSupport),
    ("工勤", PostType::WorkerSupport),
    ("工勤岗", PostType::WorkerSupport),
    ("civilservant", PostType::CivilServant),
    ("公务员", PostType::CivilServant),
    ("practicalinstructor", PostType::PracticalInstructor),
    ("生产实习指导教师", PostType::PracticalInstructor),
    ("实习指导教师", PostType::PracticalInstructor),
    ("nco", PostType::Nco),
    ("直招士官", PostType::Nco),
    ("士官", PostType::Nco),
    ("enlistment", PostType::Enlistment),
    ("义务兵", PostType::Enlistment),
];

/// 单位性质.
pub(super) const EMPLOYERS: &[(&str, Employer)] = &[
    ("publicinstitution", Employer::PublicInstitution),
    ("事业单位", Employer::PublicInstitution),
    ("事业", Employer::PublicInstitution),
    ("governmentorgan", Employer::GovernmentOrgan),
    ("机关", Employer::GovernmentOrgan),
    ("机关单位", Employer::GovernmentOrgan),
    ("党政机关", Employer::GovernmentOrgan),
    ("stateownedenterprise", Employer::StateOwnedEnterprise),
    ("国有企业", Employer::StateOwnedEnterprise),
    ("国企", Employer::StateOwnedEnterprise),
    ("enterprise", Employer::Enterprise),
    ("企业", Employer::Enterprise),
    ("民营企业", Employer::Enterprise),
    ("technicalschool", Employer::TechnicalSchool),
    ("技工院校", Employer::TechnicalSchool),
    ("技工院校(教师岗)", Employer::TechnicalSchool),
    ("military", Employer::Military),
    ("军队", Employer::Military),
];

/// 学历要求, after its 学历 and 及以上 endings are cut (see
/// `cells::required_education`); `None`: no bar.
pub(super) const REQUIRED_EDUCATION: &[(&str, Option<Education>)] = &[
    ("不限", None),
    ("无", None),
    ("无要求", None),
    ("none", None),
    ("中专", Some(Education::SecondaryVocational)),
    ("中职", Some(Education::SecondaryVocational)),
    ("高中", Some(Education::SecondaryVocational)),
    ("中专(高中)", Some(Education::SecondaryVocational)),
    ("高中(中专)", Some(Education::SecondaryVocational)),
    ("中专或高中", Some(Education::SecondaryVocational)),
    ("高中或中专", Some(Education::SecondaryVocational)),
    ("中专、高中", Some(Education::SecondaryVocational)),
    ("secondaryvocational", Some(Education::SecondaryVocational)),
    ("大专", Some(Education::Associate)),
    ("专科", Some(Education::Associate)),
    ("大学专科", Some(Education::Associate)),
    ("高职", Some(Education::Associate)),
    ("高职(专科)", Some(Education::Associate)),
    ("大专(高职)", Some(Education::Associate)),
    ("associate", Some(Education::Associate)),
    ("本科", Some(Education::Bachelor)),
    ("大学本科", Some(Education::Bachelor)),
    ("bachelor", Some(Education::Bachelor)),
    ("研究生", Some(Education::Master)),
    ("硕士", Some(Education::Master)),
    ("硕士研究生", Some(Education::Master)),
    ("master", Some(Education::Master)),
    ("博士", Some(Education::Doctorate)),
    ("博士研究生", Some(Education::Doctorate)),
    ("doctorate", Some(Education::Doctorate)),
];

/// Endings cut from a 学历要求 before the lookup: 「本科及以上学历」 → 本科.
pub(super) const REQUIRED_EDUCATION_ENDINGS: &[&str] = &[
    "学历",
    "及以上",
    "或以上",
    "及其以上",
    "以上",
    "(含)",
    "ormore",
    "orabove",
    "+",
];

/// Words before a 学历要求 that this check does not weigh (全日制, 国民教育):
/// cut, and the post says so.
pub(super) const REQUIRED_EDUCATION_UNCHECKED: &[&str] = &[
    "全日制普通高校",
    "全日制",
    "普通高校",
    "国民教育序列",
    "国家承认",
];

/// Names of the post vocabulary, for the summary sheet and notes.
pub(super) fn school_type_name(t: SchoolType) -> Text {
    match t {
        SchoolType::TechnicalSchool => tx("技工学校", "technical school (技工学校)"),
        SchoolType::SeniorTechnicalSchool => {
            tx("高级技工学校", "senior technical school (高级技工学校)")
        }
        SchoolType::TechnicianCollege => tx("技师学院", "technician college (技师学院)"),
        SchoolType::SpecialEducationSchool => {
            tx("特殊教育院校", "special education school (特殊教育院校)")
        }
        SchoolType::SecondaryVocationalSchool => {
            tx("中等职业学校", "secondary vocational school (中等职业学校)")
        }
        SchoolType::HigherVocationalCollege => {
            tx("高等职业学校", "higher vocational college (高等职业学校)")
        }
        SchoolType::VocationalUniversity => tx("职业本科学校", "vocational university (职业本科)"),
        SchoolType::University => tx("普通高等学校", "university (普通高等学校)"),
    }
}

pub(super) fn post_type_name(t: PostType) -> Text {
    match t {
        PostType::Professional => tx("专业技术岗位", "professional"),
        PostType::WorkerSupport => tx("工勤技能岗位", "workerSupport"),
        PostType::Management => tx("管理岗位", "management"),
        PostType::CivilServant => tx("公务员", "civilServant"),
        PostType::PracticalInstructor => tx("生产实习指导教师", "practicalInstructor"),
        PostType::Nco => tx("直招士官", "nco"),
        PostType::Enlistment => tx("义务兵", "enlistment"),
    }
}

pub(super) fn employer_name(e: Employer) -> Text {
    match e {
        Employer::PublicInstitution => tx("事业单位", "publicInstitution"),
        Employer::GovernmentOrgan => tx("机关", "governmentOrgan"),
        Employer::StateOwnedEnterprise => tx("国有企业", "stateOwnedEnterprise"),
        Employer::Enterprise => tx("企业", "enterprise"),
        Employer::TechnicalSchool => tx("技工院校", "technicalSchool"),
        Employer::Military => tx("军队", "military"),
    }
}

// ---------------------------------------------------------------------------
// Cells of both: yes / no

pub(super) const NO_WORDS: &[&str] = &[
    "无", "否", "不限", "没有", "none", "no", "false", "-", "—", "/", "n/a",
];

// ---------------------------------------------------------------------------
// Cells (api.md values and the Chinese terms)

pub(super) const SCHOOL_TYPES: &[(&str, SchoolType)] = &[
    ("technicalschool", SchoolType::TechnicalSchool),
    ("技工学校", SchoolType::TechnicalSchool),
    ("技校", SchoolType::TechnicalSchool),
    ("seniortechnicalschool", SchoolType::SeniorTechnicalSchool),
    ("高级技工学校", SchoolType::SeniorTechnicalSchool),
    ("高级技校", SchoolType::SeniorTechnicalSchool),
    ("techniciancollege", SchoolType::TechnicianCollege),
    ("技师学院", SchoolType::TechnicianCollege),
    ("specialeducationschool", SchoolType::SpecialEducationSchool),
    ("特殊教育院校", SchoolType::SpecialEducationSchool),
    ("特殊教育学校", SchoolType::SpecialEducationSchool),
    (
        "特殊教育院校(职业教育类)",
        SchoolType::SpecialEducationSchool,
    ),
    (
        "secondaryvocationalschool",
        SchoolType::SecondaryVocationalSchool,
    ),
    ("中等职业学校", SchoolType::SecondaryVocationalSchool),
    ("中职", SchoolType::SecondaryVocationalSchool),
    ("中专", SchoolType::SecondaryVocationalSchool),
    ("中等专业学校", SchoolType::SecondaryVocationalSchool),
    ("职业高中", SchoolType::SecondaryVocationalSchool),
    ("职高", SchoolType::SecondaryVocationalSchool),
    (
        "highervocationalcollege",
        SchoolType::HigherVocationalCollege,
    ),
    ("高等职业学校", SchoolType::HigherVocationalCollege),
    ("高等职业学校(专科)", SchoolType::HigherVocationalCollege),
    ("高职", SchoolType::HigherVocationalCollege),
    ("高职(专科)", SchoolType::HigherVocationalCollege),
    ("高职院校", SchoolType::HigherVocationalCollege),
    ("职业技术学院", SchoolType::HigherVocationalCollege),
    ("vocationaluniversity", SchoolType::VocationalUniversity),
    ("职业本科", SchoolType::VocationalUniversity),
    ("职业本科学校", SchoolType::VocationalUniversity),
    ("本科层次职业学校", SchoolType::VocationalUniversity),
    ("职业技术大学", SchoolType::VocationalUniversity),
    ("university", SchoolType::University),
    ("普通高等学校", SchoolType::University),
    ("普通高校", SchoolType::University),
    ("大学", SchoolType::University),
];

pub(super) const CLASS_TYPES: &[(&str, ClassType)] = &[
    ("intermediate", ClassType::Intermediate),
    ("中级工班", ClassType::Intermediate),
    ("中级班", ClassType::Intermediate),
    ("中级工", ClassType::Intermediate),
    ("senior", ClassType::Senior),
    ("高级工班", ClassType::Senior),
    ("高级班", ClassType::Senior),
    ("高级工", ClassType::Senior),
    ("preparatorytechnician", ClassType::PreparatoryTechnician),
    ("预备技师(技师)班", ClassType::PreparatoryTechnician),
    ("预备技师班", ClassType::PreparatoryTechnician),
    ("技师班", ClassType::PreparatoryTechnician),
    ("预备技师", ClassType::PreparatoryTechnician),
];

pub(super) const STUDY_MODES: &[(&str, StudyMode)] = &[
    ("fulltime", StudyMode::FullTime),
    ("全日制", StudyMode::FullTime),
    ("parttime", StudyMode::PartTime),
    ("非全日制", StudyMode::PartTime),
];

pub(super) const SKILL_LEVELS: &[(&str, SkillLevel)] = &[
    ("apprentice", SkillLevel::Apprentice),
    ("学徒工", SkillLevel::Apprentice),
    ("学徒", SkillLevel::Apprentice),
    ("junior", SkillLevel::Junior),
    ("初级工", SkillLevel::Junior),
    ("初级", SkillLevel::Junior),
    ("五级", SkillLevel::Junior),
    ("intermediate", SkillLevel::Intermediate),
    ("中级工", SkillLevel::Intermediate),
    ("中级", SkillLevel::Intermediate),
    ("四级", SkillLevel::Intermediate),
    ("senior", SkillLevel::Senior),
    ("高级工", SkillLevel::Senior),
    ("高级", SkillLevel::Senior),
    ("三级", SkillLevel::Senior),
    ("preparatorytechnician", SkillLevel::PreparatoryTechnician),
    ("预备技师", SkillLevel::PreparatoryTechnician),
    ("technician", SkillLevel::Technician),
    ("技师", SkillLevel::Technician),
    ("二级", SkillLevel::Technician),
    ("seniortechnician", SkillLevel::SeniorTechnician),
    ("高级技师", SkillLevel::SeniorTechnician),
    ("一级", SkillLevel::SeniorTechnician),
    ("specialtechnician", SkillLevel::SpecialTechnician),
    ("特级技师", SkillLevel::SpecialTechnician),
    ("chieftechnician", SkillLevel::ChiefTechnician),
    ("首席技师", SkillLevel::ChiefTechnician),
];

pub(super) const CERT_FIELDS: &[(&str, CertField)] = &[
    ("engineering", CertField::Engineering),
    ("工程技术类", CertField::Engineering),
    ("工程技术", CertField::Engineering),
    ("other", CertField::Other),
    ("其他", CertField::Other),
    ("其它", CertField::Other),
    ("其他类", CertField::Other),
    ("其他类别", CertField::Other),
    ("非工程技术类", CertField::Other),
];

pub(super) const COMPETITIONS: &[(&str, Competition)] = &[
    ("worldskills", Competition::WorldSkills),
    ("世界技能大赛", Competition::WorldSkills),
    ("世赛", Competition::WorldSkills),
    (
        "worldskillsnationalsquad",
        Competition::WorldSkillsNationalSquad,
    ),
    (
        "世界技能大赛国家集训队",
        Competition::WorldSkillsNationalSquad,
    ),
    ("世赛国家集训队", Competition::WorldSkillsNationalSquad),
    ("国家集训队", Competition::WorldSkillsNationalSquad),
    (
        "nationalskillscompetition",
        Competition::NationalSkillsCompetition,
    ),
    ("全国技能大赛", Competition::NationalSkillsCompetition),
    ("全国职业技能大赛", Competition::NationalSkillsCompetition),
    ("nationalclass1", Competition::NationalClass1),
    ("国家级一类竞赛", Competition::NationalClass1),
    ("国家级一类职业技能竞赛", Competition::NationalClass1),
    ("国家级一类职业技能大赛", Competition::NationalClass1),
    ("国家级一类", Competition::NationalClass1),
    ("国家一类", Competition::NationalClass1),
    ("nationalclass2", Competition::NationalClass2),
    ("国家级二类竞赛", Competition::NationalClass2),
    ("国家级二类职业技能竞赛", Competition::NationalClass2),
    ("国家级二类职业技能大赛", Competition::NationalClass2),
    ("国家级二类", Competition::NationalClass2),
    ("国家二类", Competition::NationalClass2),
    (
        "provincialcomprehensive",
        Competition::ProvincialComprehensive,
    ),
    ("全省技能大赛", Competition::ProvincialComprehensive),
    ("全省职业技能大赛", Competition::ProvincialComprehensive),
    ("全省综合性技能大赛", Competition::ProvincialComprehensive),
    ("provincialclass1", Competition::ProvincialClass1),
    ("省级一类竞赛", Competition::ProvincialClass1),
    ("省级一类职业技能竞赛", Competition::ProvincialClass1),
    ("省级一类职业技能大赛", Competition::ProvincialClass1),
    ("省级一类", Competition::ProvincialClass1),
    ("省一类", Competition::ProvincialClass1),
    ("provincialclass2", Competition::ProvincialClass2),
    ("省级二类竞赛", Competition::ProvincialClass2),
    ("省级二类职业技能竞赛", Competition::ProvincialClass2),
    ("省级二类职业技能大赛", Competition::ProvincialClass2),
    ("省级二类", Competition::ProvincialClass2),
    ("省二类", Competition::ProvincialClass2),
];

pub(super) const MEDALS: &[(&str, Medal)] = &[
    ("gold", Medal::Gold),
    ("金牌", Medal::Gold),
    ("金", Medal::Gold),
    ("silver", Medal::Silver),
    ("银牌", Medal::Silver),
    ("银", Medal::Silver),
    ("bronze", Medal::Bronze),
    ("铜牌", Medal::Bronze),
    ("铜", Medal::Bronze),
    ("excellence", Medal::Excellence),
    ("优胜奖", Medal::Excellence),
    ("优胜", Medal::Excellence),
];

pub(super) const PRIZES: &[(&str, u8)] = &[
    ("一等奖", 1),
    ("1等奖", 1),
    ("prize1", 1),
    ("firstprize", 1),
    ("1stprize", 1),
    ("二等奖", 2),
    ("2等奖", 2),
    ("prize2", 2),
    ("secondprize", 2),
    ("2ndprize", 2),
    ("三等奖", 3),
    ("3等奖", 3),
    ("prize3", 3),
    ("thirdprize", 3),
    ("3rdprize", 3),
];

pub(super) const TEAMS: &[(&str, u8)] = &[
    ("单人赛项", 1),
    ("单人赛", 1),
    ("单人", 1),
    ("个人赛", 1),
    ("个人", 1),
    ("solo", 1),
    ("individual", 1),
    ("双人赛项", 2),
    ("双人赛", 2),
    ("双人", 2),
    ("pair", 2),
    ("duo", 2),
    ("三人赛项", 3),
    ("三人赛", 3),
    ("三人", 3),
    ("trio", 3),
];

/// Words in an award that carry no information of their own.
pub(super) const AWARD_FILLER: &[(&str, ())] = &[
    ("决赛", ()),
    ("获得", ()),
    ("获", ()),
    ("final", ()),
    (":", ()),
    ("/", ()),
    ("·", ()),
    ("-", ()),
    ("(", ()),
    (")", ()),
    ("_", ()),
    ("|", ()),
];

pub(super) const HONOURS: &[(&str, Honour)] = &[
    ("chinaskillsaward", Honour::ChinaSkillsAward),
    ("中华技能大奖", Honour::ChinaSkillsAward),
    ("nationaltechnicalexpert", Honour::NationalTechnicalExpert),
    ("全国技术能手", Honour::NationalTechnicalExpert),
    ("provincialskillsaward", Honour::ProvincialSkillsAward),
    ("省级技能大奖", Honour::ProvincialSkillsAward),
    ("省技能大奖", Honour::ProvincialSkillsAward),
    (
        "provincialtechnicalexpert",
        Honour::ProvincialTechnicalExpert,
    ),
    ("省级技术能手", Honour::ProvincialTechnicalExpert),
    ("省技术能手", Honour::ProvincialTechnicalExpert),
    ("specialallowance", Honour::SpecialAllowance),
    ("享受国务院或省政府特殊津贴", Honour::SpecialAllowance),
    ("享受国务院特殊津贴", Honour::SpecialAllowance),
    ("享受国务院政府特殊津贴", Honour::SpecialAllowance),
    ("国务院特殊津贴", Honour::SpecialAllowance),
    ("国务院政府特殊津贴", Honour::SpecialAllowance),
    ("享受省政府特殊津贴", Honour::SpecialAllowance),
    ("省政府特殊津贴", Honour::SpecialAllowance),
    ("masterstudiolead", Honour::MasterStudioLead),
    ("国家级或省级技能大师工作室带头人", Honour::MasterStudioLead),
    ("nationalmasterstudiolead", Honour::NationalMasterStudioLead),
    (
        "国家级技能大师工作室带头人",
        Honour::NationalMasterStudioLead,
    ),
    (
        "国家级技能大师工作室负责人",
        Honour::NationalMasterStudioLead,
    ),
    (
        "provincialmasterstudiolead",
        Honour::ProvincialMasterStudioLead,
    ),
    (
        "省级技能大师工作室带头人",
        Honour::ProvincialMasterStudioLead,
    ),
    (
        "省级技能大师工作室负责人",
        Honour::ProvincialMasterStudioLead,
    ),
    ("modelworker", Honour::ModelWorker),
    ("省部级以上劳动模范", Honour::ModelWorker),
    ("省部级劳动模范", Honour::ModelWorker),
    ("全国劳动模范", Honour::ModelWorker),
    ("省级劳动模范", Honour::ModelWorker),
    ("省劳动模范", Honour::ModelWorker),
];

/// Honours after a province's name (四川省…), which makes them provincial.
pub(super) const PROVINCE_NAMED_HONOURS: &[(&str, Honour)] = &[
    ("技术能手", Honour::ProvincialTechnicalExpert),
    ("技能大奖", Honour::ProvincialSkillsAward),
    ("劳动模范", Honour::ModelWorker),
    ("政府特殊津贴", Honour::SpecialAllowance),
    ("人民政府特殊津贴", Honour::SpecialAllowance),
];

/// Honours that need a level to count (national or provincial).
pub(super) const LEVELLESS_HONOURS: &[&str] = &[
    "技术能手",
    "劳动模范",
    "劳模",
    "特殊津贴",
    "政府特殊津贴",
    "技能大师工作室带头人",
    "技能大师工作室负责人",
    "技能大奖",
];
