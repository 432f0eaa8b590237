//! Cells (单元格): normalising a cell and reading one value from it — the
//! list items, certificates, awards, honours, dates, school names, 学历, and
//! the 岗位表's 岗位类别 and 学历要求. The spellings are data (`terms`).

use std::borrow::Cow;

use super::say;
use super::terms::*;
use crate::date::Date;
use crate::request::{Award, Certificate, Competition, Education, Honour, Lang, SchoolType};

/// Normalises a cell for matching: no whitespace (ASCII, full-width, zero
/// width, BOM), full-width ASCII forms to ASCII (（ → (), ASCII lower case.
pub(super) fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '【' | '〔' => '(',
            '】' | '〕' => ')',
            _ => c,
        };
        if c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200D}' | '\u{2060}') {
            continue;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A header, normalised further: no `_` or `-`.
pub(super) fn norm_header(s: &str) -> String {
    let mut n = norm(s);
    n.retain(|c| c != '_' && c != '-');
    n
}

pub(super) fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The longest key of `table` that `s` starts with, and the rest of `s`.
pub(super) fn longest_prefix<'s, T: Copy>(table: &[(&str, T)], s: &'s str) -> Option<(T, &'s str)> {
    table
        .iter()
        .filter(|(k, _)| s.starts_with(k))
        .max_by_key(|(k, _)| k.len())
        .map(|(k, v)| (*v, s.get(k.len()..).unwrap_or("")))
}

/// "none" in a list or class cell.
pub(super) fn is_none_word(key: &str) -> bool {
    matches!(key, "无" | "没有" | "none" | "-" | "—" | "/" | "n/a")
}

/// The items of a list cell. Separators: `;` `；` `、` `,` `，` line breaks.
pub(super) fn items(s: &str) -> impl Iterator<Item = &str> {
    let whole = norm(s);
    let none = whole.is_empty() || is_none_word(&whole);
    s.split([';', '；', '、', ',', '，', '\n', '\r'])
        .map(str::trim)
        .filter(move |p| !none && !norm(p).is_empty())
}

/// What is wrong with one item of a list cell.
#[derive(Debug, PartialEq)]
pub(super) enum Problem {
    Level,
    CertField(String),
    Competition,
    Placing(String),
    Duplicate(&'static str),
    Range(&'static str),
    Honour,
    HonourLevel,
}

impl Problem {
    pub(super) fn text(&self, lang: Lang, item: &str) -> String {
        let item = truncate(item.trim(), 60);
        match self {
            Problem::Level => say!(
                lang,
                format!("无法识别的证书等级“{item}”：可填 学徒工、初级工、中级工、高级工、预备技师、技师、高级技师、特级技师、首席技师，可加类别，如“高级工（工程技术类）”"),
                format!("unknown certificate level \"{item}\": use apprentice, junior, intermediate, senior, preparatoryTechnician, technician, seniorTechnician, specialTechnician, chiefTechnician (or 初级工…首席技师), optionally with a field: \"senior (engineering)\""),
            ),
            Problem::CertField(f) => say!(
                lang,
                format!("证书“{item}”的类别“{f}”无法识别：可填 工程技术类 或 其他"),
                format!("certificate \"{item}\": unknown field \"{f}\": use engineering or other (工程技术类, 其他)"),
            ),
            Problem::Competition => say!(
                lang,
                format!("竞赛“{item}”无法识别：应以竞赛类别开头，如 世界技能大赛、世赛国家集训队、全国技能大赛、国家级一类、国家级二类、全省技能大赛、省级一类、省级二类"),
                format!("award \"{item}\": it must start with the competition: worldSkills, worldSkillsNationalSquad, nationalSkillsCompetition, nationalClass1, nationalClass2, provincialComprehensive, provincialClass1, provincialClass2 (or 世界技能大赛, 国家级一类…)"),
            ),
            Problem::Placing(rest) => say!(
                lang,
                format!("竞赛“{item}”中的“{}”无法识别：名次写作“第8名”，奖牌写作 金牌/银牌/铜牌/优胜奖，奖项写作 一等奖/二等奖/三等奖，赛项写作 单人/双人/三人", truncate(rest, 20)),
                format!("award \"{item}\": cannot read \"{}\": write rank as \"rank 8\" or 第8名, a medal as gold/silver/bronze/excellence, a prize as 一等奖/二等奖/三等奖 (prize 1–3), the team as 单人/双人/三人 (team 1–3)", truncate(rest, 20)),
            ),
            Problem::Duplicate(what) => say!(
                lang,
                format!("竞赛“{item}”写了两个{}", match *what { "rank" => "名次", "medal" => "奖牌", "prize" => "奖项等级", _ => "赛项人数" }),
                format!("award \"{item}\" gives two {what}s"),
            ),
            Problem::Range(what) => say!(
                lang,
                format!("竞赛“{item}”的{}超出范围（名次从 1 起；奖项 1–3；赛项人数 1–3）", match *what { "rank" => "名次", "prize" => "奖项等级", _ => "赛项人数" }),
                format!("award \"{item}\": the {what} is out of range (rank starts at 1; prize and team are 1–3)"),
            ),
            Problem::Honour => say!(
                lang,
                format!("无法识别的荣誉“{item}”：可填 中华技能大奖、全国技术能手、省级技能大奖、省级技术能手、享受国务院或省政府特殊津贴、国家级或省级技能大师工作室带头人、省部级以上劳动模范"),
                format!("unknown honour \"{item}\": use chinaSkillsAward, nationalTechnicalExpert, provincialSkillsAward, provincialTechnicalExpert, specialAllowance, masterStudioLead, modelWorker (or 中华技能大奖, 全国技术能手…)"),
            ),
            Problem::HonourLevel => say!(
                lang,
                format!("荣誉“{item}”未写明级别：只有国家级或省级的才计入，请写明，如“全国技术能手”“省级技术能手”"),
                format!("honour \"{item}\" gives no level: only national or provincial ones count; write e.g. 全国技术能手 or 省级技术能手"),
            ),
        }
    }
}

pub(super) fn parse_certificate(item: &str) -> Result<Certificate, Problem> {
    let key = norm(item);
    let (base, field) = match key.strip_suffix(')').and_then(|k| k.rsplit_once('(')) {
        Some((base, f)) => {
            let field = lookup(CERT_FIELDS, f).ok_or_else(|| Problem::CertField(f.to_owned()))?;
            (base, Some(field))
        }
        None => (key.as_str(), None),
    };
    let mut b = base;
    for p in ["国家职业资格", "职业资格", "职业技能等级"] {
        b = b.strip_prefix(p).unwrap_or(b);
    }
    for s in ["证书", "证"] {
        b = b.strip_suffix(s).unwrap_or(b);
    }
    let level = lookup(SKILL_LEVELS, b).ok_or(Problem::Level)?;
    Ok(Certificate { level, field })
}

pub(super) fn competition_prefix(key: &str) -> Option<(Competition, &str)> {
    longest_prefix(COMPETITIONS, key)
}

/// Reads the placing words of an award (normalised), in any order.
pub(super) fn placing(a: &mut Award, mut rest: &str) -> Result<(), Problem> {
    fn set<T>(slot: &mut Option<T>, v: T, what: &'static str) -> Result<(), Problem> {
        if slot.is_some() {
            return Err(Problem::Duplicate(what));
        }
        *slot = Some(v);
        Ok(())
    }
    while !rest.is_empty() {
        if let Some(((), r)) = longest_prefix(AWARD_FILLER, rest) {
            rest = r;
        } else if let Some((p, r)) = longest_prefix(PRIZES, rest) {
            set(&mut a.prize, p, "prize")?;
            rest = r;
        } else if let Some((n, r)) = longest_prefix(TEAMS, rest) {
            set(&mut a.team_size, n, "team")?;
            rest = r;
        } else if let Some((n, r)) = team_number(rest) {
            let n = u8::try_from(n).ok().filter(|n| (1..=3).contains(n));
            set(&mut a.team_size, n.ok_or(Problem::Range("team"))?, "team")?;
            rest = r;
        } else if let Some((n, r)) = rank(rest) {
            if n == 0 {
                return Err(Problem::Range("rank"));
            }
            set(&mut a.rank, n, "rank")?;
            rest = r;
        } else if let Some((m, r)) = longest_prefix(MEDALS, rest) {
            set(&mut a.medal, m, "medal")?;
            rest = r;
        } else {
            return Err(Problem::Placing(rest.to_owned()));
        }
    }
    Ok(())
}

/// Leading ASCII digits as a number (at most 9 digits), and the rest.
fn digits(s: &str) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 9 {
        return None;
    }
    let v = s.get(..n)?.parse().ok()?;
    Some((v, s.get(n..).unwrap_or("")))
}

/// Leading Chinese numeral 一…九十九, and the rest.
pub(super) fn cn_number(s: &str) -> Option<(u32, &str)> {
    fn digit(c: char) -> Option<u32> {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
    }
    let mut chars = s.char_indices().peekable();
    let (mut value, mut end) = (0u32, 0usize);
    let mut tens = false;
    while let Some(&(i, c)) = chars.peek() {
        if c == '十' && !tens {
            value = if value == 0 { 10 } else { value * 10 };
            tens = true;
        } else if let Some(d) = digit(c) {
            if tens {
                value += d;
                end = i + c.len_utf8();
                break;
            }
            if value != 0 {
                return None;
            }
            value = d;
        } else {
            break;
        }
        end = i + c.len_utf8();
        chars.next();
    }
    if end == 0 {
        return None;
    }
    Some((value, s.get(end..).unwrap_or("")))
}

/// `第8名`, `第八名`, `8名`, `rank8`, `#8`, `no.8`, `8th`, `8thplace`.
fn rank(s: &str) -> Option<(u32, &str)> {
    if let Some(r) = s.strip_prefix('第') {
        let (n, r) = digits(r).or_else(|| cn_number(r))?;
        return Some((n, r.strip_prefix('名').unwrap_or(r)));
    }
    for p in ["rank", "#", "no."] {
        if let Some(r) = s.strip_prefix(p) {
            return digits(r);
        }
    }
    let (n, r) = digits(s)?;
    if let Some(r) = r.strip_prefix('名') {
        return Some((n, r));
    }
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(r) = r.strip_prefix(suffix) {
            return Some((n, r.strip_prefix("place").unwrap_or(r)));
        }
    }
    None
}

/// `team2`, `teamsize2`.
fn team_number(s: &str) -> Option<(u32, &str)> {
    let r = s
        .strip_prefix("teamsize")
        .or_else(|| s.strip_prefix("team"))?;
    digits(r)
}

pub(super) fn parse_honour(key: &str) -> Result<Honour, Problem> {
    if let Some(h) = lookup(HONOURS, key) {
        return Ok(h);
    }
    // A named province or autonomous region: 四川省技术能手, 广西壮族自治区技能大奖.
    for marker in ["自治区", "省"] {
        if let Some((place, rest)) = key.split_once(marker) {
            let named = !place.is_empty() && place.chars().count() <= 6 && !place.contains('级');
            if named {
                if let Some(h) = lookup(PROVINCE_NAMED_HONOURS, rest) {
                    return Ok(h);
                }
            }
        }
    }
    if LEVELLESS_HONOURS.iter().any(|k| key.ends_with(k)) {
        return Err(Problem::HonourLevel);
    }
    Err(Problem::Honour)
}

pub(super) enum GraduationCell {
    Enrolled,
    Day(Date),
    /// Month only: its last day.
    Month(Date),
}

pub(super) enum DateProblem {
    Empty,
    Format,
    NoSuchDay,
    Serial,
}

impl DateProblem {
    pub(super) fn message(&self, lang: Lang, cell: &str) -> String {
        let cell = truncate(cell.trim(), 40);
        match self {
            DateProblem::Empty => say!(
                lang,
                "毕业时间为空：请填写毕业日期（如 2023-07-01 或 2023年7月），在校生填“在校”",
                "graduationDate is empty: give the date (2023-07-01 or 2023-07), or 在校 / student for one still enrolled",
            ),
            DateProblem::Format => say!(
                lang,
                format!("无法识别的毕业时间“{cell}”：可写 2023-07-01、2023/7/1、2023.7.1、2023年7月1日、2023-07、2023年7月，在校生写“在校”"),
                format!("cannot read the graduation date \"{cell}\": write 2023-07-01, 2023/7/1, 2023.7.1, 2023年7月1日, 2023-07 or 2023年7月; 在校 / student for one still enrolled"),
            ),
            DateProblem::NoSuchDay => say!(
                lang,
                format!("毕业时间“{cell}”不是日历上存在的日期"),
                format!("the graduation date \"{cell}\" is not a day of the calendar"),
            ),
            DateProblem::Serial => say!(
                lang,
                format!("毕业时间“{cell}”像是 Excel 的日期序号：请把该列设为文本或日期格式（如 2023-07-01）后再导出"),
                format!("the graduation date \"{cell}\" looks like an Excel date serial number: format the column as a date (2023-07-01) or text before exporting"),
            ),
        }
    }
}

const ENROLLED: &[&str] = &[
    "在校",
    "在读",
    "在校生",
    "在读生",
    "未毕业",
    "student",
    "enrolled",
    "null",
];

pub(super) fn parse_graduation(cell: &str) -> Result<GraduationCell, DateProblem> {
    let trimmed = cell.trim();
    // A time after the date, as Excel writes it: "2023/7/1 0:00".
    let date_part = match trimmed.split_once(char::is_whitespace) {
        Some((d, t))
            if !t.trim().is_empty() && t.trim().chars().all(|c| c.is_ascii_digit() || c == ':') =>
        {
            d
        }
        _ => trimmed,
    };
    let s = norm(date_part);
    if s.is_empty() {
        return Err(DateProblem::Empty);
    }
    if ENROLLED.contains(&s.as_str()) {
        return Ok(GraduationCell::Enrolled);
    }
    let num = |p: &str, min: usize, max: usize| -> Option<u16> {
        if p.len() < min || p.len() > max || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let parts: Vec<&str> = if let Some(r) = s.strip_suffix('日').or_else(|| s.strip_suffix('号'))
    {
        // 2023年7月1日
        let (y, md) = r.split_once('年').ok_or(DateProblem::Format)?;
        let (m, d) = md.split_once('月').ok_or(DateProblem::Format)?;
        vec![y, m, d]
    } else if let Some(r) = s.strip_suffix('月') {
        let (y, m) = r.split_once('年').ok_or(DateProblem::Format)?;
        vec![y, m]
    } else if s.bytes().all(|b| b.is_ascii_digit()) {
        match s.len() {
            8 => vec![
                s.get(..4).unwrap_or(""),
                s.get(4..6).unwrap_or(""),
                s.get(6..).unwrap_or(""),
            ],
            6 => vec![s.get(..4).unwrap_or(""), s.get(4..).unwrap_or("")],
            1..=5 => return Err(DateProblem::Serial),
            _ => return Err(DateProblem::Format),
        }
    } else {
        let sep = ['-', '/', '.']
            .into_iter()
            .find(|c| s.contains(*c))
            .ok_or(DateProblem::Format)?;
        s.split(sep).collect()
    };
    match parts.as_slice() {
        [y, m, d] => {
            let (y, m, d) = (
                num(y, 4, 4).ok_or(DateProblem::Format)?,
                num(m, 1, 2).ok_or(DateProblem::Format)?,
                num(d, 1, 2).ok_or(DateProblem::Format)?,
            );
            Date::new(y, m as u8, d as u8)
                .map(GraduationCell::Day)
                .ok_or(DateProblem::NoSuchDay)
        }
        [y, m] => {
            let (y, m) = (
                num(y, 4, 4).ok_or(DateProblem::Format)?,
                num(m, 1, 2).ok_or(DateProblem::Format)?,
            );
            [31u8, 30, 29, 28]
                .into_iter()
                .find_map(|d| Date::new(y, m as u8, d))
                .map(GraduationCell::Month)
                .ok_or(DateProblem::NoSuchDay)
        }
        _ => Err(DateProblem::Format),
    }
}

/// Headers or cells in a message: quoted, at most ten, each cut at 40
/// characters.
pub(super) fn quote_list(items: &[String], lang: Lang) -> String {
    const SHOWN: usize = 10;
    let mut s: Vec<String> = items
        .iter()
        .take(SHOWN)
        .map(|h| match lang {
            Lang::ZhCn => format!("“{}”", truncate(h, 40)),
            Lang::En => format!("\"{}\"", truncate(h, 40)),
        })
        .collect();
    if items.len() > SHOWN {
        s.push(format!("… (+{})", items.len() - SHOWN));
    }
    s.join(match lang {
        Lang::ZhCn => "、",
        Lang::En => ", ",
    })
}

/// A cell shown in a message: trimmed, at most `max_chars` characters.
pub(super) fn truncate(s: &str, max_chars: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => Cow::Owned(format!("{}…", s.get(..i).unwrap_or(""))),
        None => Cow::Borrowed(s),
    }
}

pub(super) fn too_long(s: &str, max_chars: usize) -> bool {
    // Bytes bound chars from above: only count when it could matter.
    s.len() > max_chars && s.chars().count() > max_chars
}

/// The school type a school's name settles (毕业院校 → 院校类型), by its
/// ending ([`SCHOOL_NAME_ENDINGS`]). A name whose bracketed part names
/// another type (「某某技师学院（某某职业技术学院）」: two names of one
/// campus) settles nothing; a bracketed campus (「（东校区）」) is ignored.
pub(super) fn school_from_name(name: &str) -> Option<SchoolType> {
    let key = norm(name);
    let ending = |s: &str| {
        SCHOOL_NAME_ENDINGS
            .iter()
            .find(|(k, _)| s.ends_with(k))
            .map(|(_, v)| *v)
    };
    match key.strip_suffix(')').and_then(|k| k.rsplit_once('(')) {
        Some((base, inner)) => {
            let outer = ending(base)?;
            match ending(inner) {
                Some(other) if other != outer => None,
                _ => Some(outer),
            }
        }
        None => ending(&key),
    }
}

/// What a 学历 cell says: a 技工院校 class or a 学历.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EducationCell {
    Class(crate::request::ClassType),
    Education(Education),
}

/// A 学历 cell (normalised, not empty): 「高级工班」 → a class, 「大专」 → a 学历.
pub(super) fn education_cell(key: &str) -> Option<EducationCell> {
    if let Some(c) = lookup(CLASS_TYPES, key) {
        return Some(EducationCell::Class(c));
    }
    let key = key.strip_suffix("学历").unwrap_or(key);
    lookup(EDUCATIONS, key).map(EducationCell::Education)
}

/// A 学历要求 cell: `Ok(None)` for no bar (不限, empty); the bool says the
/// cell also asked for what this check does not weigh (全日制…).
pub(super) fn required_education(cell: &str) -> Result<(Option<Education>, bool), ()> {
    let mut key = norm(cell);
    if key.is_empty() {
        return Ok((None, false));
    }
    let mut unchecked = false;
    for w in REQUIRED_EDUCATION_UNCHECKED {
        if let Some(k) = key.strip_prefix(w) {
            key = k.to_owned();
            unchecked = true;
        }
    }
    let mut k = key.as_str();
    loop {
        let before = k.len();
        for e in REQUIRED_EDUCATION_ENDINGS {
            k = k.strip_suffix(e).unwrap_or(k);
        }
        if k.len() == before {
            break;
        }
    }
    lookup(REQUIRED_EDUCATION, k)
        .map(|e| (e, unchecked))
        .ok_or(())
}

/// A yes/no cell of the 岗位表 (技能等级要求): empty and 无/否/不限 are no;
/// anything else (是, 高级工及以上…) is yes.
pub(super) fn is_yes(cell: &str) -> bool {
    let key = norm(cell);
    !key.is_empty() && !NO_WORDS.contains(&key.as_str())
}

/// A post code as matched between the 报名表 and the 岗位表: no spaces,
/// ASCII forms, upper case.
pub(super) fn post_code(cell: &str) -> String {
    norm(cell).to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table key is already in normalised form, or it could never match.
    #[test]
    fn table_keys_are_normalised() {
        fn check<T>(name: &str, t: &[(&str, T)]) {
            for (k, _) in t {
                assert_eq!(norm(k), *k, "{name}: {k}");
            }
        }
        fn check_list(name: &str, t: &[&str]) {
            for k in t {
                assert_eq!(norm(k), *k, "{name}: {k}");
            }
        }
        check("SCHOOL_TYPES", SCHOOL_TYPES);
        check("CLASS_TYPES", CLASS_TYPES);
        check("STUDY_MODES", STUDY_MODES);
        check("SKILL_LEVELS", SKILL_LEVELS);
        check("CERT_FIELDS", CERT_FIELDS);
        check("COMPETITIONS", COMPETITIONS);
        check("MEDALS", MEDALS);
        check("PRIZES", PRIZES);
        check("TEAMS", TEAMS);
        check("AWARD_FILLER", AWARD_FILLER);
        check("HONOURS", HONOURS);
        check("PROVINCE_NAMED_HONOURS", PROVINCE_NAMED_HONOURS);
        check("SCHOOL_NAME_ENDINGS", SCHOOL_NAME_ENDINGS);
        check("EDUCATIONS", EDUCATIONS);
        check("POST_TYPES", POST_TYPES);
        check("EMPLOYERS", EMPLOYERS);
        check("REQUIRED_EDUCATION", REQUIRED_EDUCATION);
        check_list("REQUIRED_EDUCATION_ENDINGS", REQUIRED_EDUCATION_ENDINGS);
        check_list("REQUIRED_EDUCATION_UNCHECKED", REQUIRED_EDUCATION_UNCHECKED);
        check_list("NO_WORDS", NO_WORDS);
        check_list("APPLICANT_SHEETS", APPLICANT_SHEETS);
        check_list("POST_SHEETS", POST_SHEETS);
        for (k, _) in HEADERS {
            assert_eq!(norm_header(k), *k, "HEADERS: {k}");
        }
        for (k, _) in POST_HEADERS {
            assert_eq!(norm_header(k), *k, "POST_HEADERS: {k}");
        }
        for k in UNUSED_HEADERS.iter().chain(UNUSED_POST_HEADERS) {
            assert_eq!(norm_header(k), *k, "UNUSED: {k}");
        }
        for k in UNUSED_HEADERS {
            assert!(
                lookup(HEADERS, k).is_none(),
                "{k} is both used and not used"
            );
        }
        for k in UNUSED_POST_HEADERS {
            assert!(
                lookup(POST_HEADERS, k).is_none(),
                "{k} is both used and not used"
            );
        }
        for f in super::super::Field::ALL {
            assert_eq!(lookup(HEADERS, &norm_header(f.api_name())), Some(f));
            assert_eq!(lookup(HEADERS, &norm_header(f.zh_name())), Some(f));
        }
        for f in PostField::ALL {
            assert_eq!(lookup(POST_HEADERS, &norm_header(f.api_name())), Some(f));
            assert_eq!(lookup(POST_HEADERS, &norm_header(f.zh_name())), Some(f));
        }
    }

    /// The batch terms are the vocabulary's (`vocab.rs`, the one source)
    /// plus the recruiters' synonyms: every value of each vocabulary the
    /// batch reads is spelt by its wire name and by its zh-CN label, and
    /// every term leads to a value of it. A value added to the vocabulary
    /// without its terms, or a label renamed on one side only, fails here.
    #[test]
    fn every_vocabulary_value_has_its_terms() {
        use crate::vocab::Vocab;
        // Known gaps (none left): a spelling listed here must not be read
        // as its value, so that closing a gap also updates this list.
        const KNOWN: &[&str] = &[];
        fn check<T: Vocab + PartialEq>(table: &[(&str, T)], gaps: &mut Vec<String>) {
            for v in T::ALL {
                for s in [v.wire(), v.label().zh] {
                    let gap = format!("{}: {s}", T::NAME);
                    if (lookup(table, &norm(s)) == Some(*v)) == KNOWN.contains(&gap.as_str()) {
                        gaps.push(gap);
                    }
                }
            }
        }
        // Each entry: a spelling not read as its value, or a known gap now closed.
        let mut gaps = Vec::new();
        check(SCHOOL_TYPES, &mut gaps);
        check(CLASS_TYPES, &mut gaps);
        check(STUDY_MODES, &mut gaps);
        check(SKILL_LEVELS, &mut gaps);
        check(CERT_FIELDS, &mut gaps);
        check(COMPETITIONS, &mut gaps);
        check(MEDALS, &mut gaps);
        check(HONOURS, &mut gaps);
        check(EDUCATIONS, &mut gaps);
        check(POST_TYPES, &mut gaps);
        check(EMPLOYERS, &mut gaps);
        assert!(gaps.is_empty(), "{}", gaps.join("\n"));
    }

    #[test]
    fn chinese_numerals() {
        for (s, n) in [
            ("一", 1),
            ("八", 8),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十一", 21),
            ("九十九", 99),
        ] {
            assert_eq!(cn_number(s), Some((n, "")), "{s}");
        }
        assert_eq!(cn_number("八名"), Some((8, "名")));
        assert_eq!(cn_number("名"), None);
        assert_eq!(cn_number("一二"), None);
    }
}
