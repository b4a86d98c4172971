//! The two teams of a game: [`Side`] and the per-side container [`BySide`].

use serde::{Deserialize, Serialize};
use std::ops::{Index, IndexMut};

/// Home or away (`"home"` / `"away"` on the wire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The visitors: bat first.
    Away,
    /// The home team: bats second.
    Home,
}

impl Side {
    /// Both sides, away first (the batting order of an inning).
    pub const BOTH: [Side; 2] = [Side::Away, Side::Home];

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Away => Side::Home,
            Side::Home => Side::Away,
        }
    }

    /// `"home"` or `"away"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Away => "away",
            Side::Home => "home",
        }
    }
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One value per side, serialized as `{home, away}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct BySide<T> {
    /// The home team's value.
    pub home: T,
    /// The away team's value.
    pub away: T,
}

impl<T> BySide<T> {
    /// Builds a pair from a function of the side.
    pub fn from_fn(mut f: impl FnMut(Side) -> T) -> BySide<T> {
        let away = f(Side::Away);
        let home = f(Side::Home);
        BySide { home, away }
    }

    /// Maps both values.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> BySide<U> {
        BySide {
            home: f(self.home),
            away: f(self.away),
        }
    }

    /// Borrows both values.
    pub fn as_ref(&self) -> BySide<&T> {
        BySide {
            home: &self.home,
            away: &self.away,
        }
    }
}

impl<T> Index<Side> for BySide<T> {
    type Output = T;
    fn index(&self, side: Side) -> &T {
        match side {
            Side::Home => &self.home,
            Side::Away => &self.away,
        }
    }
}

impl<T> IndexMut<Side> for BySide<T> {
    fn index_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Home => &mut self.home,
            Side::Away => &mut self.away,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_and_other() {
        let mut s = BySide { home: 1, away: 2 };
        s[Side::Home] += 10;
        assert_eq!(s[Side::Home], 11);
        assert_eq!(s[Side::Away], 2);
        assert_eq!(Side::Home.other(), Side::Away);
        assert_eq!(serde_json::to_string(&Side::Home).unwrap(), "\"home\"");
    }
}
