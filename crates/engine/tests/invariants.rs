//! Property tests: random legal action sequences keep every invariant, every game ends with a
//! winner, and replaying the action log reproduces the live game exactly.

mod common;

use common::{check_box_score, check_invariants, random_move};
use dugout_engine::{Game, LoggedAction, Mode, SeededDice, SplitMix64, ai, replay, sample};
use dugout_model::RuleSettings;
use proptest::prelude::*;

fn settings_from(bits: u8) -> RuleSettings {
    RuleSettings {
        innings: if bits & 1 == 0 { 9 } else { 7 },
        dh: bits & 2 == 0,
        extra_inning_runner: bits & 4 != 0,
        strict_positions: bits & 8 == 0,
        three_batter_minimum: bits & 16 == 0,
        wp_pb_checks: true,
        fatigue: bits & 32 == 0,
        injuries: bits & 64 != 0,
    }
}

/// Plays a whole game with a random policy (falling back to the AI when a random move is
/// refused), checking the invariants after each accepted action. Returns the game and its log.
fn play_random(seed: u64, mode: Mode, bits: u8) -> (Game, Vec<LoggedAction>) {
    let league = sample::average_league(2);
    let setup = sample::setup_from_league(
        &league,
        dugout_model::TeamId(1),
        dugout_model::TeamId(2),
        mode,
        settings_from(bits),
    )
    .expect("setup");
    let mut game = Game::from_setup(setup).expect("valid setup");
    let mut dice = SeededDice::new(seed);
    let mut rng = SplitMix64::new(seed ^ 0xABCD);
    let mut manager = ai::Manager::new(seed);
    let mut log = Vec::new();
    let mut steps = 0;
    while !game.is_over() {
        steps += 1;
        assert!(steps < 5_000, "the game does not end");
        let action = if rng.below(3) == 0 {
            random_move(&game, &mut rng, &mut manager)
        } else {
            manager.choose(&game).expect("the AI has a move").action
        };
        let before = game.clone();
        match game.apply_logged(action, &mut dice) {
            Ok((_, entry)) => log.push(entry),
            Err(_) => {
                assert_eq!(game, before, "a refused action changed the game");
                let fallback = manager.choose(&game).expect("the AI has a move").action;
                let (_, entry) = game
                    .apply_logged(fallback, &mut dice)
                    .expect("the AI's move is legal");
                log.push(entry);
            }
        }
        check_invariants(&game);
    }
    (game, log)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_auto_games_keep_the_invariants(seed in any::<u64>(), bits in any::<u8>()) {
        let (game, log) = play_random(seed, Mode::Auto, bits);
        check_box_score(&game);
        let replayed = replay(game.setup().clone(), &log).expect("the log replays");
        prop_assert_eq!(&replayed, &game);
    }

    #[test]
    fn random_manual_games_keep_the_invariants(seed in any::<u64>(), bits in any::<u8>()) {
        let (game, log) = play_random(seed, Mode::Manual, bits);
        check_box_score(&game);
        let replayed = replay(game.setup().clone(), &log).expect("the log replays");
        prop_assert_eq!(&replayed, &game);
    }
}

/// Found by the property test in CI: the AI sent a bench player rated at two open positions to
/// one of them and the pinch runner (a pitcher) to the other; the emergency rule must count the
/// bench player as used by the same request.
#[test]
fn ai_fills_two_holes_with_one_bench_player_rated_at_both() {
    let (game, log) = play_random(701_342_034_689_757_047, Mode::Auto, 64);
    check_box_score(&game);
    let replayed = replay(game.setup().clone(), &log).expect("the log replays");
    assert_eq!(replayed, game);
}
