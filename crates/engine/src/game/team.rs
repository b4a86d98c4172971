//! One side's in-game state: batting order, positions, pitcher, who has played, lineup history.

use crate::{Position, Side};
use dugout_model::{FieldPos, Player, PlayerId};
use serde::{Deserialize, Serialize};

/// A roster index (rosters are at most 255 players; checked at setup).
pub(crate) type PIdx = u8;

/// A batting-order slot's current occupant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Slot {
    pub player: PIdx,
    pub pos: Position,
}

/// One row of lineup history: a player's entry at a position (immutable; a change adds a row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineupHistoryEntry {
    /// Batting slot 1..=9, or `None` for a pitcher outside the order (DH games).
    pub batting_slot: Option<u8>,
    /// The player.
    pub player_id: PlayerId,
    /// His position from then on.
    pub position: Position,
    /// The number of the first play he took part in under this entry (0 = before the first play).
    pub entered_play_no: u32,
}

/// The current pitcher's stint, for fatigue and the three-batter minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub(crate) struct Stint {
    /// Batters faced (completed plate appearances).
    pub batters: u16,
    /// Outs recorded.
    pub outs: u16,
    /// Ended a half-inning while pitching.
    pub ended_half: bool,
    /// He started the game.
    pub starter: bool,
    /// Innings he has begun to pitch in (counting the current one).
    pub innings_begun: u8,
    /// The inning he last pitched in.
    pub last_inning: u8,
    /// Hits + walks allowed in the current and the two previous innings he pitched: [now, -1, -2].
    pub hw: [u8; 3],
    /// Runs allowed in the current and the two previous innings: [now, -1, -2].
    pub runs: [u8; 3],
    /// Fatigued (stays so).
    pub fatigued: bool,
    /// Injured: must be replaced.
    pub injured: bool,
}

/// One side's state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct TeamState {
    pub side: Side,
    pub order: [Slot; 9],
    /// The pitcher; `None` after he was pinch-hit or run for and before a new one is named.
    pub pitcher: Option<PIdx>,
    /// The DH role is still in effect.
    pub dh: bool,
    /// 0..=8: the slot due up.
    pub next_up: u8,
    /// Roster indices that have entered the game (never to re-enter once removed).
    pub entered: Vec<bool>,
    /// Roster indices that have left the game.
    pub removed: Vec<bool>,
    pub history: Vec<LineupHistoryEntry>,
    pub stint: Stint,
    /// Who fields each position, by `FieldPos::number() - 1`; `None` = hole (PH/PR not yet placed).
    pub fielders: [Option<PIdx>; 9],
}

impl TeamState {
    /// The roster index of the batter due up.
    pub fn batter(&self) -> PIdx {
        self.order[usize::from(self.next_up)].player
    }

    /// Recomputes `fielders` from the order and the pitcher.
    pub fn refresh_fielders(&mut self) {
        let mut f = [None; 9];
        for s in &self.order {
            if let Some(p) = s.pos.field() {
                f[usize::from(p.number() - 1)] = Some(s.player);
            }
        }
        if self.dh {
            f[0] = self.pitcher;
        }
        self.fielders = f;
    }

    /// Who fields `pos`.
    pub fn fielder(&self, pos: FieldPos) -> Option<PIdx> {
        self.fielders[usize::from(pos.number() - 1)]
    }

    /// The slot (0..=8) of a player in the order.
    pub fn slot_of(&self, p: PIdx) -> Option<usize> {
        self.order.iter().position(|s| s.player == p)
    }

    /// Whether a player is in the game now.
    pub fn in_game(&self, p: PIdx) -> bool {
        self.slot_of(p).is_some() || self.pitcher == Some(p)
    }

    /// The first problem that keeps this side from taking the field, if any.
    pub fn field_problem(&self, roster: &[Player]) -> Option<String> {
        let name = |p: PIdx| roster[usize::from(p)].name.clone();
        if let Some(s) = self
            .order
            .iter()
            .find(|s| matches!(s.pos, Position::PH | Position::PR))
        {
            return Some(format!(
                "{} ({}) needs a position or a replacement before the team takes the field",
                name(s.player),
                s.pos
            ));
        }
        if self.pitcher.is_none() {
            return Some("the team needs a pitcher before it takes the field".into());
        }
        if self.stint.injured
            && let Some(p) = self.pitcher
        {
            return Some(format!("{} is injured and must be replaced", name(p)));
        }
        for pos in FieldPos::ALL {
            if self.fielder(pos).is_none() {
                return Some(format!("nobody plays {pos}"));
            }
        }
        None
    }
}
