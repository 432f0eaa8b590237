//! Typed messages: what a decision says, as data. Each rule group declares
//! its messages with [`messages!`]: a variant per kind of reason, caveat,
//! condition or requirement, with its parameters typed and its stable code
//! (`caveat.planPeriodEnded`, `reason.notYetGraduated`…). The engine builds
//! these values; it never writes prose. `wording` holds every text, per code,
//! in zh-CN and English.
//!
//! ```text
//! messages! {
//!     pub enum EquivalenceMsg {
//!         /// The person has not graduated on `date`.
//!         NotYetGraduated { date: Date } = "reason.notYetGraduated";
//!     }
//! }
//! ```

use crate::date::Date;
use crate::law::Jurisdiction;
use crate::request::{
    ClassType, Competition, Education, Field, Honour, Medal, SchoolType, SkillLevel, Title,
};
use crate::vocab::{EntitlementId, Purpose};

/// A parameter of a message, typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    Date(Date),
    Count(u32),
    /// An amount of money in 元.
    Yuan(u32),
    Education(Education),
    Class(ClassType),
    Skill(SkillLevel),
    Title(Title),
    Competition(Competition),
    Honour(Honour),
    Medal(Medal),
    School(SchoolType),
    Purpose(Purpose),
    Entitlement(EntitlementId),
    Field(Field),
    /// 单人, 双人, 三人 (a team size of 1–3).
    Team(u8),
    /// A jurisdiction, worded by its own name in the table (`Place::name`):
    /// a province's message names the province of the rule that says it.
    Place(Jurisdiction),
}

/// The most parameters a message has.
pub const MAX_PARAMS: usize = 4;

/// A message's parameters: their names (one static list per kind of
/// message) and their values, in the same order.
#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub names: &'static [&'static str],
    pub values: [Param; MAX_PARAMS],
}

impl Params {
    /// Each parameter's name and value, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Param)> + '_ {
        self.names.iter().copied().zip(self.values)
    }

    /// The value of the parameter called `name`.
    pub fn get(&self, name: &str) -> Option<Param> {
        self.iter().find(|(n, _)| *n == name).map(|(_, p)| p)
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// A sum of money in 元.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Yuan(pub u32);

macro_rules! param_from {
    ($($ty:ty => $variant:ident),+ $(,)?) => {
        $( impl From<$ty> for Param { fn from(v: $ty) -> Param { Param::$variant(v) } } )+
    };
}

param_from!(
    Date => Date,
    u32 => Count,
    Education => Education,
    ClassType => Class,
    SkillLevel => Skill,
    Title => Title,
    Competition => Competition,
    Honour => Honour,
    Medal => Medal,
    SchoolType => School,
    Purpose => Purpose,
    EntitlementId => Entitlement,
    Field => Field,
    Jurisdiction => Place,
);

/// A competition event's team size: 单人 1, 双人 2, 三人 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Team(pub u8);

impl From<Team> for Param {
    fn from(v: Team) -> Param {
        Param::Team(v.0)
    }
}

impl From<Yuan> for Param {
    fn from(v: Yuan) -> Param {
        Param::Yuan(v.0)
    }
}

/// Declares one group's messages: the enum, `code()`, `params()` and
/// `CODES` (every code, in declaration order, for the wording tables).
macro_rules! messages {
    (
        $(#[doc = $edoc:literal])*
        pub enum $enum:ident {
            $(
                $(#[doc = $doc:literal])*
                $name:ident $({ $($field:ident : $ty:ty),+ $(,)? })? = $code:literal;
            )+
        }
    ) => {
        $(#[doc = $edoc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $enum {
            $( $(#[doc = $doc])* $name $({ $($field: $ty),+ })? ),+
        }

        impl $enum {
            /// Every code of the group, in declaration order.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The stable code (part of the contract: extend, never rename).
            pub fn code(&self) -> &'static str {
                Self::CODES[self.index()]
            }

            /// The variant's position in [`Self::CODES`].
            pub fn index(&self) -> usize {
                #[allow(unused_assignments)]
                let mut i = 0usize;
                $(
                    if let $enum::$name { .. } = self {
                        return i;
                    }
                    i += 1;
                )+
                unreachable!()
            }

            /// The parameters, by name and value.
            #[allow(unused_variables, unused_mut, unused_assignments)]
            pub fn params(&self) -> $crate::engine::msg::Params {
                use $crate::engine::msg::{Param, Params, MAX_PARAMS};
                let mut values = [Param::Count(0); MAX_PARAMS];
                let mut n = 0;
                let names: &'static [&'static str] = match self {
                    $( $enum::$name $({ $($field),+ })? => {
                        $($( values[n] = Param::from(*$field); n += 1; )+)?
                        &[$($(stringify!($field)),+)?]
                    } ),+
                };
                Params { names, values }
            }
        }

        // Every kind of message fits the parameters' array (a compile error, not a panic).
        const _: () = {
            $( assert!(
                <[&str]>::len(&[$($(stringify!($field)),+)?]) <= $crate::engine::msg::MAX_PARAMS,
                concat!(stringify!($enum), "::", stringify!($name), " has more parameters than MAX_PARAMS"),
            ); )+
        };

        impl From<$enum> for $crate::engine::Msg {
            fn from(m: $enum) -> Self {
                $crate::engine::Msg::$enum(m)
            }
        }
    };
}

pub(crate) use messages;

messages! {
    /// Messages shared by every group: the standing of a rule's documents.
    pub enum CommonMsg {
        /// The document prints no issue date; it is applied within its window.
        IssueDateNotPrinted = "caveat.issueDateNotPrinted";
        /// The decision rests only on 十四五 plans, whose period ended.
        PlanPeriodEnded { date: Date } = "caveat.planPeriodEnded";
        /// A clause that applies from a later date.
        AppliesFrom { date: Date } = "note.appliesFrom";
        /// A clause of a jurisdiction other than the one asked about.
        OtherJurisdictionOnly = "note.otherJurisdictionOnly";
        /// Guidance, not a legal decision.
        GuidanceOnly = "caveat.guidanceOnly";
    }
}
