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
/// not three, and where the English begins: −2.1 KB gzipped in the single
/// check, against a scan for the separator −2.8 KB but 7 % slower natively).
/// The code is kept natively, where the wording tests hold each table to
/// its messages; in the package a code comes from its message (`Msg::code`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording {
    #[cfg(not(target_arch = "wasm32"))]
    code: &'static str,
    both: &'static str,
    /// Where the English begins, less one (the zh-CN text's length).
    at: u16,
}

/// `w!(code, zh, en)`: a table's entry.
macro_rules! w {
    ($code:literal, $zh:literal, $en:literal $(,)?) => {
        $crate::wording::texts::Wording {
            #[cfg(not(target_arch = "wasm32"))]
            code: $code,
            both: concat!($zh, "\u{1f}", $en),
            at: $zh.len() as u16,
        }
    };
}
pub(crate) use w;

impl Wording {
    /// The template in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        let at = usize::from(self.at);
        let text = match lang {
            Lang::ZhCn => self.both.get(..at),
            Lang::En => self.both.get(at + 1..),
        };
        text.unwrap_or_default()
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
