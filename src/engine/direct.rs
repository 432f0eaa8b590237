//! C. Direct recruitment by assessment (直接考察).

use crate::law::Rule;
use crate::report::DirectRoute;

use super::Ctx;

pub static RULES: &[&Rule] = &[];

pub(crate) fn evaluate(_ctx: &Ctx) -> Vec<DirectRoute> {
    vec![]
}
