//! Rolls as recorded in plays and sent to clients (protocol.md Roll).

use crate::{Base, Side};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A roll's id, unique within a game: `"r<n>"` on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RollId(pub u32);

impl std::fmt::Display for RollId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "r{}", self.0)
    }
}

impl std::str::FromStr for RollId {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        s.strip_prefix('r')
            .and_then(|n| n.parse().ok())
            .map(RollId)
            .ok_or(())
    }
}

impl Serialize for RollId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RollId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map_err(|()| serde::de::Error::custom("roll_id looks like \"r12\""))
    }
}

/// Who rolled: a user id, or `"server"` for follow-up dice and auto mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RolledBy {
    /// The server.
    #[default]
    Server,
    /// A user (`"discord:123"`, `"local:alice"`).
    User(String),
}

impl Serialize for RolledBy {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RolledBy::Server => s.serialize_str("server"),
            RolledBy::User(u) => s.serialize_str(u),
        }
    }
}

impl<'de> Deserialize<'de> for RolledBy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(if s == "server" {
            RolledBy::Server
        } else {
            RolledBy::User(s)
        })
    }
}

/// Whose card an at-bat roll reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CardRead {
    /// Columns 1–3.
    Batter,
    /// Columns 4–6.
    Pitcher,
}

/// The check an at-bat roll called instead of reading the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// Split d20 of 1 with runners on.
    WildPitch,
    /// Split d20 of 2 with runners on.
    PassedBall,
}

/// The dice of an at-bat roll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AtBatDice {
    /// The white d6: columns 1–3 batter, 4–6 pitcher.
    pub d6_column: u8,
    /// First red d6.
    pub d6_a: u8,
    /// Second red d6.
    pub d6_b: u8,
    /// `d6_a + d6_b`, 2..=12.
    pub row: u8,
    /// The split d20.
    pub d20: u8,
    /// Whose card it reads.
    pub card: CardRead,
    /// A WP/PB check instead of the card.
    pub check: Option<CheckKind>,
    /// The check's d20.
    pub check_d20: Option<u8>,
}

/// One d20.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct D20 {
    /// The face.
    pub d20: u8,
}

/// A fielding check's dice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldingDice {
    /// Range d20.
    pub d20: u8,
    /// Error 3d6 total.
    pub d3d6: u8,
    /// Rare-play d100.
    pub d100: u8,
}

/// A steal's dice (`jump_2d6` is null when no jump was rolled, `d20` when nobody went).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StealDice {
    /// The jump roll.
    pub jump_2d6: Option<u8>,
    /// The safe roll.
    pub d20: Option<u8>,
}

/// What was rolled, tagged by `roll_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "roll_type", rename_all = "snake_case")]
pub enum RollKind {
    /// The at-bat roll.
    Ab(AtBatDice),
    /// Bunt d20.
    Bunt {
        /// Dice.
        dice: D20,
    },
    /// Extra-base try d20.
    ExtraBase {
        /// Dice.
        dice: D20,
    },
    /// Ballpark d20.
    Ballpark {
        /// Dice.
        dice: D20,
    },
    /// Hit-location d20.
    Location {
        /// Dice.
        dice: D20,
    },
    /// Fielding check.
    Fielding {
        /// Dice.
        dice: FieldingDice,
    },
    /// A steal (one runner).
    Steal {
        /// Dice.
        dice: StealDice,
    },
    /// A catcher's speed check (`SPD`) on the batter: a d20 against his speed.
    Speed {
        /// Dice.
        dice: D20,
    },
    /// The passed-ball check of a catcher's foul pop (`FO` with runners on, reference §6.4): a
    /// d20 against the catcher's `pb`.
    PassedBall {
        /// Dice.
        dice: D20,
    },
}

/// A roll with its id (protocol.md Roll).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Roll {
    /// Unique within the game.
    pub roll_id: RollId,
    /// The dice, tagged with `roll_type`.
    #[serde(flatten)]
    pub kind: RollKind,
    /// Who rolled.
    pub rolled_by: RolledBy,
    /// For a roll that waits for a manager's answer: the side that answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_by: Option<Side>,
    /// For a steal roll: the base the runner started from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runner_base: Option<Base>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_shapes() {
        let r = Roll {
            roll_id: RollId(3),
            kind: RollKind::Ab(AtBatDice {
                d6_column: 2,
                d6_a: 3,
                d6_b: 4,
                row: 7,
                d20: 11,
                card: CardRead::Batter,
                check: None,
                check_d20: None,
            }),
            rolled_by: RolledBy::Server,
            answer_by: None,
            runner_base: None,
        };
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["roll_type"], "ab");
        assert_eq!(v["roll_id"], "r3");
        assert_eq!(v["row"], 7);
        assert_eq!(v["rolled_by"], "server");
        let back: Roll = serde_json::from_value(v).unwrap();
        assert_eq!(back, r);
        let f = Roll {
            kind: RollKind::Fielding {
                dice: FieldingDice {
                    d20: 1,
                    d3d6: 10,
                    d100: 55,
                },
            },
            ..r
        };
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(v["roll_type"], "fielding");
        assert_eq!(v["dice"]["d3d6"], 10);
    }
}
