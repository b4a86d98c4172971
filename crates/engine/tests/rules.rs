//! Scenario tests of the state machine in manual mode, where the test chooses every result.

use dugout_engine::{
    Action, DefensiveDecision, DiceSource, DiePurpose, Event, Game, Mode, OffenseView,
    OffensiveDecision, Phase, PlayOutcome, Position, RolledBy, RuleError, Side, Viewer, sample,
    visible_offense,
};
use dugout_model::{FieldPos, ResultCode, RuleSettings, TeamId};

/// Dice that always show 3: column 3 (batter's card), row 6, split 3 (never a WP/PB check).
struct Threes;
impl DiceSource for Threes {
    fn roll(&mut self, _sides: u8, _p: DiePurpose) -> u8 {
        3
    }
}

fn manual_game(settings: RuleSettings) -> Game {
    let league = sample::average_league(2);
    let mut setup =
        sample::setup_from_league(&league, TeamId(1), TeamId(2), Mode::Manual, settings).unwrap();
    setup.home.ai = false;
    setup.away.ai = false;
    Game::from_setup(setup).unwrap()
}

fn decide(game: &mut Game) {
    let d = Action::DefensiveDecision {
        side: game.fielding_side(),
        decision: DefensiveDecision::default(),
    };
    game.apply(d, &mut Threes).unwrap();
    let o = Action::OffensiveDecision {
        side: game.batting_side(),
        decision: OffensiveDecision::SWING_AWAY,
    };
    game.apply(o, &mut Threes).unwrap();
}

/// One plate appearance with the given result; returns the events of the outcome.
fn pa(game: &mut Game, code: ResultCode, loc: Option<FieldPos>) -> Vec<Event> {
    decide(game);
    let roll = Action::RollDice {
        side: game.batting_side(),
        rolled_by: RolledBy::User("local:a".into()),
    };
    game.apply(roll, &mut Threes).unwrap();
    let roll_id = game.pending_roll().unwrap().roll_id;
    let out = Action::SubmitOutcome {
        side: game.batting_side(), // column 3 reads the batter's card
        roll_id,
        outcome: code.as_str().into(),
        hit_location: loc,
        error: None,
    };
    game.apply(out, &mut Threes).unwrap().events
}

fn three_up_three_down(game: &mut Game) {
    for _ in 0..3 {
        pa(game, ResultCode::Strikeout, None);
    }
}

#[test]
fn a_home_run_scores_and_the_order_moves_on() {
    let mut g = manual_game(RuleSettings::default());
    let leadoff = g.batter().id;
    let events = pa(&mut g, ResultCode::Homerun, None);
    assert_eq!(g.score().away, 1);
    assert_ne!(g.batter().id, leadoff);
    assert_eq!(g.phase(), Phase::AwaitingDefensive);
    let Some(Event::PlayResolved { play }) = events.first() else {
        panic!("{events:?}")
    };
    assert_eq!(play.outcome, PlayOutcome::Code(ResultCode::Homerun));
    assert_eq!(play.rbi, 1);
    assert!(play.ab && play.pa);
    assert_eq!(play.rolls.len(), 1);
}

#[test]
fn phase_errors_use_the_protocol_codes() {
    let mut g = manual_game(RuleSettings::default());
    let bat = g.batting_side();
    let field = g.fielding_side();
    let err = |g: &mut Game, a: Action| g.apply(a, &mut Threes).unwrap_err().code();
    let roll = Action::RollDice {
        side: bat,
        rolled_by: RolledBy::Server,
    };
    assert_eq!(err(&mut g, roll.clone()), "wrong_phase");
    let off = Action::OffensiveDecision {
        side: bat,
        decision: OffensiveDecision::SWING_AWAY,
    };
    assert_eq!(err(&mut g, off.clone()), "wrong_phase");
    let def = Action::DefensiveDecision {
        side: bat,
        decision: DefensiveDecision::default(),
    };
    assert_eq!(err(&mut g, def), "forbidden");
    decide(&mut g);
    let sub = |side, roll_id, outcome: &str| Action::SubmitOutcome {
        side,
        roll_id,
        outcome: outcome.into(),
        hit_location: None,
        error: None,
    };
    let submit = |roll_id| sub(bat, roll_id, "STRIKEOUT");
    assert_eq!(
        err(&mut g, submit(dugout_engine::RollId(1))),
        "no_pending_roll"
    );
    g.apply(roll.clone(), &mut Threes).unwrap();
    assert_eq!(err(&mut g, roll), "roll_already_pending");
    let id = g.pending_roll().unwrap().roll_id;
    assert_eq!(
        err(&mut g, submit(dugout_engine::RollId(id.0 + 7))),
        "unknown_roll"
    );
    let wrong_side = sub(field, id, "STRIKEOUT");
    assert_eq!(err(&mut g, wrong_side), "forbidden");
    let no_loc = sub(bat, id, "GROUNDBALL_A");
    assert_eq!(err(&mut g, no_loc), "invalid_outcome");
    let ibb = sub(bat, id, "INTENTIONAL_WALK");
    assert_eq!(err(&mut g, ibb), "invalid_outcome");
    let junk = sub(bat, id, "TRIPLE_PLAY");
    assert_eq!(err(&mut g, junk), "invalid_outcome");
    g.apply(submit(id), &mut Threes).unwrap();
    assert_eq!(g.outs(), 1);
}

#[test]
fn intentional_walk_is_applied_at_once() {
    let mut g = manual_game(RuleSettings::default());
    let batter = g.batter().id;
    let d = Action::DefensiveDecision {
        side: g.fielding_side(),
        decision: DefensiveDecision {
            intentional_walk: true,
            ..Default::default()
        },
    };
    let t = g.apply(d, &mut Threes).unwrap();
    assert!(matches!(t.events.last(), Some(Event::PlayResolved { .. })));
    assert_eq!(g.bases().first, Some(batter));
    let p = g.last_play().unwrap();
    assert!(p.stats.ibb && p.stats.bb && !p.ab);
    assert_eq!(g.phase(), Phase::AwaitingDefensive);
}

#[test]
fn walk_off_counts_only_the_winning_run_unless_homer() {
    let mut g = manual_game(RuleSettings::default());
    for _ in 0..8 {
        three_up_three_down(&mut g); // top
        three_up_three_down(&mut g); // bottom
    }
    three_up_three_down(&mut g); // top 9th
    assert_eq!((g.inning(), g.half()), (9, dugout_engine::Half::Bottom));
    for _ in 0..3 {
        pa(&mut g, ResultCode::Walk, None);
    }
    assert_eq!(g.bases().count(), 3);
    let events = pa(&mut g, ResultCode::Single2, None);
    assert!(g.is_over());
    assert_eq!(
        g.score().home,
        1,
        "only the winning run counts on a walk-off single"
    );
    assert_eq!(g.winner(), Some(Side::Home));
    assert!(matches!(events.last(), Some(Event::GameOver { .. })));
    let p = g.last_play().unwrap();
    assert_eq!(p.runs_scored, 1);
    assert_eq!(p.rbi, 1);
    let bs = g.box_score();
    assert!(bs.decisions.win.is_some() && bs.decisions.loss.is_some());
    let err = g
        .apply(
            Action::RollDice {
                side: Side::Home,
                rolled_by: RolledBy::Server,
            },
            &mut Threes,
        )
        .unwrap_err();
    assert_eq!(err, RuleError::GameOver);
}

/// A game tied going to the bottom of the 9th, home batting, nobody out.
fn tied_bottom_of_the_ninth() -> Game {
    let mut g = manual_game(RuleSettings::default());
    for _ in 0..8 {
        three_up_three_down(&mut g);
        three_up_three_down(&mut g);
    }
    three_up_three_down(&mut g);
    assert_eq!((g.inning(), g.half()), (9, dugout_engine::Half::Bottom));
    g
}

#[test]
fn a_walk_off_on_an_uncapped_hit_offers_no_try_to_the_trailing_runner() {
    let mut g = tied_bottom_of_the_ninth();
    pa(&mut g, ResultCode::Triple, None);
    pa(&mut g, ResultCode::Walk, None);
    assert!(g.bases().first.is_some() && g.bases().third.is_some());
    let batter = g.batter().id;
    // Without the walk-off the runner from 1st (now on 2nd) could try for 3rd.
    let events = pa(&mut g, ResultCode::SingleUncapped, Some(FieldPos::LF));
    assert!(g.is_over(), "the winning run ends the game at once");
    assert_eq!(g.phase(), Phase::GameOver);
    assert_eq!(g.outs(), 0);
    assert_eq!((g.score().home, g.score().away), (1, 0));
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::PhaseChanged { phase } if *phase == Phase::AwaitingRunnerDecision)),
        "no extra-base try after the walk-off: {events:?}"
    );
    assert!(matches!(events.last(), Some(Event::GameOver { .. })));
    let p = g.last_play().unwrap();
    assert_eq!((p.runs_scored, p.rbi, p.outs_recorded), (1, 1, 0));
    assert_eq!(p.stats.hit, 1);
    assert!(
        p.runner_moves
            .iter()
            .all(|m| m.to != dugout_engine::RunnerTo::Out),
        "nobody is out on a walk-off single: {:?}",
        p.runner_moves
    );
    let bs = g.box_score();
    let line = bs.batting[Side::Home]
        .iter()
        .find(|l| l.player_id == batter)
        .unwrap();
    assert_eq!((line.h, line.rbi), (1, 1));
}

#[test]
fn a_walk_off_double_from_third_is_credited_as_a_single() {
    // Official scoring 9.06(f): the batter gets only as many bases as the winning runner advanced.
    let mut g = tied_bottom_of_the_ninth();
    pa(&mut g, ResultCode::Triple, None);
    let batter = g.batter().id;
    pa(&mut g, ResultCode::Double2, None);
    assert!(g.is_over());
    let p = g.last_play().unwrap();
    assert_eq!(p.stats.hit, 1, "credited as a single");
    let batter_move = p.runner_moves.iter().find(|m| m.from == 0).unwrap();
    assert_eq!(batter_move.player_id, batter);
    assert_eq!(batter_move.to, dugout_engine::RunnerTo::Base(1));
    let bs = g.box_score();
    let line = bs.batting[Side::Home]
        .iter()
        .find(|l| l.player_id == batter)
        .unwrap();
    assert_eq!((line.h, line.doubles, line.rbi), (1, 0, 1));
}

#[test]
fn home_team_ahead_skips_the_bottom_of_the_ninth() {
    let mut g = manual_game(RuleSettings::default());
    for i in 0..9 {
        three_up_three_down(&mut g);
        if i == 0 {
            pa(&mut g, ResultCode::Homerun, None);
        }
        if i < 8 {
            three_up_three_down(&mut g);
        }
    }
    assert!(g.is_over());
    assert_eq!(g.winner(), Some(Side::Home));
    assert_eq!(g.line_score().away.len(), 9);
    assert_eq!(g.line_score().home.len(), 8);
}

#[test]
fn extra_inning_runner_starts_on_second() {
    let settings = RuleSettings {
        extra_inning_runner: true,
        innings: 7,
        ..Default::default()
    };
    let mut g = manual_game(settings);
    for _ in 0..14 {
        three_up_three_down(&mut g);
    }
    assert_eq!(g.inning(), 8);
    let order = g.batting_order(Side::Away);
    let lead = usize::from(g.next_up(Side::Away));
    assert_eq!(g.bases().second, Some(order[(lead + 8) % 9].0));
    // His run is unearned.
    pa(&mut g, ResultCode::Single2, None);
    let p = g.last_play().unwrap();
    assert_eq!(p.runs_scored, 1);
    assert_eq!(p.earned_runs, 0);
}

#[test]
fn pinch_hitter_needs_a_position_and_nobody_returns() {
    let mut g = manual_game(RuleSettings::default());
    let bat = g.batting_side();
    if g.batting_order(bat)[0].1 == Position::DH {
        pa(&mut g, ResultCode::Strikeout, None); // a pinch hitter for the DH becomes the DH
    }
    let starter = g.batter().id;
    let bench: Vec<_> = g
        .roster_of(bat)
        .iter()
        .filter(|p| !p.is_pitcher() && g.available(bat, p.id))
        .map(|p| p.id)
        .collect();
    let t = g
        .apply(
            Action::PinchHitter {
                side: bat,
                entering: bench[0],
                exiting: starter,
            },
            &mut Threes,
        )
        .unwrap();
    assert!(matches!(t.events[0], Event::PlayerSubstituted { .. }));
    assert_eq!(g.batter().id, bench[0]);
    // The replaced player may not come back.
    let back = g.apply(
        Action::PinchHitter {
            side: bat,
            entering: starter,
            exiting: bench[0],
        },
        &mut Threes,
    );
    assert_eq!(back.unwrap_err().code(), "invalid_substitution");
    while g.batting_side() == bat {
        pa(&mut g, ResultCode::Strikeout, None);
    }
    // Now the away side takes the field with a PH in its order.
    let d = Action::DefensiveDecision {
        side: bat,
        decision: DefensiveDecision::default(),
    };
    assert_eq!(
        g.apply(d.clone(), &mut Threes).unwrap_err().code(),
        "invalid_substitution"
    );
    let order = g.batting_order(bat);
    let (_, pos) = order.iter().find(|(id, _)| *id == bench[0]).unwrap();
    assert_eq!(*pos, Position::PH);
    let open = FieldPos::ALL
        .into_iter()
        .find(|f| *f != FieldPos::P && !order.iter().any(|(_, p)| p.field() == Some(*f)))
        .unwrap();
    let mv = dugout_engine::Move {
        player_id: bench[0],
        position: Position::of(open),
        replaces_player_id: None,
        batting_slot: None,
    };
    let r = g.apply(
        Action::DefensiveReplacement {
            side: bat,
            moves: vec![mv],
        },
        &mut Threes,
    );
    match r {
        Ok(_) => {
            g.apply(d, &mut Threes).unwrap();
        }
        Err(e) => assert_eq!(e.code(), "invalid_substitution"),
    }
}

#[test]
fn three_batter_minimum_holds_a_new_pitcher() {
    let mut g = manual_game(RuleSettings::default());
    let field = g.fielding_side();
    let pitchers: Vec<_> = g
        .roster_of(field)
        .iter()
        .filter(|p| p.is_pitcher() && g.available(field, p.id))
        .map(|p| p.id)
        .collect();
    // The starter has faced nobody: he must face three batters first.
    let change = |id| Action::PitchingChange {
        side: field,
        entering: id,
    };
    assert_eq!(
        g.apply(change(pitchers[0]), &mut Threes)
            .unwrap_err()
            .code(),
        "invalid_substitution"
    );
    three_up_three_down(&mut g);
    three_up_three_down(&mut g);
    // He finished a half-inning: he may go now.
    g.apply(change(pitchers[0]), &mut Threes).unwrap();
    assert_eq!(g.pitcher().unwrap().id, pitchers[0]);
    assert_eq!(
        g.apply(change(pitchers[1]), &mut Threes)
            .unwrap_err()
            .code(),
        "invalid_substitution"
    );
}

#[test]
fn the_offense_is_hidden_from_the_fielding_side() {
    let mut g = manual_game(RuleSettings::default());
    decide(&mut g);
    let bat = g.batting_side();
    assert_eq!(
        visible_offense(&g, Viewer::Manager(bat)),
        OffenseView::Visible(Some(OffensiveDecision::SWING_AWAY))
    );
    assert_eq!(
        visible_offense(&g, Viewer::Manager(bat.other())),
        OffenseView::Hidden { hidden: true }
    );
    assert_eq!(
        visible_offense(&g, Viewer::Spectator),
        OffenseView::Hidden { hidden: true }
    );
}

#[test]
fn with_the_dh_no_pitcher_bats() {
    let g = manual_game(RuleSettings::default());
    for side in [Side::Home, Side::Away] {
        let p = g.pitcher_of(side).unwrap().id;
        assert!(g.batting_order(side).iter().all(|(id, _)| *id != p));
        assert!(
            g.batting_order(side)
                .iter()
                .any(|(_, pos)| *pos == Position::DH)
        );
    }
    let g = manual_game(RuleSettings {
        dh: false,
        ..Default::default()
    });
    for side in [Side::Home, Side::Away] {
        let p = g.pitcher_of(side).unwrap().id;
        assert!(
            g.batting_order(side)
                .iter()
                .any(|(id, pos)| *id == p && *pos == Position::P)
        );
    }
}

#[test]
fn a_double_play_has_no_rbi_and_counts_a_gidp() {
    let mut g = manual_game(RuleSettings::default());
    pa(&mut g, ResultCode::Walk, None);
    pa(&mut g, ResultCode::GroundballA, Some(FieldPos::SS));
    let p = g.last_play().unwrap();
    assert_eq!(p.outs_recorded, 2);
    assert!(p.stats.gidp && p.stats.dp);
    assert_eq!(p.rbi, 0);
    assert_eq!(g.outs(), 2);
    assert!(g.bases().is_empty());
}

#[test]
fn lineups_are_checked_with_every_reason() {
    let league = sample::average_league(2);
    let mut setup = sample::setup_from_league(
        &league,
        TeamId(1),
        TeamId(2),
        Mode::Auto,
        RuleSettings::default(),
    )
    .unwrap();
    setup.home.lineup.batting_order.pop();
    setup.away.lineup.batting_order[0].position = Position::C;
    let err = Game::from_setup(setup).unwrap_err();
    assert_eq!(err.code(), "invalid_lineup");
    let msg = err.to_string();
    assert!(
        msg.contains("home lineup") && msg.contains("away lineup"),
        "{msg}"
    );
}

#[test]
fn the_ai_weighs_a_try_with_the_outs_after_the_results_own_out() {
    let mut g = manual_game(RuleSettings::default());
    pa(&mut g, ResultCode::Strikeout, None);
    pa(&mut g, ResultCode::Double2, None);
    assert_eq!((g.outs(), g.bases().second.is_some()), (1, true));
    // FLYOUT_B: the batter is the second out; the runner on 2nd may try for 3rd.
    pa(&mut g, ResultCode::FlyoutB, Some(FieldPos::CF));
    assert_eq!(g.phase(), Phase::AwaitingRunnerDecision);
    assert_eq!(g.outs(), 1, "the play is not applied yet");
    assert_eq!(g.outs_before_pending_try(), Some(2));
    let choice = dugout_engine::ai::Manager::new(1).choose(&g).unwrap();
    assert!(
        choice.reason.contains("the 85% break-even"),
        "two outs after the flyout: {}",
        choice.reason
    );
}

/// Home leads 1-0 going to the top of `inning`; home brings in reliever 155 (R2, no closer
/// rating), who walks the leadoff batter.
fn reliever_walks_leadoff_man_in(inning: u8) -> Game {
    let mut g = manual_game(RuleSettings::default());
    three_up_three_down(&mut g);
    pa(&mut g, ResultCode::Homerun, None);
    three_up_three_down(&mut g);
    while g.inning() < inning {
        three_up_three_down(&mut g);
    }
    assert_eq!((g.inning(), g.half()), (inning, dugout_engine::Half::Top));
    let change = Action::PitchingChange {
        side: Side::Home,
        entering: dugout_model::PlayerId(155),
    };
    g.apply(change, &mut Threes).unwrap();
    assert!(!g.is_fatigued(Side::Home));
    pa(&mut g, ResultCode::Walk, None);
    g
}

#[test]
fn a_reliever_without_a_closer_rating_tires_on_his_first_walk_in_a_closer_situation() {
    // Reference §7.2 closer rule: leading in the 9th with the tying run at bat, C0.
    let g = reliever_walks_leadoff_man_in(9);
    assert!(g.is_fatigued(Side::Home));
    // The same walk in the 8th is no closer situation: an R2 reliever is not yet vulnerable.
    let g = reliever_walks_leadoff_man_in(8);
    assert!(!g.is_fatigued(Side::Home));
}

#[test]
fn the_ai_walks_the_batter_to_set_up_a_force_with_the_winning_run_on_second() {
    let mut g = tied_bottom_of_the_ninth();
    pa(&mut g, ResultCode::Double2, None);
    assert!(g.bases().second.is_some() && g.bases().first.is_none());
    let mut ai = dugout_engine::ai::Manager::new(1);
    let mut choice = ai.choose(&g).unwrap();
    while matches!(choice.action, Action::PitchingChange { .. }) {
        // The starter is tired after eight innings: the AI changes him first.
        g.apply(choice.action, &mut Threes).unwrap();
        choice = ai.choose(&g).unwrap();
    }
    let Action::DefensiveDecision { decision, .. } = &choice.action else {
        panic!("{choice:?}")
    };
    assert!(decision.intentional_walk, "{}", choice.reason);
    assert!(choice.reason.contains("intentional walk"));
    g.apply(choice.action, &mut Threes).unwrap();
    assert!(g.bases().first.is_some() && g.bases().second.is_some());
}

#[test]
fn the_ai_has_its_pitcher_bunt_the_runner_over_with_nobody_out() {
    let mut g = manual_game(RuleSettings {
        dh: false,
        ..RuleSettings::default()
    });
    // Top of the 3rd, the eighth batter walks with nobody out; the pitcher bats ninth.
    for _ in 0..5 {
        three_up_three_down(&mut g);
    }
    while !g.batter().is_pitcher() {
        pa(&mut g, ResultCode::Walk, None);
        if g.bases().count() == 3 {
            pa(&mut g, ResultCode::Homerun, None);
        }
    }
    assert!(g.bases().first.is_some() && g.bases().third.is_none() && g.outs() == 0);
    let d = Action::DefensiveDecision {
        side: g.fielding_side(),
        decision: DefensiveDecision::default(),
    };
    g.apply(d, &mut Threes).unwrap();
    let choice = dugout_engine::ai::Manager::new(1).choose(&g).unwrap();
    let Action::OffensiveDecision { decision, .. } = &choice.action else {
        panic!("{choice:?}")
    };
    assert_eq!(
        decision.action,
        dugout_engine::OffensiveAction::SacBunt,
        "{}",
        choice.reason
    );
    g.apply(choice.action, &mut Threes).unwrap();
}

/// protocol.md §1.4: automatic lineups (and AI seats) need the cards they read; a roster without
/// them (an SBA team) is named with the first player who lacks one.
#[test]
fn automatic_lineups_need_the_players_cards() {
    let league = sample::average_league(2);
    let team = league.teams[0].id;
    let mut roster: Vec<_> = league
        .players
        .iter()
        .filter(|p| p.team_id == team)
        .cloned()
        .collect();
    let settings = RuleSettings::default();
    assert_eq!(dugout_engine::lineup::missing_ratings(&roster), None);
    assert!(dugout_engine::lineup::auto_lineup(&roster, None, &settings).is_ok());
    let hitter = roster
        .iter_mut()
        .find(|p| p.active && p.pitching.is_none())
        .expect("a hitter");
    hitter.batting_card = None;
    let name = hitter.name.clone();
    let missing = dugout_engine::lineup::missing_ratings(&roster).expect("a missing card");
    assert!(missing.contains(&name), "{missing}");
    let refused = dugout_engine::lineup::auto_lineup(&roster, None, &settings)
        .expect_err("no automatic lineup without cards");
    assert!(
        refused.contains("ratings") && refused.contains(&name),
        "{refused}"
    );
    // The hitter gets his card back; now a pitcher without his pitching card is the one named.
    let card = league
        .players
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.batting_card.clone());
    if let Some(p) = roster.iter_mut().find(|p| p.name == name) {
        p.batting_card = card;
    }
    let pitcher = roster
        .iter_mut()
        .find(|p| p.active && p.pitching.is_some())
        .expect("a pitcher");
    if let Some(p) = pitcher.pitching.as_mut() {
        p.card = None;
    }
    let pitcher_name = pitcher.name.clone();
    let missing = dugout_engine::lineup::missing_ratings(&roster).expect("a missing card");
    assert!(
        missing.contains(&pitcher_name) && missing.contains("pitching card"),
        "{missing}"
    );
}
