//! The jurisdictions, each declared once: its code (ISO 3166-2), its
//! parent, its names in zh-CN and English. Its documents are the ones that
//! name it (`Document::jurisdiction`, in `cn.rs`, `yn.rs`…), and a rule
//! belongs where its documents do. Everything else — request validation,
//! the command's `--jurisdiction`, `rules().jurisdictions` (and through it
//! the widget's select and labels), the batch reader, the TypeScript type
//! (checked by `tests/invariants.rs`) — reads this table: nothing outside
//! the law's data names a jurisdiction.

use serde::Serialize;

use super::{Document, DOCUMENTS};
use crate::text::{t, Text};

/// One jurisdiction of the table.
#[derive(Debug)]
pub struct Place {
    /// ISO 3166-2 (`CN`, `CN-YN`): the wire name, a public promise.
    pub code: &'static str,
    /// The jurisdiction whose rules apply here as well; `None` for the root.
    pub parent: Option<Jurisdiction>,
    /// Its own name (全国 / China, 云南省 / Yunnan).
    pub name: Text,
    /// The rules a request for it reads, in words (全国 + 云南省 / China +
    /// Yunnan): the widget's label for it.
    pub rules: Text,
}

/// A jurisdiction: a handle on its row of the table. Two are the same when
/// they are the same row.
#[derive(Clone, Copy)]
pub struct Jurisdiction(&'static Place);

/// 全国: national rules.
pub const CN: Jurisdiction = Jurisdiction(&NATIONAL);
/// 云南省: national and Yunnan rules.
pub const CN_YN: Jurisdiction = Jurisdiction(&YUNNAN);

static NATIONAL: Place = Place {
    code: "CN",
    parent: None,
    name: t("全国", "China"),
    rules: t("全国", "China (national)"),
};

static YUNNAN: Place = Place {
    code: "CN-YN",
    parent: Some(CN),
    name: t("云南省", "Yunnan"),
    rules: t("全国 + 云南省", "China + Yunnan"),
};

/// Every jurisdiction, the root first (the default of a request).
#[cfg(not(test))]
pub static JURISDICTIONS: &[Jurisdiction] = &[CN, CN_YN];
/// In the crate's own tests, a fictitious jurisdiction besides (never shipped).
#[cfg(test)]
pub static JURISDICTIONS: &[Jurisdiction] = &[CN, CN_YN, tests::CN_ZZ];

impl Jurisdiction {
    pub const fn code(self) -> &'static str {
        self.0.code
    }
    pub const fn name(self) -> Text {
        self.0.name
    }
    /// The rules it reads, in words.
    pub const fn rules(self) -> Text {
        self.0.rules
    }
    pub const fn parent(self) -> Option<Jurisdiction> {
        self.0.parent
    }
    /// Every jurisdiction of the table.
    pub fn all() -> &'static [Jurisdiction] {
        JURISDICTIONS
    }
    /// The jurisdiction of `code`, exactly as the table spells it.
    pub fn from_code(code: &str) -> Option<Jurisdiction> {
        JURISDICTIONS.iter().copied().find(|j| j.code() == code)
    }
    /// Whether rules of `rule_jurisdiction` apply under `self`: its own, and
    /// every ancestor's.
    pub fn includes(self, rule_jurisdiction: Jurisdiction) -> bool {
        let mut j = Some(self);
        while let Some(x) = j {
            if x == rule_jurisdiction {
                return true;
            }
            j = x.parent();
        }
        false
    }
    /// The documents that name it (its own, not its parent's).
    pub fn documents(self) -> impl Iterator<Item = &'static Document> {
        DOCUMENTS
            .iter()
            .copied()
            .filter(move |d| d.jurisdiction == self)
    }
    /// The codes for a message: `"CN" and "CN-YN"` (`quote`d), or `CN or
    /// CN-YN` (`last` joins the last two).
    #[cold]
    pub fn list(quote: bool, last: &str) -> String {
        let q = if quote { "\"" } else { "" };
        let mut out = String::new();
        for (i, j) in JURISDICTIONS.iter().enumerate() {
            if i + 1 == JURISDICTIONS.len() && i > 0 {
                out.push(' ');
                out.push_str(last);
                out.push(' ');
            } else if i > 0 {
                out.push_str(", ");
            }
            out.push_str(q);
            out.push_str(j.code());
            out.push_str(q);
        }
        out
    }
}

impl PartialEq for Jurisdiction {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}
impl Eq for Jurisdiction {}

impl std::hash::Hash for Jurisdiction {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.code().hash(h);
    }
}

impl std::fmt::Debug for Jurisdiction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Default for Jurisdiction {
    /// The root: national rules only.
    fn default() -> Self {
        JURISDICTIONS[0]
    }
}

impl Serialize for Jurisdiction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A fictitious province (`CN-ZZ`) with one document, one clause and one
/// rule — a class equivalence, a row of `equivalence`'s class table — built
/// from this test data only: never shipped (`#[cfg(test)]`), never in a
/// report anyone gets. It proves "adding a province" is adding data: every
/// surface that reads the table accepts it, and its rule is applied there
/// and only there.
#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::date::Date;
    use crate::law::{cite, clause, gloss, ClassRule, Clause, Rank, Rule, Standing};

    static FICTITIOUS: Place = Place {
        code: "CN-ZZ",
        parent: Some(CN),
        name: t("虚构省", "Fictitia"),
        rules: t("全国 + 虚构省", "China + Fictitia"),
    };
    pub const CN_ZZ: Jurisdiction = Jurisdiction(&FICTITIOUS);

    static DOC: Document = Document {
        id: "zz-test-2024",
        title: "虚构省技工院校毕业生待遇办法（测试数据）",
        number: "虚人社发〔2024〕1号",
        issuer: "虚构省人力资源和社会保障厅",
        date: Some(Date::ymd(2024, 1, 1)),
        window: None,
        jurisdiction: CN_ZZ,
        rank: Rank::ProvincialDepartment,
        lines: (1, 1),
        plan_end: None,
    };
    static CLAUSE: Clause = clause(
        &DOC,
        "zz-test-2024#一",
        "一",
        1,
        "技工院校毕业生享受同等待遇。",
    );
    pub(crate) static RULE: Rule = Rule {
        id: "equiv.test.zz.2024",
        gloss: gloss("虚构省：测试规则。", "Fictitia: a test rule."),
        cites: &[cite(&CLAUSE)],
        superseded: None,
    };
    /// Its row of the law's class table: 中专/大专/本科 for the starting wage.
    pub(crate) static CLASS_RULES: [ClassRule; 1] = [ClassRule {
        rule: &RULE,
        levels: crate::law::ALL3,
        purposes: &[crate::vocab::Purpose::StartingWage],
        caveat: None,
    }];

    fn request(jurisdiction: &str) -> String {
        format!(
            r#"{{"asOf":"2024-05-01","jurisdiction":"{jurisdiction}","graduate":{{"schoolType":"technicianCollege","classType":"senior","graduationDate":"2023-07-01"}}}}"#
        )
    }

    #[test]
    fn the_table_names_each_jurisdiction_once() {
        for (i, a) in JURISDICTIONS.iter().enumerate() {
            assert_eq!(Jurisdiction::from_code(a.code()), Some(*a));
            assert!(JURISDICTIONS[..i].iter().all(|b| b.code() != a.code()));
            // Every parent is in the table, before it; only the root has none.
            match a.parent() {
                None => assert_eq!(i, 0),
                Some(p) => assert!(JURISDICTIONS[..i].contains(&p)),
            }
        }
        for d in DOCUMENTS {
            assert!(JURISDICTIONS.contains(&d.jurisdiction), "{}", d.id);
        }
        assert_eq!(
            CN_ZZ.documents().count(),
            0,
            "test data stays out of DOCUMENTS"
        );
    }

    #[test]
    fn a_rule_stands_where_its_documents_do() {
        let on = Date::ymd(2024, 5, 1);
        assert_eq!(
            RULE.standing(CN_ZZ, on),
            Standing::InForce { uncertain: false }
        );
        assert_eq!(RULE.standing(CN, on), Standing::Absent);
        assert_eq!(RULE.standing(CN_YN, on), Standing::Absent);
        assert_eq!(RULE.from(CN_ZZ), Some(Date::ymd(2024, 1, 1)));
        // National rules apply there too, and no other province's.
        assert!(CN_ZZ.includes(CN) && CN_ZZ.includes(CN_ZZ));
        assert!(!CN_ZZ.includes(CN_YN) && !CN_YN.includes(CN_ZZ) && !CN.includes(CN_ZZ));
        for r in crate::engine::all_rules().filter(|r| !std::ptr::eq(*r, &RULE)) {
            assert_eq!(
                r.from(CN_ZZ),
                r.from(CN),
                "{}: only national rules reach CN-ZZ",
                r.id
            );
        }
    }

    #[test]
    fn every_surface_accepts_a_new_jurisdiction() {
        // The request reader.
        let req = crate::parse_request(&request("CN-ZZ")).expect("the reader reads the table");
        assert_eq!(req.jurisdiction, CN_ZZ);
        // The engine, the wording and the report: the national answers,
        // and its own rule's, citing its clause and document.
        let on = Date::ymd(2024, 5, 1);
        let report = |code: &str| {
            let r = crate::evaluate(&crate::parse_request(&request(code)).unwrap(), on);
            serde_json::to_value(&r).unwrap()
        };
        let (zz, cn, yn) = (report("CN-ZZ"), report("CN"), report("CN-YN"));
        assert_eq!(zz["jurisdiction"], "CN-ZZ");
        let cites = |r: &serde_json::Value, rule: &str| -> Vec<(String, String)> {
            let mut out = Vec::new();
            for e in r["equivalences"].as_array().unwrap() {
                for c in e["citations"].as_array().unwrap() {
                    if rule.is_empty() || c["ruleId"] == rule {
                        out.push((e["purpose"].to_string(), c["clauseId"].to_string()));
                    }
                }
            }
            out
        };
        let own = cites(&zz, RULE.id);
        assert_eq!(
            own,
            [("\"startingWage\"".into(), "\"zz-test-2024#一\"".into())]
        );
        assert_eq!(
            zz["clauses"]["zz-test-2024#一"]["documentId"],
            "zz-test-2024"
        );
        assert_eq!(zz["documents"]["zz-test-2024"]["jurisdiction"], "CN-ZZ");
        for national in cites(&cn, "") {
            assert!(
                cites(&zz, "").contains(&national),
                "{national:?} missing in CN-ZZ"
            );
        }
        for other in [&cn, &yn] {
            assert!(cites(other, RULE.id).is_empty());
            assert!(other["documents"].get("zz-test-2024").is_none());
        }
        // The batch reader's options.
        let o = crate::batch::parse_options(r#"{"jurisdiction":"CN-ZZ"}"#, Date::ymd(2024, 5, 1))
            .expect("the batch reader reads the table");
        assert_eq!(o.jurisdiction, CN_ZZ);
        // rules(): the table, and every rule's first day under each code.
        let rules: serde_json::Value =
            serde_json::from_str(&crate::registry::rules_json()).unwrap();
        let zz = rules["jurisdictions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|j| j["code"] == "CN-ZZ")
            .expect("rules().jurisdictions lists it");
        assert_eq!(zz["parent"], "CN");
        assert_eq!(zz["name"]["en"], "Fictitia");
        // Its rule is listed (a row of the law's class table is a rule like
        // any other), applying there and nowhere else; every other rule
        // reaches it exactly as it reaches CN.
        let mut listed = false;
        for r in rules["rules"].as_array().unwrap() {
            if r["id"] == RULE.id {
                listed = true;
                assert_eq!(r["from"]["CN-ZZ"], "2024-01-01");
                assert!(r["from"]["CN"].is_null() && r["from"]["CN-YN"].is_null());
            } else {
                assert_eq!(r["from"]["CN-ZZ"], r["from"]["CN"], "{}", r["id"]);
            }
        }
        assert!(listed, "rules() lists the province's rule");
        // An unknown code is refused, naming every code of the table.
        let e = crate::parse_request(&request("CN-XX")).unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::UnsupportedJurisdiction);
        assert_eq!(e.path, "jurisdiction");
        assert!(e.message.contains(r#""CN-ZZ""#));
    }
}
