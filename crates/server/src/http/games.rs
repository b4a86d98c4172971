//! `/api/games*`: create, claim, lineups, state, plays, box score, list.

use super::body::JsonBody;
use super::error::ApiError;
use crate::auth::extract::CurrentUser;
use crate::games::command::Request;
use crate::games::handle::GameHandle;
use crate::games::live::{LiveGame, StoredSetup, StoredTeam};
use crate::games::setup_doc;
use crate::games::view::{Viewer, box_score, game_state};
use crate::leagues::Leagues;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use dugout_protocol::inbound::Side;
use dugout_protocol::inbound::http::{Claim, CreateGame, LineupRequest, Mode, Seat as WSeat};
use dugout_protocol::outbound::Reply;
use dugout_protocol::{ErrorCode, Refusal};
use dugout_store::{GameFilter, NewGame, Seat, Seats};
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

/// Game routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/games", get(list).post(create))
        .route("/games/{id}", get(state_of))
        .route("/games/{id}/claim", post(claim))
        .route("/games/{id}/lineups/{side}", post(lineup))
        .route("/games/{id}/plays", get(plays))
        .route("/games/{id}/box-score", get(box_score_of))
        .route("/games/{id}/export/sba", get(super::export::export_sba))
}

fn parse_id(id: &str) -> Result<Uuid, ApiError> {
    id.parse()
        .map_err(|_| ApiError::new(ErrorCode::GameNotFound, "no such game"))
}

async fn handle(state: &AppState, id: &str) -> Result<GameHandle, ApiError> {
    let id = parse_id(id)?;
    state
        .games()
        .get(id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::GameNotFound, "no such game"))
}

fn reply_result(reply: Reply) -> Result<u64, ApiError> {
    match reply.error {
        Some(e) => Err(ApiError(e)),
        None => Ok(reply.version.unwrap_or(0)),
    }
}

async fn create(
    State(state): State<AppState>,
    caller: CurrentUser,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    // protocol.md §1.4: `rate_limited` is checked first.
    state.limiters().game_created(&caller.user.id)?;
    let req = CreateGame::parse(&body)?;
    // The SBA league comes through its cache; what the game reads is snapshotted here.
    let league = state
        .leagues()
        .resolve(&req.league_id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "no such league"))?;
    let team = |id: i64| -> Result<dugout_model::Team, ApiError> {
        league
            .teams
            .iter()
            .find(|t| t.id == dugout_model::TeamId(id))
            .cloned()
            .ok_or_else(|| {
                ApiError::new(ErrorCode::NotFound, format!("no team {id} in this league"))
            })
    };
    let (home_team, away_team) = (team(req.home_team_id)?, team(req.away_team_id)?);
    // Rosters are shared, serialized and hashed once per league version, not per game.
    let rosters = state.games().rosters();
    let home_roster = rosters
        .prepare(&league, req.home_team_id)
        .await
        .map_err(|e| ApiError::internal(&e))?;
    let away_roster = rosters
        .prepare(&league, req.away_team_id)
        .await
        .map_err(|e| ApiError::internal(&e))?;
    let home = StoredTeam {
        team: home_team,
        roster: home_roster.players.clone(),
    };
    let away = StoredTeam {
        team: away_team,
        roster: away_roster.players.clone(),
    };
    if req.mode == Mode::Manual && req.home == WSeat::Ai && req.away == WSeat::Ai {
        return Err(ApiError::new(
            ErrorCode::InvalidPayload,
            "home: a manual game cannot have two AI seats",
        ));
    }
    let seat = |s: WSeat, t: &StoredTeam, field: &str| -> Result<Seat, ApiError> {
        Ok(match s {
            WSeat::Me => {
                if !Leagues::may_manage(&t.team, &caller.user.id) {
                    return Err(ApiError::new(
                        ErrorCode::Forbidden,
                        format!("{field}: you may not manage this team"),
                    ));
                }
                Seat::User(caller.user.id.clone())
            }
            WSeat::Open => Seat::Open,
            WSeat::Ai => {
                // The AI reads the cards (protocol.md §1.4): a league without them is played by
                // its managers.
                if let Some(missing) = dugout_engine::lineup::missing_ratings(&t.roster) {
                    return Err(ApiError::new(
                        ErrorCode::InvalidPayload,
                        format!("{field}: an AI seat needs the team's ratings ({missing})"),
                    ));
                }
                Seat::Ai
            }
        })
    };
    let home_seat = seat(req.home, &home, "home")?;
    let away_seat = seat(req.away, &away, "away")?;
    let mut settings_value =
        serde_json::to_value(league.league.settings).map_err(|e| ApiError::internal(&e))?;
    if let (Some(Value::Object(over)), Some(base)) = (&req.settings, settings_value.as_object_mut())
    {
        for (k, v) in over {
            base.insert(k.clone(), v.clone());
        }
    }
    let settings = serde_json::from_value(settings_value)
        .map_err(|e| ApiError::new(ErrorCode::InvalidPayload, format!("settings: {e}")))?;
    let setup = StoredSetup {
        league_id: req.league_id.clone(),
        mode: match req.mode {
            Mode::Manual => dugout_engine::Mode::Manual,
            Mode::Auto => dugout_engine::Mode::Auto,
        },
        settings,
        home,
        away,
        home_seat: home_seat.as_str().to_string(),
        away_seat: away_seat.as_str().to_string(),
    };
    let id = Uuid::new_v4();
    let live = LiveGame::new(setup.clone());
    let record = state
        .store()
        .create_game(&NewGame {
            id,
            league_id: req.league_id.clone(),
            mode: if req.mode == Mode::Manual {
                "manual"
            } else {
                "auto"
            }
            .into(),
            home_team_id: req.home_team_id,
            away_team_id: req.away_team_id,
            seats: Seats {
                home: home_seat,
                away: away_seat,
            },
            created_by: caller.user.id.clone(),
            setup: setup_doc::document(&setup, &home_roster.hash, &away_roster.hash)
                .map_err(|e| ApiError::internal(&e))?,
            rosters: rosters.unstored(&[&home_roster, &away_roster]),
            summary: crate::games::actor::summary(&live),
            initial_state: None,
        })
        .await?;
    rosters.stored(&[&home_roster, &away_roster]).await;
    // Announced before the actor starts, so no later change of the game can be overtaken.
    state.lobby().announce_record(state.io(), record).await;
    state.games().start(id, live, setup);
    tracing::info!(game_id = %id, user_id = %caller.user.id, "game created");
    Ok((
        StatusCode::CREATED,
        Json(json!({"game_id": id.to_string()})),
    ))
}

/// Sends `request` to the game as the caller; the new version, or the refusal as an HTTP error.
async fn send_as(
    state: &AppState,
    caller: &CurrentUser,
    game: Uuid,
    request: Request,
) -> Result<u64, ApiError> {
    let user = dugout_protocol::state::UserRef {
        id: caller.user.id.clone(),
        name: caller.user.name.clone(),
    };
    reply_result(state.games().send(game, user, request).await)
}

async fn claim(
    State(state): State<AppState>,
    caller: CurrentUser,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> Result<Json<Value>, ApiError> {
    let req = Claim::parse(&body)?;
    let gid = parse_id(&id)?;
    let version = send_as(&state, &caller, gid, Request::Claim { side: req.side }).await?;
    Ok(Json(
        json!({"game_id": gid.to_string(), "side": req.side, "version": version}),
    ))
}

async fn lineup(
    State(state): State<AppState>,
    caller: CurrentUser,
    Path((id, side)): Path<(String, String)>,
    JsonBody(body): JsonBody,
) -> Result<Json<Value>, ApiError> {
    let side = match side.as_str() {
        "home" => Side::Home,
        "away" => Side::Away,
        _ => return Err(ApiError::new(ErrorCode::NotFound, "side is home or away")),
    };
    let request = LineupRequest::parse(&body)?;
    let gid = parse_id(&id)?;
    let version = send_as(&state, &caller, gid, Request::Lineup { side, request }).await?;
    Ok(Json(
        json!({"game_id": gid.to_string(), "side": side, "version": version}),
    ))
}

async fn state_of(
    State(state): State<AppState>,
    caller: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let h = handle(&state, &id).await?;
    let p = h.snapshot();
    let viewer = Viewer::of_sides(&p.sides_of(&caller.user.id));
    let connected = |u: &str| state.games().presence().is_connected(p.id, u);
    let gs = game_state(&p, viewer, &connected);
    Ok(Json(
        serde_json::to_value(gs).map_err(|e| ApiError::internal(&e))?,
    ))
}

#[derive(Deserialize)]
struct PlaysQuery {
    after: Option<String>,
    limit: Option<String>,
}

fn query_int(v: &Option<String>, name: &str, default: u64, max: u64) -> Result<u64, ApiError> {
    match v {
        None => Ok(default),
        Some(s) => s.parse::<u64>().ok().filter(|n| *n <= max).ok_or_else(|| {
            ApiError(Refusal::new(
                ErrorCode::InvalidPayload,
                format!("{name}: must be an integer from 0 to {max}"),
            ))
        }),
    }
}

async fn plays(
    State(state): State<AppState>,
    _caller: CurrentUser,
    Path(id): Path<String>,
    Query(q): Query<PlaysQuery>,
) -> Result<Json<Value>, ApiError> {
    let after = query_int(&q.after, "after", 0, u64::from(u32::MAX))?;
    let limit = query_int(&q.limit, "limit", 500, 1000)?.max(1);
    let h = handle(&state, &id).await?;
    let p = h.snapshot();
    let plays: Vec<Value> = p
        .game
        .as_deref()
        .map(|g| {
            g.plays()
                .iter()
                .filter(|pl| u64::from(pl.play_no) > after)
                .take(limit as usize)
                .filter_map(|pl| serde_json::to_value(pl).ok())
                .collect()
        })
        .unwrap_or_default();
    Ok(Json(json!({"plays": plays})))
}

async fn box_score_of(
    State(state): State<AppState>,
    _caller: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let h = handle(&state, &id).await?;
    Ok(Json(box_score(&h.snapshot())))
}

#[derive(Deserialize)]
struct ListQuery {
    status: Option<String>,
    mine: Option<String>,
    limit: Option<String>,
    cursor: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    caller: CurrentUser,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let status = match q.status.as_deref() {
        None => None,
        Some("pending") => Some(dugout_store::GameStatus::Pending),
        Some("active") => Some(dugout_store::GameStatus::Active),
        Some("completed") => Some(dugout_store::GameStatus::Completed),
        Some(_) => {
            return Err(ApiError::new(
                ErrorCode::InvalidPayload,
                "status: must be one of active, pending, completed",
            ));
        }
    };
    let mine = matches!(q.mine.as_deref(), Some("true" | "1"));
    let limit = query_int(&q.limit, "limit", 50, 200)?.max(1) as u32;
    if q.cursor.as_ref().is_some_and(|c| c.len() > 200) {
        return Err(ApiError::new(ErrorCode::InvalidPayload, "cursor: too long"));
    }
    let page = state
        .store()
        .list_games(&GameFilter {
            status,
            user_id: mine.then(|| caller.user.id.clone()),
            limit,
            cursor: q.cursor.clone(),
        })
        .await
        .map_err(|e| match e {
            dugout_store::StoreError::InvalidCursor => ApiError::new(
                ErrorCode::InvalidPayload,
                "cursor: not a cursor of this list",
            ),
            other => ApiError::internal(&other),
        })?;
    let items = state
        .lobby()
        .items(state.store(), &page.games, &caller.user.id)
        .await;
    Ok(Json(
        json!({"games": items, "next_cursor": page.next_cursor}),
    ))
}
