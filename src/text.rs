//! Human-readable text in zh-CN and English, from one table per use site.
//! Quotes of the law are never translated; these texts gloss what they decide.

use std::borrow::Cow;

use crate::request::Lang;

/// A report text: borrowed from the static tables where it can be, owned
/// where it was formatted (most texts are constants: no allocation).
pub type Str = Cow<'static, str>;

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

/// Picks the language of a formatted text: `pick!(lang, format!(…), format!(…))`.
/// A macro, so that only the chosen language's text is formatted.
macro_rules! pick {
    ($lang:expr, $zh:expr, $en:expr $(,)?) => {
        match $lang {
            $crate::request::Lang::ZhCn => $crate::text::Str::from($zh),
            $crate::request::Lang::En => $crate::text::Str::from($en),
        }
    };
}
pub(crate) use pick;
