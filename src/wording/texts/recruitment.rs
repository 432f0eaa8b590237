//! Wording of [`RecruitmentMsg`](crate::engine::recruitment::RecruitmentMsg),
//! in declaration order.

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!(
        "reason.noEducationRequirement",
        "这个岗位没有学历要求。",
        "The post sets no education requirement.",
    ),
    w!(
        "reason.givenBy",
        "在{purpose}方面，您按{level}对待。",
        "For {purpose}, you count as {level}.",
    ),
    w!(
        "reason.ownLevelForPurpose",
        "在{purpose}方面，按您本人的学历层次（中等职业教育）计算。",
        "For {purpose}, your own level of education (secondary vocational) counts.",
    ),
    w!(
        "reason.givenFrom",
        "自{date}起，在{purpose}方面按{level}对待（在所查日期还不适用）。",
        "From {date}, you count as {level} for {purpose} (not yet on the date asked about).",
    ),
    w!(
        "reason.countsAsMeets",
        "在{purpose}方面您按{level}对待，达到岗位的{required}要求。",
        "Counting as {level} for {purpose}, you meet the post's {required} requirement.",
    ),
    w!(
        "reason.countsAsBelow",
        "在{purpose}方面您按{level}对待，低于岗位的{required}要求。",
        "Counting as {level} for {purpose}, you are below the post's {required} requirement.",
    ),
    w!(
        "reason.schoolLevelMeets",
        "您的学历属于中等职业教育层次，达到岗位的{required}要求。",
        "Your education is at the secondary vocational level, which meets the post's {required} requirement.",
    ),
    w!(
        "reason.schoolLevelBelow",
        "您的学历属于中等职业教育层次，低于岗位的{required}要求。",
        "Your education is at the secondary vocational level, below the post's {required} requirement.",
    ),
    w!(
        "reason.levelNotForThisPost",
        "按{place}2014年的办法，凭证书按{level}对待只适用于工勤人员和专业技术人员岗位，不适用于这个岗位。",
        "Under {place}'s 2014 measures, the {level} a certificate gives applies to worker-support and professional posts only, not to this post.",
    ),
    w!(
        "reason.noRuleGivesLevel",
        "在所查日期，没有有效的文件对您的情况规定{purpose}方面的学历对待，达不到岗位的{required}要求。",
        "On the date asked about, no text in force gives your case a level for {purpose}, so the post's {required} requirement is not met.",
    ),
    w!(
        "reason.notYetGraduated",
        "学历对待只适用于毕业生：您在{date}尚未毕业，达不到岗位的{required}要求。",
        "Equal treatment is for graduates: on {date} you have not graduated, so the post's {required} requirement is not met.",
    ),
    w!(
        "reason.classNotGivenAllMeet",
        "您没有填写班级，但无论哪个班级，都达到岗位的{required}要求。",
        "You have not given your class, but whatever it is, you meet the post's {required} requirement.",
    ),
    w!(
        "reason.classNotGivenSomeMeet",
        "您没有填写班级：有的班级达到岗位的{required}要求，有的达不到。",
        "You have not given your class: some classes meet the post's {required} requirement, others do not.",
    ),
    w!(
        "reason.classNotGivenNoneMeet",
        "您没有填写班级，但无论哪个班级，都达不到岗位的{required}要求。",
        "You have not given your class, but whatever it is, you are below the post's {required} requirement.",
    ),
    w!(
        "reason.ownEducationMeets",
        "您本人的学历是{level}，达到岗位的{required}要求。",
        "Your own education is {level}: it meets the post's {required} requirement.",
    ),
    w!(
        "reason.ownEducationBelow",
        "您本人的学历是{level}，低于岗位的{required}要求。",
        "Your own education is {level}: it is below the post's {required} requirement.",
    ),
    w!(
        "caveat.noLevelForMilitaryPost",
        "岗位要求{required}；现行文件没有说明您在{purpose}方面按什么学历对待，能否达到这一要求，请以招收公告和征兵部门的解释为准。",
        "The post asks for {required}; the texts in force do not say what education you count as for {purpose}, so whether you meet it is for the notice and the recruiting office to say.",
    ),
    w!(
        "reason.universityAtLeastAssociate",
        "普通高等学校的毕业学历至少是大学专科，达到岗位的{required}要求。",
        "A university diploma is at least 大专 (associate), which meets the post's {required} requirement.",
    ),
    w!(
        "reason.ownEducationNotGiven",
        "是否达到岗位的{required}要求，要看您本人的学历，请填写学历。",
        "Whether you meet the post's {required} requirement depends on your own education: please give it.",
    ),
    w!(
        "reason.ownEducationNotYetHeld",
        "您在{date}尚未毕业，还没有取得学历，达不到岗位的{required}要求。",
        "On {date} you have not graduated, so you do not hold the diploma yet: the post's {required} requirement is not met.",
    ),
    w!(
        "reason.noRestrictionBySchoolOrMode",
        "事业单位公开招聘不得把毕业院校、学习方式（包括非全日制）作为限制条件。",
        "Public institutions may not restrict applicants by the school attended or the mode of study (part-time included).",
    ),
    w!(
        "reason.skillPostNoEducationSet",
        "有职业技能等级要求的岗位可以不再设置学历要求：这个岗位没有设学历要求。",
        "A post with a skill-level requirement may drop the education requirement: this one sets none.",
    ),
    w!(
        "reason.skillPostWithRequirement",
        "这个岗位有职业技能等级要求。",
        "The post has a skill-level requirement.",
    ),
    w!(
        "reason.skillPostMayLower",
        "有职业技能等级要求的岗位可以适当降低或不再设置学历要求；这里按公告写明的学历要求判断。",
        "A post with a skill-level requirement may lower or drop the education requirement; this answer follows the requirement as stated.",
    ),
    w!(
        "reason.skillPostNoCertificate",
        "这个岗位有职业技能等级要求，您没有填写职业资格或职业技能等级证书：请填写您持有的证书，才能判断是否符合岗位的技能等级条件。",
        "This post requires a skill level, and you list no vocational qualification or skill-level certificate: add the certificates you hold to check the post's skill condition.",
    ),
    w!(
        "reason.ruralReservedPosts",
        "在乡村振兴重点帮扶县，基层事业单位的工勤技能岗位可以专门面向职业院校毕业生招聘。",
        "In counties prioritised for rural revitalisation, grass-roots public institutions may reserve worker-support posts for vocational graduates.",
    ),
    w!(
        "reason.widestReadingBelow",
        "即使按最宽的理解，您在机关招聘方面也只按{level}对待，低于岗位的{required}要求。",
        "Even on the widest reading you count as {level} for recruitment by government bodies, below the post's {required} requirement.",
    ),
    w!(
        "reason.widestReadingNoLevel",
        "在所查日期，没有有效的文件对您的情况规定机关招聘方面的学历对待，即使按最宽的理解也达不到岗位的{required}要求。",
        "On the date asked about, no text in force gives your case a level for recruitment by government bodies: even on the widest reading the post's {required} requirement is not met.",
    ),
    w!(
        "reason.widestReadingStudent",
        "学历对待只适用于毕业生：您在{date}尚未毕业，即使按最宽的理解也达不到岗位的{required}要求。",
        "Equal treatment is for graduates: on {date} you have not graduated, so even on the widest reading the post's {required} requirement is not met.",
    ),
    w!(
        "open.civilService",
        "文件只写了技工院校毕业生“参加机关事业单位招聘”时同等对待，没有说明是否包括公务员录用；以招录公告为准。",
        "The texts give equal treatment “in recruitment by government bodies and public institutions” but do not say whether that includes civil-service entry; the recruitment notice decides.",
    ),
    w!(
        "open.otherGovernmentPosts",
        "文件写的是“参加机关事业单位招聘”，没有说明是否包括机关的这类岗位，以招聘公告为准。",
        "The texts say “recruitment by government bodies and public institutions” without saying whether that reaches this kind of post in a government body. The notice decides.",
    ),
    w!(
        "reason.vocationalGraduatesMayRegister",
        "职业院校（含技工院校）毕业生可以报名参军。",
        "Graduates of vocational schools (technical schools included) may register for military service.",
    ),
    w!(
        "reason.vocationalStudentsMayRegister",
        "职业院校（含技工院校）的在校生也可以报名参军。",
        "Students of vocational schools (technical schools included) may register for military service too.",
    ),
    w!(
        "open.noRuleOnRegistration",
        "现有文件没有规定您这种情况能否报名参军；以当年征兵公告为准。",
        "No text says whether someone in your situation may register for military service; the year's conscription notice decides.",
    ),
    w!(
        "reason.ncoSchoolNamed",
        "高级技工学校、技师学院的毕业生可以报名参加直招士官。",
        "Graduates of senior technical schools and technician colleges may apply for direct NCO recruitment.",
    ),
    w!(
        "reason.ncoCertificateHolders",
        "取得高级工、预备技师证书的技工院校毕业生，属于军队士官的招收对象。",
        "Technical-school graduates holding a 高级工 or 预备技师 certificate are among those the forces recruit as NCOs.",
    ),
    w!(
        "reason.ncoGraduatesOnly",
        "直招士官只面向毕业生：您在{date}尚未毕业。",
        "Direct NCO recruitment is for graduates: on {date} you have not graduated.",
    ),
    w!(
        "open.ncoList",
        "文件列举的是“高级技工学校、技师学院等职业院校毕业生”，一个“等”字使名单开放，没有写明您的学校；以当年招收公告为准。",
        "The text names graduates of senior technical schools, technician colleges “and other” vocational schools: the list is open and your school is not named. The year's notice decides.",
    ),
    w!(
        "open.noRuleOnNco",
        "现有文件没有规定您这种情况能否参加直招士官；以当年招收公告为准。",
        "No text says whether someone in your situation may apply for direct NCO recruitment; the year's notice decides.",
    ),
    w!(
        "open.noRuleOnMilitaryPosts",
        "现有文件没有关于义务兵、直招士官以外的军队岗位的规定；以招聘公告为准。",
        "No text covers military posts other than enlistment and direct NCO recruitment; the notice decides.",
    ),
    w!(
        "reason.enlistmentLevel",
        "在应征入伍方面，您按{level}对待。",
        "For enlistment, you count as {level}.",
    ),
    w!(
        "caveat.otherConditionsNotChecked",
        "这里没有核对专业、年龄等招聘公告中的其他条件。",
        "The subject, age and the notice's other conditions are not checked here.",
    ),
    w!(
        "caveat.publicSchoolsOnly",
        "这里按事业单位（公办技工院校）处理；民办学校不适用。",
        "This treats the school as a public institution (a public technical school); it does not apply to private schools.",
    ),
    w!(
        "caveat.skillPostMayLowerRequirement",
        "有职业技能等级要求的岗位可以适当降低或不设学历要求，请看招聘公告。",
        "Posts with a skill-level requirement may lower or drop the education requirement: see the notice.",
    ),
    w!(
        "caveat.certificateFitNotChecked",
        "您的证书是否符合岗位要求的职业（工种）和等级，请对照招聘公告。",
        "Whether your certificate fits the occupation and level the post asks for: check the notice.",
    ),
    w!(
        "caveat.teachersFromEnterprises",
        "国家职业教育改革方案规定，从2019年起，职业院校相关专业教师原则上从有3年以上企业工作经历、具有高职以上学历的人员中公开招聘，特殊高技能人才（含具有高级工以上职业资格的人员）可适当放宽学历要求，2020年起基本不再从应届毕业生中招聘；人社部门关于技工院校公开招聘的通知是按这一方案的要求制定的。具体条件以招聘公告为准。",
        "The national vocational-education reform plan says that from 2019 vocational schools hire subject teachers, in principle, from people with 3 years or more in enterprises and higher-vocational education or above; the education bar may be relaxed for specially skilled people (holders of 高级工 or above included); from 2020 fresh graduates are basically not hired. The ministry's notice on hiring at technical schools was written to carry out that plan. The job notice has the details.",
    ),
    w!(
        "caveat.employerConditionsNotChecked",
        "这里没有核对用人单位自己设定的条件。",
        "The employer's own conditions are not checked here.",
    ),
    w!(
        "caveat.noBarriersForVocationalGraduates",
        "这里没有核对用人单位自己设定的条件；依法不得设置妨碍职业学校毕业生平等就业、公平竞争的条件。",
        "The employer's own conditions are not checked here; by law they may not block vocational graduates from equal, fair competition.",
    ),
    w!(
        "caveat.stateEnterpriseSkillRequirements",
        "国有企业招聘技术技能岗位，应当明确技术技能要求。",
        "A state-owned enterprise hiring for a technical post must state its skill requirements.",
    ),
    w!(
        "caveat.conscriptionConditions",
        "应征的年龄、身体、政治等条件以当年征兵公告为准。",
        "Age, health, political and other conditions are those of the year's conscription notice.",
    ),
    w!(
        "caveat.ncoConditions",
        "士官招收的具体条件以当年招收公告为准。",
        "The NCO recruitment conditions are those of the year's notice.",
    ),
    w!(
        "caveat.ncoStudentsPerNotice",
        "应届毕业生能否在毕业前报名，以当年招收公告为准。",
        "Whether students may register before they graduate is for the year's notice.",
    ),
    w!(
        "caveat.studentsPerAnnouncement",
        "您尚未毕业：在校生（应届毕业生）能否报考，以招聘公告为准。",
        "You have not graduated yet: whether students (this year's graduates) may apply is for the notice.",
    ),
    w!(
        "caveat.widestReadingOnly",
        "即使按最宽的理解，您的学历对待也达不到要求；上面所列只解决学历一项，能否报考这个岗位仍以公告为准。",
        "Even on the widest reading your level falls short; what is listed above only settles the education bar, and whether you may apply for this post is still for the notice.",
    ),
    w!(
        "caveat.civilServiceOtherConditions",
        "这里只核对学历；公务员录用的其他报考条件以招录公告为准。",
        "Only the education bar is checked here; the other conditions of civil-service entry are those of the notice.",
    ),
    w!(
        "caveat.comparedAsStated",
        "在所查日期，没有文件专门规定这一点；这里按您本人的学历与岗位要求直接比较。",
        "On the date asked about no text speaks to this; your own education is compared with the post's requirement as stated.",
    ),
    w!(
        "caveat.listAllCertificates",
        "{place}2014年的办法写的是高级工、预备技师证书；如您持有这类证书，请一并填写。",
        "{place}'s 2014 measures name the 高级工 and 预备技师 certificates: if you hold one, add it.",
    ),
    w!(
        "toQualify.graduation",
        "毕业",
        "graduating",
    ),
    w!(
        "toQualify.classDiploma",
        "{class}毕业证书",
        "a {class} diploma",
    ),
    w!(
        "toQualify.graduateFromClass",
        "从{class}毕业",
        "graduating from a {class}",
    ),
    w!(
        "toQualify.certificateRoute",
        "{skill}证书（{place}2014年办法的证书途径）",
        "a {skill} certificate ({place}'s 2014 certificate route)",
    ),
    w!(
        "toQualify.certificateRouteAndGraduation",
        "{skill}证书（{place}2014年办法的证书途径），并毕业",
        "a {skill} certificate ({place}'s 2014 certificate route), and graduating",
    ),
    w!(
        "toQualify.fromDate",
        "等到{date}（届时有新的规定适用）",
        "waiting until {date} (when a rule starts to apply)",
    ),
    w!(
        "toQualify.requiredEducation",
        "取得岗位要求的{required}学历",
        "the required {required} education itself",
    ),
    w!(
        "toQualify.skillCertificate",
        "取得岗位要求的职业（工种）和等级的职业资格或职业技能等级证书（已有的，请填上）。",
        "Obtain a qualification or skill-level certificate of the trade and level the post requires (if you hold one, add it).",
    ),
];
