//! The rare plays of reference §6.5 (d100 = 1 replaces the error lookup), as data: which rare
//! play each base result turns into. [`crate::fielding`] says what each one does to the runners.

use super::XBase;
use serde::{Deserialize, Serialize};

/// A rare play (reference §6.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RarePlay {
    /// G1: the runner from 1st interferes breaking up the DP: he and the batter are out (GIDP);
    /// without a runner on 1st a plain groundout, runners hold.
    InterferenceDoublePlay,
    /// G2: liner off the pitcher, batter thrown out; runners advance only if forced.
    LinerOffPitcher,
    /// G3: liner off the mound, batter thrown out; runners +1.
    LinerOffMound,
    /// SI1: the liner hits the runner from 1st: he is out, the batter singles, others hold; no
    /// runner on 1st: single, runners +1.
    RunnerHitByBall,
    /// SPD: no effect; do the speed check.
    NoEffect,
    /// PO: nobody catches the pop: single, runners +1.
    PopFallsIn,
    /// FO: catcher's interference: batter to 1st, runners advance only if forced.
    CatcherInterference,
    /// SI2: single, runners +2, the batter thrown out rounding 1st.
    BatterOutRounding,
    /// DO2: double, runners +2, then a hidden-ball trick retires the batter on 2nd.
    HiddenBallTrick,
    /// DO3: with runners on, outfielders collide: double, runners score; bases empty: the batter
    /// is out on appeal (missed 1st).
    CollisionOrMissedBase,
    /// TR3: inside-the-park home run.
    InsideTheParkHomeRun,
    /// F1: diving catch into the wall: out, every runner tags and moves up two.
    WallCatch,
    /// F2: catch; the runner from 3rd "scores" but is out on appeal for leaving early (no runner
    /// on 3rd or two outs: flyball B).
    LeftEarlyAppeal,
    /// F3: running catch; the lead runner is doubled off (bases empty or two outs: flyball C).
    LeadDoubledOff,
}

/// Base result → rare play. `#` results are converted before the rare-play lookup.
pub const RARE_PLAYS: [(XBase, RarePlay); 16] = [
    (XBase::G1, RarePlay::InterferenceDoublePlay),
    (XBase::G2, RarePlay::LinerOffPitcher),
    (XBase::G2Hash, RarePlay::LinerOffPitcher),
    (XBase::G3, RarePlay::LinerOffMound),
    (XBase::G3Hash, RarePlay::LinerOffMound),
    (XBase::SI1, RarePlay::RunnerHitByBall),
    (XBase::SPD, RarePlay::NoEffect),
    (XBase::PO, RarePlay::PopFallsIn),
    (XBase::FO, RarePlay::CatcherInterference),
    (XBase::SI2, RarePlay::BatterOutRounding),
    (XBase::DO2, RarePlay::HiddenBallTrick),
    (XBase::DO3, RarePlay::CollisionOrMissedBase),
    (XBase::TR3, RarePlay::InsideTheParkHomeRun),
    (XBase::F1, RarePlay::WallCatch),
    (XBase::F2, RarePlay::LeftEarlyAppeal),
    (XBase::F3, RarePlay::LeadDoubledOff),
];

/// The rare play of a base result.
pub fn rare_play_for(base: XBase) -> RarePlay {
    RARE_PLAYS
        .iter()
        .find(|(b, _)| *b == base)
        .map_or(RarePlay::NoEffect, |&(_, r)| r)
}
