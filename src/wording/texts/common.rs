//! Wording of [`CommonMsg`](crate::engine::CommonMsg), in declaration order.

use super::{w, Wording};

pub static TEXTS: &[Wording] = &[
    w!(
        "caveat.issueDateNotPrinted",
        "这份文件没有注明印发日期，这里从它最早可能的印发日期起适用。",
        "This document prints no issue date; it is applied from the earliest date it can have.",
    ),
    w!(
        "caveat.planPeriodEnded",
        "依据的是“十四五”规划，规划期已于{date}结束；现有文件没有说明废止，这里仍按其规定处理。",
        "This rests on a 14th Five-Year plan whose period ended on {date}; no text repeals it, so it is still applied.",
    ),
    w!(
        "note.appliesFrom",
        "这一条自{date}起适用。",
        "This clause applies from {date}.",
    ),
    w!(
        "note.otherJurisdictionOnly",
        "这一条只在其他地区适用。",
        "This clause applies in another jurisdiction only.",
    ),
    w!(
        "caveat.guidanceOnly",
        "本结果是依据政策文件作出的参考，不是主管部门的正式认定。",
        "This is guidance from the policy texts, not a decision by the authorities.",
    ),
];
