//! The answer first: which sentence heads the report, and one line per
//! section, chosen from the typed findings (the wording is in `wording`).
//!
//! The headline answers the request's main question: the teacher's next
//! title when a teacher is given, else the post when one is given, else what
//! the class counts as.

use crate::date::Date;
use crate::request::{ClassType, Education, Field, SchoolType, SkillLevel, Title};
use crate::vocab::{Outcome, Purpose, Section};

use super::msg::messages;
use super::{Findings, Msg};

messages! {
    /// Headlines and summary lines.
    pub enum SummaryMsg {
        // --- equivalences
        CountsAsOne { level: Education, purpose: Purpose } = "headline.countsAsOne";
        CountsAsTwo { level: Education, first: Purpose, second: Purpose } = "headline.countsAsTwo";
        CountsAsMany { level: Education, first: Purpose, second: Purpose, count: u32 } = "headline.countsAsMany";
        SchoolLevelIs { level: Education } = "headline.schoolLevelIs";
        OnlyAfterGraduation = "headline.onlyAfterGraduation";
        ClassNeeded { field: Field } = "headline.classNeeded";
        NoEquivalenceOnDate { date: Date } = "headline.noEquivalenceOnDate";
        NotATechnicalSchool { school: SchoolType } = "headline.notATechnicalSchool";
        EquivalencesTop { level: Education, count: u32 } = "line.equivalencesTop";
        EquivalencesMixed { level: Education, count: u32, other: Education, rest: u32 } = "line.equivalencesMixed";
        EquivalencesTopAndSchool { level: Education, count: u32 } = "line.equivalencesTopAndSchool";
        /// Only the school's own level (第十五条).
        EquivalencesSchoolLevel = "line.equivalencesSchoolLevel";
        /// Only a post condition a school may set (95号 二 「可设置为」).
        PostsMayAdmitClass { class: ClassType } = "headline.postsMayAdmitClass";
        EquivalencesPostsMayAdmit = "line.equivalencesPostsMayAdmit";
        /// A student: the equivalences come with the diploma.
        EquivalencesOnGraduation = "line.equivalencesOnGraduation";
        EquivalencesNone = "line.equivalencesNone";
        /// A 技工院校 graduate whose class is not given.
        EquivalencesNeedClass { field: Field } = "line.equivalencesNeedClass";
        // --- recruitment
        MayApply = "headline.mayApply";
        /// A military post: registering is allowed; the notice sets the rest
        /// (no education bar is checked, none is claimed).
        MayRegister = "headline.mayRegister";
        MayApplyNoRequirement = "headline.mayApplyNoRequirement";
        /// A 公务员 post with no education bar: no rule covers 公务员录用, so
        /// the headline says the bar is absent, not that the person may apply.
        CivilServiceNoRequirement = "headline.civilServiceNoRequirement";
        MayNotApply = "headline.mayNotApply";
        /// Only graduating or a later date is missing.
        MayNotApplyYet = "headline.mayNotApplyYet";
        MayNotApplyButDirect = "headline.mayNotApplyButDirect";
        PostNeedsInformation { field: Field } = "headline.postNeedsInformation";
        PostLeftOpen = "headline.postLeftOpen";
        RecruitmentMeets { purpose: Purpose, level: Education, required: Education } = "line.recruitmentMeets";
        RecruitmentOwnEducation { level: Education, required: Education } = "line.recruitmentOwnEducation";
        /// The school's (or a 中级工班's) 中等职业教育 level meets the bar: the
        /// person's own level, not 「按…对待」.
        RecruitmentSchoolLevel { required: Education } = "line.recruitmentSchoolLevel";
        RecruitmentNoRequirement = "line.recruitmentNoRequirement";
        RecruitmentMayRegister = "line.recruitmentMayRegister";
        RecruitmentEligible = "line.recruitmentEligible";
        RecruitmentBelow { level: Education, required: Education } = "line.recruitmentBelow";
        RecruitmentIneligible = "line.recruitmentIneligible";
        RecruitmentNotYet = "line.recruitmentNotYet";
        RecruitmentMissing { field: Field } = "line.recruitmentMissing";
        RecruitmentOpen = "line.recruitmentOpen";
        // --- direct recruitment
        DirectEligible { count: u32 } = "line.directEligible";
        /// Routes open, none of them into the post asked about.
        DirectEligibleElsewhere { count: u32 } = "line.directEligibleElsewhere";
        DirectMissing { field: Field } = "line.directMissing";
        /// A WorldSkills competitor: the text names the national squad, which is an award to add.
        DirectConfirmSquad = "line.directConfirmSquad";
        DirectOpen = "line.directOpen";
        DirectNone = "line.directNone";
        // --- entitlements
        EntitlementsSome { count: u32 } = "line.entitlementsSome";
        EntitlementsSomeAndOpen { count: u32, open: u32 } = "line.entitlementsSomeAndOpen";
        EntitlementsOpen { open: u32 } = "line.entitlementsOpen";
        EntitlementsNone = "line.entitlementsNone";
        // --- titles
        TitleNow { title: Title } = "headline.titleNow";
        TitleFrom { title: Title, date: Date } = "headline.titleFrom";
        TitleNeedsInformation { title: Title, field: Field } = "headline.titleNeedsInformation";
        /// The honour is given; whether the master's studio is national is not.
        TitleNeedsStudioLevel { title: Title } = "headline.titleNeedsStudioLevel";
        TitleNotYet { title: Title } = "headline.titleNotYet";
        /// The texts leave the next rung open (an `unclear` rung).
        TitleUnclear { title: Title } = "headline.titleUnclear";
        /// The theory ladder's first rung is closed to the education held;
        /// the practical ladder is not.
        TitleTrackClosed { title: Title } = "headline.titleTrackClosed";
        TitleTop { title: Title } = "headline.titleTop";
        TitlesNoStandardYet { date: Date } = "headline.titlesNoStandard";
        TitlesNow { title: Title } = "line.titlesNow";
        TitlesFrom { title: Title, date: Date } = "line.titlesFrom";
        TitlesMissing { title: Title, field: Field } = "line.titlesMissing";
        TitlesNeedStudioLevel { title: Title } = "line.titlesNeedStudioLevel";
        TitlesNotYet { title: Title } = "line.titlesNotYet";
        TitlesUnclear { title: Title } = "line.titlesUnclear";
        TitlesTrackClosed { title: Title } = "line.titlesTrackClosed";
        TitlesTop { title: Title } = "line.titlesTop";
        TitlesNoStandard = "line.titlesNoStandard";
        // --- skill
        SkillHighSkilled { skill: SkillLevel } = "line.skillHighSkilled";
        SkillLevel { skill: SkillLevel } = "line.skillLevel";
    }
}

use SummaryMsg as M;

/// The headline and the lines, as messages.
pub struct Summary {
    pub headline: Msg,
    pub lines: Vec<(Section, Msg)>,
}

/// Whether an equivalence is a rule's equal treatment of the class or the
/// certificate — what the headline counts as 「按…对待」 — not the school's
/// own level (第十五条 classifies the school and names no purpose) nor a post
/// condition a school may set (「可设置为」): a reading found both counted.
fn treated(e: &super::equivalence::Equivalence) -> bool {
    !e.school_level && !e.school_may_set
}

/// The levels of the equal treatments, highest first, with their purposes.
fn by_level(f: &Findings) -> Vec<(Education, Vec<Purpose>)> {
    // Kept in order as they come (each level once), not sorted after.
    let mut out: Vec<(Education, Vec<Purpose>)> = Vec::new();
    for e in f.equivalences.iter().filter(|e| treated(e)) {
        match out.iter_mut().find(|(l, _)| *l == e.level) {
            Some((_, ps)) => ps.push(e.purpose),
            None => {
                // `>` or `>=` alike (an equivalent mutant): `e.level` is not
                // in `out` yet, so no entry equals it.
                let at = out.partition_point(|(l, _)| *l > e.level);
                out.insert(at, (e.level, vec![e.purpose]));
            }
        }
    }
    out
}

/// A student to whom a rule in force gives a level on graduation (group
/// A's note says so).
fn on_graduation(f: &Findings) -> bool {
    let note = Msg::from(super::equivalence::EquivalenceMsg::StudentGetsThemOnGraduation);
    f.notes.iter().any(|n| n.msg == note)
}

/// Whether some equivalence is the 中等职业教育 level only (第十五条).
fn school_level(f: &Findings) -> bool {
    f.equivalences.iter().any(|e| e.school_level)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn equivalence_headline(f: &Findings) -> M {
    let g = &f.req.graduate;
    let levels = by_level(f);
    if levels.is_empty() && school_level(f) {
        return M::SchoolLevelIs {
            level: Education::SecondaryVocational,
        };
    }
    if levels.is_empty() {
        if let (Some(_), Some(class)) = (f.equivalences.first(), g.class_type) {
            return M::PostsMayAdmitClass { class };
        }
    }
    if let Some((level, purposes)) = levels.first() {
        // The areas named first are those the level holds in without a limit
        // to some posts (工勤 only, …): the headline names no limit, the
        // details do (a reading found 「机关招聘」 named first for 工勤 posts).
        // (Two passes, not a slice sort: a sort brings kilobytes of code.)
        let (mut purposes, rest): (Vec<Purpose>, Vec<Purpose>) =
            purposes.iter().partition(|p| !limited(f, *level, **p));
        purposes.extend(rest);
        return match purposes.as_slice() {
            [one] => M::CountsAsOne {
                level: *level,
                purpose: *one,
            },
            [first, second] => M::CountsAsTwo {
                level: *level,
                first: *first,
                second: *second,
            },
            [first, second, ..] => M::CountsAsMany {
                level: *level,
                first: *first,
                second: *second,
                count: count(purposes.len()),
            },
            [] => M::NoEquivalenceOnDate { date: f.as_of },
        };
    }
    if !g.school_type.is_technical() {
        M::NotATechnicalSchool {
            school: g.school_type,
        }
    } else if on_graduation(f) {
        M::OnlyAfterGraduation
    } else if class_needed(f) {
        M::ClassNeeded {
            field: Field::GraduateClassType,
        }
    } else {
        M::NoEquivalenceOnDate { date: f.as_of }
    }
}

/// Whether an open direct route hires into the post asked about (95号 and
/// the provincial teaching route reach 技工院校 teaching posts only, not a 机关: a reading).
fn direct_into_post(f: &Findings) -> bool {
    f.req.post.is_some_and(|p| {
        f.direct
            .iter()
            .any(|d| d.outcome == Outcome::Eligible && super::direct::reaches(d.route, &p))
    })
}

/// Whether what the person lacks comes with time alone: graduating, or a
/// rule's later date (then 「还不能」, "yet"; else the plain 「不能」).
fn only_waiting(r: &super::recruitment::Recruitment) -> bool {
    use super::recruitment::RecruitmentMsg as R;
    !r.to_qualify.is_empty()
        && r.to_qualify
            .iter()
            .all(|m| matches!(m, Msg::RecruitmentMsg(R::Graduation | R::FromDate { .. })))
}

/// Whether the post asked about is a military one (registering, not applying).
fn military_post(f: &Findings) -> bool {
    f.req.post.is_some_and(|p| super::recruitment::military(&p))
}

/// Whether the level for `purpose` holds for some posts or employers only.
fn limited(f: &Findings, level: Education, purpose: Purpose) -> bool {
    use super::equivalence::EquivalenceMsg as E;
    f.equivalences
        .iter()
        .filter(|e| e.purpose == purpose && e.level == level)
        .flat_map(|e| &e.caveats)
        .any(|c| {
            matches!(
                c.msg,
                Msg::EquivalenceMsg(
                    E::GovernmentWorkerPostsOnly
                        | E::PublicInstitutionWorkerOrProfessionalPostsOnly
                        | E::FirstWageNegotiatedOnly { .. }
                )
            )
        })
}

/// A graduated 技工院校 graduate whose class is not given, where a rule in
/// force treats a class as a level (a 技工学校's own level, where it stands,
/// is an equivalence, and this is asked only where there is none).
fn class_needed(f: &Findings) -> bool {
    let g = &f.req.graduate;
    g.school_type.is_technical()
        && g.graduation_date.is_some_and(|d| d <= f.as_of)
        && g.class_type.is_none()
        && f.class_decides
}

fn equivalence_line(f: &Findings) -> M {
    let levels = by_level(f);
    let school = school_level(f);
    match levels.as_slice() {
        [] if school => M::EquivalencesSchoolLevel,
        [] if !f.equivalences.is_empty() => M::EquivalencesPostsMayAdmit,
        [] if class_needed(f) => M::EquivalencesNeedClass {
            field: Field::GraduateClassType,
        },
        [] if on_graduation(f) => M::EquivalencesOnGraduation,
        [] => M::EquivalencesNone,
        [(level, ps)] if school => M::EquivalencesTopAndSchool {
            level: *level,
            count: count(ps.len()),
        },
        [(level, ps)] => M::EquivalencesTop {
            level: *level,
            count: count(ps.len()),
        },
        // Two levels of equal treatment and the school's own (none of the
        // jurisdictions gives that today): the two levels are the line.
        [(level, ps), (other, rest), ..] => M::EquivalencesMixed {
            level: *level,
            count: count(ps.len()),
            other: *other,
            rest: count(rest.len()),
        },
    }
}

fn recruitment_line(f: &Findings) -> Option<M> {
    use super::recruitment::RecruitmentMsg as R;
    let r = f.recruitment.as_ref()?;
    let decided_by = r.reasons.iter().find_map(|n| match n.msg {
        Msg::RecruitmentMsg(m) => Some(m),
        _ => None,
    });
    let own = r.reasons.iter().find_map(|n| match n.msg {
        Msg::RecruitmentMsg(R::OwnEducationMeets { level, required })
        | Msg::RecruitmentMsg(R::OwnEducationBelow { level, required }) => Some((level, required)),
        _ => None,
    });
    let required = f.req.post.and_then(|p| p.required_education);
    Some(match r.outcome {
        Outcome::Eligible if military_post(f) => M::RecruitmentMayRegister,
        Outcome::Eligible => match (own, r.level, required, r.purpose) {
            (Some((level, required)), ..) => M::RecruitmentOwnEducation { level, required },
            (None, .., Some(required), _)
                if matches!(decided_by, Some(R::SchoolLevelMeets { .. })) =>
            {
                M::RecruitmentSchoolLevel { required }
            }
            (None, _, None, _) if decided_by.is_some() => M::RecruitmentNoRequirement,
            (None, Some(level), Some(required), Some(purpose)) if level >= required => {
                M::RecruitmentMeets {
                    purpose,
                    level,
                    required,
                }
            }
            _ => M::RecruitmentEligible,
        },
        // Below by class and by the person's own 学历: the higher is named.
        Outcome::Ineligible => match (own, r.level, required) {
            (Some((level, required)), by_class, _) => M::RecruitmentBelow {
                level: by_class.map_or(level, |c| c.max(level)),
                required,
            },
            (None, Some(level), Some(required))
                if f.req.graduate.graduation_date.is_some_and(|d| d <= f.as_of) =>
            {
                M::RecruitmentBelow { level, required }
            }
            _ if only_waiting(r) => M::RecruitmentNotYet,
            _ => M::RecruitmentIneligible,
        },
        Outcome::Undetermined => match r.missing.first() {
            Some(field) => M::RecruitmentMissing { field: *field },
            None => M::RecruitmentOpen,
        },
        Outcome::Unclear | Outcome::NotYet => M::RecruitmentOpen,
    })
}

fn direct_line(f: &Findings) -> Option<M> {
    if f.direct.is_empty() {
        return None;
    }
    let eligible = f
        .direct
        .iter()
        .filter(|d| d.outcome == Outcome::Eligible)
        .count();
    if eligible > 0 {
        let count = count(eligible);
        return Some(if f.req.post.is_some() && !direct_into_post(f) {
            M::DirectEligibleElsewhere { count }
        } else {
            M::DirectEligible { count }
        });
    }
    let undetermined = || {
        f.direct
            .iter()
            .filter(|d| d.outcome == Outcome::Undetermined)
    };
    // The awards are given: what is asked is one more (the squad), not the field.
    let squad = Msg::from(super::direct::DirectMsg::WorldSkillsConfirmSquad);
    if undetermined().any(|d| d.reasons.iter().any(|n| n.msg == squad)) {
        return Some(M::DirectConfirmSquad);
    }
    if let Some(field) = undetermined().find_map(|d| d.missing.first()) {
        return Some(M::DirectMissing { field: *field });
    }
    if f.direct.iter().any(|d| d.outcome == Outcome::Unclear) {
        return Some(M::DirectOpen);
    }
    Some(M::DirectNone)
}

fn entitlement_line(f: &Findings) -> Option<M> {
    if f.entitlements.is_empty() {
        return None;
    }
    let eligible = count(
        f.entitlements
            .iter()
            .filter(|e| e.status == Outcome::Eligible)
            .count(),
    );
    let open = count(
        f.entitlements
            .iter()
            .filter(|e| matches!(e.status, Outcome::Undetermined | Outcome::Unclear))
            .count(),
    );
    Some(match (eligible, open) {
        (0, 0) => M::EntitlementsNone,
        (0, open) => M::EntitlementsOpen { open },
        (count, 0) => M::EntitlementsSome { count },
        (count, open) => M::EntitlementsSomeAndOpen { count, open },
    })
}

/// The next rung to apply for, and what the titles say of it.
fn title_messages(f: &Findings) -> Option<(M, M)> {
    let titles = f.titles.as_ref()?;
    let Some(next) = titles.iter().find(|t| !t.held) else {
        let top = titles.last().map(|t| t.title)?;
        return Some((M::TitleTop { title: top }, M::TitlesTop { title: top }));
    };
    // Prefer a rung open now (a direct application may open a higher one).
    let open_now = titles
        .iter()
        .rev()
        .find(|t| !t.held && t.status == Outcome::Eligible)
        .unwrap_or(next);
    let t = open_now;
    Some(match t.status {
        Outcome::Eligible => (
            M::TitleNow { title: t.title },
            M::TitlesNow { title: t.title },
        ),
        Outcome::NotYet => {
            let date = t.eligible_from.unwrap_or(f.as_of);
            (
                M::TitleFrom {
                    title: t.title,
                    date,
                },
                M::TitlesFrom {
                    title: t.title,
                    date,
                },
            )
        }
        Outcome::Undetermined => {
            let field = t
                .missing
                .first()
                .copied()
                .unwrap_or(Field::TeacherEducation);
            // The honours are given: what is asked is the studio's level.
            // (`&&` or `||` alike today, an equivalent mutant: a rung misses
            // `graduate.honours` only where the studio's level is not given.)
            let studio = Msg::from(super::titles::TitleMsg::StudioLevelNotGiven);
            if field == Field::GraduateHonours && t.reasons.contains(&studio) {
                return Some((
                    M::TitleNeedsStudioLevel { title: t.title },
                    M::TitlesNeedStudioLevel { title: t.title },
                ));
            }
            (
                M::TitleNeedsInformation {
                    title: t.title,
                    field,
                },
                M::TitlesMissing {
                    title: t.title,
                    field,
                },
            )
        }
        Outcome::Unclear => (
            M::TitleUnclear { title: t.title },
            M::TitlesUnclear { title: t.title },
        ),
        Outcome::Ineligible
            if t.caveats.iter().any(|c| {
                c.msg == Msg::TitleMsg(super::titles::TitleMsg::TheoryClosedPracticalOpen)
            }) =>
        {
            (
                M::TitleTrackClosed { title: t.title },
                M::TitlesTrackClosed { title: t.title },
            )
        }
        Outcome::Ineligible => (
            M::TitleNotYet { title: t.title },
            M::TitlesNotYet { title: t.title },
        ),
    })
}

/// The summary of `f`.
pub fn summary(f: &Findings) -> Summary {
    let mut lines: Vec<(Section, Msg)> = Vec::new();
    lines.push((Section::Equivalences, equivalence_line(f).into()));
    if let Some(l) = recruitment_line(f) {
        lines.push((Section::Recruitment, l.into()));
    }
    if let Some(l) = direct_line(f) {
        lines.push((Section::DirectRecruitment, l.into()));
    }
    if let Some(l) = entitlement_line(f) {
        lines.push((Section::Entitlements, l.into()));
    }
    let titles = title_messages(f);
    if let Some((_, l)) = titles {
        lines.push((Section::Titles, l.into()));
    } else if f.titles.as_ref().is_some_and(|t| t.is_empty()) {
        lines.push((Section::Titles, M::TitlesNoStandard.into()));
    }
    if let Some(skill) = f.skill.level {
        let l = if f.skill.high_skilled {
            M::SkillHighSkilled { skill }
        } else {
            M::SkillLevel { skill }
        };
        lines.push((Section::Skill, l.into()));
    }

    let headline = if f.req.teacher.is_some() {
        match titles {
            Some((h, _)) => h,
            None => M::TitlesNoStandardYet { date: f.as_of },
        }
    } else if let Some(r) = &f.recruitment {
        match r.outcome {
            Outcome::Eligible if military_post(f) => M::MayRegister,
            Outcome::Eligible if f.req.post.and_then(|p| p.required_education).is_none() => {
                if f.req
                    .post
                    .is_some_and(|p| p.post_type == crate::vocab::PostType::CivilServant)
                {
                    M::CivilServiceNoRequirement
                } else {
                    M::MayApplyNoRequirement
                }
            }
            Outcome::Eligible => M::MayApply,
            // Only a route that hires into this very post (finding of a
            // reading: 95号 reaches 技工院校 teaching posts, not a 机关).
            Outcome::Ineligible if direct_into_post(f) => M::MayNotApplyButDirect,
            Outcome::Ineligible if only_waiting(r) => M::MayNotApplyYet,
            Outcome::Ineligible => M::MayNotApply,
            Outcome::Undetermined => match r.missing.first() {
                Some(field) => M::PostNeedsInformation { field: *field },
                None => M::PostLeftOpen,
            },
            Outcome::Unclear | Outcome::NotYet => M::PostLeftOpen,
        }
    } else {
        equivalence_headline(f)
    };
    Summary {
        headline: headline.into(),
        lines,
    }
}
