//! `GET /api/leagues`, teams and rosters.

use super::error::ApiError;
use crate::auth::extract::CurrentUser;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use dugout_protocol::ErrorCode;
use serde_json::{Value, json};

/// League routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/leagues", get(list))
        .route("/leagues/{league_id}/teams", get(teams))
        .route("/leagues/{league_id}/teams/{team_id}/roster", get(roster))
}

async fn list(State(state): State<AppState>, _user: CurrentUser) -> Json<Value> {
    let items: Vec<Value> = state
        .leagues()
        .list()
        .into_iter()
        .map(|(id, name)| json!({"id": id, "name": name}))
        .collect();
    Json(Value::Array(items))
}

async fn teams(
    State(state): State<AppState>,
    _user: CurrentUser,
    Path(league_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let teams = state
        .leagues()
        .teams(&league_id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "no such league"))?;
    let items: Vec<Value> = teams
        .iter()
        .map(|t| {
            json!({"id": t.id, "abbrev": t.abbrev, "sname": t.sname, "lname": t.lname,
                   "color": t.color, "dice_color": t.dice_color, "manager_ids": t.manager_ids})
        })
        .collect();
    Ok(Json(Value::Array(items)))
}

async fn roster(
    State(state): State<AppState>,
    _user: CurrentUser,
    Path((league_id, team_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let team_id: i64 = team_id
        .parse()
        .map_err(|_| ApiError::new(ErrorCode::NotFound, "no such team"))?;
    let players = state
        .leagues()
        .team_roster(&league_id, team_id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "no such team"))?;
    Ok(Json(
        serde_json::to_value(players).map_err(|e| ApiError::internal(&e))?,
    ))
}
