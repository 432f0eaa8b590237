//! Wording of [`EntitlementMsg`](crate::engine::entitlements::EntitlementMsg),
//! in declaration order.

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!(
        "amount.setLocally",
        "金额按当地规定执行，文件没有写明。",
        "The amount is set locally; the texts print none.",
    ),
    w!(
        "amount.oneOff",
        "每人一次性奖励{amount}。",
        "{amount}, one-off, per person.",
    ),
    w!(
        "amount.mayBeGranted",
        "可给予每人一次性奖励{amount}。",
        "{amount} may be granted, one-off, per person.",
    ),
    w!(
        "amount.dependsOnPlacing",
        "金额取决于所获奖牌或等次。",
        "The amount depends on the medal or prize tier.",
    ),
    w!(
        "amount.upToYunling",
        "最高10万元（“云岭百名工匠”评选；是否须入选，文件没有说明）。",
        "Up to CNY 100,000 (the 云岭百名工匠 selection; whether being selected is required, the text does not say).",
    ),
    w!(
        "amount.promotionLevelsNotPrinted",
        "晋升几级，文件没有规定。",
        "How many levels: the texts do not say.",
    ),
    w!(
        "amount.promotionUpToSeniorTechnician",
        "可破格晋升为高级工、技师或高级技师。",
        "Promotion by exception (破格) to 高级工, 技师 or 高级技师 is possible.",
    ),
    w!(
        "amount.promotionToTechnicianOrSeniorTechnician",
        "可破格晋升为技师或高级技师。",
        "Promotion by exception (破格) to 技师 or 高级技师 is possible.",
    ),
    w!(
        "amount.promotionToSeniorTechnician",
        "可破格晋升为高级技师。",
        "Promotion by exception (破格) to 高级技师 is possible.",
    ),
    w!(
        "amount.promotionNoHigherLevel",
        "按这一规定，没有更高的等级可以晋升。",
        "Under this rule there is no higher level to be promoted to.",
    ),
    w!(
        "reason.promotionCeilingHeld",
        "这一规定最高晋升到高级技师，您已持有{skill}证书。",
        "This rule promotes to 高级技师 at most, and you already hold a {skill} certificate.",
    ),
    w!(
        "reason.topOfLadderHeld",
        "{skill}是职业技能等级序列的最高一级，没有更高的等级可以晋升。",
        "{skill} is the top of the skill-level ladder: there is no higher level.",
    ),
    w!(
        "reason.classDecides",
        "这项政策适用于技师学院高级工班和预备技师班毕业生：请填写您的班级。",
        "This applies to graduates of a 技师学院's 高级工班 and 预备技师班: please give your class.",
    ),
    w!(
        "condition.asForCollegeGraduates",
        "须符合条件，按高校毕业生的同等条件享受。",
        "On the same conditions as for college graduates, which must be met.",
    ),
    w!(
        "condition.selfEmployedOrStartup",
        "限自主创业（或自谋职业），并须符合条件。",
        "Only when starting a business or self-employed, and meeting the conditions.",
    ),
    w!(
        "condition.startupStudents",
        "限创业的技师学院高级工班及以上在校学生（可参照享受）。",
        "Only for technician-college students of a 高级工班 or above who start a business (they may share these policies).",
    ),
    w!(
        "condition.collegeGraduateUmbrella",
        "在就业方面按大学专科或本科毕业生对待；具体补贴项目以相关文件列明的为准。",
        "You are treated as a 大专 or 本科 graduate for employment; the specific subsidies are those other texts name.",
    ),
    w!(
        "condition.trainingCatalogue",
        "须是当地目录内的补贴性职业技能培训，并视专项资金情况而定。",
        "Only subsidised skills training on the local catalogue, and subject to the special fund's balance.",
    ),
    w!(
        "condition.graduationYearIsCalendarYear",
        "“毕业年度”这里按您毕业日期所在的年份计算，请向当地人社部门核实。",
        "The “graduation year” (毕业年度) is taken as the calendar year of your graduation date; check with the local human-resources office.",
    ),
    w!(
        "condition.expectedGraduationDateNeeded",
        "请填写（预计）毕业日期，以判断您是否处于毕业年度。",
        "Give your (expected) graduation date, to tell whether this is your graduation year.",
    ),
    w!(
        "condition.applyPerLocalRules",
        "按规定申请：具体条件和标准请咨询当地人社部门。",
        "Apply as provided: ask the local human-resources office for the criteria and amounts.",
    ),
    w!(
        "condition.oneOffPerPerson",
        "一次性奖励，按每人计算。",
        "A one-off award, per person.",
    ),
    w!(
        "condition.sentByProvince",
        "仅限{place}选派参赛的选手，请向主管部门核实。",
        "Only for competitors {place} sent to the competition; check with the authority concerned.",
    ),
    w!(
        "condition.representingProvince",
        "这是{place}的奖励，适用于代表{place}参赛的选手。",
        "This is an award of {place}, for competitors representing {place}.",
    ),
    w!(
        "condition.discretionary",
        "文件写的是“可给予”：属于可以给予的奖励，不是一定给予。",
        "The text says it “may be granted”: it is not guaranteed.",
    ),
    w!(
        "condition.teamMembersFullAmount",
        "团体项目：每名选手都按全额计算。",
        "Team event: each competitor gets the full amount.",
    ),
    w!(
        "condition.deemedProvincialTechnicalAward",
        "这笔奖金视同省级人民政府在技术方面颁发的奖金；涉及的税收规定请向税务部门咨询。",
        "The award counts as a provincial government award for technical achievement; ask the tax office about its tax treatment.",
    ),
    w!(
        "condition.needsMedal",
        "奖励按所获奖牌确定，只有名次无法确定金额，请填写奖牌。",
        "The award follows the medal: a rank alone does not decide it. Please give the medal.",
    ),
    w!(
        "condition.needsMedalOrPrize",
        "奖励按奖牌确定，未设奖牌的按一、二、三等奖确定；只有名次无法确定金额，请填写奖牌或等次。",
        "The award follows the medal, or the prize tier (一/二/三等奖) where no medals are given: a rank alone does not decide it. Please give the medal or tier.",
    ),
    w!(
        "condition.yunlingScheme",
        "另：{place}每年在全省职业技能大赛中选取10个专业评选“云岭百名工匠”，对获奖选手给予最高10万元奖励；您所在的专业是否入选、“获奖选手”是否只指入选者，文件没有说明。两项奖励能否同时获得，文件也没有说明，这里不把它们相加。",
        "Also: each year {place} picks 10 subjects of the provincial skills competition to select the 云岭百名工匠, whose prize-winners get up to CNY 100,000. Whether your subject is among them, and whether “prize-winners” means only those selected, is not said. Nor do the texts say whether both awards can be received; they are not added together here.",
    ),
    w!(
        "condition.promotionPerRules",
        "按有关规定晋升职业技能等级，并颁发职业技能等级证书。",
        "Promotion under the relevant rules, with a skill-level certificate.",
    ),
    w!(
        "condition.inAnnualPlan",
        "须是在{place}组织、列入年度竞赛计划的竞赛。",
        "The competition must be one organised in {place} and on the annual competition plan.",
    ),
    w!(
        "condition.nationalHostedInProvince",
        "如这项国家级竞赛由{place}承办并列入{place}的年度竞赛计划，另按{place}2022年的竞赛管理办法办理（获优胜奖及以上即可晋升）。",
        "If this national competition was hosted by {place} and on {place}'s annual plan, {place}'s 2022 competition measures apply as well (excellence or better is promoted).",
    ),
    w!(
        "condition.promotionNeedsExcellenceOrBetter",
        "须获得优胜奖及以上（金、银、铜牌，一、二、三等奖，或优胜奖）；只有名次无法判断，请填写所获奖项。",
        "It takes a medallion for excellence or better (a medal, a 一/二/三等奖, or 优胜奖): a rank alone does not tell. Please give the award.",
    ),
    w!(
        "condition.mayBePromoted",
        "文件写的是“按规定可破格晋升”：属于可以给予的晋升，不是必然晋升；具体程序和晋升到哪一级，以有关规定为准。",
        "The text says outstanding winners “may be promoted by exception, as provided”: it is not automatic, and the procedure and the level reached are set by other rules.",
    ),
    w!(
        "condition.vocationalStudentsAndWorkers",
        "这一条适用于职业院校学生和企业职工。",
        "This applies to students of vocational schools and to enterprise employees.",
    ),
    w!(
        "condition.competitionHeldUnderItsRules",
        "按竞赛举办时有效的规定办理。",
        "The rules in force when the competition was held apply.",
    ),
    w!(
        "condition.interimMeasures",
        "{place}2014年的办法是暂行办法，文件没有规定截止日期。",
        "{place}'s 2014 measures are interim (暂行) and set no end date.",
    ),
    w!(
        "open.yunlingWinners",
        "“云岭百名工匠”的奖励：文件没有说明“获奖选手”是指入选的工匠，还是入选专业的全部获奖选手。",
        "The 云岭百名工匠 award: the text does not say whether “prize-winners” means the craftsmen selected or every prize-winner of the chosen subjects.",
    ),
    w!(
        "open.winnerUndefined",
        "文件写的是“胜出的优秀选手”，没有说明哪些名次算“胜出”。",
        "The text speaks of “outstanding winners” (胜出的优秀选手) without saying which placings count as winning.",
    ),
    w!(
        "open.workerOrStudent",
        "这一条只写了职业院校学生和企业职工；普通高校毕业生是否适用，要看获奖时您是否是企业职工，文件没有其他规定。",
        "This names students of vocational schools and enterprise employees only; for a university graduate it depends on whether you were an enterprise employee when you won, and the texts say nothing more.",
    ),
    w!(
        "open.aboveSeniorTechnician",
        "您已持有{skill}证书；高级技师以上的特级技师、首席技师是在其上增设的技术职务（岗位），竞赛获奖能否晋升到这些等级，文件没有说明。",
        "You hold a {skill} certificate; above 高级技师, the 特级技师 and 首席技师 levels are technical posts set up on top of it, and whether a competition placing promotes to them the texts do not say.",
    ),
    w!(
        "open.notInExamples",
        "文件说现行促进就业创业的各类政策措施都可以按规定参照享受，但举例列出的政策里没有这一项（列举以“等”结尾）；能否享受，以当地经办部门的规定为准。",
        "The text says every current measure for employment and business start-up may be shared as the rules provide, but its examples do not name this one (the list ends in “and other”); whether you get it is for the local office to say.",
    ),
];
