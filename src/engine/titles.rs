//! E. 技工院校 teacher titles (人社部发〔2017〕90号).

use crate::law::Rule;
use crate::report::TitleStatus;
use crate::request::Teacher;

use super::Ctx;

pub static RULES: &[&Rule] = &[];

pub(crate) fn evaluate(_ctx: &Ctx, _teacher: &Teacher) -> Vec<TitleStatus> {
    vec![]
}
