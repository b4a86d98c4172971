//! Substitution payloads: `Move` and `request_defensive_replacement` (protocol.md §1.1).

use super::{MAX_PLAYER_ID, player_id};
use crate::parse::{Obj, PayloadError, Problem};
use serde::{Deserialize, Serialize};

/// A position a move can name: the nine fielding positions, DH, and PH/PR for a player without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MovePosition {
    /// Catcher.
    C,
    /// First base.
    #[serde(rename = "1B")]
    First,
    /// Second base.
    #[serde(rename = "2B")]
    Second,
    /// Third base.
    #[serde(rename = "3B")]
    Third,
    /// Shortstop.
    SS,
    /// Left field.
    LF,
    /// Center field.
    CF,
    /// Right field.
    RF,
    /// Pitcher.
    P,
    /// Designated hitter.
    DH,
    /// Pinch hitter (no fielding position yet).
    PH,
    /// Pinch runner (no fielding position yet).
    PR,
}

impl MovePosition {
    /// Wire spellings, in the order of the enum.
    pub const NAMES: [&'static str; 12] = [
        "C", "1B", "2B", "3B", "SS", "LF", "CF", "RF", "P", "DH", "PH", "PR",
    ];
    const ALL: [MovePosition; 12] = [
        MovePosition::C,
        MovePosition::First,
        MovePosition::Second,
        MovePosition::Third,
        MovePosition::SS,
        MovePosition::LF,
        MovePosition::CF,
        MovePosition::RF,
        MovePosition::P,
        MovePosition::DH,
        MovePosition::PH,
        MovePosition::PR,
    ];

    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        let i = MovePosition::ALL
            .iter()
            .position(|p| *p == self)
            .unwrap_or(0);
        MovePosition::NAMES[i]
    }

    pub(crate) fn from_index(i: usize) -> MovePosition {
        MovePosition::ALL[i.min(MovePosition::ALL.len() - 1)]
    }
}

/// One substitution move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    /// The player moving or entering.
    pub player_id: i64,
    /// Where he plays.
    pub position: MovePosition,
    /// The player he replaces, when he enters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces_player_id: Option<i64>,
    /// His batting slot when it is not the replaced player's (double switch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batting_slot: Option<u8>,
}

/// Most moves one request may carry (a whole side changing at once).
pub const MAX_MOVES: usize = 26;

/// Parses `moves` or the one-move short form.
pub(super) fn parse_moves(obj: &mut Obj<'_>) -> Result<Vec<Move>, PayloadError> {
    if let Some(items) = obj.opt_array("moves", MAX_MOVES)? {
        let path = obj.path("moves");
        if items.is_empty() {
            return Err(PayloadError::new(
                path,
                Problem::OutOfRange("must hold at least one move".into()),
            ));
        }
        return items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let mut m = Obj::new(v, &format!("{path}[{i}]"))?;
                let mv = Move {
                    player_id: m.req_int("player_id", 0, MAX_PLAYER_ID)?,
                    position: MovePosition::from_index(
                        m.req_enum("position", &MovePosition::NAMES)?,
                    ),
                    replaces_player_id: m.opt_int("replaces_player_id", 0, MAX_PLAYER_ID)?,
                    batting_slot: m.opt_int("batting_slot", 1, 9)?.map(|s| s as u8),
                };
                m.finish()?;
                Ok(mv)
            })
            .collect();
    }
    if obj.get("entering_player_id").is_none() {
        // Neither form present: name the long form, which is the general one.
        return Err(PayloadError::new(obj.path("moves"), Problem::Missing));
    }
    let entering = player_id(obj, "entering_player_id")?;
    let exiting = player_id(obj, "exiting_player_id")?;
    let position = MovePosition::from_index(obj.req_enum("position", &MovePosition::NAMES)?);
    Ok(vec![Move {
        player_id: entering,
        position,
        replaces_player_id: Some(exiting),
        batting_slot: None,
    }])
}
