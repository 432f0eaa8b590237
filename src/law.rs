//! The law as typed data: the document registry (catalogue §2), rules, and
//! citations. A rule's dates come from the documents it rests on; a test
//! (tests/citations.rs) proves every quote is a verbatim substring of its
//! document's text under `sources/`, and every such text a verbatim part of
//! the corpus.

use serde::Serialize;

use crate::date::Date;
use crate::request::Jurisdiction;
use crate::text::Text;

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
#[derive(Debug, PartialEq)]
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

/// A typed citation: document, article label as printed, verbatim quote.
#[derive(Debug, PartialEq)]
pub struct Cite {
    pub doc: &'static Document,
    pub article: &'static str,
    /// Line of the corpus the quote stands on.
    pub line: u32,
    pub quote: &'static str,
    /// An operative citation gives the rule its date; a supporting one
    /// (a restatement) is shown while in force but dates nothing.
    pub operative: bool,
}

/// A citation that dates the rule.
pub const fn cite(
    doc: &'static Document,
    article: &'static str,
    line: u32,
    quote: &'static str,
) -> Cite {
    Cite {
        doc,
        article,
        line,
        quote,
        operative: true,
    }
}

/// A restatement: shown while in force, dates nothing.
pub const fn also(
    doc: &'static Document,
    article: &'static str,
    line: u32,
    quote: &'static str,
) -> Cite {
    Cite {
        doc,
        article,
        line,
        quote,
        operative: false,
    }
}

/// A rule stops applying on `from`, replaced by rule `by`.
#[derive(Debug, PartialEq)]
pub struct Supersession {
    pub from: Date,
    pub by: &'static str,
}

/// One rule of the catalogue, under its stable id.
#[derive(Debug, PartialEq)]
pub struct Rule {
    pub id: &'static str,
    /// What the rule decides, in plain words (the English gloss of the quotes).
    pub gloss: Text,
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
    /// The operative citations under `jur`.
    fn operative(&self, jur: Jurisdiction) -> impl Iterator<Item = &'static Cite> + '_ {
        self.cites
            .iter()
            .filter(move |c| c.operative && jur.includes(c.doc.jurisdiction))
    }

    /// The first day the rule applies under `jur`, if it can apply at all.
    pub fn from(&self, jur: Jurisdiction) -> Option<Date> {
        self.operative(jur).map(|c| c.doc.in_force()).min()
    }

    /// How the rule stands on `as_of` under `jur`.
    pub fn standing(&self, jur: Jurisdiction, as_of: Date) -> Standing {
        let mut any = false;
        let mut certain = false;
        for c in self.operative(jur) {
            if c.doc.in_force() <= as_of {
                any = true;
                certain |= !c.doc.date_uncertain(as_of);
            }
        }
        if !any {
            return Standing::Absent;
        }
        match &self.superseded {
            Some(s) if s.from <= as_of => Standing::Superseded,
            _ => Standing::InForce {
                uncertain: !certain,
            },
        }
    }

    /// Whether any in-force document this rule rests on is a plan whose
    /// period has ended by `as_of` (catalogue §4 Q2).
    pub fn plan_ended(&self, jur: Jurisdiction, as_of: Date) -> bool {
        let mut resting = self
            .operative(jur)
            .filter(|c| c.doc.in_force() <= as_of)
            .peekable();
        resting.peek().is_some() && resting.all(|c| c.doc.plan_end.is_some_and(|end| end < as_of))
    }
}

const fn d(y: u16, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

const fn window(from: Date, known_by: Date) -> Option<Window> {
    Some(Window { from, known_by })
}

const PLAN_END_14TH: Option<Date> = Some(d(2025, 12, 31));

/// 中华人民共和国职业教育法（2022年修订）.
pub static CN_LAW_2022: Document = Document {
    id: "cn-law-2022",
    title: "中华人民共和国职业教育法",
    number: "",
    issuer: "全国人民代表大会常务委员会",
    date: Some(d(2022, 5, 1)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::Law,
    lines: (1, 165),
    plan_end: None,
};

pub static CN_ZBF_2022_58: Document = Document {
    id: "cn-zbf-2022-58",
    title: "关于加强新时代高技能人才队伍建设的意见",
    number: "中办发〔2022〕58号",
    issuer: "中共中央办公厅、国务院办公厅",
    date: None,
    window: window(d(2022, 10, 7), d(2022, 10, 7)),
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::Central,
    lines: (192, 221),
    plan_end: None,
};

pub static CN_GF_2019_4: Document = Document {
    id: "cn-gf-2019-4",
    title: "国务院关于印发国家职业教育改革实施方案的通知",
    number: "国发〔2019〕4号",
    issuer: "国务院",
    date: Some(d(2019, 1, 24)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::Central,
    lines: (290, 348),
    plan_end: None,
};

pub static CN_RSBF_2015_73: Document = Document {
    id: "cn-rsbf-2015-73",
    title: "人力资源社会保障部 中国残疾人联合会关于做好技师学院、特殊教育院校部分毕业生同等享受高校毕业生就业政策工作的通知",
    number: "人社部发〔2015〕73号",
    issuer: "人力资源社会保障部、中国残疾人联合会",
    date: Some(d(2015, 7, 31)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::JointMinistry,
    lines: (1682, 1696),
    plan_end: None,
};

pub static CN_RSBF_2017_90: Document = Document {
    id: "cn-rsbf-2017-90",
    title: "人力资源社会保障部印发《关于深化技工院校教师职称制度改革的指导意见》的通知",
    number: "人社部发〔2017〕90号",
    issuer: "人力资源社会保障部",
    date: Some(d(2017, 11, 28)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::Ministry,
    lines: (1365, 1663),
    plan_end: None,
};

pub static CN_RSTF_2018_138: Document = Document {
    id: "cn-rstf-2018-138",
    title: "人力资源社会保障部办公厅关于推进技工院校学生创业创新工作的通知",
    number: "人社厅发〔2018〕138号",
    issuer: "人力资源社会保障部办公厅",
    date: Some(d(2018, 12, 18)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::MinistryGeneralOffice,
    lines: (3489, 3510),
    plan_end: None,
};

pub static CN_RSTF_2019_95: Document = Document {
    id: "cn-rstf-2019-95",
    title: "人力资源社会保障部办公厅关于技工院校公开招聘有关事项的通知",
    number: "人社厅发〔2019〕95号",
    issuer: "人力资源社会保障部办公厅",
    date: Some(d(2019, 9, 29)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::MinistryGeneralOffice,
    lines: (3465, 3475),
    plan_end: None,
};

pub static CN_JOINT_2021_TRAINING: Document = Document {
    id: "cn-joint-2021-training",
    title: "关于扩大院校毕业年度毕业生参加职业技能培训有关政策范围的通知",
    number: "",
    issuer: "人力资源社会保障部、财政部、教育部",
    date: None,
    window: window(d(2021, 5, 27), d(2021, 5, 27)),
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::JointMinistry,
    lines: (1257, 1262),
    plan_end: None,
};

pub static CN_RSBF_2021_48: Document = Document {
    id: "cn-rsbf-2021-48",
    title: "人力资源社会保障部关于印发“技能中国行动”实施方案的通知",
    number: "人社部发〔2021〕48号",
    issuer: "人力资源社会保障部",
    date: Some(d(2021, 6, 30)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::Ministry,
    lines: (1154, 1219),
    plan_end: PLAN_END_14TH,
};

pub static CN_RSBF_2021_30: Document = Document {
    id: "cn-rsbf-2021-30",
    title: "人力资源社会保障部 国家发展改革委 财政部关于深化技工院校改革大力发展技工教育的意见",
    number: "人社部发〔2021〕30号",
    issuer: "人力资源社会保障部、国家发展改革委、财政部",
    date: Some(d(2021, 8, 12)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::JointMinistry,
    lines: (1117, 1152),
    plan_end: None,
};

pub static CN_RSBF_2021_82: Document = Document {
    id: "cn-rsbf-2021-82",
    title: "人力资源社会保障部关于职业院校毕业生参加事业单位公开招聘有关问题的通知",
    number: "人社部发〔2021〕82号",
    issuer: "人力资源社会保障部",
    date: Some(d(2021, 10, 22)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::Ministry,
    lines: (1102, 1115),
    plan_end: None,
};

pub static CN_RSBF_2021_86: Document = Document {
    id: "cn-rsbf-2021-86",
    title: "技工教育“十四五”规划",
    number: "人社部发﹝2021﹞86号",
    issuer: "人力资源社会保障部",
    date: None,
    window: window(d(2021, 10, 12), d(2021, 12, 31)),
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::Ministry,
    lines: (991, 1101),
    plan_end: PLAN_END_14TH,
};

pub static CN_RSBF_2021_102: Document = Document {
    id: "cn-rsbf-2021-102",
    title: "“十四五”职业技能培训规划",
    number: "人社部发〔2021〕102号",
    issuer: "人力资源社会保障部、教育部、国家发展改革委、财政部",
    date: None,
    window: window(d(2021, 1, 1), d(2021, 12, 31)),
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::JointMinistry,
    lines: (1697, 1857),
    plan_end: PLAN_END_14TH,
};

pub static CN_RSTF_2022_60: Document = Document {
    id: "cn-rstf-2022-60",
    title: "人力资源社会保障部办公厅关于进一步做好职称评审工作的通知",
    number: "人社厅发〔2022〕60号",
    issuer: "人力资源社会保障部办公厅",
    date: Some(d(2022, 11, 30)),
    window: None,
    jurisdiction: Jurisdiction::Cn,
    rank: Rank::MinistryGeneralOffice,
    lines: (1666, 1681),
    plan_end: None,
};

pub static YN_REGULATION_2005: Document = Document {
    id: "yn-regulation-2005",
    title: "云南省职业教育条例",
    number: "",
    issuer: "云南省人民代表大会常务委员会",
    date: Some(d(2005, 9, 26)),
    window: None,
    jurisdiction: Jurisdiction::CnYn,
    rank: Rank::ProvincialCongress,
    lines: (2439, 2502),
    plan_end: None,
};

pub static YN_YZF_2021_28: Document = Document {
    id: "yn-yzf-2021-28",
    title: "云南省人民政府关于实施“技能云南”行动的意见",
    number: "云政发〔2021〕28号",
    issuer: "云南省人民政府",
    date: Some(d(2021, 11, 23)),
    window: None,
    jurisdiction: Jurisdiction::CnYn,
    rank: Rank::ProvincialOffice,
    lines: (2295, 2353),
    plan_end: None,
};

pub static YN_YBF_2022_9: Document = Document {
    id: "yn-ybf-2022-9",
    title: "关于人才服务现代产业发展的十条措施",
    number: "云办发〔2022〕9号",
    issuer: "中共云南省委办公厅、云南省人民政府办公厅",
    date: None,
    window: window(d(2022, 1, 1), d(2022, 10, 25)),
    jurisdiction: Jurisdiction::CnYn,
    rank: Rank::ProvincialOffice,
    lines: (3336, 3352),
    plan_end: None,
};

pub static YN_YBF_2023_9: Document = Document {
    id: "yn-ybf-2023-9",
    title: "关于加强新时代高技能人才队伍建设的实施意见",
    number: "云办发〔2023〕9号",
    issuer: "中共云南省委办公厅、云南省人民政府办公厅",
    date: None,
    window: window(d(2023, 1, 1), d(2023, 8, 2)),
    jurisdiction: Jurisdiction::CnYn,
    rank: Rank::ProvincialOffice,
    lines: (2664, 3269),
    plan_end: None,
};

pub static YN_YRSF_2014_140: Document = Document {
    id: "yn-yrsf-2014-140",
    title: "关于印发云南省拓宽技能人才成长上升通道实施办法（暂行）的通知",
    number: "云人社发[2014]140号",
    issuer: "云南省人力资源和社会保障厅、云南省教育厅、云南省人民政府国有资产监督管理委员会、云南省军区司令部",
    date: Some(d(2014, 8, 1)),
    window: None,
    jurisdiction: Jurisdiction::CnYn,
    rank: Rank::ProvincialDepartment,
    lines: (3426, 3464),
    plan_end: None,
};

pub static YN_YRSF_2022_15: Document = Document {
    id: "yn-yrsf-2022-15",
    title: "关于贯彻落实深化技工院校改革大力发展技工教育的实施意见",
    number: "云人社发〔2022〕15号",
    issuer: "云南省人力资源和社会保障厅",
    date: None,
    window: window(d(2022, 1, 1), d(2022, 12, 31)),
    jurisdiction: Jurisdiction::CnYn,
    rank: Rank::ProvincialDepartment,
    lines: (3353, 3424),
    plan_end: None,
};

pub static YN_YRST_2022_48: Document = Document {
    id: "yn-yrst-2022-48",
    title: "云南省职业技能竞赛管理办法（试行）",
    number: "云人社通〔2022〕48号",
    issuer: "云南省人力资源和社会保障厅",
    date: Some(d(2022, 10, 25)),
    window: None,
    jurisdiction: Jurisdiction::CnYn,
    rank: Rank::ProvincialDepartment,
    lines: (3270, 3334),
    plan_end: None,
};

/// Every document, in the order of catalogue §2.
pub static DOCUMENTS: [&Document; 21] = [
    &CN_LAW_2022,
    &CN_ZBF_2022_58,
    &CN_GF_2019_4,
    &CN_RSBF_2015_73,
    &CN_RSBF_2017_90,
    &CN_RSTF_2018_138,
    &CN_RSTF_2019_95,
    &CN_JOINT_2021_TRAINING,
    &CN_RSBF_2021_48,
    &CN_RSBF_2021_30,
    &CN_RSBF_2021_82,
    &CN_RSBF_2021_86,
    &CN_RSBF_2021_102,
    &CN_RSTF_2022_60,
    &YN_REGULATION_2005,
    &YN_YZF_2021_28,
    &YN_YBF_2022_9,
    &YN_YBF_2023_9,
    &YN_YRSF_2014_140,
    &YN_YRSF_2022_15,
    &YN_YRST_2022_48,
];
