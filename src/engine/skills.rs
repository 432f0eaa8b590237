//! F. The skill ladder (八级工), 高技能人才, the parity of 高技能人才 with
//! professional staff, and the Yunnan skill ↔ engineer mapping for
//! recruitment.
//!
//! The order itself lives in the type: [`SkillLevel`] derives `Ord` in the
//! order of the 八级工 ladder, with 预备技师 placed between 高级工 and 技师
//! (catalogue §4 Q7). [`meets`] is the one gate test every group uses.

use crate::law::cn::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Reason, Skill};
use crate::request::{Employer, Jurisdiction, PostType, SkillLevel};
use crate::text::{pick, t, Str, Text};

use super::Ctx;

// ------------------------------------------------------- skill.ladder.cn.2022

/// 八级工: 学徒工 < 初级工 < 中级工 < 高级工 < 技师 < 高级技师 < 特级技师 < 首席技师.
pub static LADDER: Rule = Rule {
    id: "skill.ladder.cn.2022",
    gloss: t(
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
    gloss: t(
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
    gloss: t(
        "各类用人单位对在聘的高级工以上高技能人才，在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面按相应层级专业技术人员享受同等待遇。",
        "Employers treat in-post senior-level-and-above skilled workers like professional staff of the corresponding level for study, appointments, promotion, awards and research projects.",
    ),
    cites: &[
        cite(&rsbf_2021_48::PARITY),
    ],
    superseded: None,
};

// ------------------------------------------------------ skill.titlemap.yn.2014

/// Yunnan 2014 第十一条: for recruitment to 工勤 posts of 机关/事业单位 and to
/// professional posts of 事业单位, 高级技师/技师/高级工 at the grass roots or
/// on a production line compare with 高级工程师/工程师/助理工程师. Text only
/// (the post has no title field, catalogue §4 Q31); never used for 职称.
pub static TITLE_MAP_YN_2014: Rule = Rule {
    id: "skill.titlemap.yn.2014",
    gloss: t(
        "云南：基层和企业生产一线的高级技师、技师、高级工，符合招考条件的，可比照高级工程师、工程师、助理工程师，参加机关、事业单位工勤人员或事业单位专业技术人员招考。",
        "Yunnan: senior technicians, technicians and senior workers at the grass roots or on a production line may apply to 工勤 posts of government bodies and public institutions, or professional posts of public institutions, on a par with senior engineers, engineers and assistant engineers.",
    ),
    cites: &[
        cite(&yrsf_2014_140::TITLE_COMPARISON),
    ],
    superseded: None,
};

/// The 2014 mapping as a table: the gate met, and what it compares with.
/// 特级技师 and 首席技师 did not exist in 2014; they were added above 高级技师
/// in 2022 (L211), so by [`meets`] they reach the highest row (高级工程师),
/// with a caveat. 预备技师 reaches the 高级工 row only.
const TITLE_MAP: [(SkillLevel, Text); 3] = [
    (
        SkillLevel::SeniorTechnician,
        t("高级工程师", "a senior engineer (高级工程师)"),
    ),
    (SkillLevel::Technician, t("工程师", "an engineer (工程师)")),
    (
        SkillLevel::Senior,
        t("助理工程师", "an assistant engineer (助理工程师)"),
    ),
];

pub static RULES: &[&Rule] = &[&LADDER, &HIGH_SKILLED, &PARITY, &TITLE_MAP_YN_2014];

// ---------------------------------------------------------------- evaluation

const LADDER_LATER: Text = t(
    "（“八级工”序列于2022-10-07发布；此前按同一顺序排列证书等级，这是本计算的约定）",
    " (the 八级工 ladder was published on 2022-10-07; before that the same order is used, as a convention of this calculator)",
);
const PREPARATORY_PLACED: Text = t(
    "预备技师不在“八级工”序列之内，本计算将其置于高级工与技师之间：满足高级工要求，不满足技师要求。",
    " 预备技师 is outside the 八级工 ladder; it is placed between 高级工 and 技师: it meets a 高级工 gate but not a 技师 gate.",
);
const HIGH_SKILLED_YES: Text = t(
    "持有高级工及以上证书，属于高技能人才。",
    "With a 高级工 (senior) certificate or higher you are 高技能人才 (high-skilled talent).",
);
const HIGH_SKILLED_LATER: Text = t(
    "（该定义见于2021年以后的文件；在此日期之前没有生效的文件作出定义，仍按同一定义计算）",
    " (the definition is printed in texts from 2021 on; no text in force on this date defines the term, so the same definition is used)",
);
const PARITY_TEXT: Text = t(
    "在聘期间，用人单位在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面按相应层级专业技术人员对待；语料未规定层级对应表，具体由用人单位确定。",
    "While employed, employers treat you like professional staff of the corresponding level for study, appointments, promotion, awards and research projects; the corpus gives no table of levels, so the employer decides the level.",
);
const TITLE_MAP_CONDITIONS: Text = t(
    "条件：在基层或企业生产一线工作，并符合机关、事业单位招考条件；仅用于本次招考的比照，不是职称，也不得用于职称评审；2014年办法为暂行，语料未载明其终止日期。",
    " Conditions: you work at the grass roots or on an enterprise production line and meet the recruitment conditions. This is a comparison for this recruitment only: it is not a 职称 (professional title) and never counts for title evaluation. The 2014 measures are interim (暂行) and the corpus sets no end date.",
);
const TITLE_MAP_NEW_LEVELS: Text = t(
    "2014年办法最高只列高级技师；特级技师、首席技师是2022年在高级技师之上增设的等级，这里按高级技师一档比照，请向招聘单位核实。",
    " The 2014 text names 高级技师 at most; 特级技师 and 首席技师 were added above 高级技师 in 2022, so the 高级技师 row is shown — check with the recruiter.",
);

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
        )
    })
}

/// A note for `rule`, with its date caveats folded into the text.
fn note(ctx: &Ctx, rule: &'static Rule, text: Str) -> Reason {
    let mut caveats = Vec::new();
    ctx.date_caveats(rule, &mut caveats);
    let text = if caveats.is_empty() {
        text
    } else {
        pick!(
            ctx.lang,
            format!("{text}（{}）", caveats.join("；")),
            format!("{text} ({})", caveats.join("; ")),
        )
    };
    ctx.reason(rule, text)
}

/// The skill section of the report.
pub(crate) fn evaluate(ctx: &Ctx) -> Skill {
    let level = ctx.cert_level;
    let high = high_skilled(level);
    let mut notes = Vec::new();

    if let Some(l) = level {
        let name = l.name();
        let mut text = pick!(
            ctx.lang,
            format!("所持最高证书等级：{}。", name.zh),
            format!("Highest certificate: {}.", name.en),
        );
        if l == SkillLevel::PreparatoryTechnician {
            text.to_mut().push_str(&ctx.t(PREPARATORY_PLACED));
        }
        if ctx.in_force(&LADDER) {
            notes.push(note(ctx, &LADDER, text));
        } else {
            // Before 2022-10-07: the same order, uncited.
            text.to_mut().push_str(&ctx.t(LADDER_LATER));
            notes.push(Reason {
                rule_id: LADDER.id,
                text,
                citations: ctx.cite_any(&LADDER),
            });
        }
    }

    if high {
        if ctx.in_force(&HIGH_SKILLED) {
            notes.push(note(ctx, &HIGH_SKILLED, ctx.t(HIGH_SKILLED_YES)));
        } else {
            // Before 2021-01-01 no text in force defines the term; the
            // definition is still applied (catalogue: "always applied"),
            // uncited and said so.
            notes.push(Reason {
                rule_id: HIGH_SKILLED.id,
                text: format!("{}{}", ctx.t(HIGH_SKILLED_YES), ctx.t(HIGH_SKILLED_LATER)).into(),
                citations: ctx.cite_any(&HIGH_SKILLED),
            });
        }
        if ctx.in_force(&PARITY) {
            notes.push(note(ctx, &PARITY, ctx.t(PARITY_TEXT)));
        }
    }

    if ctx.jur == Jurisdiction::CnYn && ctx.in_force(&TITLE_MAP_YN_2014) && title_map_post(ctx) {
        let found = level.zip(TITLE_MAP.iter().find(|(gate, _)| meets(level, *gate)));
        if let Some((held, (gate, as_title))) = found {
            let (h, g, a) = (held.name(), gate.name(), *as_title);
            let mut text = if held == *gate {
                pick!(
                    ctx.lang,
                    format!("报考本岗位时，{}可比照{}参加招考。", h.zh, a.zh),
                    format!(
                        "For this recruitment, as a {} you may apply on a par with {}.",
                        h.en, a.en
                    ),
                )
            } else {
                pick!(
                    ctx.lang,
                    format!("报考本岗位时，{}（按{}一档）可比照{}参加招考。", h.zh, g.zh, a.zh),
                    format!(
                        "For this recruitment, as a {} (the {} row) you may apply on a par with {}.",
                        h.en, g.en, a.en
                    ),
                )
            };
            if meets(level, SkillLevel::SpecialTechnician) {
                text.to_mut().push_str(&ctx.t(TITLE_MAP_NEW_LEVELS));
            }
            text.to_mut().push_str(&ctx.t(TITLE_MAP_CONDITIONS));
            notes.push(note(ctx, &TITLE_MAP_YN_2014, text));
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
