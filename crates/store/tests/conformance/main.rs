//! The store's conformance suite: every test runs against SQLite (a fresh temporary file) and
//! PostgreSQL (`TEST_DATABASE_URL`, a fresh schema per test), through the public API only.

mod accounts;
mod append;
mod games;
mod group_commit;
mod helpers;
mod rosters;

/// Tests run on Tokio's single-threaded runtime: the database work is still concurrent (many
/// connections, SQLite's worker threads), and task scheduling is FIFO, which makes "these appends
/// were all queued before the writer ran" a fact rather than a race.
///
/// Declares `$name` once per backend: `sqlite::$name` and `postgres::$name`, each calling
/// `$path(TestBackend)`.
macro_rules! both_backends {
    ($($name:ident => $path:path;)*) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    $path(dugout_store::testing::TestBackend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    $path(dugout_store::testing::TestBackend::Postgres).await;
                }
            )*
        }
    };
}

both_backends! {
    health_and_backend => crate::games::health_and_backend;
    create_and_load_round_trip => crate::games::create_and_load_round_trip;
    creating_a_taken_id_fails => crate::games::creating_a_taken_id_fails;
    unknown_game_is_not_found => crate::games::unknown_game_is_not_found;
    snapshot_shortens_the_replay => crate::games::snapshot_shortens_the_replay;
    list_pages_newest_first => crate::games::list_pages_newest_first;
    list_filters_by_status_and_user => crate::games::list_filters_by_status_and_user;
    bad_cursor_is_refused => crate::games::bad_cursor_is_refused;
    games_sharing_a_roster_store_it_once => crate::rosters::games_sharing_a_roster_store_it_once;
    a_game_loads_with_its_rosters => crate::rosters::a_game_loads_with_its_rosters;
    unknown_roster_hash_is_an_error => crate::rosters::unknown_roster_hash_is_an_error;
    a_failed_creation_stores_no_roster => crate::rosters::a_failed_creation_stores_no_roster;
    append_updates_summary_and_seats => crate::append::append_updates_summary_and_seats;
    duplicate_action_id_from_same_sender_is_refused => crate::append::duplicate_action_id_from_same_sender_is_refused;
    same_action_id_from_another_sender_is_a_new_key => crate::append::same_action_id_from_another_sender_is_a_new_key;
    version_conflict_writes_nothing => crate::append::version_conflict_writes_nothing;
    malformed_appends_are_refused => crate::append::malformed_appends_are_refused;
    racing_appends_of_one_version_have_one_winner => crate::append::racing_appends_of_one_version_have_one_winner;
    many_games_commit_in_order => crate::group_commit::many_games_commit_in_order;
    refusals_do_not_poison_a_batch => crate::group_commit::refusals_do_not_poison_a_batch;
    duplicate_in_a_batch_is_isolated => crate::group_commit::duplicate_in_a_batch_is_isolated;
    pipelined_appends_of_one_game_keep_their_order => crate::group_commit::pipelined_appends_of_one_game_keep_their_order;
    acknowledged_appends_survive_reopening => crate::group_commit::acknowledged_appends_survive_reopening;
    users_upsert_and_get => crate::accounts::users_upsert_and_get;
    tokens_verify_and_revoke => crate::accounts::tokens_verify_and_revoke;
    logout_revokes_the_session_tokens => crate::accounts::logout_revokes_the_session_tokens;
    token_for_unknown_user_is_refused => crate::accounts::token_for_unknown_user_is_refused;
}
