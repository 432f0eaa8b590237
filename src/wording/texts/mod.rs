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

/// A code and its wording in both languages, with `{param}` placeholders:
/// one string, zh-CN and English joined by U+001F (one pointer a text,
/// not three: −2.8 KB gzipped in the single check). The code is kept
/// natively, where the wording tests hold each table to its messages; in
/// the package a code comes from its message (`Msg::code`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording {
    #[cfg(not(target_arch = "wasm32"))]
    code: &'static str,
    both: &'static str,
}

/// `w!(code, zh, en)`: a table's entry.
macro_rules! w {
    ($code:literal, $zh:literal, $en:literal $(,)?) => {
        $crate::wording::texts::Wording {
            #[cfg(not(target_arch = "wasm32"))]
            code: $code,
            both: concat!($zh, "\u{1f}", $en),
        }
    };
}
pub(crate) use w;

impl Wording {
    /// The template in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        let (zh, en) = self.both.split_once('\u{1f}').unwrap_or((self.both, ""));
        match lang {
            Lang::ZhCn => zh,
            Lang::En => en,
        }
    }

    /// The zh-CN template.
    pub fn zh(&self) -> &'static str {
        self.get(Lang::ZhCn)
    }

    /// The English template.
    pub fn en(&self) -> &'static str {
        self.get(Lang::En)
    }

    /// The code the entry was written for (natively only: the wording
    /// tests hold it to the message in its place).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn code(&self) -> &'static str {
        self.code
    }
}
