//! Wording of [`SkillMsg`](crate::engine::skills::SkillMsg), in declaration order.

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!(
        "note.highestCertificate",
        "您所持最高证书等级：{skill}。",
        "Your highest certificate: {skill}.",
    ),
    w!(
        "note.preparatoryPlaced",
        "预备技师不在“八级工”序列中，这里把它放在高级工与技师之间：满足高级工的要求，不满足技师的要求。",
        "预备技师 is outside the eight-level ladder; it is placed between 高级工 and 技师 here: it meets a 高级工 requirement but not a 技师 one.",
    ),
    w!(
        "note.ladderOrderConvention",
        "“八级工”序列于{date}发布；在此之前，这里按同样的顺序排列证书等级。",
        "The eight-level ladder was published on {date}; before that, certificates are ranked in the same order here.",
    ),
    w!(
        "note.highSkilled",
        "持有高级工及以上证书，属于高技能人才。",
        "With a 高级工 certificate or higher you are high-skilled talent (高技能人才).",
    ),
    w!(
        "note.highSkilledDefinedLater",
        "这一定义（高级工及以上）写明于2021年以后的文件；所查日期这里也按同一定义计算。",
        "This definition (高级工 or higher) is printed in texts from 2021 on; it is used for the date asked about as well.",
    ),
    w!(
        "note.parity",
        "在职期间，用人单位在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面按相应层级专业技术人员对待您；对应哪一层级，文件没有规定，由用人单位确定。",
        "While employed, employers treat you like professional staff of the corresponding level for study, appointments, promotion, awards and research projects; the texts give no table of levels, so the employer decides.",
    ),
    w!(
        "note.comparesWithSeniorEngineer",
        "报考这个岗位时，您作为{skill}可以比照高级工程师参加招考。",
        "For this recruitment, as a {skill} you may apply on a par with a senior engineer (高级工程师).",
    ),
    w!(
        "note.comparesWithEngineer",
        "报考这个岗位时，您作为{skill}可以比照工程师参加招考。",
        "For this recruitment, as a {skill} you may apply on a par with an engineer (工程师).",
    ),
    w!(
        "note.comparesWithAssistantEngineer",
        "报考这个岗位时，您作为{skill}可以比照助理工程师参加招考。",
        "For this recruitment, as a {skill} you may apply on a par with an assistant engineer (助理工程师).",
    ),
    w!(
        "note.newLevelsTakeTopRow",
        "{place}2014年的办法最高只写到高级技师；特级技师、首席技师是2022年在高级技师之上增设的等级，这里按高级技师一档比照，请向招聘单位核实。",
        "{place}'s 2014 measures go up to 高级技师; 特级技师 and 首席技师 were added above it in 2022, so the 高级技师 row is used here — check with the recruiter.",
    ),
    w!(
        "note.preparatoryTakesSeniorRow",
        "{place}2014年的办法第十一条写的是高级技师、技师、高级工，没有写预备技师；这里按高级工一档比照，请向招聘单位核实。",
        "Article 11 of {place}'s 2014 measures names 高级技师, 技师 and 高级工, not 预备技师 (preparatory technician); the 高级工 row is used here — check with the recruiter.",
    ),
    w!(
        "note.comparisonConditions",
        "条件：您在基层或企业生产一线工作，并符合招考条件；这只是报考时的比照，不是职称，也不能用于职称评审。",
        "Conditions: you work at the grass roots or on an enterprise production line and meet the recruitment conditions. This is a comparison for this recruitment only: it is not a professional title and never counts for title evaluation.",
    ),
];
