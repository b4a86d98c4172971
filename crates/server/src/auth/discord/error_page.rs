//! A failed callback seen by a person: the callback is a top-level browser navigation from
//! Discord, so a browser (`Accept: text/html`) gets a small page with the message and a way back
//! instead of raw JSON. Same status code and message as the JSON answer.

use crate::http::error::ApiError;
use axum::http::HeaderMap;
use axum::http::header::{ACCEPT, CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

/// Whether the client asked for HTML (a browser navigation does; `fetch` and API clients do not).
pub fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

/// `err` as an HTML page.
pub fn render(err: ApiError) -> Response {
    let message = escape(&err.0.message);
    // The JSON response carries the status and counts the refusal in the metrics; keep both.
    let status = err.into_response().status();
    let body = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>Login failed · Dugout</title></head>\
         <body style=\"font-family:system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem\">\
         <h1>Login failed</h1><p>{message}</p>\
         <p><a href=\"/api/auth/login\">Try again</a> · <a href=\"/\">Back to Dugout</a></p></body></html>\n"
    );
    (
        status,
        [
            (CONTENT_TYPE, "text/html; charset=utf-8"),
            (CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// Escapes text for an HTML element's content.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dugout_protocol::ErrorCode;

    #[tokio::test]
    async fn page_keeps_the_status_and_escapes_the_message() {
        let page = render(ApiError::new(
            ErrorCode::InvalidPayload,
            "error: <script>x</script> & co",
        ));
        assert_eq!(page.status(), 400);
        assert_eq!(page.headers()[CONTENT_TYPE], "text/html; charset=utf-8");
        let body = axum::body::to_bytes(page.into_body(), 1 << 16)
            .await
            .unwrap();
        let body = String::from_utf8(body.to_vec()).unwrap();
        assert!(
            body.contains("error: &lt;script&gt;x&lt;/script&gt; &amp; co"),
            "{body}"
        );
        assert!(body.contains("href=\"/api/auth/login\""), "{body}");
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
    }

    #[test]
    fn html_only_when_asked() {
        let mut headers = HeaderMap::new();
        assert!(!wants_html(&headers));
        headers.insert(ACCEPT, "application/json".parse().unwrap());
        assert!(!wants_html(&headers));
        headers.insert(
            ACCEPT,
            "text/html,application/xhtml+xml;q=0.9".parse().unwrap(),
        );
        assert!(wants_html(&headers));
    }
}
