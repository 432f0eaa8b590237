//! The request (api.md "Request") and its vocabulary. Serialized names are a
//! public promise: extend, never rename.

use serde::Serialize;

use crate::date::Date;
use crate::text::{t, Text};
pub use crate::vocab::{
    CertField, ClassType, Competition, Education, Employer, Honour, Lang, Medal, PostType,
    SchoolType, SkillLevel, StudyMode, Title, Track,
};

/// The rules that apply: a row of the jurisdiction table (`law::jurisdiction`).
pub use crate::law::Jurisdiction;

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
    /// 学历: the education the person holds from school (contract 0.2). Implied
    /// where the school type settles it (see [`Graduate::education_held`]);
    /// for a 技工院校 graduate a 学历 held besides the class (e.g. 自学考试).
    pub education: Option<Education>,
    pub study_mode: Option<StudyMode>,
    /// `null` (or absent): a student still enrolled (在校生).
    pub graduation_date: Option<Date>,
    pub certificates: Vec<Certificate>,
    pub awards: Vec<Award>,
    pub honours: Vec<Honour>,
}

/// 职业资格 / 职业技能等级证书.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    pub level: SkillLevel,
    pub field: Option<CertField>,
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

/// A field of the request, as `missing` names it (`graduate.education`,
/// `graduate.awards[1].rank`…): what would settle an `undetermined` answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    GraduateEducation,
    GraduateClassType,
    GraduateGraduationDate,
    GraduateCertificates,
    GraduateAwards,
    GraduateHonours,
    AwardRank(u16),
    AwardMedal(u16),
    AwardPrize(u16),
    AwardTeamSize(u16),
    PostRequiredEducation,
    TeacherEducation,
    TeacherCurrentTitleSince,
    TeacherTeachingSince,
    TeacherProbationCompleted,
}

impl Field {
    /// The field's path in the request.
    pub fn path(self) -> String {
        let fixed = match self {
            Field::GraduateEducation => "graduate.education",
            Field::GraduateClassType => "graduate.classType",
            Field::GraduateGraduationDate => "graduate.graduationDate",
            Field::GraduateCertificates => "graduate.certificates",
            Field::GraduateAwards => "graduate.awards",
            Field::GraduateHonours => "graduate.honours",
            Field::PostRequiredEducation => "post.requiredEducation",
            Field::TeacherEducation => "teacher.education",
            Field::TeacherCurrentTitleSince => "teacher.currentTitleSince",
            Field::TeacherTeachingSince => "teacher.teachingSince",
            Field::TeacherProbationCompleted => "teacher.probationCompleted",
            Field::AwardRank(i) => return format!("graduate.awards[{i}].rank"),
            Field::AwardMedal(i) => return format!("graduate.awards[{i}].medal"),
            Field::AwardPrize(i) => return format!("graduate.awards[{i}].prize"),
            Field::AwardTeamSize(i) => return format!("graduate.awards[{i}].teamSize"),
        };
        fixed.to_owned()
    }

    /// What the field asks, in plain words.
    pub fn label(self) -> Text {
        match self {
            Field::GraduateEducation => t("学历", "education (学历)"),
            Field::GraduateClassType => t(
                "班级（中级工班、高级工班或预备技师班）",
                "class (中级工班, 高级工班 or 预备技师班)",
            ),
            Field::GraduateGraduationDate => t("毕业日期", "graduation date"),
            Field::GraduateCertificates => {
                t("所持职业资格或职业技能等级证书", "skill certificates held")
            }
            Field::GraduateAwards => t("竞赛获奖情况", "competition awards"),
            Field::GraduateHonours => t("荣誉称号", "honours"),
            Field::AwardRank(_) => t("竞赛名次", "competition rank"),
            Field::AwardMedal(_) => t("所获奖牌", "medal won"),
            Field::AwardPrize(_) => t("所获等次（一、二、三等奖）", "prize tier (一/二/三等奖)"),
            Field::AwardTeamSize(_) => t(
                "赛项人数（单人、双人或三人）",
                "event size (single, pair or trio)",
            ),
            Field::PostRequiredEducation => t("岗位学历要求", "the post's education requirement"),
            Field::TeacherEducation => t("教师本人的学历", "the teacher's own education"),
            Field::TeacherCurrentTitleSince => {
                t("取得现职称的日期", "date the current title was obtained")
            }
            Field::TeacherTeachingSince => t(
                "开始在教育教学一线工作的日期",
                "date frontline teaching began",
            ),
            Field::TeacherProbationCompleted => t(
                "见习期是否期满并考核合格",
                "whether the probation year was completed and passed",
            ),
        }
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.path())
    }
}
