//! Output vocabulary (api.md): purposes, entitlements, outcomes, routes, and
//! the bilingual names of every vocabulary value used in texts.

use serde::Serialize;

use crate::request::{ClassType, Education, SkillLevel, Title};
use crate::text::{t, Text};

/// The use an equivalence is for (等同的用途).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Purpose {
    /// 职称评审
    ProfessionalTitle,
    /// 事业单位公开招聘
    PublicInstitutionRecruitment,
    /// 机关招聘
    GovernmentRecruitment,
    /// 企业招聘
    EnterpriseRecruitment,
    /// 应征入伍
    Enlistment,
    /// 直招士官
    NcoRecruitment,
    /// 工资起点
    StartingWage,
    /// 职级晋升
    RankPromotion,
    /// 就业创业政策
    EmploymentPolicies,
    /// 技工院校生产实习指导教师招聘
    InstructorRecruitment,
}

impl Purpose {
    pub const ALL: [Purpose; 10] = [
        Purpose::ProfessionalTitle,
        Purpose::PublicInstitutionRecruitment,
        Purpose::GovernmentRecruitment,
        Purpose::EnterpriseRecruitment,
        Purpose::Enlistment,
        Purpose::NcoRecruitment,
        Purpose::StartingWage,
        Purpose::RankPromotion,
        Purpose::EmploymentPolicies,
        Purpose::InstructorRecruitment,
    ];
    pub fn name(self) -> Text {
        match self {
            Purpose::ProfessionalTitle => t("职称评审", "professional title evaluation (职称评审)"),
            Purpose::PublicInstitutionRecruitment => t(
                "事业单位公开招聘",
                "public-institution recruitment (事业单位公开招聘)",
            ),
            Purpose::GovernmentRecruitment => {
                t("机关招聘", "government-body recruitment (机关招聘)")
            }
            Purpose::EnterpriseRecruitment => t("企业招聘", "enterprise recruitment (企业招聘)"),
            Purpose::Enlistment => t("应征入伍", "enlistment (应征入伍)"),
            Purpose::NcoRecruitment => t("直招士官", "direct NCO recruitment (直招士官)"),
            Purpose::StartingWage => t("确定工资起点", "starting wage (工资起点)"),
            Purpose::RankPromotion => t("职级晋升", "rank promotion (职级晋升)"),
            Purpose::EmploymentPolicies => t(
                "就业创业政策",
                "employment and start-up policies (就业创业)",
            ),
            Purpose::InstructorRecruitment => t(
                "技工院校生产实习指导教师招聘",
                "recruitment of practical instructors at 技工院校",
            ),
        }
    }
}

/// Decision outcome or status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Eligible,
    Ineligible,
    /// A fact is missing or the corpus leaves it open; `missing` names the field.
    Undetermined,
    /// Titles: eligible from a later date (`eligibleFrom`).
    NotYet,
}

/// 直接考察 routes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Route {
    /// 事业单位，直接考察（人社部发〔2021〕82号 四）
    PublicInstitution,
    /// 技工院校教师岗，直接考察（人社厅发〔2019〕95号 三）
    TechnicalSchoolTeaching,
    /// 职业院校教师岗，直接考察（云政发〔2021〕28号, Yunnan）
    VocationalSchoolTeaching,
}

/// Entitlement ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntitlementId {
    /// 就业见习补贴
    InternshipSubsidy,
    /// 一次性求职创业补贴
    JobSeekingStartupSubsidy,
    /// 社会保险补贴
    SocialInsuranceSubsidy,
    /// 创业担保贷款及贴息
    StartupGuaranteedLoan,
    /// 税费减免
    TaxRelief,
    /// 创业补贴
    StartupSubsidy,
    /// 场租补贴
    RentSubsidy,
    /// 职业培训补贴
    TrainingSubsidy,
    /// 职业技能鉴定（评价）补贴
    SkillAssessmentSubsidy,
    /// 参照高校毕业生就业创业政策
    CollegeGraduatePolicies,
    /// 竞赛奖金
    CompetitionCashAward,
    /// 竞赛晋升职业技能等级
    SkillLevelPromotion,
}

impl EntitlementId {
    pub fn name(self) -> Text {
        match self {
            EntitlementId::InternshipSubsidy => t("就业见习补贴", "internship subsidy"),
            EntitlementId::JobSeekingStartupSubsidy => t(
                "一次性求职创业补贴",
                "one-off job-seeking and start-up subsidy",
            ),
            EntitlementId::SocialInsuranceSubsidy => t("社会保险补贴", "social-insurance subsidy"),
            EntitlementId::StartupGuaranteedLoan => t(
                "创业担保贷款及贴息",
                "guaranteed start-up loan with interest subsidy",
            ),
            EntitlementId::TaxRelief => t("税费减免", "tax and fee relief"),
            EntitlementId::StartupSubsidy => t("创业补贴", "start-up subsidy"),
            EntitlementId::RentSubsidy => t("场租补贴", "rent subsidy"),
            EntitlementId::TrainingSubsidy => t("职业培训补贴", "vocational training subsidy"),
            EntitlementId::SkillAssessmentSubsidy => {
                t("职业技能鉴定（评价）补贴", "skill assessment subsidy")
            }
            EntitlementId::CollegeGraduatePolicies => t(
                "参照高校毕业生就业创业政策",
                "college-graduate employment and start-up policies",
            ),
            EntitlementId::CompetitionCashAward => t("竞赛奖金", "competition cash award"),
            EntitlementId::SkillLevelPromotion => t(
                "竞赛晋升职业技能等级",
                "skill-level promotion for a competition placing",
            ),
        }
    }
}

impl Education {
    pub fn name(self) -> Text {
        match self {
            Education::SecondaryVocational => t("中专", "secondary vocational (中专)"),
            Education::Associate => t("大专", "associate degree level (大专)"),
            Education::Bachelor => t("本科", "bachelor's level (本科)"),
            Education::Master => t("硕士", "master's (硕士)"),
            Education::Doctorate => t("博士", "doctorate (博士)"),
        }
    }
}

impl ClassType {
    pub fn name(self) -> Text {
        match self {
            ClassType::Intermediate => t("中级工班", "intermediate-worker class (中级工班)"),
            ClassType::Senior => t("高级工班", "senior-worker class (高级工班)"),
            ClassType::PreparatoryTechnician => t(
                "预备技师（技师）班",
                "preparatory-technician class (预备技师（技师）班)",
            ),
        }
    }
}

impl SkillLevel {
    pub fn name(self) -> Text {
        match self {
            SkillLevel::Apprentice => t("学徒工", "apprentice (学徒工)"),
            SkillLevel::Junior => t("初级工", "junior worker (初级工)"),
            SkillLevel::Intermediate => t("中级工", "intermediate worker (中级工)"),
            SkillLevel::Senior => t("高级工", "senior worker (高级工)"),
            SkillLevel::PreparatoryTechnician => t("预备技师", "preparatory technician (预备技师)"),
            SkillLevel::Technician => t("技师", "technician (技师)"),
            SkillLevel::SeniorTechnician => t("高级技师", "senior technician (高级技师)"),
            SkillLevel::SpecialTechnician => t("特级技师", "special technician (特级技师)"),
            SkillLevel::ChiefTechnician => t("首席技师", "chief technician (首席技师)"),
        }
    }
}

impl Title {
    pub fn name(self) -> Text {
        match self {
            Title::AssistantLecturer => t("助理讲师", "assistant lecturer (助理讲师)"),
            Title::Lecturer => t("讲师", "lecturer (讲师)"),
            Title::SeniorLecturer => t("高级讲师", "senior lecturer (高级讲师)"),
            Title::ProfessorLecturer => t("正高级讲师", "professor-level lecturer (正高级讲师)"),
            Title::Grade3Instructor => t(
                "三级实习指导教师",
                "grade-3 practical instructor (三级实习指导教师)",
            ),
            Title::Grade2Instructor => t(
                "二级实习指导教师",
                "grade-2 practical instructor (二级实习指导教师)",
            ),
            Title::Grade1Instructor => t(
                "一级实习指导教师",
                "grade-1 practical instructor (一级实习指导教师)",
            ),
            Title::SeniorInstructor => t(
                "高级实习指导教师",
                "senior practical instructor (高级实习指导教师)",
            ),
            Title::ProfessorInstructor => t(
                "正高级实习指导教师",
                "professor-level practical instructor (正高级实习指导教师)",
            ),
        }
    }
}
