//! The wording tests: the only tests that read prose. Every code has both
//! texts, the tables follow their messages, no placeholder survives, and no
//! text shown to a person contains 语料/corpus, a request field name, an
//! ISO date, 你 (the reports say 您), or — in zh-CN — an English word; the
//! headline and summary lines carry no 文号.

use std::collections::BTreeSet;

mod support;

use dengtong::wording::{all_codes, tables};
use serde_json::Value;

const TODAY: dengtong::Date = dengtong::Date::ymd(2024, 5, 1);

#[test]
fn every_code_has_both_wordings_in_its_table_order() {
    let mut seen = BTreeSet::new();
    for (group, table, codes) in tables() {
        let listed: Vec<&str> = table.iter().map(|w| w.code()).collect();
        assert_eq!(
            listed, codes,
            "texts/{group}.rs is not in the order of its messages"
        );
        for w in table {
            let code = w.code();
            assert!(seen.insert(code), "code {code} twice");
            assert!(!w.zh().trim().is_empty(), "{code}: no zh-CN text");
            assert!(!w.en().trim().is_empty(), "{code}: no English text");
            assert!(
                !w.zh().contains('\u{1f}') && !w.en().contains('\u{1f}'),
                "{code}: a text holds the separator U+001F"
            );
            let kind = code.split('.').next().unwrap_or_default();
            assert!(
                [
                    "caveat",
                    "note",
                    "reason",
                    "open",
                    "toQualify",
                    "condition",
                    "amount",
                    "requirement",
                    "headline",
                    "line"
                ]
                .contains(&kind),
                "{code}: unknown kind of code"
            );
        }
    }
    assert!(seen.len() > 200);
}

/// The `{names}` of a template.
fn placeholders(t: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        let Some(j) = after.find('}') else { break };
        // `{count:area|areas}` names `count`.
        let name = &after[..j];
        out.insert(name.split_once(':').map_or(name, |(n, _)| n));
        rest = &after[j + 1..];
    }
    out
}

#[test]
fn both_languages_use_the_same_placeholders() {
    for (code, w) in all_codes() {
        assert_eq!(
            placeholders(w.zh()),
            placeholders(w.en()),
            "{code}: zh-CN and English name different parameters"
        );
    }
}

/// What no text shown to a person may contain, per language.
fn flaw(text: &str, zh: bool) -> Option<&'static str> {
    let lower = text.to_lowercase();
    if text.contains('{') || text.contains('}') {
        return Some("a placeholder");
    }
    if text.contains("语料") || lower.contains("corpus") {
        return Some("语料/corpus");
    }
    for field in ["graduate.", "teacher.", "post."] {
        if text
            .match_indices(field)
            .any(|(i, _)| text[i + field.len()..].starts_with(|c: char| c.is_ascii_lowercase()))
        {
            return Some("a request field name");
        }
    }
    for field in ["asOf", "classType", "schoolType", "graduationDate"] {
        if text.contains(field) {
            return Some("a request field name");
        }
    }
    let bytes = text.as_bytes();
    if bytes.windows(10).any(|w| {
        w[4] == b'-'
            && w[7] == b'-'
            && w.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    }) {
        return Some("an ISO date");
    }
    if !zh {
        // A count takes its number: "1 route", "2 routes" ({count:route|routes}).
        if text.contains("(s)") {
            return Some("a plural left open: (s)");
        }
        let one = |unit: &str| {
            text.match_indices(unit)
                .any(|(i, _)| text[..i].ends_with(" 1") || text[..i] == *"1")
        };
        if one(" years") || one(" routes") || one(" areas") || one(" items") {
            return Some("a plural after 1");
        }
    }
    if zh {
        if text.contains('你') {
            return Some("你 (say 您)");
        }
        if text.chars().any(|c| c.is_ascii_alphabetic()) {
            return Some("an English word in zh-CN");
        }
    }
    None
}

#[test]
fn the_flaw_test_can_fail() {
    assert_eq!(flaw("语料未载明", true), Some("语料/corpus"));
    assert_eq!(
        flaw("see teacher.education", false),
        Some("a request field name")
    );
    assert_eq!(flaw("once you graduate.", false), None);
    assert_eq!(flaw("自2021-08-12起", true), Some("an ISO date"));
    assert_eq!(flaw("你可以", true), Some("你 (say 您)"));
    assert_eq!(flaw("in 3 area(s)", false), Some("a plural left open: (s)"));
    assert_eq!(flaw("needs 1 years as", false), Some("a plural after 1"));
    assert_eq!(flaw("needs 11 years as", false), None);
    assert_eq!(
        flaw("按bachelor对待", true),
        Some("an English word in zh-CN")
    );
    assert_eq!(flaw("On {date}", false), Some("a placeholder"));
    assert_eq!(flaw("2021年8月12日起，您可以申报。", true), None);
    assert_eq!(flaw("From 12 August 2021 you may apply.", false), None);
}

/// A 文号 as printed: 〔2021〕82号, [2014]140号, ﹝2021﹞86号.
fn has_document_number(text: &str) -> bool {
    text.contains('〔') || text.contains('﹝') || (text.contains('[') && text.contains('号'))
}

/// Every text object of a report, with whether it is a summary text.
fn texts<'a>(v: &'a Value, summary: bool, out: &mut Vec<(&'a str, &'a str, bool)>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(code)), Some(Value::String(t))) =
                (m.get("code"), m.get("text"))
            {
                out.push((code, t, summary));
            }
            for (k, x) in m {
                if k == "clauses" || k == "documents" {
                    continue;
                }
                texts(x, summary || k == "summary", out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| texts(x, summary, out)),
        _ => {}
    }
}

/// Over every case request, in both languages: every text is clean, and the
/// headline and summary lines name no 文号.
#[test]
fn no_text_shown_to_a_person_has_a_flaw() {
    let mut failures = BTreeSet::new();
    let mut checked = 0;
    for mut request in support::case_requests() {
        if !request.is_object() {
            continue;
        }
        for lang in ["zh-CN", "en"] {
            request["lang"] = lang.into();
            let Ok(json) = dengtong::evaluate_json(&request.to_string(), TODAY) else {
                continue;
            };
            let report: Value = serde_json::from_str(&json).expect("JSON");
            let mut found = Vec::new();
            texts(&report, false, &mut found);
            for (code, text, summary) in found {
                checked += 1;
                if let Some(why) = flaw(text, lang == "zh-CN") {
                    failures.insert(format!("{code} ({lang}): {why}: «{text}»"));
                }
                if summary && has_document_number(text) {
                    failures.insert(format!("{code} ({lang}): a 文号 in the summary: «{text}»"));
                }
            }
        }
    }
    assert!(checked > 10_000, "only {checked} texts");
    assert!(
        failures.is_empty(),
        "{} flawed texts:\n{}",
        failures.len(),
        failures.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn dates_are_words() {
    let req = r#"{"asOf":"2025-09-01","jurisdiction":"CN","graduate":{"schoolType":"technicianCollege","classType":"senior","graduationDate":"2025-07-01"},"teacher":{"track":"practical","currentTitle":"grade3Instructor","currentTitleSince":"2024-09-01","education":"associate"}}"#;
    let zh = dengtong::evaluate_json(req, TODAY).unwrap();
    let en =
        dengtong::evaluate_json(&req.replace("\"CN\"", "\"CN\",\"lang\":\"en\""), TODAY).unwrap();
    assert!(zh.contains("2026年9月1日"), "{zh}");
    assert!(en.contains("1 September 2026"), "{en}");
}

#[test]
fn counts_take_their_number_in_english() {
    // grade3 → grade2 needs 1 year with 本科: "1 year", never "1 years".
    let one = r#"{"asOf":"2025-09-01","jurisdiction":"CN","lang":"en","graduate":{"schoolType":"technicianCollege","classType":"senior","graduationDate":"2025-07-01"},"teacher":{"track":"practical","currentTitle":"grade3Instructor","currentTitleSince":"2024-09-01","education":"bachelor"}}"#;
    let en = dengtong::evaluate_json(one, TODAY).unwrap();
    assert!(!en.contains("1 years") && !en.contains("(s)"), "{en}");
    assert!(en.contains(" 1 year "), "{en}");
    // One direct route open, then the plural with two areas and more.
    let route = r#"{"asOf":"2024-05-01","jurisdiction":"CN","lang":"en","graduate":{"schoolType":"technicalSchool","classType":"intermediate","studyMode":"fullTime","graduationDate":"2023-07-01","honours":["provincialTechnicalExpert"]},"post":{"employer":"technicalSchool","postType":"professional","requiredEducation":"associate","skillLevelRequired":false}}"#;
    let en = dengtong::evaluate_json(route, TODAY).unwrap();
    assert!(en.contains("1 route open"), "{en}");
    assert!(en.contains(" areas") && !en.contains("(s)"), "{en}");
}
