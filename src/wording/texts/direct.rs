//! Wording of [`DirectMsg`](crate::engine::direct::DirectMsg), in
//! declaration order.

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!(
        "reason.rankWithin",
        "{competition}第{rank}名，在前{limit}名之内。",
        "{competition}, rank {rank}: within the top {limit}.",
    ),
    w!(
        "reason.rankWithinForTeam",
        "{competition}{team}赛项第{rank}名，在前{limit}名之内。",
        "{competition}, {team} event, rank {rank}: within the top {limit}.",
    ),
    w!(
        "reason.rankOutside",
        "{competition}第{rank}名，不在前{limit}名之内。",
        "{competition}, rank {rank}: not within the top {limit}.",
    ),
    w!(
        "reason.rankOutsideForTeam",
        "{competition}{team}赛项第{rank}名，不在前{limit}名之内。",
        "{competition}, {team} event, rank {rank}: not within the top {limit}.",
    ),
    w!(
        "reason.rankNotGiven",
        "{competition}：没有填写名次，无法对照名次要求（奖牌或等次不等于名次）。",
        "{competition}: no rank is given, so the rank limit cannot be checked (a medal or prize tier is not a rank).",
    ),
    w!(
        "reason.rankWithinEveryTeamSize",
        "{competition}第{rank}名，在前5名之内：单人、双人、三人赛项都符合。",
        "{competition}, rank {rank}: within the top 5, which qualifies for single, pair and trio events alike.",
    ),
    w!(
        "reason.rankOutsideEveryTeamSize",
        "{competition}第{rank}名，不在前10名之内：任何赛项都不符合。",
        "{competition}, rank {rank}: not within the top 10, so no event size qualifies.",
    ),
    w!(
        "reason.rankDependsOnTeamSize",
        "{competition}第{rank}名：单人赛项须前10名、双人前7名、三人前5名，要看赛项人数。",
        "{competition}, rank {rank}: the limit is the top 10 (single), 7 (pair) or 5 (trio); the event size decides.",
    ),
    w!(
        "reason.squadMember",
        "世界技能大赛国家集训队选手。",
        "A member of the WorldSkills national training squad.",
    ),
    w!(
        "reason.worldSkillsConfirmSquad",
        "世界技能大赛选手：文件写的是“国家集训选手”，请确认是否入选国家集训队（如是，请添加这一项）。",
        "A WorldSkills competitor: the text names members of the national training squad. Confirm whether you were in the squad (and add it if so).",
    ),
    w!(
        "reason.nationalSkillsMedal",
        "全国技能大赛{medal}，属于优胜奖以上。",
        "National Skills Competition, {medal}: a medallion for excellence or better.",
    ),
    w!(
        "reason.nationalSkillsNeedsMedal",
        "全国技能大赛：须为优胜奖以上选手；只有名次无法判断（优胜奖不按名次确定）。",
        "National Skills Competition: it takes a medallion for excellence or better; a rank alone does not tell.",
    ),
    w!(
        "reason.notNamedForPublicInstitutions",
        "{competition}：事业单位直接考察招聘的规定没有列出这类竞赛。",
        "{competition}: the rule on direct hiring by public institutions does not name this kind of competition.",
    ),
    w!(
        "reason.honoursNotNamedForPublicInstitutions",
        "荣誉称号：事业单位直接考察招聘的规定没有列出。",
        "Honours: the rule on direct hiring by public institutions does not name them.",
    ),
    w!(
        "reason.vocationalGraduatesOnly",
        "事业单位直接考察招聘的规定只适用于职业院校毕业生。",
        "Direct hiring by public institutions is for graduates of vocational schools only.",
    ),
    w!(
        "reason.graduatesOnly",
        "事业单位直接考察招聘只适用于毕业生：您在{date}尚未毕业。",
        "Direct hiring by public institutions is for graduates: on {date} you have not graduated.",
    ),
    w!(
        "reason.awardOfNamedKind",
        "您的获奖本身属于文件列出的类型。",
        "The award itself is of a kind the text names.",
    ),
    w!(
        "open.competitionNotNamed",
        "{competition}：技工院校直接考察招聘的规定（2019年）没有列出这项竞赛，是否按国家级或省级一类竞赛对待，文件没有说明。",
        "{competition}: the 2019 rule on direct hiring to teach at technical schools does not name this competition; whether it counts as a national or provincial class-1 competition is not said.",
    ),
    w!(
        "reason.honourQualifies",
        "{honour}：属于文件列出的高技能人才荣誉。",
        "{honour}: an honour for high-skilled people that the text names.",
    ),
    w!(
        "reason.honourWithCertificate",
        "{honour}，并持有{skill}证书（高级工以上，属于高技能人才）。",
        "{honour}, with a {skill} certificate (高级工 or above: a high-skilled person).",
    ),
    w!(
        "reason.honourNeedsCertificate",
        "{honour}：文件要求是高技能人才（高级工以上），您没有填写高级工以上的证书。",
        "{honour}: the text asks for a high-skilled person (高级工 or above), and no such certificate is given.",
    ),
    w!(
        "reason.nothingNamedGiven",
        "您没有填写文件所列的荣誉、获奖或世界技能大赛国家集训队经历。",
        "No honour, award or WorldSkills squad place of the kinds the text names is given.",
    ),
    w!(
        "open.qualifiedUndefined",
        "您持有{skill}证书，属于高技能人才；但文件写的是可以直接考察招聘“符合条件的”高技能人才，没有说明具体条件。",
        "With a {skill} certificate you are a high-skilled person; the text allows direct hiring of “qualified” high-skilled people but does not say what qualifies.",
    ),
    w!(
        "open.highlySkilledFromEnterprises",
        "您持有{skill}证书，属于高技能人才；但文件写的是技工院校可以“探索”直接考察招聘企业中“技能精湛”的高技能人才，没有说明什么算“技能精湛”，也只说到在企业工作的人才。",
        "With a {skill} certificate you are a high-skilled person; but the text lets technical schools “explore” hiring “highly skilled” people from enterprises by direct assessment, without saying what counts as highly skilled, and it speaks only of people working in enterprises.",
    ),
    w!(
        "caveat.relatedPostEmployerDecides",
        "岗位须与所获奖项相关；是否采用直接考察，由用人单位决定。",
        "The post must relate to the award; whether to hire by direct assessment is the employer's choice.",
    ),
    w!(
        "caveat.classedAsClass1",
        "文件没有写明{competition}是否属于一类竞赛；{place}的文件把它与其他一类职业技能竞赛并列，这里据此按一类竞赛计算名次。",
        "The texts do not say whether {competition} is a class-1 competition; {place}'s texts list it with the other class-1 skills competitions, so it is counted as one here.",
    ),
    w!(
        "caveat.technicalSchoolPostsOnly",
        "在{place}2023年的文件之前，这一做法只适用于技工院校的专业课教师和生产实习指导教师岗位。",
        "Before {place}'s 2023 text, this applies only to subject-teacher and practical-instructor posts at technical schools.",
    ),
    w!(
        "caveat.schoolDecidesDirectHiring",
        "是否用直接考察方式招聘，由学校按有关规定决定。",
        "Whether to hire by direct assessment is for the school to decide, under the relevant rules.",
    ),
];
