//! The vocabulary (api.md "Vocabulary"), declared once: each value with its
//! wire name and its labels in zh-CN and English. The request reader, the
//! report, the wording, `rules()` (and through it the widget) all read these
//! tables; serialized names are a public promise (extend, never rename).

use serde::{Serialize, Serializer};

use crate::text::{t, Text};

/// A vocabulary enum: its values, each with its wire name and labels.
pub trait Vocab: Copy + Sized + 'static {
    /// The field's name in `rules().vocabulary`.
    const NAME: &'static str;
    /// Every value, in order.
    const ALL: &'static [Self];
    fn wire(self) -> &'static str;
    fn label(self) -> Text;
    fn from_wire(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.wire() == s)
    }
}

macro_rules! vocabulary {
    (
        $(#[doc = $edoc:literal])*
        $name:literal pub enum $enum:ident {
            $(
                $(#[doc = $doc:literal])*
                $variant:ident = $wire:literal, $zh:literal, $en:literal;
            )+
        }
    ) => {
        $(#[doc = $edoc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $enum {
            $( $(#[doc = $doc])* $variant ),+
        }

        impl Vocab for $enum {
            const NAME: &'static str = $name;
            const ALL: &'static [Self] = &[$($enum::$variant),+];
            fn wire(self) -> &'static str {
                match self { $($enum::$variant => $wire),+ }
            }
            fn label(self) -> Text {
                match self { $($enum::$variant => t($zh, $en)),+ }
            }
        }

        impl $enum {
            pub fn wire(self) -> &'static str {
                Vocab::wire(self)
            }
            pub fn label(self) -> Text {
                Vocab::label(self)
            }
        }

        impl Serialize for $enum {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.wire())
            }
        }
    };
}

vocabulary! {
    /// Language of the report's texts; quotes of the law stay Chinese.
    "lang" pub enum Lang {
        ZhCn = "zh-CN", "简体中文", "Simplified Chinese";
        En = "en", "英文", "English";
    }
}

// The macro declares the enum; its default is said here.
#[allow(clippy::derivable_impls)]
impl Default for Lang {
    fn default() -> Lang {
        Lang::ZhCn
    }
}

vocabulary! {
    /// 院校类型.
    "schoolType" pub enum SchoolType {
        TechnicalSchool = "technicalSchool", "技工学校", "technical school (技工学校)";
        SeniorTechnicalSchool = "seniorTechnicalSchool", "高级技工学校", "senior technical school (高级技工学校)";
        TechnicianCollege = "technicianCollege", "技师学院", "technician college (技师学院)";
        SpecialEducationSchool = "specialEducationSchool", "特殊教育院校（职业教育类）", "special-education school, vocational programme (特殊教育院校)";
        SecondaryVocationalSchool = "secondaryVocationalSchool", "中等职业学校", "secondary vocational school (中等职业学校)";
        HigherVocationalCollege = "higherVocationalCollege", "高等职业学校（专科）", "higher vocational college (高职专科)";
        VocationalUniversity = "vocationalUniversity", "职业本科学校", "vocational university (职业本科)";
        University = "university", "普通高等学校", "university or college (普通高等学校)";
    }
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

vocabulary! {
    /// 班级: the class a 技工院校 student graduates from, in order.
    "classType" pub enum ClassType {
        /// 中级工班
        Intermediate = "intermediate", "中级工班", "intermediate-worker class (中级工班)";
        /// 高级工班
        Senior = "senior", "高级工班", "senior-worker class (高级工班)";
        /// 预备技师（技师）班
        PreparatoryTechnician = "preparatoryTechnician", "预备技师（技师）班", "preparatory-technician class (预备技师班)";
    }
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

vocabulary! {
    /// 学习方式.
    "studyMode" pub enum StudyMode {
        FullTime = "fullTime", "全日制", "full-time (全日制)";
        PartTime = "partTime", "非全日制", "part-time (非全日制)";
    }
}

vocabulary! {
    /// 职业技能等级, in the order of the 八级工 ladder (skill.ladder.cn.2022),
    /// with 预备技师 placed between 高级工 and 技师 (catalogue §4 Q7).
    "skillLevel" pub enum SkillLevel {
        Apprentice = "apprentice", "学徒工", "apprentice (学徒工)";
        Junior = "junior", "初级工", "junior worker (初级工)";
        Intermediate = "intermediate", "中级工", "intermediate worker (中级工)";
        Senior = "senior", "高级工", "senior worker (高级工)";
        PreparatoryTechnician = "preparatoryTechnician", "预备技师", "preparatory technician (预备技师)";
        Technician = "technician", "技师", "technician (技师)";
        SeniorTechnician = "seniorTechnician", "高级技师", "senior technician (高级技师)";
        SpecialTechnician = "specialTechnician", "特级技师", "special technician (特级技师)";
        ChiefTechnician = "chiefTechnician", "首席技师", "chief technician (首席技师)";
    }
}

vocabulary! {
    /// 证书类别.
    "certificateField" pub enum CertField {
        /// 工程技术类
        Engineering = "engineering", "工程技术类", "engineering (工程技术类)";
        Other = "other", "其他类别", "other";
    }
}

vocabulary! {
    /// 学历层次, in order.
    "education" pub enum Education {
        SecondaryVocational = "secondaryVocational", "中专", "secondary vocational level (中专)";
        Associate = "associate", "大专", "associate degree level (大专)";
        Bachelor = "bachelor", "本科", "bachelor's level (本科)";
        Master = "master", "硕士", "master's (硕士)";
        Doctorate = "doctorate", "博士", "doctorate (博士)";
    }
}

vocabulary! {
    /// 竞赛类别.
    "competition" pub enum Competition {
        WorldSkills = "worldSkills", "世界技能大赛", "WorldSkills Competition (世界技能大赛)";
        WorldSkillsNationalSquad = "worldSkillsNationalSquad", "世界技能大赛国家集训队", "WorldSkills national training squad (世赛国家集训队)";
        NationalSkillsCompetition = "nationalSkillsCompetition", "全国技能大赛", "National Skills Competition (全国技能大赛)";
        NationalClass1 = "nationalClass1", "国家级一类竞赛", "national class-1 competition (国家级一类竞赛)";
        NationalClass2 = "nationalClass2", "国家级二类竞赛", "national class-2 competition (国家级二类竞赛)";
        ProvincialComprehensive = "provincialComprehensive", "全省职业技能大赛", "provincial comprehensive skills competition (全省职业技能大赛)";
        ProvincialClass1 = "provincialClass1", "省级一类竞赛", "provincial class-1 competition (省级一类竞赛)";
        ProvincialClass2 = "provincialClass2", "省级二类竞赛", "provincial class-2 competition (省级二类竞赛)";
    }
}

vocabulary! {
    /// 奖牌.
    "medal" pub enum Medal {
        Gold = "gold", "金牌", "gold medal";
        Silver = "silver", "银牌", "silver medal";
        Bronze = "bronze", "铜牌", "bronze medal";
        /// 优胜奖
        Excellence = "excellence", "优胜奖", "medallion for excellence (优胜奖)";
    }
}

vocabulary! {
    /// 荣誉.
    "honour" pub enum Honour {
        ChinaSkillsAward = "chinaSkillsAward", "中华技能大奖", "China Skills Award (中华技能大奖)";
        NationalTechnicalExpert = "nationalTechnicalExpert", "全国技术能手", "National Technical Expert (全国技术能手)";
        ProvincialSkillsAward = "provincialSkillsAward", "省级技能大奖", "provincial skills award (省级技能大奖)";
        ProvincialTechnicalExpert = "provincialTechnicalExpert", "省级技术能手", "provincial technical expert (省级技术能手)";
        SpecialAllowance = "specialAllowance", "享受国务院或省政府特殊津贴", "State Council or provincial special allowance (特殊津贴)";
        /// Level not said: national or provincial.
        MasterStudioLead = "masterStudioLead", "国家级或省级技能大师工作室带头人", "lead of a national or provincial master studio (技能大师工作室带头人)";
        NationalMasterStudioLead = "nationalMasterStudioLead", "国家级技能大师工作室带头人", "lead of a national master studio (国家级技能大师工作室带头人)";
        ProvincialMasterStudioLead = "provincialMasterStudioLead", "省级技能大师工作室带头人", "lead of a provincial master studio (省级技能大师工作室带头人)";
        ModelWorker = "modelWorker", "省部级以上劳动模范", "model worker at provincial level or above (劳动模范)";
    }
}

vocabulary! {
    /// 用人单位.
    "employer" pub enum Employer {
        PublicInstitution = "publicInstitution", "事业单位", "public institution (事业单位)";
        GovernmentOrgan = "governmentOrgan", "机关", "government body (机关)";
        StateOwnedEnterprise = "stateOwnedEnterprise", "国有企业", "state-owned enterprise (国有企业)";
        Enterprise = "enterprise", "企业", "enterprise (企业)";
        TechnicalSchool = "technicalSchool", "技工院校（教师岗）", "technical school, teaching post (技工院校)";
        Military = "military", "军队", "the armed forces (军队)";
    }
}

vocabulary! {
    /// 岗位类别.
    "postType" pub enum PostType {
        Professional = "professional", "专业技术岗位", "professional post (专业技术岗)";
        WorkerSupport = "workerSupport", "工勤技能岗位", "worker-support post (工勤技能岗)";
        Management = "management", "管理岗位", "management post (管理岗)";
        CivilServant = "civilServant", "公务员", "civil service (公务员)";
        PracticalInstructor = "practicalInstructor", "生产实习指导教师", "practical instructor (生产实习指导教师)";
        Nco = "nco", "直招士官", "direct NCO recruitment (直招士官)";
        Enlistment = "enlistment", "义务兵", "enlistment (义务兵)";
    }
}

vocabulary! {
    /// 职称系列.
    "track" pub enum Track {
        /// 讲师系列
        Theory = "theory", "讲师系列", "lecturer track (讲师系列)";
        /// 实习指导教师系列
        Practical = "practical", "实习指导教师系列", "practical-instructor track (实习指导教师系列)";
    }
}

vocabulary! {
    /// 技工院校教师职称, the two ladders in order.
    "title" pub enum Title {
        AssistantLecturer = "assistantLecturer", "助理讲师", "assistant lecturer (助理讲师)";
        Lecturer = "lecturer", "讲师", "lecturer (讲师)";
        SeniorLecturer = "seniorLecturer", "高级讲师", "senior lecturer (高级讲师)";
        ProfessorLecturer = "professorLecturer", "正高级讲师", "professor-level lecturer (正高级讲师)";
        Grade3Instructor = "grade3Instructor", "三级实习指导教师", "grade-3 practical instructor (三级实习指导教师)";
        Grade2Instructor = "grade2Instructor", "二级实习指导教师", "grade-2 practical instructor (二级实习指导教师)";
        Grade1Instructor = "grade1Instructor", "一级实习指导教师", "grade-1 practical instructor (一级实习指导教师)";
        SeniorInstructor = "seniorInstructor", "高级实习指导教师", "senior practical instructor (高级实习指导教师)";
        ProfessorInstructor = "professorInstructor", "正高级实习指导教师", "professor-level practical instructor (正高级实习指导教师)";
    }
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

vocabulary! {
    /// The use an equivalence is for (等同的用途).
    "purpose" pub enum Purpose {
        ProfessionalTitle = "professionalTitle", "职称评审", "professional title evaluation (职称评审)";
        PublicInstitutionRecruitment = "publicInstitutionRecruitment", "事业单位公开招聘", "public-institution recruitment (事业单位公开招聘)";
        GovernmentRecruitment = "governmentRecruitment", "机关招聘", "government-body recruitment (机关招聘)";
        EnterpriseRecruitment = "enterpriseRecruitment", "企业招聘", "enterprise recruitment (企业招聘)";
        Enlistment = "enlistment", "应征入伍", "enlistment (应征入伍)";
        NcoRecruitment = "ncoRecruitment", "直招士官", "direct NCO recruitment (直招士官)";
        StartingWage = "startingWage", "确定工资起点", "starting wage (工资起点)";
        RankPromotion = "rankPromotion", "职级晋升", "rank promotion (职级晋升)";
        EmploymentPolicies = "employmentPolicies", "就业创业政策", "employment and start-up policies (就业创业)";
        InstructorRecruitment = "instructorRecruitment", "技工院校生产实习指导教师招聘", "recruitment of practical instructors at technical schools";
    }
}

vocabulary! {
    /// Decision outcome or status.
    "outcome" pub enum Outcome {
        Eligible = "eligible", "符合", "eligible";
        Ineligible = "ineligible", "不符合", "not eligible";
        /// A fact is missing: `missing` names the request field(s).
        Undetermined = "undetermined", "还缺信息", "more information needed";
        /// The text itself does not settle it: the open point is a reason.
        Unclear = "unclear", "政策未明确", "the rules leave it open";
        /// Titles: eligible from a later date (`eligibleFrom`).
        NotYet = "notYet", "日后可申报", "not yet";
    }
}

vocabulary! {
    /// 直接考察 routes.
    "route" pub enum Route {
        /// 事业单位，直接考察（人社部发〔2021〕82号 四）
        PublicInstitution = "publicInstitution", "事业单位直接考察招聘", "direct hiring by a public institution";
        /// 技工院校教师岗，直接考察（人社厅发〔2019〕95号 三）
        TechnicalSchoolTeaching = "technicalSchoolTeaching", "技工院校教师岗直接考察招聘", "direct hiring to teach at a technical school";
        /// 职业院校教师岗，直接考察（云政发〔2021〕28号）
        VocationalSchoolTeaching = "vocationalSchoolTeaching", "职业院校教师岗直接考察招聘", "direct hiring to teach at a vocational school";
    }
}

vocabulary! {
    /// Entitlement ids.
    "entitlement" pub enum EntitlementId {
        InternshipSubsidy = "internshipSubsidy", "就业见习补贴", "internship subsidy";
        JobSeekingStartupSubsidy = "jobSeekingStartupSubsidy", "一次性求职创业补贴", "one-off job-seeking and start-up subsidy";
        SocialInsuranceSubsidy = "socialInsuranceSubsidy", "社会保险补贴", "social-insurance subsidy";
        StartupGuaranteedLoan = "startupGuaranteedLoan", "创业担保贷款及贴息", "guaranteed start-up loan with interest subsidy";
        TaxRelief = "taxRelief", "税费减免", "tax and fee relief";
        StartupSubsidy = "startupSubsidy", "创业补贴", "start-up subsidy";
        RentSubsidy = "rentSubsidy", "场租补贴", "rent subsidy";
        TrainingSubsidy = "trainingSubsidy", "职业培训补贴", "vocational training subsidy";
        SkillAssessmentSubsidy = "skillAssessmentSubsidy", "职业技能鉴定（评价）补贴", "skill assessment subsidy";
        CollegeGraduatePolicies = "collegeGraduatePolicies", "参照高校毕业生享受就业创业政策", "college-graduate employment and start-up policies";
        CompetitionCashAward = "competitionCashAward", "竞赛奖金", "competition cash award";
        SkillLevelPromotion = "skillLevelPromotion", "竞赛获奖晋升职业技能等级", "skill-level promotion for a competition placing";
    }
}

vocabulary! {
    /// Report sections (`summary.lines[].section`, `caveats[].section`).
    "section" pub enum Section {
        Equivalences = "equivalences", "学历等同", "education equivalence";
        Recruitment = "recruitment", "报考岗位", "applying for the post";
        DirectRecruitment = "directRecruitment", "直接考察招聘", "direct hiring by assessment";
        Entitlements = "entitlements", "补贴与待遇", "subsidies and benefits";
        Titles = "titles", "教师职称", "teacher titles";
        Skill = "skill", "技能等级", "skill level";
    }
}

/// One vocabulary as `rules()` lists it.
pub struct VocabularyList {
    pub name: &'static str,
    pub values: fn() -> Vec<(&'static str, Text)>,
}

fn list<T: Vocab>() -> Vec<(&'static str, Text)> {
    T::ALL.iter().map(|v| (v.wire(), v.label())).collect()
}

macro_rules! lists {
    ($($ty:ty),+) => {
        /// Every vocabulary, for `rules()`: wire names and labels.
        pub static VOCABULARIES: &[VocabularyList] = &[
            $( VocabularyList { name: <$ty as Vocab>::NAME, values: list::<$ty> } ),+
        ];
    };
}

lists!(
    Lang,
    SchoolType,
    ClassType,
    StudyMode,
    SkillLevel,
    CertField,
    Education,
    Competition,
    Medal,
    Honour,
    Employer,
    PostType,
    Track,
    Title,
    Purpose,
    Outcome,
    Route,
    EntitlementId,
    Section
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip_and_labels_are_bilingual() {
        for v in VOCABULARIES {
            let values = (v.values)();
            let mut seen = std::collections::BTreeSet::new();
            for (wire, label) in values {
                assert!(seen.insert(wire), "{}: {wire} twice", v.name);
                assert!(
                    !label.zh.is_empty() && !label.en.is_empty(),
                    "{}: {wire}",
                    v.name
                );
            }
        }
        assert_eq!(Education::from_wire("bachelor"), Some(Education::Bachelor));
        assert_eq!(Education::from_wire("Bachelor"), None);
        assert!(Education::SecondaryVocational < Education::Associate);
        assert!(SkillLevel::Senior < SkillLevel::PreparatoryTechnician);
        assert!(SkillLevel::PreparatoryTechnician < SkillLevel::Technician);
    }
}
