//! The wording: typed findings (`engine::Findings`) become the report, in
//! zh-CN or English. This is the only place that writes prose; every text
//! is looked up by its message's code in `texts`, and its parameters are
//! filled in words (dates as 2025年9月1日 / 1 September 2025, vocabulary by
//! its labels). Quotes of the law are never reworded: they travel as clauses.
//!
//! A caveat that holds for every entry of a section is given once, in the
//! report's `caveats` with that section; a clause is given once, in
//! `clauses`, with its document once in `documents`.

pub mod texts;

use std::borrow::Cow;

use crate::engine::msg::{self, Param};
use crate::engine::summary::{self, SummaryMsg};
use crate::engine::{self, Findings, Msg, Note};
use crate::law::{Clause, Document};
use crate::report::{
    ClauseEntry, DirectRoute, DocumentEntry, Entitlement, Equivalence, ParamValue, Params,
    Recruitment, Report, SectionText, Skill, Summary, Table, Text, TitleStatus,
};
use crate::request::Lang;
use crate::vocab::Section;
use crate::RULES_VERSION;

use texts::Wording;

/// The wording of `msg`.
pub fn wording(msg: &Msg) -> &'static Wording {
    fn at(table: &'static [Wording], i: usize) -> &'static Wording {
        &table[i]
    }
    match msg {
        Msg::CommonMsg(m) => at(texts::common::TEXTS, m.index()),
        Msg::EquivalenceMsg(m) => at(texts::equivalence::TEXTS, m.index()),
        Msg::RecruitmentMsg(m) => at(texts::recruitment::TEXTS, m.index()),
        Msg::DirectMsg(m) => at(texts::direct::TEXTS, m.index()),
        Msg::EntitlementMsg(m) => at(texts::entitlements::TEXTS, m.index()),
        Msg::TitleMsg(m) => at(texts::titles::TEXTS, m.index()),
        Msg::SkillMsg(m) => at(texts::skills::TEXTS, m.index()),
        Msg::SummaryMsg(m) => at(texts::summary::TEXTS, m.index()),
    }
}

/// Every table with the codes it must hold, in order.
pub fn tables() -> [(&'static str, &'static [Wording], &'static [&'static str]); 8] {
    use crate::engine::{direct, entitlements, equivalence, recruitment, skills, titles};
    [
        ("common", texts::common::TEXTS, engine::CommonMsg::CODES),
        (
            "equivalence",
            texts::equivalence::TEXTS,
            equivalence::EquivalenceMsg::CODES,
        ),
        (
            "recruitment",
            texts::recruitment::TEXTS,
            recruitment::RecruitmentMsg::CODES,
        ),
        ("direct", texts::direct::TEXTS, direct::DirectMsg::CODES),
        (
            "entitlements",
            texts::entitlements::TEXTS,
            entitlements::EntitlementMsg::CODES,
        ),
        ("titles", texts::titles::TEXTS, titles::TitleMsg::CODES),
        ("skills", texts::skills::TEXTS, skills::SkillMsg::CODES),
        ("summary", texts::summary::TEXTS, SummaryMsg::CODES),
    ]
}

/// `n` in decimal digits, appended to `out` (no `core::fmt`: the texts are
/// filled for every report).
fn digits(n: u32, out: &mut String) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

/// A parameter in words, appended to `out`.
fn word(p: Param, lang: Lang, out: &mut String) {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let label = |t: crate::text::Text| t.get(lang);
    let text = match p {
        Param::Date(d) => {
            match lang {
                Lang::ZhCn => {
                    digits(d.year().into(), out);
                    out.push('年');
                    digits(d.month().into(), out);
                    out.push('月');
                    digits(d.day().into(), out);
                    out.push('日');
                }
                Lang::En => {
                    digits(d.day().into(), out);
                    out.push(' ');
                    out.push_str(MONTHS[usize::from(d.month().clamp(1, 12)) - 1]);
                    out.push(' ');
                    digits(d.year().into(), out);
                }
            }
            return;
        }
        Param::Count(n) => return digits(n, out),
        Param::Yuan(n) => {
            match lang {
                Lang::ZhCn if n % 10_000 == 0 => {
                    digits(n / 10_000, out);
                    out.push_str("万元");
                }
                Lang::ZhCn => {
                    digits(n, out);
                    out.push('元');
                }
                Lang::En => {
                    let mut plain = String::new();
                    digits(n, &mut plain);
                    out.push_str("CNY ");
                    for (i, c) in plain.chars().enumerate() {
                        if i > 0 && (plain.len() - i).is_multiple_of(3) {
                            out.push(',');
                        }
                        out.push(c);
                    }
                }
            }
            return;
        }
        Param::Team(n) => label(match n {
            1 => crate::text::t("单人", "single"),
            2 => crate::text::t("双人", "pair"),
            _ => crate::text::t("三人", "trio"),
        }),
        Param::Education(v) => label(v.label()),
        Param::Class(v) => label(v.label()),
        Param::Skill(v) => label(v.label()),
        Param::Title(v) => label(v.label()),
        Param::Competition(v) => label(v.label()),
        Param::Honour(v) => label(v.label()),
        Param::Medal(v) => label(v.label()),
        Param::School(v) => label(v.label()),
        Param::Purpose(v) => label(v.label()),
        Param::Entitlement(v) => label(v.label()),
        Param::Field(f) => label(f.label()),
        Param::Place(j) => label(j.name()),
    };
    out.push_str(text);
}

/// A parameter as the report's `params` give it.
fn wire(p: Param) -> ParamValue {
    match p {
        Param::Date(d) => ParamValue::Date(d),
        Param::Count(n) | Param::Yuan(n) => ParamValue::Int(n),
        Param::Team(n) => ParamValue::Int(u32::from(n)),
        Param::Education(v) => ParamValue::Str(v.wire()),
        Param::Class(v) => ParamValue::Str(v.wire()),
        Param::Skill(v) => ParamValue::Str(v.wire()),
        Param::Title(v) => ParamValue::Str(v.wire()),
        Param::Competition(v) => ParamValue::Str(v.wire()),
        Param::Honour(v) => ParamValue::Str(v.wire()),
        Param::Medal(v) => ParamValue::Str(v.wire()),
        Param::School(v) => ParamValue::Str(v.wire()),
        Param::Purpose(v) => ParamValue::Str(v.wire()),
        Param::Entitlement(v) => ParamValue::Str(v.wire()),
        Param::Field(f) => ParamValue::Field(f),
        Param::Place(j) => ParamValue::Str(j.code()),
    }
}

/// `template` with every `{param}` filled from `params`: the template
/// itself (borrowed) where it has none.
fn fill(template: &'static str, params: &msg::Params, lang: Lang) -> Cow<'static, str> {
    // Split, never sliced by index: a slice's bounds check would bring
    // its panic message's formatting into the module.
    if params.is_empty() || !template.contains('{') {
        return Cow::Borrowed(template);
    }
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        // `{count:area|areas}`: the word for the count, singular or plural.
        let (name, forms) = match name.split_once(':') {
            Some((name, forms)) => (name, forms.split_once('|')),
            None => (name, None),
        };
        match (params.get(name), forms) {
            (Some(Param::Count(n)), Some((one, many))) => {
                out.push_str(if n == 1 { one } else { many });
            }
            (Some(p), None) => word(p, lang, &mut out),
            // An unknown placeholder stays visible (the wording tests catch it).
            _ => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Builds the report's texts and collects the clauses and documents cited.
struct Writer {
    lang: Lang,
    clauses: Vec<(&'static str, ClauseEntry)>,
    documents: Vec<(&'static str, DocumentEntry)>,
    /// The clauses last collected, by address, direct-mapped: most
    /// citations name a clause already in `clauses`.
    seen: [usize; SEEN_SLOTS],
}

const SEEN_SLOTS: usize = 64;

impl Writer {
    fn text(&self, msg: impl Into<Msg>) -> Text {
        let msg = msg.into();
        let typed = msg.params();
        Text {
            code: msg.code(),
            text: fill(wording(&msg).get(self.lang), &typed, self.lang),
            params: Params(typed.iter().map(|(name, p)| (name, wire(p))).collect()),
            rule_id: None,
            citations: None,
        }
    }

    fn clause(&mut self, c: &'static Clause) {
        // Clauses and documents are statics, one each: the same one is the
        // same address (no comparing of ids as text). A clause seen lately
        // is in its slot of `seen`; one already in the table has its
        // document there too.
        let addr = std::ptr::from_ref(c) as usize;
        let slot = (addr / std::mem::align_of::<Clause>()) % SEEN_SLOTS;
        if self.seen[slot] == addr {
            return;
        }
        self.seen[slot] = addr;
        if self.clauses.iter().any(|(_, e)| std::ptr::eq(e.0, c)) {
            return;
        }
        self.clauses.push((c.id, ClauseEntry(c)));
        let d: &'static Document = c.doc;
        if !self.documents.iter().any(|(_, e)| std::ptr::eq(e.0, d)) {
            self.documents.push((d.id, DocumentEntry(d)));
        }
    }

    /// The citations as they are, their clauses and documents collected.
    fn cite(&mut self, citations: Vec<crate::report::Citation>) -> Vec<crate::report::Citation> {
        for c in &citations {
            self.clause(c.clause);
        }
        citations
    }

    /// A note: its text, the rule it comes from and its citations (where it has any).
    fn note(&mut self, n: Note) -> Text {
        let mut t = self.text(n.msg);
        t.rule_id = n.rule.map(|r| r.id);
        if n.rule.is_some() || !n.citations.is_empty() {
            t.citations = Some(self.cite(n.citations));
        }
        t
    }

    /// A reason: always with its rule id and citations (possibly empty).
    fn reason(&mut self, n: Note) -> Text {
        let mut t = self.note(n);
        if t.citations.is_none() {
            t.citations = Some(Vec::new());
        }
        t
    }

    fn recruitment(&mut self, r: engine::recruitment::Recruitment) -> Recruitment {
        Recruitment {
            outcome: r.outcome,
            purpose: r.purpose,
            level: r.level,
            reasons: r.reasons.into_iter().map(|n| self.reason(n)).collect(),
            missing: r.missing,
            to_qualify: self.texts(&r.to_qualify),
            caveats: self.notes(r.caveats),
        }
    }

    fn texts(&self, msgs: &[Msg]) -> Vec<Text> {
        msgs.iter().map(|m| self.text(*m)).collect()
    }

    fn notes(&mut self, notes: Vec<Note>) -> Vec<Text> {
        notes.into_iter().map(|n| self.note(n)).collect()
    }

    fn superseded(&mut self, s: Vec<crate::report::Superseded>) -> Vec<crate::report::Superseded> {
        for x in &s {
            for c in &x.citations {
                self.clause(c.clause);
            }
        }
        s
    }
}

/// Removes the caveats every entry of a section shares (with ≥ 2 entries)
/// and returns them, once.
fn hoist<T>(entries: &mut [T], caveats: impl Fn(&mut T) -> &mut Vec<Note>) -> Vec<Note> {
    let Some((head, rest)) = entries.split_first_mut() else {
        return Vec::new();
    };
    if rest.is_empty() {
        return Vec::new();
    }
    // Which of the first entry's caveats every other entry has too (no
    // copy of them: most sections share none).
    let head = caveats(head);
    let shared: Vec<bool> = head
        .iter()
        .map(|c| rest.iter_mut().all(|e| caveats(e).contains(c)))
        .collect();
    if !shared.contains(&true) {
        return Vec::new();
    }
    let mut common = Vec::new();
    let mut kept = Vec::new();
    for (c, s) in std::mem::take(head).into_iter().zip(shared) {
        if s {
            common.push(c);
        } else {
            kept.push(c);
        }
    }
    *head = kept;
    for e in rest {
        caveats(e).retain(|c| !common.contains(c));
    }
    common
}

/// The recruitment section alone, worded exactly as [`report`] words it:
/// for the batch, whose results row shows no other text of a report, so a
/// row does not word the sections it never shows.
pub fn recruitment(r: engine::recruitment::Recruitment, lang: Lang) -> Recruitment {
    Writer {
        lang,
        clauses: Vec::new(),
        documents: Vec::new(),
        seen: [0; SEEN_SLOTS],
    }
    .recruitment(r)
}

/// Words the findings for `f.req` in `lang`.
pub fn report(mut f: Findings, lang: Lang) -> Report {
    let summary = summary::summary(&f);
    // A report cites a few dozen clauses of a dozen documents at most.
    let mut w = Writer {
        lang,
        clauses: Vec::with_capacity(32),
        documents: Vec::with_capacity(16),
        seen: [0; SEEN_SLOTS],
    };

    // Section-wide caveats, once.
    let mut section_caveats: Vec<(Section, Vec<Note>)> = vec![
        (
            Section::Equivalences,
            hoist(&mut f.equivalences, |e| &mut e.caveats),
        ),
        (
            Section::DirectRecruitment,
            hoist(&mut f.direct, |d| &mut d.caveats),
        ),
        (
            Section::Entitlements,
            hoist(&mut f.entitlements, |e| &mut e.conditions),
        ),
    ];
    if let Some(titles) = f.titles.as_mut() {
        let mut open: Vec<&mut engine::titles::TitleStatus> =
            titles.iter_mut().filter(|t| !t.held).collect();
        section_caveats.push((Section::Titles, hoist(&mut open, |t| &mut t.caveats)));
    }

    let headline = w.text(summary.headline);
    let lines = summary
        .lines
        .iter()
        .map(|(section, m)| SectionText {
            text: w.text(*m),
            section: Some(*section),
        })
        .collect();

    let equivalences = f
        .equivalences
        .into_iter()
        .map(|e| Equivalence {
            purpose: e.purpose,
            level: e.level,
            basis: e.basis,
            citations: w.cite(e.citations),
            superseded: w.superseded(e.superseded),
            caveats: w.notes(e.caveats),
        })
        .collect();

    let recruitment = f.recruitment.map(|r| w.recruitment(r));

    let direct_recruitment = f
        .direct
        .into_iter()
        .map(|d| DirectRoute {
            route: d.route,
            outcome: d.outcome,
            reasons: w.notes(d.reasons),
            missing: d.missing,
            caveats: w.notes(d.caveats),
            citations: w.cite(d.citations),
        })
        .collect();

    let entitlements = f
        .entitlements
        .into_iter()
        .map(|e| Entitlement {
            id: e.id,
            status: e.status,
            amount: e.amount,
            amount_text: w.text(e.amount_msg),
            reasons: e.reasons.into_iter().map(|n| w.reason(n)).collect(),
            conditions: w.notes(e.conditions),
            missing: e.missing,
            citations: w.cite(e.citations),
            superseded: w.superseded(e.superseded),
            award: e.award,
        })
        .collect();

    let titles = f.titles.map(|ts| {
        ts.into_iter()
            .map(|t| TitleStatus {
                title: t.title,
                status: t.status,
                eligible_from: t.eligible_from,
                direct: t.direct,
                held: t.held,
                reasons: {
                    let mut r: Vec<Text> = t.open.into_iter().map(|n| w.note(n)).collect();
                    r.extend(w.texts(&t.reasons));
                    r
                },
                requirements: w.texts(&t.requirements),
                missing: t.missing,
                to_qualify: w.texts(&t.to_qualify),
                caveats: w.notes(t.caveats),
                citations: w.cite(t.citations),
            })
            .collect()
    });

    let skill = Skill {
        level: f.skill.level,
        high_skilled: f.skill.high_skilled,
        notes: f.skill.notes.into_iter().map(|n| w.reason(n)).collect(),
    };
    let notes = f.notes.into_iter().map(|n| w.reason(n)).collect();

    let mut caveats: Vec<SectionText> = Vec::new();
    for (section, list) in section_caveats {
        for c in list {
            caveats.push(SectionText {
                text: w.note(c),
                section: Some(section),
            });
        }
    }
    caveats.push(SectionText {
        text: w.text(engine::CommonMsg::GuidanceOnly),
        section: None,
    });

    Report {
        as_of: f.as_of,
        jurisdiction: f.req.jurisdiction,
        rules_version: RULES_VERSION,
        lang,
        summary: Summary { headline, lines },
        caveats,
        equivalences,
        recruitment,
        direct_recruitment,
        entitlements,
        titles,
        skill,
        notes,
        clauses: Table(w.clauses),
        documents: Table(w.documents),
    }
}

/// Every code with both wordings, in table order (for `rules()`): the
/// code is its message's, in the same place.
pub fn all_codes() -> impl Iterator<Item = (&'static str, &'static Wording)> {
    tables()
        .into_iter()
        .flat_map(|(_, t, codes)| codes.iter().copied().zip(t.iter()))
}
