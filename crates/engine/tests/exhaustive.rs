//! Exhaustive checks that the movement tables never refuse a situation the game can reach, so
//! `RuleError::Internal` (an engine bug) is unreachable: every fielding check any fielder can
//! roll, every rare play, every card result the engine resolves, and the speed and foul-pop
//! follow-ups, in every base/out/depth/hold/hit-and-run situation.

use dugout_engine::advance::{InfieldDepth, LocationKind, Situation, hit_location, resolve};
use dugout_engine::charts::range::chart_for;
use dugout_engine::fielding::{
    ErrorLevel, error_result, final_outcome, foul_pop_check, rare_outcome, speed_check,
};
use dugout_model::{FieldPos, Hand, ResultCode};

/// Every situation a play can start from (outs 0..=2; hit and run only with a runner on 1st).
fn situations() -> Vec<Situation> {
    let mut all = Vec::new();
    for outs in 0..=2u8 {
        for bases in 0..8u8 {
            let bases = [bases & 1 != 0, bases & 2 != 0, bases & 4 != 0];
            for infield in [
                InfieldDepth::Normal,
                InfieldDepth::InfieldIn,
                InfieldDepth::CornersIn,
            ] {
                for held in 0..8u8 {
                    let held = [
                        held & 1 != 0 && bases[0],
                        held & 2 != 0 && bases[1],
                        held & 4 != 0 && bases[2],
                    ];
                    for hit_and_run in [false, true] {
                        if hit_and_run && !bases[0] {
                            continue;
                        }
                        all.push(Situation {
                            outs,
                            bases,
                            infield,
                            hit_and_run,
                            location: None,
                            held,
                        });
                    }
                }
            }
        }
    }
    all
}

/// The error levels the error chart can give at `pos` (any rating, any 3d6).
fn reachable_errors(pos: FieldPos) -> Vec<ErrorLevel> {
    let mut out = Vec::new();
    for rating in 0..=dugout_engine::charts::error::max_rating(pos) {
        for d3d6 in 3..=18 {
            let e = error_result(pos, rating, d3d6).expect("3d6 in range");
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

#[test]
fn every_reachable_fielding_check_resolves() {
    let situations = situations();
    for pos in FieldPos::ALL {
        let errors = reachable_errors(pos);
        let mut bases = Vec::new();
        for row in chart_for(pos) {
            for cell in row {
                if !bases.contains(cell) {
                    bases.push(*cell);
                }
            }
        }
        for s in &situations {
            for &base in &bases {
                rare_outcome(base, pos, s)
                    .unwrap_or_else(|e| panic!("rare {base:?} at {pos} in {s:?}: {e}"));
                for &err in &errors {
                    final_outcome(base, err, pos, s)
                        .unwrap_or_else(|e| panic!("{base:?} {err:?} at {pos} in {s:?}: {e}"));
                }
            }
            if pos == FieldPos::C {
                for flag in [false, true] {
                    speed_check(flag, s).expect("speed check");
                    foul_pop_check(flag, s).expect("foul-pop check");
                }
            }
        }
    }
}

#[test]
fn every_card_result_resolves_with_the_locations_the_engine_gives_it() {
    let codes: Vec<ResultCode> = ResultCode::ALL
        .iter()
        .copied()
        .filter(|c| {
            !matches!(
                c,
                ResultCode::BpHomerun | ResultCode::BpSingle | ResultCode::XCheck
            )
        })
        .collect();
    for s in situations() {
        for &code in &codes {
            // Auto mode: a card result without a location gets one from the location d20.
            let mut locations = vec![None];
            if let Some(kind) = LocationKind::of(code) {
                for hand in [Hand::L, Hand::R] {
                    for d20 in 1..=20 {
                        locations.push(Some(hit_location(d20, hand, kind)));
                    }
                }
            }
            for location in locations {
                if location.is_none() && code.requires_location() {
                    continue; // drawn first (auto) or refused with invalid_outcome (manual)
                }
                let s = Situation { location, ..s };
                resolve(code, &s).unwrap_or_else(|e| panic!("{code} in {s:?}: {e}"));
            }
        }
    }
}
