//! The games list (protocol.md §2) and its live feed: one games-list item per game and user,
//! shared by `GET /api/games` and the lobby's `game_listed` event, so both say the same.

use crate::games::published::Published;
use crate::leagues::Leagues;
use crate::realtime::connect::SocketUser;
use crate::realtime::rooms::LOBBY;
use dugout_model::{Team, TeamId};
use dugout_protocol::outbound::{event, inning_label};
use dugout_protocol::state::{GameStatus, Half};
use dugout_store::{GameListItem, GameRecord, GameSummary, Seats, Store};
use serde_json::{Value, json};
use socketioxide::SocketIo;
use socketioxide::extract::SocketRef;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// Regulation innings the engine uses when neither the game nor its league says otherwise.
const DEFAULT_INNINGS: u32 = 9;

/// Past this many remembered games the memo starts over (it is only a cache of the setups).
const REGULATIONS_MAX: usize = 100_000;

/// What the games list needs besides the store: the leagues (team names) and each game's
/// regulation innings (a game may override its league's, and `"Final/10"` depends on it).
#[derive(Clone, Debug)]
pub struct Lobby {
    leagues: Leagues,
    regulations: Arc<Mutex<HashMap<Uuid, u32>>>,
}

impl Lobby {
    /// The list over `leagues`.
    pub fn new(leagues: Leagues) -> Lobby {
        Lobby {
            leagues,
            regulations: Arc::default(),
        }
    }

    /// The leagues the items name teams from.
    pub fn leagues(&self) -> &Leagues {
        &self.leagues
    }

    fn remember(&self, id: Uuid, innings: u32) {
        let mut memo = self.regulations.lock().unwrap_or_else(|e| e.into_inner());
        if memo.len() >= REGULATIONS_MAX {
            memo.clear();
        }
        memo.insert(id, innings);
    }

    /// A game's regulation innings: from its setup (a game's setup never changes, so it is
    /// read once), else its league's.
    async fn regulation(&self, store: &Store, g: &GameListItem) -> u32 {
        if let Some(n) = self
            .regulations
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&g.id)
        {
            return *n;
        }
        match store.get_game(g.id).await {
            Ok(Some(record)) => {
                let n = setup_innings(&record.setup).unwrap_or(DEFAULT_INNINGS);
                self.remember(g.id, n);
                n
            }
            other => {
                if let Err(e) = other {
                    tracing::warn!(game_id = %g.id, error = %e, "reading a game's setup failed");
                }
                self.leagues
                    .get(&g.league_id)
                    .map_or(DEFAULT_INNINGS, |l| u32::from(l.league.settings.innings))
            }
        }
    }

    /// The items of `games` as `user_id` sees them, in the same order.
    pub async fn items(&self, store: &Store, games: &[GameListItem], user_id: &str) -> Vec<Value> {
        let mut teams: HashMap<&str, Option<Arc<Vec<Team>>>> = HashMap::new();
        let mut out = Vec::with_capacity(games.len());
        for g in games {
            if !teams.contains_key(g.league_id.as_str()) {
                let t = self.teams(&g.league_id).await;
                teams.insert(g.league_id.as_str(), t);
            }
            let league_teams = teams.get(g.league_id.as_str()).cloned().flatten();
            // Only a finished game's label ("Final" or "Final/10") depends on regulation.
            let regulation = if g.summary.status == dugout_store::GameStatus::Completed {
                self.regulation(store, g).await
            } else {
                DEFAULT_INNINGS
            };
            out.push(item(
                league_teams.as_deref().map(Vec::as_slice),
                g,
                regulation,
                user_id,
            ));
        }
        out
    }

    /// Sends `game_listed {item}` for a change the actor just committed (`p` is its snapshot)
    /// to every lobby subscriber, each with its own `my_side`; nothing when nobody is
    /// subscribed. The item is built from memory except the commit time, read from the change's
    /// log row: the store writes it in the same statement batch, with the same instant, as the
    /// game row's `updated_at` that the REST list shows (one small indexed read instead of the
    /// game row with its large setup document).
    pub async fn announce_change(&self, io: &SocketIo, store: &Store, p: &Published) {
        let sockets = io.to(LOBBY).sockets();
        if sockets.is_empty() {
            return;
        }
        let version = i64::try_from(p.version).unwrap_or(i64::MAX);
        let updated_at = match store.actions_after(p.id, version - 1, 1).await {
            Ok(actions) => match actions.first() {
                Some(a) if a.version == version => a.created_at,
                _ => return self.announce(io, store, p.id).await,
            },
            Err(e) => {
                tracing::warn!(game_id = %p.id, error = %e, "game_listed: reading the change failed");
                return;
            }
        };
        let setup = &p.setup;
        let row = GameListItem {
            id: p.id,
            league_id: setup.league_id.clone(),
            mode: match setup.mode {
                dugout_engine::Mode::Manual => "manual",
                dugout_engine::Mode::Auto => "auto",
            }
            .to_string(),
            home_team_id: setup.home.team.id.0,
            away_team_id: setup.away.team.id.0,
            seats: Seats {
                home: p.seats[0].clone(),
                away: p.seats[1].clone(),
            },
            version,
            summary: summary_of(p),
            created_at: updated_at,
            updated_at,
        };
        self.remember(p.id, u32::from(setup.settings.innings));
        self.emit(sockets, &row, u32::from(setup.settings.innings))
            .await;
    }

    /// Sends `game_listed {item}` for a game's stored row (a game just created, or a change
    /// whose log row could not be matched).
    pub async fn announce_record(&self, io: &SocketIo, record: GameRecord) {
        let sockets = io.to(LOBBY).sockets();
        if sockets.is_empty() {
            return;
        }
        let regulation = setup_innings(&record.setup).unwrap_or(DEFAULT_INNINGS);
        self.remember(record.id, regulation);
        self.emit(sockets, &list_row(record), regulation).await;
    }

    async fn announce(&self, io: &SocketIo, store: &Store, id: Uuid) {
        match store.get_game(id).await {
            Ok(Some(record)) => self.announce_record(io, record).await,
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(game_id = %id, error = %e, "game_listed: reading the game failed");
            }
        }
    }

    /// Renders `row` once and emits it to `sockets`, each with its user's `my_side`.
    async fn emit(&self, sockets: Vec<SocketRef>, row: &GameListItem, regulation: u32) {
        let teams = self.teams(&row.league_id).await;
        let base = item(teams.as_deref().map(Vec::as_slice), row, regulation, "");
        for socket in sockets {
            let Some(SocketUser(user)) = socket.extensions.get::<SocketUser>() else {
                continue;
            };
            let mut item = base.clone();
            item["my_side"] = json!(my_side(row, &user.id));
            let _ = socket.emit(event::GAME_LISTED, &json!({ "item": item }));
        }
    }
}

/// The list summary of a published game (what the actor stored with the change).
fn summary_of(p: &Published) -> GameSummary {
    crate::games::actor::summary_of(p.status, p.game.as_deref())
}

impl Lobby {
    /// A league's teams for naming them; a list still answers (with null names) while the SBA
    /// API is down with nothing cached.
    async fn teams(&self, league_id: &str) -> Option<Arc<Vec<Team>>> {
        match self.leagues.teams(league_id).await {
            Ok(t) => t,
            Err(e) => {
                tracing::warn!(league_id, error = %e, "team names unavailable for the games list");
                None
            }
        }
    }
}

fn setup_innings(setup: &Value) -> Option<u32> {
    setup
        .pointer("/settings/innings")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
}

fn list_row(r: GameRecord) -> GameListItem {
    GameListItem {
        id: r.id,
        league_id: r.league_id,
        mode: r.mode,
        home_team_id: r.home_team_id,
        away_team_id: r.away_team_id,
        seats: r.seats,
        version: r.version,
        summary: r.summary,
        created_at: r.created_at,
        updated_at: r.updated_at,
    }
}

fn my_side(g: &GameListItem, user_id: &str) -> Option<&'static str> {
    if g.seats.home.user_id() == Some(user_id) {
        Some("home")
    } else if g.seats.away.user_id() == Some(user_id) {
        Some("away")
    } else {
        None
    }
}

/// One games-list item (protocol.md §2) for `user_id`.
fn item(teams: Option<&[Team]>, g: &GameListItem, regulation: u32, user_id: &str) -> Value {
    let team = |id: i64, score: i32| {
        let t = teams.and_then(|ts| ts.iter().find(|t| t.id == TeamId(id)));
        json!({"team_id": id, "abbrev": t.map(|t| t.abbrev.clone()),
               "lname": t.map(|t| t.lname.clone()), "color": t.map(|t| t.color.clone()),
               "score": score})
    };
    let status = match g.summary.status {
        dugout_store::GameStatus::Pending => GameStatus::Pending,
        dugout_store::GameStatus::Active => GameStatus::Active,
        dugout_store::GameStatus::Completed => GameStatus::Completed,
    };
    let half = if g.summary.half == "bottom" {
        Half::Bottom
    } else {
        Half::Top
    };
    let inning = g.summary.inning.max(1) as u32;
    let updated = g
        .updated_at
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    json!({
        "game_id": g.id.to_string(), "league_id": g.league_id, "status": status, "mode": g.mode,
        "phase": g.summary.phase, "waiting_for": g.summary.waiting_for,
        "home": team(g.home_team_id, g.summary.home_score), "away": team(g.away_team_id, g.summary.away_score),
        "inning": inning, "half": half, "inning_label": inning_label(status, inning, half, regulation),
        "updated_at": updated, "my_side": my_side(g, user_id),
    })
}
