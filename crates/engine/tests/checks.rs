//! Fielding-check follow-ups in manual mode: the rare play of a manager's X-check answer, the
//! catcher's foul-pop passed-ball check and `SPD` check (rolled, or asked when a rating is
//! missing), a dropped foul pop's error, and GIDP credit.

use dugout_engine::{
    Action, DefensiveDecision, DiceSource, DiePurpose, Game, Mode, OffensiveDecision, Phase,
    PlayOutcome, RollKind, RolledBy, RunnerTo, sample,
};
use dugout_model::{FieldPos, ResultCode, RuleSettings, TeamId};

/// Split 3 (never a WP/PB check), column 3 (the batter's card), and a chosen rare-play d100.
struct Dice {
    d100: u8,
}
impl DiceSource for Dice {
    fn roll(&mut self, _sides: u8, purpose: DiePurpose) -> u8 {
        match purpose {
            DiePurpose::FieldingRare => self.d100,
            _ => 3,
        }
    }
}

/// A two-human manual game whose catchers and left fielders have no range/error/pb ratings (so an
/// X-check to C or LF is answered by the fielding manager), and whose players have no speed when `no_speed`.
fn game(no_speed: bool) -> Game {
    let league = sample::average_league(2);
    let mut setup = sample::setup_from_league(
        &league,
        TeamId(1),
        TeamId(2),
        Mode::Manual,
        RuleSettings::default(),
    )
    .unwrap();
    setup.home.ai = false;
    setup.away.ai = false;
    for team in [&mut setup.home, &mut setup.away] {
        for p in &mut team.roster {
            for r in &mut p.positions {
                if matches!(r.pos, FieldPos::C | FieldPos::LF) {
                    r.range = None;
                    r.error = None;
                    r.pb = None;
                }
            }
            if no_speed {
                p.running = None;
            }
        }
    }
    Game::from_setup(setup).unwrap()
}

fn submit(g: &mut Game, dice: &mut Dice, code: &str, loc: Option<FieldPos>, error: Option<u8>) {
    let roll = g.pending_roll().expect("a pending roll");
    let side = roll.answer_by.unwrap_or(g.batting_side());
    let a = Action::SubmitOutcome {
        side,
        roll_id: roll.roll_id,
        outcome: code.into(),
        hit_location: loc,
        error,
    };
    g.apply(a, dice).unwrap();
}

/// Decisions, the at-bat roll and the card result `code`.
fn pa(g: &mut Game, dice: &mut Dice, code: ResultCode, loc: Option<FieldPos>) {
    let d = Action::DefensiveDecision {
        side: g.fielding_side(),
        decision: DefensiveDecision::default(),
    };
    g.apply(d, dice).unwrap();
    let o = Action::OffensiveDecision {
        side: g.batting_side(),
        decision: OffensiveDecision::SWING_AWAY,
    };
    g.apply(o, dice).unwrap();
    roll(g, dice);
    submit(g, dice, code.as_str(), loc, None);
}

fn roll(g: &mut Game, dice: &mut Dice) {
    let r = Action::RollDice {
        side: g.batting_side(),
        rolled_by: RolledBy::User("local:a".into()),
    };
    g.apply(r, dice).unwrap();
}

/// An X-check to the catcher, waiting for the fielding side's base result.
fn x_check_to_catcher(g: &mut Game, dice: &mut Dice) {
    pa(g, dice, ResultCode::XCheck, Some(FieldPos::C));
    assert_eq!(g.phase(), Phase::AwaitingOutcome);
    let roll = g.pending_roll().unwrap();
    assert!(matches!(roll.kind, RollKind::Fielding { .. }));
    assert_eq!(roll.answer_by, Some(g.fielding_side()));
}

#[test]
fn a_manual_x_check_answer_on_d100_1_is_the_rare_play() {
    let mut g = game(false);
    let mut dice = Dice { d100: 1 };
    pa(&mut g, &mut dice, ResultCode::Walk, None);
    x_check_to_catcher(&mut g, &mut dice);
    // A rare play has no error.
    let roll = g.pending_roll().unwrap().clone();
    let with_error = Action::SubmitOutcome {
        side: g.fielding_side(),
        roll_id: roll.roll_id,
        outcome: "G1".into(),
        hit_location: None,
        error: Some(1),
    };
    assert_eq!(
        g.apply(with_error, &mut dice).unwrap_err().code(),
        "invalid_outcome"
    );
    submit(&mut g, &mut dice, "G1", None, Some(0));
    // G1's rare play: the runner from 1st interferes, he and the batter are out (GIDP).
    let p = g.last_play().unwrap();
    assert!(p.description.contains("rare play"), "{}", p.description);
    assert_eq!(p.outs_recorded, 2);
    assert!(p.stats.dp && p.stats.gidp);
    assert_eq!(g.outs(), 2);
    assert!(g.bases().first.is_none());
}

#[test]
fn a_catcher_foul_pop_with_runners_on_asks_for_the_passed_ball_without_pb() {
    let mut g = game(false);
    let mut dice = Dice { d100: 50 };
    pa(&mut g, &mut dice, ResultCode::Walk, None);
    let runner = g.bases().first.unwrap();
    let batter = g.batter().id;
    x_check_to_catcher(&mut g, &mut dice);
    submit(&mut g, &mut dice, "FO", None, Some(0));
    let roll = g.pending_roll().expect("the passed-ball check waits");
    assert!(
        matches!(roll.kind, RollKind::PassedBall { .. }),
        "{:?}",
        roll.kind
    );
    assert_eq!(roll.answer_by, Some(g.fielding_side()));
    submit(&mut g, &mut dice, "ADVANCE", None, None);
    let p = g.last_play().unwrap();
    assert_eq!(p.outcome, PlayOutcome::PassedBall);
    assert!(!p.pa && p.stats.pb);
    assert!(
        p.rolls
            .iter()
            .any(|r| matches!(r.kind, RollKind::PassedBall { .. }))
    );
    assert_eq!(g.bases().second, Some(runner));
    assert_eq!(g.batter().id, batter, "the batter stays up");
    // The other answer: no passed ball, the batter fouls out.
    x_check_to_catcher(&mut g, &mut dice);
    submit(&mut g, &mut dice, "FO", None, Some(0));
    submit(&mut g, &mut dice, "NONE", None, None);
    let p = g.last_play().unwrap();
    assert_eq!(p.outcome, PlayOutcome::Code(ResultCode::XCheck));
    assert_eq!(p.outs_recorded, 1);
}

#[test]
fn a_speed_check_without_the_batters_speed_asks_the_fielding_side() {
    let mut g = game(true);
    let mut dice = Dice { d100: 50 };
    x_check_to_catcher(&mut g, &mut dice);
    submit(&mut g, &mut dice, "SPD", None, Some(0));
    let roll = g.pending_roll().expect("the speed check waits");
    assert!(matches!(roll.kind, RollKind::Speed { .. }));
    assert_eq!(roll.answer_by, Some(g.fielding_side()));
    submit(&mut g, &mut dice, "SAFE", None, None);
    let p = g.last_play().unwrap();
    assert_eq!(p.stats.hit, 1, "safe on the speed check: a single");
    assert!(g.bases().first.is_some());
}

#[test]
fn a_dropped_foul_pop_charges_the_error_and_the_batter_stays_up() {
    let mut g = game(false);
    let mut dice = Dice { d100: 50 };
    let batter = g.batter().id;
    let field = g.fielding_side();
    x_check_to_catcher(&mut g, &mut dice);
    submit(&mut g, &mut dice, "FO", None, Some(1));
    let p = g.last_play().expect("the error is recorded on a play");
    assert_eq!((p.errors, p.error_on), (1, Some(FieldPos::C)));
    assert!(!p.pa && !p.ab);
    assert_eq!(p.outs_recorded, 0);
    assert!(p.runner_moves.iter().all(|m| m.to != RunnerTo::Out));
    assert_eq!(g.errors()[field], 1);
    assert_eq!(g.box_score().totals[field].e, 1);
    assert_eq!(g.batter().id, batter, "the batter stays up");
    assert_eq!(g.phase(), Phase::AwaitingRoll, "decisions kept, roll again");
    roll(&mut g, &mut dice);
    assert_eq!(g.phase(), Phase::AwaitingOutcome);
}

#[test]
fn the_ai_answers_an_unrated_outfielders_x_check_with_a_result_his_chart_has() {
    let mut g = game(false);
    let mut dice = Dice { d100: 50 };
    pa(&mut g, &mut dice, ResultCode::XCheck, Some(FieldPos::LF));
    assert_eq!(g.pending_x_check_position(), Some(FieldPos::LF));
    let choice = dugout_engine::ai::answer_check(&g).unwrap();
    g.apply(choice.action, &mut dice).unwrap();
    let p = g.last_play().unwrap();
    assert_eq!(p.outs_recorded, 1, "{}", p.description);
    assert_eq!(g.pending_x_check_position(), None);
}

/// A walk, then the batting side sends the runner (no steal ratings) to 2nd.
fn steal_without_ratings(g: &mut Game, dice: &mut Dice) {
    pa(g, dice, ResultCode::Walk, None);
    let d = Action::DefensiveDecision {
        side: g.fielding_side(),
        decision: DefensiveDecision::default(),
    };
    g.apply(d, dice).unwrap();
    let o = Action::OffensiveDecision {
        side: g.batting_side(),
        decision: OffensiveDecision {
            action: dugout_engine::OffensiveAction::Steal,
            steal_attempts: dugout_engine::BaseSet::of(&[dugout_engine::Base::Second]),
        },
    };
    g.apply(o, dice).unwrap();
    assert_eq!(g.phase(), Phase::AwaitingOutcome);
    let roll = g.pending_roll().unwrap();
    assert!(matches!(roll.kind, RollKind::Steal { .. }));
    assert_eq!(roll.answer_by, Some(g.batting_side()));
    assert_eq!(roll.runner_base, Some(dugout_engine::Base::First));
}

#[test]
fn a_steal_without_ratings_asks_the_batting_side_safe_out_or_stays() {
    let mut dice = Dice { d100: 50 };
    let mut g = game(true);
    steal_without_ratings(&mut g, &mut dice);
    let runner = g.bases().first.unwrap();
    let roll = g.pending_roll().unwrap().clone();
    let junk = Action::SubmitOutcome {
        side: g.batting_side(),
        roll_id: roll.roll_id,
        outcome: "ADVANCE".into(),
        hit_location: None,
        error: None,
    };
    assert_eq!(
        g.apply(junk, &mut dice).unwrap_err().code(),
        "invalid_outcome"
    );
    submit(&mut g, &mut dice, "SAFE", None, None);
    let p = g.last_play().unwrap();
    assert_eq!(p.outcome, PlayOutcome::StolenBase);
    assert_eq!(p.stats.sb, 1);
    assert_eq!(g.bases().second, Some(runner));
    assert_eq!(g.phase(), Phase::AwaitingDefensive);

    let mut g = game(true);
    steal_without_ratings(&mut g, &mut dice);
    submit(&mut g, &mut dice, "OUT", None, None);
    assert_eq!(g.last_play().unwrap().outcome, PlayOutcome::CaughtStealing);
    assert_eq!((g.outs(), g.bases().first), (1, None));

    let mut g = game(true);
    steal_without_ratings(&mut g, &mut dice);
    let runner = g.bases().first;
    submit(&mut g, &mut dice, "STAYS", None, None);
    assert_eq!(g.last_play().unwrap().outcome, PlayOutcome::StealHeld);
    assert_eq!(g.phase(), Phase::AwaitingRoll, "the batter swings away");
    assert_eq!(g.bases().first, runner, "he stays on 1st");
    assert_eq!(g.outs(), 0);
}
