//! A text in zh-CN and English side by side (labels, glosses). Report texts
//! are worded in `wording`; quotes of the law are never translated.

use crate::request::Lang;

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

/// Builds a [`Text`]; Chinese first, as the law is.
pub const fn t(zh: &'static str, en: &'static str) -> Text {
    Text { zh, en }
}

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhCn => self.zh,
            Lang::En => self.en,
        }
    }
}
