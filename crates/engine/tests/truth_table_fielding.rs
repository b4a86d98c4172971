//! Fielding checks (rules.md §8, reference §6): final outcomes per base result and error (§6.4),
//! `#` conversion (§6.3) and rare plays (§6.5) as a truth table, plus spot values of the range
//! (§6.2) and error (Appendix A) charts. Row format: see `truth_table_common.rs`.

#[path = "truth_table_common.rs"]
mod common;

use dugout_engine::advance::{AdvanceError, Dest, InfieldDepth, Situation};
use dugout_engine::fielding::{
    ErrorLevel, Fielder, FieldingDice, RarePlay, XBase, XResult, error_result, final_outcome,
    range_result, x_check,
};
use dugout_model::FieldPos;

const FIELDING: &str = r##"
# code           obc outs depth loc flags | moves       | outs runs rbi | extras
# Without error a groundball goes through the groundball chart, with the fielder's own depth.
X:G1@SS           1 0 N  SS -      | 1X 0X       | 2 0 0 | gb2 dp =G1
X:G2@2B           4 0 N  2B -      | 23 1X 01    | 1 0 0 | gb4 =G2
X:G3@3B           5 1 N  3B -      | 3H 12 0X    | 1 1 1 | gb3 =G3
X:G3@3B           5 1 CI 3B -      | 3H 12 0X    | 1 1 1 | gb3
X:G1@3B           3 0 CI 3B -      | 33 0X       | 1 0 0 | gb1
X:G1@SS           3 0 CI SS -      | 3H 0X       | 1 1 1 | gb3
X:G1@P            3 0 CI P  -      | 33 0X       | 1 0 0 | gb1
X:G1@C            7 0 IN C  -      | 3X 23 12 0X | 2 0 0 | gb10 dp
X:G2@P            6 0 N  P  -      | 33 22 0X    | 1 0 0 | gb5
X:G2@SS           6 0 N  SS -      | 3H 23 0X    | 1 1 1 | gb5
X:G1@SS           1 0 N  SS hnr    | 12 0X       | 1 0 0 | gb3
# "#" results: SI2 when the fielder plays in or holds a runner (1B R1, SS R2, 3B R3), else plain.
X:G2#@SS          1 0 N  SS -      | 1X 01       | 1 0 0 | gb4 =G2
X:G2#@SS          1 0 IN SS -      | 13 01       | 0 0 0 | 1B =SI2
X:G3#@3B          0 0 CI 3B -      | 01          | 0 0 0 | 1B =SI2
X:G3#@1B          0 0 CI 1B -      | 01          | 0 0 0 | 1B =SI2
X:G3#@SS          0 0 CI SS -      | 0X          | 1 0 0 | gb1 =G3
X:G3#@2B          0 0 CI 2B -      | 0X          | 1 0 0 | gb1 =G3
X:G2#@1B          1 0 N  1B h1     | 13 01       | 0 0 0 | 1B =SI2
X:G2#@SS          1 0 N  SS h1     | 1X 01       | 1 0 0 | gb4 =G2
X:G3#@SS          2 0 N  SS h2     | 2H 01       | 0 1 1 | 1B =SI2
X:G3#@3B          3 0 N  3B h3     | 3H 01       | 0 1 1 | 1B =SI2
X:G3#@3B          6 0 N  3B h2     | 3H 23 0X    | 1 1 1 | gb3 =G3
# Groundball + error: batter to 1st (E1) / 2nd (E2), runners +1 / +2; only what the error added
# is "on error" (unearned, no RBI).
X:G1+E1@SS        0 0 N  SS -      | 01*         | 0 0 0 | =G1
X:G1+E1@SS        1 0 N  SS -      | 12* 01*     | 0 0 0 |
X:G1+E1@SS        3 0 N  SS -      | 3H 01*      | 0 1 1 |
X:G1+E1@SS        3 0 IN SS -      | 3H* 01*     | 0 1 0 |
X:G2+E2@2B        7 1 N  2B -      | 3H 2H* 13* 02* | 0 2 1 |
X:G3+E1@3B        6 2 N  3B -      | 3H* 23* 01* | 0 1 0 |
# SI1 and the catcher's SPD.
X:SI1@SS          4 0 N  SS -      | 23 12 01    | 0 0 0 | 1B =SI1
X:SI1+E1@SS       4 0 N  SS -      | 2H* 13* 02* | 0 1 0 | 1B
X:SI1+E2@SS       5 0 N  SS -      | 3H 1H* 03*  | 0 2 1 | 1B
X:SI1@P           1 0 N  P  hnr    | 13 01       | 0 0 0 | 1B
X:SPD@C           1 0 N  C  -      | -           | 0 0 0 | spd =SPD
X:SPD+E1@C        1 0 N  C  -      | 13* 02*     | 0 0 0 | 1B
X:SPD+E2@C        2 1 N  C  -      | 2H* 03*     | 0 1 0 | 1B
# The catcher's PO and FO.
X:PO@C            2 0 N  C  -      | 22 0X       | 1 0 0 | =PO
X:PO@C            1 0 N  C  hnr    | 1X 0X       | 2 0 0 | dp
X:PO+E1@C         3 1 N  C  -      | 3H* 01*     | 0 1 0 |
X:PO+E2@C         4 2 N  C  -      | 2H* 1H* 02* | 0 2 0 |
X:FO@C            0 1 N  C  -      | 0X          | 1 0 0 | =FO
X:FO@C            1 1 N  C  -      | -           | 0 0 0 | pbcheck
X:FO+E1@C         1 1 N  C  -      | 11          | 0 0 0 | reroll
X:FO+E2@C         0 0 N  C  -      | -           | 0 0 0 | reroll
# Outfield hits with errors.
X:SI2@LF          4 0 N  LF -      | 2H 13 01    | 0 1 1 | 1B
X:SI2+E1@LF       4 0 N  LF -      | 2H 13 02*   | 0 1 1 | 1B
X:SI2+E2@LF       4 0 N  LF -      | 2H 1H* 03*  | 0 2 1 | 1B
X:SI2+E3@CF       1 0 N  CF -      | 1H* 03*     | 0 1 0 | 1B
X:DO2@CF          5 0 N  CF -      | 3H 13 02    | 0 1 1 | 2B
X:DO2+E1@CF       5 0 N  CF -      | 3H 1H* 03*  | 0 2 1 | 2B
X:DO2+E2@RF       1 0 N  RF -      | 1H* 03*     | 0 1 0 | 2B
X:DO2+E3@RF       1 0 N  RF -      | 1H* 0H*     | 0 2 0 | 2B
X:DO3@LF          1 1 N  LF -      | 1H 02       | 0 1 1 | 2B
X:DO3+E1@LF       1 1 N  LF -      | 1H 03*      | 0 1 1 | 2B
X:DO3+E2@LF       1 1 N  LF -      | 1H 0H*      | 0 2 1 | 2B
X:TR3@CF          7 2 N  CF -      | 3H 2H 1H 03 | 0 3 3 | 3B
X:TR3+E1@CF       0 0 N  CF -      | 0H*         | 0 1 0 | 3B
# Flyballs: F1/F2/F3 are flyouts A/B/C; with an error the batter reaches.
X:F1@LF           3 0 N  LF -      | 3H 0X       | 1 1 1 | =F1
X:F1+E1@LF        3 0 N  LF -      | 3H 01*      | 0 1 1 |
X:F1+E1@LF        3 2 N  LF -      | 3H* 01*     | 0 1 0 |
X:F2@RF           2 0 N  RF -      | 22 0X       | 1 0 0 | try23
X:F2@RF           6 1 N  RF -      | 3H 22 0X    | 1 1 1 | try23
X:F2+E2@RF        1 0 N  RF -      | 13* 02*     | 0 0 0 |
X:F3@CF           3 0 N  CF -      | 33 0X       | 1 0 0 |
X:F3+E3@CF        7 0 N  CF -      | 3H* 2H* 1H* 03* | 0 3 0 |
# Rare plays (d100 = 1).
R:G1@SS           1 0 N  SS -      | 1X 0X       | 2 0 0 | dp
R:G1@SS           5 0 N  SS -      | 33 1X 0X    | 2 0 0 | dp
R:G1@SS           2 0 N  SS -      | 22 0X       | 1 0 0 |
R:G2@2B           5 0 N  2B -      | 33 12 0X    | 1 0 0 |
R:G3@3B           6 0 N  3B -      | 3H 23 0X    | 1 1 1 |
R:G3@3B           6 2 N  3B -      | 33 22 0X    | 1 0 0 |
R:SI1@SS          5 0 N  SS -      | 33 1X 01    | 1 0 0 | 1B
R:SI1@SS          2 0 N  SS -      | 23 01       | 0 0 0 | 1B
R:SPD@C           1 0 N  C  -      | -           | 0 0 0 | spd
R:PO@C            3 0 N  C  -      | 3H 01       | 0 1 1 | 1B
R:FO@C            5 0 N  C  -      | 33 12 01    | 0 0 0 |
R:SI2@RF          4 0 N  RF -      | 2H 13 0X    | 1 1 1 | 1B
R:SI2@RF          4 2 N  RF -      | 2H 13 0X    | 1 1 1 | 1B
R:DO2@LF          1 0 N  LF -      | 13 0X       | 1 0 0 | 2B
R:DO3@LF          0 0 N  LF -      | 0X          | 1 0 0 |
R:DO3@LF          1 0 N  LF -      | 1H 02       | 0 1 1 | 2B
R:TR3@CF          2 0 N  CF -      | 2H 0H       | 0 2 2 | HR
R:F1@CF           4 0 N  CF -      | 2H 13 0X    | 1 1 1 |
R:F1@CF           4 2 N  CF -      | 22 11 0X    | 1 0 0 |
R:F2@RF           3 0 N  RF -      | 3X 0X       | 2 0 0 | dp
R:F2@RF           3 2 N  RF -      | 33 0X       | 1 0 0 |
R:F2@RF           2 0 N  RF -      | 22 0X       | 1 0 0 | try23
R:F3@LF           6 0 N  LF -      | 3X 22 0X    | 2 0 0 | dp
R:F3@LF           0 0 N  LF -      | 0X          | 1 0 0 |
R:G2#@SS          1 0 IN SS -      | 13 0X       | 1 0 0 | 1B =SI2
"##;

#[test]
fn fielding_truth_table() {
    let rows = common::check_table(FIELDING);
    assert!(rows >= 80, "only {rows} rows");
}

#[test]
fn range_chart_spot_values() {
    use FieldPos::*;
    use XBase::*;
    // (pos, range, d20, expected) read off reference §6.2.
    let spots = [
        (SS, 1, 1, G3Hash),
        (SS, 1, 2, G2Hash),
        (Second, 2, 6, G2Hash),
        (Third, 3, 9, G3),
        (First, 4, 12, G3),
        (SS, 5, 18, G2),
        (SS, 5, 20, G1),
        (LF, 1, 1, F1),
        (CF, 2, 4, F1),
        (RF, 3, 1, DO3),
        (CF, 5, 16, F1),
        (LF, 5, 19, F2),
        (C, 1, 7, PO),
        (C, 2, 2, SPD),
        (C, 5, 20, FO),
        (C, 4, 13, G2),
        (P, 1, 8, G2),
        (P, 5, 6, SI1),
        (P, 3, 13, G2),
    ];
    for (pos, range, d20, want) in spots {
        assert_eq!(
            range_result(pos, range, false, d20).unwrap(),
            want,
            "{pos} range {range} d20 {d20}"
        );
    }
    // Playing in reads one range worse, never past 5.
    assert_eq!(range_result(SS, 1, true, 2).unwrap(), SI1);
    assert_eq!(range_result(SS, 5, true, 1).unwrap(), SI2);
    assert_eq!(range_result(C, 1, true, 2).unwrap(), SPD);
    assert!(range_result(SS, 0, false, 1).is_err());
    assert!(range_result(SS, 6, false, 1).is_err());
    assert!(range_result(SS, 1, false, 21).is_err());
    assert!(range_result(SS, 1, false, 0).is_err());
}

#[test]
fn error_chart_spot_values() {
    use ErrorLevel::*;
    use FieldPos::*;
    // (pos, rating, 3d6, expected) read off Appendix A.
    let spots = [
        (P, 2, 3, E1),
        (P, 10, 3, E2),
        (P, 27, 3, E2),
        (P, 1, 3, None),
        (P, 45, 6, E1),
        (P, 50, 15, E2),
        (P, 30, 16, E2),
        (P, 49, 16, None),
        (C, 12, 3, E2),
        (C, 16, 7, E1),
        (C, 4, 18, E2),
        (C, 2, 18, E1),
        (First, 30, 16, E2),
        (First, 13, 17, E2),
        (First, 1, 17, E1),
        (Second, 68, 10, E1),
        (Second, 60, 16, E2),
        (Second, 52, 16, None),
        (Third, 56, 11, E2),
        (Third, 41, 13, E2),
        (Third, 44, 13, E1),
        (SS, 84, 3, E2),
        (SS, 72, 4, E2),
        (SS, 88, 16, E1),
        (SS, 70, 16, None),
        (LF, 16, 3, E3),
        (RF, 1, 3, E2),
        (LF, 20, 17, E3),
        (RF, 4, 18, E3),
        (RF, 15, 18, E1),
        (CF, 12, 3, E3),
        (CF, 10, 3, E2),
        (CF, 25, 6, E1),
        (CF, 20, 17, E3),
        (CF, 10, 9, None),
    ];
    for (pos, rating, d3d6, want) in spots {
        assert_eq!(
            error_result(pos, rating, d3d6).unwrap(),
            want,
            "{pos} rating {rating} 3d6 {d3d6}"
        );
    }
    // The source lists LF/RF rating 17 on 3d6 = 3 as both E1 and E3: the worse error wins.
    assert_eq!(error_result(LF, 17, 3).unwrap(), E3);
    assert!(error_result(SS, 10, 2).is_err());
    assert!(error_result(SS, 10, 19).is_err());
}

#[test]
fn error_charts_list_each_rating_once_per_row() {
    use dugout_engine::charts::error::{chart_for, listed, max_rating};
    for pos in FieldPos::ALL {
        for (i, row) in chart_for(pos).iter().enumerate() {
            for rating in 0..=max_rating(pos) {
                let hits = [row.e1, row.e2, row.e3]
                    .iter()
                    .filter(|r| listed(r, rating))
                    .count();
                let known_quirk =
                    matches!(pos, FieldPos::LF | FieldPos::RF) && i == 0 && rating == 17;
                assert!(
                    hits <= 1 || known_quirk,
                    "{pos} 3d6 {} rating {rating}",
                    i + 3
                );
            }
            for &(lo, hi) in row.e1.iter().chain(row.e2).chain(row.e3) {
                assert!(lo <= hi && hi <= max_rating(pos), "{pos} 3d6 {}", i + 3);
            }
        }
    }
}

#[test]
fn hash_results_only_on_the_infield_chart() {
    for pos in FieldPos::ALL {
        for d20 in 1..=20 {
            for range in 1..=5 {
                let b = range_result(pos, range, false, d20).unwrap();
                let infield = matches!(
                    pos,
                    FieldPos::First | FieldPos::Second | FieldPos::Third | FieldPos::SS
                );
                if matches!(b, XBase::G2Hash | XBase::G3Hash) {
                    assert!(infield, "{pos}");
                }
                if matches!(b, XBase::SPD | XBase::PO | XBase::FO) {
                    assert_eq!(pos, FieldPos::C);
                }
            }
        }
    }
}

#[test]
fn impossible_answers_are_refused() {
    let s = Situation::default();
    let refused = [
        (XBase::G1, ErrorLevel::E3, FieldPos::SS),
        (XBase::SI1, ErrorLevel::E3, FieldPos::SS),
        (XBase::PO, ErrorLevel::E3, FieldPos::C),
        (XBase::FO, ErrorLevel::E3, FieldPos::C),
        (XBase::PO, ErrorLevel::None, FieldPos::SS),
        (XBase::SPD, ErrorLevel::None, FieldPos::P),
        (XBase::G2Hash, ErrorLevel::None, FieldPos::C),
        (XBase::F1, ErrorLevel::None, FieldPos::SS),
        (XBase::G1, ErrorLevel::None, FieldPos::LF),
        (XBase::DO2, ErrorLevel::None, FieldPos::First),
    ];
    for (b, e, pos) in refused {
        assert!(
            final_outcome(b, e, pos, &s).is_err(),
            "{b} E{} at {pos}",
            e.bases()
        );
    }
    let three_outs = Situation {
        outs: 3,
        ..Situation::default()
    };
    assert_eq!(
        final_outcome(XBase::G1, ErrorLevel::None, FieldPos::SS, &three_outs),
        Err(AdvanceError::InningOver(3))
    );
}

#[test]
fn x_check_reads_range_then_error_then_outcome() {
    let s = Situation {
        bases: [true, false, false],
        ..Situation::default()
    };
    let ss = Fielder {
        pos: FieldPos::SS,
        range: 3,
        error: 88,
    };
    // d20 9 at range 3: G3; 3d6 = 16 with rating 88: E1 → batter to 1st on the error, the runner
    // to 2nd (where groundball C would have put him anyway, so not on the error).
    let x = x_check(
        ss,
        FieldingDice {
            d20: 9,
            d3d6: 16,
            d100: 2,
        },
        &s,
    )
    .unwrap();
    assert_eq!(
        (x.chart, x.base, x.error, x.rare_play),
        (XBase::G3, XBase::G3, ErrorLevel::E1, None)
    );
    let XResult::Play(m) = x.result else {
        panic!("{x:?}")
    };
    assert!(m.move_of(0).unwrap().on_error);
    assert!(!m.move_of(1).unwrap().on_error);
    assert_eq!(m.bases_after(), [true, true, false]);
    // Same d20 with the infield in: range 4 → G3#, which becomes SI2 for a fielder playing in.
    let s_in = Situation {
        infield: InfieldDepth::InfieldIn,
        ..s
    };
    let x = x_check(
        ss,
        FieldingDice {
            d20: 9,
            d3d6: 5,
            d100: 50,
        },
        &s_in,
    )
    .unwrap();
    assert_eq!(
        (x.chart, x.base, x.error),
        (XBase::G3Hash, XBase::SI2, ErrorLevel::None)
    );
    // d100 = 1: a rare play replaces the error lookup, whatever the 3d6.
    let x = x_check(
        ss,
        FieldingDice {
            d20: 9,
            d3d6: 16,
            d100: 1,
        },
        &s,
    )
    .unwrap();
    assert_eq!(
        (x.error, x.rare_play),
        (ErrorLevel::None, Some(RarePlay::LinerOffMound))
    );
    let XResult::Play(m) = x.result else {
        panic!("{x:?}")
    };
    assert_eq!(m.outs, 1);
    assert_eq!(m.move_of(1).unwrap().to, Dest::Base(2));
    assert!(
        x_check(
            ss,
            FieldingDice {
                d20: 9,
                d3d6: 16,
                d100: 0
            },
            &s
        )
        .is_err()
    );
    assert!(
        x_check(
            ss,
            FieldingDice {
                d20: 9,
                d3d6: 2,
                d100: 5
            },
            &s
        )
        .is_err()
    );
}
