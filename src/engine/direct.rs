//! C. Direct recruitment by assessment (直接考察).
//!
//! Routes are a union (catalogue §1 item 4): each route whose rule stands on
//! `asOf` is listed with its own outcome. Within a route, the person's
//! honours and awards are alternatives: one that qualifies makes the route
//! `eligible`; otherwise one that might makes it `undetermined` (with the
//! field that would decide it in `missing`); otherwise `ineligible`.
//!
//! `undetermined` only when the answer really depends on something unknown:
//! a 国家级一类 rank without `teamSize` is decided when every team size gives
//! the same answer (rank ≤ 5 qualifies for any, rank > 10 for none).

use crate::law::cn::*;
use crate::law::yn::*;
use crate::law::*;
use crate::report::{Citation, DirectRoute};
use crate::request::{Award, Competition, Honour, Medal, SchoolType, SkillLevel};
use crate::text::{pick, t, Str, Text};
use crate::vocab::{Outcome, Route};

use super::{push_unique, Ctx};

// ------------------------------------------------------------------- rules

/// 人社厅发〔2019〕95号 三: honours, the 世赛 national squad and top placings at
/// 中国技能大赛 → 技工院校 teaching posts related to the award. No graduate requirement.
pub static TECHSCHOOL_CN_2019: Rule = Rule {
    id: "direct.techschool.cn.2019",
    gloss: t(
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
    gloss: t(
        "职业院校毕业生为世赛国家集训选手、全国技能大赛优胜奖以上选手、一类职业技能大赛决赛单人前10名、双人前7名、三人前5名的，可直接考察招聘到事业单位与所获奖项相关的岗位。",
        "Vocational graduates who are WorldSkills national squad members, 优胜奖-or-better at the National Skills Competition, or class-1 finalists in the top 10 (single), 7 (pair) or 5 (trio) may be hired by direct assessment to related public-institution posts.",
    ),
    cites: &[
        cite(&rsbf_2021_82::DIRECT_ASSESSMENT),
    ],
    superseded: None,
};

/// Yunnan: 技工院校 (2021), then every 职业院校 (2023), may hire 高技能人才 to
/// teach by direct assessment; 符合条件的 is not defined.
pub static VOCTEACHER_YN: Rule = Rule {
    id: "direct.vocteacher.yn",
    gloss: t(
        "云南：技工院校（2021年起）、职业院校（2023年文件）可通过直接考察方式公开招聘符合条件的高技能人才任教；“符合条件”未界定。",
        "Yunnan: 技工院校 (from 2021) and all vocational schools (2023 text) may hire qualified high-skilled people to teach by direct assessment; 'qualified' is not defined.",
    ),
    cites: &[
        cite(&yzf_2021_28::DIRECT_TEACHING),
        cite(&ybf_2023_9::DIRECT_TEACHING),
    ],
    superseded: None,
};

// Not modelled: 国发〔2019〕4号 L328 「在职业院校实行高层次、高技能人才以直接考察的
// 方式公开招聘」 and the 一事一议 clause of L2703, because they name no person-level
// condition; the enterprise engineers with 高级职称 of L2334, because no input
// describes a title held outside a 技工院校.

pub static RULES: &[&Rule] = &[&TECHSCHOOL_CN_2019, &PI_CN_2021, &VOCTEACHER_YN];

// ------------------------------------------------------------------- texts

const RELATED_POST: Text = t(
    "岗位须与所获奖项相关；是否采用直接考察由用人单位决定（可）",
    "the post must relate to the award; the employer decides (可)",
);
const QUALIFIED_UNDEFINED: Text = t(
    "职业院校可通过直接考察方式招聘符合条件的高技能人才任教；“符合条件的”未界定",
    "a 职业院校 may hire qualified 高技能人才 to teach by direct assessment; 符合条件的 is undefined",
);
const TECHNICAL_SCHOOLS_ONLY: Text = t(
    "在云办发〔2023〕9号之前，此途径只及于技工院校（专业课教师或生产实习指导教师）",
    "before 云办发〔2023〕9号, this route reaches 技工院校 posts only (specialised-subject teacher or practical instructor)",
);

fn competition(c: Competition) -> Text {
    match c {
        Competition::WorldSkills => t("世界技能大赛", "WorldSkills Competition (世界技能大赛)"),
        Competition::WorldSkillsNationalSquad => t(
            "世界技能大赛国家集训队",
            "WorldSkills national training squad (世赛国家集训队)",
        ),
        Competition::NationalSkillsCompetition => {
            t("全国技能大赛", "National Skills Competition (全国技能大赛)")
        }
        Competition::NationalClass1 => t(
            "国家级一类竞赛",
            "national class-1 competition (国家级一类竞赛)",
        ),
        Competition::NationalClass2 => t(
            "国家级二类竞赛",
            "national class-2 competition (国家级二类竞赛)",
        ),
        Competition::ProvincialComprehensive => t(
            "全省技能大赛",
            "provincial skills competition (全省技能大赛)",
        ),
        Competition::ProvincialClass1 => t(
            "省级一类竞赛",
            "provincial class-1 competition (省级一类竞赛)",
        ),
        Competition::ProvincialClass2 => t(
            "省级二类竞赛",
            "provincial class-2 competition (省级二类竞赛)",
        ),
    }
}

fn honour(h: Honour) -> Text {
    match h {
        Honour::ChinaSkillsAward => t("中华技能大奖", "China Skills Award (中华技能大奖)"),
        Honour::NationalTechnicalExpert => {
            t("全国技术能手", "national technical expert (全国技术能手)")
        }
        Honour::ProvincialSkillsAward => {
            t("省级技能大奖", "provincial skills award (省级技能大奖)")
        }
        Honour::ProvincialTechnicalExpert => {
            t("省级技术能手", "provincial technical expert (省级技术能手)")
        }
        Honour::SpecialAllowance => t(
            "享受国务院或省政府特殊津贴",
            "State Council or provincial special allowance (特殊津贴)",
        ),
        Honour::MasterStudioLead => t(
            "国家级或省级技能大师工作室带头人",
            "lead of a national or provincial master studio (技能大师工作室带头人)",
        ),
        Honour::ModelWorker => t(
            "省部级以上劳动模范",
            "model worker at provincial/ministerial level or above (劳动模范)",
        ),
    }
}

fn medal(m: Medal) -> Text {
    match m {
        Medal::Gold => t("金牌", "gold medal"),
        Medal::Silver => t("银牌", "silver medal"),
        Medal::Bronze => t("铜牌", "bronze medal"),
        Medal::Excellence => t("优胜奖", "优胜奖 (medallion for excellence)"),
    }
}

fn team(n: u8) -> Text {
    match n {
        1 => t("单人", "single event"),
        2 => t("双人", "pair event"),
        _ => t("三人", "trio event"),
    }
}

// ------------------------------------------------------------------- items

/// What one honour or award gives on one route.
struct Item {
    outcome: Outcome,
    text: Str,
    missing: Vec<Str>,
    /// A 高技能人才 honour decided it: show the support quotes.
    honour: bool,
}

impl Item {
    fn new(outcome: Outcome, text: Str) -> Item {
        Item {
            outcome,
            text,
            missing: Vec::new(),
            honour: false,
        }
    }
    fn missing(mut self, path: impl Into<Str>) -> Item {
        self.missing.push(path.into());
        self
    }
}

/// A rank against a threshold: "国家级一类竞赛第8名（前20名内）".
fn ranked(ctx: &Ctx, c: Competition, rank: u32, team_size: Option<u8>, limit: u32) -> Item {
    let name = competition(c);
    let (tz, te) = match team_size {
        Some(n) => {
            let tm = team(n);
            (format!("{}，", tm.zh), format!("{}, ", tm.en))
        }
        None => (String::new(), String::new()),
    };
    if rank <= limit {
        Item::new(
            Outcome::Eligible,
            pick!(
                ctx.lang,
                format!("{}第{rank}名（{tz}前{limit}名内）", name.zh),
                format!("{}, rank {rank} ({te}within the top {limit})", name.en),
            ),
        )
    } else {
        Item::new(
            Outcome::Ineligible,
            pick!(
                ctx.lang,
                format!("{}第{rank}名（{tz}未进入前{limit}名）", name.zh),
                format!("{}, rank {rank} ({te}not within the top {limit})", name.en),
            ),
        )
    }
}

fn no_rank(ctx: &Ctx, i: usize, c: Competition) -> Item {
    let name = competition(c);
    Item::new(
        Outcome::Undetermined,
        pick!(
            ctx.lang,
            format!("{}：未填写名次，无法对照名次要求（奖牌或等次不等于名次）", name.zh),
            format!(
                "{}: no rank given, so the rank limit cannot be checked (a medal or prize tier is not a rank)",
                name.en
            ),
        ),
    )
    .missing(format!("graduate.awards[{i}].rank"))
}

fn squad(ctx: &Ctx) -> Item {
    Item::new(
        Outcome::Eligible,
        pick!(
            ctx.lang,
            "世界技能大赛国家集训选手".to_owned(),
            "WorldSkills national training squad member (世赛国家集训选手)".to_owned(),
        ),
    )
}

/// 世界技能大赛 without the squad: the texts name 国家集训选手 (catalogue §4 Q8).
fn world_skills(ctx: &Ctx) -> Item {
    Item::new(
        Outcome::Undetermined,
        pick!(
            ctx.lang,
            "世界技能大赛选手：条文所列为世赛国家集训选手，请确认是否入选国家集训队（如是，请添加该项）".to_owned(),
            "WorldSkills competitor: the text names national training squad members; confirm squad membership (add it to the awards if so)".to_owned(),
        ),
    )
    .missing("graduate.awards".to_owned())
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

fn pi_award(ctx: &Ctx, i: usize, a: &Award) -> Item {
    let name = competition(a.competition);
    match a.competition {
        Competition::WorldSkillsNationalSquad => squad(ctx),
        Competition::WorldSkills => world_skills(ctx),
        Competition::NationalSkillsCompetition => match a.medal {
            Some(m) => Item::new(
                Outcome::Eligible,
                pick!(
                    ctx.lang,
                    format!("{}{}（优胜奖以上）", name.zh, medal(m).zh),
                    format!("{}, {} (优胜奖 or better)", name.en, medal(m).en),
                ),
            ),
            None => Item::new(
                Outcome::Undetermined,
                pick!(
                    ctx.lang,
                    format!("{}：须为优胜奖以上选手；只有名次无法判断（优胜奖不按名次确定）", name.zh),
                    format!(
                        "{}: needs 优胜奖 or better; a rank alone does not tell (优胜奖 is not set by rank)",
                        name.en
                    ),
                ),
            )
            .missing(format!("graduate.awards[{i}].medal")),
        },
        Competition::NationalClass1 => match (a.rank, a.team_size.and_then(pi_limit)) {
            (None, _) => no_rank(ctx, i, a.competition),
            (Some(rank), Some(limit)) => ranked(ctx, a.competition, rank, a.team_size, limit),
            // Team size unknown: decide where every team size agrees.
            (Some(rank), None) if rank <= 5 => Item::new(
                Outcome::Eligible,
                pick!(
                    ctx.lang,
                    format!("{}第{rank}名（前5名内：单人、双人、三人赛项均符合）", name.zh),
                    format!(
                        "{}, rank {rank} (within the top 5: qualifies for a single, pair or trio event)",
                        name.en
                    ),
                ),
            ),
            (Some(rank), None) if rank > 10 => Item::new(
                Outcome::Ineligible,
                pick!(
                    ctx.lang,
                    format!("{}第{rank}名（未进入前10名：任何赛项均不符合）", name.zh),
                    format!(
                        "{}, rank {rank} (not within the top 10: no event size qualifies)",
                        name.en
                    ),
                ),
            ),
            (Some(rank), None) => Item::new(
                Outcome::Undetermined,
                pick!(
                    ctx.lang,
                    format!("{}第{rank}名：单人赛项前10名、双人前7名、三人前5名，取决于赛项人数", name.zh),
                    format!(
                        "{}, rank {rank}: the limit is the top 10 (single), 7 (pair) or 5 (trio); the team size decides",
                        name.en
                    ),
                ),
            )
            .missing(format!("graduate.awards[{i}].teamSize")),
        },
        Competition::NationalClass2
        | Competition::ProvincialComprehensive
        | Competition::ProvincialClass1
        | Competition::ProvincialClass2 => Item::new(
            Outcome::Ineligible,
            pick!(
                ctx.lang,
                format!("{}：人社部发〔2021〕82号四未列此类竞赛", name.zh),
                format!("{}: 人社部发〔2021〕82号 四 does not name it", name.en),
            ),
        ),
    }
}

fn pi_route(ctx: &Ctx) -> DirectRoute {
    let g = &ctx.req.graduate;
    let mut items: Vec<Item> = g
        .awards
        .iter()
        .enumerate()
        .map(|(i, a)| pi_award(ctx, i, a))
        .collect();
    if !g.honours.is_empty() {
        items.push(Item::new(
            Outcome::Ineligible,
            pick!(
                ctx.lang,
                "荣誉称号：人社部发〔2021〕82号四未列".to_owned(),
                "Honours: 人社部发〔2021〕82号 四 does not name them".to_owned(),
            ),
        ));
    }
    let mut route = assemble(ctx, Route::PublicInstitution, &PI_CN_2021, items, false);
    // 职业院校毕业生 only.
    let gate = if g.school_type == SchoolType::University {
        Some(pick!(
            ctx.lang,
            "人社部发〔2021〕82号四只适用于职业院校毕业生".to_owned(),
            "人社部发〔2021〕82号 四 covers graduates of vocational schools (职业院校) only"
                .to_owned(),
        ))
    } else if !ctx.graduated {
        Some(pick!(
            ctx.lang,
            format!(
                "人社部发〔2021〕82号四只适用于毕业生：你在{}尚未毕业",
                ctx.as_of
            ),
            format!(
                "人社部发〔2021〕82号 四 covers graduates only: on {} you have not graduated",
                ctx.as_of
            ),
        ))
    } else {
        None
    };
    if let Some(text) = gate {
        if route.outcome != Outcome::Ineligible {
            route.reasons.push(pick!(
                ctx.lang,
                "上述奖项本身符合条文所列".to_owned(),
                "the award above is of a kind the text names".to_owned(),
            ));
        }
        route.reasons.insert(0, text);
        route.outcome = Outcome::Ineligible;
        route.missing.clear();
    }
    route
}

// ------------------------------------------------ 人社厅发〔2019〕95号 三

fn techschool_award(ctx: &Ctx, i: usize, a: &Award) -> Item {
    let name = competition(a.competition);
    let limit = match a.competition {
        Competition::WorldSkillsNationalSquad => return squad(ctx),
        Competition::WorldSkills => return world_skills(ctx),
        Competition::NationalSkillsCompetition | Competition::ProvincialComprehensive => {
            // catalogue §4 Q9: 95号 (2019) names 国家级/省级 一类、二类 only.
            let (zh, en) = if a.competition == Competition::NationalSkillsCompetition {
                (
                    "人社厅发〔2019〕95号早于首届全国技能大赛，未列此赛；是否按国家级一类大赛对待未定",
                    "人社厅发〔2019〕95号 predates the first National Skills Competition and does not name it; whether it counts as a 国家级一类大赛 is open",
                )
            } else {
                (
                    "人社厅发〔2019〕95号未列全省技能大赛；是否按省级一类大赛对待未定",
                    "人社厅发〔2019〕95号 does not name the provincial skills competition; whether it counts as a 省级一类大赛 is open",
                )
            };
            return Item::new(
                Outcome::Undetermined,
                pick!(
                    ctx.lang,
                    format!("{}：{zh}", name.zh),
                    format!("{}: {en}", name.en),
                ),
            );
        }
        Competition::NationalClass1 => 20,
        Competition::NationalClass2 => 15,
        Competition::ProvincialClass1 => 5,
        Competition::ProvincialClass2 => 3,
    };
    match a.rank {
        // teamSize does not matter on this route.
        Some(rank) => ranked(ctx, a.competition, rank, None, limit),
        None => no_rank(ctx, i, a.competition),
    }
}

fn techschool_honour(ctx: &Ctx, h: Honour) -> Item {
    let name = honour(h);
    match h {
        Honour::ChinaSkillsAward
        | Honour::NationalTechnicalExpert
        | Honour::ProvincialSkillsAward
        | Honour::ProvincialTechnicalExpert
        | Honour::MasterStudioLead => {
            let mut item = Item::new(
                Outcome::Eligible,
                pick!(
                    ctx.lang,
                    format!("{}（高技能人才荣誉）", name.zh),
                    format!("{} (a high-skill honour)", name.en),
                ),
            );
            // The 表彰 honours are what L1207 and L216 call 高技能人才 honours.
            item.honour = h != Honour::MasterStudioLead;
            item
        }
        Honour::SpecialAllowance | Honour::ModelWorker => {
            match ctx.cert_level.filter(|l| *l >= SkillLevel::Senior) {
                Some(l) => Item::new(
                    Outcome::Eligible,
                    pick!(
                        ctx.lang,
                        format!("{}，且持{}证书（高级工以上，属高技能人才）", name.zh, l.name().zh),
                        format!(
                            "{}, with a {} certificate (高级工 or above: a high-skilled person)",
                            name.en,
                            l.name().en
                        ),
                    ),
                ),
                None => Item::new(
                    Outcome::Undetermined,
                    pick!(
                        ctx.lang,
                        format!("{}：条文要求是高技能人才（高级工以上），未填写高级工以上证书", name.zh),
                        format!(
                            "{}: the text needs a high-skilled person (高级工 or above), and no such certificate is given",
                            name.en
                        ),
                    ),
                )
                .missing("graduate.certificates".to_owned()),
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
    let honour = items
        .iter()
        .any(|it| it.honour && it.outcome == Outcome::Eligible);
    assemble(
        ctx,
        Route::TechnicalSchoolTeaching,
        &TECHSCHOOL_CN_2019,
        items,
        honour,
    )
}

// ------------------------------------------------------------ Yunnan

fn vocteacher_route(ctx: &Ctx, level: SkillLevel) -> DirectRoute {
    let mut caveats = Vec::new();
    push_unique(&mut caveats, ctx.t(QUALIFIED_UNDEFINED));
    let all_schools = VOCTEACHER_YN
        .cites
        .iter()
        .any(|c| c.doc().id == ybf_2023_9::DOC.id && c.doc().in_force() <= ctx.as_of);
    if !all_schools {
        push_unique(&mut caveats, ctx.t(TECHNICAL_SCHOOLS_ONLY));
    }
    push_unique(&mut caveats, ctx.t(RELATED_POST));
    ctx.date_caveats(&VOCTEACHER_YN, &mut caveats);
    DirectRoute {
        route: Route::VocationalSchoolTeaching,
        outcome: Outcome::Undetermined,
        reasons: vec![pick!(
            ctx.lang,
            format!(
                "持{}证书，属高技能人才（高级工以上）；“符合条件的”高技能人才未界定",
                level.name().zh
            ),
            format!(
                "With a {} certificate you are a high-skilled person (高级工 or above); which of them are 'qualified' (符合条件的) is not defined",
                level.name().en
            ),
        )],
        missing: Vec::new(),
        caveats,
        citations: ctx.cite(&VOCTEACHER_YN),
    }
}

// ------------------------------------------------------------ assembly

/// The citations of `rule` standing on `asOf`; the honour support quotes only
/// when a 高技能人才 honour decided.
fn citations(ctx: &Ctx, rule: &'static Rule, honour: bool) -> Vec<Citation> {
    let mut out = ctx.cite(rule);
    out.retain(|c| {
        honour
            || !HONOUR_SUPPORT
                .iter()
                .any(|h| std::ptr::eq(*h, c.cite.clause))
    });
    out
}

/// One route from its items: eligible if any item is, else undetermined if
/// any is, else ineligible.
fn assemble(
    ctx: &Ctx,
    route: Route,
    rule: &'static Rule,
    items: Vec<Item>,
    honour: bool,
) -> DirectRoute {
    let outcome = if items.iter().any(|i| i.outcome == Outcome::Eligible) {
        Outcome::Eligible
    } else if items.iter().any(|i| i.outcome == Outcome::Undetermined) {
        Outcome::Undetermined
    } else {
        Outcome::Ineligible
    };
    let mut reasons = Vec::new();
    let mut missing = Vec::new();
    for item in &items {
        if outcome == Outcome::Eligible && item.outcome != Outcome::Eligible {
            continue;
        }
        push_unique(&mut reasons, item.text.clone());
        if outcome == Outcome::Undetermined && item.outcome == Outcome::Undetermined {
            for m in &item.missing {
                push_unique(&mut missing, m.clone());
            }
        }
    }
    if items.is_empty() {
        reasons.push(pick!(
            ctx.lang,
            "未填写条文所列的荣誉、奖项或世赛国家集训队经历".to_owned(),
            "No honour, award or WorldSkills squad membership of the kinds the text names is given"
                .to_owned(),
        ));
    }
    let mut caveats = Vec::new();
    push_unique(&mut caveats, ctx.t(RELATED_POST));
    ctx.date_caveats(rule, &mut caveats);
    DirectRoute {
        route,
        outcome,
        reasons,
        missing,
        caveats,
        citations: citations(ctx, rule, honour),
    }
}

/// The direct-recruitment routes standing on `asOf`.
pub(crate) fn evaluate(ctx: &Ctx) -> Vec<DirectRoute> {
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
