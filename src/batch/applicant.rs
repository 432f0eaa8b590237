//! Applicants (考生): one 报名表 row read into the batch's row model — the
//! api.md graduate, the 学历 held, the post applied for, and notes on how
//! each value was read — and [`request`], the one place a row becomes an
//! engine request.

use super::cells::{
    competition_prefix, education_cell, is_none_word, items, lookup, norm, parse_certificate,
    parse_graduation, parse_honour, placing, post_code, school_from_name, too_long, truncate,
    EducationCell, GraduationCell, Problem,
};
use super::layout::Layout;
use super::record::Record;
use super::terms::school_type_name;
use super::terms::{CLASS_TYPES, SCHOOL_TYPES, STUDY_MODES};
use super::{say, BatchOptions, Field};
use crate::date::Date;
use crate::request::{Award, Education, Graduate, Lang, Post, Request};

/// One applicant as read from a row.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Applicant {
    pub label: String,
    /// 报考岗位代码, normalised (`cells::post_code`), and as written.
    pub post: Option<(String, String)>,
    pub graduate: Graduate,
    /// 学历 (a 学历 column that holds one): `graduate.education` of contract 0.2.
    pub education: Option<Education>,
    /// How values were read, where it may bear on the answer.
    pub notes: Vec<String>,
}

/// A cell that could not be read: its column, field and what to write instead.
pub(crate) type CellError = (Option<usize>, Option<Field>, String);

/// The engine request for one applicant against one post: the one place a
/// batch row becomes an api.md request.
///
/// `applicant.education` (a 学历 column) is contract 0.2's
/// `graduate.education`, already in `applicant.graduate`.
pub(crate) fn request(applicant: &Applicant, post: &Post, options: &BatchOptions) -> Request {
    Request {
        as_of: Some(options.as_of),
        jurisdiction: options.jurisdiction,
        lang: options.lang,
        graduate: applicant.graduate.clone(),
        post: Some(*post),
        teacher: None,
    }
}

/// The label of a row (姓名/编号), trimmed and cut at the cell limit.
pub(crate) fn label(record: &Record, layout: &Layout, options: &BatchOptions) -> String {
    layout
        .cell(record, Field::Label)
        .map_or(String::new(), |(_, s)| {
            truncate(s.trim(), options.limits.max_cell_chars).into_owned()
        })
}

fn same_month(a: Date, b: Date) -> bool {
    a.year() == b.year() && a.to_string().get(..7) == b.to_string().get(..7)
}

fn empty_msg(lang: Lang, f: Field) -> String {
    say!(
        lang,
        format!("“{}”不能为空", f.zh_name()),
        format!("{} is empty", f.api_name())
    )
}

/// Reads an applicant row. `date_cells`: the row's cells that were dates in
/// a workbook (bit i: column i), read as their day.
pub(crate) fn read(
    record: &Record,
    layout: &Layout,
    options: &BatchOptions,
    date_cells: u64,
) -> Result<Applicant, CellError> {
    let lang = options.lang;
    let max = options.limits.max_cell_chars;
    let columns = layout.columns.len();
    // Cells beyond the header: only an error when they hold something.
    if record.cells > columns
        && (record.cut.is_some_and(|c| c >= columns)
            || record.iter().skip(columns).any(|c| !c.trim().is_empty()))
    {
        return Err((
            None,
            None,
            say!(
                lang,
                format!(
                    "本行有 {} 个单元格，多于表头的 {} 列（单元格中的逗号需用双引号括起）",
                    record.cells, columns
                ),
                format!(
                    "the row has {} cells, more than the header's {} columns (quote cells that contain commas)",
                    record.cells, columns
                ),
            ),
        ));
    }
    for (i, cell) in record.iter().enumerate() {
        if record.cut.is_some_and(|c| c <= i) || too_long(cell, max) {
            let hint = if cell.contains('\n') {
                say!(
                    lang,
                    "（可能缺少配对的双引号）",
                    " (an opening quote without its closing quote?)"
                )
            } else {
                String::new()
            };
            return Err((
                Some(i),
                layout.columns.get(i).and_then(|c| c.field),
                say!(
                    lang,
                    format!("单元格超过 {max} 个字符{hint}"),
                    format!("the cell is longer than {max} characters{hint}")
                ),
            ));
        }
    }
    let at = |f: Field| layout.cell(record, f);
    let fail = |i: usize, f: Field, m: String| -> CellError { (Some(i), Some(f), m) };
    let mut notes = Vec::new();

    // 院校类型, or the school's name.
    let school_type = match at(Field::SchoolType).filter(|(_, s)| !s.trim().is_empty()) {
        Some((i, s)) => lookup(SCHOOL_TYPES, &norm(s)).ok_or_else(|| {
            fail(
                i,
                Field::SchoolType,
                say!(
                    lang,
                    format!("无法识别的院校类型“{}”：可填 技工学校、高级技工学校、技师学院、特殊教育院校、中等职业学校、高等职业学校、职业本科、普通高等学校", truncate(s.trim(), 40)),
                    format!("unknown school type \"{}\": use technicalSchool, seniorTechnicalSchool, technicianCollege, specialEducationSchool, secondaryVocationalSchool, higherVocationalCollege, vocationalUniversity, university (or 技工学校, 高级技工学校, 技师学院…)", truncate(s.trim(), 40)),
                ),
            )
        })?,
        None => match at(Field::SchoolName).filter(|(_, s)| !s.trim().is_empty()) {
            Some((i, name)) => {
                let t = school_from_name(name).ok_or_else(|| {
                    fail(
                        i,
                        Field::SchoolName,
                        say!(
                            lang,
                            format!("无法从院校名称“{}”判断院校类型（“…学院”“…大学”可能是技师学院、高职或普通高校）：请在“院校类型”列写明 技工学校、高级技工学校、技师学院、中等职业学校、高等职业学校、职业本科 或 普通高等学校", truncate(name.trim(), 40)),
                            format!("the school's name \"{}\" does not settle its type (a …学院 or …大学 may be a 技师学院, a 高职 or a university): add a 院校类型 (schoolType) column saying technicalSchool, seniorTechnicalSchool, technicianCollege, secondaryVocationalSchool, higherVocationalCollege, vocationalUniversity or university", truncate(name.trim(), 40)),
                        ),
                    )
                })?;
                let n = school_type_name(t).get(lang);
                notes.push(say!(
                    lang,
                    format!("院校类型按毕业院校“{}”读作{n}", truncate(name.trim(), 40)),
                    format!("school type read from the school's name \"{}\": {n}", truncate(name.trim(), 40))
                ));
                t
            }
            None => {
                let (i, f) = match (at(Field::SchoolType), at(Field::SchoolName)) {
                    (Some((i, _)), _) => (i, Field::SchoolType),
                    (None, Some((i, _))) => (i, Field::SchoolName),
                    (None, None) => (0, Field::SchoolType),
                };
                return Err(fail(i, f, empty_msg(lang, f)));
            }
        },
    };

    let not_technical = |i: usize, f: Field| {
        fail(
            i,
            f,
            say!(
                lang,
                "班级只适用于技工院校（技工学校、高级技工学校、技师学院）",
                "a class applies only to 技工院校 (technicalSchool, seniorTechnicalSchool, technicianCollege)"
            ),
        )
    };
    let mut class_type = None;
    if let Some((i, s)) = at(Field::ClassType) {
        let key = norm(s);
        if !key.is_empty() && !is_none_word(&key) {
            let Some(c) = lookup(CLASS_TYPES, &key) else {
                return Err(fail(
                    i,
                    Field::ClassType,
                    say!(
                        lang,
                        format!("无法识别的班级“{}”：可填 中级工班、高级工班、预备技师（技师）班", truncate(s.trim(), 40)),
                        format!("unknown class \"{}\": use intermediate, senior, preparatoryTechnician (中级工班, 高级工班, 预备技师（技师）班)", truncate(s.trim(), 40)),
                    ),
                ));
            };
            if !school_type.is_technical() {
                return Err(not_technical(i, Field::ClassType));
            }
            class_type = Some(c);
        }
    }

    // 学历: a 技工院校 class, or a 学历.
    let mut education = None;
    if let Some((i, s)) = at(Field::Education) {
        let key = norm(s);
        if !key.is_empty() && !is_none_word(&key) {
            let shown = truncate(s.trim(), 40);
            match education_cell(&key) {
                Some(EducationCell::Class(c)) => {
                    if !school_type.is_technical() {
                        return Err(not_technical(i, Field::Education));
                    }
                    if class_type.is_some_and(|k| k != c) {
                        return Err(fail(
                            i,
                            Field::Education,
                            say!(
                                lang,
                                format!("学历“{shown}”与班级列不一致：请只在一列写班级"),
                                format!("the 学历 \"{shown}\" disagrees with the class column: give the class in one column")
                            ),
                        ));
                    }
                    class_type = Some(c);
                    let n = c.label().get(lang);
                    notes.push(say!(lang, format!("学历“{shown}”读作班级：{n}"), format!("学历 \"{shown}\" read as the class: {n}")));
                }
                Some(EducationCell::Education(e)) => {
                    education = Some(e);
                    let n = e.label().get(lang);
                    notes.push(say!(lang, format!("学历“{shown}”读作学历层次：{n}"), format!("学历 \"{shown}\" read as the education held: {n}")));
                }
                None => {
                    return Err(fail(
                        i,
                        Field::Education,
                        say!(
                            lang,
                            format!("无法识别的学历“{shown}”：技工院校毕业生填 中级工班、高级工班、预备技师（技师）班；其他填 中专、大专、本科、硕士研究生、博士研究生"),
                            format!("unknown 学历 \"{shown}\": for a 技工院校 graduate the class (中级工班, 高级工班, 预备技师（技师）班), otherwise 中专, 大专, 本科, 硕士, 博士 (secondaryVocational, associate, bachelor, master, doctorate)")
                        ),
                    ))
                }
            }
        }
    }

    let mut study_mode = None;
    if let Some((i, s)) = at(Field::StudyMode) {
        let key = norm(s);
        if !key.is_empty() {
            study_mode = Some(lookup(STUDY_MODES, &key).ok_or_else(|| {
                fail(
                    i,
                    Field::StudyMode,
                    say!(
                        lang,
                        format!("无法识别的学习方式“{}”：可填 全日制、非全日制", truncate(s.trim(), 40)),
                        format!("unknown study mode \"{}\": use fullTime or partTime (全日制, 非全日制)", truncate(s.trim(), 40)),
                    ),
                )
            })?);
        }
    }

    let (i, s) = at(Field::GraduationDate).unwrap_or((0, ""));
    let graduation_date = match parse_graduation(s) {
        Ok(GraduationCell::Enrolled) => None,
        Ok(GraduationCell::Day(d)) => {
            if date_cells & (1u64 << i.min(63)) != 0
                && d.to_string().ends_with("-01")
                && same_month(options.as_of, d)
            {
                notes.push(say!(
                    lang,
                    format!("毕业时间是日期单元格 {d}；如该单元格只显示年月，决定日期又在同一个月内，请核实实际毕业日期"),
                    format!("the graduation date is a date cell, {d}; if the sheet shows only the month, the decision date falls in that month: check the actual day")
                ));
            }
            Some(d)
        }
        Ok(GraduationCell::Month(d)) => {
            if same_month(options.as_of, d) {
                notes.push(say!(
                    lang,
                    format!("毕业时间只写了月份，按该月最后一天（{d}）计；决定日期在同一个月内，请核实实际毕业日期"),
                    format!("the graduation date gives only the month, read as its last day ({d}); the decision date falls in that month, so check the actual day"),
                ));
            }
            Some(d)
        }
        Err(e) => return Err(fail(i, Field::GraduationDate, e.message(lang, s))),
    };

    let mut certificates = Vec::new();
    if let Some((i, s)) = at(Field::Certificates) {
        for item in items(s) {
            certificates.push(
                parse_certificate(item)
                    .map_err(|m| fail(i, Field::Certificates, m.text(lang, item)))?,
            );
        }
    }

    let mut awards: Vec<Award> = Vec::new();
    if let Some((i, s)) = at(Field::Awards) {
        let mut current: Option<(Award, String)> = None;
        for item in items(s) {
            let key = norm(item);
            match competition_prefix(&key) {
                Some((competition, rest)) => {
                    if let Some((a, _)) = current.take() {
                        awards.push(a);
                    }
                    let mut a = Award {
                        competition,
                        rank: None,
                        medal: None,
                        prize: None,
                        team_size: None,
                    };
                    placing(&mut a, rest)
                        .map_err(|m| fail(i, Field::Awards, m.text(lang, item)))?;
                    current = Some((a, item.to_owned()));
                }
                None => match current.as_mut() {
                    Some((a, text)) => {
                        placing(a, &key).map_err(|m| fail(i, Field::Awards, m.text(lang, text)))?;
                    }
                    None => {
                        return Err(fail(
                            i,
                            Field::Awards,
                            Problem::Competition.text(lang, item),
                        ))
                    }
                },
            }
        }
        if let Some((a, _)) = current {
            awards.push(a);
        }
    }

    let mut honours = Vec::new();
    if let Some((i, s)) = at(Field::Honours) {
        for item in items(s) {
            honours.push(
                parse_honour(&norm(item))
                    .map_err(|m| fail(i, Field::Honours, m.text(lang, item)))?,
            );
        }
    }

    let post = at(Field::PostCode)
        .map(|(_, s)| (post_code(s), s.trim().to_owned()))
        .filter(|(k, _)| !k.is_empty());

    Ok(Applicant {
        label: label(record, layout, options),
        post,
        graduate: Graduate {
            school_type,
            class_type,
            education,
            study_mode,
            graduation_date,
            certificates,
            awards,
            honours,
        },
        education,
        notes,
    })
}
