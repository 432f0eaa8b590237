//! Batch checks of recruiters' own workbooks (src/batch/): a 报名表 as the
//! registration system exports it — a title row, school names, a 学历 column,
//! columns not used — and a 岗位表 in the same workbook; each applicant
//! against its own post; the .xlsx export read back; streaming CSV row
//! numbers; the native command. The workbooks are built here with
//! rust_xlsxwriter and committed (tests/fixtures/batch/recruitment.xlsx,
//! www/templates/recruitment-template.zh-CN.xlsx): a test checks that the
//! committed bytes are what this file builds (`DENGTONG_WRITE_FIXTURES=1`
//! rewrites them).

use std::io::Read;

use calamine::{Data, Reader};
use dengtong::batch::{
    self, evaluate, evaluate_csv, BatchOptions, BatchResult, BatchRow, ColumnStatus, Field, Input,
    PostsInput, Session,
};
use dengtong::law::jurisdiction;
use dengtong::request::{Education, Lang};
use dengtong::vocab::Outcome;
use dengtong::Date;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use serde_json::Value;

const AS_OF: Date = Date::ymd(2025, 6, 1);
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn opts() -> BatchOptions {
    let mut o = BatchOptions::new(AS_OF);
    o.jurisdiction = jurisdiction::CN_YN;
    o
}

fn en() -> BatchOptions {
    let mut o = opts();
    o.lang = Lang::En;
    o
}

// ---------------------------------------------------------------------------
// The workbooks

/// A cell of a built sheet.
enum C {
    S(&'static str),
    N(f64),
    /// A date cell (yyyy-mm-dd).
    D(u16, u8, u8),
}

fn sheet(
    book: &mut Workbook,
    name: &str,
    title: Option<&str>,
    header: &[&str],
    rows: &[Vec<C>],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    let mut r = 0;
    if let Some(t) = title {
        ws.merge_range(0, 0, 0, header.len() as u16 - 1, t, &bold)?;
        r = 1;
    }
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(r, c as u16, *h, &bold)?;
    }
    for row in rows {
        r += 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                C::S("") => {}
                C::S(s) => {
                    ws.write_string(r, c, *s)?;
                }
                C::N(n) => {
                    ws.write_number(r, c, *n)?;
                }
                C::D(y, m, d) => {
                    ws.write_datetime_with_format(
                        r,
                        c,
                        ExcelDateTime::from_ymd(*y, *m, *d)?,
                        &date,
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn book() -> Workbook {
    let mut b = Workbook::new();
    let created = ExcelDateTime::from_ymd(2025, 6, 1).expect("date");
    b.set_properties(&DocProperties::new().set_creation_datetime(&created));
    b
}

const APPLICANT_HEADER: &[&str] = &[
    "序号",
    "姓名",
    "性别",
    "民族",
    "身份证号",
    "出生年月",
    "政治面貌",
    "毕业院校",
    "学历",
    "所学专业",
    "毕业时间",
    "职业资格证书",
    "竞赛获奖",
    "报考岗位代码",
    "联系电话",
];

const POST_HEADER: &[&str] = &[
    "序号",
    "岗位代码",
    "主管部门",
    "招聘单位",
    "岗位名称",
    "岗位类别",
    "单位性质",
    "招聘人数",
    "学历要求",
    "专业要求",
    "备注",
];

fn posts_rows() -> Vec<Vec<C>> {
    use C::*;
    vec![
        vec![
            N(1.0),
            S("A01"),
            S("市人力资源和社会保障局"),
            S("市职业技能鉴定中心"),
            S("技术员"),
            S("专业技术岗位"),
            S(""),
            N(1.0),
            S("本科及以上"),
            S("机械类"),
            S(""),
        ],
        vec![
            N(2.0),
            S("A02"),
            S("市人力资源和社会保障局"),
            S("市就业服务中心"),
            S("办事员"),
            S("管理岗位"),
            S(""),
            N(2.0),
            S("大专以上"),
            S("不限"),
            S(""),
        ],
        vec![
            N(3.0),
            S("B01"),
            S("市人力资源和社会保障局"),
            S("市技工学校"),
            S("实训室管理员"),
            S("工勤技能岗位"),
            S(""),
            N(1.0),
            S("中专（高中）及以上"),
            S("不限"),
            S(""),
        ],
        vec![
            N(4.0),
            N(2025003.0),
            S("市人力资源和社会保障局"),
            S("市人才服务中心"),
            S("档案管理员"),
            S("管理"),
            S("事业单位"),
            N(1.0),
            S("大专及以上"),
            S("不限"),
            S(""),
        ],
    ]
}

/// The recruitment of tests/fixtures/batch/recruitment.xlsx: a 报名表 as
/// exported (title row, school names, 学历, columns not used, a bad date,
/// an unknown post code) and its 岗位表.
fn recruitment() -> Result<Vec<u8>, XlsxError> {
    use C::*;
    let a = |n: f64,
             name: &'static str,
             sex: &'static str,
             school: &'static str,
             edu: &'static str,
             major: &'static str,
             date: C,
             cert: &'static str,
             award: &'static str,
             post: &'static str| {
        vec![
            N(n),
            S(name),
            S(sex),
            S("汉族"),
            S("530102200001011234"),
            S("2000-01"),
            S("共青团员"),
            S(school),
            S(edu),
            S(major),
            date,
            S(cert),
            S(award),
            S(post),
            S("13800000000"),
        ]
    };
    let rows = vec![
        a(
            1.0,
            "张三",
            "男",
            "云南技师学院",
            "预备技师班",
            "数控加工",
            D(2023, 7, 1),
            "高级工",
            "",
            "A01",
        ),
        a(
            2.0,
            "李四",
            "女",
            "昆明高级技工学校",
            "高级工班",
            "电气自动化",
            D(2022, 7, 1),
            "高级工",
            "",
            "A01",
        ),
        a(
            3.0,
            "王五",
            "男",
            "云南工贸职业技术学院",
            "大专",
            "会计",
            D(2021, 6, 30),
            "",
            "",
            "A02",
        ),
        a(
            4.0,
            "赵六",
            "女",
            "云南大学",
            "本科",
            "汉语言文学",
            D(2020, 7, 1),
            "",
            "",
            "A02",
        ),
        a(
            5.0,
            "钱七",
            "男",
            "曲靖技工学校",
            "中级工班",
            "汽车维修",
            D(2023, 7, 1),
            "中级工",
            "",
            "B01",
        ),
        a(
            6.0,
            "孙八",
            "男",
            "云南技师学院",
            "高级工班",
            "焊接",
            S("2024年7月"),
            "高级工",
            "",
            "A99",
        ),
        a(
            7.0,
            "周九",
            "男",
            "云南技师学院",
            "高级工班",
            "数控加工",
            D(2019, 7, 1),
            "技师",
            "全国技能大赛 金牌",
            "A01",
        ),
        a(
            8.0,
            "吴十",
            "女",
            "昆明技师学院",
            "预备技师（技师）班",
            "机电一体化",
            S("2023.13.1"),
            "",
            "",
            "B01",
        ),
        a(
            9.0,
            "郑一",
            "女",
            "玉溪技师学院",
            "高级工班",
            "文秘",
            D(2022, 6, 30),
            "高级工",
            "",
            "2025003",
        ),
    ];
    let mut b = book();
    sheet(
        &mut b,
        "报名表",
        Some("2025年某市事业单位公开招聘工作人员报名表"),
        APPLICANT_HEADER,
        &rows,
    )?;
    sheet(&mut b, "岗位表", None, POST_HEADER, &posts_rows())?;
    b.save_to_buffer()
}

/// www/templates/recruitment-template.zh-CN.xlsx: the columns a recruiter
/// fills in, with examples, and a 岗位表.
fn template() -> Result<Vec<u8>, XlsxError> {
    use C::*;
    let header = &[
        "序号",
        "姓名",
        "性别",
        "身份证号",
        "毕业院校",
        "院校类型",
        "学历",
        "学习方式",
        "毕业时间",
        "职业资格证书",
        "竞赛获奖",
        "荣誉",
        "报考岗位代码",
        "联系电话",
    ];
    let rows = vec![
        vec![
            N(1.0),
            S("张明（示例）"),
            S("男"),
            S(""),
            S("云南技师学院"),
            S(""),
            S("预备技师（技师）班"),
            S("全日制"),
            D(2023, 7, 1),
            S("高级工（工程技术类）；技师"),
            S("国家级一类竞赛 第8名 单人"),
            S(""),
            S("A01"),
            S(""),
        ],
        vec![
            N(2.0),
            S("李华（示例）"),
            S("女"),
            S(""),
            S("曲靖技工学校"),
            S(""),
            S("中级工班"),
            S("全日制"),
            S("2023年7月"),
            S("中级工"),
            S(""),
            S(""),
            S("A01"),
            S(""),
        ],
        vec![
            N(3.0),
            S("王芳（示例）"),
            S("女"),
            S(""),
            S("昆明高级技工学校"),
            S(""),
            S("高级工班"),
            S("非全日制"),
            S("在校"),
            S("高级工"),
            S("全国技能大赛 优胜奖"),
            S(""),
            S("B01"),
            S(""),
        ],
        vec![
            N(4.0),
            S("赵强（示例）"),
            S("男"),
            S(""),
            S("某某学院"),
            S("技师学院"),
            S(""),
            S("全日制"),
            D(2022, 6, 30),
            S("技师"),
            S(""),
            S("省级技术能手"),
            S("A01"),
            S(""),
        ],
        vec![
            N(5.0),
            S("陈静（示例）"),
            S("女"),
            S(""),
            S("某市中等专业学校"),
            S(""),
            S("中专"),
            S("全日制"),
            D(2021, 6, 30),
            S(""),
            S(""),
            S(""),
            S("B01"),
            S(""),
        ],
    ];
    let posts = vec![
        vec![
            N(1.0),
            S("A01"),
            S("（主管部门）"),
            S("（招聘单位）"),
            S("技术员（示例）"),
            S("专业技术岗位"),
            S("事业单位"),
            N(1.0),
            S("本科及以上"),
            S(""),
            S(""),
        ],
        vec![
            N(2.0),
            S("B01"),
            S("（主管部门）"),
            S("（招聘单位）"),
            S("工勤人员（示例）"),
            S("工勤技能岗位"),
            S("事业单位"),
            N(1.0),
            S("中专（高中）及以上"),
            S(""),
            S(""),
        ],
    ];
    let mut b = book();
    sheet(&mut b, "报名表", None, header, &rows)?;
    sheet(&mut b, "岗位表", None, POST_HEADER, &posts)?;
    b.save_to_buffer()
}

fn recruitment_bytes() -> Vec<u8> {
    recruitment().expect("builds")
}

#[test]
fn committed_workbooks_are_the_ones_built_here() {
    for (path, bytes) in [
        ("tests/fixtures/batch/recruitment.xlsx", recruitment_bytes()),
        (
            "www/templates/recruitment-template.zh-CN.xlsx",
            template().expect("builds"),
        ),
    ] {
        let path = format!("{ROOT}/{path}");
        if std::env::var_os("DENGTONG_WRITE_FIXTURES").is_some() {
            std::fs::write(&path, &bytes).expect("writes");
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(committed == bytes, "{path} differs from what tests/batch_workbook.rs builds: run DENGTONG_WRITE_FIXTURES=1 cargo test --test batch_workbook");
    }
}

// ---------------------------------------------------------------------------
// The recruitment, read with no option

fn recruitment_result(o: &BatchOptions) -> BatchResult {
    evaluate(
        Input::bytes(recruitment_bytes()),
        PostsInput::FromWorkbook,
        o,
    )
    .expect("reads")
}

fn by_label<'r>(r: &'r BatchResult, label: &str) -> &'r BatchRow {
    r.rows
        .iter()
        .find(|x| x.label == label)
        .unwrap_or_else(|| panic!("no row {label}"))
}

#[test]
fn each_applicant_is_checked_against_its_own_post() {
    let r = recruitment_result(&opts());
    assert_eq!(r.source.format, "xlsx");
    assert_eq!(r.source.sheet.as_deref(), Some("报名表"));
    assert_eq!(r.source.posts_from, "sheet");
    assert_eq!(r.source.posts_sheet.as_deref(), Some("岗位表"));
    assert_eq!(r.post, None);
    use Outcome::*;
    type Answer<'a> = (&'a str, u32, Option<&'a str>, Option<Outcome>, bool);
    let got: Vec<Answer> = r
        .rows
        .iter()
        .map(|x| {
            (
                x.label.as_str(),
                x.row,
                x.post.as_deref(),
                x.outcome,
                x.direct_only,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // Row 1 is the title, row 2 the header.
            ("张三", 3, Some("A01"), Some(Eligible), false),
            ("李四", 4, Some("A01"), Some(Ineligible), false),
            // A 高职 graduate's 大专 (the 学历 column, graduate.education)
            // meets the 大专 post.
            ("王五", 5, Some("A02"), Some(Eligible), false),
            ("赵六", 6, Some("A02"), None, false),
            ("钱七", 7, Some("B01"), Some(Eligible), false),
            ("孙八", 8, Some("A99"), None, false),
            // 高级工班 (大专) for a 本科 post, but a 全国技能大赛 gold: direct assessment.
            ("周九", 9, Some("A01"), Some(Ineligible), true),
            ("吴十", 10, Some("B01"), None, false),
            // A post code typed as a number in the 岗位表.
            ("郑一", 11, Some("2025003"), Some(Eligible), false),
        ]
    );
    // Levels: each against its own post's bar.
    assert_eq!(by_label(&r, "张三").level, Some(Education::Bachelor));
    assert_eq!(by_label(&r, "李四").level, Some(Education::Associate));
    assert_eq!(
        by_label(&r, "钱七").level,
        Some(Education::SecondaryVocational)
    );
    assert_eq!(by_label(&r, "王五").education, Some(Education::Associate));
    assert!(by_label(&r, "周九")
        .direct_routes
        .contains(&dengtong::vocab::Route::PublicInstitution));
    // The rows that cannot be answered say where and why.
    let err = |l: &str| by_label(&r, l).error.clone().expect("error");
    let e = err("赵六");
    assert_eq!(
        (e.row, e.column.as_str(), e.field),
        (6, "毕业院校", Some(Field::SchoolName))
    );
    assert!(
        e.message.contains("院校类型") && e.message.contains("云南大学"),
        "{}",
        e.message
    );
    let e = err("孙八");
    assert_eq!(
        (e.column.as_str(), e.field),
        ("报考岗位代码", Some(Field::PostCode))
    );
    assert!(e.message.contains("A99"), "{}", e.message);
    let e = err("吴十");
    assert_eq!(
        (e.column.as_str(), e.field),
        ("毕业时间", Some(Field::GraduationDate))
    );
    // How each value was read.
    let notes = &by_label(&r, "张三").notes;
    assert!(
        notes
            .iter()
            .any(|n| n.contains("云南技师学院") && n.contains("技师学院")),
        "{notes:?}"
    );
    assert!(notes.iter().any(|n| n.contains("预备技师")), "{notes:?}");
    assert_eq!(
        by_label(&r, "张三")
            .graduate
            .as_ref()
            .and_then(|g| g.graduation_date),
        Date::new(2023, 7, 1)
    );
    assert_eq!(
        by_label(&r, "孙八").error.as_ref().map(|e| e.row),
        Some(8),
        "a 2024年7月 text cell is read; the post is what is wrong"
    );
    // Columns: the usual ones not used, listed, no error.
    let not_used: Vec<&str> = r
        .columns
        .iter()
        .filter(|c| c.status == ColumnStatus::NotUsed)
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(
        not_used,
        [
            "序号",
            "性别",
            "民族",
            "身份证号",
            "出生年月",
            "政治面貌",
            "所学专业",
            "联系电话"
        ]
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert!(r.notes.iter().any(|n| n.contains("标题")), "{:?}", r.notes);
    assert!(
        r.notes.iter().any(|n| n.contains("事业单位")),
        "the employer default is said: {:?}",
        r.notes
    );
    // The summary counts per post.
    let per: Vec<(&str, usize, usize, usize, usize, usize, usize)> = r
        .posts
        .iter()
        .map(|p| {
            (
                p.code.as_str(),
                p.summary.rows,
                p.summary.eligible,
                p.summary.ineligible,
                p.summary.undetermined,
                p.summary.errors,
                p.summary.direct_only,
            )
        })
        .collect();
    assert_eq!(
        per,
        [
            ("A01", 3, 1, 2, 0, 0, 1),
            ("A02", 2, 1, 0, 0, 1, 0),
            ("B01", 2, 1, 0, 0, 1, 0),
            ("2025003", 1, 1, 0, 0, 0, 0)
        ]
    );
    let s = r.summary;
    assert_eq!(
        (
            s.rows,
            s.eligible,
            s.ineligible,
            s.undetermined,
            s.errors,
            s.direct_only
        ),
        (9, 4, 2, 0, 3, 1)
    );
    assert!(r.posts[0].employer_assumed && !r.posts[3].employer_assumed);
}

#[test]
fn rows_match_single_evaluations_against_their_posts() {
    let r = recruitment_result(&en());
    for row in r.rows.iter().filter(|x| x.error.is_none()) {
        let post = r.posts[row.post_index.expect("post")]
            .post
            .expect("post read");
        let req = dengtong::Request {
            as_of: Some(AS_OF),
            jurisdiction: jurisdiction::CN_YN,
            lang: Lang::En,
            graduate: row.graduate.clone().expect("graduate"),
            post: Some(post),
            teacher: None,
        };
        let rec = dengtong::evaluate(&req, AS_OF)
            .recruitment
            .expect("recruitment");
        assert_eq!(row.outcome, Some(rec.outcome), "{}", row.label);
        assert_eq!(row.level, rec.level, "{}", row.label);
    }
}

#[test]
fn the_results_workbook_reads_back() {
    let r = recruitment_result(&opts());
    let bytes = batch::to_xlsx(&r, Lang::ZhCn).expect("writes");
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("opens");
    assert_eq!(wb.sheet_names(), ["结果", "汇总"]);
    let results = wb.worksheet_range("结果").expect("results");
    let text = |d: &Data| d.to_string();
    let rows: Vec<Vec<String>> = results
        .rows()
        .map(|r| r.iter().map(text).collect())
        .collect();
    assert_eq!(
        &rows[0][..6],
        [
            "行号",
            "姓名/编号",
            "报考岗位代码",
            "招聘单位",
            "岗位名称",
            "结果"
        ]
    );
    assert_eq!(rows.len(), 10);
    let zhou = rows.iter().find(|x| x[1] == "周九").expect("周九");
    assert_eq!(zhou[5], "可直接考察");
    assert_eq!(zhou[8], "事业单位直接考察", "可直接考察途径");
    assert_eq!(rows[1][0], "3");
    assert_eq!(rows[1][3], "市职业技能鉴定中心");
    let summary = wb.worksheet_range("汇总").expect("summary");
    let s: Vec<Vec<String>> = summary
        .rows()
        .map(|r| r.iter().map(text).collect())
        .collect();
    assert_eq!(
        &s[0][6..],
        [
            "报名人数",
            "符合",
            "不符合",
            "待定",
            "政策未明确",
            "错误",
            "其中仅可直接考察"
        ]
    );
    assert_eq!(&s[1][..2], ["A01", "市职业技能鉴定中心"]);
    assert_eq!(&s[1][6..], ["3", "1", "2", "0", "0", "0", "1"]);
    assert_eq!(s[5][0], "（岗位代码为空或不在岗位表中）");
    assert_eq!(&s[5][6..], ["1", "0", "0", "0", "0", "1", "0"]);
    assert_eq!(s[6][0], "合计");
    assert_eq!(&s[6][6..], ["9", "4", "2", "0", "0", "3", "1"]);
}

#[test]
fn the_results_workbook_neutralises_formulas() {
    let text = "姓名,院校类型,毕业时间\n=HYPERLINK(\"http://x\"),技工学校,2023-07-01\n@SUM(A1),技工学校,2023-07-01\n";
    let post =
        batch::parse_post(r#"{"employer":"publicInstitution","postType":"professional"}"#).unwrap();
    let r = evaluate_csv(text, &post, &opts()).unwrap();
    let bytes = batch::to_xlsx(&r, Lang::ZhCn).unwrap();
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let results = wb.worksheet_range("结果").unwrap();
    let labels: Vec<String> = results.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert_eq!(labels, ["'=HYPERLINK(\"http://x\")", "'@SUM(A1)"]);
    let formulas = wb.worksheet_formula("结果").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
}

#[test]
fn the_template_reads_without_errors() {
    let r = evaluate(
        Input::bytes(template().unwrap()),
        PostsInput::FromWorkbook,
        &opts(),
    )
    .unwrap();
    assert_eq!(
        r.summary.errors,
        0,
        "{:?}",
        r.rows
            .iter()
            .filter_map(|x| x.error.as_ref())
            .collect::<Vec<_>>()
    );
    assert_eq!(r.summary.rows, 5);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let outcomes: Vec<Option<Outcome>> = r.rows.iter().map(|x| x.outcome).collect();
    assert!(
        outcomes.contains(&Some(Outcome::Eligible))
            && outcomes.contains(&Some(Outcome::Ineligible))
    );
    // An explicit 院校类型 wins over the school's name (某某学院 settles nothing).
    assert_eq!(
        r.rows[3].graduate.as_ref().map(|g| g.school_type),
        Some(dengtong::request::SchoolType::TechnicianCollege)
    );
}

// ---------------------------------------------------------------------------
// Cells and headers of a 报名表 (CSV: the same reader)

fn one_post() -> dengtong::request::Post {
    batch::parse_post(r#"{"employer":"publicInstitution","postType":"professional","requiredEducation":"associate"}"#).unwrap()
}

fn csv(text: &str) -> BatchResult {
    evaluate_csv(text, &one_post(), &en()).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn csv_error(text: &str) -> dengtong::Error {
    match evaluate_csv(text, &one_post(), &en()) {
        Ok(r) => panic!("expected a file error, got {} rows", r.rows.len()),
        Err(e) => e,
    }
}

#[test]
fn school_names_give_their_type_where_the_name_settles_it() {
    let cases: &[(&str, Option<&str>)] = &[
        ("云南技师学院", Some("technicianCollege")),
        ("昆明高级技工学校", Some("seniorTechnicalSchool")),
        ("曲靖市高级技校", Some("seniorTechnicalSchool")),
        ("曲靖技工学校", Some("technicalSchool")),
        ("大理技校", Some("technicalSchool")),
        ("云南工贸职业技术学院", Some("higherVocationalCollege")),
        ("昆明冶金职业学院", Some("higherVocationalCollege")),
        ("某某职业技术大学", Some("vocationalUniversity")),
        ("某市中等专业学校", Some("secondaryVocationalSchool")),
        ("某县职业高级中学", Some("secondaryVocationalSchool")),
        ("云南技师学院（东校区）", Some("technicianCollege")),
        ("云南技师学院(东校区)", Some("technicianCollege")),
        // Two names of one campus that disagree, a bare 学院 or 大学: ask.
        ("云南技师学院（云南工贸职业技术学院）", None),
        ("云南大学", None),
        ("昆明学院", None),
        ("某某学校", None),
    ];
    for (name, want) in cases {
        let r = csv(&format!("姓名,毕业院校,毕业时间\nx,{name},2023-07-01\n"));
        let got = r.rows[0]
            .graduate
            .as_ref()
            .map(|g| serde_json::to_value(g.school_type).unwrap());
        match want {
            Some(t) => assert_eq!(got, Some(Value::from(*t)), "{name}"),
            None => {
                let e = r.rows[0]
                    .error
                    .as_ref()
                    .unwrap_or_else(|| panic!("{name} settled"));
                assert_eq!(
                    (e.column.as_str(), e.field),
                    ("毕业院校", Some(Field::SchoolName)),
                    "{name}"
                );
                assert!(e.message.contains("schoolType"), "{}", e.message);
            }
        }
    }
    // An explicit 院校类型 wins; an empty one leaves the name to settle it.
    let r = csv("姓名,毕业院校,院校类型,毕业时间\na,云南大学,技师学院,2023-07-01\nb,云南技师学院,,2023-07-01\nc,,,2023-07-01\n");
    let types: Vec<Option<Value>> = r
        .rows
        .iter()
        .map(|x| {
            x.graduate
                .as_ref()
                .map(|g| serde_json::to_value(g.school_type).unwrap())
        })
        .collect();
    assert_eq!(
        types,
        [
            Some("technicianCollege".into()),
            Some("technicianCollege".into()),
            None
        ]
    );
    assert!(r.rows[0].notes.is_empty(), "{:?}", r.rows[0].notes);
    assert_eq!(
        r.rows[2].error.as_ref().map(|e| e.column.as_str()),
        Some("院校类型")
    );
}

#[test]
fn a_xueli_column_is_a_class_or_an_education() {
    let r = csv("姓名,院校类型,学历,班级,毕业时间\n\
         a,技师学院,高级工班,,2023-07-01\n\
         b,技师学院,预备技师（技师）班,预备技师班,2023-07-01\n\
         c,高职,大专,,2023-07-01\n\
         d,普通高校,本科学历,,2023-07-01\n\
         e,技师学院,大专,高级工班,2023-07-01\n\
         f,技师学院,高级工班,中级工班,2023-07-01\n\
         g,高职,高级工班,,2023-07-01\n\
         h,技师学院,博士后,,2023-07-01\n\
         i,技师学院,,,2023-07-01\n");
    let g = |i: usize| {
        r.rows[i]
            .graduate
            .as_ref()
            .map(|g| (g.class_type, r.rows[i].education))
    };
    use dengtong::request::ClassType::*;
    assert_eq!(g(0), Some((Some(Senior), None)));
    assert_eq!(g(1), Some((Some(PreparatoryTechnician), None)));
    assert_eq!(g(2), Some((None, Some(Education::Associate))));
    assert_eq!(g(3), Some((None, Some(Education::Bachelor))));
    // A 技工院校 graduate who also holds a 大专 (自学考试…): both kept.
    assert_eq!(g(4), Some((Some(Senior), Some(Education::Associate))));
    for (i, why) in [(5, "disagrees"), (6, "技工院校"), (7, "博士后")] {
        let e = r.rows[i]
            .error
            .as_ref()
            .unwrap_or_else(|| panic!("row {i}"));
        assert_eq!(e.column, "学历");
        assert!(e.message.contains(why), "{}", e.message);
    }
    assert_eq!(g(8), Some((None, None)));
    assert!(
        r.rows[0].notes.iter().any(|n| n.contains("class")),
        "{:?}",
        r.rows[0].notes
    );
    assert!(
        r.rows[2].notes.iter().any(|n| n.contains("education held")),
        "{:?}",
        r.rows[2].notes
    );
}

#[test]
fn misspelt_headers_stop_the_file_naming_them() {
    for (header, bad, like) in [
        (
            "姓名,院校类型,毕业时间,证书名称",
            "证书名称",
            "certificates",
        ),
        ("姓名,院校类型,毕业时问", "毕业时问", "graduationDate"),
        ("姓名,院校类形,毕业时间", "院校类形", "schoolType"),
        (
            "姓名,院校类型,毕业时间,资格证书",
            "资格证书",
            "certificates",
        ),
        (
            "姓名,院校类型,毕业时间,报考岗位代号",
            "报考岗位代号",
            "postCode",
        ),
    ] {
        let e = csv_error(&format!("{header}\nx,技工学校,2023-07-01,\n"));
        assert_eq!(e.path, "header", "{header}");
        assert!(
            e.message.contains(bad) && e.message.contains(like),
            "{header}: {}",
            e.message
        );
    }
    // The usual columns of a 报名表: not used, listed, no error.
    let r = csv("序号,姓名,性别,民族,身份证号,出生年月,政治面貌,所学专业,联系电话,备注,院校类型,毕业时间\n1,张三,男,汉族,5301,2000-01,群众,数控,138,无,技工学校,2023-07-01\n");
    assert!(r.rows[0].error.is_none());
    assert_eq!(r.rows[0].label, "张三", "姓名 is the label, not 序号");
    let not_used: Vec<&str> = r
        .columns
        .iter()
        .filter(|c| c.status == ColumnStatus::NotUsed)
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(
        not_used,
        [
            "序号",
            "性别",
            "民族",
            "身份证号",
            "出生年月",
            "政治面貌",
            "所学专业",
            "联系电话",
            "备注"
        ]
    );
    assert!(
        r.notes.iter().any(|n| n.contains("联系电话")),
        "{:?}",
        r.notes
    );
    // Unknown columns that look like none we use: still an error unless ignored.
    let e = csv_error("姓名,院校类型,毕业时间,家长意见\nx,技工学校,2023-07-01,好\n");
    assert!(e.message.contains("家长意见"));
    // Two label columns of one rank are still two columns for one field.
    let e = csv_error("姓名,考生姓名,院校类型,毕业时间\n");
    assert!(
        e.message.contains("two columns hold label"),
        "{}",
        e.message
    );
}

#[test]
fn a_title_row_before_the_header_is_skipped_and_said() {
    let r = csv("2025年招聘报名表,,\n姓名,院校类型,毕业时间\n张三,技工学校,2023-07-01\n");
    assert_eq!(r.rows.len(), 1);
    assert_eq!((r.rows[0].row, r.rows[0].label.as_str()), (3, "张三"));
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("row 1") && n.contains("2025年招聘报名表")),
        "{:?}",
        r.notes
    );
}

// ---------------------------------------------------------------------------
// Posts

fn with_posts(applicants: &str, posts: &str) -> Result<BatchResult, dengtong::Error> {
    evaluate(
        Input::text(applicants),
        PostsInput::File(Input::text(posts)),
        &en(),
    )
}

#[test]
fn posts_read_their_category_education_and_employer() {
    let posts = "岗位代码,招聘单位,岗位名称,岗位类别,学历要求,单位性质,技能等级要求\n\
                 P1,u,n,专业技术,本科及以上,,\n\
                 P2,u,n,管理岗,大专以上,事业单位,\n\
                 P3,u,n,工勤技能岗位,中专（高中）及以上,,高级工及以上\n\
                 P4,u,n,专业技术岗位,不限,,\n\
                 P5,u,n,专业技术,全日制本科及以上学历,,\n\
                 P6,u,n,管理,研究生,机关,\n\
                 P7,u,n,后勤,本科,,\n\
                 P8,u,n,专业技术,本科或硕士,,\n\
                 0099,u,n,管理,大专,,\n";
    let applicants = "姓名,院校类型,班级,毕业时间,报考岗位代码\n\
                      a,技师学院,高级工班,2023-07-01,P1\n\
                      b,技师学院,高级工班,2023-07-01,p2\n\
                      c,技工学校,中级工班,2023-07-01,P3\n\
                      d,技工学校,中级工班,2023-07-01,P4\n\
                      e,技师学院,预备技师班,2023-07-01,P5\n\
                      f,技师学院,预备技师班,2023-07-01,P6\n\
                      g,技师学院,预备技师班,2023-07-01,P7\n\
                      h,技师学院,预备技师班,2023-07-01,P8\n\
                      i,技师学院,高级工班,2023-07-01,99\n\
                      j,技师学院,高级工班,2023-07-01,\n";
    let r = with_posts(applicants, posts).unwrap();
    assert_eq!(r.source.posts_from, "file");
    let post = |code: &str| r.posts.iter().find(|p| p.code == code).unwrap();
    let v = |code: &str| serde_json::to_value(post(code).post).unwrap();
    assert_eq!(
        v("P1"),
        serde_json::json!({"employer":"publicInstitution","postType":"professional","requiredEducation":"bachelor","skillLevelRequired":false})
    );
    assert_eq!(v("P2")["requiredEducation"], "associate");
    assert_eq!(v("P2")["postType"], "management");
    assert_eq!(v("P3")["requiredEducation"], "secondaryVocational");
    assert_eq!(v("P3")["skillLevelRequired"], true);
    assert_eq!(v("P4")["requiredEducation"], Value::Null);
    assert_eq!(v("P5")["requiredEducation"], "bachelor");
    assert_eq!(
        post("P5").unchecked.as_deref(),
        Some("全日制本科及以上学历")
    );
    assert_eq!(v("P6")["employer"], "governmentOrgan");
    assert_eq!(v("P6")["requiredEducation"], "master");
    assert!(post("P1").employer_assumed && !post("P2").employer_assumed);
    assert!(post("P7").post.is_none() && post("P7").error.as_deref().unwrap().contains("后勤"));
    assert!(post("P8").error.as_deref().unwrap().contains("本科或硕士"));
    assert!(
        r.warnings.iter().any(|w| w.contains("P7")),
        "{:?}",
        r.warnings
    );
    use Outcome::*;
    let outcomes: Vec<(Option<&str>, Option<Outcome>)> = r
        .rows
        .iter()
        .map(|x| (x.post.as_deref(), x.outcome))
        .collect();
    assert_eq!(
        outcomes,
        [
            (Some("P1"), Some(Ineligible)),
            (Some("p2"), Some(Eligible)),
            // 高级工及以上 asked, and the 报名表 has no certificate column:
            // undetermined (graduate.certificates), no certificate assumed.
            (Some("P3"), Some(Undetermined)),
            (Some("P4"), Some(Eligible)),
            (Some("P5"), Some(Eligible)),
            (Some("P6"), Some(Ineligible)),
            (Some("P7"), None),
            (Some("P8"), None),
            (Some("99"), Some(Eligible)),
            (None, None),
        ]
    );
    assert!(
        r.rows[4].notes.iter().any(|n| n.contains("全日制")),
        "{:?}",
        r.rows[4].notes
    );
    assert!(r.rows[6].error.as_ref().unwrap().message.contains("row 8"));
    assert!(r.rows[9].error.as_ref().unwrap().message.contains("empty"));
}

#[test]
fn posts_table_problems_are_file_errors_at_posts() {
    let a = "姓名,院校类型,毕业时间,报考岗位代码\nx,技工学校,2023-07-01,P1\n";
    for (posts, fragment) in [
        ("岗位代码,岗位类别\nP1,管理\nP1,管理\n", "twice"),
        ("岗位代码,学历要求\nP1,本科\n", "岗位类别"),
        ("岗位代码,岗位类别,学历要球\nP1,管理,本科\n", "学历要球"),
        ("岗位代码,岗位类别\n", "no post"),
    ] {
        let e = with_posts(a, posts)
            .err()
            .unwrap_or_else(|| panic!("{posts}"));
        assert_eq!(e.path, "posts", "{posts}");
        assert!(e.message.contains(fragment), "{posts}: {}", e.message);
    }
    // A 报名表 with posts but without 报考岗位代码.
    let e = with_posts(
        "姓名,院校类型,毕业时间\nx,技工学校,2023-07-01\n",
        "岗位代码,岗位类别\nP1,管理\n",
    )
    .err()
    .unwrap();
    assert!(e.message.contains("postCode"), "{}", e.message);
    // A CSV with no post at all.
    let e = evaluate(Input::text(a), PostsInput::FromWorkbook, &en())
        .err()
        .unwrap();
    assert_eq!(e.path, "posts");
    // One post for all: the code column is not used, and said so.
    let r = evaluate(Input::text(a), PostsInput::One(one_post()), &en()).unwrap();
    assert_eq!(r.rows[0].post, None);
    assert_eq!(r.columns[3].status, ColumnStatus::NotUsed);
}

#[test]
fn a_sheet_is_chosen_by_name() {
    let mut o = opts();
    o.sheet = Some("岗位表".into());
    // Asked for the posts sheet as applicants: its header is not a 报名表's.
    let e = evaluate(
        Input::bytes(recruitment_bytes()),
        PostsInput::One(one_post()),
        &o,
    )
    .err()
    .unwrap();
    assert_eq!(e.path, "header");
    o.sheet = Some("没有这张表".into());
    let e = evaluate(
        Input::bytes(recruitment_bytes()),
        PostsInput::One(one_post()),
        &o,
    )
    .err()
    .unwrap();
    assert_eq!(e.path, "sheet");
    assert!(
        e.message.contains("报名表") && e.message.contains("岗位表"),
        "{}",
        e.message
    );
    o.sheet = Some("报名表".into());
    let r = evaluate(
        Input::bytes(recruitment_bytes()),
        PostsInput::One(one_post()),
        &o,
    )
    .unwrap();
    assert_eq!(r.source.posts_from, "post");
    assert!(
        r.notes.iter().any(|n| n.contains("岗位表")),
        "{:?}",
        r.notes
    );
}

// ---------------------------------------------------------------------------
// Streaming: a CSV read a few bytes at a time reads as the whole text does

/// Gives its bytes 1 to 7 at a time, to cross every buffer boundary.
struct Trickle<'a>(&'a [u8], usize);

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.1 = self.1 % 7 + 1;
        let n = self.1.min(buf.len()).min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn a_csv_read_as_it_comes_reads_as_the_whole_text() {
    let texts = [
        "\u{FEFF}姓名,院校类型,毕业时间,证书\r\n\r\n\"Zhang, San\",技工学校,2023-07-01,\"高级工,技师\"\r\n\"Wang\nWu\",技工学校,2023-07-01,\"高级工\r\n技师\"\r\n,,,\r\n  , ,,\r\nZhao,技工学校,2023-07-01,\r\n",
        "label,schoolType,graduationDate\ra,技工学校,2023-07-01\r\rb,技工学校,2023-07-01\r",
        "label\tschoolType\tgraduationDate\na\t技工学校\t2023-07-01\n\"b\n\n\"\t技工学校\t2023-07-01",
        "标题\n\nlabel,schoolType,graduationDate\na,x,2023-07-01\n",
    ];
    for text in texts {
        let whole = evaluate_csv(text, &one_post(), &en()).unwrap();
        let mut o = en();
        o.limits = batch::Limits::streaming();
        let input = Input::Reader {
            prefix: text.as_bytes()[..3].to_vec(),
            rest: Box::new(Trickle(&text.as_bytes()[3..], 0)),
        };
        let mut s = Session::open(input, PostsInput::One(one_post()), o).unwrap();
        let mut rows = Vec::new();
        while let Some(r) = s.next_row().unwrap() {
            rows.push(r);
        }
        assert_eq!(rows, whole.rows, "{text:?}");
    }
}

#[test]
fn the_row_cache_gives_what_evaluation_gives() {
    // Rows that repeat every cell but the label, and rows that differ in one.
    let mut text = String::from("姓名,院校类型,班级,毕业时间,证书\n");
    for i in 0..60 {
        let class = ["高级工班", "预备技师班", "中级工班"][i % 3];
        let date = ["2023-07-01", "2023-07", "在校", "2025-06"][i % 4];
        text.push_str(&format!(
            "p{i},技师学院,{class},{date},{}\n",
            ["", "高级工", "技师"][i % 2]
        ));
    }
    let r = csv(&text);
    for row in &r.rows {
        let one = csv(&format!(
            "姓名,院校类型,班级,毕业时间,证书\n{}\n",
            text.lines().nth(row.row as usize - 1).unwrap()
        ));
        let mut alone = one.rows[0].clone();
        alone.row = row.row;
        if let Some(e) = &mut alone.error {
            e.row = row.row;
        }
        assert_eq!(&alone, row, "{}", row.label);
    }
}

// ---------------------------------------------------------------------------
// The command

#[cfg(not(target_arch = "wasm32"))]
mod command {
    use super::*;
    use std::process::{Command, Output};

    fn fixture(name: &str) -> String {
        format!("{ROOT}/tests/fixtures/batch/{name}")
    }

    fn dengtong(args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_dengtong"))
            .args(args)
            .output()
            .expect("runs")
    }

    #[test]
    fn a_workbook_with_its_posts_sheet_needs_no_option() {
        let f = fixture("recruitment.xlsx");
        let out = dengtong(&[
            "batch",
            &f,
            "--as-of",
            "2025-06-01",
            "--jurisdiction",
            "CN-YN",
            "--format",
            "json",
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let lib: Value =
            serde_json::from_str(&batch::to_json(&recruitment_result(&opts()))).unwrap();
        assert_eq!(v, lib, "the command streams what the library gives");
        let rows: Vec<(&str, &str)> = v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["label"].as_str().unwrap(), r["post"].as_str().unwrap()))
            .collect();
        assert_eq!(rows[0], ("张三", "A01"));
        assert_eq!(v["summary"]["rows"], 9);
    }

    #[test]
    fn xlsx_and_csv_out_with_posts_from_a_file() {
        let dir = std::env::temp_dir().join(format!("dengtong-wb-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let posts = dir.join("posts.csv");
        std::fs::write(
            &posts,
            "岗位代码,岗位类别,学历要求\nA01,专业技术,大专及以上\n",
        )
        .unwrap();
        let applicants = dir.join("a.csv");
        std::fs::write(
            &applicants,
            "姓名,毕业院校,学历,毕业时间,报考岗位代码\n张三,云南技师学院,高级工班,2023-07-01,A01\n",
        )
        .unwrap();
        let xlsx = dir.join("out.xlsx");
        let out = dengtong(&[
            "batch",
            applicants.to_str().unwrap(),
            "--posts",
            posts.to_str().unwrap(),
            "--as-of",
            "2025-06-01",
            "--output",
            xlsx.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("1 rows: 1 eligible"));
        let mut wb =
            calamine::open_workbook_auto(&xlsx).expect("an .xlsx, from --output's extension");
        let r = wb.worksheet_range("结果").unwrap();
        assert_eq!(
            r.get((1, 5)).map(|d| d.to_string()).as_deref(),
            Some("符合")
        );
        let out = dengtong(&[
            "batch",
            applicants.to_str().unwrap(),
            "--posts",
            posts.to_str().unwrap(),
            "--as-of",
            "2025-06-01",
        ]);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.starts_with("\u{FEFF}行号,姓名/编号,报考岗位代码,招聘单位,岗位名称,结果,"),
            "{text}"
        );
        // A CSV and no posts: the file is refused, nothing half-written is left.
        let gone = dir.join("gone.csv");
        let out = dengtong(&[
            "batch",
            applicants.to_str().unwrap(),
            "--as-of",
            "2025-06-01",
            "--output",
            gone.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2));
        let v: Value = serde_json::from_slice(&out.stderr).unwrap();
        assert_eq!(v["error"]["path"], "posts");
        assert!(!gone.exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn post_and_posts_exclude_each_other() {
        let f = fixture("recruitment.xlsx");
        let p = fixture("post-pi-bachelor.json");
        let out = dengtong(&["batch", &f, "--post", &p, "--posts", &f]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
    }
}
