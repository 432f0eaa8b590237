//! Every text, per code, in zh-CN and English: one table per message group,
//! in the group's declaration order (a test holds each table to its codes).

use crate::request::Lang;

pub mod common;
pub mod direct;
pub mod entitlements;
pub mod equivalence;
pub mod recruitment;
pub mod skills;
pub mod summary;
pub mod titles;

/// A code and its wording in both languages, with `{param}` placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording {
    pub code: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

pub(crate) const fn w(code: &'static str, zh: &'static str, en: &'static str) -> Wording {
    Wording { code, zh, en }
}

impl Wording {
    /// The template in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhCn => self.zh,
            Lang::En => self.en,
        }
    }
}
