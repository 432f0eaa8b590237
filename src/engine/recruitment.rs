//! B. Recruitment eligibility for a post.

use crate::law::Rule;
use crate::report::{Equivalence, Recruitment};
use crate::request::Post;
use crate::vocab::Outcome;

use super::Ctx;

pub static RULES: &[&Rule] = &[];

pub(crate) fn evaluate(_ctx: &Ctx, _post: &Post, _eq: &[Equivalence]) -> Recruitment {
    Recruitment {
        outcome: Outcome::Undetermined,
        purpose: None,
        level: None,
        reasons: vec![],
        missing: vec![],
        to_qualify: vec![],
        caveats: vec![],
    }
}

/// Placeholder until group B lands: 82号 一.
pub static PI_NORESTRICT: Rule = Rule {
    id: "recruit.pi.norestrict.cn.2021",
    gloss: crate::text::t("", ""),
    cites: &[crate::law::cite(
        &crate::law::CN_RSBF_2021_82,
        "一",
        1107,
        "不得将毕业院校、国（境）外学习经历、学习方式作为限制性条件",
    )],
    superseded: None,
};
