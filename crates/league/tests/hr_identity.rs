//! Players keep their identity in play: over a long simulation on the embedded league, the ten
//! batters whose cards give the most home runs per plate appearance still hit far more home runs
//! than the league (issue 5, data.md §3). Deterministic: fixed team pairs and seeds. Measured:
//! 0.047 HR/PA for the ten against 0.031 for the league (1.5×).

use dugout_engine::{Mode, sample, sim};
use dugout_league::embedded;
use dugout_model::{PlayerId, ResultCode, TeamId};
use std::collections::HashMap;
use std::sync::Arc;

/// Home-run chances (of 108) on a batting card, both sides averaged; a ballpark home run counts
/// half (a neutral park).
fn card_hr(card: &dugout_model::Card) -> f64 {
    let side = |s: &dugout_model::CardSide| -> f64 {
        s.chances_x20()
            .iter()
            .map(|(code, x20)| match code {
                ResultCode::Homerun => f64::from(*x20),
                ResultCode::BpHomerun => f64::from(*x20) / 2.0,
                _ => 0.0,
            })
            .sum::<f64>()
            / 20.0
    };
    (side(&card.vs_l) + side(&card.vs_r)) / 2.0
}

#[test]
fn top_home_run_hitters_stay_far_above_average() {
    let league = embedded::mlb2023();
    let mut by_rate: Vec<(f64, PlayerId)> = league
        .players
        .iter()
        .filter(|p| p.pitching.is_none())
        .filter_map(|p| p.batting_card.as_ref().map(|c| (card_hr(c), p.id)))
        .collect();
    by_rate.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let top: Vec<PlayerId> = by_rate.iter().take(10).map(|(_, id)| *id).collect();

    let teams: Vec<TeamId> = league.teams.iter().map(|t| t.id).collect();
    let mut setups = HashMap::new();
    let (mut pa, mut hr): (HashMap<PlayerId, u64>, HashMap<PlayerId, u64>) = Default::default();
    let (mut all_pa, mut all_hr) = (0u64, 0u64);
    for game in 0..600u64 {
        let n = teams.len() as u64;
        let home = teams[(game % n) as usize];
        let away = teams[((game % n + 1 + (game / n) % (n - 1)) % n) as usize];
        let setup = setups
            .entry((home, away))
            .or_insert_with(|| {
                Arc::new(
                    sample::setup_from_league(
                        league,
                        home,
                        away,
                        Mode::Auto,
                        league.league.settings,
                    )
                    .unwrap(),
                )
            })
            .clone();
        let played = sim::play_game(setup, 0xD06_0000 + game).unwrap();
        for play in played.plays() {
            let is_pa = u64::from(play.pa);
            let is_hr = u64::from(play.stats.hit == 4);
            all_pa += is_pa;
            all_hr += is_hr;
            *pa.entry(play.batter_id).or_default() += is_pa;
            *hr.entry(play.batter_id).or_default() += is_hr;
        }
    }
    let top_pa: u64 = top.iter().map(|id| pa.get(id).copied().unwrap_or(0)).sum();
    let top_hr: u64 = top.iter().map(|id| hr.get(id).copied().unwrap_or(0)).sum();
    let league_rate = all_hr as f64 / all_pa as f64;
    let top_rate = top_hr as f64 / top_pa as f64;
    assert!(top_pa >= 1000, "the top hitters batted {top_pa} times");
    assert!(
        top_rate > 1.4 * league_rate,
        "top-10 HR/PA {top_rate:.4} vs league {league_rate:.4}"
    );
}
