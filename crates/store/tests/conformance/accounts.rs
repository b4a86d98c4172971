//! Users and API tokens.

use dugout_store::testing::TestBackend;
use dugout_store::{NewUser, StoreError};

use crate::helpers::fresh;

fn alice() -> NewUser {
    NewUser {
        id: "local:alice".into(),
        name: "Alice".into(),
        avatar_url: None,
    }
}

pub async fn users_upsert_and_get(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    assert!(store.get_user("local:alice").await.unwrap().is_none());
    let first = store.upsert_user(&alice()).await.unwrap();
    assert_eq!(
        (first.id.as_str(), first.name.as_str()),
        ("local:alice", "Alice")
    );

    let renamed = NewUser {
        name: "Alice B".into(),
        avatar_url: Some("https://example.invalid/a.png".into()),
        ..alice()
    };
    let second = store.upsert_user(&renamed).await.unwrap();
    assert_eq!(second.name, "Alice B");
    assert_eq!(second.avatar_url, renamed.avatar_url);
    assert_eq!(
        second.created_at, first.created_at,
        "first login time is kept"
    );
    assert_eq!(store.get_user("local:alice").await.unwrap(), Some(second));

    let discord = NewUser {
        id: "discord:123456789012345678".into(),
        name: "d".into(),
        avatar_url: None,
    };
    store.upsert_user(&discord).await.unwrap();
    assert_eq!(
        store.get_user(&discord.id).await.unwrap().unwrap().id,
        discord.id
    );
}

pub async fn tokens_verify_and_revoke(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    store.upsert_user(&alice()).await.unwrap();
    let token = store.create_token("local:alice", None).await.unwrap();
    let other = store.create_token("local:alice", None).await.unwrap();
    assert_ne!(token, other);

    let user = store
        .verify_token(&token)
        .await
        .unwrap()
        .expect("live token");
    assert_eq!(user.id, "local:alice");
    assert!(store.verify_token("not a token").await.unwrap().is_none());

    assert!(store.revoke_token(&token).await.unwrap());
    assert!(store.verify_token(&token).await.unwrap().is_none());
    assert!(
        !store.revoke_token(&token).await.unwrap(),
        "already revoked"
    );
    assert!(
        store.verify_token(&other).await.unwrap().is_some(),
        "others stay valid"
    );
}

pub async fn logout_revokes_the_session_tokens(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    store.upsert_user(&alice()).await.unwrap();
    let first = store.create_token("local:alice", Some("s1")).await.unwrap();
    let second = store.create_token("local:alice", Some("s1")).await.unwrap();
    let elsewhere = store.create_token("local:alice", Some("s2")).await.unwrap();

    assert_eq!(store.revoke_session_tokens("s1").await.unwrap(), 2);
    assert!(store.verify_token(&first).await.unwrap().is_none());
    assert!(store.verify_token(&second).await.unwrap().is_none());
    assert!(store.verify_token(&elsewhere).await.unwrap().is_some());
    assert_eq!(store.revoke_session_tokens("s1").await.unwrap(), 0);
}

pub async fn token_for_unknown_user_is_refused(backend: TestBackend) {
    let (_db, store) = fresh(backend).await;
    let error = store.create_token("local:nobody", None).await.unwrap_err();
    assert!(
        matches!(&error, StoreError::UserNotFound(id) if id == "local:nobody"),
        "{error:?}"
    );
}
