//! Dugout's rules engine: a pure, deterministic Strat-O-Matic-style baseball game (`rules.md`).
//!
//! No async, no I/O, no clock, no global RNG, no logging: the caller passes the dice in through a
//! [`DiceSource`], so a game is the fold of its actions and replays exactly. One door changes a
//! game: [`Game::apply`], which takes an [`Action`] and returns the [`Event`]s it caused, or a
//! [`RuleError`] (whose [`RuleError::code`] is the protocol's error code) and changes nothing.
//!
//! ```
//! use dugout_engine::{ai, sample, Action, Game, SeededDice, Phase};
//! let setup = sample::average_setup(1, dugout_engine::Mode::Auto);
//! let mut game = Game::from_setup(setup).unwrap();
//! let mut dice = SeededDice::new(42);
//! let mut manager = ai::Manager::new(7);
//! assert_eq!(game.phase(), Phase::AwaitingDefensive);
//! while !game.is_over() {
//!     let choice = manager.choose(&game).expect("the AI always has a move");
//!     game.apply(choice.action, &mut dice).unwrap();
//! }
//! let box_score = game.box_score();
//! let s = game.score();
//! assert_ne!(s.home, s.away);
//! assert_eq!(box_score.totals.home.r, s.home);
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod advance;
pub mod ai;
pub mod charts;
pub mod fielding;
pub mod lineup;
pub mod sample;
pub mod sim;

mod action;
mod bases;
mod box_score;
mod decision;
mod dice;
mod error;
mod event;
mod game;
mod inning;
mod phase;
mod play;
mod position;
mod replay;
mod roll;
mod setup;
mod side;
mod view;

pub use action::{Action, Move};
pub use bases::{Base, BaseSet, Bases, on_base_code};
pub use box_score::{BatterLine, BoxScore, Decisions, PitcherLine, Totals};
pub use decision::{
    DefensiveDecision, InfieldDepth, OffensiveAction, OffensiveDecision, OutfieldDepth,
};
pub use dice::{DiceSource, DiePurpose, RecordingDice, ScriptedDice, SeededDice, SplitMix64};
pub use error::RuleError;
pub use event::{DecisionKind, Event, Transition};
pub use game::{Game, LineupHistoryEntry, PendingRunnerDecision, Waiting};
pub use inning::{Half, Inning, Outs};
pub use phase::Phase;
pub use play::{Play, PlayOutcome, PlayState, PlayStats, RunnerMove, RunnerTo, SbaContext};
pub use position::Position;
pub use replay::{LoggedAction, ReplayError, replay};
pub use roll::{
    AtBatDice, CardRead, CheckKind, D20, FieldingDice, Roll, RollId, RollKind, RolledBy, StealDice,
};
pub use setup::{GameSetup, LineupCard, LineupEntry, Mode, TeamSetup};
pub use side::{BySide, Side};
pub use view::{OffenseView, Viewer, may_see_offense, visible_offense};
