//! D. Subsidies and benefits.

use crate::law::Rule;
use crate::report::{Entitlement, Equivalence};

use super::Ctx;

pub static RULES: &[&Rule] = &[];

pub(crate) fn evaluate(_ctx: &Ctx, _eq: &[Equivalence]) -> Vec<Entitlement> {
    vec![]
}
