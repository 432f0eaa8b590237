//! C. Direct recruitment by assessment (直接考察).
//!
//! Routes are a union (catalogue §1 item 4): each route whose rule stands on
//! `asOf` is listed with its own outcome. Within a route, the person's
//! honours and awards are alternatives: one that qualifies makes the route
//! `eligible`; otherwise one that a missing field would settle makes it
//! `undetermined` (the field in `missing`); otherwise one the text leaves
//! open makes it `unclear`; otherwise `ineligible`.
//!
//! A 国家级一类 rank without `teamSize` is decided when every team size gives
//! the same answer (rank ≤ 5 qualifies for any, rank > 10 for none).

use crate::law::cn::*;
use crate::law::yn::rules::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::Citation;
use crate::request::{
    Award, Competition, Employer, Field, Honour, Medal, Post, PostType, SchoolType, SkillLevel,
};
use crate::vocab::{Outcome, Route};

use super::msg::{messages, Team};
use super::{push_unique, Ctx, Msg, Note};

// ------------------------------------------------------------------- rules

pub static TECHSCHOOL_CN_2019: Rule = Rule {
    id: "direct.techschool.cn.2019",
    gloss: gloss(
        "获得中华技能大奖、全国技术能手、省级技能大奖、省级技术能手等荣誉、享受特殊津贴、技能大师工作室带头人、省部级以上劳动模范的高技能人才，以及世赛国家集训选手和中国技能大赛优秀选手（国家级一类前20名、二类前15名，省级一类前5名、二类前3名），可直接考察招聘到技工院校相关岗位任教。",
        "High-skilled people with a national or provincial skills honour, a special allowance, a master-studio lead or a model-worker honour, WorldSkills national squad members and top placers (national class 1 top 20, class 2 top 15; provincial class 1 top 5, class 2 top 3) may be hired by direct assessment to teach related subjects at a 技工院校.",
    ),
    cites: &[
        cite(&rstf_2019_95::DIRECT_TEACHING),
        also(&rsbf_2021_30::DIRECT_TEACHING),
        also(&rsbf_2021_86::DIRECT_TEACHING),
        also(&rsbf_2021_48::HONOURS),
        also(&rsbf_2021_48::HONOURS_NAMED),
        also(&zbf_2022_58::HONOURS),
    ],
    superseded: None,
};

/// The 高技能人才-honour support clauses.
const HONOUR_SUPPORT: [&Clause; 3] = [
    &rsbf_2021_48::HONOURS,
    &rsbf_2021_48::HONOURS_NAMED,
    &zbf_2022_58::HONOURS,
];

/// 人社部发〔2021〕82号 四: 职业院校 graduates who are 世赛 squad members,
/// 全国技能大赛 优胜奖+ or 一类 finalists (top 10 / 7 / 5) → related 事业单位 posts.
pub static PI_CN_2021: Rule = Rule {
    id: "direct.pi.cn.2021",
    gloss: gloss(
        "职业院校毕业生为世赛国家集训选手、全国技能大赛优胜奖以上选手、一类职业技能大赛决赛单人前10名、双人前7名、三人前5名的，可直接考察招聘到事业单位与所获奖项相关的岗位。",
        "Vocational graduates who are WorldSkills national squad members, 优胜奖-or-better at the National Skills Competition, or class-1 finalists in the top 10 (single), 7 (pair) or 5 (trio) may be hired by direct assessment to related public-institution posts.",
    ),
    cites: &[
        cite(&rsbf_2021_82::DIRECT_ASSESSMENT),
    ],
    superseded: None,
};

// Not modelled: 国发〔2019〕4号 L328 「在职业院校实行高层次、高技能人才以直接考察的
// 方式公开招聘」 and the 一事一议 clause of L2703, because they name no person-level
// condition; the enterprise engineers with 高级职称 of L2334, because no input
// describes a title held outside a 技工院校.

pub static RULES: &[&Rule] = &[&TECHSCHOOL_CN_2019, &PI_CN_2021, &VOCTEACHER_YN];

messages! {
    /// What group C says.
    pub enum DirectMsg {
        RankWithin { competition: Competition, rank: u32, limit: u32 } = "reason.rankWithin";
        RankWithinForTeam { competition: Competition, rank: u32, limit: u32, team: Team } = "reason.rankWithinForTeam";
        RankOutside { competition: Competition, rank: u32, limit: u32 } = "reason.rankOutside";
        RankOutsideForTeam { competition: Competition, rank: u32, limit: u32, team: Team } = "reason.rankOutsideForTeam";
        /// No rank: the rank limit cannot be checked.
        RankNotGiven { competition: Competition } = "reason.rankNotGiven";
        /// 一类 finals: within the top 5 qualifies for any event size.
        RankWithinEveryTeamSize { competition: Competition, rank: u32 } = "reason.rankWithinEveryTeamSize";
        /// Not within the top 10: no event size qualifies.
        RankOutsideEveryTeamSize { competition: Competition, rank: u32 } = "reason.rankOutsideEveryTeamSize";
        /// The limit depends on the event size, which is not given.
        RankDependsOnTeamSize { competition: Competition, rank: u32 } = "reason.rankDependsOnTeamSize";
        SquadMember = "reason.squadMember";
        /// A WorldSkills competitor: the text names squad members.
        WorldSkillsConfirmSquad = "reason.worldSkillsConfirmSquad";
        NationalSkillsMedal { medal: Medal } = "reason.nationalSkillsMedal";
        NationalSkillsNeedsMedal = "reason.nationalSkillsNeedsMedal";
        /// 82号 四 does not name this competition.
        NotNamedForPublicInstitutions { competition: Competition } = "reason.notNamedForPublicInstitutions";
        HonoursNotNamedForPublicInstitutions = "reason.honoursNotNamedForPublicInstitutions";
        /// 82号 四 covers graduates of 职业院校 only.
        VocationalGraduatesOnly = "reason.vocationalGraduatesOnly";
        /// 82号 四 covers graduates only.
        GraduatesOnly { date: Date } = "reason.graduatesOnly";
        /// The award itself is of a kind the text names.
        AwardOfNamedKind = "reason.awardOfNamedKind";
        /// Open point: 95号 三 does not name this competition.
        OpenCompetitionNotNamed { competition: Competition } = "open.competitionNotNamed";
        HonourQualifies { honour: Honour } = "reason.honourQualifies";
        HonourWithCertificate { honour: Honour, skill: SkillLevel } = "reason.honourWithCertificate";
        /// 特殊津贴, 劳动模范: the text needs a 高技能人才 (高级工 or above).
        HonourNeedsCertificate { honour: Honour } = "reason.honourNeedsCertificate";
        /// None of the honours, awards or squad places the text names.
        NothingNamedGiven = "reason.nothingNamedGiven";
        /// Open point: 「符合条件的」高技能人才 is not defined.
        OpenQualifiedUndefined { skill: SkillLevel } = "open.qualifiedUndefined";
        /// Open point, before the 2023 text: 「技能精湛的高技能人才」 from
        /// 企业 is not defined, and the text only 「可探索」.
        OpenHighlySkilledFromEnterprises { skill: SkillLevel } = "open.highlySkilledFromEnterprises";
        // --- caveats
        /// The post must relate to the award; the employer decides (可).
        RelatedPostEmployerDecides = "caveat.relatedPostEmployerDecides";
        /// 云政发〔2021〕28号 28. lists the competition beside 「其他…一类职业技能竞赛」.
        ClassedAsClass1 { competition: Competition, place: Jurisdiction } = "caveat.classedAsClass1";
        /// Before 云办发〔2023〕9号: 技工院校 posts only.
        TechnicalSchoolPostsOnly { place: Jurisdiction } = "caveat.technicalSchoolPostsOnly";
        /// The teaching route names no award: the school decides whether to
        /// hire so (「可探索」, 「可按有关规定」).
        SchoolDecidesDirectHiring = "caveat.schoolDecidesDirectHiring";
    }
}

use crate::date::Date;
use DirectMsg as M;

/// Whether a route hires into `post`: 82号 四 into 事业单位 posts
/// (「公开招聘到与所获技能奖项相关的岗位工作」, a notice on 事业单位公开招聘; a
/// public 技工院校 is one), 95号 三 and the provincial teaching route (vocteacher) into
/// teaching posts of the schools they name only
/// (「公开招聘到技工院校…岗位任教」): a teacher's post (专业技术 or 生产实习指导教师),
/// not a 管理 or 工勤 post of the school (a reading found one offered). No route
/// reaches 机关, 公务员, enterprise or military posts.
pub fn reaches(route: Route, post: &Post) -> bool {
    match route {
        Route::PublicInstitution => matches!(
            post.employer,
            Employer::PublicInstitution | Employer::TechnicalSchool
        ),
        Route::TechnicalSchoolTeaching | Route::VocationalSchoolTeaching => {
            post.employer == Employer::TechnicalSchool
                && matches!(
                    post.post_type,
                    PostType::Professional | PostType::PracticalInstructor
                )
        }
    }
}

/// One route, as found.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectRoute {
    pub route: Route,
    pub outcome: Outcome,
    pub reasons: Vec<Note>,
    pub missing: Vec<Field>,
    pub caveats: Vec<Note>,
    pub citations: Vec<Citation>,
}

/// What one honour or award gives on one route.
struct Item {
    outcome: Outcome,
    msg: DirectMsg,
    missing: Option<Field>,
    /// A national 表彰 honour decided it: show the 高技能人才 support clauses.
    national_honour: bool,
    /// Counted as a 一类 competition on the clause that lists it so.
    classed: Option<(Competition, &'static Clause)>,
}

impl Item {
    fn new(outcome: Outcome, msg: DirectMsg) -> Item {
        Item {
            outcome,
            msg,
            missing: None,
            national_honour: false,
            classed: None,
        }
    }
    fn missing(mut self, field: Field) -> Item {
        self.missing = Some(field);
        self
    }
}

/// A rank against a threshold.
fn ranked(c: Competition, rank: u32, team_size: Option<u8>, limit: u32) -> Item {
    let within = rank <= limit;
    let msg = match (team_size, within) {
        (Some(n), true) => M::RankWithinForTeam {
            competition: c,
            rank,
            limit,
            team: Team(n),
        },
        (Some(n), false) => M::RankOutsideForTeam {
            competition: c,
            rank,
            limit,
            team: Team(n),
        },
        (None, true) => M::RankWithin {
            competition: c,
            rank,
            limit,
        },
        (None, false) => M::RankOutside {
            competition: c,
            rank,
            limit,
        },
    };
    let outcome = if within {
        Outcome::Eligible
    } else {
        Outcome::Ineligible
    };
    Item::new(outcome, msg)
}

fn index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

fn no_rank(i: usize, c: Competition) -> Item {
    Item::new(Outcome::Undetermined, M::RankNotGiven { competition: c })
        .missing(Field::AwardRank(index(i)))
}

/// 世界技能大赛 without the squad: the texts name 国家集训选手 (catalogue §4 Q8).
fn world_skills() -> Item {
    Item::new(Outcome::Undetermined, M::WorldSkillsConfirmSquad).missing(Field::GraduateAwards)
}

// ------------------------------------------------- 人社部发〔2021〕82号 四

/// 82号 四: 一类职业技能大赛 决赛 rank limits per team size.
fn pi_limit(team_size: u8) -> Option<u32> {
    match team_size {
        1 => Some(10),
        2 => Some(7),
        3 => Some(5),
        _ => None,
    }
}

fn pi_award(i: usize, a: &Award) -> Item {
    let c = a.competition;
    match c {
        Competition::WorldSkillsNationalSquad => Item::new(Outcome::Eligible, M::SquadMember),
        Competition::WorldSkills => world_skills(),
        Competition::NationalSkillsCompetition => match a.medal {
            Some(m) => Item::new(Outcome::Eligible, M::NationalSkillsMedal { medal: m }),
            None => Item::new(Outcome::Undetermined, M::NationalSkillsNeedsMedal)
                .missing(Field::AwardMedal(index(i))),
        },
        Competition::NationalClass1 => match (a.rank, a.team_size.and_then(pi_limit)) {
            (None, _) => no_rank(i, c),
            (Some(rank), Some(limit)) => ranked(c, rank, a.team_size, limit),
            // Team size unknown: decide where every team size agrees.
            (Some(rank), None) if rank <= 5 => Item::new(
                Outcome::Eligible,
                M::RankWithinEveryTeamSize {
                    competition: c,
                    rank,
                },
            ),
            (Some(rank), None) if rank > 10 => Item::new(
                Outcome::Ineligible,
                M::RankOutsideEveryTeamSize {
                    competition: c,
                    rank,
                },
            ),
            (Some(rank), None) => Item::new(
                Outcome::Undetermined,
                M::RankDependsOnTeamSize {
                    competition: c,
                    rank,
                },
            )
            .missing(Field::AwardTeamSize(index(i))),
        },
        Competition::NationalClass2
        | Competition::ProvincialComprehensive
        | Competition::ProvincialClass1
        | Competition::ProvincialClass2 => Item::new(
            Outcome::Ineligible,
            M::NotNamedForPublicInstitutions { competition: c },
        ),
    }
}

fn pi_route(ctx: &Ctx) -> DirectRoute {
    let g = &ctx.req.graduate;
    let mut items: Vec<Item> = g
        .awards
        .iter()
        .enumerate()
        .map(|(i, a)| pi_award(i, a))
        .collect();
    if !g.honours.is_empty() {
        items.push(Item::new(
            Outcome::Ineligible,
            M::HonoursNotNamedForPublicInstitutions,
        ));
    }
    let mut route = assemble(ctx, Route::PublicInstitution, &PI_CN_2021, items);
    // 职业院校毕业生 only.
    let gate = if g.school_type == SchoolType::University {
        Some(M::VocationalGraduatesOnly)
    } else if !ctx.graduated {
        Some(M::GraduatesOnly { date: ctx.as_of })
    } else {
        None
    };
    if let Some(msg) = gate {
        if route.outcome != Outcome::Ineligible {
            route.reasons.push(Note::bare(M::AwardOfNamedKind));
        }
        route.reasons.insert(0, ctx.note(&PI_CN_2021, msg));
        route.outcome = Outcome::Ineligible;
        route.missing.clear();
        // Closed to the person: what the employer decides is beside the point.
        let employer = Msg::from(M::RelatedPostEmployerDecides);
        route.caveats.retain(|c| c.msg != employer);
    }
    route
}

// ------------------------------------------------ 人社厅发〔2019〕95号 三

fn techschool_award(ctx: &Ctx, i: usize, a: &Award) -> Item {
    let c = a.competition;
    let mut classed = None;
    let limit = match c {
        Competition::WorldSkillsNationalSquad => {
            return Item::new(Outcome::Eligible, M::SquadMember)
        }
        Competition::WorldSkills => return world_skills(),
        // catalogue §4 Q9: 95号 (2019) names 国家级/省级 一类、二类 only, and
        // predates the first 全国技能大赛: whether these count as 一类 is
        // open — unless a text in force lists them among the 一类 (云政发
        // 〔2021〕28号 28.: 「…全国职业技能大赛…其他全国一类职业技能竞赛」,
        // 「全省综合性职业技能大赛和其他省级一类职业技能竞赛」; a reading).
        Competition::NationalSkillsCompetition | Competition::ProvincialComprehensive => {
            let (clause, limit) = if c == Competition::NationalSkillsCompetition {
                (&yzf_2021_28::CLASS1_CASH, 20)
            } else {
                (&yzf_2021_28::PROVINCIAL_CASH, 5)
            };
            if !ctx.clause_stands(clause) {
                return Item::new(
                    Outcome::Unclear,
                    M::OpenCompetitionNotNamed { competition: c },
                );
            }
            classed = Some((c, clause));
            limit
        }
        Competition::NationalClass1 => 20,
        Competition::NationalClass2 => 15,
        Competition::ProvincialClass1 => 5,
        Competition::ProvincialClass2 => 3,
    };
    let mut item = match a.rank {
        // teamSize does not matter on this route.
        Some(rank) => ranked(c, rank, None, limit),
        None => no_rank(i, c),
    };
    item.classed = classed;
    item
}

fn techschool_honour(ctx: &Ctx, h: Honour) -> Item {
    match h {
        Honour::ChinaSkillsAward
        | Honour::NationalTechnicalExpert
        | Honour::ProvincialSkillsAward
        | Honour::ProvincialTechnicalExpert
        | Honour::MasterStudioLead
        | Honour::NationalMasterStudioLead
        | Honour::ProvincialMasterStudioLead => {
            let mut item = Item::new(Outcome::Eligible, M::HonourQualifies { honour: h });
            // L1207 and L216 speak of the national 表彰 honours only.
            item.national_honour = matches!(
                h,
                Honour::ChinaSkillsAward | Honour::NationalTechnicalExpert
            );
            item
        }
        Honour::SpecialAllowance | Honour::ModelWorker => {
            match ctx.cert_level.filter(|l| *l >= SkillLevel::Senior) {
                Some(l) => Item::new(
                    Outcome::Eligible,
                    M::HonourWithCertificate {
                        honour: h,
                        skill: l,
                    },
                ),
                // The certificates listed are all the person holds.
                None => Item::new(Outcome::Ineligible, M::HonourNeedsCertificate { honour: h }),
            }
        }
    }
}

fn techschool_route(ctx: &Ctx) -> DirectRoute {
    let g = &ctx.req.graduate;
    let mut items: Vec<Item> = g
        .honours
        .iter()
        .map(|&h| techschool_honour(ctx, h))
        .collect();
    items.extend(
        g.awards
            .iter()
            .enumerate()
            .map(|(i, a)| techschool_award(ctx, i, a)),
    );
    assemble(
        ctx,
        Route::TechnicalSchoolTeaching,
        &TECHSCHOOL_CN_2019,
        items,
    )
}

// ------------------------------------- the provincial teaching route

fn vocteacher_route(ctx: &Ctx, level: SkillLevel) -> DirectRoute {
    let mut caveats = vec![Note::bare(M::SchoolDecidesDirectHiring)];
    let wider = ctx.clause_stands(&ybf_2023_9::DIRECT_TEACHING);
    if !wider {
        caveats.push(Note::bare(M::TechnicalSchoolPostsOnly {
            place: VOCTEACHER_YN.jurisdiction(),
        }));
    } else if ybf_2023_9::DIRECT_TEACHING.doc.date_uncertain(ctx.as_of) {
        // The wider reach (every 职业院校) rests on a text whose issue date
        // is not printed: inside its window, say so (a reading).
        caveats.push(Note::bare(super::msg::CommonMsg::IssueDateNotPrinted));
    }
    let mut msgs = Vec::new();
    ctx.date_caveats(&[&VOCTEACHER_YN], &mut msgs);
    caveats.extend(msgs.into_iter().map(Note::bare));
    DirectRoute {
        route: Route::VocationalSchoolTeaching,
        outcome: Outcome::Unclear,
        // The open point is the standing text's: 「符合条件的」 (2023), or,
        // before it, 「技能精湛的」 people from 企业 (2021).
        reasons: vec![if wider {
            ctx.note_on(
                &VOCTEACHER_YN,
                &[&ybf_2023_9::DIRECT_TEACHING],
                M::OpenQualifiedUndefined { skill: level },
            )
        } else {
            ctx.note_on(
                &VOCTEACHER_YN,
                &[&yzf_2021_28::DIRECT_TEACHING],
                M::OpenHighlySkilledFromEnterprises { skill: level },
            )
        }],
        missing: Vec::new(),
        caveats,
        citations: ctx.cite(&VOCTEACHER_YN),
    }
}

// ------------------------------------------------------------ assembly

/// eligible > undetermined > unclear > ineligible.
fn strength(o: Outcome) -> u8 {
    match o {
        Outcome::Eligible => 4,
        Outcome::Undetermined | Outcome::NotYet => 3,
        Outcome::Unclear => 2,
        Outcome::Ineligible => 1,
    }
}

/// One route from its items: the strongest item's outcome, with the reasons
/// of every item at that outcome (all of them when ineligible).
fn assemble(ctx: &Ctx, route: Route, rule: &'static Rule, items: Vec<Item>) -> DirectRoute {
    let outcome = items
        .iter()
        .map(|i| i.outcome)
        .max_by_key(|o| strength(*o))
        .unwrap_or(Outcome::Ineligible);
    let mut reasons = Vec::new();
    let mut missing = Vec::new();
    let mut national_honour = false;
    let mut classed: Vec<Note> = Vec::new();
    for item in &items {
        if item.outcome != outcome && outcome != Outcome::Ineligible {
            continue;
        }
        national_honour |= item.national_honour && item.outcome == Outcome::Eligible;
        let note = if item.outcome == Outcome::Unclear {
            // The open point, with the clause that leaves it open.
            ctx.note(rule, item.msg)
        } else {
            Note::bare(item.msg)
        };
        push_unique(&mut reasons, note);
        if let Some((competition, clause)) = item.classed {
            let place = CASH_YN_2021.jurisdiction();
            classed.push(ctx.note_on(
                &CASH_YN_2021,
                &[clause],
                M::ClassedAsClass1 { competition, place },
            ));
        }
        if outcome == Outcome::Undetermined {
            if let Some(m) = item.missing {
                push_unique(&mut missing, m);
            }
        }
    }
    if items.is_empty() {
        reasons.push(Note::bare(M::NothingNamedGiven));
    }
    // What the employer decides is said of a route that may open, never of
    // one closed to the person (a reading: it headed every report).
    let mut caveats = Vec::new();
    if outcome != Outcome::Ineligible {
        caveats.push(Note::bare(M::RelatedPostEmployerDecides));
    }
    for note in classed {
        push_unique(&mut caveats, note);
    }
    let mut msgs: Vec<Msg> = Vec::new();
    ctx.date_caveats(&[rule], &mut msgs);
    caveats.extend(msgs.into_iter().map(Note::bare));
    let mut citations = ctx.cite(rule);
    citations
        .retain(|c| national_honour || !HONOUR_SUPPORT.iter().any(|h| std::ptr::eq(*h, c.clause)));
    DirectRoute {
        route,
        outcome,
        reasons,
        missing,
        caveats,
        citations,
    }
}

/// The direct-recruitment routes standing on `asOf`.
pub fn evaluate(ctx: &Ctx) -> Vec<DirectRoute> {
    let mut out = Vec::new();
    if ctx.in_force(&PI_CN_2021) {
        out.push(pi_route(ctx));
    }
    if ctx.in_force(&TECHSCHOOL_CN_2019) {
        out.push(techschool_route(ctx));
    }
    if ctx.in_force(&VOCTEACHER_YN) {
        if let Some(level) = ctx.cert_level.filter(|l| *l >= SkillLevel::Senior) {
            out.push(vocteacher_route(ctx, level));
        }
    }
    out
}
