//! D. Subsidies and benefits (补贴与待遇).
//!
//! Entitlements are a union (catalogue §1 item 4). The policy entitlements
//! (subsidies, loans, relief, the 高校毕业生 umbrella) come out once per id:
//! every rule that grants an id adds its citations and conditions, and the
//! strongest status wins. The award-based entitlements (竞赛奖金, 竞赛晋升职业
//! 技能等级) come out once per award and id, with `award` naming the index
//! into `graduate.awards`; a second scheme for the same award (云岭百名工匠)
//! is a condition of that entry, never a second entry or an added amount.
//!
//! No amount is given that the texts do not print: only the provincial cash
//! table (benefit.cash.yn.2021, 云政发〔2021〕28号) prints amounts. No number of skill levels is
//! given for a competition placing.

use crate::law::cn::*;
use crate::law::yn::rules::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Citation, Superseded};
use crate::request::{
    Award, ClassType, Competition, Education, Field, Medal, SchoolType, SkillLevel,
};
use crate::vocab::{EntitlementId, Outcome, Purpose};

use super::equivalence::{self, Equivalence};
use super::msg::{messages, Yuan};
use super::{push_unique, Ctx, Msg, Note};

use EntitlementId::*;

// Not modelled: the 教练团队/技术团队 awards of 云政发〔2021〕28号 28. (they go to
// coaches and technical teams, not to the competitor); awards by 州市 and
// 行业企业 (L2346, no amounts); 高端培训补助 for some 技工院校 occupations (L3408,
// no person-level criteria); the national 竞赛 framework of 中办发〔2022〕58号
// (L214 sets no promotion rule: under CN no skillLevelPromotion is emitted).

messages! {
    /// What group D says.
    pub enum EntitlementMsg {
        // --- amounts
        AmountSetLocally = "amount.setLocally";
        AmountOneOff { amount: Yuan } = "amount.oneOff";
        AmountMayBeGranted { amount: Yuan } = "amount.mayBeGranted";
        AmountDependsOnPlacing = "amount.dependsOnPlacing";
        AmountUpToYunling = "amount.upToYunling";
        PromotionLevelsNotPrinted = "amount.promotionLevelsNotPrinted";
        PromotionUpToSeniorTechnician = "amount.promotionUpToSeniorTechnician";
        /// 第七条's levels above a 高级工 or 预备技师 certificate held.
        PromotionToTechnicianOrSeniorTechnician = "amount.promotionToTechnicianOrSeniorTechnician";
        /// 第七条's level above a 技师 certificate held.
        PromotionToSeniorTechnician = "amount.promotionToSeniorTechnician";
        /// No level above the one held.
        PromotionNoHigherLevel = "amount.promotionNoHigherLevel";
        /// 第七条 promotes to 高级技师 at most; the person holds it or higher.
        PromotionCeilingHeld { skill: SkillLevel } = "reason.promotionCeilingHeld";
        /// 首席技师 is the top of the 八级工 ladder.
        TopOfLadderHeld { skill: SkillLevel } = "reason.topOfLadderHeld";
        /// 73号 names 技师学院 高级工班 and 预备技师班 only; the class is not given.
        ClassDecides = "reason.classDecides";
        // --- conditions
        AsForCollegeGraduates = "condition.asForCollegeGraduates";
        SelfEmployedOrStartup = "condition.selfEmployedOrStartup";
        StartupStudents = "condition.startupStudents";
        CollegeGraduateUmbrella = "condition.collegeGraduateUmbrella";
        TrainingCatalogue = "condition.trainingCatalogue";
        GraduationYearIsCalendarYear = "condition.graduationYearIsCalendarYear";
        ExpectedGraduationDateNeeded = "condition.expectedGraduationDateNeeded";
        ApplyPerLocalRules = "condition.applyPerLocalRules";
        OneOffPerPerson = "condition.oneOffPerPerson";
        /// 我省选派: only competitors the province sent.
        SentByProvince { place: Jurisdiction } = "condition.sentByProvince";
        /// The province's award for a national competition: its own competitors.
        RepresentingProvince { place: Jurisdiction } = "condition.representingProvince";
        Discretionary = "condition.discretionary";
        TeamMembersFullAmount = "condition.teamMembersFullAmount";
        DeemedProvincialTechnicalAward = "condition.deemedProvincialTechnicalAward";
        NeedsMedal = "condition.needsMedal";
        NeedsMedalOrPrize = "condition.needsMedalOrPrize";
        /// The 云岭百名工匠 scheme: 10 专业 a year, up to 10万元, not added.
        YunlingScheme { place: Jurisdiction } = "condition.yunlingScheme";
        PromotionPerRules = "condition.promotionPerRules";
        InAnnualPlan { place: Jurisdiction } = "condition.inAnnualPlan";
        /// A national competition the province hosted and put in its plan: its
        /// 2022 measures apply as well.
        NationalHostedInProvince { place: Jurisdiction } = "condition.nationalHostedInProvince";
        PromotionNeedsExcellenceOrBetter = "condition.promotionNeedsExcellenceOrBetter";
        /// 第七条: “可”, “按规定”.
        MayBePromoted = "condition.mayBePromoted";
        /// 第七条 names 职业院校学生 and 企业职工.
        VocationalStudentsAndWorkers = "condition.vocationalStudentsAndWorkers";
        CompetitionHeldUnderItsRules = "condition.competitionHeldUnderItsRules";
        InterimMeasures { place: Jurisdiction } = "condition.interimMeasures";
        // --- open points
        /// 云岭: does 「获奖选手」 mean every prize-winner of the 10 专业, or the selected?
        OpenYunlingWinners = "open.yunlingWinners";
        /// 第七条: 「胜出」 is not defined.
        OpenWinnerUndefined = "open.winnerUndefined";
        /// 第七条 names 职业院校学生 and 企业职工; a university graduate may or may not be one.
        OpenWorkerOrStudent = "open.workerOrStudent";
        /// 48号 第三十八条 「晋升职业技能等级」 for a 高级技师 or 特级技师: the levels
        /// above are 技术职务（岗位） set up on top (「可在其上增设」).
        OpenAboveSeniorTechnician { skill: SkillLevel } = "open.aboveSeniorTechnician";
        /// 2015 二: 「各类政策措施…均可按规定参照享受」, and a list of examples
        /// ending in 「等」 that does not name 创业补贴 or 场租补贴.
        OpenNotInExamples = "open.notInExamples";
    }
}

use EntitlementMsg as M;

/// One entitlement, as found.
#[derive(Clone, Debug, PartialEq)]
pub struct Entitlement {
    pub id: EntitlementId,
    pub status: Outcome,
    /// In 元, where the text prints an amount.
    pub amount: Option<u32>,
    pub amount_msg: Msg,
    /// The open points of an `unclear` entry, with their clauses.
    pub reasons: Vec<Note>,
    pub conditions: Vec<Note>,
    pub missing: Vec<Field>,
    pub citations: Vec<Citation>,
    pub superseded: Vec<Superseded>,
    pub award: Option<usize>,
}

impl Entitlement {
    fn new(id: EntitlementId, status: Outcome, amount_msg: impl Into<Msg>) -> Entitlement {
        Entitlement {
            id,
            status,
            amount: None,
            amount_msg: amount_msg.into(),
            reasons: Vec::new(),
            conditions: Vec::new(),
            missing: Vec::new(),
            citations: Vec::new(),
            superseded: Vec::new(),
            award: None,
        }
    }

    fn condition(&mut self, msg: impl Into<Msg>) {
        push_unique(&mut self.conditions, Note::bare(msg));
    }

    fn date_caveats(&mut self, ctx: &Ctx, rule: &'static Rule) {
        let mut msgs = Vec::new();
        ctx.date_caveats(&[rule], &mut msgs);
        for m in msgs {
            self.condition(m);
        }
    }

    fn cite(&mut self, citations: Vec<Citation>) {
        union_into(&mut self.citations, citations);
    }
}

// ------------------------------------------------------------ D1 national

/// 技师学院高级工班、预备技师班和特殊教育院校职业教育类毕业生参照高校毕业生享受就业补贴政策.
/// 自2015年起 names the year of the policy, not a graduation year.
pub static COLLEGEGRAD_CN_2015: Rule = Rule {
    id: "benefit.collegegrad.cn.2015",
    gloss: gloss(
        "技师学院高级工班、预备技师班和特殊教育院校职业教育类毕业生参照高校毕业生享受就业见习、求职创业、税费减免、创业担保贷款、社会保险、职业培训和技能鉴定补贴等政策。",
        "Graduates of 技师学院 高级工班 and 预备技师班, and of vocational programmes at special-education schools, share the college-graduate subsidies: internship, job-seeking, tax relief, guaranteed loans, social insurance, training and skill assessment.",
    ),
    cites: &[
        cite(&rsbf_2015_73::FROM_2015),
        cite(&rsbf_2015_73::INTERNSHIP_JOBSEEKING),
        cite(&rsbf_2015_73::ALL_CURRENT_MEASURES),
        cite(&rsbf_2015_73::OTHER_POLICIES),
    ],
    superseded: None,
};

/// The ids of the 2015 notice, with the clauses that name each.
const COLLEGEGRAD_2015_IDS: [(EntitlementId, &[&Clause], bool); 8] = [
    (CollegeGraduatePolicies, &[&rsbf_2015_73::FROM_2015], false),
    (
        InternshipSubsidy,
        &[
            &rsbf_2015_73::FROM_2015,
            &rsbf_2015_73::INTERNSHIP_JOBSEEKING,
        ],
        false,
    ),
    (
        JobSeekingStartupSubsidy,
        &[
            &rsbf_2015_73::FROM_2015,
            &rsbf_2015_73::INTERNSHIP_JOBSEEKING,
        ],
        false,
    ),
    (
        TaxRelief,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        true,
    ),
    (
        StartupGuaranteedLoan,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        true,
    ),
    (
        SocialInsuranceSubsidy,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        false,
    ),
    (
        TrainingSubsidy,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        false,
    ),
    (
        SkillAssessmentSubsidy,
        &[&rsbf_2015_73::FROM_2015, &rsbf_2015_73::OTHER_POLICIES],
        false,
    ),
];

fn collegegrad_2015(ctx: &Ctx, out: &mut Vec<Entitlement>) {
    if !ctx.in_force(&COLLEGEGRAD_CN_2015) || !ctx.graduated {
        return;
    }
    // 技师学院高级工班、预备技师班 (not 中级工班, not 高级技工学校), or 特殊教育院校职业教育类.
    // A 技师学院 graduate whose class is not given: the class decides.
    let status = match (ctx.school(), ctx.class) {
        (
            SchoolType::TechnicianCollege,
            Some(ClassType::Senior | ClassType::PreparatoryTechnician),
        )
        | (SchoolType::SpecialEducationSchool, _) => Outcome::Eligible,
        (SchoolType::TechnicianCollege, None) => Outcome::Undetermined,
        _ => return,
    };
    for (id, clauses, self_employed) in COLLEGEGRAD_2015_IDS {
        let mut g = Entitlement::new(id, status, M::AmountSetLocally);
        if status == Outcome::Undetermined {
            g.missing.push(Field::GraduateClassType);
            g.reasons.push(Note::bare(M::ClassDecides));
        }
        g.cite(ctx.cite_only(&COLLEGEGRAD_CN_2015, clauses));
        g.date_caveats(ctx, &COLLEGEGRAD_CN_2015);
        g.condition(M::AsForCollegeGraduates);
        if self_employed {
            g.condition(M::SelfEmployedOrStartup);
        }
        out.push(g);
    }
    // 创业补贴 and 场租补贴: the 2018 notice names them for every 技工院校
    // graduate; before it, and for a 特殊教育院校, only 二's open list speaks.
    if ctx.technical && ctx.in_force(&STARTUP_CN_2018) {
        return;
    }
    for id in [StartupSubsidy, RentSubsidy] {
        let status = match status {
            Outcome::Eligible => Outcome::Unclear,
            other => other,
        };
        let mut g = Entitlement::new(id, status, M::AmountSetLocally);
        if status == Outcome::Unclear {
            g.reasons.push(ctx.note_on(
                &COLLEGEGRAD_CN_2015,
                &[
                    &rsbf_2015_73::ALL_CURRENT_MEASURES,
                    &rsbf_2015_73::OTHER_POLICIES,
                ],
                M::OpenNotInExamples,
            ));
        } else {
            g.missing.push(Field::GraduateClassType);
            g.reasons.push(Note::bare(M::ClassDecides));
        }
        g.cite(ctx.cite_only(
            &COLLEGEGRAD_CN_2015,
            &[
                &rsbf_2015_73::FROM_2015,
                &rsbf_2015_73::ALL_CURRENT_MEASURES,
            ],
        ));
        g.date_caveats(ctx, &COLLEGEGRAD_CN_2015);
        g.condition(M::AsForCollegeGraduates);
        g.condition(M::SelfEmployedOrStartup);
        out.push(g);
    }
}

/// 将自主创业的技工院校毕业生纳入政策扶持对象；技师学院高级工班及以上的创业学生参照高校毕业生.
pub static STARTUP_CN_2018: Rule = Rule {
    id: "benefit.startup.cn.2018",
    gloss: gloss(
        "自主创业的技工院校毕业生可申请税费减免、创业担保贷款、创业补贴、场租补贴；技师学院高级工班及以上的创业学生可参照享受高校毕业生就业创业政策。",
        "技工院校 graduates who start a business may apply for tax relief, guaranteed loans, start-up and rent subsidies; 技师学院 students of 高级工班 and above who start a business share the college-graduate policies.",
    ),
    cites: &[
        cite(&rstf_2018_138::STARTUP_GRADUATES),
        cite(&rstf_2018_138::STARTUP_STUDENTS),
    ],
    superseded: None,
};

fn startup_2018(ctx: &Ctx, out: &mut Vec<Entitlement>) {
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
            let mut g = Entitlement::new(id, Outcome::Eligible, M::AmountSetLocally);
            g.cite(ctx.cite_only(&STARTUP_CN_2018, &[&rstf_2018_138::STARTUP_GRADUATES]));
            g.date_caveats(ctx, &STARTUP_CN_2018);
            g.condition(M::SelfEmployedOrStartup);
            out.push(g);
        }
    }
    // (b) 技师学院高级工班及以上 students (创业学生): graduates are under (a).
    if !ctx.graduated
        && ctx.school() == SchoolType::TechnicianCollege
        && matches!(
            ctx.class,
            Some(ClassType::Senior | ClassType::PreparatoryTechnician)
        )
    {
        let mut g = Entitlement::new(
            CollegeGraduatePolicies,
            Outcome::Eligible,
            M::AmountSetLocally,
        );
        g.cite(ctx.cite_only(&STARTUP_CN_2018, &[&rstf_2018_138::STARTUP_STUDENTS]));
        g.date_caveats(ctx, &STARTUP_CN_2018);
        g.condition(M::StartupStudents);
        out.push(g);
    }
}

/// The 就业 equivalence of group A, read as the 高校毕业生 umbrella
/// (catalogue §4 Q17): an umbrella id only, never a specific subsidy.
pub static COLLEGEGRAD_EQUIV: Rule = Rule {
    id: "benefit.collegegrad.equiv",
    gloss: gloss(
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

fn collegegrad_equiv(ctx: &Ctx, eq: &[Equivalence], out: &mut Vec<Entitlement>) {
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
    let given: Vec<&'static Clause> = COLLEGEGRAD_EQUIV
        .cites
        .iter()
        .map(|c| c.clause)
        .filter(|k| e.citations.iter().any(|ec| std::ptr::eq(*k, ec.clause)))
        .collect();
    let mut g = Entitlement::new(
        CollegeGraduatePolicies,
        Outcome::Eligible,
        M::AmountSetLocally,
    );
    g.cite(if given.is_empty() {
        ctx.cite(&COLLEGEGRAD_EQUIV)
    } else {
        ctx.cite_only(&COLLEGEGRAD_EQUIV, &given)
    });
    // The plan caveat where the level rests on plans only (the equivalence's own).
    for c in &e.caveats {
        if matches!(c.msg, Msg::CommonMsg(_)) {
            push_unique(&mut g.conditions, c.clone());
        }
    }
    g.condition(M::CollegeGraduateUmbrella);
    out.push(g);
}

/// 毕业年度毕业生参加专账资金补贴性培训 (from 2021-05-27); restated in the
/// 十四五 training plan, which dates nothing here.
pub static TRAINING_GRADUATING_CN_2021: Rule = Rule {
    id: "benefit.training.graduating.cn.2021",
    gloss: gloss(
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

fn training_2021(ctx: &Ctx, out: &mut Vec<Entitlement>) {
    if !ctx.in_force(&TRAINING_GRADUATING_CN_2021) {
        return;
    }
    // Every school type: 普通本科高校、中高职院校（含技工院校）.
    let status = match ctx.req.graduate.graduation_date {
        None => Outcome::Undetermined,
        Some(d) if d.year() == ctx.as_of.year() => Outcome::Eligible,
        Some(_) => return,
    };
    let mut g = Entitlement::new(TrainingSubsidy, status, M::AmountSetLocally);
    g.cite(ctx.cite(&TRAINING_GRADUATING_CN_2021));
    g.date_caveats(ctx, &TRAINING_GRADUATING_CN_2021);
    g.condition(M::TrainingCatalogue);
    g.condition(M::GraduationYearIsCalendarYear);
    if status == Outcome::Undetermined {
        g.condition(M::ExpectedGraduationDateNeeded);
        push_unique(&mut g.missing, Field::GraduateGraduationDate);
    }
    out.push(g);
}

// --------------------------------------------- D2 a province's own texts

fn jobseek_yn_2022(ctx: &Ctx, out: &mut Vec<Entitlement>) {
    if !ctx.in_force(&JOBSEEK_SI_YN_2022) || !ctx.technical || !ctx.graduated {
        return;
    }
    for id in [JobSeekingStartupSubsidy, SocialInsuranceSubsidy] {
        let mut g = Entitlement::new(id, Outcome::Eligible, M::AmountSetLocally);
        g.cite(ctx.cite(&JOBSEEK_SI_YN_2022));
        g.date_caveats(ctx, &JOBSEEK_SI_YN_2022);
        g.condition(M::ApplyPerLocalRules);
        out.push(g);
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

fn award_index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// The provincial cash award (云政发〔2021〕28号) for award `i`, with the 云岭百名工匠 scheme as a
/// condition of the same entry (defect 11: one entry per award).
fn cash(ctx: &Ctx, i: usize, a: &Award) -> Option<Entitlement> {
    let cash = ctx
        .in_force(&CASH_YN_2021)
        .then(|| CASH_TABLE.iter().find(|r| r.competition == a.competition))
        .flatten();
    let yunling =
        ctx.in_force(&YUNLING_YN_2022) && a.competition == Competition::ProvincialComprehensive;
    // The cash table (2021-11-23) has a row for 全省职业技能大赛 and is in
    // force before the 云岭 scheme (2022) can be: every award the scheme
    // reaches has a row, so no row means no entry.
    let mut e = cash_table(ctx, i, a, cash?);
    if yunling {
        // 10 专业 a year, up to 10万元; never added to the table's amount,
        // never lowering its status.
        if e.status == Outcome::Ineligible {
            // The table gives nothing for this placing: only the 云岭 scheme is left.
            e.status = Outcome::Unclear;
            e.amount_msg = M::AmountUpToYunling.into();
            e.conditions.clear();
        }
        e.reasons
            .push(ctx.note(&YUNLING_YN_2022, M::OpenYunlingWinners));
        e.condition(M::YunlingScheme {
            place: YUNLING_YN_2022.jurisdiction(),
        });
        e.cite(ctx.cite(&YUNLING_YN_2022));
        e.date_caveats(ctx, &YUNLING_YN_2022);
    } else if e.status == Outcome::Ineligible {
        // A placing the table prints no amount for: no entry.
        return None;
    }
    e.award = Some(i);
    Some(e)
}

fn cash_table(ctx: &Ctx, i: usize, a: &Award, row: &CashRow) -> Entitlement {
    let mut clauses: Vec<&'static Clause> = vec![row.clause];
    let mut discretionary = row.discretionary;
    let mut missing = Vec::new();
    let placed = match (a.medal, a.prize) {
        (Some(m), _) => row.medals[medal_index(m)],
        (None, Some(p)) => row.prizes.and_then(|prizes| {
            clauses = vec![&yzf_2021_28::CLASS1_PRIZES];
            discretionary = true;
            prizes.get(usize::from(p).checked_sub(1)?).copied()
        }),
        (None, None) => None,
    };
    let mut e = match placed {
        Some(amount) => {
            let msg = if discretionary {
                M::AmountMayBeGranted {
                    amount: Yuan(amount),
                }
            } else {
                M::AmountOneOff {
                    amount: Yuan(amount),
                }
            };
            let mut e = Entitlement::new(CompetitionCashAward, Outcome::Eligible, msg);
            e.amount = Some(amount);
            e
        }
        None if a.medal.is_none() && a.prize.is_none() => {
            missing.push(Field::AwardMedal(award_index(i)));
            let mut e = Entitlement::new(
                CompetitionCashAward,
                Outcome::Undetermined,
                M::AmountDependsOnPlacing,
            );
            if row.prizes.is_some() {
                missing.push(Field::AwardPrize(award_index(i)));
                e.condition(M::NeedsMedalOrPrize);
            } else {
                e.condition(M::NeedsMedal);
            }
            e
        }
        // A medal or prize the table prints no amount for.
        None => Entitlement::new(
            CompetitionCashAward,
            Outcome::Ineligible,
            M::AmountDependsOnPlacing,
        ),
    };
    e.missing = missing;
    clauses.push(&yzf_2021_28::DEEMED_AWARD);
    clauses.push(&yrst_2022_48::AWARDS_REFER);
    e.cite(ctx.cite_only(&CASH_YN_2021, &clauses));
    e.condition(M::OneOffPerPerson);
    if row.sent_by_province {
        e.condition(M::SentByProvince {
            place: CASH_YN_2021.jurisdiction(),
        });
    } else if row.competition == Competition::NationalSkillsCompetition {
        // A province's award for a national competition: its own competitors.
        e.condition(M::RepresentingProvince {
            place: CASH_YN_2021.jurisdiction(),
        });
    }
    if discretionary {
        e.condition(M::Discretionary);
    }
    if a.team_size.is_some_and(|n| n > 1) {
        e.condition(M::TeamMembersFullAmount);
    }
    e.condition(M::DeemedProvincialTechnicalAward);
    e.date_caveats(ctx, &CASH_YN_2021);
    e
}

fn provincial(c: Competition) -> bool {
    matches!(
        c,
        Competition::ProvincialComprehensive
            | Competition::ProvincialClass1
            | Competition::ProvincialClass2
    )
}

/// 国家级 competitions. Not modelled: 世界技能大赛 and its 国家集训队 are
/// neither 国家级、省级技能大赛 (2014) nor organised by the province (48号, 2022).
fn national(c: Competition) -> bool {
    matches!(
        c,
        Competition::NationalSkillsCompetition
            | Competition::NationalClass1
            | Competition::NationalClass2
    )
}

/// Skill-level promotion for award `i`: 48号 第三十八条 for the provincial
/// competitions it governs from 2022-10-25 (第七条 then listed as
/// superseded for that award); otherwise 140号 第七条.
fn skill_promotion(ctx: &Ctx, i: usize, a: &Award) -> Option<Entitlement> {
    if !(national(a.competition) || provincial(a.competition)) {
        return None;
    }
    if provincial(a.competition) && ctx.in_force(&SKILLPROMO_YN_2022) {
        return Some(promotion_2022(ctx, i, a));
    }
    if ctx.in_force(&SKILLPROMO_YN_2014) {
        return Some(promotion_2014(ctx, i, a));
    }
    None
}

fn promotion_2022(ctx: &Ctx, i: usize, a: &Award) -> Entitlement {
    // A first place is above 优胜奖 however the tiers of 第三十七条 are set
    // (they go to the ranks above it); a lower rank alone says nothing.
    let first = a.medal.is_none() && a.prize.is_none() && a.rank == Some(1);
    let placed = first || a.medal.is_some() || a.prize.is_some_and(|p| (1..=3).contains(&p));
    let mut clauses: Vec<&'static Clause> = vec![&yrst_2022_48::SCOPE, &yrst_2022_48::PROMOTION];
    if first {
        clauses.push(&yrst_2022_48::EXCELLENCE);
    }
    // The ladder's top (首席技师) has no level above it; above 高级技师 the
    // levels are posts set up on top of it (a reading found both eligible).
    let held = ctx
        .cert_level
        .filter(|_| ctx.clause_stands(&zbf_2022_58::EIGHT_LEVELS));
    let top = held == Some(SkillLevel::ChiefTechnician);
    let above = held.is_some_and(|l| l >= SkillLevel::SeniorTechnician) && !top;
    let status = if top {
        Outcome::Ineligible
    } else if !placed {
        Outcome::Undetermined
    } else if above {
        Outcome::Unclear
    } else {
        Outcome::Eligible
    };
    let amount = if top {
        M::PromotionNoHigherLevel
    } else {
        M::PromotionLevelsNotPrinted
    };
    let mut e = Entitlement::new(SkillLevelPromotion, status, amount);
    if let (true, Some(skill)) = (top || above, held) {
        let (msg, clause) = if top {
            (M::TopOfLadderHeld { skill }, &zbf_2022_58::EIGHT_LEVELS)
        } else {
            (
                M::OpenAboveSeniorTechnician { skill },
                &zbf_2022_58::NEW_LEVELS,
            )
        };
        e.reasons
            .push(ctx.note_on(&super::skills::LADDER, &[clause], msg));
    }
    e.condition(M::PromotionPerRules);
    e.condition(M::InAnnualPlan {
        place: SKILLPROMO_YN_2022.jurisdiction(),
    });
    if status == Outcome::Undetermined {
        e.condition(M::PromotionNeedsExcellenceOrBetter);
        // A medal or a prize tier settles it (第三十七条: 金、银、铜牌或一、二、三等奖).
        e.missing.push(Field::AwardMedal(award_index(i)));
        e.missing.push(Field::AwardPrize(award_index(i)));
        clauses.push(&yrst_2022_48::EXCELLENCE);
    }
    e.date_caveats(ctx, &SKILLPROMO_YN_2022);
    if ctx.clause_stands(&yrsf_2014_140::COMPETITION_PROMOTION) {
        clauses.push(&yrst_2022_48::PREVAILS);
        e.superseded.extend(equivalence::superseded_entry(
            ctx,
            &SKILLPROMO_YN_2014,
            None,
        ));
    }
    e.cite(ctx.cite_only(&SKILLPROMO_YN_2022, &clauses));
    e.award = Some(i);
    e
}

fn promotion_2014(ctx: &Ctx, i: usize, a: &Award) -> Entitlement {
    let first = a.medal == Some(Medal::Gold) || a.rank == Some(1) || a.prize == Some(1);
    let placed = a.medal.is_some() || a.rank.is_some() || a.prize.is_some();
    let university = ctx.school() == SchoolType::University;
    // 第七条 promotes to 高级工, 技师 or 高级技师: only the levels above the
    // certificate held (a reading found a 高级技师 told he could be promoted).
    let held = ctx.cert_level;
    let ceiling = held.is_some_and(|l| l >= SkillLevel::SeniorTechnician);
    // A national competition the province hosted may fall under its 2022
    // measures (condition below), which name no ceiling: there a 高级技师 or
    // 特级技师 is open (promotion_2022), so the readings differ.
    let in_plan = ctx.in_force(&SKILLPROMO_YN_2022) && national(a.competition);
    let open_above = ceiling && in_plan && held != Some(SkillLevel::ChiefTechnician);
    let status = if open_above {
        Outcome::Unclear
    } else if ceiling {
        Outcome::Ineligible
    } else if university {
        Outcome::Unclear
    } else if first {
        Outcome::Eligible
    } else if placed {
        Outcome::Unclear
    } else {
        Outcome::Undetermined
    };
    let amount = match held {
        Some(l) if l >= SkillLevel::SeniorTechnician => M::PromotionNoHigherLevel,
        Some(SkillLevel::Technician) => M::PromotionToSeniorTechnician,
        Some(SkillLevel::Senior | SkillLevel::PreparatoryTechnician) => {
            M::PromotionToTechnicianOrSeniorTechnician
        }
        _ => M::PromotionUpToSeniorTechnician,
    };
    let mut e = Entitlement::new(SkillLevelPromotion, status, amount);
    if let (true, Some(skill)) = (ceiling, held) {
        if open_above {
            e.reasons.push(ctx.note_on(
                &super::skills::LADDER,
                &[&zbf_2022_58::NEW_LEVELS],
                M::OpenAboveSeniorTechnician { skill },
            ));
        }
        e.reasons
            .push(ctx.note(&SKILLPROMO_YN_2014, M::PromotionCeilingHeld { skill }));
    } else if university {
        e.reasons
            .push(ctx.note(&SKILLPROMO_YN_2014, M::OpenWorkerOrStudent));
    } else if status == Outcome::Unclear {
        e.reasons
            .push(ctx.note(&SKILLPROMO_YN_2014, M::OpenWinnerUndefined));
    }
    if status == Outcome::Undetermined {
        e.missing.push(Field::AwardMedal(award_index(i)));
    }
    e.condition(M::MayBePromoted);
    e.condition(M::VocationalStudentsAndWorkers);
    e.condition(M::InterimMeasures {
        place: SKILLPROMO_YN_2014.jurisdiction(),
    });
    if in_plan {
        // The condition rests on 48号's scope and promotion articles: cited
        // on the condition, not on the entry, which 第七条 alone decides.
        let hosted = M::NationalHostedInProvince {
            place: SKILLPROMO_YN_2022.jurisdiction(),
        };
        push_unique(
            &mut e.conditions,
            ctx.note_on(
                &SKILLPROMO_YN_2022,
                &[&yrst_2022_48::SCOPE, &yrst_2022_48::PROMOTION],
                hosted,
            ),
        );
    }
    e.date_caveats(ctx, &SKILLPROMO_YN_2014);
    e.cite(ctx.cite(&SKILLPROMO_YN_2014));
    e.award = Some(i);
    e
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

/// eligible > undetermined > unclear > ineligible.
///
/// No scenario tells this order from "the last grant wins" (two mutants
/// live): in today's rules a weaker grant of an id always comes before the
/// stronger one (a 技师学院 class not given, then a rule for any class). The
/// unit test below pins the order for the rules to come.
fn strength(o: Outcome) -> u8 {
    match o {
        Outcome::Eligible => 4,
        Outcome::Undetermined | Outcome::NotYet => 3,
        Outcome::Unclear => 2,
        Outcome::Ineligible => 1,
    }
}

/// One entry per id: the strongest status, with the citations, conditions
/// and missing facts of every grant at that status.
fn union(mut grants: Vec<Entitlement>) -> Vec<Entitlement> {
    let mut out: Vec<Entitlement> = Vec::with_capacity(grants.len());
    for &id in <EntitlementId as crate::vocab::Vocab>::ALL {
        let Some(best) = grants
            .iter()
            .filter(|g| g.id == id)
            .map(|g| g.status)
            .max_by_key(|s| strength(*s))
        else {
            continue;
        };
        let mut e = Entitlement::new(id, best, M::AmountSetLocally);
        // Each grant is of one id: its lists are moved, not copied.
        for g in grants.iter_mut().filter(|g| g.id == id && g.status == best) {
            union_into(&mut e.citations, std::mem::take(&mut g.citations));
            union_into(&mut e.conditions, std::mem::take(&mut g.conditions));
            union_into(&mut e.missing, std::mem::take(&mut g.missing));
            union_into(&mut e.reasons, std::mem::take(&mut g.reasons));
        }
        out.push(e);
    }
    out
}

/// Adds each of `items` to `into` unless already there, in order: the
/// list itself where `into` is empty and `items` holds no item twice (a
/// shortcut only: the loop gives the same list, so its mutants are
/// equivalent).
fn union_into<T: PartialEq>(into: &mut Vec<T>, items: Vec<T>) {
    if into.is_empty()
        && items
            .iter()
            .enumerate()
            .all(|(i, x)| !items[..i].contains(x))
    {
        *into = items;
        return;
    }
    for x in items {
        push_unique(into, x);
    }
}

/// The entitlements section of the report.
pub fn evaluate(ctx: &Ctx, equivalences: &[Equivalence]) -> Vec<Entitlement> {
    let mut grants = Vec::with_capacity(16);
    collegegrad_2015(ctx, &mut grants);
    startup_2018(ctx, &mut grants);
    collegegrad_equiv(ctx, equivalences, &mut grants);
    training_2021(ctx, &mut grants);
    jobseek_yn_2022(ctx, &mut grants);
    let mut out = union(grants);
    for (i, a) in ctx.req.graduate.awards.iter().enumerate() {
        out.extend(cash(ctx, i, a));
        out.extend(skill_promotion(ctx, i, a));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_union_keeps_the_strongest_grant_whatever_the_order() {
        let grant = |s| Entitlement::new(EntitlementId::TrainingSubsidy, s, M::AmountSetLocally);
        for order in [
            [
                Outcome::Eligible,
                Outcome::Undetermined,
                Outcome::Ineligible,
            ],
            [
                Outcome::Ineligible,
                Outcome::Undetermined,
                Outcome::Eligible,
            ],
            [Outcome::Undetermined, Outcome::Eligible, Outcome::Unclear],
        ] {
            let u = union(order.map(grant).to_vec());
            assert_eq!(u.len(), 1);
            assert_eq!(u[0].status, Outcome::Eligible, "{order:?}");
        }
        let u = union(
            [Outcome::Ineligible, Outcome::Unclear, Outcome::Undetermined]
                .map(grant)
                .to_vec(),
        );
        assert_eq!(u[0].status, Outcome::Undetermined);
        let u = union([Outcome::Unclear, Outcome::Ineligible].map(grant).to_vec());
        assert_eq!(u[0].status, Outcome::Unclear);
    }

    /// `cash` makes no 云岭-only entry: it relies on the cash table
    /// having a 全省职业技能大赛 row (and on the table standing wherever and
    /// whenever the 云岭 scheme does: tests/invariants.rs).
    #[test]
    fn the_cash_table_has_a_row_for_the_provincial_competition() {
        assert!(CASH_TABLE
            .iter()
            .any(|r| r.competition == Competition::ProvincialComprehensive));
        assert!(CASH_YN_2021.superseded.is_none());
    }
}
