//! Posts (岗位): the post each applicant is checked against — one post for
//! every row (`--post POST.json`), or a 岗位表 (a sheet of the workbook, or
//! `--posts FILE`) read into posts by 岗位代码: 岗位类别, 学历要求, 单位性质
//! (事业单位 where not given, as in a 事业单位 recruitment, and said so).

use std::collections::{HashMap, VecDeque};

use super::cells::{is_yes, lookup, norm, post_code, quote_list, required_education, truncate};
use super::layout::{check_header, classify, find_header, shown, Class};
use super::record::{Record, Source};
use super::terms::{PostField, EMPLOYERS, POST_HEADERS, POST_TYPES, UNUSED_POST_HEADERS};
use super::{csv_error, say, BatchOptions};
use crate::error::Error;
use crate::request::{Employer, Lang, Post};

/// One post of a 岗位表.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PostEntry {
    /// 岗位代码 as written.
    pub code: String,
    /// 招聘单位.
    pub unit: String,
    /// 岗位名称.
    pub name: String,
    /// Its row in the 岗位表.
    pub row: u32,
    /// The post, or why its row cannot be read (its applicants get that error).
    pub post: Result<Post, String>,
    /// No 单位性质 given: read as 事业单位.
    pub employer_assumed: bool,
    /// Requirements in the row this check does not weigh (全日制…), as written.
    pub unchecked: Option<String>,
}

/// The posts of a batch.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Posts {
    /// One post for every row.
    One(Post),
    /// A 岗位表: each row names its post by code.
    Table(PostTable),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct PostTable {
    pub entries: Vec<PostEntry>,
    by_code: HashMap<String, usize>,
    /// Codes of digits without their leading zeros (a code typed as a number
    /// in one sheet and as text in the other).
    by_number: HashMap<String, Option<usize>>,
    pub notes: Vec<String>,
    pub warnings: Vec<String>,
}

impl PostTable {
    /// The post of a normalised code (`cells::post_code`).
    pub fn find(&self, code: &str) -> Option<(usize, &PostEntry)> {
        let i = match self.by_code.get(code) {
            Some(i) => Some(*i),
            None if code.bytes().all(|b| b.is_ascii_digit()) => self
                .by_number
                .get(code.trim_start_matches('0'))
                .copied()
                .flatten(),
            None => None,
        }?;
        self.entries.get(i).map(|e| (i, e))
    }
}

/// Reads a 岗位表 from `source` (`what`: where it comes from, for errors:
/// `posts`).
pub(crate) fn read(
    source: &mut dyn Source,
    options: &BatchOptions,
    what: &str,
) -> Result<PostTable, Error> {
    let lang = options.lang;
    let mut pending = VecDeque::new();
    let Some((header, titles)) =
        find_header(source, POST_HEADERS, UNUSED_POST_HEADERS, &mut pending)?
    else {
        return Err(csv_error(
            what,
            say!(
                lang,
                "岗位表为空：没有表头行",
                "the posts table is empty: no header row"
            ),
        ));
    };
    check_header(&header, options, what)?;
    let mut table = PostTable::default();
    for (row, text) in titles {
        table.notes.push(say!(
            lang,
            format!("岗位表第 {row} 行“{text}”作为标题跳过"),
            format!("posts table row {row} (\"{text}\") skipped as a title")
        ));
    }
    let mut index: [Option<usize>; PostField::ALL.len()] = [None; PostField::ALL.len()];
    let (mut unknown, mut not_used) = (Vec::new(), Vec::new());
    for (i, cell) in header.iter().enumerate() {
        let h = shown(cell);
        match classify(cell, POST_HEADERS, UNUSED_POST_HEADERS) {
            Class::Used(f) => {
                let slot = &mut index[f as usize];
                if let Some(prev) = *slot {
                    let first = shown(header.get(prev).unwrap_or(""));
                    return Err(csv_error(
                        what,
                        say!(
                            lang,
                            format!("岗位表两列都是“{}”：“{first}”和“{h}”；请只保留一列", f.zh_name()),
                            format!("two columns of the posts table hold {}: \"{first}\" and \"{h}\"; keep one", f.api_name())
                        ),
                    ));
                }
                *slot = Some(i);
            }
            Class::Lookalike(k) => {
                let name =
                    POST_HEADERS
                        .iter()
                        .find(|(x, _)| *x == k)
                        .map_or(k, |(_, f)| match lang {
                            Lang::ZhCn => f.zh_name(),
                            Lang::En => f.api_name(),
                        });
                return Err(csv_error(
                    what,
                    say!(
                        lang,
                        format!("岗位表无法识别的列“{h}”：像是“{name}”的误写，请改正表头"),
                        format!("posts table: unknown column \"{h}\", which looks like a misspelling of \"{name}\": correct the header")
                    ),
                ));
            }
            Class::NotUsed => not_used.push(h),
            Class::Unknown => unknown.push(h),
            Class::Empty => {}
        }
    }
    let has = |f: PostField| index[f as usize].is_some();
    let missing: Vec<&str> = [PostField::Code, PostField::PostType]
        .into_iter()
        .filter(|f| !has(*f))
        .map(|f| f.zh_name())
        .collect();
    if !missing.is_empty() {
        return Err(csv_error(
            what,
            say!(
                lang,
                format!(
                    "岗位表缺少必需的列：{}（表头在第 {} 行）",
                    missing.join("、"),
                    header.row
                ),
                format!(
                    "the posts table lacks required columns: {} (header in row {})",
                    missing.join(", "),
                    header.row
                )
            ),
        ));
    }
    let ignored: Vec<String> = not_used.into_iter().chain(unknown).collect();
    if !ignored.is_empty() {
        let list = quote_list(&ignored, lang);
        table.notes.push(say!(
            lang,
            format!("岗位表未使用的列：{list}"),
            format!("posts table columns not used: {list}")
        ));
    }
    if !has(PostField::Education) {
        table.warnings.push(say!(
            lang,
            "岗位表没有“学历要求”列：各岗位按不设学历门槛核查",
            "the posts table has no 学历要求 (requiredEducation) column: no post has an education bar"
        ));
    }
    let mut assumed = false;
    let mut record = Record::default();
    loop {
        let r = match pending.pop_front() {
            Some(r) => r,
            None => {
                if !source.next_record(&mut record)? {
                    break;
                }
                std::mem::take(&mut record)
            }
        };
        if r.is_blank() {
            continue;
        }
        let cell = |f: PostField| {
            index[f as usize]
                .and_then(|i| r.get(i))
                .unwrap_or("")
                .trim()
        };
        let code = cell(PostField::Code);
        if code.is_empty() {
            table.warnings.push(say!(
                lang,
                format!("岗位表第 {} 行没有岗位代码，已跳过", r.row),
                format!("posts table row {} has no post code: skipped", r.row)
            ));
            continue;
        }
        let key = post_code(code);
        if let Some(prev) = table.by_code.get(&key).and_then(|i| table.entries.get(*i)) {
            return Err(csv_error(
                what,
                say!(
                    lang,
                    format!(
                        "岗位代码“{code}”在岗位表中出现两次（第 {} 行和第 {} 行）",
                        prev.row, r.row
                    ),
                    format!(
                        "post code \"{code}\" appears twice in the posts table (rows {} and {})",
                        prev.row, r.row
                    )
                ),
            ));
        }
        let entry = entry(&r, &cell, options, &mut assumed);
        let i = table.entries.len();
        table.by_code.insert(key.clone(), i);
        if key.bytes().all(|b| b.is_ascii_digit()) {
            let n = key.trim_start_matches('0').to_owned();
            table
                .by_number
                .entry(n)
                .and_modify(|v| *v = None)
                .or_insert(Some(i));
        }
        if let Err(e) = &entry.post {
            table.warnings.push(say!(
                lang,
                format!("岗位表第 {} 行（岗位代码 {code}）无法读取：{e}", r.row),
                format!(
                    "posts table row {} (post {code}) cannot be read: {e}",
                    r.row
                )
            ));
        }
        table.entries.push(entry);
        if table.entries.len() > options.limits.max_rows {
            return Err(csv_error(
                what,
                say!(lang, "岗位表行数过多", "the posts table has too many rows"),
            ));
        }
    }
    if table.entries.is_empty() {
        return Err(csv_error(
            what,
            say!(lang, "岗位表没有岗位", "the posts table lists no post"),
        ));
    }
    if assumed {
        table.notes.push(say!(
            lang,
            "岗位表未写单位性质：这些岗位按事业单位公开招聘核查",
            "the posts table gives no employer type (单位性质) for some posts: they are checked as 事业单位 (public institution) posts"
        ));
    }
    Ok(table)
}

fn entry<'r>(
    r: &'r Record,
    cell: &dyn Fn(PostField) -> &'r str,
    options: &BatchOptions,
    assumed: &mut bool,
) -> PostEntry {
    let lang = options.lang;
    let mut employer_assumed = false;
    let mut unchecked = None;
    let post = (|| -> Result<Post, String> {
        let t = cell(PostField::PostType);
        let post_type = if t.is_empty() {
            return Err(say!(lang, "岗位类别为空", "岗位类别 (postType) is empty"));
        } else {
            lookup(POST_TYPES, &norm(t)).ok_or_else(|| {
                say!(
                    lang,
                    format!("无法识别的岗位类别“{}”：可填 专业技术、管理、工勤技能", truncate(t, 40)),
                    format!("unknown 岗位类别 \"{}\": use 专业技术 (professional), 管理 (management), 工勤技能 (workerSupport)", truncate(t, 40))
                )
            })?
        };
        let e = cell(PostField::Employer);
        let employer = if e.is_empty() {
            employer_assumed = true;
            Employer::PublicInstitution
        } else {
            lookup(EMPLOYERS, &norm(e)).ok_or_else(|| {
                say!(
                    lang,
                    format!("无法识别的单位性质“{}”：可填 事业单位、机关、国有企业、企业、技工院校、军队", truncate(e, 40)),
                    format!("unknown employer type \"{}\": use 事业单位 (publicInstitution), 机关, 国有企业, 企业, 技工院校, 军队", truncate(e, 40))
                )
            })?
        };
        let q = cell(PostField::Education);
        let (required_education, more) = required_education(q).map_err(|()| {
            say!(
                lang,
                format!("无法识别的学历要求“{}”：可填 中专（高中）及以上、大专及以上、本科及以上、研究生及以上、不限", truncate(q, 40)),
                format!("unknown 学历要求 \"{}\": use 中专（高中）及以上, 大专及以上, 本科及以上, 研究生及以上 or 不限", truncate(q, 40))
            )
        })?;
        if more {
            unchecked = Some(q.to_owned());
        }
        Ok(Post {
            employer,
            post_type,
            required_education,
            skill_level_required: is_yes(cell(PostField::SkillLevel)),
        })
    })();
    *assumed |= employer_assumed && post.is_ok();
    PostEntry {
        code: cell(PostField::Code).to_owned(),
        unit: cell(PostField::Unit).to_owned(),
        name: cell(PostField::Name).to_owned(),
        row: r.row,
        post,
        employer_assumed,
        unchecked,
    }
}
