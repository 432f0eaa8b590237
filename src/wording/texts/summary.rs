//! Wording of [`SummaryMsg`](crate::engine::summary::SummaryMsg): the
//! headline and the summary lines, in plain words, without 文号.

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!(
        "headline.countsAsOne",
        "在{purpose}方面按{level}对待（是政策待遇上的同等对待，不是取得{level}学历）。",
        "You count as {level} for {purpose} (equal treatment under policy, not the qualification itself).",
    ),
    w!(
        "headline.countsAsTwo",
        "在{first}和{second}方面按{level}对待（是政策待遇上的同等对待，不是取得{level}学历）。",
        "You count as {level} for {first} and {second} (equal treatment under policy, not the qualification itself).",
    ),
    w!(
        "headline.countsAsMany",
        "在{first}、{second}等{count}个方面按{level}对待（是政策待遇上的同等对待，不是取得{level}学历）。",
        "You count as {level} in {count} areas, among them {first} and {second} (equal treatment under policy, not the qualification itself).",
    ),
    w!(
        "headline.schoolLevelIs",
        "您的学历属于中等职业教育层次。",
        "Your education is at the secondary vocational level.",
    ),
    w!(
        "headline.onlyAfterGraduation",
        "您还没有毕业：毕业后，才能按所在班级享受相应的学历对待。",
        "You have not graduated yet: the equivalence for your class applies once you graduate.",
    ),
    w!(
        "headline.classNeeded",
        "请填写您的班级（中级工班、高级工班或预备技师班）：学历对待按班级计算。",
        "Please give your class (中级工班, 高级工班 or 预备技师班): the equivalence follows the class.",
    ),
    w!(
        "headline.noEquivalenceOnDate",
        "到{date}，还没有有效的文件对您的情况规定学历对待。",
        "On {date} no text in force gives your case an education equivalence yet.",
    ),
    w!(
        "headline.notATechnicalSchool",
        "{school}不是技工院校：这里的学历对待只适用于技工院校；您报考时按本人学历计算。",
        "A {school} is not a technical school (技工院校): these equivalences are for technical schools; you apply with your own education.",
    ),
    w!(
        "line.equivalencesTop",
        "学历对待：在{count}个方面按{level}对待。",
        "Equivalence: you count as {level} in {count} {count:area|areas}.",
    ),
    w!(
        "line.equivalencesMixed",
        "学历对待：在{count}个方面按{level}对待，另有{rest}个方面按{other}对待。",
        "Equivalence: you count as {level} in {count} {count:area|areas}, and as {other} in {rest} more.",
    ),
    w!(
        "line.equivalencesTopAndSchool",
        "学历对待：在{count}个方面按{level}对待；其他方面，您的学历属于中等职业教育层次。",
        "Equivalence: you count as {level} in {count} {count:area|areas}; otherwise your education is at the secondary vocational level.",
    ),
    w!(
        "line.equivalencesSchoolLevel",
        "学历对待：您的学历属于中等职业教育层次。",
        "Equivalence: your education is at the secondary vocational level.",
    ),
    w!(
        "headline.postsMayAdmitClass",
        "技工院校招聘生产实习指导教师时，可以把岗位条件设为接收{class}毕业生；是否这样设置，以招聘公告为准。",
        "When a technical school recruits practical instructors, it may set the post's conditions to admit {class} graduates; the recruitment notice says whether it does.",
    ),
    w!(
        "line.equivalencesPostsMayAdmit",
        "学历对待：技工院校招聘生产实习指导教师时，可以接收您所在班级的毕业生，以招聘公告为准。",
        "Equivalence: technical schools recruiting practical instructors may admit graduates of your class; the notice decides.",
    ),
    w!(
        "line.equivalencesOnGraduation",
        "学历对待：毕业后按所在班级享受。",
        "Equivalence: it follows your class once you graduate.",
    ),
    w!(
        "line.equivalencesNone",
        "学历对待：没有适用的规定。",
        "Equivalence: no rule applies.",
    ),
    w!(
        "line.equivalencesNeedClass",
        "学历对待：取决于您的班级，请填写班级。",
        "Equivalence: it depends on your class; please give it.",
    ),
    w!(
        "headline.mayApply",
        "可以报考这个岗位（学历条件符合）。",
        "You may apply for this post (the education bar is met).",
    ),
    w!(
        "headline.mayRegister",
        "可以报名；具体条件以当年的征兵或招收公告为准。",
        "You may register; the year's conscription or recruitment notice sets the conditions.",
    ),
    w!(
        "headline.mayApplyNoRequirement",
        "可以报考这个岗位：岗位没有学历要求。",
        "You may apply for this post: it sets no education requirement.",
    ),
    w!(
        "headline.civilServiceNoRequirement",
        "这个公务员职位没有学历要求；能否报考，以招录公告的其他条件为准。",
        "This civil-service post sets no education requirement; whether you may apply depends on the other conditions in the recruitment notice.",
    ),
    w!(
        "headline.mayNotApply",
        "按学历不能报考这个岗位。",
        "On education, you cannot apply for this post.",
    ),
    w!(
        "headline.mayNotApplyYet",
        "按学历还不能报考这个岗位。",
        "On education, you cannot apply for this post yet.",
    ),
    w!(
        "headline.mayNotApplyButDirect",
        "按学历不能报考这个岗位，但您可能可以通过直接考察的方式被招聘。",
        "On education you cannot apply for this post, but you may be hired by direct assessment.",
    ),
    w!(
        "headline.postNeedsInformation",
        "还差一项信息才能判断：请填写{field}。",
        "One more fact is needed to tell: please fill in “{field}”.",
    ),
    w!(
        "headline.postLeftOpen",
        "政策文件对这个岗位没有明确规定，能否报考以招聘公告为准。",
        "The policy texts leave this post open: the recruitment notice decides.",
    ),
    w!(
        "line.recruitmentMeets",
        "报考：岗位要求{required}，您在{purpose}方面按{level}对待，符合。",
        "Applying: the post asks for {required}; you count as {level} for {purpose}, which meets it.",
    ),
    w!(
        "line.recruitmentOwnEducation",
        "报考：岗位要求{required}，您本人的学历是{level}，符合。",
        "Applying: the post asks for {required}; your own education is {level}, which meets it.",
    ),
    w!(
        "line.recruitmentSchoolLevel",
        "报考：岗位要求{required}，您的学历属于中等职业教育层次，符合。",
        "Applying: the post asks for {required}; your education is at the secondary vocational level, which meets it.",
    ),
    w!(
        "line.recruitmentNoRequirement",
        "报考：岗位没有学历要求。",
        "Applying: the post sets no education requirement.",
    ),
    w!(
        "line.recruitmentMayRegister",
        "报名：可以报名，条件以当年公告为准。",
        "Registering: you may register; the year's notice sets the conditions.",
    ),
    w!(
        "line.recruitmentEligible",
        "报考：符合条件。",
        "Applying: you qualify.",
    ),
    w!(
        "line.recruitmentBelow",
        "报考：岗位要求{required}，您按{level}计，达不到。",
        "Applying: the post asks for {required}; you count as {level}, which is not enough.",
    ),
    w!(
        "line.recruitmentIneligible",
        "报考：不符合条件。",
        "Applying: you do not qualify.",
    ),
    w!(
        "line.recruitmentNotYet",
        "报考：还不符合条件。",
        "Applying: you do not qualify yet.",
    ),
    w!(
        "line.recruitmentMissing",
        "报考：请填写{field}后再判断。",
        "Applying: fill in “{field}” to tell.",
    ),
    w!(
        "line.recruitmentOpen",
        "报考：政策文件没有明确规定，以招聘公告为准。",
        "Applying: the policy texts leave it open; the notice decides.",
    ),
    w!(
        "line.directEligible",
        "直接考察招聘：有{count}条途径可以适用。",
        "Direct hiring by assessment: {count} {count:route|routes} open to you.",
    ),
    w!(
        "line.directEligibleElsewhere",
        "直接考察招聘：有{count}条途径可以适用，但不是招聘到这个岗位的。",
        "Direct hiring by assessment: {count} {count:route|routes} open to you, but not into this post.",
    ),
    w!(
        "line.directMissing",
        "直接考察招聘：请填写{field}后再判断。",
        "Direct hiring by assessment: fill in “{field}” to tell.",
    ),
    w!(
        "line.directConfirmSquad",
        "直接考察招聘：文件写的是世界技能大赛国家集训选手；如果您入选过国家集训队，请在竞赛获奖中添加这一项。",
        "Direct hiring by assessment: the text names members of the WorldSkills national training squad; if you were in the squad, add it to your awards.",
    ),
    w!(
        "line.directOpen",
        "直接考察招聘：政策文件没有明确规定。",
        "Direct hiring by assessment: the policy texts leave it open.",
    ),
    w!(
        "line.directNone",
        "直接考察招聘：目前没有可适用的途径。",
        "Direct hiring by assessment: no route is open to you now.",
    ),
    w!(
        "line.entitlementsSome",
        "补贴与待遇：有{count}项可以申请。",
        "Subsidies and benefits: {count} you can apply for.",
    ),
    w!(
        "line.entitlementsSomeAndOpen",
        "补贴与待遇：有{count}项可以申请，另有{open}项还需核实。",
        "Subsidies and benefits: {count} you can apply for, {open} more to check.",
    ),
    w!(
        "line.entitlementsOpen",
        "补贴与待遇：有{open}项还需核实。",
        "Subsidies and benefits: {open} to check.",
    ),
    w!(
        "line.entitlementsNone",
        "补贴与待遇：目前没有可以申请的项目。",
        "Subsidies and benefits: none you can apply for now.",
    ),
    w!(
        "headline.titleNow",
        "现在就可以申报{title}。",
        "You can apply for {title} now.",
    ),
    w!(
        "headline.titleFrom",
        "{date}起可以申报{title}。",
        "You can apply for {title} from {date}.",
    ),
    w!(
        "headline.titleNeedsInformation",
        "能否申报{title}，还需要您填写{field}。",
        "Whether you can apply for {title}: please fill in “{field}”.",
    ),
    w!(
        "headline.titleNeedsStudioLevel",
        "能否申报{title}，还要看您负责的技能大师工作室是不是国家级的；请在荣誉称号中写明。",
        "Whether you can apply for {title} depends on whether the master's studio you lead is a national one; say so in your honours.",
    ),
    w!(
        "headline.titleNotYet",
        "目前不能申报{title}。",
        "You cannot apply for {title} now.",
    ),
    w!(
        "headline.titleUnclear",
        "能否申报{title}，现行文件没有说清楚，请向评审机构咨询。",
        "Whether you can apply for {title}, the texts in force leave open: ask the evaluation office.",
    ),
    w!(
        "headline.titleTrackClosed",
        "按现在的学历不能申报{title}（这一系列对学历的要求更高）；请看看实习指导教师系列。",
        "With your present education you cannot apply for {title} (this ladder asks for more); see the practical-instructor ladder instead.",
    ),
    w!(
        "headline.titleTop",
        "您已取得这一系列的最高职称{title}。",
        "You already hold the top title of this ladder, {title}.",
    ),
    w!(
        "headline.titlesNoStandard",
        "{date}时，本工具依据的全国技工院校教师职称标准还没有施行；更早的规定这里没有收录。",
        "On {date} the national standard for technical-school teacher titles that this calculator applies was not yet in force; earlier rules are not covered here.",
    ),
    w!(
        "line.titlesNow",
        "职称：现在就可以申报{title}。",
        "Titles: you can apply for {title} now.",
    ),
    w!(
        "line.titlesFrom",
        "职称：{date}起可以申报{title}。",
        "Titles: you can apply for {title} from {date}.",
    ),
    w!(
        "line.titlesMissing",
        "职称：能否申报{title}，请填写{field}。",
        "Titles: fill in “{field}” to tell whether you can apply for {title}.",
    ),
    w!(
        "line.titlesNeedStudioLevel",
        "职称：能否申报{title}，要看技能大师工作室是不是国家级的；请在荣誉称号中写明。",
        "Titles: whether you can apply for {title} depends on whether your master's studio is national; say so in your honours.",
    ),
    w!(
        "line.titlesNotYet",
        "职称：目前不能申报{title}。",
        "Titles: you cannot apply for {title} now.",
    ),
    w!(
        "line.titlesUnclear",
        "职称：能否申报{title}，现行文件没有说清楚。",
        "Titles: whether you can apply for {title}, the texts in force leave open.",
    ),
    w!(
        "line.titlesTrackClosed",
        "职称：按现在的学历不能申报{title}，请看看实习指导教师系列。",
        "Titles: with your present education you cannot apply for {title}; see the practical-instructor ladder.",
    ),
    w!(
        "line.titlesTop",
        "职称：您已取得最高职称{title}。",
        "Titles: you hold the top title, {title}.",
    ),
    w!(
        "line.titlesNoStandard",
        "职称：在所查日期，本工具依据的全国标准还没有施行。",
        "Titles: the national standard this calculator applies was not yet in force on the date asked about.",
    ),
    w!(
        "line.skillHighSkilled",
        "技能等级：{skill}，属于高技能人才。",
        "Skill level: {skill}, which makes you high-skilled talent.",
    ),
    w!(
        "line.skillLevel",
        "技能等级：{skill}。",
        "Skill level: {skill}.",
    ),
];
