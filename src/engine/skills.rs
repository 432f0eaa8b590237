//! F. The skill ladder (八级工), 高技能人才, and the Yunnan skill ↔ engineer mapping.

use crate::law::Rule;
use crate::report::Skill;

use super::Ctx;

pub static RULES: &[&Rule] = &[];

pub(crate) fn evaluate(ctx: &Ctx) -> Skill {
    Skill {
        level: ctx.cert_level,
        high_skilled: false,
        notes: vec![],
    }
}
