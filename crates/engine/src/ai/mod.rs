//! The AI manager (rules.md §11): plays any decision of either side, always legally,
//! deterministically given its seed, and explains each choice in one line.
//!
//! Percentage baseball: steal only above the break-even rate, infield in only when the run on 3rd
//! matters late in a close game, send a runner when his chance beats the break-even, change a
//! fatigued or injured pitcher, give pinch hitters and runners a position before taking the field.

mod defense;
mod offense;

use crate::{Action, Game, Phase, RolledBy, Side, SplitMix64};
use std::borrow::Cow;

/// One AI decision and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The action to apply.
    pub action: Action,
    /// One line of explanation (protocol.md `reason`).
    pub reason: Cow<'static, str>,
}

impl Choice {
    fn new(action: Action, reason: impl Into<Cow<'static, str>>) -> Choice {
        Choice {
            action,
            reason: reason.into(),
        }
    }
}

/// An AI manager. Its only state is a seeded generator, used to break ties between equal choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manager {
    rng: SplitMix64,
}

impl Manager {
    /// A manager seeded with `seed`.
    pub fn new(seed: u64) -> Manager {
        Manager {
            rng: SplitMix64::new(seed),
        }
    }

    /// The move for whoever the game waits for (either side: one AI can play both). `None` when
    /// the game is over or waits for a manual outcome (the human reads the card; see
    /// [`read_outcome`] for a card reader).
    pub fn choose(&mut self, game: &Game) -> Option<Choice> {
        match game.phase() {
            Phase::GameOver | Phase::AwaitingLineups => None,
            Phase::AwaitingDefensive => Some(self.defend(game, game.fielding_side())),
            Phase::AwaitingOffensive => Some(offense::offense(game, game.batting_side())),
            Phase::AwaitingRoll => Some(Choice::new(
                Action::RollDice {
                    side: game.batting_side(),
                    rolled_by: RolledBy::Server,
                },
                "roll the dice",
            )),
            Phase::AwaitingRunnerDecision => Some(offense::runner(game, game.batting_side())),
            Phase::AwaitingOutcome => read_outcome(game),
        }
    }

    /// The choice for `side` only, `None` when the game does not wait for it.
    pub fn choose_for(&mut self, game: &Game, side: Side) -> Option<Choice> {
        let waiting = game.waiting_for()?;
        let mine = match waiting {
            crate::Waiting::Either => true,
            w => w == side.into(),
        };
        if !mine {
            return None;
        }
        let mut c = self.choose(game)?;
        // Answer as `side` where either side may act.
        match &mut c.action {
            Action::RollDice { side: s, .. } | Action::SubmitOutcome { side: s, .. } => *s = side,
            _ => {}
        }
        Some(c)
    }

    fn defend(&mut self, game: &Game, side: Side) -> Choice {
        if let Some(c) = defense::fix_lineup(game, side) {
            return c;
        }
        if let Some(c) = defense::pitching_change(game, side) {
            return c;
        }
        let _ = self.rng.next_u64();
        defense::decision(game, side)
    }
}

/// Reads the pending roll off the digital card, as a manager in manual mode would: the
/// `submit_manual_outcome` for an at-bat roll (`None` when there is no card to read or the game
/// waits for a check answer that needs judgment; check answers use [`answer_check`]).
pub fn read_outcome(game: &Game) -> Option<Choice> {
    let roll = game.pending_roll()?;
    let crate::RollKind::Ab(ab) = roll.kind else {
        return answer_check(game);
    };
    if ab.check.is_some() {
        return answer_check(game);
    }
    let (code, loc) = game.read_card(ab.card, ab.d6_column, ab.row, ab.d20)?;
    let location = loc.or_else(|| {
        code.requires_location().then(|| {
            if code.is_groundball() || code == dugout_model::ResultCode::Popout {
                dugout_model::FieldPos::SS
            } else {
                dugout_model::FieldPos::CF
            }
        })
    });
    let side = game.waiting_side_for_outcome();
    Some(Choice::new(
        Action::SubmitOutcome {
            side,
            roll_id: roll.roll_id,
            outcome: code.as_str().to_string(),
            hit_location: location,
            error: None,
        },
        "read off the card",
    ))
}

/// A neutral answer to a check without ratings: runner stays, bunt succeeds, groundout.
pub fn answer_check(game: &Game) -> Option<Choice> {
    let roll = game.pending_roll()?;
    let outcome = match roll.kind {
        crate::RollKind::Ab(_) => "NONE",
        // A routine out that every position's range chart has: a fly ball to an outfielder,
        // a groundball anywhere else.
        crate::RollKind::Fielding { .. } => match game.pending_x_check_position() {
            Some(pos) if pos.is_outfield() => "F2",
            _ => "G2",
        },
        crate::RollKind::ExtraBase { .. } => "SAFE",
        crate::RollKind::PassedBall { .. } => "NONE",
        crate::RollKind::Steal { .. } => "STAYS",
        crate::RollKind::Bunt { .. } => "SUCCESS",
        _ => "OUT",
    };
    Some(Choice::new(
        Action::SubmitOutcome {
            side: game.waiting_side_for_outcome(),
            roll_id: roll.roll_id,
            outcome: outcome.into(),
            hit_location: None,
            error: None,
        },
        "answer the check",
    ))
}

impl Game {
    /// The side that may submit the pending outcome (the batting side where either may).
    pub(crate) fn waiting_side_for_outcome(&self) -> Side {
        self.answer_side().unwrap_or(self.batting_side())
    }
}
