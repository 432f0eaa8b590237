//! Wording of [`TitleMsg`](crate::engine::titles::TitleMsg), in declaration
//! order. The achievement menus list every numbered item of 人社部发〔2017〕90号
//! 附件 (a test counts them against the menu's `of`).

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!("reason.heldCurrent", "这是您现在的职称。", "This is your current title."),
    w!(
        "reason.heldCurrentSince",
        "这是您现在的职称（{date}起）。",
        "This is your current title (since {date}).",
    ),
    w!(
        "caveat.titleSinceAfterDate",
        "您填写的现任职称取得时间（{date}）在计算日期之后：这一天您还没有取得它，以下按取得后计算。",
        "The date you give for your current title ({date}) is after the date asked about: on that day you do not hold it yet, and the rungs are counted from it.",
    ),
    w!(
        "reason.heldBelow",
        "您已取得更高一级的职称，这一级无需申报。",
        "You already hold a higher title: nothing to apply for here.",
    ),
    w!(
        "reason.educationStated",
        "学历按您填写的{level}计算。",
        "Your education counts as {level}, as stated.",
    ),
    w!(
        "reason.educationFromClass",
        "学历按{level}计算（技工院校{class}毕业，文件把它与相应学历并列）。",
        "Your education counts as {level} (a technical-school {class}, which the standard lists beside that level).",
    ),
    w!(
        "reason.educationFromSchool",
        "学历按{level}计算（{school}毕业）。",
        "Your education counts as {level} (a {school} diploma).",
    ),
    w!(
        "reason.educationForTitles",
        "学历按{level}计算（现行规定评职称时按{level}对待）。",
        "Your education counts as {level} (the rules in force treat you as {level} for professional titles).",
    ),
    w!(
        "open.intermediateClassNotNamed",
        "这一级写的是“中等职业学校（技工学校）毕业学历”；技师学院、高级技工学校的中级工班毕业是否算在内，现行文件没有说明。",
        "This rung asks for a secondary vocational (技工学校) diploma; whether an intermediate-worker class (中级工班) at a technician college or senior technical school counts, the texts in force do not say.",
    ),
    w!(
        "caveat.intermediateClassEitherWay",
        "中级工班毕业是否按中专计算，现行文件没有说明；不论哪种理解，这一级的结论都相同。",
        "Whether an intermediate-worker class counts as 中专 here, the texts in force do not say; either way, the answer for this rung is the same.",
    ),
    w!(
        "reason.educationDecides",
        "结论取决于您的学历，请填写学历（或班级）。",
        "The answer depends on your education: please give it (or your class).",
    ),
    w!(
        "caveat.everyEducationAgrees",
        "您没有填写学历，但按您可能的各种学历，结论都相同。",
        "Your education is not given, but every education you could hold gives the same answer.",
    ),
    w!(
        "caveat.yearsDependOnEducation",
        "在下一级岗位上须任职的年限因学历而异（学历越高，年限越短）；这里写的是最长的年限，您填写学历后可算出自己的年限。",
        "The years needed on the rung below depend on your education (the higher it is, the fewer); the longest is given here — add your education to see your own.",
    ),
    w!(
        "caveat.yearsFromAppointment",
        "这一级要求的是受聘（聘任）下一级职务的年限；这里按您填写的取得现职称的日期计算，如果聘任晚于取得，请以聘任日期为准。",
        "This rung counts the years of appointment (受聘) to the title below; they are counted here from the date you gave for obtaining your current title — if you were appointed later, the appointment date counts.",
    ),
    w!(
        "reason.withEducationEligible",
        "如果您的学历是{level}：现在就可以申报。",
        "With {level}: you can apply now.",
    ),
    w!(
        "reason.withEducationFrom",
        "如果您的学历是{level}：{date}起可以申报。",
        "With {level}: you can apply from {date}.",
    ),
    w!(
        "reason.withEducationIneligible",
        "如果您的学历是{level}：目前不能申报。",
        "With {level}: you cannot apply now.",
    ),
    w!(
        "reason.withEducationUndetermined",
        "如果您的学历是{level}：还需要其他信息才能判断。",
        "With {level}: more information is needed.",
    ),
    w!(
        "reason.withNoEducationIneligible",
        "如果您没有{level}及以上学历：不能申报。",
        "Without at least {level}: you cannot apply.",
    ),
    w!(
        "reason.educationBelowRow",
        "您的学历达不到这一级的要求。",
        "Your education does not reach this rung's requirement.",
    ),
    w!(
        "reason.routeWithYears",
        "按{level}及以上学历的条件：在{title}岗位任职满{years}年，满期之日为{date}。",
        "On the {level}-or-higher route: {years} {years:year|years} as {title}, completed on {date}.",
    ),
    w!(
        "reason.routeWithProbation",
        "按{level}及以上学历的条件：见习期1年期满并考核合格。",
        "On the {level}-or-higher route: the one-year probation completed and passed.",
    ),
    w!(
        "reason.routeDirect",
        "按{level}及以上学历的条件：不需要较低职称的任职年限。",
        "On the {level}-or-higher route: no years in a lower title needed.",
    ),
    w!(
        "reason.probationNotPassed",
        "这一级须见习期1年期满并考核合格，您填写的是尚未完成。",
        "This rung needs the one-year probation completed and passed; you say it is not.",
    ),
    w!(
        "reason.oneRungAtATime",
        "这一级须在{title}岗位任职{years}年；职称须逐级晋升。",
        "This rung needs {years} {years:year|years} as {title}: titles are taken one rung at a time.",
    ),
    w!(
        "reason.skillMet",
        "技能：须{gate}及以上，您所持最高证书为{skill}，符合。",
        "Skill: {gate} or higher needed; your highest certificate, {skill}, meets it.",
    ),
    w!(
        "reason.skillNotMet",
        "技能：须{gate}及以上，您所持最高证书为{skill}，不符合。",
        "Skill: {gate} or higher needed; your highest certificate, {skill}, does not meet it.",
    ),
    w!(
        "reason.skillNone",
        "技能：须{gate}及以上，您没有填写证书。",
        "Skill: {gate} or higher needed; no certificate is given.",
    ),
    w!(
        "requirement.theorySkillMet",
        "技术理论课教师须具有相关职业（工种）{gate}及以上技能水平（文化课教师不要求）；您所持最高证书为{skill}，已满足。",
        "Technical-theory teachers need {gate} or higher in a related occupation (culture-course teachers do not); your highest certificate, {skill}, meets it.",
    ),
    w!(
        "requirement.theorySkillNotMet",
        "技术理论课教师须具有相关职业（工种）{gate}及以上技能水平（文化课教师不要求）；您所持最高证书为{skill}，未满足。",
        "Technical-theory teachers need {gate} or higher in a related occupation (culture-course teachers do not); your highest certificate, {skill}, does not meet it.",
    ),
    w!(
        "requirement.theorySkillNone",
        "技术理论课教师须具有相关职业（工种）{gate}及以上技能水平（文化课教师不要求）；您没有填写证书。",
        "Technical-theory teachers need {gate} or higher in a related occupation (culture-course teachers do not); no certificate is given.",
    ),
    w!(
        "requirement.relatedOccupation",
        "技能等级须是与所教内容相关的职业（工种）的等级。",
        "The skill level must be in an occupation related to what you teach.",
    ),
    w!(
        "reason.frontlineSince",
        "您自{since}起在教育教学一线工作，满10年之日为{date}。",
        "You have taught on the front line since {since}: 10 years on {date}.",
    ),
    w!(
        "reason.directByHonour",
        "凭{honour}，可以直接申报评审这一级（高级职称）。",
        "With the {honour} you may apply directly for this senior title.",
    ),
    w!(
        "reason.directByWorldSkillsMedal",
        "凭世界技能大赛优胜奖以上名次，可以直接申报评审这一级（高级职称）。",
        "With a WorldSkills medal or medallion for excellence you may apply directly for this senior title.",
    ),
    w!(
        "reason.ordinaryRouteForReference",
        "以下是常规途径（不是直接申报）的情况，供参考：",
        "The ordinary route (not the direct application), for reference:",
    ),
    w!(
        "reason.studioLevelNotGiven",
        "技能大师工作室带头人：只有国家级工作室负责人可以直接申报高级职称，请写明是国家级还是省级。",
        "Master-studio lead: only the head of a national studio may apply directly; say whether yours is national or provincial.",
    ),
    w!(
        "reason.worldSkillsMedalNotGiven",
        "世界技能大赛：优胜奖以上名次可以直接申报高级职称，请填写所获奖牌。",
        "WorldSkills: a medal or medallion for excellence opens a direct application; please give the medal.",
    ),
    w!(
        "caveat.directConditions",
        "“可直接申报评审高级职称”：文件没有说明是否免除这一级的学历、技能等条件，以本省规定为准；共同条件仍须具备。",
        "“May apply directly”: the text does not say whether this rung's education and skill conditions are waived — your province's rules decide; the common conditions still apply.",
    ),
    w!(
        "open.directWaivesConditions",
        "您的荣誉可以“直接申报评审高级职称”，但这一级的学历或技能条件您还不具备；文件没有说明直接申报是否免除这些条件，以本省规定为准。",
        "Your honour lets you “apply directly” for a senior title, but you do not meet this rung's education or skill condition; the text does not say whether a direct application waives them. Your province's rules decide.",
    ),
    w!(
        "caveat.directReachesProfessor",
        "文件所说的“高级职称”包括副高级和正高级；能否据此直接申报正高级，由本省规定决定。",
        "The text's “senior title” covers both the associate-senior and the full-senior ranks; whether it opens this rung directly is for your province's rules.",
    ),
    w!(
        "caveat.directOthers",
        "可以直接申报高级职称的还有：国家级技能大师工作室负责人、指导学生获得世界技能大赛优胜奖以上名次的教师、获得省部级以上表彰的优秀教师或优秀教育工作者。",
        "Others may apply directly for the senior title too: heads of a national master studio, coaches of a WorldSkills medallist, and teachers or educators commended at provincial level or above.",
    ),
    w!(
        "caveat.nationalMinimum",
        "这里按国家最低标准判断；各省可以制定更严的标准，以本省标准为准。",
        "This follows the national minimum standard; provinces may set stricter ones, and your province's standard decides.",
    ),
    w!(
        "caveat.evaluationWithAppointment",
        "公办技工院校评聘结合：还须学校在岗位结构比例范围内推荐您参评；民办院校可以评聘分开。",
        "Public technical schools combine evaluation with appointment: the school must also put you forward within its post quotas; private schools may keep the two apart.",
    ),
    w!(
        "caveat.exceptionWithoutEducation",
        "不具备规定学历，但业绩显著、贡献突出的，可由2名以上具有正高级职称的同行专家推荐破格申报。",
        "Without the required education, outstanding teachers may apply by exception if two or more peers holding full-senior titles recommend them.",
    ),
    w!(
        "caveat.menuNotRestrictive",
        "业绩成果中的获奖、称号等只是可选条件之一，不得作为职称评审的限制性要求。",
        "Awards and honours on the achievement list are options among others, never a hard requirement.",
    ),
    w!(
        "caveat.usuallyEducation",
        "文件写的是“一般应”具备这一学历：这里按必要条件判断，但允许例外，以本省规定为准。",
        "The text says the education is “normally” required: it is applied as a condition here, but exceptions are possible under your province's rules.",
    ),
    w!(
        "caveat.theoryClosedPracticalOpen",
        "国家标准中，大专、高级工班、中专毕业没有进入讲师系列的常规途径；实习指导教师系列对其开放。",
        "The national standard gives 大专, 高级工班 and 中专 graduates no ordinary route onto the lecturer ladder; the practical-instructor ladder is open to them.",
    ),
    w!(
        "caveat.doctorateOnMasterRoute",
        "这一级只写了“硕士学位”，博士学位这里按满足处理，请以评审机构意见为准。",
        "This rung names only a master's degree; a doctorate is taken to meet it here — check with the evaluation body.",
    ),
    w!(
        "caveat.commonConditions",
        "每一级都还须：具备相应的教师资格并在教育教学一线工作；任现职以来近3年年度考核和师德考核均为称职（合格）以上；任现职期间参加企业实践符合有关规定。",
        "Every rung also needs: the corresponding teacher qualification and frontline teaching; annual and ethics appraisals of the last 3 years in your current post rated competent (称职) or better; enterprise practice as the rules require.",
    ),
    w!(
        "requirement.enterpriseHire",
        "如果您是从企业直接录用、具有工作经验的高技能人才，可以按有关规定申报评审一级（中级）以上实习指导教师职称。",
        "If you were hired straight from an enterprise as a high-skilled person with work experience, you may apply for grade-1 (intermediate) or higher instructor titles under the relevant rules.",
    ),
    w!(
        "requirement.assistantClassTeacher",
        "基本胜任班主任工作，具有组织学生社团、第二课堂等活动的能力。",
        "Basically able to serve as a class teacher (班主任) and to run student clubs and extracurricular activities.",
    ),
    w!(
        "requirement.probationLessonPlans",
        "提交见习一年期间的教案。",
        "Lesson plans from your probation year.",
    ),
    w!(
        "requirement.classTeacherOneYear",
        "担任班主任1年以上。",
        "At least one year as a class teacher (班主任).",
    ),
    w!(
        "requirement.classTeacherAble",
        "能够胜任班主任工作。",
        "Able to serve as a class teacher (班主任).",
    ),
    w!(
        "requirement.lessonPlansSinceStart",
        "提交参加工作以来的教案。",
        "Lesson plans since you started work.",
    ),
    w!(
        "requirement.seniorLecturerTeaching",
        "教学教研：在教学团队中发挥骨干作用，能够承担企业在职职工等群体的职业培训。",
        "Teaching: a backbone of the teaching team, able to train enterprise employees and others.",
    ),
    w!(
        "requirement.professorLecturerTeaching",
        "教学教研：在本地区能起到专业（学科）带头人作用，能够承担高级工以上职业培训。",
        "Teaching: a subject leader in your region, able to run training at 高级工 level and above.",
    ),
    w!(
        "requirement.seniorInstructorProjects",
        "担任班主任1年以上，承担过预备技师及以上毕业课题指导工作。",
        "At least one year as a class teacher, and having supervised 预备技师-level (or higher) graduation projects.",
    ),
    w!(
        "requirement.professorInstructorProjects",
        "独立承担过预备技师及以上毕业课题指导工作。",
        "Having independently supervised 预备技师-level (or higher) graduation projects.",
    ),
    w!(
        "requirement.menu.lecturer",
        "业绩成果：下列{of}项中至少具备{need}项——①参与学校教学管理、教学改革、教学研究等工作，获得校级以上表彰；②参加地市级以上职业技能竞赛取得较好成绩，或指导学生取得较好成绩；③带领学生到企事业单位实习实训、社会实践1期以上；④参与校级以上精品课程或教学资源库建设并获得表彰；⑤参与校级以上说课、微课、示范课、教案、课件制作等比赛之一并获得表彰。",
        "Achievements: at least {need} of these {of} — (1) school-level or higher commendation for teaching management, reform or research; (2) good results at a municipal-or-higher skills competition, as competitor or coach; (3) leading students on an internship or social practice at least once; (4) a commended school-level or higher course or resource library; (5) a commended entry in a school-level or higher teaching contest (lesson talk, micro-lesson, model lesson, lesson plan, courseware).",
    ),
    w!(
        "requirement.menu.seniorLecturer",
        "业绩成果：下列{of}项中至少具备{need}项——①参与学校教学管理、教学改革、教学研究等工作，获得地市级以上表彰；②主持过学校该专业一体化课程教改工作，在教学团队中发挥骨干作用；③参加地市级以上职业技能竞赛取得优异成绩；④指导学生在地市级以上职业技能竞赛中取得优异成绩；⑤带领学生实习实训、社会实践2期以上，或主持过企业研究课题、帮助企业解决技术难题；⑥参与地市级以上精品课程或教学资源库建设并获得表彰；⑦参与地市级以上说课、微课、示范课、教案、课件制作等比赛之一并获得表彰；⑧参与省部级以上课题研究，或主持地市级以上课题研究；⑨参编至少1部省部级以上统编教材。",
        "Achievements: at least {need} of these {of} — (1) municipal-or-higher commendation for teaching management, reform or research; (2) having led the subject's integrated-curriculum reform, as a backbone of the team; (3) excellent results at a municipal-or-higher skills competition; (4) coaching students to excellent results at such a competition; (5) leading student internships twice or more, or leading an enterprise research project that solved a technical problem; (6) a commended municipal-or-higher course or resource library; (7) a commended entry in a municipal-or-higher teaching contest; (8) taking part in a provincial-or-higher research project, or leading a municipal-or-higher one; (9) co-writing at least one provincial-or-higher standard textbook.",
    ),
    w!(
        "requirement.menu.professorLecturer",
        "业绩成果：下列{of}项中至少具备{need}项——①参与学校教学管理、教学改革、教学研究等工作，获得省部级以上表彰；②主持过学校该专业一体化课程教改工作，在教学团队中发挥关键作用；③参加省级以上职业技能竞赛取得优异成绩；④指导学生在省级以上职业技能竞赛中取得优异成绩；⑤带领学生实习实训、社会实践3期以上，或主持过企业攻关难题；⑥参与省部级以上精品课程或教学资源库建设并获得表彰；⑦参与省部级以上说课、微课、示范课、教案、课件制作等比赛之一并获得表彰；⑧主持过至少1项省部级以上课题研究；⑨参编至少2部省部级以上统编教材。",
        "Achievements: at least {need} of these {of} — (1) provincial-or-higher commendation for teaching management, reform or research; (2) having led the subject's integrated-curriculum reform, in a key role; (3) excellent results at a provincial-or-higher skills competition; (4) coaching students to excellent results at such a competition; (5) leading student internships three times or more, or leading an enterprise's work on a hard problem; (6) a commended provincial-or-higher course or resource library; (7) a commended entry in a provincial-or-higher teaching contest; (8) having led at least one provincial-or-higher research project; (9) co-writing at least two provincial-or-higher standard textbooks.",
    ),
    w!(
        "requirement.menu.grade1Instructor",
        "业绩成果：下列{of}项中至少具备{need}项——①参与学校教学管理、教学改革、教学研究等工作，获得校级以上表彰；②主持过学校该专业一体化课程教改工作，在教学团队中发挥重要作用；③参加地市级以上职业技能竞赛取得较好成绩，或指导学生取得较好成绩；④带领学生到企事业单位实习实训、社会实践1期以上；⑤在培养指导生产实习指导教师提高技能操作水平和实习教学能力方面做出一定成绩。",
        "Achievements: at least {need} of these {of} — (1) school-level or higher commendation for teaching management, reform or research; (2) having led the subject's integrated-curriculum reform, in an important role; (3) good results at a municipal-or-higher skills competition, as competitor or coach; (4) leading students on an internship or social practice at least once; (5) results in training other practical instructors.",
    ),
    w!(
        "requirement.menu.seniorInstructor",
        "业绩成果：下列{of}项中至少具备{need}项——①参与学校教学管理、教学改革、教学研究等工作，获得地市级以上表彰；②主持过学校该专业一体化课程教改工作，在教学团队中发挥骨干作用；③参加地市级以上职业技能竞赛取得优异成绩；④指导学生在地市级以上职业技能竞赛中取得优异成绩；⑤带领学生实习实训、社会实践2期以上，或主持过企业研究课题、帮助企业解决技术难题；⑥在培养指导生产实习指导教师提高技能操作水平和实习教学能力方面做出一定成绩；⑦参与省部级以上课题研究，或主持地市级以上课题研究；⑧参编至少1部省部级以上统编教材。",
        "Achievements: at least {need} of these {of} — (1) municipal-or-higher commendation for teaching management, reform or research; (2) having led the subject's integrated-curriculum reform, as a backbone of the team; (3) excellent results at a municipal-or-higher skills competition; (4) coaching students to excellent results at such a competition; (5) leading student internships twice or more, or leading an enterprise research project that solved a technical problem; (6) results in training other practical instructors; (7) taking part in a provincial-or-higher research project, or leading a municipal-or-higher one; (8) co-writing at least one provincial-or-higher standard textbook.",
    ),
    w!(
        "requirement.menu.professorInstructor",
        "业绩成果：下列{of}项中至少具备{need}项——①参与学校教学管理、教学改革、教学研究等工作，获得省部级以上表彰；②主持过学校该专业一体化课程教改工作，在教学团队中发挥关键作用；③参加省级以上职业技能竞赛取得优异成绩；④指导学生在省级以上职业技能竞赛中取得优异成绩；⑤带领学生实习实训、社会实践3期以上，或主持过企业研究课题、帮助企业解决技术难题；⑥在培养指导生产实习指导教师提高技能操作水平和实习教学能力方面做出一定成绩；⑦主持过至少1项省部级以上课题研究；⑧参编至少2部省部级以上统编教材。",
        "Achievements: at least {need} of these {of} — (1) provincial-or-higher commendation for teaching management, reform or research; (2) having led the subject's integrated-curriculum reform, in a key role; (3) excellent results at a provincial-or-higher skills competition; (4) coaching students to excellent results at such a competition; (5) leading student internships three times or more, or leading an enterprise research project that solved a technical problem; (6) results in training other practical instructors; (7) having led at least one provincial-or-higher research project; (8) co-writing at least two provincial-or-higher standard textbooks.",
    ),
    w!(
        "toQualify.completeProbation",
        "见习期1年期满并考核合格",
        "complete the one-year probation and pass its assessment",
    ),
    w!(
        "toQualify.obtainSkill",
        "取得相关职业（工种）{gate}及以上证书",
        "obtain a certificate at {gate} or higher in a related occupation",
    ),
    w!(
        "toQualify.firstObtain",
        "先取得{title}，并任职满{years}年",
        "first obtain the title below, {title}, and hold it for {years} {years:year|years}",
    ),
    w!(
        "toQualify.assistantEducation",
        "取得大学本科学历（或预备技师（技师）班毕业）并见习1年期满考核合格，或取得硕士学位",
        "a 本科 (bachelor's) education or a 预备技师班 diploma with a passed one-year probation, or a master's degree",
    ),
    w!(
        "toQualify.lecturerEducation",
        "取得大学本科学历（或预备技师（技师）班毕业）后任助理讲师满4年；或取得硕士学位后任助理讲师满2年；或取得博士学位",
        "a 本科 education (or a 预备技师班 diploma) and 4 years as assistant lecturer; or a master's degree and 2 years; or a doctorate",
    ),
    w!(
        "toQualify.bachelorOrPreparatory",
        "大学本科及以上学历，或预备技师（技师）班毕业",
        "a 本科 (bachelor's) education or higher, or a 预备技师班 diploma",
    ),
    w!(
        "toQualify.grade3Education",
        "中专（技工学校）、大专学历或高级工班毕业并见习1年期满考核合格，或大学本科学历（或预备技师（技师）班毕业）",
        "中专 (technical school), 大专 or a 高级工班 with a passed one-year probation, or 本科 or a 预备技师班",
    ),
    w!(
        "toQualify.secondaryOrHigher",
        "中专（技工学校）毕业学历及以上",
        "a 中专 (technical-school) education or higher",
    ),
];
