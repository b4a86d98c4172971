//! Extra-base tries (rules.md §7) and auto-mode hit locations (§5.1) as small truth tables.

use dugout_engine::advance::{
    Dest, LocationKind, Situation, arm_counts, bases_of_code, hit_location, resolve, resolve_try,
    try_safe, try_target,
};
use dugout_model::{FieldPos, Hand, ResultCode};

/// speed, arm, penalty, target, d20s that are safe, d20s that are out.
type TryRow = (u8, i8, bool, i32, &'static [u8], &'static [u8]);

#[test]
fn try_targets_and_rolls() {
    // (speed, arm, penalty, target, safe on these d20s, out on these)
    let table: [TryRow; 7] = [
        (14, 0, false, 14, &[1, 14], &[15, 20]),
        (14, -3, false, 11, &[11], &[12]),
        (14, 2, true, 14, &[14], &[15]),
        (12, -2, true, 8, &[8], &[9]),
        (1, -3, true, -4, &[], &[1, 20]),
        (2, -2, false, 0, &[], &[1]),
        (19, 3, false, 22, &[1, 20], &[]),
    ];
    for (speed, arm, pen, target, safe, out) in table {
        assert_eq!(try_target(speed, arm, pen), target, "{speed} {arm} {pen}");
        for &d in safe {
            assert!(try_safe(target, d), "target {target} d20 {d}");
        }
        for &d in out {
            assert!(!try_safe(target, d), "target {target} d20 {d}");
        }
    }
    assert!(try_safe(20, 20));
    assert!(!try_safe(19, 20));
    assert!(arm_counts(Some(FieldPos::RF)));
    assert!(!arm_counts(Some(FieldPos::SS)));
    assert!(!arm_counts(Some(FieldPos::C)));
    assert!(!arm_counts(None));
}

fn sit(obc: u8, outs: u8, loc: FieldPos) -> Situation {
    Situation {
        outs,
        bases: bases_of_code(obc),
        location: Some(loc),
        ..Situation::default()
    }
}

#[test]
fn settling_a_try() {
    // FLYOUT_B, R2 and R3, 1 out: R3 scores on the fly; R2 tries for 3rd.
    let m = resolve(ResultCode::FlyoutB, &sit(6, 1, FieldPos::RF)).unwrap();
    assert_eq!((m.outs, m.runs, m.rbi), (1, 1, 1));
    let declined = resolve_try(&m, None);
    assert_eq!(declined.offer, None);
    assert_eq!(declined.move_of(2).unwrap().to, Dest::Base(2));
    let safe = resolve_try(&m, Some(true));
    assert_eq!(safe.move_of(2).unwrap().to, Dest::Base(3));
    assert_eq!((safe.outs, safe.runs, safe.rbi), (1, 1, 1));
    // Thrown out for the third out: the run the catch brought home still counts (movement first).
    let out = resolve_try(&m, Some(false));
    assert_eq!(out.move_of(2).unwrap().to, Dest::Out);
    assert_eq!(
        (out.outs, out.runs, out.rbi, out.double_play),
        (2, 1, 1, true)
    );

    // FLYOUT_BQ, R3, 0 outs: the try is the run.
    let m = resolve(ResultCode::FlyoutBq, &sit(3, 0, FieldPos::CF)).unwrap();
    let scored = resolve_try(&m, Some(true));
    assert_eq!((scored.outs, scored.runs, scored.rbi), (1, 1, 1));
    let out = resolve_try(&m, Some(false));
    assert_eq!((out.outs, out.runs, out.rbi), (2, 0, 0));

    // SINGLE_UNCAPPED, R2, 2 outs, to LF: R2 on 3rd tries to score with the −2.
    let m = resolve(ResultCode::SingleUncapped, &sit(2, 2, FieldPos::LF)).unwrap();
    let offer = m.offer.unwrap();
    assert_eq!(
        (offer.runner_from, offer.at, offer.target, offer.penalty_two),
        (2, 3, Dest::Home, true)
    );
    assert_eq!(offer.fielder, Some(FieldPos::LF));
    let scored = resolve_try(&m, Some(true));
    assert_eq!((scored.outs, scored.runs, scored.rbi), (0, 1, 1));
    let out = resolve_try(&m, Some(false));
    assert_eq!((out.outs, out.runs), (1, 0));
    assert_eq!(out.move_of(0).unwrap().to, Dest::Base(1));

    // DOUBLE_UNCAPPED, loaded: R3 and R2 score, R1 (on 3rd) tries; out makes the 3rd out but the
    // two runs stand.
    let m = resolve(ResultCode::DoubleUncapped, &sit(7, 2, FieldPos::CF)).unwrap();
    let out = resolve_try(&m, Some(false));
    assert_eq!((out.outs, out.runs, out.rbi), (1, 2, 2));

    // Groundball result 12 (R2, 0 outs, A): batter out, R2 may try for 3rd.
    let m = resolve(ResultCode::GroundballA, &sit(2, 0, FieldPos::SS)).unwrap();
    assert_eq!(m.groundball_result, Some(12));
    let out = resolve_try(&m, Some(false));
    assert_eq!((out.outs, out.double_play), (2, true));

    // Without an offer resolve_try changes nothing.
    let m = resolve(ResultCode::Single1, &sit(1, 0, FieldPos::CF)).unwrap();
    assert_eq!(resolve_try(&m, Some(true)), m);
}

#[test]
fn hit_locations() {
    // d20 1..=20 for a right-handed batter; a left-handed one is the mirror image.
    let ground_rh = [
        "3B", "SS", "3B", "SS", "3B", "SS", "3B", "SS", "3B", // 1-9 pull
        "2B", "SS", "2B", "SS", "2B", "SS", "2B", // 10-16 center (10 even)
        "2B", "1B", "2B", "1B", // 17-20 opposite
    ];
    let ground_lh = [
        "1B", "2B", "1B", "2B", "1B", "2B", "1B", "2B", "1B", //
        "SS", "2B", "SS", "2B", "SS", "2B", "SS", //
        "SS", "3B", "SS", "3B",
    ];
    let fly_rh = [
        "LF", "LF", "LF", "LF", "LF", "LF", "LF", "LF", "LF", //
        "CF", "CF", "CF", "CF", "CF", "CF", "CF", //
        "RF", "RF", "RF", "RF",
    ];
    let fly_lh = [
        "RF", "RF", "RF", "RF", "RF", "RF", "RF", "RF", "RF", //
        "CF", "CF", "CF", "CF", "CF", "CF", "CF", //
        "LF", "LF", "LF", "LF",
    ];
    for d20 in 1..=20u8 {
        let i = usize::from(d20 - 1);
        let at = |side, kind| hit_location(d20, side, kind).as_str();
        assert_eq!(
            at(Hand::R, LocationKind::Groundball),
            ground_rh[i],
            "RH gb {d20}"
        );
        assert_eq!(
            at(Hand::L, LocationKind::Groundball),
            ground_lh[i],
            "LH gb {d20}"
        );
        assert_eq!(
            at(Hand::R, LocationKind::Popout),
            ground_rh[i],
            "RH pop {d20}"
        );
        assert_eq!(at(Hand::R, LocationKind::Fly), fly_rh[i], "RH fly {d20}");
        assert_eq!(at(Hand::L, LocationKind::Fly), fly_lh[i], "LH fly {d20}");
    }
    assert_eq!(
        LocationKind::of(ResultCode::GroundballB),
        Some(LocationKind::Groundball)
    );
    assert_eq!(
        LocationKind::of(ResultCode::Lineout),
        Some(LocationKind::Fly)
    );
    assert_eq!(
        LocationKind::of(ResultCode::SingleUncapped),
        Some(LocationKind::Fly)
    );
    assert_eq!(
        LocationKind::of(ResultCode::Popout),
        Some(LocationKind::Popout)
    );
    assert_eq!(LocationKind::of(ResultCode::Walk), None);
}

#[test]
fn ground_double_plays() {
    let gidp = |code, obc, outs, loc| {
        resolve(code, &sit(obc, outs, loc))
            .unwrap()
            .grounded_into_double_play()
    };
    assert!(gidp(ResultCode::GroundballA, 1, 0, FieldPos::SS));
    assert!(gidp(ResultCode::GroundballA, 4, 1, FieldPos::Second));
    assert!(
        !gidp(ResultCode::GroundballA, 1, 2, FieldPos::SS),
        "one out only"
    );
    assert!(
        !gidp(ResultCode::GroundballB, 1, 0, FieldPos::SS),
        "force at 2nd, batter safe"
    );
    // Result 12 and a runner thrown out on the try: two outs, but not a GIDP.
    let m = resolve(ResultCode::GroundballA, &sit(2, 0, FieldPos::SS)).unwrap();
    let out = resolve_try(&m, Some(false));
    assert!(out.double_play && !out.grounded_into_double_play());
    // Hit-and-run lineout: a double play, not a GIDP.
    let s = Situation {
        hit_and_run: true,
        ..sit(1, 0, FieldPos::SS)
    };
    let m = resolve(ResultCode::Lineout, &s).unwrap();
    assert!(m.double_play && !m.grounded_into_double_play());
}
