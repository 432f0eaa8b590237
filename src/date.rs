//! Calendar dates (公历日期) without a clock: the date a decision is made for
//! is always an input.

use std::fmt;

use serde::{Serialize, Serializer};

/// A valid proleptic Gregorian date, years 1000–9999. Orders chronologically.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a string is not a date; the message is static.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Well formed, but no such day (e.g. 2023-02-30).
    NoSuchDay,
}

impl DateError {
    pub fn message(self) -> &'static str {
        match self {
            DateError::Format => "expected a date as YYYY-MM-DD",
            DateError::NoSuchDay => "no such day in the calendar",
        }
    }
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date known valid at compile time (rule data). Invalid input fails
    /// const evaluation, so a typo in a rule table does not build.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(d) => d,
            None => panic!("invalid date in rule data"),
        }
    }

    /// The date, if it exists in the calendar.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year < 1000 || year > 9999 || month == 0 || month > 12 {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            b[r].iter().try_fold(0u16, |acc, &c| {
                if c.is_ascii_digit() {
                    Ok(acc * 10 + u16::from(c - b'0'))
                } else {
                    Err(DateError::Format)
                }
            })
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if y < 1000 || m > 99 || d > 99 {
            return Err(DateError::Format);
        }
        Date::new(y, m as u8, d as u8).ok_or(DateError::NoSuchDay)
    }

    pub const fn year(self) -> u16 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// The same day `n` years later; 29 February becomes 1 March in a
    /// common year (catalogue §4 Q23: an engine convention, not a corpus rule).
    pub fn add_years(self, n: u16) -> Date {
        let year = self.year.saturating_add(n).min(9999);
        Date::new(year, self.month, self.day).unwrap_or(Date {
            year,
            month: 3,
            day: 1,
        })
    }

    /// The day before (used to state "eligible until the day before").
    pub fn pred(self) -> Date {
        if self.day > 1 {
            return Date {
                day: self.day - 1,
                ..self
            };
        }
        if self.month > 1 {
            let month = self.month - 1;
            return Date {
                month,
                day: days_in_month(self.year, month),
                ..self
            };
        }
        if self.year <= 1000 {
            return self;
        }
        Date {
            year: self.year - 1,
            month: 12,
            day: 31,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Date {
    /// `YYYY-MM-DD` as ASCII bytes, without the formatting machinery
    /// (reports serialize hundreds of dates).
    fn ascii(self) -> [u8; 10] {
        let d = |n: u16| b'0' + (n % 10) as u8;
        let (y, m, day) = (self.year, u16::from(self.month), u16::from(self.day));
        [
            d(y / 1000),
            d(y / 100),
            d(y / 10),
            d(y),
            b'-',
            d(m / 10),
            d(m),
            b'-',
            d(day / 10),
            d(day),
        ]
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let bytes = self.ascii();
        s.serialize_str(std::str::from_utf8(&bytes).unwrap_or("0000-00-00"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2024-02-29"), Ok(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::parse("2023-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2023-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2023-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2023-1-01"), Err(DateError::Format));
        assert_eq!(Date::parse("２０２３-01-01"), Err(DateError::Format));
        assert_eq!(Date::parse("0999-01-01"), Err(DateError::Format));
        assert_eq!(Date::parse("1900-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2000-02-29"), Ok(Date::ymd(2000, 2, 29)));
    }

    #[test]
    fn serializes_as_iso() {
        for d in [
            Date::ymd(2024, 2, 29),
            Date::ymd(1000, 1, 1),
            Date::ymd(9999, 12, 31),
        ] {
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{d}\""));
        }
        assert_eq!(
            serde_json::to_string(&Date::ymd(2021, 8, 12)).unwrap(),
            "\"2021-08-12\""
        );
    }

    #[test]
    fn anniversaries() {
        assert_eq!(Date::ymd(2019, 9, 1).add_years(3), Date::ymd(2022, 9, 1));
        assert_eq!(Date::ymd(2020, 2, 29).add_years(1), Date::ymd(2021, 3, 1));
        assert_eq!(Date::ymd(2020, 2, 29).add_years(4), Date::ymd(2024, 2, 29));
        assert_eq!(Date::ymd(9998, 1, 1).add_years(50), Date::ymd(9999, 1, 1));
    }

    #[test]
    fn day_before() {
        assert_eq!(Date::ymd(2021, 8, 12).pred(), Date::ymd(2021, 8, 11));
        assert_eq!(Date::ymd(2021, 3, 1).pred(), Date::ymd(2021, 2, 28));
        assert_eq!(Date::ymd(2024, 3, 1).pred(), Date::ymd(2024, 2, 29));
        assert_eq!(Date::ymd(2022, 1, 1).pred(), Date::ymd(2021, 12, 31));
        assert!(Date::ymd(2021, 8, 11) < Date::ymd(2021, 8, 12));
    }
}
