//! The record of one play (rules.md §10, protocol.md Play). Serializes in the wire shape.

use crate::{Bases, BySide, Half, Position, Roll};
use dugout_model::{Bats, FieldPos, Hand, PlayerId, ResultCode};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What a play was: a result code of rules.md §5, or one of the plays without a card result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlayOutcome {
    /// A card result (as read or submitted; `BP_*` and `X_CHECK` keep their code).
    Code(ResultCode),
    /// A successful steal (named after the lead runner who went).
    StolenBase,
    /// A caught stealing.
    CaughtStealing,
    /// Nobody got a jump: the steal did not happen.
    StealHeld,
    /// A successful sacrifice bunt.
    SacBunt,
    /// A failed bunt (lead runner out, batter safe).
    BuntFailed,
    /// A successful squeeze.
    Squeeze,
    /// A wild pitch.
    WildPitch,
    /// A passed ball.
    PassedBall,
}

impl PlayOutcome {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            PlayOutcome::Code(c) => c.as_str(),
            PlayOutcome::StolenBase => "STOLEN_BASE",
            PlayOutcome::CaughtStealing => "CAUGHT_STEALING",
            PlayOutcome::StealHeld => "STEAL_HELD",
            PlayOutcome::SacBunt => "SAC_BUNT",
            PlayOutcome::BuntFailed => "BUNT_FAILED",
            PlayOutcome::Squeeze => "SQUEEZE",
            PlayOutcome::WildPitch => "WILD_PITCH",
            PlayOutcome::PassedBall => "PASSED_BALL",
        }
    }

    /// Parses the wire spelling.
    pub fn parse(s: &str) -> Option<PlayOutcome> {
        Some(match s {
            "STOLEN_BASE" => PlayOutcome::StolenBase,
            "CAUGHT_STEALING" => PlayOutcome::CaughtStealing,
            "STEAL_HELD" => PlayOutcome::StealHeld,
            "SAC_BUNT" => PlayOutcome::SacBunt,
            "BUNT_FAILED" => PlayOutcome::BuntFailed,
            "SQUEEZE" => PlayOutcome::Squeeze,
            "WILD_PITCH" => PlayOutcome::WildPitch,
            "PASSED_BALL" => PlayOutcome::PassedBall,
            other => PlayOutcome::Code(ResultCode::parse(other)?),
        })
    }
}

impl Serialize for PlayOutcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PlayOutcome {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PlayOutcome::parse(&s).ok_or_else(|| serde::de::Error::custom("unknown play outcome"))
    }
}

/// Where a runner ended: a base 1..=4 (4 = scored) or out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RunnerTo {
    /// Base 1..=4.
    Base(u8),
    /// Put out.
    Out,
}

impl Serialize for RunnerTo {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RunnerTo::Base(b) => s.serialize_u8(*b),
            RunnerTo::Out => s.serialize_str("out"),
        }
    }
}

impl<'de> Deserialize<'de> for RunnerTo {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(u8),
            S(String),
        }
        match Raw::deserialize(d)? {
            Raw::N(n) if (1..=4).contains(&n) => Ok(RunnerTo::Base(n)),
            Raw::S(s) if s == "out" => Ok(RunnerTo::Out),
            _ => Err(serde::de::Error::custom("to is 1..4 or \"out\"")),
        }
    }
}

/// One runner's movement on a play (`from: 0` is the batter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RunnerMove {
    /// The runner.
    pub player_id: PlayerId,
    /// 0 (batter) ..= 3.
    pub from: u8,
    /// Where he ended.
    pub to: RunnerTo,
    /// For a run: the pitcher charged with it (who let the runner on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charged_to: Option<PlayerId>,
    /// For a run: whether it is earned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earned: Option<bool>,
}

impl RunnerMove {
    /// Whether this move is a run.
    pub fn scored(&self) -> bool {
        self.to == RunnerTo::Base(4)
    }
}

/// Outs, bases and score around a play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlayState {
    /// Outs (3 after a play that ended the half).
    pub outs: u8,
    /// Runners.
    pub bases: Bases,
    /// Score.
    pub score: BySide<u16>,
}

/// Scoring flags of a play, the stat columns of the SBA play row (reference §12.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct PlayStats {
    /// Bases of the batter's hit (1–4), 0 when not a hit.
    pub hit: u8,
    /// Walk (intentional ones included).
    pub bb: bool,
    /// Intentional walk.
    pub ibb: bool,
    /// Hit by pitch.
    pub hbp: bool,
    /// Strikeout.
    pub so: bool,
    /// Sacrifice bunt (SH).
    pub sac: bool,
    /// Sacrifice fly.
    pub sf: bool,
    /// Grounded into a double play.
    pub gidp: bool,
    /// Double play (any).
    pub dp: bool,
    /// Stolen bases on the play.
    pub sb: u8,
    /// Caught stealing on the play.
    pub cs: u8,
    /// Wild pitch.
    pub wp: bool,
    /// Passed ball.
    pub pb: bool,
    /// Ballpark home run.
    pub bphr: bool,
    /// Ballpark flyout.
    pub bpfo: bool,
    /// Ballpark single.
    pub bp1b: bool,
    /// Ballpark lineout.
    pub bplo: bool,
}

/// SBA play-row context (reference §12.1) that is not elsewhere in the play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SbaContext {
    /// The batter's position.
    pub batter_pos: Position,
    /// Batting-order slot 1..=9.
    pub batting_order: u8,
    /// The batter's side (`L`/`R`/`S`), null when unknown.
    pub hand_batting: Option<Bats>,
    /// The pitcher's hand, null when unknown.
    pub hand_pitching: Option<Hand>,
    /// Chart-order on-base code before the play.
    pub on_base_code: u8,
    /// The fielder of an X-check or the fielder charged with an error.
    pub defender_id: Option<PlayerId>,
    /// The position of an X-check.
    pub check_pos: Option<FieldPos>,
    /// Whether the play gave the batting side the lead.
    pub is_go_ahead: bool,
    /// Whether the game was tied after the play.
    pub is_tied: bool,
    /// Whether the play was the first of a half-inning.
    pub is_new_inning: bool,
}

/// One play (rules.md §10).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Play {
    /// 1-based, in game order.
    pub play_no: u32,
    /// Inning.
    pub inning: u8,
    /// Half.
    pub half: Half,
    /// The batter.
    pub batter_id: PlayerId,
    /// The pitcher.
    pub pitcher_id: PlayerId,
    /// The catcher.
    pub catcher_id: PlayerId,
    /// What happened.
    pub outcome: PlayOutcome,
    /// Where the ball went.
    pub hit_location: Option<FieldPos>,
    /// One line of play-by-play.
    pub description: String,
    /// Every die the play used.
    pub rolls: Vec<Roll>,
    /// Every runner's movement, batter first.
    pub runner_moves: Vec<RunnerMove>,
    /// Outs on the play.
    pub outs_recorded: u8,
    /// Runs on the play.
    pub runs_scored: u8,
    /// RBI credited to the batter.
    pub rbi: u8,
    /// Earned runs.
    pub earned_runs: u8,
    /// The fielder charged with an error.
    pub error_on: Option<FieldPos>,
    /// Errors on the play.
    pub errors: u8,
    /// A plate appearance (false for steals, WP, PB).
    pub pa: bool,
    /// An official at-bat.
    pub ab: bool,
    /// Scoring flags.
    pub stats: PlayStats,
    /// SBA play-row context.
    pub sba: SbaContext,
    /// Before the play.
    pub state_before: PlayState,
    /// After the play.
    pub state_after: PlayState,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runner_to_wire() {
        assert_eq!(serde_json::to_string(&RunnerTo::Out).unwrap(), "\"out\"");
        assert_eq!(serde_json::to_string(&RunnerTo::Base(4)).unwrap(), "4");
        assert_eq!(
            serde_json::from_str::<RunnerTo>("2").unwrap(),
            RunnerTo::Base(2)
        );
        assert!(serde_json::from_str::<RunnerTo>("5").is_err());
        assert_eq!(
            PlayOutcome::parse("WILD_PITCH"),
            Some(PlayOutcome::WildPitch)
        );
        assert_eq!(
            PlayOutcome::parse("SINGLE_1"),
            Some(PlayOutcome::Code(ResultCode::Single1))
        );
    }
}
