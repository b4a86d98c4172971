//! `LiveGame`: one game as its actor holds it — seats, lineups, the engine `Game` once both
//! lineups are in, the version and the remembered replies — and the §1.4 order of checks.
//!
//! Everything that changes a game becomes a [`Logged`] entry (with the dice it drew), so loading
//! a game is replaying its log from the setup: exactly what the actor did, in the same order.

use dugout_engine::{
    Action, Event, Game, GameSetup, LineupCard, Mode, RollId, RolledBy, RuleError, Side, TeamSetup,
};
use dugout_model::{Player, RuleSettings, Team};
use dugout_protocol::inbound::http::LineupRequest;
use dugout_protocol::inbound::{Command as Cmd, Mutation};
use dugout_protocol::state::GameStatus;
use dugout_protocol::{ErrorCode, Refusal};
use dugout_store::Seat;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;

/// What a game is created with and never changes: stored as the game's `setup` document
/// (`setup_doc`: rosters by hash). Cheap to clone: the rosters are shared.
#[derive(Debug, Clone)]
pub struct StoredSetup {
    /// League id.
    pub league_id: String,
    /// Manual or auto.
    pub mode: Mode,
    /// Rule settings (league settings with the game's overrides).
    pub settings: RuleSettings,
    /// Home team and roster.
    pub home: StoredTeam,
    /// Away team and roster.
    pub away: StoredTeam,
    /// Seats at creation (`"open"`, `"ai"` or a user id).
    pub home_seat: String,
    /// Seats at creation.
    pub away_seat: String,
}

/// A team and its roster as snapshotted at creation.
#[derive(Debug, Clone)]
pub struct StoredTeam {
    /// The team.
    pub team: Team,
    /// Its players, shared by every game created from the same roster (decision 101).
    pub roster: Arc<[Player]>,
}

impl StoredSetup {
    /// The team of `side`.
    pub fn team(&self, side: Side) -> &StoredTeam {
        match side {
            Side::Home => &self.home,
            Side::Away => &self.away,
        }
    }
}

/// One entry of a game's action log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Logged {
    /// A user took an open seat.
    Claim {
        /// The seat.
        side: Side,
        /// The user.
        user_id: String,
    },
    /// A side's starting lineup.
    Lineup {
        /// Whose.
        side: Side,
        /// The card (an `{auto: true}` request is logged as the card it produced).
        card: LineupCard,
    },
    /// An engine action.
    Play {
        /// The action.
        action: Action,
    },
}

/// An accepted change, ready to be logged and broadcast.
#[derive(Debug, Clone)]
pub struct Change {
    /// The log entry.
    pub logged: Logged,
    /// Dice drawn (engine actions only).
    pub dice: Vec<u8>,
    /// What the engine reported.
    pub events: Vec<Event>,
    /// An AI's one-line reason.
    pub reason: Option<String>,
}

/// Sender id of the AI manager's actions.
pub const AI_SENDER: &str = "ai";

/// A game as its actor holds it.
#[derive(Debug, Clone)]
pub struct LiveGame {
    /// Fixed setup.
    pub setup: StoredSetup,
    /// Current seats.
    pub home_seat: Seat,
    /// Current seats.
    pub away_seat: Seat,
    /// Lineups posted so far.
    pub lineups: [Option<LineupCard>; 2],
    /// The engine game, once both lineups are in.
    pub game: Option<Game>,
    /// Accepted changes so far.
    pub version: u64,
    /// `(sender, action_id)` → the first success reply.
    pub replies: HashMap<(String, String), Value>,
}

fn idx(side: Side) -> usize {
    match side {
        Side::Home => 0,
        Side::Away => 1,
    }
}

fn refuse(code: ErrorCode, message: impl Into<String>) -> Refusal {
    Refusal::new(code, message)
}

/// The protocol code of an engine refusal.
pub fn rule_refusal(e: &RuleError) -> Refusal {
    let code = ErrorCode::ALL
        .into_iter()
        .find(|c| c.as_str() == e.code())
        .unwrap_or(ErrorCode::Internal);
    refuse(code, e.to_string())
}

impl LiveGame {
    /// A new game at version 0.
    pub fn new(setup: StoredSetup) -> LiveGame {
        LiveGame {
            home_seat: Seat::from_stored(&setup.home_seat),
            away_seat: Seat::from_stored(&setup.away_seat),
            setup,
            lineups: [None, None],
            game: None,
            version: 0,
            replies: HashMap::new(),
        }
    }

    /// The seat of `side`.
    pub fn seat(&self, side: Side) -> &Seat {
        match side {
            Side::Home => &self.home_seat,
            Side::Away => &self.away_seat,
        }
    }

    /// The sides `user_id` manages.
    pub fn sides_of(&self, user_id: &str) -> Vec<Side> {
        [Side::Home, Side::Away]
            .into_iter()
            .filter(|s| self.seat(*s).user_id() == Some(user_id))
            .collect()
    }

    /// Pending until both seats are filled and both lineups are in; completed when over.
    pub fn status(&self) -> GameStatus {
        match &self.game {
            Some(g) if g.is_over() => GameStatus::Completed,
            Some(_) if !self.seats_filled() => GameStatus::Pending,
            Some(_) => GameStatus::Active,
            None => GameStatus::Pending,
        }
    }

    fn seats_filled(&self) -> bool {
        !matches!(self.home_seat, Seat::Open) && !matches!(self.away_seat, Seat::Open)
    }

    /// Whether `side` is played by the AI.
    pub fn is_ai(&self, side: Side) -> bool {
        matches!(self.seat(side), Seat::Ai)
    }

    /// Applies a logged entry during replay (dice from the log).
    ///
    /// # Errors
    /// A message when the log does not replay.
    pub fn replay(&mut self, logged: &Logged, dice: &[u8]) -> Result<(), String> {
        match logged {
            Logged::Claim { side, user_id } => self.set_seat(*side, Seat::User(user_id.clone())),
            Logged::Lineup { side, card } => {
                self.lineups[idx(*side)] = Some(card.clone());
                self.start_if_ready().map_err(|r| r.message)?;
            }
            Logged::Play { action } => {
                let game = self.game.as_mut().ok_or("a play before the lineups")?;
                let mut scripted = dugout_engine::ScriptedDice::new(dice.to_vec());
                game.apply(action.clone(), &mut scripted)
                    .map_err(|e| e.to_string())?;
            }
        }
        self.version += 1;
        Ok(())
    }

    fn set_seat(&mut self, side: Side, seat: Seat) {
        match side {
            Side::Home => self.home_seat = seat,
            Side::Away => self.away_seat = seat,
        }
    }

    /// Builds the engine game once both lineups are in.
    fn start_if_ready(&mut self) -> Result<(), Refusal> {
        let (Some(home), Some(away)) = (self.lineups[0].clone(), self.lineups[1].clone()) else {
            return Ok(());
        };
        let team = |t: &StoredTeam, lineup: LineupCard, ai: bool| TeamSetup {
            team: t.team.clone(),
            // The engine's game owns its roster: the one copy a game needs.
            roster: t.roster.to_vec(),
            lineup,
            ai,
        };
        let setup = GameSetup {
            home: team(&self.setup.home, home, self.is_ai(Side::Home)),
            away: team(&self.setup.away, away, self.is_ai(Side::Away)),
            settings: self.setup.settings,
            mode: self.setup.mode,
        };
        let game = Game::from_setup(setup).map_err(|e| rule_refusal(&e))?;
        self.game = Some(game);
        Ok(())
    }

    /// Checks and applies a claim.
    ///
    /// # Errors
    /// `seat_taken`, `forbidden` (not eligible).
    pub fn claim(&mut self, user_id: &str, side: Side) -> Result<Change, Refusal> {
        if !matches!(self.seat(side), Seat::Open) {
            return Err(refuse(
                ErrorCode::SeatTaken,
                format!("the {} seat is taken", side.as_str()),
            ));
        }
        if !crate::leagues::Leagues::may_manage(&self.setup.team(side).team, user_id) {
            return Err(refuse(ErrorCode::Forbidden, "you may not manage this team"));
        }
        self.set_seat(side, Seat::User(user_id.to_string()));
        Ok(Change {
            logged: Logged::Claim {
                side,
                user_id: user_id.to_string(),
            },
            dice: Vec::new(),
            events: Vec::new(),
            reason: None,
        })
    }

    /// Checks and applies a lineup (`sender` is a user id, or `None` for the AI).
    ///
    /// # Errors
    /// `forbidden`, `wrong_phase` (already posted), `invalid_lineup`.
    pub fn lineup(
        &mut self,
        sender: Option<&str>,
        side: Side,
        request: &LineupRequest,
    ) -> Result<Change, Refusal> {
        if let Some(user) = sender
            && self.seat(side).user_id() != Some(user)
        {
            return Err(refuse(ErrorCode::Forbidden, "you do not manage this side"));
        }
        if self.lineups[idx(side)].is_some() {
            return Err(refuse(
                ErrorCode::WrongPhase,
                "this side's lineup is already in",
            ));
        }
        let roster = &self.setup.team(side).roster;
        let settings = &self.setup.settings;
        let card = match request {
            LineupRequest::Auto => {
                let opposing = self.lineups[idx(side.other())].as_ref().and_then(|c| {
                    self.setup
                        .team(side.other())
                        .roster
                        .iter()
                        .find(|p| p.id == c.pitcher_id)
                        .and_then(|p| p.throws)
                });
                dugout_engine::lineup::auto_lineup(roster, opposing, settings)
                    .map_err(|m| refuse(ErrorCode::InvalidLineup, m))?
            }
            LineupRequest::Card {
                batting_order,
                pitcher_id,
            } => {
                let value = serde_json::json!({
                    "batting_order": batting_order
                        .iter()
                        .map(|e| serde_json::json!({"player_id": e.player_id, "position": e.position}))
                        .collect::<Vec<_>>(),
                    "pitcher_id": pitcher_id,
                });
                let card: LineupCard = serde_json::from_value(value)
                    .map_err(|e| refuse(ErrorCode::InvalidPayload, e.to_string()))?;
                let problems = dugout_engine::lineup::lineup_problems(roster, &card, settings);
                if !problems.is_empty() {
                    return Err(refuse(ErrorCode::InvalidLineup, problems.join("; ")));
                }
                card
            }
        };
        self.lineups[idx(side)] = Some(card.clone());
        if let Err(r) = self.start_if_ready() {
            self.lineups[idx(side)] = None;
            return Err(r);
        }
        Ok(Change {
            logged: Logged::Lineup { side, card },
            dice: Vec::new(),
            events: Vec::new(),
            reason: None,
        })
    }

    /// The §1.4 checks after "the game exists" and the engine's own, then the change.
    ///
    /// `Ok(Err(reply))` is a repeated reply for a known `action_id`.
    ///
    /// # Errors
    /// The first failing check's refusal.
    pub fn mutate(
        &mut self,
        user_id: &str,
        m: &Mutation,
        dice: &mut impl dugout_engine::DiceSource,
    ) -> Result<Result<Change, Value>, Refusal> {
        let sides = self.sides_of(user_id);
        if sides.is_empty() {
            return Err(refuse(
                ErrorCode::Forbidden,
                "only this game's managers may act",
            ));
        }
        if let Some(action_id) = &m.action_id
            && let Some(reply) = self.replies.get(&(user_id.to_string(), action_id.clone()))
        {
            return Ok(Err(reply.clone()));
        }
        if let Some(expected) = m.expected_version
            && expected != self.version
        {
            return Err(refuse(
                ErrorCode::StaleVersion,
                format!("the game is at version {}, not {expected}", self.version),
            ));
        }
        let status = self.status();
        let Some(game) = self.game.as_mut() else {
            return Err(refuse(
                ErrorCode::WrongPhase,
                "the game waits for its lineups",
            ));
        };
        if game.is_over() {
            return Err(refuse(ErrorCode::GameOver, "the game is over"));
        }
        if status == GameStatus::Pending {
            return Err(refuse(
                ErrorCode::WrongPhase,
                "the game waits for a manager to claim a seat",
            ));
        }
        let batting = game.batting_side();
        let fielding = game.fielding_side();
        let has = |s: Side| sides.contains(&s);
        let required = match &m.command {
            Cmd::DefensiveDecision(_) | Cmd::PitchingChange { .. } => Some(fielding),
            Cmd::OffensiveDecision(_)
            | Cmd::RunnerDecision { .. }
            | Cmd::PinchHitter { .. }
            | Cmd::PinchRunner { .. } => Some(batting),
            Cmd::DefensiveReplacement { .. } | Cmd::RollDice { .. } | Cmd::ManualOutcome { .. } => {
                None
            }
        };
        let side = match required {
            Some(s) if has(s) => s,
            Some(s) => {
                return Err(refuse(
                    ErrorCode::Forbidden,
                    format!(
                        "only the {} manager may send {}",
                        s.as_str(),
                        m.command.event().as_str()
                    ),
                ));
            }
            None => {
                // Either side may send these; act as the side the game waits for when it is ours.
                let waiting = game.waiting_for().and_then(|w| match w {
                    dugout_engine::Waiting::Home => Some(Side::Home),
                    dugout_engine::Waiting::Away => Some(Side::Away),
                    dugout_engine::Waiting::Either => None,
                });
                match (&m.command, waiting) {
                    (Cmd::DefensiveReplacement { .. }, _) if has(fielding) => fielding,
                    (_, Some(w)) if has(w) => w,
                    _ => sides[0],
                }
            }
        };
        let action = to_action(&m.command, side, user_id)?;
        let (transition, logged) = game
            .apply_logged(action, dice)
            .map_err(|e| rule_refusal(&e))?;
        Ok(Ok(Change {
            logged: Logged::Play {
                action: logged.action,
            },
            dice: logged.dice,
            events: transition.events,
            reason: None,
        }))
    }

    /// The AI's next change, when the game waits for an AI seat (lineups included).
    pub fn ai_change(
        &mut self,
        manager: &mut dugout_engine::ai::Manager,
        dice: &mut impl dugout_engine::DiceSource,
    ) -> Option<Change> {
        // Lineups: an AI posts once the opposing lineup is in (AI vs AI: away first).
        for side in [Side::Away, Side::Home] {
            if self.is_ai(side) && self.lineups[idx(side)].is_none() {
                let other_in = self.lineups[idx(side.other())].is_some();
                let both_ai = self.is_ai(side.other());
                if other_in || (both_ai && side == Side::Away) {
                    return self.lineup(None, side, &LineupRequest::Auto).ok();
                }
            }
        }
        if self.status() != GameStatus::Active {
            return None;
        }
        let game = self.game.as_mut()?;
        let waiting = game.waiting_for()?;
        let side = match waiting {
            dugout_engine::Waiting::Home => Side::Home,
            dugout_engine::Waiting::Away => Side::Away,
            dugout_engine::Waiting::Either
                if self.home_seat == Seat::Ai && self.away_seat == Seat::Ai =>
            {
                game.batting_side()
            }
            dugout_engine::Waiting::Either => return None,
        };
        if !matches!(
            match side {
                Side::Home => &self.home_seat,
                Side::Away => &self.away_seat,
            },
            Seat::Ai
        ) {
            return None;
        }
        let choice = manager.choose_for(game, side)?;
        let (transition, logged) = game.apply_logged(choice.action, dice).ok()?;
        Some(Change {
            logged: Logged::Play {
                action: logged.action,
            },
            dice: logged.dice,
            events: transition.events,
            reason: Some(choice.reason.into_owned()),
        })
    }
}

/// A wire command as the engine action of `side`.
fn to_action(cmd: &Cmd, side: Side, user_id: &str) -> Result<Action, Refusal> {
    let convert = |v: Value| -> Result<Value, Refusal> { Ok(v) };
    let bad = |e: serde_json::Error| refuse(ErrorCode::InvalidPayload, e.to_string());
    Ok(match cmd {
        Cmd::DefensiveDecision(d) => Action::DefensiveDecision {
            side,
            decision: serde_json::from_value(convert(serde_json::to_value(d).map_err(bad)?)?)
                .map_err(bad)?,
        },
        Cmd::OffensiveDecision(d) => Action::OffensiveDecision {
            side,
            decision: serde_json::from_value(serde_json::to_value(d).map_err(bad)?).map_err(bad)?,
        },
        Cmd::RollDice { .. } => Action::RollDice {
            side,
            rolled_by: RolledBy::User(user_id.to_string()),
        },
        Cmd::ManualOutcome {
            roll_id,
            outcome,
            hit_location,
            error,
        } => Action::SubmitOutcome {
            side,
            // An id that is no roll's spelling can only be an unknown roll (checked in order).
            roll_id: roll_id.parse().unwrap_or(RollId(u32::MAX)),
            outcome: outcome.clone(),
            hit_location: match hit_location {
                None => None,
                Some(h) => Some(h.parse().map_err(|_| {
                    refuse(
                        ErrorCode::InvalidOutcome,
                        format!("hit_location {h:?} is no position"),
                    )
                })?),
            },
            error: *error,
        },
        Cmd::RunnerDecision { send } => Action::RunnerDecision { side, send: *send },
        Cmd::PinchHitter {
            entering_player_id,
            exiting_player_id,
        } => Action::PinchHitter {
            side,
            entering: dugout_model::PlayerId(*entering_player_id),
            exiting: dugout_model::PlayerId(*exiting_player_id),
        },
        Cmd::PinchRunner {
            entering_player_id,
            exiting_player_id,
        } => Action::PinchRunner {
            side,
            entering: dugout_model::PlayerId(*entering_player_id),
            exiting: dugout_model::PlayerId(*exiting_player_id),
        },
        Cmd::DefensiveReplacement { moves } => Action::DefensiveReplacement {
            side,
            moves: serde_json::from_value(serde_json::to_value(moves).map_err(bad)?)
                .map_err(bad)?,
        },
        Cmd::PitchingChange { entering_player_id } => Action::PitchingChange {
            side,
            entering: dugout_model::PlayerId(*entering_player_id),
        },
    })
}
