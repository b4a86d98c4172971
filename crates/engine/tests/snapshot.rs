//! A serde snapshot of a game mid-play is the game: it round-trips through JSON to an equal game,
//! and the copy continues exactly as the original on the same remaining actions and dice.

mod common;

use common::random_move;
use dugout_engine::{
    Game, LoggedAction, Mode, Phase, ScriptedDice, SeededDice, SplitMix64, ai, replay, sample,
};
use proptest::prelude::*;

/// A whole game (random moves mixed with the AI's) and its action log.
fn logged_game(seed: u64, mode: Mode) -> (Game, Vec<LoggedAction>) {
    let mut game = Game::from_setup(sample::average_setup(seed, mode)).expect("valid setup");
    let mut dice = SeededDice::new(seed);
    let mut rng = SplitMix64::new(seed ^ 0x5EED);
    let mut manager = ai::Manager::new(seed);
    let mut log = Vec::new();
    while !game.is_over() {
        assert!(log.len() < 5_000, "the game does not end");
        let action = if rng.below(3) == 0 {
            random_move(&game, &mut rng, &mut manager)
        } else {
            manager.choose(&game).expect("the AI has a move").action
        };
        let entry = match game.apply_logged(action, &mut dice) {
            Ok((_, entry)) => entry,
            Err(_) => {
                let fallback = manager.choose(&game).expect("the AI has a move").action;
                game.apply_logged(fallback, &mut dice)
                    .expect("the AI's move is legal")
                    .1
            }
        };
        log.push(entry);
    }
    (game, log)
}

/// Cuts the log at `cut`, round-trips the game there through JSON, and plays the rest of the
/// log on the original and the copy side by side.
fn round_trip_and_continue(setup_game: &Game, log: &[LoggedAction], cut: usize) {
    let mut original = replay(setup_game.setup().clone(), &log[..cut]).expect("the log replays");
    let json = serde_json::to_string(&original).expect("a game serializes");
    let mut copy: Game = serde_json::from_str(&json).expect("a snapshot deserializes");
    assert_eq!(copy, original, "the snapshot at action {cut} is the game");
    assert_eq!(
        serde_json::to_string(&copy).expect("serializes"),
        json,
        "a snapshot re-serializes identically"
    );
    for (i, entry) in log[cut..].iter().enumerate() {
        let a = original.apply(
            entry.action.clone(),
            &mut ScriptedDice::new(entry.dice.clone()),
        );
        let b = copy.apply(
            entry.action.clone(),
            &mut ScriptedDice::new(entry.dice.clone()),
        );
        assert_eq!(a, b, "action {} after the cut at {cut}", cut + i);
        assert_eq!(copy, original, "state after action {}", cut + i);
    }
    assert!(copy.is_over());
    assert_eq!(copy.box_score(), original.box_score());
}

#[test]
fn snapshots_in_every_waiting_phase_continue_identically() {
    for mode in [Mode::Manual, Mode::Auto] {
        let (game, log) = logged_game(11, mode);
        // One cut in each phase the game passed through, plus the middle of the game.
        let mut seen: Vec<Phase> = Vec::new();
        let mut cuts = vec![log.len() / 2];
        let mut probe = Game::from_setup(game.setup().clone()).expect("valid setup");
        for (i, entry) in log.iter().enumerate() {
            if !seen.contains(&probe.phase()) {
                seen.push(probe.phase());
                cuts.push(i);
            }
            probe
                .apply(
                    entry.action.clone(),
                    &mut ScriptedDice::new(entry.dice.clone()),
                )
                .expect("the log replays");
        }
        if mode == Mode::Manual {
            assert!(
                seen.contains(&Phase::AwaitingOutcome),
                "a manual game waits for outcomes"
            );
        }
        for cut in cuts {
            round_trip_and_continue(&game, &log, cut);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn a_snapshot_anywhere_continues_identically(seed in any::<u64>(), at in 0.0f64..1.0, manual in any::<bool>()) {
        let mode = if manual { Mode::Manual } else { Mode::Auto };
        let (game, log) = logged_game(seed, mode);
        let cut = ((log.len() as f64) * at) as usize;
        round_trip_and_continue(&game, &log, cut.min(log.len()));
    }
}

/// The roster-less copy (what the server's snapshots store) is the game once its rosters are put
/// back into its JSON, and it carries no player.
#[test]
fn a_copy_without_rosters_is_the_game_with_its_rosters_put_back() {
    let (game, log) = logged_game(5, Mode::Manual);
    let original = replay(game.setup().clone(), &log[..log.len() / 2]).expect("the log replays");
    let slim = original.without_rosters();
    assert!(slim.setup().home.roster.is_empty() && slim.setup().away.roster.is_empty());
    let mut json = serde_json::to_value(&slim).expect("serializes");
    for (side, team) in [
        ("home", &original.setup().home),
        ("away", &original.setup().away),
    ] {
        json["setup"][side]["roster"] = serde_json::to_value(&team.roster).expect("serializes");
    }
    let back: Game = serde_json::from_value(json).expect("deserializes");
    assert_eq!(back, original);
    assert_eq!(back.plays().len(), original.plays().len());
}
