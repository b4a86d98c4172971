//! Getting two managers into a fresh game: the one part that differs between Dugout and the
//! baseline.

use reqwest::header::{AUTHORIZATION, COOKIE, ORIGIN, SET_COOKIE};
use serde_json::{Value, json};

use crate::config::{Config, ServerKind};

/// The league the Dugout path plays in: the embedded sample league (every rating present, so
/// manual games never wait on unrated checks).
const DUGOUT_LEAGUE: &str = "mlb2023";

/// One manager's identity on the server.
#[derive(Debug, Clone)]
pub(crate) struct Login {
    /// What the socket sends as `auth: {token}`.
    pub(crate) token: String,
    /// The user's name (unique per slot and side).
    pub(crate) user: String,
}

/// A game ready to be played by `home` and `away`.
#[derive(Debug, Clone)]
pub(crate) struct ReadyGame {
    pub(crate) game_id: String,
}

/// A setup step failed.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// The HTTP request failed.
    #[error("{step}: {source}")]
    Http {
        /// Which step.
        step: &'static str,
        /// Why.
        #[source]
        source: reqwest::Error,
    },
    /// The server answered, but not as the protocol says.
    #[error("{step}: unexpected answer {answer}")]
    Protocol {
        /// Which step.
        step: &'static str,
        /// What came back.
        answer: String,
    },
}

/// Game setup for one run (shared by every slot).
#[derive(Debug, Clone)]
pub(crate) struct Setup {
    config: Config,
    http: reqwest::Client,
    /// Dugout: the sample league's team ids.
    teams: Vec<i64>,
}

impl Setup {
    /// Prepares setup (for Dugout: reads the league's teams with a throw-away login).
    pub(crate) async fn new(config: &Config, http: reqwest::Client) -> Result<Setup, SetupError> {
        let mut setup = Setup {
            config: config.clone(),
            http,
            teams: Vec::new(),
        };
        if config.server == ServerKind::Dugout {
            let login = setup.login("loadgen").await?;
            let path = format!("/api/leagues/{DUGOUT_LEAGUE}/teams");
            let teams = setup.get(&path, &login, "list teams").await?;
            setup.teams = teams
                .as_array()
                .map(|teams| {
                    teams
                        .iter()
                        .filter_map(|team| team["id"].as_i64())
                        .collect()
                })
                .unwrap_or_default();
            if setup.teams.len() < 2 {
                return Err(SetupError::Protocol {
                    step: "list teams",
                    answer: teams.to_string(),
                });
            }
        }
        Ok(setup)
    }

    /// Logs a user in. Baseline: the token is the user id. Dugout: local login (cookie), then an
    /// API token for the socket.
    pub(crate) async fn login(&self, user: &str) -> Result<Login, SetupError> {
        if self.config.server == ServerKind::Baseline {
            return Ok(Login {
                token: user.to_owned(),
                user: user.to_owned(),
            });
        }
        // The shared client has no cookie jar: the session cookie is carried over by hand, so
        // a run of thousands of users does not build (and load root certificates for) a client
        // per user.
        let origin = self.config.url.origin().ascii_serialization();
        let step = "local login";
        let answer = self
            .http
            .post(self.config.endpoint("/api/auth/local"))
            .header(ORIGIN, &origin)
            .json(&json!({"username": user}))
            .send()
            .await
            .map_err(|source| SetupError::Http { step, source })?;
        let cookies: Vec<String> = answer
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .filter_map(|value| value.split(';').next())
            .map(str::to_owned)
            .collect();
        check_status(step, answer).await?;
        let step = "issue token";
        let answer = self
            .http
            .post(self.config.endpoint("/api/auth/token"))
            .header(ORIGIN, &origin)
            .header(COOKIE, cookies.join("; "))
            .send()
            .await
            .map_err(|source| SetupError::Http { step, source })?;
        let body = check_status(step, answer).await?;
        let token = body["token"].as_str().ok_or_else(|| SetupError::Protocol {
            step,
            answer: body.to_string(),
        })?;
        Ok(Login {
            token: token.to_owned(),
            user: user.to_owned(),
        })
    }

    /// Creates a game for slot `slot` with `home` and `away` as its managers, ready to play.
    pub(crate) async fn create_game(
        &self,
        slot: u32,
        home: &Login,
        away: &Login,
    ) -> Result<ReadyGame, SetupError> {
        match self.config.server {
            ServerKind::Baseline => {
                let body = json!({"home_team_id": 1, "away_team_id": 2,
                                  "home_token": home.token, "away_token": away.token});
                let created = self.post("/api/games", None, &body, "create game").await?;
                Ok(ReadyGame {
                    game_id: game_id(&created)?,
                })
            }
            ServerKind::Dugout => {
                let count = self.teams.len();
                let home_team = self.teams[slot as usize % count];
                let away_team = self.teams[(slot as usize + 1) % count];
                let body = json!({"league_id": DUGOUT_LEAGUE, "home_team_id": home_team,
                                  "away_team_id": away_team, "mode": "manual",
                                  "home": "me", "away": "open"});
                let created = self
                    .post("/api/games", Some(home), &body, "create game")
                    .await?;
                let id = game_id(&created)?;
                let claim = json!({"side": "away"});
                self.post(
                    &format!("/api/games/{id}/claim"),
                    Some(away),
                    &claim,
                    "claim seat",
                )
                .await?;
                let auto = json!({"auto": true});
                for (side, login) in [("home", home), ("away", away)] {
                    let path = format!("/api/games/{id}/lineups/{side}");
                    self.post(&path, Some(login), &auto, "post lineup").await?;
                }
                Ok(ReadyGame { game_id: id })
            }
        }
    }

    async fn post(
        &self,
        path: &str,
        login: Option<&Login>,
        body: &Value,
        step: &'static str,
    ) -> Result<Value, SetupError> {
        let mut request = self.http.post(self.config.endpoint(path)).json(body);
        if let Some(login) = login {
            request = request.header(AUTHORIZATION, format!("Bearer {}", login.token));
        }
        let answer = request
            .send()
            .await
            .map_err(|source| SetupError::Http { step, source })?;
        check_status(step, answer).await
    }

    async fn get(
        &self,
        path: &str,
        login: &Login,
        step: &'static str,
    ) -> Result<Value, SetupError> {
        let answer = self
            .http
            .get(self.config.endpoint(path))
            .header(AUTHORIZATION, format!("Bearer {}", login.token))
            .send()
            .await
            .map_err(|source| SetupError::Http { step, source })?;
        check_status(step, answer).await
    }
}

fn game_id(created: &Value) -> Result<String, SetupError> {
    created["game_id"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| SetupError::Protocol {
            step: "create game",
            answer: created.to_string(),
        })
}

/// The JSON body of a 2xx answer (null when empty); anything else is a protocol error.
async fn check_status(step: &'static str, answer: reqwest::Response) -> Result<Value, SetupError> {
    let status = answer.status();
    let text = answer
        .text()
        .await
        .map_err(|source| SetupError::Http { step, source })?;
    if !status.is_success() {
        return Err(SetupError::Protocol {
            step,
            answer: format!("HTTP {status}: {text}"),
        });
    }
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(&text).map_err(|_| SetupError::Protocol { step, answer: text })
}
