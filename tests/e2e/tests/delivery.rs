//! The web build as an office intranet serves it: under a sub-path, and still working once the
//! network is gone (the service worker keeps its files); the Content-Security-Policy lets the
//! app run and blocks what it must.

use sotay_e2e::{dist, in_every_browser, screenshots, Browser, Options, Session};

in_every_browser!(the_web_build_works_under_a_sub_path_and_offline);

async fn the_web_build_works_under_a_sub_path_and_offline(browser: Browser) {
    // http://127.0.0.1:<port>/sotay/ is the build, as on an intranet.
    let site = screenshots().join(format!("site-{}-{}", browser.name(), std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).expect("a site folder");
    std::os::unix::fs::symlink(dist().canonicalize().expect("dist"), site.join("sotay"))
        .expect("link the build under /sotay/");
    let options = Options {
        dist: Some(site.clone()),
        path: "sotay/".to_owned(),
        ..Options::default()
    };
    let app = Session::start_with(browser, options).await;
    app.open("#/ke-hoach").await;
    app.type_into("#plan-title", "Kế hoạch làm khi mất mạng")
        .await;
    app.submit_form_of("#plan-title").await;
    app.wait_for_text("h1", "Kế hoạch làm khi mất mạng").await;

    // The page's policy is the one the build wrote.
    let policy = app
        .script("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
        .await;
    let policy = policy.as_str().unwrap_or_default().to_owned();
    assert!(
        policy.contains("'wasm-unsafe-eval'") && policy.contains("default-src 'self'"),
        "{policy}"
    );
    // A script from elsewhere is refused by it.
    let blocked = app
        .client
        .execute_async(
            "const done = arguments[0]; const s = document.createElement('script');
             s.src = 'https://example.org/x.js'; s.onerror = () => done('blocked'); s.onload = () => done('loaded');
             document.head.appendChild(s); setTimeout(() => done('timeout'), 3000);",
            vec![],
        )
        .await
        .expect("try a remote script");
    assert_eq!(blocked, "blocked");

    // Once the service worker has the files, the app opens with the server gone.
    let ready = app
        .client
        .execute_async(
            "const done = arguments[0];
             navigator.serviceWorker.ready.then(r => caches.keys()).then(k => done(k.length)).catch(e => done(String(e)));",
            vec![],
        )
        .await
        .expect("wait for the service worker");
    assert_eq!(ready, 1, "one cache for this build");
    app.server.set_offline(true);
    // A fresh visit to the address (a reload may bypass the worker in some engines).
    app.client.goto("about:blank").await.expect("leave the app");
    app.open("#/ke-hoach").await;
    app.wait_for_text("li.plan", "Kế hoạch làm khi mất mạng")
        .await;
    app.screenshot_at("offline", 768, 1024).await;
    app.server.set_offline(false);
    app.finish().await;
    let _ = std::fs::remove_dir_all(&site);
}

/// The single file inflates its wasm with `DecompressionStream` (Firefox 113, Safari 16.4): a
/// browser without it is told in Vietnamese what to do, instead of showing a blank page.
/// Chromium only, the one engine whose driver can remove the API before the page's script runs.
#[tokio::test(flavor = "current_thread")]
async fn the_single_file_tells_a_browser_too_old_to_open_it() {
    sotay_e2e::deliver_by(sotay_e2e::Delivery::File);
    let app = Session::start(Browser::Chromium).await;
    app.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "delete window.DecompressionStream;" }),
    )
    .await;
    app.client.refresh().await.expect("reload");
    app.wait_for_text("body", "Trình duyệt này quá cũ để mở Sổ tay Cải cách")
        .await;
    app.wait_for_text("body", "Firefox 113, Safari 16.4").await;
    app.finish().await;
}
