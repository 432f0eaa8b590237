//! The law as typed data: the document registry (catalogue §2), clauses,
//! rules and citations. A rule's dates come from the documents it rests on; a test
//! (tests/citations.rs) proves every quote is a verbatim substring of its
//! document's text under `sources/`, and every such text a verbatim part of
//! the corpus.

use serde::Serialize;

use crate::date::Date;
use crate::request::{Competition, Education};
use crate::text::Text;
use crate::vocab::Purpose;
pub use jurisdiction::Jurisdiction;

/// Rank for conflicts (catalogue §1 item 5), highest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Rank {
    /// 法律
    Law = 1,
    /// 中办/国办/国务院
    Central = 2,
    /// 省人大常委会（地方性法规）
    ProvincialCongress = 3,
    /// 省委办公厅/省政府办公厅/省人民政府
    ProvincialOffice = 4,
    /// 部委联合
    JointMinistry = 5,
    /// 部
    Ministry = 6,
    /// 部办公厅
    MinistryGeneralOffice = 7,
    /// 省厅
    ProvincialDepartment = 8,
}

/// Where the corpus prints no issue date: the window it must lie in
/// (catalogue §1 item 2). Applied from `from`, with a caveat before `knownBy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Window {
    pub from: Date,
    pub known_by: Date,
}

/// One policy document of the corpus.
#[derive(Debug)]
pub struct Document {
    pub id: &'static str,
    pub title: &'static str,
    /// 文号 as printed; empty where none is printed.
    pub number: &'static str,
    pub issuer: &'static str,
    /// The printed issue (for the law: in-force) date.
    pub date: Option<Date>,
    /// For undated documents.
    pub window: Option<Window>,
    pub jurisdiction: Jurisdiction,
    pub rank: Rank,
    /// Lines of the corpus this document's text occupies (1-based, inclusive).
    pub lines: (u32, u32),
    /// 十四五 plans: the plan period's end (catalogue §4 Q2).
    pub plan_end: Option<Date>,
}

impl Document {
    /// The first day the document applies.
    pub fn in_force(&self) -> Date {
        match (self.date, self.window) {
            (Some(d), _) => d,
            (None, Some(w)) => w.from,
            (None, None) => Date::ymd(1000, 1, 1),
        }
    }
    /// Whether `as_of` falls in the window before the date is known.
    pub fn date_uncertain(&self, as_of: Date) -> bool {
        self.date.is_none() && self.window.is_some_and(|w| as_of < w.known_by)
    }
}

/// One clause of a document, written once: the article or item label as
/// printed, its line within `sources/<document id>.txt` (1-based) and the
/// verbatim quote. Rules refer to clauses; a report lists each clause it
/// cites once, under [`Clause::id`].
#[derive(Debug)]
pub struct Clause {
    /// Stable: `<document id>#<article>`, with `/2`, `/3`… where one article
    /// holds several quoted sentences (`#p<line>` where none is printed).
    pub id: &'static str,
    pub doc: &'static Document,
    /// The article or item label as printed (第九条, 三, （十八）…); may be empty.
    pub article: &'static str,
    /// Line within `sources/<document id>.txt`.
    pub line: u32,
    /// Verbatim from the document (checked by tests/citations.rs).
    pub quote: &'static str,
}

/// Builds a [`Clause`].
pub const fn clause(
    doc: &'static Document,
    id: &'static str,
    article: &'static str,
    line: u32,
    quote: &'static str,
) -> Clause {
    Clause {
        id,
        doc,
        article,
        line,
        quote,
    }
}

impl Clause {
    /// The line of the corpus the quote stands on.
    pub fn corpus_line(&self) -> u32 {
        self.doc.lines.0 + self.line - 1
    }
}

/// A rule's reference to a clause.
#[derive(Debug, PartialEq)]
pub struct Cite {
    pub clause: &'static Clause,
    /// An operative citation gives the rule its date; a supporting one
    /// (a restatement) is shown while in force but dates nothing.
    pub operative: bool,
}

impl Cite {
    pub fn doc(&self) -> &'static Document {
        self.clause.doc
    }
}

/// A citation that dates the rule.
pub const fn cite(clause: &'static Clause) -> Cite {
    Cite {
        clause,
        operative: true,
    }
}

/// A restatement: shown while in force, dates nothing.
pub const fn also(clause: &'static Clause) -> Cite {
    Cite {
        clause,
        operative: false,
    }
}

/// A rule stops applying when the document of `clause` comes into force,
/// replaced by rule `by`: the date comes from the superseding document.
#[derive(Debug, PartialEq)]
pub struct Supersession {
    pub by: &'static Rule,
    /// The clause of the superseding document that says so, or that covers
    /// the same ground.
    pub clause: &'static Clause,
    /// Only where the superseding rule reaches (e.g. 云人社通〔2022〕48号
    /// governs competitions held in Yunnan and in its plan, 第二条): the rule
    /// then still stands, and the group decides case by case.
    pub partial: bool,
}

impl Supersession {
    /// The first day the rule no longer applies.
    pub fn from(&self) -> Date {
        self.clause.doc.in_force()
    }
}

/// One rule of the catalogue, under its stable id.
#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    /// What the rule decides, in plain words (the English gloss of the quotes).
    pub gloss: Gloss,
    pub cites: &'static [Cite],
    pub superseded: Option<Supersession>,
}

/// Whether a rule applies on a date under a jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Outside the jurisdiction, or not yet issued.
    Absent,
    /// Applies; `uncertain` when only an undated document's window covers the date.
    InForce { uncertain: bool },
    /// Would have applied, but was superseded on or before the date.
    Superseded,
}

impl Rule {
    /// Where the rule is the law: the narrowest jurisdiction of the
    /// documents it cites (a province's rule may restate national text).
    pub fn jurisdiction(&self) -> Jurisdiction {
        let mut home = Jurisdiction::default();
        for c in self.cites {
            let j = c.doc().jurisdiction;
            if j.includes(home) {
                home = j;
            }
        }
        home
    }

    /// The operative citations under `jur`.
    fn operative(&self, jur: Jurisdiction) -> impl Iterator<Item = &'static Cite> + '_ {
        self.cites
            .iter()
            .filter(move |c| c.operative && jur.includes(c.doc().jurisdiction))
    }

    /// The first day the rule applies under `jur`, if it can apply at all.
    pub fn from(&self, jur: Jurisdiction) -> Option<Date> {
        self.operative(jur).map(|c| c.doc().in_force()).min()
    }

    /// How the rule stands on `as_of` under `jur`.
    pub fn standing(&self, jur: Jurisdiction, as_of: Date) -> Standing {
        let mut any = false;
        let mut certain = false;
        for c in self.operative(jur) {
            if c.doc().in_force() <= as_of {
                any = true;
                certain |= !c.doc().date_uncertain(as_of);
            }
        }
        if !any {
            return Standing::Absent;
        }
        match &self.superseded {
            Some(s) if !s.partial && s.from() <= as_of => Standing::Superseded,
            _ => Standing::InForce {
                uncertain: !certain,
            },
        }
    }

    /// Where every in-force document this rule rests on is a 十四五 plan
    /// whose period has ended by `as_of` (catalogue §4 Q2): the latest end.
    pub fn plan_ended(&self, jur: Jurisdiction, as_of: Date) -> Option<Date> {
        let mut end: Option<Date> = None;
        for c in self.operative(jur).filter(|c| c.doc().in_force() <= as_of) {
            match c.doc().plan_end {
                Some(e) if e < as_of => end = Some(end.map_or(e, |x| x.max(e))),
                _ => return None,
            }
        }
        end
    }
}

const fn d(y: u16, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

const fn window(from: Date, known_by: Date) -> Option<Window> {
    Some(Window { from, known_by })
}

const PLAN_END_14TH: Option<Date> = Some(d(2025, 12, 31));

// ------------------------------------------------------------ the tables

/// A rule that gives an education level by class, as a row of the law's
/// table: the level per class and the purposes. Group A applies every row
/// whose rule stands; a jurisdiction's class equivalence is such a row, in
/// its own `rules` module, and needs no group code.
#[derive(Debug)]
pub struct ClassRule {
    pub rule: &'static Rule,
    /// Level for 中级工班, 高级工班, 预备技师（技师）班.
    pub levels: [Option<Education>; 3],
    pub purposes: &'static [Purpose],
    /// What the rule's own text adds.
    pub caveat: Option<ClassCaveat>,
}

/// What a class rule's own text adds to the level it gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassCaveat {
    /// 82号 三: the post's other conditions (专业…) must be met too.
    OtherConditionsApply,
    /// 95号 二 “可设置为”: the school decides whether to open its posts so.
    SchoolMaySetPostConditions,
}

/// 中专, 大专, 本科 for the three classes.
pub const ALL3: [Option<Education>; 3] = [
    Some(Education::SecondaryVocational),
    Some(Education::Associate),
    Some(Education::Bachelor),
];
/// 大专, 本科 for 高级工班 and 预备技师班 only.
pub const UPPER2: [Option<Education>; 3] =
    [None, Some(Education::Associate), Some(Education::Bachelor)];

/// The eight general purposes of 技能中国行动 (L1190) and 技能云南 (L2338).
pub const GENERAL_PURPOSES: &[Purpose] = &[
    Purpose::Enlistment,
    Purpose::EnterpriseRecruitment,
    Purpose::EmploymentPolicies,
    Purpose::StartingWage,
    Purpose::GovernmentRecruitment,
    Purpose::PublicInstitutionRecruitment,
    Purpose::ProfessionalTitle,
    Purpose::RankPromotion,
];

/// Every jurisdiction's class rules, national first.
#[cfg(not(test))]
pub static CLASS_RULES: &[&[ClassRule]] = &[&cn::rules::CLASS_RULES, &yn::rules::CLASS_RULES];
/// In the crate's own tests, the fictitious province's row after them
/// (never shipped).
#[cfg(test)]
pub static CLASS_RULES: &[&[ClassRule]] = &[
    &cn::rules::CLASS_RULES,
    &yn::rules::CLASS_RULES,
    &fictitious::CLASS_RULES,
];

/// One row of a competition cash-award table, in 元 (每人, 一次性).
#[derive(Debug)]
pub struct CashRow {
    pub competition: Competition,
    /// Gold, silver, bronze, 优胜奖; `None` where the text names no amount.
    pub medals: [Option<u32>; 4],
    /// 一、二、三等奖 where no medals are set (discretionary, 可).
    pub prizes: Option<[u32; 3]>,
    /// 我省选派: only competitors the province sent.
    pub sent_by_province: bool,
    /// 可给予: the medal amounts are discretionary.
    pub discretionary: bool,
    pub clause: &'static Clause,
}

pub mod cn;
pub mod jurisdiction;
/// A fictitious province's document, clause and rule, for the crate's own
/// tests only (never shipped, never in a report anyone gets).
#[cfg(test)]
pub(crate) use jurisdiction::tests as fictitious;
pub mod yn;

/// Every document, in the order of catalogue §2.
pub static DOCUMENTS: [&Document; 21] = [
    &cn::law_2022::DOC,
    &cn::zbf_2022_58::DOC,
    &cn::gf_2019_4::DOC,
    &cn::rsbf_2015_73::DOC,
    &cn::rsbf_2017_90::DOC,
    &cn::rstf_2018_138::DOC,
    &cn::rstf_2019_95::DOC,
    &cn::training_2021::DOC,
    &cn::rsbf_2021_48::DOC,
    &cn::rsbf_2021_30::DOC,
    &cn::rsbf_2021_82::DOC,
    &cn::rsbf_2021_86::DOC,
    &cn::rsbf_2021_102::DOC,
    &cn::rstf_2022_60::DOC,
    &yn::regulation_2005::DOC,
    &yn::yzf_2021_28::DOC,
    &yn::ybf_2022_9::DOC,
    &yn::ybf_2023_9::DOC,
    &yn::yrsf_2014_140::DOC,
    &yn::yrsf_2022_15::DOC,
    &yn::yrst_2022_48::DOC,
];

/// Every clause, each once.
pub static CLAUSES: [&Clause; 125] = [
    &cn::law_2022::HIGHER_VOCATIONAL_LEVELS,
    &cn::law_2022::EQUAL_OPPORTUNITY,
    &cn::gf_2019_4::SAME_TREATMENT,
    &cn::rsbf_2021_82::INCLUDES_TECHNICAL_SCHOOLS,
    &cn::rstf_2019_95::GROUNDS,
    &yn::ybf_2023_9::PARITY,
    &yn::ybf_2023_9::NO_BARRIERS,
    &cn::gf_2019_4::TEACHERS_FROM_ENTERPRISES,
    &cn::training_2021::GRADUATION_YEAR_TRAINING,
    &cn::training_2021::FUNDS,
    &cn::law_2022::SECONDARY_INCLUDES_TECHNICAL_SCHOOLS,
    &cn::law_2022::TECHNICIAN_COLLEGES_INTO_HIGHER,
    &cn::law_2022::NO_BARRIERS,
    &cn::law_2022::SKILL_REQUIREMENTS,
    &cn::law_2022::SKILL_POSTS_LOWER,
    &cn::rsbf_2015_73::FROM_2015,
    &cn::rsbf_2015_73::INTERNSHIP_JOBSEEKING,
    &cn::rsbf_2015_73::ALL_CURRENT_MEASURES,
    &cn::rsbf_2015_73::OTHER_POLICIES,
    &cn::rsbf_2017_90::THEORY_LADDER,
    &cn::rsbf_2017_90::PRACTICAL_LADDER,
    &cn::rsbf_2017_90::PROVINCIAL_STANDARDS,
    &cn::rsbf_2017_90::DIRECT_SENIOR,
    &cn::rsbf_2017_90::ENTERPRISE_HIRE,
    &cn::rsbf_2017_90::EVALUATION_WITH_APPOINTMENT,
    &cn::rsbf_2017_90::SCOPE,
    &cn::rsbf_2017_90::QUALIFICATION,
    &cn::rsbf_2017_90::APPRAISALS,
    &cn::rsbf_2017_90::ENTERPRISE_PRACTICE,
    &cn::rsbf_2017_90::ASSISTANT_CLASS_TEACHER,
    &cn::rsbf_2017_90::ASSISTANT_LESSON_PLANS,
    &cn::rsbf_2017_90::ASSISTANT_EDUCATION,
    &cn::rsbf_2017_90::ASSISTANT_SKILL,
    &cn::rsbf_2017_90::LECTURER_CLASS_TEACHER,
    &cn::rsbf_2017_90::LECTURER_MENU,
    &cn::rsbf_2017_90::LECTURER_EDUCATION,
    &cn::rsbf_2017_90::LECTURER_SKILL,
    &cn::rsbf_2017_90::SENIOR_LECTURER_MENU,
    &cn::rsbf_2017_90::SENIOR_LECTURER_EDUCATION,
    &cn::rsbf_2017_90::SENIOR_LECTURER_SKILL,
    &cn::rsbf_2017_90::PROFESSOR_LECTURER_FRONTLINE,
    &cn::rsbf_2017_90::PROFESSOR_LECTURER_MENU,
    &cn::rsbf_2017_90::PROFESSOR_LECTURER_EDUCATION,
    &cn::rsbf_2017_90::PROFESSOR_LECTURER_SKILL,
    &cn::rsbf_2017_90::GRADE3_LESSON_PLANS,
    &cn::rsbf_2017_90::GRADE3_EDUCATION,
    &cn::rsbf_2017_90::GRADE3_SKILL,
    &cn::rsbf_2017_90::GRADE2_CLASS_TEACHER,
    &cn::rsbf_2017_90::GRADE2_LESSON_PLANS,
    &cn::rsbf_2017_90::GRADE2_EDUCATION,
    &cn::rsbf_2017_90::GRADE2_SKILL,
    &cn::rsbf_2017_90::GRADE1_CLASS_TEACHER,
    &cn::rsbf_2017_90::GRADE1_MENU,
    &cn::rsbf_2017_90::GRADE1_EDUCATION,
    &cn::rsbf_2017_90::GRADE1_SKILL,
    &cn::rsbf_2017_90::SENIOR_INSTRUCTOR_PROJECTS,
    &cn::rsbf_2017_90::SENIOR_INSTRUCTOR_MENU,
    &cn::rsbf_2017_90::SENIOR_INSTRUCTOR_EDUCATION,
    &cn::rsbf_2017_90::SENIOR_INSTRUCTOR_SKILL,
    &cn::rsbf_2017_90::PROFESSOR_INSTRUCTOR_FRONTLINE,
    &cn::rsbf_2017_90::PROFESSOR_INSTRUCTOR_MENU,
    &cn::rsbf_2017_90::PROFESSOR_INSTRUCTOR_EDUCATION,
    &cn::rsbf_2017_90::PROFESSOR_INSTRUCTOR_SKILL,
    &cn::rsbf_2021_102::HIGH_SKILLED_DEFINED,
    &cn::rsbf_2021_102::GRADUATION_YEAR_TRAINING,
    &cn::rsbf_2021_30::HIGH_SKILLED_INCLUDES_PREPARATORY,
    &cn::rsbf_2021_30::CLASSES_TITLE_ENLIST,
    &cn::rsbf_2021_30::INSTRUCTOR_POSTS,
    &cn::rsbf_2021_30::DIRECT_TEACHING,
    &cn::rsbf_2021_48::CLASSES_EQUAL,
    &cn::rsbf_2021_48::PARITY,
    &cn::rsbf_2021_48::HONOURS,
    &cn::rsbf_2021_48::HONOURS_NAMED,
    &cn::rsbf_2021_82::NO_RESTRICTIONS,
    &cn::rsbf_2021_82::SKILL_POSTS,
    &cn::rsbf_2021_82::CLASSES_APPLY,
    &cn::rsbf_2021_82::DIRECT_ASSESSMENT,
    &cn::rsbf_2021_82::RURAL,
    &cn::rsbf_2021_86::CLASSES_TITLE_PI,
    &cn::rsbf_2021_86::DIRECT_TEACHING,
    &cn::rsbf_2021_86::DIPLOMA_STATES_CLASS,
    &cn::rstf_2018_138::STARTUP_GRADUATES,
    &cn::rstf_2018_138::STARTUP_STUDENTS,
    &cn::rstf_2019_95::INSTRUCTOR_POSTS,
    &cn::rstf_2019_95::DIRECT_TEACHING,
    &cn::rstf_2022_60::EDUCATION_BASIC,
    &cn::rstf_2022_60::PART_TIME_EQUAL,
    &cn::rstf_2022_60::CLASSES_TITLE,
    &cn::rstf_2022_60::NOT_RESTRICTIVE,
    &cn::zbf_2022_58::HIGH_SKILLED,
    &cn::zbf_2022_58::NEW_LEVELS,
    &cn::zbf_2022_58::EIGHT_LEVELS,
    &cn::zbf_2022_58::HONOURS,
    &yn::regulation_2005::SECONDARY,
    &yn::regulation_2005::CERTIFICATES_PROOF,
    &yn::ybf_2022_9::YUNLING_CRAFTSMEN,
    &yn::ybf_2023_9::SKILL_POSTS_LOWER,
    &yn::ybf_2023_9::CLASSES_EQUAL,
    &yn::ybf_2023_9::DIRECT_TEACHING,
    &yn::ybf_2023_9::EIGHT_LEVELS,
    &yn::yrsf_2014_140::SCOPE,
    &yn::yrsf_2014_140::CERTIFICATES_EQUAL,
    &yn::yrsf_2014_140::FIRST_WAGE,
    &yn::yrsf_2014_140::ENLISTMENT,
    &yn::yrsf_2014_140::NCO,
    &yn::yrsf_2014_140::COMPETITION_PROMOTION,
    &yn::yrsf_2014_140::TITLES,
    &yn::yrsf_2014_140::TITLE_COMPARISON,
    &yn::yrsf_2014_140::RECRUITMENT,
    &yn::yrsf_2014_140::NCO_CERTIFICATES,
    &yn::yrsf_2022_15::CLASSES,
    &yn::yrsf_2022_15::SUBSIDIES,
    &yn::yrst_2022_48::SCOPE,
    &yn::yrst_2022_48::EXCELLENCE,
    &yn::yrst_2022_48::PROMOTION,
    &yn::yrst_2022_48::AWARDS_REFER,
    &yn::yrst_2022_48::PREVAILS,
    &yn::yzf_2021_28::DIRECT_TEACHING,
    &yn::yzf_2021_28::CLASSES_EQUAL,
    &yn::yzf_2021_28::WORLD_SKILLS_CASH,
    &yn::yzf_2021_28::DEEMED_AWARD,
    &yn::yzf_2021_28::NATIONAL_CASH,
    &yn::yzf_2021_28::CLASS1_CASH,
    &yn::yzf_2021_28::CLASS1_PRIZES,
    &yn::yzf_2021_28::PROVINCIAL_CASH,
];

/// Documents, clauses and rules are statics, each written once: two are the
/// same when they are the same static (no comparing of their texts).
macro_rules! same_static {
    ($($t:ty),*) => {$(
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self, other)
            }
        }
    )*};
}
same_static!(Document, Clause, Rule);

/// What a rule decides, in plain words, in both languages (the registry's
/// `gloss`). Written with [`gloss`]. Rules keep their glosses everywhere but
/// in the single-check WebAssembly module, which never words one (reports
/// cite clauses; the glosses reach the widget in pkg/rules.json, written
/// from the batch module) and so leaves their 7 KB (gzipped) out of the
/// download a phone waits for (issue 10).
#[derive(Clone, Copy, Debug)]
pub struct Gloss(#[cfg(any(not(target_arch = "wasm32"), feature = "wasm-batch"))] Text);

/// Builds a [`Gloss`]; Chinese first, as the law is. Evaluated at compile
/// time: where glosses are not kept, the gloss holds nothing (not even two
/// empty strings' pointers: −16 bytes a rule), and the literals reach no
/// static and are left out of the binary.
#[cfg(any(not(target_arch = "wasm32"), feature = "wasm-batch"))]
pub const fn gloss(zh: &'static str, en: &'static str) -> Gloss {
    Gloss(Text { zh, en })
}

/// Builds a [`Gloss`]: where glosses are not kept, it holds nothing.
#[cfg(not(any(not(target_arch = "wasm32"), feature = "wasm-batch")))]
pub const fn gloss(_zh: &'static str, _en: &'static str) -> Gloss {
    Gloss()
}

impl Gloss {
    /// The gloss in both languages (empty where the build keeps none).
    pub fn text(self) -> Text {
        #[cfg(any(not(target_arch = "wasm32"), feature = "wasm-batch"))]
        return self.0;
        #[cfg(not(any(not(target_arch = "wasm32"), feature = "wasm-batch")))]
        Text { zh: "", en: "" }
    }
}
