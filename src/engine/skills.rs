//! F. The skill ladder (八级工), 高技能人才, the parity of 高技能人才 with
//! professional staff, and the 2014 skill ↔ engineer comparison
//! (skill.titlemap.yn.2014, 第十一条) for recruitment.
//!
//! The order itself lives in the type: [`SkillLevel`] derives `Ord` in the
//! order of the 八级工 ladder, with 预备技师 placed between 高级工 and 技师
//! (catalogue §4 Q7). [`meets`] is the one gate test every group uses.

use crate::law::cn::*;
use crate::law::yn::rules::*;
use crate::law::yn::*;
use crate::law::*;
use crate::request::{Employer, PostType, SkillLevel};

use super::msg::messages;
use super::recruitment::RecruitmentMsg;
use super::{Ctx, Msg, Note};

// ------------------------------------------------------- skill.ladder.cn.2022

/// 八级工: 学徒工 < 初级工 < 中级工 < 高级工 < 技师 < 高级技师 < 特级技师 < 首席技师.
pub static LADDER: Rule = Rule {
    id: "skill.ladder.cn.2022",
    gloss: gloss(
        "职业技能等级序列为“八级工”：学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师；预备技师介于高级工与技师之间。",
        "The skill ladder is the 八级工: apprentice, junior, intermediate, senior, technician, senior technician, special technician, chief technician; 预备技师 sits between senior and technician.",
    ),
    cites: &[
        cite(&zbf_2022_58::EIGHT_LEVELS),
        cite(&zbf_2022_58::NEW_LEVELS),
        also(&ybf_2023_9::EIGHT_LEVELS),
    ],
    superseded: None,
};

/// Whether a certificate of `level` meets a gate of `gate` ("…及以上"): on
/// the 八级工 order, so a 特级技师 meets a 高级技师 gate and a 预备技师 meets
/// a 高级工 gate but not a 技师 gate. No certificate meets no gate.
pub(crate) fn meets(level: Option<SkillLevel>, gate: SkillLevel) -> bool {
    level.is_some_and(|l| l >= gate)
}

// --------------------------------------------------------- skill.highskilled.cn

/// 高技能人才 = 高级工 or above, 预备技师 included. A definition.
pub static HIGH_SKILLED: Rule = Rule {
    id: "skill.highskilled.cn",
    gloss: gloss(
        "高技能人才指取得高级工及以上职业资格证书或职业技能等级证书的人员（含预备技师）。",
        "高技能人才 (high-skilled talent) means holding a 高级工 (senior) certificate or higher, 预备技师 included.",
    ),
    cites: &[
        cite(&zbf_2022_58::HIGH_SKILLED),
        cite(&rsbf_2021_102::HIGH_SKILLED_DEFINED),
        cite(&rsbf_2021_30::HIGH_SKILLED_INCLUDES_PREPARATORY),
    ],
    superseded: None,
};

/// Whether `level` makes a person 高技能人才.
pub(crate) fn high_skilled(level: Option<SkillLevel>) -> bool {
    meets(level, SkillLevel::Senior)
}

// -------------------------------------------------------- skill.parity.cn.2021

/// In-post 高级工+ are treated like professional staff of the corresponding
/// level. Caveat only: the corpus prints no table of levels.
pub static PARITY: Rule = Rule {
    id: "skill.parity.cn.2021",
    gloss: gloss(
        "各类用人单位对在聘的高级工以上高技能人才，在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面按相应层级专业技术人员享受同等待遇。",
        "Employers treat in-post senior-level-and-above skilled workers like professional staff of the corresponding level for study, appointments, promotion, awards and research projects.",
    ),
    cites: &[
        cite(&rsbf_2021_48::PARITY),
        cite(&ybf_2023_9::PARITY),
    ],
    superseded: None,
};

// ------------------------------------------------------ skill.titlemap.yn.2014

pub static RULES: &[&Rule] = &[&LADDER, &HIGH_SKILLED, &PARITY, &TITLE_MAP_YN_2014];

messages! {
    /// What group F says.
    pub enum SkillMsg {
        HighestCertificate { skill: SkillLevel } = "note.highestCertificate";
        /// 预备技师 is outside the 八级工 ladder: placed between 高级工 and 技师.
        PreparatoryPlaced = "note.preparatoryPlaced";
        /// Before the 八级工 text: the same order, as this calculator's convention.
        LadderOrderConvention { date: Date } = "note.ladderOrderConvention";
        HighSkilled = "note.highSkilled";
        /// Before any text in force defines 高技能人才: the same definition.
        HighSkilledDefinedLater = "note.highSkilledDefinedLater";
        /// Employers treat in-post 高技能人才 like professional staff of the corresponding level.
        Parity = "note.parity";
        /// 第十一条: for this recruitment, compare with 高级工程师 / 工程师 / 助理工程师.
        ComparesWithSeniorEngineer { skill: SkillLevel } = "note.comparesWithSeniorEngineer";
        ComparesWithEngineer { skill: SkillLevel } = "note.comparesWithEngineer";
        ComparesWithAssistantEngineer { skill: SkillLevel } = "note.comparesWithAssistantEngineer";
        /// 特级/首席技师 (2022) take the 高级技师 row of the 2014 text.
        NewLevelsTakeTopRow { place: Jurisdiction } = "note.newLevelsTakeTopRow";
        /// 预备技师 is not named in 第十一条 (高级技师、技师、高级工等): it takes
        /// the 高级工 row, the highest it is sure to reach (a reading).
        PreparatoryTakesSeniorRow { place: Jurisdiction } = "note.preparatoryTakesSeniorRow";
        /// The comparison's conditions: grass roots or production line; not a 职称.
        ComparisonConditions = "note.comparisonConditions";
    }
}

use crate::date::Date;
use SkillMsg as M;

/// Where the person's skill certificates stand, as found.
#[derive(Clone, Debug, PartialEq)]
pub struct Skill {
    pub level: Option<SkillLevel>,
    pub high_skilled: bool,
    pub notes: Vec<Note>,
}

/// Whether the post is one 第十一条 reaches: a 工勤 post of a 机关 or
/// 事业单位, or a professional post of a 事业单位.
fn title_map_post(ctx: &Ctx) -> bool {
    ctx.req.post.is_some_and(|p| {
        matches!(
            (p.employer, p.post_type),
            (
                Employer::GovernmentOrgan | Employer::PublicInstitution,
                PostType::WorkerSupport
            ) | (Employer::PublicInstitution, PostType::Professional)
        ) || at_technical_school(ctx)
    })
}

/// A 工勤 or 专业技术 post (a 实习指导教师 is one) at a 技工院校: a public one
/// is a 事业单位, as the recruitment check takes it.
fn at_technical_school(ctx: &Ctx) -> bool {
    ctx.req.post.is_some_and(|p| {
        p.employer == Employer::TechnicalSchool
            && matches!(
                p.post_type,
                PostType::WorkerSupport | PostType::Professional | PostType::PracticalInstructor
            )
    })
}

/// A note for `rule`, and its date caveats as notes of their own.
fn note(ctx: &Ctx, rule: &'static Rule, msg: impl Into<Msg>, out: &mut Vec<Note>) {
    out.push(ctx.note(rule, msg));
    let mut msgs = Vec::new();
    ctx.date_caveats(&[rule], &mut msgs);
    for m in msgs {
        out.push(ctx.note(rule, m));
    }
}

/// The skill section of the report.
pub fn evaluate(ctx: &Ctx) -> Skill {
    let level = ctx.cert_level;
    let high = high_skilled(level);
    let mut notes = Vec::new();

    if let Some(l) = level {
        if ctx.in_force(&LADDER) {
            note(ctx, &LADDER, M::HighestCertificate { skill: l }, &mut notes);
        } else {
            // Before 2022-10-07: the same order, citing the later text.
            let from = LADDER.from(ctx.jur).unwrap_or(ctx.as_of);
            notes.push(Note {
                msg: M::HighestCertificate { skill: l }.into(),
                rule: Some(&LADDER),
                citations: ctx.cite_any(&LADDER),
            });
            notes.push(Note {
                msg: M::LadderOrderConvention { date: from }.into(),
                rule: Some(&LADDER),
                citations: ctx.cite_any(&LADDER),
            });
        }
        if l == SkillLevel::PreparatoryTechnician {
            notes.push(Note {
                msg: M::PreparatoryPlaced.into(),
                rule: Some(&LADDER),
                citations: ctx.cite_any(&LADDER),
            });
        }
    }

    if high {
        if ctx.in_force(&HIGH_SKILLED) {
            note(ctx, &HIGH_SKILLED, M::HighSkilled, &mut notes);
        } else {
            // Before 2021 no text in force defines the term; the definition
            // is still applied (catalogue: "always applied"), and said so.
            for msg in [M::HighSkilled, M::HighSkilledDefinedLater] {
                notes.push(Note {
                    msg: msg.into(),
                    rule: Some(&HIGH_SKILLED),
                    citations: ctx.cite_any(&HIGH_SKILLED),
                });
            }
        }
        if ctx.in_force(&PARITY) {
            note(ctx, &PARITY, M::Parity, &mut notes);
        }
    }

    if ctx.in_force(&TITLE_MAP_YN_2014) && title_map_post(ctx) {
        if let Some(held) = level {
            let msg = if meets(level, SkillLevel::SeniorTechnician) {
                Some(M::ComparesWithSeniorEngineer { skill: held })
            } else if meets(level, SkillLevel::Technician) {
                Some(M::ComparesWithEngineer { skill: held })
            } else if meets(level, SkillLevel::Senior) {
                Some(M::ComparesWithAssistantEngineer { skill: held })
            } else {
                None
            };
            if let Some(msg) = msg {
                note(ctx, &TITLE_MAP_YN_2014, msg, &mut notes);
                if meets(level, SkillLevel::SpecialTechnician) {
                    notes.push(ctx.note(
                        &TITLE_MAP_YN_2014,
                        M::NewLevelsTakeTopRow {
                            place: TITLE_MAP_YN_2014.jurisdiction(),
                        },
                    ));
                }
                if held == SkillLevel::PreparatoryTechnician {
                    notes.push(ctx.note(
                        &TITLE_MAP_YN_2014,
                        M::PreparatoryTakesSeniorRow {
                            place: TITLE_MAP_YN_2014.jurisdiction(),
                        },
                    ));
                }
                notes.push(ctx.note(&TITLE_MAP_YN_2014, M::ComparisonConditions));
                if at_technical_school(ctx) {
                    // 第十一条 speaks of 事业单位: a private school is none.
                    notes.push(ctx.note(&TITLE_MAP_YN_2014, RecruitmentMsg::PublicSchoolsOnly));
                }
            }
        }
    }

    Skill {
        level,
        high_skilled: high,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SkillLevel::*;

    #[test]
    fn the_ladder_order() {
        // F1: 预备技师 meets 高级工, not 技师.
        assert!(meets(Some(PreparatoryTechnician), Senior));
        assert!(!meets(Some(PreparatoryTechnician), Technician));
        // F2: 特级技师 meets 高级技师; 首席技师 is the top.
        assert!(meets(Some(SpecialTechnician), SeniorTechnician));
        assert!(meets(Some(ChiefTechnician), SpecialTechnician));
        assert!(!meets(Some(SeniorTechnician), SpecialTechnician));
        // Exactly at the gate, and one below.
        assert!(meets(Some(Technician), Technician));
        assert!(!meets(Some(Senior), PreparatoryTechnician));
        assert!(!meets(None, Apprentice));
        assert!(meets(Some(Apprentice), Apprentice));
        let ladder = [
            Apprentice,
            Junior,
            Intermediate,
            Senior,
            PreparatoryTechnician,
            Technician,
            SeniorTechnician,
            SpecialTechnician,
            ChiefTechnician,
        ];
        assert!(ladder.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn high_skilled_is_senior_and_above() {
        // F3.
        assert!(high_skilled(Some(Senior)));
        assert!(high_skilled(Some(PreparatoryTechnician)));
        assert!(!high_skilled(Some(Intermediate)));
        assert!(!high_skilled(None));
    }
}
