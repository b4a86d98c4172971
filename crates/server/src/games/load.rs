//! Bringing a stored game back: from its latest snapshot plus the log after it, or, when there
//! is no usable snapshot, by replaying the whole log from the setup.

use super::live::{LiveGame, Logged, StoredSetup};
use super::rosters::Rosters;
use super::{setup_doc, snapshot};
use dugout_store::{LoadedGame, Store, StoreError, StoredAction};
use uuid::Uuid;

/// Applies logged changes in order on top of `live` (their versions must follow its own).
///
/// # Errors
/// `StoreError::Corrupt` naming the change that does not replay.
pub fn replay(id: Uuid, live: &mut LiveGame, actions: &[StoredAction]) -> Result<(), StoreError> {
    for action in actions {
        let corrupt =
            |e: String| StoreError::Corrupt(format!("game {id} v{}: {e}", action.version));
        if action.version as u64 != live.version + 1 {
            return Err(corrupt(format!("follows version {}", live.version)));
        }
        let logged: Logged =
            serde_json::from_value(action.action.clone()).map_err(|e| corrupt(e.to_string()))?;
        let dice: Vec<u8> = match &action.dice {
            Some(d) => serde_json::from_value(d.clone()).map_err(|e| corrupt(e.to_string()))?,
            None => Vec::new(),
        };
        live.replay(&logged, &dice).map_err(corrupt)?;
        if let Some(action_id) = &action.action_id {
            live.replies.insert(
                (action.sender.clone(), action_id.clone()),
                action.reply.clone(),
            );
        }
    }
    Ok(())
}

/// The live game of a loaded record: snapshot + tail when the snapshot is usable, else the whole
/// log (read again from the store, since `loaded` holds only the tail). Rosters the setup names
/// by hash come through `rosters`' cache.
///
/// # Errors
/// Database failures; a setup or log that does not decode or replay (`StoreError::Corrupt`); a
/// roster hash the store does not hold (`StoreError::RosterNotFound`).
pub async fn live_game(
    store: &Store,
    rosters: &Rosters,
    id: Uuid,
    loaded: LoadedGame,
) -> Result<(LiveGame, StoredSetup), StoreError> {
    let setup = setup_doc::read(store, rosters, id, &loaded.game.setup).await?;
    if let Some(snap) = &loaded.snapshot {
        match snapshot::restore(&setup, snap) {
            Ok(mut live) => {
                replay(id, &mut live, &loaded.actions)?;
                return Ok((live, setup));
            }
            Err(e) => tracing::warn!(game_id = %id, version = snap.version, error = %e,
                                     "snapshot unusable; replaying the whole log"),
        }
    }
    let actions = match &loaded.snapshot {
        None => loaded.actions,
        Some(_) => store.actions_after(id, 0, u32::MAX).await?,
    };
    let mut live = LiveGame::new(setup.clone());
    replay(id, &mut live, &actions)?;
    Ok((live, setup))
}
