//! D. Subsidies and benefits (补贴与待遇).
//!
//! Entitlements are a union (catalogue §1 item 4). The policy entitlements
//! (subsidies, loans, relief, the 高校毕业生 umbrella) come out once per id:
//! every rule that grants an id adds its citations and conditions, and
//! `eligible` beats `undetermined`. The award-based entitlements (竞赛奖金,
//! 竞赛晋升职业技能等级) come out once per qualifying award and scheme, with
//! `award` naming the index into `graduate.awards`.
//!
//! No amount is given that the corpus does not print: only the 技能云南 cash
//! table (benefit.cash.yn.2021) prints amounts. No number of skill levels is
//! given for a competition placing.

use crate::date::Date;
use crate::law::cn::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Citation, Entitlement, Equivalence};
use crate::request::{Award, ClassType, Competition, Education, Medal, SchoolType};
use crate::text::{pick, t, Str, Text};
use crate::vocab::{EntitlementId, Outcome, Purpose};

use super::{push_unique, Ctx};

use EntitlementId::*;

// Not modelled: the 教练团队/技术团队 awards of 云政发〔2021〕28号 28. (they go to
// coaches and technical teams, not to the competitor); awards by 州市 and
// 行业企业 (L2346, no amounts); 高端培训补助 for some 技工院校 occupations (L3408,
// no person-level criteria); the national 竞赛 framework of 中办发〔2022〕58号
// (L214 sets no promotion rule: under CN no skillLevelPromotion is emitted).

const AMOUNT_NOT_IN_CORPUS: Text = t(
    "由地方规定；语料未载明金额",
    "set by local rules; not in the corpus",
);

// ------------------------------------------------------------ D1 national

/// 技师学院高级工班、预备技师班和特殊教育院校职业教育类毕业生参照高校毕业生享受就业补贴政策.
/// 自2015年起 names the year of the policy, not a graduation year.
pub static COLLEGEGRAD_CN_2015: Rule = Rule {
    id: "benefit.collegegrad.cn.2015",
    gloss: t(
        "技师学院高级工班、预备技师班和特殊教育院校职业教育类毕业生参照高校毕业生享受就业见习、求职创业、税费减免、创业担保贷款、社会保险、职业培训和技能鉴定补贴等政策。",
        "Graduates of 技师学院 高级工班 and 预备技师班, and of vocational programmes at special-education schools, share the college-graduate subsidies: internship, job-seeking, tax relief, guaranteed loans, social insurance, training and skill assessment.",
    ),
    cites: &[
        cite(&rsbf_2015_73::FROM_2015),
        cite(&rsbf_2015_73::INTERNSHIP_JOBSEEKING),
        cite(&rsbf_2015_73::OTHER_POLICIES),
    ],
    superseded: None,
};

const AS_FOR_COLLEGE_GRADUATES: Text = t(
    "须符合条件：按规定参照高校毕业生的条件享受",
    "符合条件: on the same conditions as for college graduates (高校毕业生), 按规定",
);
const SELF_EMPLOYED: Text = t(
    "限自谋职业或自主创业",
    "only when self-employed or starting a business (自谋职业、自主创业)",
);

/// The ids of the 2015 notice, with the quotes that name each.
const COLLEGEGRAD_2015_IDS: [(EntitlementId, &[&Clause], Option<Text>); 8] = [
    (CollegeGraduatePolicies, &[&rsbf_2015_73::FROM_2015], None),
    (
        InternshipSubsidy,
        &[
            &rsbf_2015_73::FROM_2015,
            &rsbf_2015_73::INTERNSHIP_JOBSEEKING,
        ],
        None,
    ),
    (
        JobSeekingStartupSubsidy,
        &[
            &rsbf_2015_73::FROM_2015,
            &rsbf_2015_73::INTERNSHIP_JOBSEEKING,
        ],
        None,
    ),
    (
        TaxRelief,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        Some(SELF_EMPLOYED),
    ),
    (
        StartupGuaranteedLoan,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        Some(SELF_EMPLOYED),
    ),
    (
        SocialInsuranceSubsidy,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        None,
    ),
    (
        TrainingSubsidy,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        None,
    ),
    (
        SkillAssessmentSubsidy,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        None,
    ),
];

fn collegegrad_2015(ctx: &Ctx, out: &mut Vec<Grant>) {
    if !ctx.in_force(&COLLEGEGRAD_CN_2015) || !ctx.graduated {
        return;
    }
    // 技师学院高级工班、预备技师班 (not 中级工班, not 高级技工学校), or 特殊教育院校职业教育类.
    let covered = match ctx.school() {
        SchoolType::TechnicianCollege => matches!(
            ctx.class,
            Some(ClassType::Senior | ClassType::PreparatoryTechnician)
        ),
        SchoolType::SpecialEducationSchool => true,
        _ => false,
    };
    if !covered {
        return;
    }
    for (id, quotes, extra) in COLLEGEGRAD_2015_IDS {
        let mut g = Grant::new(ctx, id, Outcome::Eligible, &COLLEGEGRAD_CN_2015, quotes);
        g.condition(ctx, AS_FOR_COLLEGE_GRADUATES);
        if let Some(c) = extra {
            g.condition(ctx, c);
        }
        out.push(g);
    }
}

/// 将自主创业的技工院校毕业生纳入政策扶持对象；技师学院高级工班及以上的创业学生参照高校毕业生.
pub static STARTUP_CN_2018: Rule = Rule {
    id: "benefit.startup.cn.2018",
    gloss: t(
        "自主创业的技工院校毕业生可申请税费减免、创业担保贷款、创业补贴、场租补贴；技师学院高级工班及以上的创业学生可参照享受高校毕业生就业创业政策。",
        "技工院校 graduates who start a business may apply for tax relief, guaranteed loans, start-up and rent subsidies; 技师学院 students of 高级工班 and above who start a business share the college-graduate policies.",
    ),
    cites: &[
        cite(&rstf_2018_138::STARTUP_GRADUATES),
        cite(&rstf_2018_138::STARTUP_STUDENTS),
    ],
    superseded: None,
};

const STARTUP_GRADUATES: Text = t(
    "限自主创业且符合条件的毕业生",
    "only for graduates who start their own business (自主创业) and meet the conditions (符合条件)",
);
const STARTUP_STUDENTS: Text = t(
    "限创业的技师学院高级工班及以上学生或毕业生（“可参照享受”）",
    "only for 技师学院 students (or graduates) of 高级工班 or above who start a business (创业); 可参照享受",
);

fn startup_2018(ctx: &Ctx, out: &mut Vec<Grant>) {
    if !ctx.in_force(&STARTUP_CN_2018) {
        return;
    }
    // (a) any graduated 技工院校 graduate, whatever the class.
    if ctx.technical && ctx.graduated {
        for id in [
            TaxRelief,
            StartupGuaranteedLoan,
            StartupSubsidy,
            RentSubsidy,
        ] {
            let mut g = Grant::new(
                ctx,
                id,
                Outcome::Eligible,
                &STARTUP_CN_2018,
                &[&rstf_2018_138::STARTUP_GRADUATES],
            );
            g.condition(ctx, STARTUP_GRADUATES);
            out.push(g);
        }
    }
    // (b) 技师学院高级工班及以上, student or graduate.
    if ctx.school() == SchoolType::TechnicianCollege
        && matches!(
            ctx.class,
            Some(ClassType::Senior | ClassType::PreparatoryTechnician)
        )
    {
        let mut g = Grant::new(
            ctx,
            CollegeGraduatePolicies,
            Outcome::Eligible,
            &STARTUP_CN_2018,
            &[&rstf_2018_138::STARTUP_STUDENTS],
        );
        g.condition(ctx, STARTUP_STUDENTS);
        out.push(g);
    }
}

/// The 就业 equivalence of group A, read as the 高校毕业生 umbrella
/// (catalogue §4 Q17): an umbrella id only, never a specific subsidy.
pub static COLLEGEGRAD_EQUIV: Rule = Rule {
    id: "benefit.collegegrad.equiv",
    gloss: t(
        "就业方面按大学专科、本科毕业生对待的技工院校毕业生，参照享受高校毕业生就业创业政策（仅为总称，不据此认定具体补贴）。",
        "技工院校 graduates treated as 大学专科 or 本科 graduates in 就业 share the college-graduate employment policies (an umbrella only; no specific subsidy follows from it).",
    ),
    cites: &[
        cite(&rsbf_2021_48::CLASSES_EQUAL),
        cite(&yzf_2021_28::CLASSES_EQUAL),
        cite(&ybf_2023_9::CLASSES_EQUAL),
    ],
    superseded: None,
};

const EQUIV_UMBRELLA: Text = t(
    "在就业方面按大学专科/本科毕业生对待；具体补贴项目只在人社部发〔2015〕73号和云人社发〔2022〕15号中列明",
    "treated as 大学专科/本科 graduates in 就业; specific subsidies are named only in 人社部发〔2015〕73号 (benefit.collegegrad.cn.2015) and 云人社发〔2022〕15号 (benefit.jobseek-si.yn.2022)",
);

fn collegegrad_equiv(ctx: &Ctx, eq: &[Equivalence], out: &mut Vec<Grant>) {
    if !ctx.in_force(&COLLEGEGRAD_EQUIV) {
        return;
    }
    let Some(e) = eq
        .iter()
        .find(|e| e.purpose == Purpose::EmploymentPolicies && e.level >= Education::Associate)
    else {
        return;
    };
    // Cite the employment clauses that give this level (those the
    // equivalence cites); all of them in force if none matches.
    let given: Vec<&Clause> = COLLEGEGRAD_EQUIV
        .cites
        .iter()
        .map(|c| c.clause)
        .filter(|q| {
            e.citations
                .iter()
                .any(|ec| std::ptr::eq(*q, ec.cite.clause))
        })
        .collect();
    let mut g = if given.is_empty() {
        Grant::all(
            ctx,
            CollegeGraduatePolicies,
            Outcome::Eligible,
            &COLLEGEGRAD_EQUIV,
        )
    } else {
        Grant::new(
            ctx,
            CollegeGraduatePolicies,
            Outcome::Eligible,
            &COLLEGEGRAD_EQUIV,
            &given,
        )
    };
    g.condition(ctx, EQUIV_UMBRELLA);
    out.push(g);
}

/// 毕业年度毕业生参加专账资金补贴性培训 (from 2021-05-27); restated in the
/// 十四五 training plan, which dates nothing here.
pub static TRAINING_GRADUATING_CN_2021: Rule = Rule {
    id: "benefit.training.graduating.cn.2021",
    gloss: t(
        "普通本科高校、中高职院校（含技工院校）毕业年度毕业生纳入专账资金补贴性职业技能培训对象。",
        "Students in their graduation year (毕业年度) at universities, secondary and higher vocational schools (技工院校 included) may take subsidised skills training.",
    ),
    cites: &[
        cite(&training_2021::GRADUATION_YEAR_TRAINING),
        cite(&training_2021::FUNDS),
        also(&rsbf_2021_102::GRADUATION_YEAR_TRAINING),
    ],
    superseded: None,
};

const TRAINING_CATALOGUE: Text = t(
    "专账资金补贴性培训，按当地补贴性培训目录执行，并视专账资金结余情况而定",
    "专账资金 subsidised training, per the local training catalogue and subject to the special account's balance",
);
const GRADUATION_YEAR: Text = t(
    "“毕业年度”语料未定义：按毕业日期所在的公历年计算",
    "毕业年度 is not defined in the corpus: taken as the calendar year of the graduation date",
);
const NO_GRADUATION_DATE: Text = t(
    "未填写毕业日期：无法判断是否处于毕业年度",
    "no graduation date: whether this is the graduation year (毕业年度) cannot be told",
);

fn training_2021(ctx: &Ctx, out: &mut Vec<Grant>) {
    if !ctx.in_force(&TRAINING_GRADUATING_CN_2021) {
        return;
    }
    // Every school type: 普通本科高校、中高职院校（含技工院校）.
    let status = match ctx.req.graduate.graduation_date {
        None => Outcome::Undetermined,
        Some(d) if same_year(d, ctx.as_of) => Outcome::Eligible,
        Some(_) => return,
    };
    let mut g = Grant::all(ctx, TrainingSubsidy, status, &TRAINING_GRADUATING_CN_2021);
    g.condition(ctx, TRAINING_CATALOGUE);
    g.condition(ctx, GRADUATION_YEAR);
    if status == Outcome::Undetermined {
        g.condition(ctx, NO_GRADUATION_DATE);
        push_unique(&mut g.missing, "graduate.graduationDate".to_owned());
    }
    out.push(g);
}

/// Same calendar year (毕业年度, catalogue §4 Q14).
fn same_year(a: Date, b: Date) -> bool {
    a.year() == b.year()
}

// ------------------------------------------------------------- D2 Yunnan

/// 技工院校毕业生可按规定申请一次性求职创业补贴、社会保险补贴 (any class).
pub static JOBSEEK_SI_YN_2022: Rule = Rule {
    id: "benefit.jobseek-si.yn.2022",
    gloss: t(
        "云南：技工院校毕业生可按规定申请一次性求职创业补贴、社会保险补贴。",
        "Yunnan: 技工院校 graduates may apply for the one-off job-seeking and start-up subsidy and the social-insurance subsidy.",
    ),
    cites: &[
        cite(&yrsf_2022_15::SUBSIDIES),
    ],
    superseded: None,
};

const JOBSEEK_CRITERIA: Text = t(
    "按规定申请：条件和标准语料未载明",
    "按规定: the criteria and amounts are not in the corpus",
);

fn jobseek_yn_2022(ctx: &Ctx, out: &mut Vec<Grant>) {
    if !ctx.in_force(&JOBSEEK_SI_YN_2022) || !ctx.technical || !ctx.graduated {
        return;
    }
    for id in [JobSeekingStartupSubsidy, SocialInsuranceSubsidy] {
        let mut g = Grant::all(ctx, id, Outcome::Eligible, &JOBSEEK_SI_YN_2022);
        g.condition(ctx, JOBSEEK_CRITERIA);
        out.push(g);
    }
}

/// 强化竞赛获奖选手激励引领: one-off cash per competitor (每人), 2021-11-23.
/// 云人社通〔2022〕48号 第三十九条 refers back to it (a restatement).
pub static CASH_YN_2021: Rule = Rule {
    id: "benefit.cash.yn.2021",
    gloss: t(
        "云南：世界技能大赛、全国技能大赛、其他全国一类竞赛及全省综合性和省级一类竞赛的获奖选手，按奖牌（或等次）获得每人一次性奖励。",
        "Yunnan: one-off cash per competitor for medals (or prize tiers) at WorldSkills, the national skills competition, other national class-1 competitions, and the provincial comprehensive and class-1 competitions.",
    ),
    cites: &[
        cite(&yzf_2021_28::WORLD_SKILLS_CASH),
        cite(&yzf_2021_28::NATIONAL_CASH),
        cite(&yzf_2021_28::DEEMED_AWARD),
        cite(&yzf_2021_28::CLASS1_CASH),
        cite(&yzf_2021_28::CLASS1_PRIZES),
        cite(&yzf_2021_28::PROVINCIAL_CASH),
        also(&yrst_2022_48::AWARDS_REFER),
    ],
    superseded: None,
};

/// One row of the cash table, in 元 (每人, 一次性).
struct CashRow {
    competition: Competition,
    /// Gold, silver, bronze, 优胜奖; `None` where the text names no amount.
    medals: [Option<u32>; 4],
    /// 一、二、三等奖 where no medals are set (discretionary, 可).
    prizes: Option<[u32; 3]>,
    /// 我省选派: only competitors sent by Yunnan.
    sent_by_yunnan: bool,
    /// 可给予: the medal amounts are discretionary.
    discretionary: bool,
    clause: &'static Clause,
}

static CASH_TABLE: [CashRow; 5] = [
    CashRow {
        competition: Competition::WorldSkills,
        medals: [Some(600_000), Some(400_000), Some(200_000), Some(100_000)],
        prizes: None,
        sent_by_yunnan: true,
        discretionary: false,
        clause: &yzf_2021_28::WORLD_SKILLS_CASH,
    },
    CashRow {
        competition: Competition::NationalSkillsCompetition,
        medals: [Some(200_000), Some(150_000), Some(80_000), Some(20_000)],
        prizes: None,
        sent_by_yunnan: false,
        discretionary: false,
        clause: &yzf_2021_28::NATIONAL_CASH,
    },
    CashRow {
        competition: Competition::NationalClass1,
        medals: [Some(100_000), Some(50_000), Some(20_000), None],
        prizes: Some([30_000, 20_000, 10_000]),
        sent_by_yunnan: true,
        discretionary: false,
        clause: &yzf_2021_28::CLASS1_CASH,
    },
    CashRow {
        competition: Competition::ProvincialComprehensive,
        medals: [Some(30_000), Some(20_000), Some(10_000), None],
        prizes: None,
        sent_by_yunnan: false,
        discretionary: true,
        clause: &yzf_2021_28::PROVINCIAL_CASH,
    },
    CashRow {
        competition: Competition::ProvincialClass1,
        medals: [Some(30_000), Some(20_000), Some(10_000), None],
        prizes: None,
        sent_by_yunnan: false,
        discretionary: true,
        clause: &yzf_2021_28::PROVINCIAL_CASH,
    },
];
// Not modelled: amounts for 国家级二类, 省级二类 and 优胜奖 at national class-1
// or provincial competitions, and for 一/二/三等奖 at provincial competitions:
// the text prints none, so no entry is emitted.

const CASH_ONE_OFF: Text = t("一次性奖励，按每人计", "one-off award, per person (每人)");
const SENT_BY_YUNNAN: Text = t(
    "限我省选派的选手；是否为我省选派不是输入项，请核实",
    "only for competitors sent by Yunnan (我省选派); not an input — verify",
);
const DISCRETIONARY: Text = t(
    "“可”给予：属酌情奖励，并非必然给予",
    "可: discretionary — the award may be granted, it is not guaranteed",
);
const TEAM_FULL: Text = t(
    "团体项目：每名选手均按全额奖励（“每人”）",
    "team event: each team member gets the full amount (每人)",
);
const DEEMED_TECH_AWARD: Text = t(
    "奖金「视同省级人民政府在技术方面颁发的奖金」；其税收效果语料未载明",
    "the bonus is 「视同省级人民政府在技术方面颁发的奖金」 (deemed a provincial-government award for technology); its tax effect is not in the corpus",
);
const CASH_NEEDS_MEDAL: Text = t(
    "奖励按所获奖牌确定：只有名次无法确定金额",
    "the award follows the medal: a rank alone does not decide it",
);
const CASH_NEEDS_MEDAL_OR_PRIZE: Text = t(
    "奖励按所获奖牌确定，不设奖牌的竞赛按一、二、三等奖确定：只有名次无法确定金额",
    "the award follows the medal, or the 一/二/三等奖 tier where no medals are set: a rank alone does not decide it",
);
const CASH_DEPENDS: Text = t("取决于所获奖牌或等次", "depends on the medal or prize tier");

/// Formats a printed amount: zh in 万元 (as printed), en in CNY.
fn amount_text(ctx: &Ctx, amount: u32, discretionary: bool) -> Str {
    let wan = amount / 10_000;
    let digits = amount.to_string();
    let mut en = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            en.push(',');
        }
        en.push(c);
    }
    if discretionary {
        pick!(
            ctx.lang,
            format!("可给予每人一次性奖励{wan}万元"),
            format!("CNY {en} may be granted (可), one-off, per person"),
        )
    } else {
        pick!(
            ctx.lang,
            format!("每人一次性奖励{wan}万元"),
            format!("CNY {en}, one-off, per person"),
        )
    }
}

fn medal_index(m: Medal) -> usize {
    match m {
        Medal::Gold => 0,
        Medal::Silver => 1,
        Medal::Bronze => 2,
        Medal::Excellence => 3,
    }
}

fn cash_2021(ctx: &Ctx, i: usize, a: &Award) -> Option<Entitlement> {
    if !ctx.in_force(&CASH_YN_2021) {
        return None;
    }
    let row = CASH_TABLE.iter().find(|r| r.competition == a.competition)?;
    let mut quotes: Vec<&Clause> = vec![row.clause];
    let mut discretionary = row.discretionary;
    let mut missing = Vec::new();
    let mut conditions = Vec::new();
    let (status, amount) = match (a.medal, a.prize) {
        (Some(m), _) => (Outcome::Eligible, Some(row.medals[medal_index(m)]?)),
        (None, Some(p)) => {
            let prizes = row.prizes?;
            let amount = *prizes.get(usize::from(p).checked_sub(1)?)?;
            quotes = vec![&yzf_2021_28::CLASS1_PRIZES];
            discretionary = true;
            (Outcome::Eligible, Some(amount))
        }
        (None, None) => {
            missing.push(format!("graduate.awards[{i}].medal").into());
            if row.prizes.is_some() {
                missing.push(format!("graduate.awards[{i}].prize").into());
                conditions.push(ctx.t(CASH_NEEDS_MEDAL_OR_PRIZE));
            } else {
                conditions.push(ctx.t(CASH_NEEDS_MEDAL));
            }
            (Outcome::Undetermined, None)
        }
    };
    quotes.push(&yzf_2021_28::DEEMED_AWARD);
    quotes.push(&yrst_2022_48::AWARDS_REFER);
    push_unique(&mut conditions, ctx.t(CASH_ONE_OFF));
    if row.sent_by_yunnan {
        push_unique(&mut conditions, ctx.t(SENT_BY_YUNNAN));
    }
    if discretionary {
        push_unique(&mut conditions, ctx.t(DISCRETIONARY));
    }
    if a.team_size.is_some_and(|n| n > 1) {
        push_unique(&mut conditions, ctx.t(TEAM_FULL));
    }
    push_unique(&mut conditions, ctx.t(DEEMED_TECH_AWARD));
    ctx.date_caveats(&CASH_YN_2021, &mut conditions);
    let amount_text = match amount {
        Some(n) => amount_text(ctx, n, discretionary),
        None => ctx.t(CASH_DEPENDS),
    };
    Some(Entitlement {
        id: CompetitionCashAward,
        status,
        amount,
        amount_text,
        conditions,
        missing,
        citations: cite_quotes(ctx, &CASH_YN_2021, &quotes),
        superseded: Vec::new(),
        award: Some(i),
    })
}

/// 全省职业技能大赛 → 云岭百名工匠, up to 10万元: a separate scheme, never added
/// to the 技能云南 cash table.
pub static YUNLING_YN_2022: Rule = Rule {
    id: "benefit.yunling.yn.2022",
    gloss: t(
        "云南：全省职业技能大赛评选产生“云岭百名工匠”，对获奖选手给予最高10万元奖励（独立于技能云南竞赛奖励）。",
        "Yunnan: the provincial skills competition selects the 云岭百名工匠, who get up to CNY 100,000 (a scheme separate from the 技能云南 cash awards).",
    ),
    cites: &[
        cite(&ybf_2022_9::YUNLING_CRAFTSMEN),
    ],
    superseded: None,
};

const YUNLING_SELECTION: Text = t(
    "另一项目：入选“云岭百名工匠”的获奖选手最高可获10万元；是否入选不是输入项，也不与技能云南竞赛奖励合并计算",
    "a separate scheme: up to CNY 100,000 if selected as one of the 云岭百名工匠; selection is not an input, and it is not added to the 技能云南 cash award",
);
const YUNLING_AMOUNT: Text = t(
    "最高10万元（须入选“云岭百名工匠”）",
    "up to CNY 100,000 (if selected as a 云岭百名工匠)",
);

fn yunling_2022(ctx: &Ctx, i: usize, a: &Award) -> Option<Entitlement> {
    if !ctx.in_force(&YUNLING_YN_2022) || a.competition != Competition::ProvincialComprehensive {
        return None;
    }
    let mut conditions = vec![ctx.t(YUNLING_SELECTION)];
    ctx.date_caveats(&YUNLING_YN_2022, &mut conditions);
    Some(Entitlement {
        id: CompetitionCashAward,
        status: Outcome::Undetermined,
        amount: None,
        amount_text: ctx.t(YUNLING_AMOUNT),
        conditions,
        missing: Vec::new(),
        citations: ctx.cite(&YUNLING_YN_2022),
        superseded: Vec::new(),
        award: Some(i),
    })
}

/// 云南省职业技能竞赛管理办法（试行） 第三十八条: 优胜奖及以上 → promotion, from 2022-10-25.
pub static SKILLPROMO_YN_2022: Rule = Rule {
    id: "benefit.skillpromo.yn.2022",
    gloss: t(
        "云南：纳入年度竞赛计划的竞赛中获得优胜奖及以上名次的选手，按照有关规定晋升职业技能等级。",
        "Yunnan: competitors placing 优胜奖 or better in a competition of the annual plan are promoted a skill level under the relevant rules.",
    ),
    cites: &[
        cite(&yrst_2022_48::SCOPE),
        cite(&yrst_2022_48::EXCELLENCE),
        cite(&yrst_2022_48::PROMOTION),
        cite(&yrst_2022_48::PREVAILS),
    ],
    superseded: None,
};

/// 云人社发[2014]140号 第七条: 胜出的优秀选手 may be promoted 破格; superseded
/// by 48号 (第四十六条) from 2022-10-25.
pub static SKILLPROMO_YN_2014: Rule = Rule {
    id: "benefit.skillpromo.yn.2014",
    gloss: t(
        "（已被取代）云南：国家级、省级技能大赛胜出的优秀选手，按规定可破格晋升为高级工、技师或高级技师。",
        "(Superseded) Yunnan: outstanding winners of national and provincial skills competitions could be promoted 破格 to 高级工, 技师 or 高级技师.",
    ),
    cites: &[
        cite(&yrsf_2014_140::COMPETITION_PROMOTION),
    ],
    superseded: Some(Supersession {
        by: &SKILLPROMO_YN_2022,
        clause: &yrst_2022_48::PREVAILS,
    }),
};

const PROMO_LEVELS: Text = t(
    "按照有关规定晋升职业技能等级并颁发证书；晋升几级语料未载明",
    "promotion 按照有关规定, with a skill-level certificate; the number of levels is not in the corpus",
);
const PROMO_LEVELS_AMOUNT: Text = t("晋升等级数语料未载明", "number of levels not in the corpus");
const IN_ANNUAL_PLAN: Text = t(
    "竞赛须在云南省行政区域内组织开展并纳入年度竞赛计划",
    "the competition must be organised in Yunnan and listed in the annual competition plan (年度竞赛计划)",
);
const NATIONAL_IN_PLAN: Text = t(
    "全国性竞赛只有在云南省行政区域内组织开展并纳入年度竞赛计划时才适用本办法；是否如此不是输入项",
    "a national competition falls under these measures only if organised in Yunnan and listed in the annual plan; whether it was is not an input",
);
const PROMO_NEEDS_MEDAL: Text = t(
    "须获优胜奖及以上（金、银、铜牌，一、二、三等奖，或优胜奖）：只有名次无法确定；优胜奖“可”颁发给未获上述奖项但排名在参赛总人数50%以内的选手，参赛总人数不是输入项",
    "needs 优胜奖 or better (a medal, a 一/二/三等奖, or 优胜奖): a rank alone does not decide it; 优胜奖 may (可) go to non-medallists within the top 50% of entrants, and the number of entrants is not an input",
);
const PROMO_2014_THRESHOLD: Text = t(
    "“胜出的优秀选手”按规定可破格晋升为高级工、技师或高级技师；“胜出”的标准未界定",
    "胜出的优秀选手 (outstanding winners) may be promoted 破格 to 高级工, 技师 or 高级技师; the threshold is not defined",
);
const INTERIM_2014: Text = t(
    "2014年办法为暂行，语料未载明其终止日期",
    "the 2014 measures are interim (暂行) and the corpus sets no end date",
);
const PROMO_2014_AMOUNT: Text = t(
    "可破格晋升为高级工、技师或高级技师",
    "破格 promotion to 高级工, 技师 or 高级技师 possible",
);

fn provincial(c: Competition) -> bool {
    matches!(
        c,
        Competition::ProvincialComprehensive
            | Competition::ProvincialClass1
            | Competition::ProvincialClass2
    )
}

/// 国家级 competitions. Not modelled: 世界技能大赛 and its 国家集训队 are
/// neither 国家级、省级技能大赛 (2014) nor organised in Yunnan (2022).
fn national(c: Competition) -> bool {
    matches!(
        c,
        Competition::NationalSkillsCompetition
            | Competition::NationalClass1
            | Competition::NationalClass2
    )
}

fn skill_promotion(ctx: &Ctx, i: usize, a: &Award) -> Option<Entitlement> {
    let in_2014 = national(a.competition) || provincial(a.competition);
    if !in_2014 {
        return None;
    }
    match ctx.standing(&SKILLPROMO_YN_2014) {
        Standing::InForce { .. } => {
            let mut conditions = vec![ctx.t(PROMO_2014_THRESHOLD), ctx.t(INTERIM_2014)];
            ctx.date_caveats(&SKILLPROMO_YN_2014, &mut conditions);
            return Some(Entitlement {
                id: SkillLevelPromotion,
                status: Outcome::Undetermined,
                amount: None,
                amount_text: ctx.t(PROMO_2014_AMOUNT),
                conditions,
                missing: Vec::new(),
                citations: ctx.cite(&SKILLPROMO_YN_2014),
                superseded: Vec::new(),
                award: Some(i),
            });
        }
        Standing::Absent | Standing::Superseded => {}
    }
    if !ctx.in_force(&SKILLPROMO_YN_2022) {
        return None;
    }
    let placed = a.medal.is_some() || a.prize.is_some_and(|p| (1..=3).contains(&p));
    let mut conditions = vec![ctx.t(PROMO_LEVELS)];
    let mut missing = Vec::new();
    let mut quotes: Vec<&Clause> = vec![&yrst_2022_48::SCOPE, &yrst_2022_48::PROMOTION];
    let mut status = Outcome::Eligible;
    if national(a.competition) {
        // 第二条 reaches 各级各类 competitions organised in Yunnan and in the
        // annual plan: a national one may or may not be (not an input).
        status = Outcome::Undetermined;
        conditions.push(ctx.t(NATIONAL_IN_PLAN));
    } else {
        conditions.push(ctx.t(IN_ANNUAL_PLAN));
    }
    if !placed {
        status = Outcome::Undetermined;
        conditions.push(ctx.t(PROMO_NEEDS_MEDAL));
        missing.push(format!("graduate.awards[{i}].medal").into());
        quotes.push(&yrst_2022_48::EXCELLENCE);
    }
    ctx.date_caveats(&SKILLPROMO_YN_2022, &mut conditions);
    let superseded = ctx.superseded(&SKILLPROMO_YN_2014, None);
    if superseded.is_some() {
        quotes.push(&yrst_2022_48::PREVAILS);
    }
    Some(Entitlement {
        id: SkillLevelPromotion,
        status,
        amount: None,
        amount_text: ctx.t(PROMO_LEVELS_AMOUNT),
        conditions,
        missing,
        citations: cite_quotes(ctx, &SKILLPROMO_YN_2022, &quotes),
        superseded: superseded.into_iter().collect(),
        award: Some(i),
    })
}

pub static RULES: &[&Rule] = &[
    &COLLEGEGRAD_CN_2015,
    &STARTUP_CN_2018,
    &COLLEGEGRAD_EQUIV,
    &TRAINING_GRADUATING_CN_2021,
    &JOBSEEK_SI_YN_2022,
    &CASH_YN_2021,
    &YUNLING_YN_2022,
    &SKILLPROMO_YN_2022,
    &SKILLPROMO_YN_2014,
];

// ------------------------------------------------------------ the union

/// One rule's grant of a policy entitlement, before the union.
struct Grant {
    id: EntitlementId,
    status: Outcome,
    citations: Vec<Citation>,
    conditions: Vec<Str>,
    missing: Vec<Str>,
}

impl Grant {
    /// A grant citing the quotes `quotes` of `rule`, with its date caveats.
    fn new(
        ctx: &Ctx,
        id: EntitlementId,
        status: Outcome,
        rule: &'static Rule,
        quotes: &[&Clause],
    ) -> Grant {
        let mut conditions = Vec::with_capacity(2);
        ctx.date_caveats(rule, &mut conditions);
        Grant {
            id,
            status,
            citations: cite_quotes(ctx, rule, quotes),
            conditions,
            missing: Vec::new(),
        }
    }

    /// A grant citing every quote of `rule` in force.
    fn all(ctx: &Ctx, id: EntitlementId, status: Outcome, rule: &'static Rule) -> Grant {
        let mut conditions = Vec::with_capacity(2);
        ctx.date_caveats(rule, &mut conditions);
        Grant {
            id,
            status,
            citations: ctx.cite(rule),
            conditions,
            missing: Vec::new(),
        }
    }

    fn condition(&mut self, ctx: &Ctx, text: Text) {
        push_unique(&mut self.conditions, ctx.t(text));
    }
}

/// The citations of `rule` whose quote is one of `quotes` (in the rule's order).
fn cite_quotes(ctx: &Ctx, rule: &'static Rule, quotes: &[&Clause]) -> Vec<Citation> {
    let mut out = ctx.cite(rule);
    out.retain(|c| quotes.iter().any(|q| std::ptr::eq(*q, c.cite.clause)));
    out
}

/// eligible > undetermined > ineligible.
fn strength(o: Outcome) -> u8 {
    match o {
        Outcome::Eligible => 3,
        Outcome::Undetermined | Outcome::NotYet => 2,
        Outcome::Ineligible => 1,
    }
}

/// One entry per id: the strongest status, with the citations, conditions
/// and missing facts of every grant at that status.
fn union(ctx: &Ctx, grants: Vec<Grant>) -> Vec<Entitlement> {
    let mut ids: Vec<EntitlementId> = grants.iter().map(|g| g.id).collect();
    ids.sort();
    ids.dedup();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let same = || grants.iter().filter(move |g| g.id == id);
        let Some(best) = same().map(|g| g.status).max_by_key(|s| strength(*s)) else {
            continue;
        };
        let mut e = Entitlement {
            id,
            status: best,
            amount: None,
            amount_text: ctx.t(AMOUNT_NOT_IN_CORPUS),
            conditions: Vec::with_capacity(4),
            missing: Vec::new(),
            citations: Vec::with_capacity(8),
            superseded: Vec::new(),
            award: None,
        };
        for g in same().filter(|g| g.status == best) {
            for c in &g.citations {
                if !e.citations.contains(c) {
                    e.citations.push(*c);
                }
            }
            for c in &g.conditions {
                push_unique(&mut e.conditions, c.clone());
            }
            for m in &g.missing {
                push_unique(&mut e.missing, m.clone());
            }
        }
        out.push(e);
    }
    out
}

/// The entitlements section of the report.
pub(crate) fn evaluate(ctx: &Ctx, equivalences: &[Equivalence]) -> Vec<Entitlement> {
    let mut grants = Vec::with_capacity(32);
    collegegrad_2015(ctx, &mut grants);
    startup_2018(ctx, &mut grants);
    collegegrad_equiv(ctx, equivalences, &mut grants);
    training_2021(ctx, &mut grants);
    jobseek_yn_2022(ctx, &mut grants);
    let mut out = union(ctx, grants);
    for (i, a) in ctx.req.graduate.awards.iter().enumerate() {
        out.extend(cash_2021(ctx, i, a));
        out.extend(yunling_2022(ctx, i, a));
        out.extend(skill_promotion(ctx, i, a));
    }
    out
}
