//! What a manager does next, from the latest state it saw: a pure function, so the turn logic is
//! unit-tested without a server.

use rand::Rng;
use serde_json::{Value, json};

/// One event to emit (without `game_id`, `expected_version` and `action_id`, added by the manager).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Move {
    /// Socket.IO event name.
    pub(crate) event: &'static str,
    /// Its payload fields.
    pub(crate) fields: Value,
}

/// Result codes a manual game accepts in any base/out state, with the hit location each needs
/// (rules.md §5.1), and how often to pick them (outs dominate, so games finish).
const OUTCOMES: &[(&str, Option<&str>, u32)] = &[
    ("STRIKEOUT", None, 30),
    ("GROUNDBALL_A", Some("SS"), 20),
    ("FLYOUT_B", Some("CF"), 15),
    ("WALK", None, 10),
    ("SINGLE_1", None, 12),
    ("DOUBLE_2", None, 8),
    ("HOMERUN", None, 5),
];

/// Whether the game is over (the manager stops).
pub(crate) fn is_over(state: &Value) -> bool {
    state["status"] == "completed" || state["phase"] == "game_over"
}

/// The state's version, if it has one.
pub(crate) fn version(state: &Value) -> Option<u64> {
    state["version"].as_u64()
}

/// The move `side` ("home" / "away") makes in `state`, if it is that side's turn.
pub(crate) fn next_move(state: &Value, side: &str, rng: &mut impl Rng) -> Option<Move> {
    if is_over(state) {
        return None;
    }
    let fielding = state["fielding_side"].as_str()?;
    let batting = state["batting_side"].as_str()?;
    match state["phase"].as_str()? {
        "awaiting_defensive" if side == fielding => Some(Move {
            event: "submit_defensive_decision",
            fields: json!({"decision": {
                "infield_depth": "normal",
                "outfield_depth": "normal",
                "hold_runners": [],
                "intentional_walk": false,
            }}),
        }),
        "awaiting_offensive" if side == batting => Some(Move {
            event: "submit_offensive_decision",
            fields: json!({"decision": {"action": "swing_away", "steal_attempts": []}}),
        }),
        // Either manager may roll; the batting side does, so exactly one of them tries.
        "awaiting_roll" if side == batting => Some(Move {
            event: "roll_dice",
            fields: json!({"roll_type": "ab"}),
        }),
        "awaiting_outcome" => outcome_move(state, side, batting, fielding, rng),
        "awaiting_runner_decision" if side == batting => Some(Move {
            event: "submit_runner_decision",
            fields: json!({"send": rng.random_bool(0.5)}),
        }),
        _ => None,
    }
}

/// The answer to the pending roll, if `side` is the one to give it.
fn outcome_move(
    state: &Value,
    side: &str,
    batting: &str,
    fielding: &str,
    rng: &mut impl Rng,
) -> Option<Move> {
    let roll = &state["pending_roll"];
    let roll_id = roll["roll_id"].as_str()?;
    let answerer = match (roll["answer_by"].as_str(), roll["card"].as_str()) {
        (Some(answer_by), _) => answer_by,
        (None, Some("pitcher")) => fielding,
        (None, _) => batting,
    };
    if side != answerer {
        return None;
    }
    let (outcome, location) = match roll["roll_type"].as_str() {
        Some("ab") | None => pick_outcome(rng),
        // Checks the league has no rating for (protocol.md §1.4): a plain, always-valid answer.
        Some("steal") => ("SAFE", None),
        Some("extra_base") => ("SAFE", None),
        Some("bunt") => ("SUCCESS", None),
        Some("wild_pitch" | "passed_ball") => ("NONE", None),
        Some(_) => ("FLYOUT_C", Some("CF")),
    };
    Some(Move {
        event: "submit_manual_outcome",
        fields: json!({"roll_id": roll_id, "outcome": outcome, "hit_location": location}),
    })
}

fn pick_outcome(rng: &mut impl Rng) -> (&'static str, Option<&'static str>) {
    let total: u32 = OUTCOMES.iter().map(|(_, _, weight)| weight).sum();
    let mut ticket = rng.random_range(0..total);
    for &(code, location, weight) in OUTCOMES {
        if ticket < weight {
            return (code, location);
        }
        ticket -= weight;
    }
    ("STRIKEOUT", None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn state(phase: &str) -> Value {
        json!({"status": "active", "phase": phase, "version": 7,
               "batting_side": "away", "fielding_side": "home", "pending_roll": null})
    }

    fn rng() -> StdRng {
        StdRng::seed_from_u64(7)
    }

    #[test]
    fn each_phase_has_exactly_one_actor() {
        for phase in [
            "awaiting_defensive",
            "awaiting_offensive",
            "awaiting_roll",
            "awaiting_runner_decision",
        ] {
            let st = state(phase);
            let home = next_move(&st, "home", &mut rng());
            let away = next_move(&st, "away", &mut rng());
            assert!(
                home.is_some() != away.is_some(),
                "{phase}: {home:?} {away:?}"
            );
        }
        let defensive = next_move(&state("awaiting_defensive"), "home", &mut rng()).unwrap();
        assert_eq!(defensive.event, "submit_defensive_decision");
        assert_eq!(defensive.fields["decision"]["infield_depth"], "normal");
        let roll = next_move(&state("awaiting_roll"), "away", &mut rng()).unwrap();
        assert_eq!(
            (roll.event, roll.fields.clone()),
            ("roll_dice", json!({"roll_type": "ab"}))
        );
    }

    #[test]
    fn the_card_read_decides_who_submits_the_outcome() {
        let mut st = state("awaiting_outcome");
        st["pending_roll"] = json!({"roll_id": "r1", "roll_type": "ab", "card": "pitcher"});
        assert!(next_move(&st, "away", &mut rng()).is_none());
        let answer = next_move(&st, "home", &mut rng()).unwrap();
        assert_eq!(answer.event, "submit_manual_outcome");
        assert_eq!(answer.fields["roll_id"], "r1");
        st["pending_roll"]["card"] = json!("batter");
        assert!(next_move(&st, "home", &mut rng()).is_none());
        assert!(next_move(&st, "away", &mut rng()).is_some());
        st["pending_roll"] = json!({"roll_id": "r2", "roll_type": "steal", "answer_by": "home"});
        let steal = next_move(&st, "home", &mut rng()).unwrap();
        assert_eq!(steal.fields["outcome"], "SAFE");
    }

    #[test]
    fn outcomes_needing_a_location_carry_one() {
        let mut rng = rng();
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..2000 {
            let (code, location) = pick_outcome(&mut rng);
            seen.insert(code);
            let needs = code.starts_with("GROUNDBALL") || code.starts_with("FLYOUT");
            assert_eq!(location.is_some(), needs, "{code}");
        }
        assert_eq!(seen.len(), OUTCOMES.len(), "every outcome gets picked");
    }

    #[test]
    fn nothing_to_do_when_over_or_waiting() {
        let mut over = state("awaiting_defensive");
        over["status"] = json!("completed");
        assert!(is_over(&over));
        assert!(next_move(&over, "home", &mut rng()).is_none());
        assert!(next_move(&state("awaiting_lineups"), "home", &mut rng()).is_none());
        assert_eq!(version(&state("awaiting_roll")), Some(7));
    }
}
