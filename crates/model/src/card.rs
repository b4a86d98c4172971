//! Cards: one per side of a matchup, each with a side per opposing hand (data.md §1).
//!
//! A [`CardSide`] is three columns; a column holds rows 2..=12; a row is a list of entries whose d20
//! ranges cover 1–20 exactly once. With the 2d6 row weights a side holds 108 chances.

use crate::{FieldPos, Hand, ResultCode};
use serde::{Deserialize, Serialize};

/// The rows of a column, in order (the 2d6 sums).
pub const ROWS: std::ops::RangeInclusive<u8> = 2..=12;

/// Ways (out of 36) to roll each row 2..=12 on 2d6, indexed by `row - 2`.
pub const ROW_WAYS: [u32; 11] = [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1];

/// Ways (out of 36) to roll `row` on 2d6; 0 outside 2..=12.
pub fn row_ways(row: u8) -> u32 {
    if ROWS.contains(&row) {
        ROW_WAYS[usize::from(row - 2)]
    } else {
        0
    }
}

/// A player's card: one side per opposing hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Read against a left-handed opponent.
    pub vs_l: CardSide,
    /// Read against a right-handed opponent.
    pub vs_r: CardSide,
}

impl Card {
    /// The side read against an opponent of this hand.
    pub fn side(&self, opponent: Hand) -> &CardSide {
        match opponent {
            Hand::L => &self.vs_l,
            Hand::R => &self.vs_r,
        }
    }
}

/// Three columns of rows 2..=12 (columns 1–3 of a batter's card, 4–6 of a pitcher's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardSide {
    /// Exactly three columns once validated.
    pub columns: Vec<CardColumn>,
}

/// One column: rows 2..=12, stored in order (index 0 is row 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardColumn {
    /// Exactly eleven rows once validated.
    pub rows: Vec<CardRow>,
}

/// One row: its entries split the d20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardRow {
    /// Entries whose `d20` ranges cover 1–20 exactly once.
    pub entries: Vec<CardEntry>,
}

/// One result on a card line: `SINGLE_1 1-8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardEntry {
    /// The result.
    pub code: ResultCode,
    /// The fielder printed with it (`gb(ss)A`), required for `X_CHECK`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<FieldPos>,
    /// Inclusive d20 range `[from, to]`.
    pub d20: [u8; 2],
}

impl CardEntry {
    /// An entry covering the whole d20.
    pub fn whole(code: ResultCode, location: Option<FieldPos>) -> CardEntry {
        CardEntry {
            code,
            location,
            d20: [1, 20],
        }
    }

    /// Whether `d20` falls in this entry's range.
    pub fn covers(&self, d20: u8) -> bool {
        self.d20[0] <= d20 && d20 <= self.d20[1]
    }

    /// How many d20 faces it covers (0 for an inverted range).
    pub fn faces(&self) -> u32 {
        if self.d20[1] >= self.d20[0] {
            u32::from(self.d20[1] - self.d20[0]) + 1
        } else {
            0
        }
    }
}

impl CardSide {
    /// The entry read for `column` (1..=3 within this side), `row` (2..=12) and split `d20`.
    /// `None` when the side is malformed at that spot (validated data never is).
    pub fn read(&self, column: u8, row: u8, d20: u8) -> Option<&CardEntry> {
        let col = self.columns.get(usize::from(column.checked_sub(1)?))?;
        let row = col.rows.get(usize::from(row.checked_sub(2)?))?;
        row.entries.iter().find(|e| e.covers(d20))
    }

    /// Chances (out of 108, in twentieths) per code: `ways × faces`; divide by 20 for chances.
    pub fn chances_x20(&self) -> Vec<(ResultCode, u32)> {
        let mut out: Vec<(ResultCode, u32)> = Vec::new();
        for col in &self.columns {
            for (i, row) in col.rows.iter().enumerate() {
                let ways = ROW_WAYS.get(i).copied().unwrap_or(0);
                for e in &row.entries {
                    let n = ways * e.faces();
                    match out.iter_mut().find(|(c, _)| *c == e.code) {
                        Some((_, total)) => *total += n,
                        None => out.push((e.code, n)),
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uniform(code: ResultCode) -> CardSide {
        let row = CardRow {
            entries: vec![CardEntry::whole(code, None)],
        };
        let col = CardColumn {
            rows: vec![row; 11],
        };
        CardSide {
            columns: vec![col; 3],
        }
    }

    #[test]
    fn a_uniform_side_holds_108_chances() {
        let side = uniform(ResultCode::Walk);
        assert_eq!(side.chances_x20(), vec![(ResultCode::Walk, 108 * 20)]);
        assert_eq!(ROW_WAYS.iter().sum::<u32>(), 36);
    }

    #[test]
    fn read_finds_split_entries() {
        let mut side = uniform(ResultCode::Walk);
        side.columns[1].rows[5].entries = vec![
            CardEntry {
                code: ResultCode::Single1,
                location: None,
                d20: [1, 8],
            },
            CardEntry {
                code: ResultCode::Lineout,
                location: Some(FieldPos::SS),
                d20: [9, 20],
            },
        ];
        assert_eq!(
            side.read(2, 7, 8).map(|e| e.code),
            Some(ResultCode::Single1)
        );
        assert_eq!(
            side.read(2, 7, 9).map(|e| e.code),
            Some(ResultCode::Lineout)
        );
        assert_eq!(side.read(4, 7, 9), None);
        assert_eq!(side.read(2, 13, 9), None);
    }
}

/// Serde for a shared card (`Option<Arc<Card>>`) without serde's `rc` feature: the wire form is
/// the card itself, or `null`.
pub(crate) mod shared {
    use super::Card;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::sync::Arc;

    pub fn serialize<S: Serializer>(card: &Option<Arc<Card>>, s: S) -> Result<S::Ok, S::Error> {
        card.as_deref().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Arc<Card>>, D::Error> {
        Ok(Option::<Card>::deserialize(d)?.map(Arc::new))
    }
}
