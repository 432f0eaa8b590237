//! Wording of [`EquivalenceMsg`](crate::engine::equivalence::EquivalenceMsg),
//! in declaration order.

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!(
        "caveat.equalTreatmentNotADegree",
        "这是政策上的同等对待，不等于取得了相应的学历证书；文件列举这些方面时用了“等”“按规定”，具体以经办单位的规定为准。",
        "This is equal treatment under policy, not a degree certificate; the texts list these purposes with “等” (and others) and “按规定” (as provided), so the office concerned has the last word.",
    ),
    w!(
        "caveat.otherConditionsApply",
        "还须符合岗位的专业等其他条件。",
        "The post's other conditions (subject and so on) must be met too.",
    ),
    w!(
        "caveat.schoolMaySetPostConditions",
        "文件写的是岗位条件“可设置为”：学校是否这样设置，以招聘公告为准。",
        "The text says a school “may set” its post conditions this way: whether it does is in the recruitment notice.",
    ),
    w!(
        "caveat.governmentNotCivilService",
        "这里指参加机关的招聘（如工勤人员岗位），不等于公务员录用。",
        "This means recruitment by government bodies (for example worker-support posts), not civil-service entry (公务员录用).",
    ),
    w!(
        "caveat.governmentWorkerPostsOnly",
        "这一对待在机关只适用于工勤人员岗位。",
        "In government bodies this applies to worker-support posts only.",
    ),
    w!(
        "caveat.publicInstitutionWorkerOrProfessionalPostsOnly",
        "这一对待在事业单位只适用于工勤人员岗位和专业技术人员岗位，不含管理岗位。",
        "In public institutions this applies to worker-support and professional posts only, not to management posts.",
    ),
    w!(
        "caveat.firstWageNegotiatedOnly",
        "按{place}2014年的办法，这一对待用于用人单位与您协商确定初次就业工资；机关、事业单位按国家有关政策执行。",
        "Under {place}'s 2014 measures this applies where an employer negotiates your first wage with you; government bodies and public institutions follow national policy.",
    ),
    w!(
        "caveat.elsewhereAtLevel",
        "上述范围以外，按{level}对待。",
        "Outside that scope, you count as {level}.",
    ),
    w!(
        "caveat.secondaryInPostings",
        "招聘公告写“中专”时，通常包括技工学校等中等职业学校；严格意义上的中专指普通中等专业学校，请核对公告。",
        "A notice asking for 中专 usually includes secondary vocational schools such as technical schools; in the strict sense 中专 means a general secondary specialised school, so check the notice.",
    ),
    w!(
        "caveat.schoolIsSecondaryVocational",
        "技工学校属于中等职业学校，您的学历属于中等职业教育层次；招聘公告写“中专”时通常包括技工学校，请核对公告。",
        "A technical school is a secondary vocational school: your education is at that level. A notice asking for 中专 usually includes technical schools; check the notice.",
    ),
    w!(
        "caveat.intermediateClassAtSecondaryLevel",
        "法律写明技工学校属于中等职业学校；技师学院、高级技工学校的中级工班没有单独写明，这里按中级工班的层次（中等职业教育）对待，请以经办单位的认定为准。",
        "The law names technical schools (技工学校) as secondary vocational schools; an intermediate-worker class at a technician college or senior technical school is not named, and is taken here at its level (secondary vocational). The office that applies it decides.",
    ),
    w!(
        "caveat.diplomaStatesClass",
        "按班级对待的，以毕业证书上注明的班级（中级工班、高级工班、预备技师班）为准。",
        "Where the class decides, the class printed on the diploma (中级工班, 高级工班 or 预备技师班) is what counts.",
    ),
    w!(
        "caveat.certificateIsProof",
        "按证书对待的，以所持职业资格证书为凭，请核对证书等级。",
        "Where a certificate decides, the certificate itself is the proof; check its level.",
    ),
    w!(
        "caveat.partTimeNotAddressed",
        "对这一方面，现有文件没有专门规定非全日制学习，这里按与全日制相同处理，请向经办单位核实。",
        "No text speaks of part-time study for this purpose; it is treated like full-time study here. Check with the office concerned.",
    ),
    w!(
        "caveat.comparedWithFullTimeGraduates",
        "按{place}2014年的办法，比照全日制大专、本科毕业生执行，与您本人的学习方式无关。",
        "Under {place}'s 2014 measures the comparison is with full-time 大专 or 本科 graduates, whatever your own mode of study.",
    ),
    w!(
        "caveat.certificateTypesAlike",
        "{place}2014年的办法写的是“国家职业资格证书”；职业技能等级证书这里按同等对待，请向经办单位核实。",
        "{place}'s 2014 measures name the national vocational qualification certificate (国家职业资格证书); a skill-level certificate (职业技能等级证书) is treated alike here. Check with the office concerned.",
    ),
    w!(
        "caveat.interimMeasures",
        "{place}2014年的办法是暂行办法，文件没有规定截止日期。",
        "{place}'s 2014 measures are interim (暂行) and set no end date.",
    ),
    w!(
        "caveat.listEveryCertificate",
        "该办法只写了高级工和预备技师证书：请把您持有的证书都填上。",
        "These measures name only the 高级工 and 预备技师 certificates: list every certificate you hold.",
    ),
    w!(
        "note.classNotGiven",
        "您没有填写{field}：技工院校毕业生的学历对待按中级工班、高级工班、预备技师班分别计算，学校类型本身不决定。",
        "“{field}” is not filled in: for technical-school graduates the equivalence follows the class (中级工班, 高级工班 or 预备技师班), not the type of school.",
    ),
    w!(
        "note.classMayRaiseLevel",
        "您没有填写{field}：技工学校本身属于中等职业学校；高级工班、预备技师班毕业生还可以按班级享受更高的学历对待，请填写班级。",
        "“{field}” is not filled in: a technical school is a secondary vocational school, and graduates of a 高级工班 or 预备技师班 count higher by their class; please give it.",
    ),
    w!(
        "note.higherCertificateNotNamed",
        "{place}2014年的办法只写了高级工和预备技师证书，没有写更高等级的证书：如果您也持有高级工或预备技师证书，请一并填上。",
        "{place}'s 2014 measures name only the 高级工 and 预备技师 certificates, not higher ones: if you also hold one of those, add it.",
    ),
    w!(
        "note.technicianCollegeNotHigherVocational",
        "技师学院毕业不等于高职（大专）学历；只有按规定纳入高等职业学校序列的技师学院才属于高职。",
        "A technician-college diploma is not a higher-vocational (大专) degree; only technician colleges formally included among higher vocational schools count as such.",
    ),
    w!(
        "note.studentGetsThemOnGraduation",
        "这些学历对待只适用于毕业生，您毕业后才能享受。",
        "These equivalences are for graduates: you get them when you graduate.",
    ),
    w!(
        "note.certificateRouteNeedsIntermediate",
        "{place}2014年的办法适用于取得中级工以上职业资格证书的毕业生；您没有填写达到中级工的证书。",
        "{place}'s 2014 certificate route is for graduates holding a 中级工 certificate or higher; you list none that reaches 中级工.",
    ),
];
