//! Shared helpers for the engine's integration tests: random legal and illegal actions, and the
//! invariants every accepted action must keep.
#![allow(dead_code)]

use dugout_engine::{
    Action, Base, BaseSet, DefensiveDecision, Game, InfieldDepth, Move, OffensiveAction,
    OffensiveDecision, OutfieldDepth, Phase, Position, RollId, RolledBy, RunnerTo, Side,
    SplitMix64, ai,
};
use dugout_model::{FieldPos, PlayerId, ResultCode};

/// A random legal-looking action for the phase (it may still be refused; callers fall back to
/// the AI). Explores depths, holds, IBBs, steals, bunts, hit and run, tries and substitutions.
pub fn random_move(game: &Game, rng: &mut SplitMix64, manager: &mut ai::Manager) -> Action {
    let roll = |rng: &mut SplitMix64, n: u32| rng.below(n);
    let bat = game.batting_side();
    let field = game.fielding_side();
    match game.phase() {
        Phase::AwaitingDefensive => {
            if roll(rng, 25) == 0
                && let Some(a) = random_sub(game, field, rng)
            {
                return a;
            }
            let b = game.bases();
            let mut hold = BaseSet::EMPTY;
            for base in Base::OCCUPIABLE {
                if b.get(base).is_some() && roll(rng, 2) == 0 {
                    hold.insert(base);
                }
            }
            Action::DefensiveDecision {
                side: field,
                decision: DefensiveDecision {
                    infield_depth: [
                        InfieldDepth::Normal,
                        InfieldDepth::InfieldIn,
                        InfieldDepth::CornersIn,
                    ][roll(rng, 3) as usize],
                    outfield_depth: if roll(rng, 2) == 0 {
                        OutfieldDepth::Normal
                    } else {
                        OutfieldDepth::Shallow
                    },
                    hold_runners: hold,
                    intentional_walk: roll(rng, 30) == 0,
                },
            }
        }
        Phase::AwaitingOffensive => {
            if roll(rng, 20) == 0
                && let Some(a) = random_sub(game, bat, rng)
            {
                return a;
            }
            let action = [
                OffensiveAction::SwingAway,
                OffensiveAction::Steal,
                OffensiveAction::HitAndRun,
                OffensiveAction::SacBunt,
                OffensiveAction::SqueezeBunt,
            ][roll(rng, 5) as usize];
            let mut steal = BaseSet::EMPTY;
            if action == OffensiveAction::Steal {
                for t in [Base::Second, Base::Third, Base::Home] {
                    if roll(rng, 2) == 0 {
                        steal.insert(t);
                    }
                }
            }
            Action::OffensiveDecision {
                side: bat,
                decision: OffensiveDecision {
                    action,
                    steal_attempts: steal,
                },
            }
        }
        Phase::AwaitingRunnerDecision => Action::RunnerDecision {
            side: bat,
            send: roll(rng, 2) == 0,
        },
        Phase::AwaitingOutcome if roll(rng, 3) == 0 => {
            // A random (possibly impossible) card result.
            let roll_id = game.pending_roll().map(|r| r.roll_id).unwrap_or(RollId(0));
            let code = ResultCode::ALL[roll(rng, ResultCode::ALL.len() as u32) as usize];
            Action::SubmitOutcome {
                side: if roll(rng, 2) == 0 { bat } else { field },
                roll_id,
                outcome: code.as_str().to_string(),
                hit_location: Some(FieldPos::ALL[roll(rng, 9) as usize]),
                error: None,
            }
        }
        _ => match manager.choose(game) {
            Some(c) => c.action,
            None => Action::RollDice {
                side: bat,
                rolled_by: RolledBy::Server,
            },
        },
    }
}

/// A random substitution for `side` (pinch hitter, pinch runner, pitching change).
fn random_sub(game: &Game, side: Side, rng: &mut SplitMix64) -> Option<Action> {
    let bench: Vec<PlayerId> = game
        .roster_of(side)
        .iter()
        .filter(|p| game.available(side, p.id))
        .map(|p| p.id)
        .collect();
    if bench.is_empty() {
        return None;
    }
    let entering = bench[rng.below(bench.len() as u32) as usize];
    if side == game.fielding_side() {
        return Some(Action::PitchingChange { side, entering });
    }
    let b = game.bases();
    if rng.below(2) == 0
        && let Some(r) = b.first.or(b.second).or(b.third)
    {
        {
            return Some(Action::PinchRunner {
                side,
                entering,
                exiting: r,
            });
        }
    }
    Some(Action::PinchHitter {
        side,
        entering,
        exiting: game.batter().id,
    })
}

/// Any action at all, most of them illegal here: wrong side, wrong phase, unknown players,
/// impossible decisions, junk outcomes.
pub fn random_action(game: &Game, rng: &mut SplitMix64) -> Action {
    let side = if rng.below(2) == 0 {
        Side::Home
    } else {
        Side::Away
    };
    let pid = |rng: &mut SplitMix64| {
        let roster = game.roster_of(if rng.below(2) == 0 {
            Side::Home
        } else {
            Side::Away
        });
        if rng.below(5) == 0 {
            PlayerId(rng.below(100_000) as i64 - 50)
        } else {
            roster[rng.below(roster.len() as u32) as usize].id
        }
    };
    let base_set = |rng: &mut SplitMix64| {
        let mut s = BaseSet::EMPTY;
        for n in 1..=4 {
            if rng.below(3) == 0 {
                s.insert(Base::from_number(n).unwrap_or(Base::First));
            }
        }
        s
    };
    let positions = [
        Position::P,
        Position::C,
        Position::First,
        Position::Second,
        Position::Third,
        Position::SS,
        Position::LF,
        Position::CF,
        Position::RF,
        Position::DH,
        Position::PH,
        Position::PR,
    ];
    match rng.below(9) {
        0 => Action::DefensiveDecision {
            side,
            decision: DefensiveDecision {
                infield_depth: InfieldDepth::InfieldIn,
                outfield_depth: OutfieldDepth::Normal,
                hold_runners: base_set(rng),
                intentional_walk: rng.below(2) == 0,
            },
        },
        1 => Action::OffensiveDecision {
            side,
            decision: OffensiveDecision {
                action: [
                    OffensiveAction::SwingAway,
                    OffensiveAction::Steal,
                    OffensiveAction::HitAndRun,
                    OffensiveAction::SacBunt,
                    OffensiveAction::SqueezeBunt,
                ][rng.below(5) as usize],
                steal_attempts: base_set(rng),
            },
        },
        2 => Action::RollDice {
            side,
            rolled_by: RolledBy::User("local:x".into()),
        },
        3 => {
            let junk = [
                "",
                "SAFE",
                "G7",
                "HOMERUN",
                "X_CHECK",
                "INTENTIONAL_WALK",
                "ADVANCE",
                "garbage",
            ];
            Action::SubmitOutcome {
                side,
                roll_id: if rng.below(2) == 0 {
                    game.pending_roll()
                        .map(|r| r.roll_id)
                        .unwrap_or(RollId(rng.below(50)))
                } else {
                    RollId(rng.below(50))
                },
                outcome: junk[rng.below(junk.len() as u32) as usize].to_string(),
                hit_location: if rng.below(2) == 0 {
                    None
                } else {
                    Some(FieldPos::ALL[rng.below(9) as usize])
                },
                error: if rng.below(2) == 0 {
                    None
                } else {
                    Some(rng.below(6) as u8)
                },
            }
        }
        4 => Action::RunnerDecision {
            side,
            send: rng.below(2) == 0,
        },
        5 => Action::PinchHitter {
            side,
            entering: pid(rng),
            exiting: pid(rng),
        },
        6 => Action::PinchRunner {
            side,
            entering: pid(rng),
            exiting: pid(rng),
        },
        7 => Action::PitchingChange {
            side,
            entering: pid(rng),
        },
        _ => {
            let n = rng.below(4);
            let moves = (0..n)
                .map(|_| Move {
                    player_id: pid(rng),
                    position: positions[rng.below(positions.len() as u32) as usize],
                    replaces_player_id: if rng.below(2) == 0 {
                        None
                    } else {
                        Some(pid(rng))
                    },
                    batting_slot: if rng.below(3) == 0 {
                        Some(rng.below(12) as u8)
                    } else {
                        None
                    },
                })
                .collect();
            Action::DefensiveReplacement { side, moves }
        }
    }
}

/// The invariants every state between actions keeps.
pub fn check_invariants(game: &Game) {
    // Between plays, and after the game too: a third out ends the half-inning (outs back to 0)
    // and a walk-off ends the game before any trailing runner can make another out.
    assert!(game.outs() <= 2, "outs {}", game.outs());
    // Nobody in two places: runners are distinct and none of them is the batter.
    let b = game.bases();
    let on: Vec<PlayerId> = [b.first, b.second, b.third].into_iter().flatten().collect();
    for (i, r) in on.iter().enumerate() {
        assert!(!on[i + 1..].contains(r), "{r} is on two bases");
        if !game.is_over() {
            assert_ne!(*r, game.batter().id, "the batter is also a runner");
        }
        assert!(
            game.in_game(game.batting_side(), *r),
            "runner {r} is not in the game"
        );
    }
    // Score = sum of the plays' runs = line score = box score.
    let plays = game.plays();
    let mut runs = [0u32; 2];
    for p in plays {
        let side = p.half.batting();
        runs[usize::from(side == Side::Home)] += u32::from(p.runs_scored);
        let scored = p
            .runner_moves
            .iter()
            .filter(|m| m.to == RunnerTo::Base(4))
            .count() as u8;
        assert_eq!(scored, p.runs_scored, "play {} counts its runs", p.play_no);
        assert!(p.outs_recorded <= 3);
    }
    let score = game.score();
    assert_eq!(u32::from(score.away), runs[0]);
    assert_eq!(u32::from(score.home), runs[1]);
    let line = game.line_score();
    assert_eq!(
        line.away.iter().map(|x| u32::from(*x)).sum::<u32>(),
        runs[0]
    );
    assert_eq!(
        line.home.iter().map(|x| u32::from(*x)).sum::<u32>(),
        runs[1]
    );
    // Batting order advances by one per completed plate appearance.
    for side in [Side::Away, Side::Home] {
        let pa = plays
            .iter()
            .filter(|p| p.pa && p.half.batting() == side)
            .count();
        assert_eq!(
            usize::from(game.next_up(side)),
            pa % 9,
            "{side} batting order"
        );
    }
    if game.is_over() {
        assert_ne!(score.home, score.away, "no ties");
        let winner = game.winner().expect("a finished game has a winner");
        assert!(score[winner] > score[winner.other()]);
    }
}

/// Box-score checks that only hold once a game is complete (or at any time, for the totals).
pub fn check_box_score(game: &Game) {
    let bs = game.box_score();
    let score = game.score();
    assert_eq!(bs.totals.home.r, score.home);
    assert_eq!(bs.totals.away.r, score.away);
    assert_eq!(&bs.line_score, game.line_score());
    assert_eq!(bs.totals.home.h, game.hits().home);
    assert_eq!(bs.totals.away.h, game.hits().away);
    assert_eq!(bs.totals.home.e, game.errors().home);
    for side in [Side::Away, Side::Home] {
        let r: u16 = bs.batting[side].iter().map(|l| l.r).sum();
        assert_eq!(r, score[side], "{side} batting R");
        let pr: u16 = bs.pitching[side].iter().map(|l| l.r).sum();
        assert_eq!(pr, score[side.other()], "{side} pitching R");
        let h: u16 = bs.batting[side].iter().map(|l| l.h).sum();
        assert_eq!(h, bs.totals[side].h);
    }
    if game.is_over() {
        let d = &bs.decisions;
        let (w, l) = (
            d.win.expect("a winning pitcher"),
            d.loss.expect("a losing pitcher"),
        );
        let winner = game.winner().expect("winner");
        assert!(
            bs.pitching[winner].iter().any(|p| p.player_id == w),
            "W on the winning side"
        );
        assert!(
            bs.pitching[winner.other()].iter().any(|p| p.player_id == l),
            "L on the losing side"
        );
        if let Some(s) = d.save {
            assert!(bs.pitching[winner].iter().any(|p| p.player_id == s));
            assert_ne!(s, w);
        }
    }
}
