//! Runner movement for card results (rules.md §5, §7): a pure function of the result code and the
//! base/out situation. Works on base *occupancy* only; the caller maps base numbers to players.
//!
//! Every [`Movement`] lists every runner on base before the play and the batter exactly once, lead
//! runner first and the batter last, each with where he ended (a base, home or out).
//!
//! ```
//! use dugout_engine::advance::{resolve, Dest, Situation};
//! use dugout_model::{FieldPos, ResultCode};
//! let s = Situation { bases: [true, false, false], location: Some(FieldPos::SS), ..Situation::default() };
//! let m = resolve(ResultCode::GroundballA, &s).unwrap();
//! assert_eq!(m.outs, 2); // groundball A with a runner on 1st: double play (result 2)
//! assert!(m.double_play);
//! ```

pub(crate) mod board;
mod error;
mod flyball;
mod groundball;
mod hits;
mod location;
pub(crate) mod simple;
mod tries;

pub use error::AdvanceError;
pub use groundball::{GroundballLetter, apply_groundball_result, groundball_result, playing_in};
pub use location::{LocationKind, hit_location};
pub use tries::{arm_counts, resolve_try, try_safe, try_target};

use dugout_model::{FieldPos, ResultCode};
use serde::{Deserialize, Serialize};

/// The fielding manager's infield depth (rules.md §3, §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InfieldDepth {
    /// Infield back.
    #[default]
    Normal,
    /// Every infielder in, P and C included.
    InfieldIn,
    /// 1B, 3B, P and C in; middle infielders back.
    CornersIn,
}

/// The base/out situation and the decisions that change how a result moves runners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Situation {
    /// Outs before the play, 0..=2.
    pub outs: u8,
    /// Whether 1st, 2nd and 3rd are occupied.
    pub bases: [bool; 3],
    /// The defense's infield depth.
    pub infield: InfieldDepth,
    /// The offense called a hit and run (needs a runner on 1st).
    pub hit_and_run: bool,
    /// Where the ball went (rules.md §5.1); needed by groundballs and for the fielder of a try.
    pub location: Option<FieldPos>,
    /// Which runners (by base 1st, 2nd, 3rd) the defense holds; a held runner may not try (§7).
    pub held: [bool; 3],
}

impl Situation {
    /// Whether base `b` (1..=3) is occupied.
    pub fn occupied(&self, b: u8) -> bool {
        (1..=3).contains(&b) && self.bases[usize::from(b - 1)]
    }

    /// Whether the runner on base `b` (1..=3) is held.
    pub fn is_held(&self, b: u8) -> bool {
        (1..=3).contains(&b) && self.held[usize::from(b - 1)]
    }

    /// Number of runners on base.
    pub fn runners(&self) -> u8 {
        self.bases.iter().map(|&b| u8::from(b)).sum()
    }
}

/// Where a runner (or the batter) ends a play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dest {
    /// On base 1..=3.
    Base(u8),
    /// Crossed the plate: a run.
    Home,
    /// Put out.
    Out,
}

impl Dest {
    /// The wire number (1..=4) for a base or home; `None` for an out.
    pub fn number(self) -> Option<u8> {
        match self {
            Dest::Base(b) => Some(b),
            Dest::Home => Some(4),
            Dest::Out => None,
        }
    }

    /// The destination `n` (1..=3 a base, 4 or more home).
    pub fn from_number(n: u8) -> Dest {
        if n >= 4 { Dest::Home } else { Dest::Base(n) }
    }
}

/// One runner's (or the batter's) part in a play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RunnerMove {
    /// Where he started: 0 = the batter, 1..=3 a base.
    pub from: u8,
    /// Where he ended.
    pub to: Dest,
    /// He got there only because of an error (a run so scored is unearned and earns no RBI; a
    /// batter so placed reached on the error).
    pub on_error: bool,
}

/// A base hit credited to the batter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Hit {
    /// Single.
    Single,
    /// Double.
    Double,
    /// Triple.
    Triple,
    /// Home run (inside the park included).
    HomeRun,
}

/// An extra-base try the batting side may choose (rules.md §7), as a phase of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TryOffer {
    /// The base the runner started the play on (1..=3).
    pub runner_from: u8,
    /// The base he stands on after the result's own movement (1..=3).
    pub at: u8,
    /// Where he would go.
    pub target: Dest,
    /// The −2 of §7: scoring from 2nd on a ball to LF, or from 1st on any single.
    pub penalty_two: bool,
    /// The fielder whose arm counts (only LF/CF/RF have one that counts; `None` = arm 0).
    pub fielder: Option<FieldPos>,
}

/// What a result does to the runners: the data the game state machine applies and records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    /// Every runner on base before the play and the batter, lead runner first, batter last. A
    /// play that keeps the batter up (a re-roll) has no batter entry.
    pub moves: Vec<RunnerMove>,
    /// Outs this play recorded (never more than make three).
    pub outs: u8,
    /// Runs that count (every `Dest::Home` is a counted run).
    pub runs: u8,
    /// Runs batted in (none on a double play or for a run scored on an error).
    pub rbi: u8,
    /// The groundball chart result 1..=13 that decided the play, if any.
    pub groundball_result: Option<u8>,
    /// Two outs on the play: a double play of the result itself (groundball DP, hit-and-run
    /// double-off, …; no RBI) or a failed try after a result's out (RBIs stay, decision 032).
    pub double_play: bool,
    /// The batter's hit, if he got one.
    pub hit: Option<Hit>,
    /// An extra-base try the batting side may choose; settle it with [`resolve_try`].
    pub offer: Option<TryOffer>,
    /// Hit and run on a strikeout: the runner on 1st now attempts a steal of 2nd (rules.md §6),
    /// which the caller resolves as the next part of the play.
    pub steal_attempt: bool,
}

impl Movement {
    /// The move of the runner who started on `from` (0 = batter).
    pub fn move_of(&self, from: u8) -> Option<&RunnerMove> {
        self.moves.iter().find(|m| m.from == from)
    }

    /// Occupancy of 1st, 2nd and 3rd after the play.
    pub fn bases_after(&self) -> [bool; 3] {
        let mut b = [false; 3];
        for m in &self.moves {
            if let Dest::Base(n @ 1..=3) = m.to {
                b[usize::from(n - 1)] = true;
            }
        }
        b
    }

    /// A ground-ball force double play of the chart (results 2, 10 and 13 with both outs made):
    /// the batter's GIDP. (The rare play `InterferenceDoublePlay` is one too; a groundball whose
    /// runner is thrown out on a try afterwards is not.)
    pub fn grounded_into_double_play(&self) -> bool {
        matches!(self.groundball_result, Some(2 | 10 | 13)) && self.outs >= 2
    }

    /// Whether this play ended the half-inning from `outs_before` outs.
    pub fn ends_inning(&self, outs_before: u8) -> bool {
        outs_before + self.outs >= 3
    }
}

/// The movement of a card result (after ballpark resolution; not `X_CHECK`, see
/// [`crate::fielding`]). Hit and run, infield depth, held runners and the hit location in `s`
/// apply as rules.md §5–§7 say.
///
/// # Errors
/// [`AdvanceError`] when the code needs resolving first (`BP_*`, `X_CHECK`), the situation is
/// impossible (3 outs, hit and run with 1st empty) or a groundball lacks a usable location.
pub fn resolve(code: ResultCode, s: &Situation) -> Result<Movement, AdvanceError> {
    check_situation(s)?;
    match code {
        ResultCode::Strikeout => Ok(simple::strikeout(s)),
        ResultCode::Walk | ResultCode::IntentionalWalk | ResultCode::HitByPitch => {
            Ok(simple::walk(s))
        }
        ResultCode::Lineout | ResultCode::Popout => Ok(simple::line_or_pop(s)),
        ResultCode::Foulout | ResultCode::FlyoutC => Ok(simple::batter_out_hold(s)),
        ResultCode::Single1 => Ok(hits::single_1(s)),
        ResultCode::Single2 => Ok(hits::advance_all(s, 1, 2, Hit::Single)),
        ResultCode::SingleUncapped => Ok(hits::single_uncapped(s)),
        ResultCode::Double2 => Ok(hits::advance_all(s, 2, 2, Hit::Double)),
        ResultCode::Double3 => Ok(hits::advance_all(s, 2, 3, Hit::Double)),
        ResultCode::DoubleUncapped => Ok(hits::double_uncapped(s)),
        ResultCode::Triple => Ok(hits::advance_all(s, 3, 3, Hit::Triple)),
        ResultCode::Homerun => Ok(hits::advance_all(s, 4, 4, Hit::HomeRun)),
        ResultCode::GroundballA => groundball::resolve(GroundballLetter::A, s),
        ResultCode::GroundballB => groundball::resolve(GroundballLetter::B, s),
        ResultCode::GroundballC => groundball::resolve(GroundballLetter::C, s),
        ResultCode::FlyoutA => Ok(flyball::flyout_a(s)),
        ResultCode::FlyoutB => Ok(flyball::flyout_b(s)),
        ResultCode::FlyoutBq => Ok(flyball::flyout_bq(s)),
        ResultCode::BpHomerun | ResultCode::BpSingle | ResultCode::XCheck => {
            Err(AdvanceError::NeedsResolution(code))
        }
    }
}

/// The on-base code of the groundball chart: 0 empty, 1 R1, 2 R2, 3 R3, 4 R1R2, 5 R1R3, 6 R2R3,
/// 7 loaded. Chart order, NOT a bit field (reference §4.1).
pub fn on_base_code(bases: [bool; 3]) -> u8 {
    match bases {
        [false, false, false] => 0,
        [true, false, false] => 1,
        [false, true, false] => 2,
        [false, false, true] => 3,
        [true, true, false] => 4,
        [true, false, true] => 5,
        [false, true, true] => 6,
        [true, true, true] => 7,
    }
}

/// The bases of an on-base code (inverse of [`on_base_code`]); codes above 7 read as loaded.
pub fn bases_of_code(code: u8) -> [bool; 3] {
    match code {
        0 => [false, false, false],
        1 => [true, false, false],
        2 => [false, true, false],
        3 => [false, false, true],
        4 => [true, true, false],
        5 => [true, false, true],
        6 => [false, true, true],
        _ => [true, true, true],
    }
}

/// Refuses situations no play can start from.
pub(crate) fn check_situation(s: &Situation) -> Result<(), AdvanceError> {
    if s.outs > 2 {
        return Err(AdvanceError::InningOver(s.outs));
    }
    if s.hit_and_run && !s.bases[0] {
        return Err(AdvanceError::HitAndRunWithoutRunner);
    }
    Ok(())
}
