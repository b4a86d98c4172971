//! Bases and the runners on them.

use dugout_model::PlayerId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A base a runner can stand on or go to; `Home` only as a destination (a steal of home, a run).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Base {
    /// 1st base (`1` on the wire).
    First,
    /// 2nd base (`2`).
    Second,
    /// 3rd base (`3`).
    Third,
    /// Home plate (`4`).
    Home,
}

impl Base {
    /// The three bases a runner can occupy, in order.
    pub const OCCUPIABLE: [Base; 3] = [Base::First, Base::Second, Base::Third];

    /// 1..=4.
    pub fn number(self) -> u8 {
        match self {
            Base::First => 1,
            Base::Second => 2,
            Base::Third => 3,
            Base::Home => 4,
        }
    }

    /// The base numbered `n` (1..=4).
    pub fn from_number(n: u8) -> Option<Base> {
        match n {
            1 => Some(Base::First),
            2 => Some(Base::Second),
            3 => Some(Base::Third),
            4 => Some(Base::Home),
            _ => None,
        }
    }

    /// The next base (home after 3rd; `None` after home).
    pub fn next(self) -> Option<Base> {
        Base::from_number(self.number() + 1)
    }

    /// Index 0..=2 into a [`Bases`] array (`None` for home).
    pub fn index(self) -> Option<usize> {
        match self {
            Base::Home => None,
            b => Some(usize::from(b.number() - 1)),
        }
    }

    /// "1st", "2nd", "3rd", "home".
    pub fn name(self) -> &'static str {
        match self {
            Base::First => "1st",
            Base::Second => "2nd",
            Base::Third => "3rd",
            Base::Home => "home",
        }
    }
}

impl Serialize for Base {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for Base {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(d)?;
        Base::from_number(n).ok_or_else(|| serde::de::Error::custom("base must be 1, 2, 3 or 4"))
    }
}

/// A set of bases (held runners, steal targets), serialized as a sorted list of base numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BaseSet(u8);

impl BaseSet {
    /// No base.
    pub const EMPTY: BaseSet = BaseSet(0);

    /// Whether `base` is in the set.
    pub fn contains(self, base: Base) -> bool {
        self.0 & (1 << base.number()) != 0
    }

    /// Adds `base`.
    pub fn insert(&mut self, base: Base) {
        self.0 |= 1 << base.number();
    }

    /// Removes `base`.
    pub fn remove(&mut self, base: Base) {
        self.0 &= !(1 << base.number());
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The bases in order 1st → home.
    pub fn iter(self) -> impl Iterator<Item = Base> {
        [Base::First, Base::Second, Base::Third, Base::Home]
            .into_iter()
            .filter(move |b| self.contains(*b))
    }

    /// A set of these bases.
    pub fn of(bases: &[Base]) -> BaseSet {
        let mut s = BaseSet::EMPTY;
        for b in bases {
            s.insert(*b);
        }
        s
    }
}

impl Serialize for BaseSet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for BaseSet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let list = Vec::<Base>::deserialize(d)?;
        if list.len() > 4 {
            return Err(serde::de::Error::custom("at most four bases"));
        }
        Ok(BaseSet::of(&list))
    }
}

/// Who stands on 1st, 2nd and 3rd: `{first, second, third}` with player ids or null.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Bases {
    /// Runner on 1st.
    pub first: Option<PlayerId>,
    /// Runner on 2nd.
    pub second: Option<PlayerId>,
    /// Runner on 3rd.
    pub third: Option<PlayerId>,
}

impl Bases {
    /// The runner on `base` (`None` for home).
    pub fn get(&self, base: Base) -> Option<PlayerId> {
        match base {
            Base::First => self.first,
            Base::Second => self.second,
            Base::Third => self.third,
            Base::Home => None,
        }
    }

    /// The groundball chart's on-base code in chart order (0 empty, 1 R1, 2 R2, 3 R3, 4 R1R2,
    /// 5 R1R3, 6 R2R3, 7 loaded) — not a bit field (reference §4.1).
    pub fn on_base_code(&self) -> u8 {
        on_base_code(
            self.first.is_some(),
            self.second.is_some(),
            self.third.is_some(),
        )
    }

    /// Whether nobody is on.
    pub fn is_empty(&self) -> bool {
        self.first.is_none() && self.second.is_none() && self.third.is_none()
    }

    /// Number of runners.
    pub fn count(&self) -> u8 {
        u8::from(self.first.is_some())
            + u8::from(self.second.is_some())
            + u8::from(self.third.is_some())
    }

    /// The RE24 key: `"1_3"`-style, `_` for an empty base.
    pub fn re24_key(&self) -> &'static str {
        const KEYS: [&str; 8] = ["___", "1__", "_2_", "12_", "__3", "1_3", "_23", "123"];
        let bits = usize::from(self.first.is_some())
            | usize::from(self.second.is_some()) << 1
            | usize::from(self.third.is_some()) << 2;
        KEYS[bits]
    }
}

/// The chart-order on-base code for occupancy of 1st, 2nd, 3rd.
pub fn on_base_code(first: bool, second: bool, third: bool) -> u8 {
    match (first, second, third) {
        (false, false, false) => 0,
        (true, false, false) => 1,
        (false, true, false) => 2,
        (false, false, true) => 3,
        (true, true, false) => 4,
        (true, false, true) => 5,
        (false, true, true) => 6,
        (true, true, true) => 7,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_base_code_is_chart_order_not_bits() {
        assert_eq!(on_base_code(false, false, true), 3);
        assert_eq!(on_base_code(true, true, false), 4);
        assert_eq!(on_base_code(true, false, true), 5);
        assert_eq!(on_base_code(true, true, true), 7);
    }

    #[test]
    fn base_set_round_trips() {
        let s = BaseSet::of(&[Base::Third, Base::First]);
        assert_eq!(serde_json::to_string(&s).unwrap(), "[1,3]");
        let back: BaseSet = serde_json::from_str("[3,1]").unwrap();
        assert_eq!(back, s);
        assert!(serde_json::from_str::<BaseSet>("[5]").is_err());
    }
}
