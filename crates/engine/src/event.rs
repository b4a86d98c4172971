//! [`Event`]s: what an accepted action did, in order, and the [`Transition`] that carries them.

use crate::{BySide, Half, Move, Phase, Play, Roll, Side};
use serde::{Deserialize, Serialize};

/// Which decision was submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecisionKind {
    /// The fielding side's.
    Defensive,
    /// The batting side's (its content is hidden from the fielding side until the play resolves).
    Offensive,
}

/// Something that happened. The server turns each into its protocol event (`decision_submitted`,
/// `dice_rolled`, `play_resolved`, `player_substituted`, `game_over`; the rest into `game_state`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A decision was taken.
    DecisionSubmitted {
        /// Whose.
        side: Side,
        /// Which.
        kind: DecisionKind,
    },
    /// A manager's roll (manual mode) — the at-bat or bunt roll.
    DiceRolled {
        /// The roll.
        roll: Roll,
    },
    /// A play was resolved and recorded.
    PlayResolved {
        /// The play (also in [`crate::Game::plays`]).
        play: Box<Play>,
    },
    /// The game now waits for something new (an extra-base decision, a check answer).
    PhaseChanged {
        /// The new phase.
        phase: Phase,
    },
    /// A half-inning ended.
    HalfInningOver {
        /// Inning.
        inning: u8,
        /// Half.
        half: Half,
        /// Runs the batting side scored in it.
        runs: u16,
        /// Runners left on base.
        left_on_base: u8,
    },
    /// A substitution took effect.
    PlayerSubstituted {
        /// The side.
        side: Side,
        /// The moves (`PH`/`PR` for pinch hitters and runners).
        moves: Vec<Move>,
    },
    /// The game is over.
    GameOver {
        /// Final score.
        final_score: BySide<u16>,
        /// The winner.
        winner: Side,
    },
}

/// The events of one accepted action, in order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Transition {
    /// What happened.
    pub events: Vec<Event>,
}

/// Where an action's handlers put their events: kept for [`crate::Game::apply`], dropped unbuilt
/// for [`crate::Game::apply_quiet`] (bulk simulation).
#[derive(Debug, Default)]
pub(crate) struct Events {
    list: Vec<Event>,
    on: bool,
}

impl Events {
    /// A sink that records events.
    pub(crate) fn recording() -> Events {
        Events {
            list: Vec::with_capacity(4),
            on: true,
        }
    }

    /// A sink that drops them (and tells handlers not to build costly ones or descriptions).
    pub(crate) fn quiet() -> Events {
        Events::default()
    }

    /// Whether events (and play descriptions) are wanted.
    pub(crate) fn on(&self) -> bool {
        self.on
    }

    /// Records an event (a no-op when quiet).
    pub(crate) fn push(&mut self, e: Event) {
        if self.on {
            self.list.push(e);
        }
    }

    /// The recorded events.
    pub(crate) fn into_list(self) -> Vec<Event> {
        self.list
    }
}
