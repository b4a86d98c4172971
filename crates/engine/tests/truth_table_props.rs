//! Property tests: whatever the result, situation and dice, advancement and fielding never panic
//! and conserve runners — every runner on base and the batter end exactly once (a base, home or
//! out), no two share a base, nobody moves backwards, outs never pass three, and the counts
//! (outs, runs, RBI) agree with the moves.

use dugout_engine::advance::{
    self, Dest, InfieldDepth, Movement, Situation, bases_of_code, resolve_try,
};
use dugout_engine::fielding::{self, ErrorLevel, Fielder, FieldingDice, XBase, XResult, x_check};
use dugout_model::{FieldPos, ResultCode};
use proptest::prelude::*;

fn rank(d: Dest) -> u8 {
    match d {
        Dest::Out => 0,
        Dest::Base(b) => b,
        Dest::Home => 4,
    }
}

/// Checks the invariants; `batter` = whether the batter must appear (not on a re-roll).
fn check_conserved(m: &Movement, s: &Situation, batter: bool) -> Result<(), TestCaseError> {
    let mut expected: Vec<u8> = (1..=3u8).rev().filter(|&b| s.occupied(b)).collect();
    if batter {
        expected.push(0);
    }
    let froms: Vec<u8> = m.moves.iter().map(|mv| mv.from).collect();
    prop_assert_eq!(&froms, &expected, "every runner once, lead first: {:?}", m);
    let mut on_base = [false; 3];
    for mv in &m.moves {
        match mv.to {
            Dest::Base(b) => {
                prop_assert!((1..=3).contains(&b), "bad base {:?}", m);
                prop_assert!(
                    !on_base[usize::from(b - 1)],
                    "two runners on {}: {:?}",
                    b,
                    m
                );
                on_base[usize::from(b - 1)] = true;
                prop_assert!(b >= mv.from, "runner went backwards: {:?}", m);
            }
            Dest::Home | Dest::Out => {}
        }
    }
    let outs = m.moves.iter().filter(|mv| mv.to == Dest::Out).count() as u8;
    let runs = m.moves.iter().filter(|mv| mv.to == Dest::Home).count() as u8;
    prop_assert_eq!(m.outs, outs, "{:?}", m);
    prop_assert_eq!(m.runs, runs, "{:?}", m);
    prop_assert!(s.outs + m.outs <= 3, "more than three outs: {:?}", m);
    prop_assert!(m.rbi <= m.runs, "{:?}", m);
    if m.double_play {
        prop_assert!(m.outs >= 2);
    }
    if s.outs + m.outs >= 3 {
        prop_assert!(
            m.offer.is_none() && !m.steal_attempt,
            "play after the third out: {:?}",
            m
        );
    }
    if let Some(o) = m.offer {
        let mv = m.move_of(o.runner_from);
        prop_assert_eq!(mv.map(|mv| mv.to), Some(Dest::Base(o.at)), "{:?}", m);
        prop_assert!(
            !s.is_held(o.runner_from),
            "held runner offered a try: {:?}",
            m
        );
        prop_assert_eq!(rank(o.target), o.at + 1);
        if let Dest::Base(t) = o.target {
            prop_assert!(
                !on_base[usize::from(t - 1)],
                "try into an occupied base: {:?}",
                m
            );
        }
    }
    Ok(())
}

fn any_code() -> impl Strategy<Value = ResultCode> {
    prop::sample::select(ResultCode::ALL.to_vec())
}

fn any_pos() -> impl Strategy<Value = FieldPos> {
    prop::sample::select(FieldPos::ALL.to_vec())
}

fn any_depth() -> impl Strategy<Value = InfieldDepth> {
    prop::sample::select(vec![
        InfieldDepth::Normal,
        InfieldDepth::InfieldIn,
        InfieldDepth::CornersIn,
    ])
}

prop_compose! {
    fn any_situation()(
        outs in 0u8..=3,
        obc in 0u8..=7,
        infield in any_depth(),
        hit_and_run in any::<bool>(),
        location in prop::option::of(any_pos()),
        held in any::<[bool; 3]>(),
    ) -> Situation {
        let bases = bases_of_code(obc);
        // Only occupied bases can be held (the protocol refuses the rest).
        let held = [held[0] && bases[0], held[1] && bases[1], held[2] && bases[2]];
        Situation { outs, bases, infield, hit_and_run, location, held }
    }
}

proptest! {
    // No regression files: the failing case is printed, and tests must not write into the tree.
    #![proptest_config(ProptestConfig {
        cases: 4000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn resolve_never_panics_and_conserves_runners(code in any_code(), s in any_situation()) {
        match advance::resolve(code, &s) {
            Ok(m) => {
                prop_assert!(s.outs <= 2);
                check_conserved(&m, &s, true)?;
                for attempt in [None, Some(true), Some(false)] {
                    let settled = resolve_try(&m, attempt);
                    prop_assert!(settled.offer.is_none());
                    let mut plain = s;
                    plain.held = [false; 3];
                    check_conserved(&settled, &plain, true)?;
                }
            }
            Err(_) => prop_assert!(
                s.outs > 2
                    || (s.hit_and_run && !s.bases[0])
                    || matches!(code, ResultCode::BpHomerun | ResultCode::BpSingle | ResultCode::XCheck)
                    || code.is_groundball(),
                "unexpected refusal"
            ),
        }
    }

    #[test]
    fn x_check_never_panics_and_conserves_runners(
        pos in any_pos(),
        range in 0u8..=6,
        error in 0u8..=100,
        d20 in 0u8..=21,
        d3d6 in 2u8..=19,
        d100 in 0u8..=101,
        s in any_situation(),
    ) {
        let dice = FieldingDice { d20, d3d6, d100 };
        let in_range = (1..=5).contains(&range) && (1..=20).contains(&d20)
            && (3..=18).contains(&d3d6) && (1..=100).contains(&d100);
        match x_check(Fielder { pos, range, error }, dice, &s) {
            Ok(x) => {
                prop_assert!(in_range && s.outs <= 2);
                prop_assert_eq!(x.pos, pos);
                prop_assert!(!matches!(x.base, XBase::G2Hash | XBase::G3Hash));
                if x.rare_play.is_some() {
                    prop_assert_eq!(x.error, ErrorLevel::None);
                }
                check_result(&x.result, &s)?;
            }
            Err(_) => prop_assert!(!in_range || s.outs > 2 || (s.hit_and_run && !s.bases[0])),
        }
    }

    #[test]
    fn manual_answers_never_panic(
        base in prop::sample::select(XBase::ALL.to_vec()),
        err in 0u8..=3,
        pos in any_pos(),
        s in any_situation(),
        passed_ball in any::<bool>(),
        safe in any::<bool>(),
    ) {
        let err = ErrorLevel::from_bases(err).unwrap();
        if let Ok(x) = fielding::final_outcome(base, err, pos, &s) {
            check_result(&x.result, &s)?;
        }
        if let Ok(x) = fielding::rare_outcome(base, pos, &s) {
            check_result(&x.result, &s)?;
        }
        if let Ok(r) = fielding::foul_pop_check(passed_ball, &s) {
            check_result(&r, &s)?;
        }
        if let Ok(m) = fielding::speed_check(safe, &s) {
            check_conserved(&m, &s, true)?;
        }
    }
}

fn check_result(r: &XResult, s: &Situation) -> Result<(), TestCaseError> {
    match r {
        XResult::Play(m) => check_conserved(m, s, true),
        XResult::Reroll(m) => {
            prop_assert_eq!(m.outs, 0);
            check_conserved(m, s, false)
        }
        XResult::SpeedCheck | XResult::PassedBallCheck => Ok(()),
    }
}

/// Every situation the protocol can produce (outs 0..=2, every base state, depth, location or
/// none, hit and run on or off, every held set of occupied bases).
fn all_situations() -> Vec<Situation> {
    let mut out = Vec::new();
    let locations: Vec<Option<FieldPos>> = std::iter::once(None)
        .chain(FieldPos::ALL.into_iter().map(Some))
        .collect();
    for outs in 0..=2u8 {
        for obc in 0..=7u8 {
            let bases = bases_of_code(obc);
            for infield in [
                InfieldDepth::Normal,
                InfieldDepth::InfieldIn,
                InfieldDepth::CornersIn,
            ] {
                for &location in &locations {
                    for hit_and_run in [false, true] {
                        for held_bits in 0..8u8 {
                            let held = [0, 1, 2].map(|i| held_bits & (1 << i) != 0);
                            if (0..3).any(|i| held[i] && !bases[i]) || (hit_and_run && !bases[0]) {
                                continue;
                            }
                            out.push(Situation {
                                outs,
                                bases,
                                infield,
                                hit_and_run,
                                location,
                                held,
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn exhaustive_resolve_conserves_runners() {
    let mut checked = 0usize;
    for s in all_situations() {
        for code in ResultCode::ALL {
            let Ok(m) = advance::resolve(code, &s) else {
                continue;
            };
            check_conserved(&m, &s, true).unwrap_or_else(|e| panic!("{code} {s:?}: {e}"));
            for attempt in [None, Some(true), Some(false)] {
                let settled = resolve_try(&m, attempt);
                let plain = Situation {
                    held: [false; 3],
                    ..s
                };
                check_conserved(&settled, &plain, true)
                    .unwrap_or_else(|e| panic!("{code} {s:?} try {attempt:?}: {e}"));
            }
            checked += 1;
        }
    }
    assert!(checked > 50_000, "only {checked} plays checked");
}

#[test]
fn exhaustive_fielding_answers_conserve_runners() {
    let mut checked = 0usize;
    for s in all_situations()
        .into_iter()
        .filter(|s| s.location.is_none())
    {
        for pos in FieldPos::ALL {
            for base in XBase::ALL {
                for err in 0..=3 {
                    let err = ErrorLevel::from_bases(err).unwrap();
                    if let Ok(x) = fielding::final_outcome(base, err, pos, &s) {
                        check_result(&x.result, &s).unwrap_or_else(|e| {
                            panic!("{base}+E{} at {pos} {s:?}: {e}", err.bases())
                        });
                        checked += 1;
                    }
                }
                if let Ok(x) = fielding::rare_outcome(base, pos, &s) {
                    check_result(&x.result, &s)
                        .unwrap_or_else(|e| panic!("rare {base} at {pos} {s:?}: {e}"));
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10_000, "only {checked} outcomes checked");
}
