//! The SBA league API over HTTP (reference §14): `GET /v3/...` with a Bearer token, list answers
//! shaped `{count, <resource>: [...]}`. Every call has a timeout and a body size limit.

use super::{SbaConfig, SbaError};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// `GET /v3/current`.
#[derive(Debug, Clone, Deserialize)]
pub struct ApiCurrent {
    /// The league's current season.
    pub season: i32,
}

/// A team as the API returns it (only the fields Dugout uses; others are ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct ApiTeam {
    /// Team id.
    pub id: i64,
    /// `WV`, `WVMiL`, `WVIL`.
    pub abbrev: String,
    /// Short name.
    #[serde(default)]
    pub sname: Option<String>,
    /// Long name.
    #[serde(default)]
    pub lname: Option<String>,
    /// Hex colour, maybe with `#`.
    #[serde(default)]
    pub color: Option<String>,
    /// Hex dice colour.
    #[serde(default)]
    pub dice_color: Option<String>,
    /// First GM's Discord id.
    #[serde(default)]
    pub gmid: Option<DiscordId>,
    /// Second GM's Discord id.
    #[serde(default)]
    pub gmid2: Option<DiscordId>,
}

/// A Discord id: a JSON number in the league API, or a string in some payloads.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum DiscordId {
    /// As a number (u64 keeps all 64 bits, unlike a JSON float).
    Number(u64),
    /// As a string.
    Text(String),
}

impl DiscordId {
    /// Decimal digits, or `None` if it is not a Discord id.
    pub fn decimal(&self) -> Option<String> {
        match self {
            DiscordId::Number(0) => None,
            DiscordId::Number(n) => Some(n.to_string()),
            DiscordId::Text(s) => {
                let s = s.trim();
                (!s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.to_string())
                    .filter(|s| !s.trim_start_matches('0').is_empty())
            }
        }
    }
}

/// A player as the API returns it.
#[derive(Debug, Clone, Deserialize)]
pub struct ApiPlayer {
    /// Player id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Eligible positions `pos_1` … `pos_8` (`C`, `1B`, …, `DH`, `SP`, `RP`, `CP`, `P`).
    #[serde(default)]
    pub pos_1: Option<String>,
    /// Eligible position 2.
    #[serde(default)]
    pub pos_2: Option<String>,
    /// Eligible position 3.
    #[serde(default)]
    pub pos_3: Option<String>,
    /// Eligible position 4.
    #[serde(default)]
    pub pos_4: Option<String>,
    /// Eligible position 5.
    #[serde(default)]
    pub pos_5: Option<String>,
    /// Eligible position 6.
    #[serde(default)]
    pub pos_6: Option<String>,
    /// Eligible position 7.
    #[serde(default)]
    pub pos_7: Option<String>,
    /// Eligible position 8.
    #[serde(default)]
    pub pos_8: Option<String>,
    /// Pitcher injury rating (reference §2.3).
    #[serde(default)]
    pub pitcher_injury: Option<i64>,
}

impl ApiPlayer {
    /// `pos_1..pos_8` in order, skipping empty ones.
    pub fn positions(&self) -> impl Iterator<Item = &str> {
        [
            &self.pos_1,
            &self.pos_2,
            &self.pos_3,
            &self.pos_4,
            &self.pos_5,
            &self.pos_6,
            &self.pos_7,
            &self.pos_8,
        ]
        .into_iter()
        .filter_map(|p| p.as_deref())
        .map(str::trim)
        .filter(|p| !p.is_empty())
    }
}

#[derive(Deserialize)]
struct TeamList {
    #[serde(rename = "count")]
    _count: Option<u64>,
    teams: Vec<ApiTeam>,
}

#[derive(Deserialize)]
struct Roster {
    active: RosterPart,
}

#[derive(Deserialize)]
struct RosterPart {
    players: Vec<ApiPlayer>,
}

/// A thin HTTP client for the few read-only endpoints Dugout needs.
#[derive(Debug, Clone)]
pub struct SbaApi {
    http: reqwest::Client,
    config: SbaConfig,
}

impl SbaApi {
    /// A client with the configuration's timeouts.
    ///
    /// # Errors
    /// [`SbaError::Config`] for a bad base URL or a client that cannot be built.
    pub fn new(config: SbaConfig) -> Result<Self, SbaError> {
        config.check()?;
        let http = reqwest::Client::builder()
            .timeout(config.request_timeout)
            .connect_timeout(config.request_timeout)
            .user_agent(concat!("dugout/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SbaError::Config(format!("http client: {e}")))?;
        Ok(SbaApi { http, config })
    }

    /// `GET /v3/current`.
    ///
    /// # Errors
    /// Any [`SbaError`] of the call.
    pub async fn current(&self) -> Result<ApiCurrent, SbaError> {
        self.get("/v3/current").await
    }

    /// `GET /v3/teams?season=S`.
    ///
    /// # Errors
    /// Any [`SbaError`] of the call.
    pub async fn teams(&self, season: i32) -> Result<Vec<ApiTeam>, SbaError> {
        let list: TeamList = self.get(&format!("/v3/teams?season={season}")).await?;
        Ok(list.teams)
    }

    /// `GET /v3/teams/{id}/roster/current`: the active (major-league) roster.
    ///
    /// # Errors
    /// Any [`SbaError`] of the call.
    pub async fn roster(&self, team_id: i64) -> Result<Vec<ApiPlayer>, SbaError> {
        let roster: Roster = self
            .get(&format!("/v3/teams/{team_id}/roster/current"))
            .await?;
        Ok(roster.active.players)
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, SbaError> {
        let url = format!("{}{path}", self.config.base_url);
        let mut request = self.http.get(&url);
        if let Some(token) = &self.config.token {
            request = request.bearer_auth(token);
        }
        let transport = |e: reqwest::Error| {
            if e.is_timeout() {
                SbaError::Timeout {
                    path: path.to_string(),
                    timeout: self.config.request_timeout,
                }
            } else {
                SbaError::Unreachable {
                    path: path.to_string(),
                    detail: e.without_url().to_string(),
                }
            }
        };
        let mut response = request.send().await.map_err(transport)?;
        let status = response.status().as_u16();
        match status {
            200..=299 => {}
            401 | 403 => {
                return Err(SbaError::Unauthorized {
                    path: path.to_string(),
                    status,
                });
            }
            404 => {
                return Err(SbaError::NotFound {
                    path: path.to_string(),
                });
            }
            _ => {
                return Err(SbaError::Status {
                    path: path.to_string(),
                    status,
                });
            }
        }
        let limit = self.config.max_body_bytes;
        let too_large = || SbaError::Malformed {
            path: path.to_string(),
            detail: format!("body larger than {limit} bytes"),
        };
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if body.len() + chunk.len() > limit {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        serde_json::from_slice(&body).map_err(|e| SbaError::Malformed {
            path: path.to_string(),
            detail: e.to_string(),
        })
    }
}
