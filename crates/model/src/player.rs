//! Players and their ratings (data.md §1, reference §7, §9, §13).

use crate::{Card, FieldPos, PlayerId, TeamId};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A throwing hand, or the hand a card side is read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Hand {
    /// Left.
    L,
    /// Right.
    R,
}

impl Hand {
    /// The other hand.
    pub fn opposite(self) -> Hand {
        match self {
            Hand::L => Hand::R,
            Hand::R => Hand::L,
        }
    }
}

/// The side a batter hits from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Bats {
    /// Left-handed.
    L,
    /// Right-handed.
    R,
    /// Switch hitter: bats opposite the pitcher's hand.
    S,
}

impl Bats {
    /// The side he actually hits from against a pitcher throwing `pitcher`.
    pub fn against(self, pitcher: Hand) -> Hand {
        match self {
            Bats::L => Hand::L,
            Bats::R => Hand::R,
            Bats::S => pitcher.opposite(),
        }
    }
}

/// Bunting and hit-and-run grades, A (best) to D.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    /// Best.
    A,
    /// Good.
    B,
    /// Fair.
    C,
    /// Poor.
    D,
}

/// How a player fields one position (reference §13.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldingRating {
    /// The position.
    pub pos: FieldPos,
    /// 1 (best) … 5 (worst); `None` when the league has no rating.
    pub range: Option<u8>,
    /// 0 … the position's maximum on the error chart; `None` when unknown.
    pub error: Option<u8>,
    /// Outfielders and catchers: −6 (strong) … +6 (weak).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arm: Option<i8>,
    /// Catchers: passed-ball rating (a d20 range, reference §2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pb: Option<u8>,
}

/// Stealing ratings (reference §9.1): `[*]J2/J3 (G-P)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StealRatings {
    /// 2d6 totals that give a good jump stealing 2nd.
    pub jump_2nd: Vec<u8>,
    /// 2d6 totals that give a good jump stealing 3rd (and home).
    pub jump_3rd: Vec<u8>,
    /// May go without a good jump.
    pub star: bool,
    /// Safe range on a d20 after a good jump.
    pub safe_good: u8,
    /// Safe range on a d20 without one.
    pub safe_poor: u8,
}

/// Running ratings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Running {
    /// 1–20: the d20 safe range on extra-base tries.
    pub speed: u8,
    /// Stealing.
    pub steal: StealRatings,
}

/// Starter / relief / closer endurance: `S(6)`, `R(2) C(4)` (reference §7.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Endurance {
    /// S(n): the point-of-weakness inning as a starter.
    pub starter: Option<u8>,
    /// R(n): relief endurance.
    pub relief: Option<u8>,
    /// C(n): closer outs.
    pub closer: Option<u8>,
}

/// A pitcher's ratings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pitching {
    /// The pitcher's card (columns 4–6); `None` when the league has no card data. Shared, so
    /// copying a roster into each game's setup does not copy cards.
    #[serde(default, with = "crate::card::shared")]
    pub card: Option<Arc<Card>>,
    /// Endurance.
    pub endurance: Endurance,
    /// Hold rating (−6 … +9, higher is easier to run on).
    pub hold: Option<i8>,
    /// Wild-pitch rating: a d20 range.
    pub wp: Option<u8>,
    /// Balk rating.
    pub balk: Option<u8>,
    /// Injury rating (reference §2.3).
    pub injury: Option<u8>,
}

/// A player of a league (data.md §1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Player {
    /// Id within the league.
    pub id: PlayerId,
    /// Display name.
    pub name: String,
    /// His team.
    pub team_id: TeamId,
    /// Batting side; `None` when the league does not say.
    pub bats: Option<Bats>,
    /// Throwing hand; `None` when the league does not say.
    pub throws: Option<Hand>,
    /// On the active roster.
    pub active: bool,
    /// Positions he is rated at.
    pub positions: Vec<FieldingRating>,
    /// Running ratings; `None` when unknown.
    pub running: Option<Running>,
    /// Bunting grade.
    pub bunting: Option<Grade>,
    /// Hit-and-run grade.
    pub hit_and_run: Option<Grade>,
    /// His batting card (columns 1–3); `None` when the league has no card data. Shared, so
    /// copying a roster into each game's setup does not copy cards.
    #[serde(default, with = "crate::card::shared")]
    pub batting_card: Option<Arc<Card>>,
    /// Pitchers only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pitching: Option<Pitching>,
}

impl Player {
    /// His rating at `pos`, if he is rated there.
    pub fn fielding(&self, pos: FieldPos) -> Option<&FieldingRating> {
        self.positions.iter().find(|r| r.pos == pos)
    }

    /// Whether he is a pitcher (has pitching ratings).
    pub fn is_pitcher(&self) -> bool {
        self.pitching.is_some()
    }
}
