//! Batch checks (src/batch/): the CSV format, cell spellings, row and file
//! errors, export, hostile input, and the native `dengtong batch` command.

use dengtong::batch::{
    decode, evaluate_csv, parse_options, parse_post, to_csv, BatchOptions, BatchResult, BatchRow,
    ColumnStatus, Field, Limits,
};
use dengtong::law::jurisdiction;
use dengtong::request::{Lang, Post};
use dengtong::{Date, ErrorCode};
use serde_json::{json, Value};

const AS_OF: Date = Date::ymd(2024, 5, 1);
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/batch");
const POST_JSON: &str = r#"{"employer":"publicInstitution","postType":"professional","requiredEducation":"bachelor","skillLevelRequired":false}"#;
const HEADER: &str =
    "label,schoolType,classType,studyMode,graduationDate,certificates,awards,honours";

fn post() -> Post {
    parse_post(POST_JSON).expect("post parses")
}

fn opts() -> BatchOptions {
    BatchOptions::new(AS_OF)
}

fn en() -> BatchOptions {
    let mut o = opts();
    o.lang = Lang::En;
    o
}

fn run(text: &str) -> BatchResult {
    run_with(text, &en())
}

fn run_with(text: &str, o: &BatchOptions) -> BatchResult {
    evaluate_csv(text, &post(), o).unwrap_or_else(|e| panic!("{e}\n--- input ---\n{text}"))
}

fn file_error(text: &str, o: &BatchOptions) -> dengtong::Error {
    match evaluate_csv(text, &post(), o) {
        Ok(r) => panic!("expected a file error, got {} rows", r.rows.len()),
        Err(e) => e,
    }
}

fn graduate(row: &BatchRow) -> Value {
    match &row.graduate {
        Some(g) => serde_json::to_value(g).unwrap(),
        None => panic!("row {} has an error: {:?}", row.row, row.error),
    }
}

/// One applicant row with `field` set to `cell` and every other cell a
/// plain 技师学院 graduate; the cell is quoted so separators stay in it.
fn one_row(field: &str, cell: &str) -> String {
    let cells: Vec<String> = HEADER
        .split(',')
        .map(|f| {
            let v = if f == field {
                cell
            } else {
                match f {
                    "label" => "x",
                    "schoolType" => "technicianCollege",
                    "graduationDate" => "2023-07-01",
                    _ => "",
                }
            };
            format!("\"{}\"", v.replace('"', "\"\""))
        })
        .collect();
    format!("{HEADER}\n{}\n", cells.join(","))
}

fn read_cell(field: &str, cell: &str) -> Value {
    let r = run(&one_row(field, cell));
    assert_eq!(r.rows.len(), 1, "{field}={cell:?}");
    graduate(&r.rows[0])
}

fn cell_error(field: &str, cell: &str) -> dengtong::batch::RowError {
    let r = run(&one_row(field, cell));
    assert_eq!(r.rows.len(), 1);
    match &r.rows[0].error {
        Some(e) => e.clone(),
        None => panic!("{field}={cell:?} was read as {}", graduate(&r.rows[0])),
    }
}

// ---------------------------------------------------------------------------
// Cells

#[test]
fn school_type_spellings() {
    let cases = [
        ("technicalSchool", "technicalSchool"),
        ("TECHNICALSCHOOL", "technicalSchool"),
        ("技工学校", "technicalSchool"),
        ("技校", "technicalSchool"),
        (" 技工 学校 ", "technicalSchool"),
        ("seniorTechnicalSchool", "seniorTechnicalSchool"),
        ("高级技工学校", "seniorTechnicalSchool"),
        ("高级技校", "seniorTechnicalSchool"),
        ("technicianCollege", "technicianCollege"),
        ("技师学院", "technicianCollege"),
        ("specialEducationSchool", "specialEducationSchool"),
        ("特殊教育院校", "specialEducationSchool"),
        ("特殊教育学校", "specialEducationSchool"),
        ("特殊教育院校（职业教育类）", "specialEducationSchool"),
        ("secondaryVocationalSchool", "secondaryVocationalSchool"),
        ("中等职业学校", "secondaryVocationalSchool"),
        ("中职", "secondaryVocationalSchool"),
        ("中专", "secondaryVocationalSchool"),
        ("职业高中", "secondaryVocationalSchool"),
        ("职高", "secondaryVocationalSchool"),
        ("higherVocationalCollege", "higherVocationalCollege"),
        ("高等职业学校", "higherVocationalCollege"),
        ("高等职业学校（专科）", "higherVocationalCollege"),
        ("高职", "higherVocationalCollege"),
        ("高职院校", "higherVocationalCollege"),
        ("职业技术学院", "higherVocationalCollege"),
        ("vocationalUniversity", "vocationalUniversity"),
        ("职业本科", "vocationalUniversity"),
        ("本科层次职业学校", "vocationalUniversity"),
        ("职业技术大学", "vocationalUniversity"),
        ("university", "university"),
        ("普通高等学校", "university"),
        ("普通高校", "university"),
        ("大学", "university"),
    ];
    for (cell, want) in cases {
        assert_eq!(
            read_cell("schoolType", cell)["schoolType"],
            json!(want),
            "{cell}"
        );
    }
}

#[test]
fn class_type_spellings() {
    let cases = [
        ("", Value::Null),
        ("无", Value::Null),
        ("intermediate", json!("intermediate")),
        ("中级工班", json!("intermediate")),
        ("中级班", json!("intermediate")),
        ("中级工", json!("intermediate")),
        ("senior", json!("senior")),
        ("高级工班", json!("senior")),
        ("高级班", json!("senior")),
        ("preparatoryTechnician", json!("preparatoryTechnician")),
        ("预备技师班", json!("preparatoryTechnician")),
        ("预备技师（技师）班", json!("preparatoryTechnician")),
        ("预备技师(技师)班", json!("preparatoryTechnician")),
        ("技师班", json!("preparatoryTechnician")),
    ];
    for (cell, want) in cases {
        assert_eq!(read_cell("classType", cell)["classType"], want, "{cell}");
    }
}

#[test]
fn study_mode_spellings() {
    let cases = [
        ("", Value::Null),
        ("fullTime", json!("fullTime")),
        ("全日制", json!("fullTime")),
        ("partTime", json!("partTime")),
        ("非全日制", json!("partTime")),
        ("非 全日制", json!("partTime")),
    ];
    for (cell, want) in cases {
        assert_eq!(read_cell("studyMode", cell)["studyMode"], want, "{cell}");
    }
}

#[test]
fn graduation_date_spellings() {
    let cases = [
        ("2023-07-01", json!("2023-07-01")),
        ("2023-7-1", json!("2023-07-01")),
        ("2023/7/1", json!("2023-07-01")),
        ("2023/07/01", json!("2023-07-01")),
        ("2023.7.1", json!("2023-07-01")),
        ("2023年7月1日", json!("2023-07-01")),
        ("2023年07月01日", json!("2023-07-01")),
        ("2023 年 7 月 1 日", json!("2023-07-01")),
        ("２０２３－０７－０１", json!("2023-07-01")),
        ("20230701", json!("2023-07-01")),
        ("2023/7/1 0:00", json!("2023-07-01")),
        ("2023-07-01 00:00:00", json!("2023-07-01")),
        // Month only: the last day of the month.
        ("2023-07", json!("2023-07-31")),
        ("2023-7", json!("2023-07-31")),
        ("2023/7", json!("2023-07-31")),
        ("2023.7", json!("2023-07-31")),
        ("2023年7月", json!("2023-07-31")),
        ("202307", json!("2023-07-31")),
        ("2023-06", json!("2023-06-30")),
        ("2024-02", json!("2024-02-29")),
        ("2023-02", json!("2023-02-28")),
        // Still enrolled.
        ("在校", Value::Null),
        ("在读", Value::Null),
        ("在校生", Value::Null),
        ("未毕业", Value::Null),
        ("student", Value::Null),
        ("Enrolled", Value::Null),
    ];
    for (cell, want) in cases {
        assert_eq!(
            read_cell("graduationDate", cell)["graduationDate"],
            want,
            "{cell}"
        );
    }
}

#[test]
fn month_only_date_is_noted_when_the_decision_date_is_in_that_month() {
    // 2024-05-01 is inside May 2024: read as 2024-05-31, so not yet graduated.
    let r = run(&one_row("graduationDate", "2024-05"));
    let row = &r.rows[0];
    assert_eq!(graduate(row)["graduationDate"], json!("2024-05-31"));
    assert_eq!(row.notes.len(), 1, "{:?}", row.notes);
    assert!(row.notes[0].contains("2024-05-31"), "{:?}", row.notes);
    // The month before: no note.
    let r = run(&one_row("graduationDate", "2024-04"));
    assert!(r.rows[0].notes.is_empty(), "{:?}", r.rows[0].notes);
    // A full date inside the month: no note.
    let r = run(&one_row("graduationDate", "2024-05-01"));
    assert!(r.rows[0].notes.is_empty());
}

#[test]
fn certificate_spellings() {
    let c = |level: &str, field: Value| json!({"level": level, "field": field});
    let n = Value::Null;
    let cases: Vec<(&str, Value)> = vec![
        ("", json!([])),
        ("无", json!([])),
        ("none", json!([])),
        ("apprentice", json!([c("apprentice", n.clone())])),
        ("学徒工", json!([c("apprentice", n.clone())])),
        ("初级工", json!([c("junior", n.clone())])),
        ("五级", json!([c("junior", n.clone())])),
        ("中级工", json!([c("intermediate", n.clone())])),
        ("四级", json!([c("intermediate", n.clone())])),
        ("高级工", json!([c("senior", n.clone())])),
        ("三级", json!([c("senior", n.clone())])),
        ("高级工证书", json!([c("senior", n.clone())])),
        ("职业资格三级", json!([c("senior", n.clone())])),
        ("国家职业资格三级证书", json!([c("senior", n.clone())])),
        ("预备技师", json!([c("preparatoryTechnician", n.clone())])),
        ("技师", json!([c("technician", n.clone())])),
        ("二级", json!([c("technician", n.clone())])),
        ("高级技师", json!([c("seniorTechnician", n.clone())])),
        ("一级", json!([c("seniorTechnician", n.clone())])),
        ("特级技师", json!([c("specialTechnician", n.clone())])),
        ("首席技师", json!([c("chiefTechnician", n.clone())])),
        ("chiefTechnician", json!([c("chiefTechnician", n.clone())])),
        (
            "高级工(工程技术类)",
            json!([c("senior", json!("engineering"))]),
        ),
        (
            "高级工（工程技术类）",
            json!([c("senior", json!("engineering"))]),
        ),
        ("高级工（其他）", json!([c("senior", json!("other"))])),
        (
            "technician (engineering)",
            json!([c("technician", json!("engineering"))]),
        ),
        ("senior(other)", json!([c("senior", json!("other"))])),
        (
            "高级工;技师",
            json!([c("senior", n.clone()), c("technician", n.clone())]),
        ),
        (
            "高级工；技师",
            json!([c("senior", n.clone()), c("technician", n.clone())]),
        ),
        (
            "高级工、技师",
            json!([c("senior", n.clone()), c("technician", n.clone())]),
        ),
        (
            "高级工,技师",
            json!([c("senior", n.clone()), c("technician", n.clone())]),
        ),
        (
            "高级工，技师",
            json!([c("senior", n.clone()), c("technician", n.clone())]),
        ),
        (
            "高级工\n技师",
            json!([c("senior", n.clone()), c("technician", n.clone())]),
        ),
        (
            "高级工(工程技术类)；；技师 ",
            json!([
                c("senior", json!("engineering")),
                c("technician", n.clone())
            ]),
        ),
        // The vocabulary's own label of `other`.
        ("技师（其他类别）", json!([c("technician", json!("other"))])),
    ];
    for (cell, want) in cases {
        assert_eq!(
            read_cell("certificates", cell)["certificates"],
            want,
            "{cell}"
        );
    }
}

fn award(
    competition: &str,
    rank: Option<u32>,
    medal: Option<&str>,
    prize: Option<u8>,
    team: Option<u8>,
) -> Value {
    json!({"competition": competition, "rank": rank, "medal": medal, "prize": prize, "teamSize": team})
}

#[test]
fn award_spellings() {
    let cases: Vec<(&str, Value)> = vec![
        ("", json!([])),
        ("无", json!([])),
        (
            "国家级一类竞赛 第8名 单人",
            json!([award("nationalClass1", Some(8), None, None, Some(1))]),
        ),
        (
            "国家级一类竞赛第8名单人",
            json!([award("nationalClass1", Some(8), None, None, Some(1))]),
        ),
        (
            "国家级一类 第八名 单人赛项",
            json!([award("nationalClass1", Some(8), None, None, Some(1))]),
        ),
        (
            "国家级一类职业技能竞赛 决赛第10名 双人",
            json!([award("nationalClass1", Some(10), None, None, Some(2))]),
        ),
        (
            "国家级一类，第8名，单人",
            json!([award("nationalClass1", Some(8), None, None, Some(1))]),
        ),
        (
            "nationalClass1 rank 11 team 3",
            json!([award("nationalClass1", Some(11), None, None, Some(3))]),
        ),
        (
            "nationalClass1 #5 teamSize 2",
            json!([award("nationalClass1", Some(5), None, None, Some(2))]),
        ),
        (
            "nationalClass2 7th solo",
            json!([award("nationalClass2", Some(7), None, None, Some(1))]),
        ),
        (
            "nationalSkillsCompetition gold",
            json!([award(
                "nationalSkillsCompetition",
                None,
                Some("gold"),
                None,
                None
            )]),
        ),
        (
            "全国技能大赛 优胜奖",
            json!([award(
                "nationalSkillsCompetition",
                None,
                Some("excellence"),
                None,
                None
            )]),
        ),
        (
            "全国职业技能大赛 银牌",
            json!([award(
                "nationalSkillsCompetition",
                None,
                Some("silver"),
                None,
                None
            )]),
        ),
        (
            "省级一类 金牌",
            json!([award("provincialClass1", None, Some("gold"), None, None)]),
        ),
        (
            "省级二类竞赛 二等奖 三人",
            json!([award("provincialClass2", None, None, Some(2), Some(3))]),
        ),
        (
            "provincialClass2 prize 1",
            json!([award("provincialClass2", None, None, Some(1), None)]),
        ),
        (
            "世界技能大赛 铜牌",
            json!([award("worldSkills", None, Some("bronze"), None, None)]),
        ),
        (
            "世赛国家集训队",
            json!([award("worldSkillsNationalSquad", None, None, None, None)]),
        ),
        (
            "世界技能大赛国家集训队",
            json!([award("worldSkillsNationalSquad", None, None, None, None)]),
        ),
        (
            "全省技能大赛 第3名",
            json!([award("provincialComprehensive", Some(3), None, None, None)]),
        ),
        (
            "全国技能大赛 优胜奖、省级一类 金牌",
            json!([
                award(
                    "nationalSkillsCompetition",
                    None,
                    Some("excellence"),
                    None,
                    None
                ),
                award("provincialClass1", None, Some("gold"), None, None)
            ]),
        ),
        (
            "国家级一类 第8名 单人；省级一类 第1名",
            json!([
                award("nationalClass1", Some(8), None, None, Some(1)),
                award("provincialClass1", Some(1), None, None, None)
            ]),
        ),
    ];
    for (cell, want) in cases {
        assert_eq!(read_cell("awards", cell)["awards"], want, "{cell}");
    }
}

#[test]
fn honour_spellings() {
    let cases = [
        ("中华技能大奖", "chinaSkillsAward"),
        ("chinaSkillsAward", "chinaSkillsAward"),
        ("全国技术能手", "nationalTechnicalExpert"),
        ("省级技能大奖", "provincialSkillsAward"),
        ("省级技术能手", "provincialTechnicalExpert"),
        ("云南省技术能手", "provincialTechnicalExpert"),
        ("享受国务院特殊津贴", "specialAllowance"),
        ("享受国务院或省政府特殊津贴", "specialAllowance"),
        ("享受省政府特殊津贴", "specialAllowance"),
        ("国家级或省级技能大师工作室带头人", "masterStudioLead"),
        ("国家级技能大师工作室带头人", "nationalMasterStudioLead"),
        ("省级技能大师工作室负责人", "provincialMasterStudioLead"),
        ("nationalMasterStudioLead", "nationalMasterStudioLead"),
        ("provincialMasterStudioLead", "provincialMasterStudioLead"),
        ("全国劳动模范", "modelWorker"),
        ("省部级以上劳动模范", "modelWorker"),
        ("modelWorker", "modelWorker"),
    ];
    for (cell, want) in cases {
        assert_eq!(
            read_cell("honours", cell)["honours"],
            json!([want]),
            "{cell}"
        );
    }
    assert_eq!(
        read_cell("honours", "全国技术能手；中华技能大奖")["honours"],
        json!(["nationalTechnicalExpert", "chinaSkillsAward"])
    );
    assert_eq!(read_cell("honours", "")["honours"], json!([]));
}

/// Bad cells: the row names its row and column; the message says what to write.
#[test]
fn bad_cells_name_row_and_column() {
    let cases: &[(&str, &str, &str)] = &[
        ("schoolType", "", "schoolType is empty"),
        ("schoolType", "职业学校", "unknown school type"),
        ("classType", "高级工程师班", "unknown class"),
        ("studyMode", "半日制", "unknown study mode"),
        ("graduationDate", "", "graduationDate is empty"),
        ("graduationDate", "去年", "cannot read the graduation date"),
        ("graduationDate", "2023-02-30", "not a day of the calendar"),
        ("graduationDate", "2023-13", "not a day of the calendar"),
        (
            "graduationDate",
            "23-7-1",
            "cannot read the graduation date",
        ),
        (
            "graduationDate",
            "2023-07-01-02",
            "cannot read the graduation date",
        ),
        ("graduationDate", "45108", "Excel date serial"),
        ("certificates", "电工", "unknown certificate level"),
        ("certificates", "高级工（电工）", "unknown field"),
        ("awards", "第8名", "must start with the competition"),
        (
            "awards",
            "市级竞赛 第1名",
            "must start with the competition",
        ),
        ("awards", "国家级一类 第8名 好", "cannot read"),
        ("awards", "国家级一类 第0名", "out of range"),
        ("awards", "国家级一类 第99999999999名", "cannot read"),
        ("awards", "国家级一类 team 4", "out of range"),
        ("awards", "国家级一类 第8名 第9名", "two ranks"),
        ("awards", "国家级一类 金牌 银牌", "two medals"),
        ("awards", "国家级一类 单人 双人", "two teams"),
        ("honours", "优秀员工", "unknown honour"),
        ("honours", "技术能手", "gives no level"),
        ("honours", "劳动模范", "gives no level"),
        ("honours", "特殊津贴", "gives no level"),
    ];
    for (field, cell, fragment) in cases {
        let e = cell_error(field, cell);
        assert_eq!(e.row, 2, "{field}={cell:?}");
        assert_eq!(e.column, *field, "{field}={cell:?}");
        assert_eq!(
            e.field.map(Field::api_name),
            Some(*field),
            "{field}={cell:?}"
        );
        assert!(
            e.message.contains(fragment),
            "{field}={cell:?}: {:?} lacks {fragment:?}",
            e.message
        );
    }
    // A class for a school that is not a 技工院校.
    let text = format!("{HEADER}\nx,university,senior,,2023-07-01,,,\n");
    let e = run(&text).rows[0].error.clone().expect("error");
    assert_eq!((e.row, e.column.as_str()), (2, "classType"));
    assert!(e.message.contains("only to 技工院校"), "{}", e.message);
}

#[test]
fn row_errors_are_in_the_chosen_language_and_name_the_header_as_written() {
    let text = "姓名,院校类型,毕业时间\n张三,技工学校,去年\n";
    let r = run_with(text, &opts());
    let e = r.rows[0].error.clone().expect("error");
    assert_eq!(e.column, "毕业时间");
    assert_eq!(e.field, Some(Field::GraduationDate));
    assert!(e.message.contains("无法识别的毕业时间"), "{}", e.message);
    assert_eq!(r.rows[0].label, "张三");
}

#[test]
fn bad_rows_do_not_stop_the_batch() {
    let text = format!(
        "{HEADER}\n\
         a,technicianCollege,preparatoryTechnician,,2023-07-01,,,\n\
         b,technicianCollege,preparatoryTechnician,,2023-02-30,,,\n\
         c,seniorTechnicalSchool,senior,,2023-07-01,,,\n\
         d,technicalSchool,,,2023-07-01,,,\n\
         e,nowhere,,,2023-07-01,,,\n"
    );
    let r = run(&text);
    let labels: Vec<&str> = r.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["a", "b", "c", "d", "e"]);
    let errors: Vec<u32> = r
        .rows
        .iter()
        .filter_map(|r| r.error.as_ref().map(|e| e.row))
        .collect();
    assert_eq!(errors, [3, 6]);
    for row in &r.rows {
        assert_eq!(
            row.error.is_some(),
            row.outcome.is_none(),
            "row {}",
            row.row
        );
    }
    let s = r.summary;
    assert_eq!(s.rows, 5);
    assert_eq!(s.errors, 2);
    assert_eq!(s.eligible + s.ineligible + s.undetermined, 3);
    let count = |o| {
        r.rows
            .iter()
            .filter(|x| x.error.is_none() && x.outcome == Some(o))
            .count()
    };
    assert_eq!(s.eligible, count(dengtong::vocab::Outcome::Eligible));
    assert_eq!(s.ineligible, count(dengtong::vocab::Outcome::Ineligible));
    assert_eq!(
        s.undetermined,
        count(dengtong::vocab::Outcome::Undetermined)
    );
}

/// Every row is a full api.md request through `dengtong::evaluate`: the
/// batch row says what the single report says.
#[test]
fn rows_match_single_evaluations() {
    let rows = [
        "a,technicianCollege,preparatoryTechnician,fullTime,2023-07-01,technician(engineering),nationalClass1 rank 8 team 1,nationalTechnicalExpert",
        "b,technicalSchool,intermediate,partTime,2021-07-01,senior,,",
        "c,seniorTechnicalSchool,senior,,student,,,",
        "d,technicalSchool,,,2023-07-01,,,",
        "e,higherVocationalCollege,,fullTime,2020-06-30,,nationalSkillsCompetition excellence,",
        "f,technicianCollege,senior,fullTime,2024-05-01,senior,,",
        "g,technicianCollege,senior,fullTime,2024-05-02,senior,,",
    ];
    for jurisdiction in [jurisdiction::CN, jurisdiction::CN_YN] {
        for lang in [Lang::ZhCn, Lang::En] {
            let mut o = opts();
            o.jurisdiction = jurisdiction;
            o.lang = lang;
            let text = format!("{HEADER}\n{}\n", rows.join("\n"));
            let result = run_with(&text, &o);
            assert_eq!(result.rows.len(), rows.len());
            for row in &result.rows {
                let g = row.graduate.clone().expect("read");
                let req = dengtong::Request {
                    as_of: Some(AS_OF),
                    jurisdiction,
                    lang,
                    graduate: g,
                    post: Some(post()),
                    teacher: None,
                };
                let report = dengtong::evaluate(&req, AS_OF);
                let rec = report.recruitment.expect("recruitment");
                assert_eq!(row.outcome, Some(rec.outcome), "{}", row.label);
                assert_eq!(row.purpose, rec.purpose, "{}", row.label);
                assert_eq!(row.level, rec.level, "{}", row.label);
                let missing: Vec<String> = rec.missing.iter().map(|f| f.path()).collect();
                assert_eq!(row.missing, missing, "{}", row.label);
                let texts = |v: &[dengtong::report::Text]| -> Vec<String> {
                    v.iter().map(|t| t.text.to_string()).collect()
                };
                assert_eq!(row.to_qualify, texts(&rec.to_qualify), "{}", row.label);
                assert_eq!(row.caveats, texts(&rec.caveats), "{}", row.label);
                let mut reasons: Vec<String> = Vec::new();
                for r in &rec.reasons {
                    if !reasons.iter().any(|x| *x == r.text) {
                        reasons.push(r.text.to_string());
                    }
                }
                assert_eq!(row.reasons, reasons, "{}", row.label);
                let routes: Vec<_> = report
                    .direct_recruitment
                    .iter()
                    .filter(|d| d.outcome == dengtong::vocab::Outcome::Eligible)
                    .map(|d| d.route)
                    .collect();
                assert_eq!(row.direct_routes, routes, "{}", row.label);
                let ents: Vec<_> = report
                    .entitlements
                    .iter()
                    .filter(|e| e.status == dengtong::vocab::Outcome::Eligible)
                    .map(|e| e.id)
                    .collect();
                assert_eq!(row.entitlements, ents, "{}", row.label);
                // Every document number cited for the outcome is listed, once.
                for r in &rec.reasons {
                    for c in r.citations.iter().flatten() {
                        let d = c.clause.doc;
                        let name = if d.number.is_empty() {
                            format!("《{}》", d.title)
                        } else {
                            d.number.to_owned()
                        };
                        assert!(row.documents.contains(&name), "{}: {name}", row.label);
                    }
                }
                let mut seen = row.documents.clone();
                seen.sort();
                seen.dedup();
                assert_eq!(seen.len(), row.documents.len(), "{}", row.label);
            }
        }
    }
}

#[test]
fn outcomes_differ_where_the_applicants_do() {
    // A bachelor's-level post: a 预备技师班 graduate qualifies, a 中级工班
    // graduate does not, and one still enrolled has not graduated.
    let text = format!(
        "{HEADER}\n\
         a,technicianCollege,preparatoryTechnician,,2023-07-01,,,\n\
         b,technicalSchool,intermediate,,2023-07-01,,,\n"
    );
    let r = run(&text);
    let outcomes: Vec<_> = r.rows.iter().map(|r| r.outcome).collect();
    use dengtong::vocab::Outcome::*;
    assert_eq!(outcomes, [Some(Eligible), Some(Ineligible)]);
    assert!(!r.rows[0].documents.is_empty());
    assert!(!r.rows[0].reasons.is_empty());
}

// ---------------------------------------------------------------------------
// CSV structure

#[test]
fn quoting_blank_lines_and_row_numbers() {
    let text = "\u{FEFF}label,schoolType,graduationDate,certificates\r\n\
                \r\n\
                \"Zhang, San\",技工学校,2023-07-01,\"高级工,技师\"\r\n\
                \"Li \"\"Si\"\"\",技工学校,2023-07-01,\r\n\
                \"Wang\nWu\",技工学校,2023-07-01,\"高级工\r\n技师\"\r\n\
                ,,,\r\n\
                \x20\x20,\x20,,\r\n\
                Zhao,技工学校,2023-07-01,\r\n\
                \r\n";
    let r = run(text);
    let got: Vec<(u32, &str)> = r.rows.iter().map(|r| (r.row, r.label.as_str())).collect();
    // Row 2 is blank; "Wang\nWu" stays one row (5); rows 6 and 7 are blank.
    assert_eq!(
        got,
        [
            (3, "Zhang, San"),
            (4, "Li \"Si\""),
            (5, "Wang\nWu"),
            (8, "Zhao")
        ]
    );
    assert_eq!(
        graduate(&r.rows[0])["certificates"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        graduate(&r.rows[2])["certificates"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(r.summary.rows, 4);
}

#[test]
fn line_ends_and_delimiters() {
    let rows = [
        "label,schoolType,graduationDate\na,技工学校,2023-07-01\nb,技工学校,2023-07-01\n",
        "label,schoolType,graduationDate\r\na,技工学校,2023-07-01\r\nb,技工学校,2023-07-01\r\n",
        "label,schoolType,graduationDate\ra,技工学校,2023-07-01\rb,技工学校,2023-07-01\r",
        "label\tschoolType\tgraduationDate\na\t技工学校\t2023-07-01\nb\t技工学校\t2023-07-01",
        "label;schoolType;graduationDate\na;技工学校;2023-07-01\nb;技工学校;2023-07-01",
        "\u{FEFF}label,schoolType,graduationDate\na,技工学校,2023-07-01\nb,技工学校,2023-07-01",
    ];
    for text in rows {
        let r = run(text);
        let got: Vec<(u32, &str)> = r.rows.iter().map(|r| (r.row, r.label.as_str())).collect();
        assert_eq!(got, [(2, "a"), (3, "b")], "{text:?}");
        assert!(r.rows.iter().all(|r| r.error.is_none()), "{text:?}");
    }
}

#[test]
fn extra_cells_are_an_error_only_when_they_hold_something() {
    let text = "label,schoolType,graduationDate\n\
                a,技工学校,2023-07-01,,,\n\
                b,技工学校,2023-07-01,oops\n\
                c,技工学校\n";
    let r = run(text);
    assert!(r.rows[0].error.is_none());
    let e = r.rows[1].error.clone().expect("extra cell");
    assert_eq!((e.row, e.column.as_str(), e.field), (3, "", None));
    assert!(
        e.message.contains("more than the header's 3 columns"),
        "{}",
        e.message
    );
    // A short row: the missing cells are empty, so graduationDate is empty.
    let e = r.rows[2].error.clone().expect("short row");
    assert_eq!(e.column, "graduationDate");
}

// ---------------------------------------------------------------------------
// Headers

#[test]
fn chinese_and_english_headers_in_any_order() {
    let headers = [
        "姓名,院校类型,班级,学习方式,毕业时间,证书,竞赛获奖,荣誉",
        "label,schoolType,classType,studyMode,graduationDate,certificates,awards,honours",
        " LABEL , School Type ,class_type,STUDY-MODE,Graduation Date,Certificates,AWARDS,Honors",
        "\u{FEFF}编号,学校类型,班级层次,学习形式,毕业日期,职业资格证书,获奖情况,荣誉称号",
        "姓名/编号,院校类型,班级,学习方式,毕业时间,证书,竞赛获奖,荣誉",
        "姓名 / 编号,院校　类型,班　级,学习方式,毕业时间,证书,竞赛获奖,荣誉",
        "ｌａｂｅｌ,schoolType,classType,studyMode,graduationDate,certificates,awards,honours",
    ];
    let row = "x,技师学院,预备技师班,全日制,2023-07-01,技师,全国技能大赛 金牌,全国技术能手";
    let mut first: Option<Value> = None;
    for h in headers {
        let r = run(&format!("{h}\n{row}\n"));
        assert!(r.warnings.is_empty(), "{h}: {:?}", r.warnings);
        let g = graduate(&r.rows[0]);
        assert_eq!(r.rows[0].label, "x");
        match &first {
            None => first = Some(g),
            Some(f) => assert_eq!(&g, f, "{h}"),
        }
        let fields: Vec<_> = r.columns.iter().map(|c| c.field).collect();
        assert!(fields.iter().all(Option::is_some), "{h}");
    }
    // Order is free.
    let r = run("荣誉,毕业时间,院校类型,姓名\n全国技术能手,2023-07-01,技师学院,y\n");
    assert_eq!(r.rows[0].label, "y");
    assert_eq!(
        graduate(&r.rows[0])["honours"],
        json!(["nationalTechnicalExpert"])
    );
    assert_eq!(r.columns[0].header, "荣誉");
}

#[test]
fn unknown_columns_are_an_error_or_ignored_with_a_warning() {
    // 电话 and 备注 are usual 报名表 columns, not used; 证书名称 looks like a
    // misspelt 证书 and stops the file; 家长意见 is unknown.
    let text = "姓名,院校类型,毕业时间,电话,备注,证书名称,家长意见\n张三,技师学院,2023-07-01,138,无,高级工,好\n";
    let e = file_error(text, &en());
    assert_eq!(e.code, ErrorCode::InvalidCsv);
    assert_eq!(e.path, "header");
    for name in ["证书名称", "家长意见", "misspelling of \"certificates\""] {
        assert!(e.message.contains(name), "{}", e.message);
    }
    assert!(!e.message.contains("\"电话\""), "{}", e.message);
    let mut o = en();
    o.ignore_unknown_columns = true;
    let r = run_with(text, &o);
    assert_eq!(r.warnings.len(), 1);
    assert!(r.warnings[0].contains("证书名称") && r.warnings[0].contains("家长意见"));
    assert!(r.rows[0].error.is_none());
    assert_eq!(graduate(&r.rows[0])["certificates"], json!([]));
    let status = |s: ColumnStatus| -> Vec<&str> {
        r.columns
            .iter()
            .filter(|c| c.status == s)
            .map(|c| c.header.as_str())
            .collect()
    };
    assert_eq!(status(ColumnStatus::NotUsed), ["电话", "备注"]);
    assert_eq!(status(ColumnStatus::Ignored), ["证书名称", "家长意见"]);
    assert!(r.notes[0].contains("电话"), "{:?}", r.notes);
    // Many unknown columns: the message stays short.
    let many: Vec<String> = (0..50).map(|i| format!("extra{i}")).collect();
    let text = format!("label,schoolType,graduationDate,{}\n", many.join(","));
    let e = file_error(&text, &en());
    assert!(e.message.contains("(+40)"), "{}", e.message);
    assert!(e.message.len() < 1000);
}

#[test]
fn empty_header_cells_are_ignored_silently() {
    let r = run("label,schoolType,graduationDate,,\na,技工学校,2023-07-01,,\n");
    assert!(r.warnings.is_empty());
    assert!(r.rows[0].error.is_none());
}

#[test]
fn header_problems_are_file_errors() {
    let cases: &[(&str, &str)] = &[
        (
            "label,schoolType\na,技工学校\n",
            "required columns missing: graduationDate",
        ),
        ("label,classType\n", "schoolType"),
        ("姓名,证书,证书\n", "two columns hold certificates"),
        (
            "证书,certificates,schoolType,graduationDate\n",
            "two columns hold certificates",
        ),
        ("", "empty"),
        ("\u{FEFF}", "empty"),
        ("\n\r\n\n", "empty"),
        (",,,\n,,\n", "empty"),
    ];
    for (text, fragment) in cases {
        let e = file_error(text, &en());
        assert_eq!(e.code, ErrorCode::InvalidCsv, "{text:?}");
        assert!(e.message.contains(fragment), "{text:?}: {}", e.message);
    }
    // No label column: allowed, with a warning.
    let r = run("schoolType,graduationDate\n技工学校,2023-07-01\n");
    assert_eq!(r.rows[0].label, "");
    assert!(r.warnings[0].contains("no label column"));
    // Chinese messages in zh-CN.
    let e = file_error("姓名,院校类型\n", &opts());
    assert!(e.message.contains("缺少必需的列"), "{}", e.message);
    // A header only: no rows, no error.
    let r = run(HEADER);
    assert_eq!(r.summary.rows, 0);
}

// ---------------------------------------------------------------------------
// Encodings

#[test]
fn gbk_fixture_reads_like_the_utf8_one() {
    let utf8 = std::fs::read(format!("{FIXTURES}/applicants-zh.csv")).unwrap();
    let gbk = std::fs::read(format!("{FIXTURES}/applicants-gbk.csv")).unwrap();
    assert!(
        std::str::from_utf8(&gbk).is_err(),
        "the GBK fixture must not be UTF-8"
    );
    assert!(utf8.starts_with(b"\xEF\xBB\xBF"));
    let a = run(&decode(&utf8).unwrap());
    let b = run(&decode(&gbk).unwrap());
    assert_eq!(a.rows, b.rows);
    assert_eq!(a.summary, b.summary);
    assert_eq!(a.rows[0].label, "张三");
    assert_eq!(a.summary.rows, 6);
}

#[test]
fn undecodable_bytes_are_refused() {
    // UTF-16 (Excel "Unicode text").
    let e = decode(b"\xFF\xFEl\0a\0").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidCsv);
    assert!(e.message.contains("UTF-16"));
    // Bytes that are neither UTF-8 nor GBK (0x80 alone, 0xFF lead bytes).
    let e = decode(b"label\x80\xFF\xFF,schoolType").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidCsv);
    // Valid UTF-8 is borrowed as is.
    assert!(matches!(
        decode("姓名".as_bytes()),
        Ok(std::borrow::Cow::Borrowed("姓名"))
    ));
}

// ---------------------------------------------------------------------------
// Hostile input: bounded work, clear errors, no panic.

/// A small deterministic generator (xorshift), so the junk is the same every run.
fn junk(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

#[test]
fn binary_junk_is_a_file_error_or_harmless_rows() {
    for seed in 1..40u64 {
        let bytes = junk(4096, seed);
        match decode(&bytes) {
            Err(e) => assert_eq!(e.code, ErrorCode::InvalidCsv),
            Ok(text) => {
                if let Err(e) = evaluate_csv(&text, &post(), &en()) {
                    assert_eq!(e.code, ErrorCode::InvalidCsv);
                }
            }
        }
        // The same junk as lossy UTF-8 straight into the core.
        let text = String::from_utf8_lossy(&bytes);
        let e = evaluate_csv(&text, &post(), &en()).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidCsv, "seed {seed}");
    }
    let e = file_error("label,schoolType\0,graduationDate\n", &en());
    assert!(e.message.contains("NUL"));
    let e = file_error("label,school\u{FFFD}Type,graduationDate\n", &en());
    assert!(e.message.contains("wrong encoding"));
}

#[test]
fn a_50_mb_single_line_is_refused() {
    let line = "x".repeat(50 * 1024 * 1024);
    let e = file_error(&line, &en());
    assert_eq!((e.code, e.path.as_str()), (ErrorCode::InvalidCsv, "header"));
    assert!(
        e.message.contains("longer than 1000 characters"),
        "{}",
        e.message
    );
    // As one cell of a data row: that row's error, the rest goes on.
    let text = format!(
        "{HEADER}\n{line},technicalSchool,,,2023-07-01,,,\nb,technicalSchool,,,2023-07-01,,,\n"
    );
    let r = run(&text);
    let e = r.rows[0].error.clone().expect("too long");
    assert_eq!(e.column, "label");
    assert!(e.message.contains("longer than 1000"));
    assert!(r.rows[0].label.chars().count() <= 1001);
    assert!(r.rows[1].error.is_none());
    // An unbalanced quote swallows the rest of the file into one cell.
    let text = format!(
        "{HEADER}\na,technicalSchool,,,2023-07-01,\"高级工,,\n{}",
        "b,technicalSchool,,,2023-07-01,,,\n".repeat(100)
    );
    let e = run(&text).rows[0].error.clone().expect("unbalanced");
    assert!(e.message.contains("opening quote"), "{}", e.message);
    // Over the byte limit.
    let mut o = en();
    o.limits.max_bytes = 1024;
    let e = file_error(&"a,".repeat(600), &o);
    assert!(e.message.contains("too large"));
}

#[test]
fn a_thousand_columns_are_refused() {
    let header: Vec<String> = (0..1000).map(|i| format!("c{i}")).collect();
    let e = file_error(&header.join(","), &en());
    assert_eq!(e.path, "header");
    assert!(e.message.contains("too many columns"), "{}", e.message);
    assert!(e.message.contains("1000"));
    // A data row of a million cells under a proper header: one row error.
    let text = format!(
        "{HEADER}\nx,technicalSchool,,,2023-07-01{}\n",
        ",y".repeat(1_000_000)
    );
    let r = run(&text);
    assert!(r.rows[0]
        .error
        .as_ref()
        .unwrap()
        .message
        .contains("1000005 cells"));
}

#[test]
fn too_many_rows_are_refused_before_any_evaluation() {
    // 200,001 applicants: over the default limit of 200,000.
    let limits = Limits::default();
    assert_eq!(limits.max_rows, 200_000);
    let mut text = String::with_capacity(5_000_000);
    text.push_str("label,schoolType,graduationDate\n");
    for i in 0..=limits.max_rows {
        text.push_str(&format!("{i},?,?\n"));
    }
    let e = file_error(&text, &en());
    assert!(
        e.message.contains("too many rows: at most 200000"),
        "{}",
        e.message
    );
    assert!(e.message.contains("row 200002"), "{}", e.message);
    // Exactly at a (lowered) limit: fine; one more: refused.
    let mut o = en();
    o.limits.max_rows = 3;
    let base =
        "label,schoolType,graduationDate\na,技工学校,在校\nb,技工学校,在校\nc,技工学校,在校\n";
    assert_eq!(run_with(base, &o).summary.rows, 3);
    let e = file_error(&format!("{base}d,技工学校,在校\n"), &o);
    assert!(e.message.contains("at most 3"));
    // Blank rows do not count.
    assert_eq!(run_with(&format!("{base}\n\n,,\n"), &o).summary.rows, 3);
}

#[test]
fn a_hundred_thousand_rows_are_read_in_one_pass() {
    // Row errors only (no engine work), so this measures the reader: it
    // must finish, and number every row.
    let mut text = String::from("label,schoolType,graduationDate\n");
    for i in 0..100_000 {
        text.push_str(&format!("{i},?,2023-07-01\n"));
    }
    let r = run(&text);
    assert_eq!(r.summary.rows, 100_000);
    assert_eq!(r.summary.errors, 100_000);
    assert_eq!(r.rows.last().map(|r| r.row), Some(100_001));
}

// ---------------------------------------------------------------------------
// Export

fn parse_export(csv_text: &str) -> Vec<Vec<String>> {
    let body = csv_text.strip_prefix('\u{FEFF}').expect("BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn export_has_bom_headers_in_language_and_crlf() {
    let text = format!(
        "{HEADER}\n\
         \"Zhang, San\",technicianCollege,preparatoryTechnician,,2023-07-01,,,\n\
         b,nowhere,,,2023-07-01,,,\n"
    );
    let r = run(&text);
    for (lang, first, outcome) in [(Lang::ZhCn, "行号", "符合"), (Lang::En, "row", "eligible")]
    {
        let out = to_csv(&r, lang);
        assert!(out.starts_with('\u{FEFF}'));
        assert!(out.contains("\r\n"));
        let table = parse_export(&out);
        assert_eq!(table.len(), 3);
        assert_eq!(table[0][0], first);
        assert!(table.iter().all(|r| r.len() == table[0].len()));
        assert_eq!(table[1][0], "2");
        assert_eq!(table[1][1], "Zhang, San");
        assert_eq!(table[1][2], outcome);
        // The error row names its column and message.
        let n = table[0].len();
        assert_eq!(table[2][n - 2], "schoolType");
        assert!(table[2][n - 1].contains("unknown school type"));
    }
    let en_header = parse_export(&to_csv(&r, Lang::En)).remove(0);
    assert_eq!(
        en_header,
        [
            "row",
            "label",
            "outcome",
            "purpose",
            "level",
            "directRoutes",
            "entitlements",
            "documents",
            "reasons",
            "missing",
            "toQualify",
            "caveats",
            "notes",
            "errorColumn",
            "error"
        ]
    );
}

#[test]
fn export_neutralises_formulas() {
    let labels = [
        "=1+1",
        "+1",
        "-1",
        "@SUM(A1)",
        "=HYPERLINK(\"http://evil\",\"x\")",
        "-2+3;=cmd|' /C calc'!A0",
    ];
    let mut text = String::from("label,schoolType,graduationDate\n");
    for l in labels {
        text.push_str(&format!(
            "\"{}\",技工学校,2023-07-01\n",
            l.replace('"', "\"\"")
        ));
    }
    // Labels are trimmed, so a leading space does not hide a formula.
    text.push_str("\" =1+1\",技工学校,2023-07-01\n");
    let r = run(&text);
    assert_eq!(r.rows.len(), labels.len() + 1);
    let table = parse_export(&to_csv(&r, Lang::En));
    for (row, label) in table
        .iter()
        .skip(1)
        .zip(labels.iter().chain(["=1+1"].iter()))
    {
        assert_eq!(row[1], format!("'{label}"));
    }
    // Tab and carriage return lead-ins (labels are trimmed, other cells may not be).
    assert_eq!(dengtong::batch::neutralise("\tx"), "'\tx");
    assert_eq!(dengtong::batch::neutralise("\rx"), "'\rx");
    // Every exported cell: none starts a formula.
    for row in &table {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
    assert_eq!(dengtong::batch::neutralise("张三"), "张三");
    assert_eq!(dengtong::batch::neutralise("a=b"), "a=b");
}

#[test]
fn result_serialises_to_json() {
    let r = run(&format!(
        "{HEADER}\na,technicianCollege,preparatoryTechnician,,2023-07-01,,,\nb,x,,,2023-07-01,,,\n"
    ));
    let v: Value = serde_json::from_str(&dengtong::batch::to_json(&r)).unwrap();
    assert_eq!(v["asOf"], "2024-05-01");
    assert_eq!(v["summary"]["rows"], 2);
    assert_eq!(v["summary"]["errors"], 1);
    assert_eq!(v["rows"][0]["row"], 2);
    assert_eq!(
        v["rows"][0]["graduate"]["classType"],
        "preparatoryTechnician"
    );
    assert!(v["rows"][0]["directRoutes"].is_array());
    assert_eq!(v["rows"][1]["error"]["row"], 3);
    assert_eq!(v["rows"][1]["error"]["column"], "schoolType");
    assert_eq!(v["rows"][1]["error"]["field"], "schoolType");
    assert_eq!(v["rows"][1]["outcome"], Value::Null);
    assert_eq!(
        v["columns"][0],
        json!({"header": "label", "field": "label", "status": "read"})
    );
}

// ---------------------------------------------------------------------------
// Options and post (the JavaScript boundary's entry points)

#[test]
fn options_and_post_parse_from_json() {
    let today = Date::ymd(2025, 1, 2);
    let o = parse_options("{}", today).unwrap();
    assert_eq!(o, BatchOptions::new(today));
    let o = parse_options(
        r#"{"asOf":"2024-05-01","jurisdiction":"CN-YN","lang":"en","ignoreUnknownColumns":true,"limits":{"maxRows":10}}"#,
        today,
    )
    .unwrap();
    assert_eq!(o.as_of, AS_OF);
    assert_eq!(o.jurisdiction, jurisdiction::CN_YN);
    assert_eq!(o.lang, Lang::En);
    assert!(o.ignore_unknown_columns);
    assert_eq!(o.limits.max_rows, 10);
    assert_eq!(o.limits.max_columns, Limits::default().max_columns);
    let e = parse_options(r#"{"asof":"2024-05-01"}"#, today).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidRequest);
    let e = parse_options(r#"{"asOf":"2024-02-30"}"#, today).unwrap_err();
    assert_eq!(
        (e.code, e.path.as_str()),
        (ErrorCode::InvalidDate, "options.asOf")
    );
    let e = parse_options(r#"{"jurisdiction":"CN-BJ"}"#, today).unwrap_err();
    assert_eq!(e.code, ErrorCode::UnsupportedJurisdiction);

    let e = parse_post(r#"{"employer":"school","postType":"professional"}"#).unwrap_err();
    assert_eq!(
        (e.code, e.path.as_str()),
        (ErrorCode::InvalidRequest, "post.employer")
    );
    let e = parse_post(r#"{"employer":"enterprise"}"#).unwrap_err();
    assert_eq!(
        (e.code, e.path.as_str()),
        (ErrorCode::InvalidRequest, "post.postType")
    );
    let e = parse_post("not json").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidJson);
    assert!(parse_post(r#"{"employer":"enterprise","postType":"professional","x":1}"#).is_err());
}

// ---------------------------------------------------------------------------
// The native command

#[cfg(not(target_arch = "wasm32"))]
mod command {
    use super::*;
    use std::process::{Command, Output};

    fn dengtong(args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_dengtong"))
            .args(args)
            .output()
            .expect("the command runs")
    }

    fn fixture(name: &str) -> String {
        format!("{FIXTURES}/{name}")
    }

    fn batch(file: &str, extra: &[&str]) -> Output {
        let (f, p) = (fixture(file), fixture("post-pi-bachelor.json"));
        let mut args = vec![
            "batch",
            f.as_str(),
            "--post",
            p.as_str(),
            "--as-of",
            "2024-05-01",
        ];
        args.extend_from_slice(extra);
        dengtong(&args)
    }

    #[test]
    fn csv_output_for_the_chinese_fixture() {
        let out = batch("applicants-zh.csv", &[]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let table = parse_export(&text);
        assert_eq!(table[0][0], "行号");
        let labels: Vec<&str> = table.iter().skip(1).map(|r| r[1].as_str()).collect();
        assert_eq!(
            labels,
            ["张三", "李四", "王五", "赵六", "钱七, 二班", "孙八"]
        );
        let rows: Vec<&str> = table.iter().skip(1).map(|r| r[0].as_str()).collect();
        assert_eq!(rows, ["2", "3", "4", "5", "7", "8"]);
        assert_eq!(table[1][2], "符合");
        let n = table[0].len();
        assert_eq!(table[4][n - 2], "班级");
        assert_eq!(table[6][n - 2], "毕业时间");
    }

    #[test]
    fn gbk_and_utf8_fixtures_give_the_same_output() {
        let a = batch("applicants-zh.csv", &["--format", "json"]);
        let b = batch("applicants-gbk.csv", &["--format", "json"]);
        assert!(a.status.success() && b.status.success());
        let mut a: Value = serde_json::from_slice(&a.stdout).unwrap();
        let mut b: Value = serde_json::from_slice(&b.stdout).unwrap();
        assert_eq!(a["source"]["encoding"], "utf-8");
        assert_eq!(b["source"]["encoding"], "gbk");
        a["source"]["encoding"] = Value::Null;
        b["source"]["encoding"] = Value::Null;
        assert_eq!(a, b);
        let csv_a = batch("applicants-zh.csv", &[]);
        let csv_b = batch("applicants-gbk.csv", &[]);
        assert_eq!(csv_a.stdout, csv_b.stdout);
    }

    #[test]
    fn json_output_english_headers_and_neutralised_label() {
        let out = batch(
            "applicants-en.csv",
            &[
                "--format",
                "json",
                "--lang",
                "en",
                "--jurisdiction",
                "CN-YN",
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["jurisdiction"], "CN-YN");
        assert_eq!(v["lang"], "en");
        assert_eq!(v["summary"]["rows"], 4);
        assert_eq!(v["summary"]["errors"], 0);
        assert_eq!(v["rows"][0]["label"], "A-001");
        assert_eq!(
            v["rows"][0]["graduate"]["certificates"][0]["field"],
            "engineering"
        );
        // JSON keeps the label as written; the CSV export neutralises it.
        assert_eq!(v["rows"][3]["label"], "=HYPERLINK(\"http://x\")");
        let out = batch("applicants-en.csv", &["--lang", "en"]);
        let table = parse_export(&String::from_utf8(out.stdout).unwrap());
        assert_eq!(table[0][0], "row");
        assert_eq!(table[4][1], "'=HYPERLINK(\"http://x\")");
    }

    #[test]
    fn output_file_and_summary() {
        let dir = std::env::temp_dir().join(format!("dengtong-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.csv");
        let p = path.to_str().unwrap();
        let out = batch("applicants-zh.csv", &["--output", p]);
        assert!(out.status.success());
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("6 rows:"), "{stderr}");
        assert!(stderr.contains("2 errors"), "{stderr}");
        let written = std::fs::read(&path).unwrap();
        assert!(written.starts_with(b"\xEF\xBB\xBF"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn file_errors_exit_2_with_api_error_json() {
        let cases: [(Output, &str, &str); 4] = [
            (batch("unknown-column.csv", &[]), "invalid_csv", "header"),
            (
                dengtong(&[
                    "batch",
                    &fixture("applicants-zh.csv"),
                    "--post",
                    &fixture("post-bad.json"),
                ]),
                "invalid_request",
                "post.employer",
            ),
            (batch("no-such-file.csv", &[]), "invalid_csv", ""),
            (batch("post-pi-bachelor.json", &[]), "invalid_csv", "header"),
        ];
        for (out, code, path) in cases {
            assert_eq!(out.status.code(), Some(2));
            assert!(out.stdout.is_empty());
            let v: Value = serde_json::from_slice(&out.stderr)
                .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
            assert_eq!(v["error"]["code"], code);
            assert_eq!(v["error"]["path"], path);
            assert!(v["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()));
        }
        // --ignore-unknown-columns makes the unknown-column file readable.
        let out = batch(
            "unknown-column.csv",
            &["--ignore-unknown-columns", "--format", "json"],
        );
        assert!(out.status.success());
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["warnings"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn reads_standard_input() {
        use std::io::Write;
        let mut child = Command::new(env!("CARGO_BIN_EXE_dengtong"))
            .args([
                "batch",
                "-",
                "--post",
                &fixture("post-pi-bachelor.json"),
                "--as-of",
                "2024-05-01",
                "--format",
                "json",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all("姓名,院校类型,毕业时间\n张三,技工学校,在校\n".as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["rows"][0]["label"], "张三");
        assert_eq!(v["rows"][0]["graduate"]["graduationDate"], Value::Null);
    }
}
