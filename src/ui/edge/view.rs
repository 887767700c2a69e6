//! Where the page is looked at: the caret, scrolling kept per history entry, and the field
//! kept above a tablet's on-screen keyboard.

/// Puts the caret in the field with this DOM id once the page has drawn it, unless the user
/// has put it somewhere else meanwhile. On a slow tablet the next frame can come a second
/// later; focusing then would pull the caret out of the field being typed in, and the rest of
/// the typing would land in the wrong field (seen in WebKit under CPU load: of "Kết quả sắp
/// xếp…" typed into a reported item, only "Kế" stayed there).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let id = id.to_owned();
    let document = web_sys::window().and_then(|w| w.document());
    let asked_from = document.as_ref().and_then(|d| d.active_element());
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        let Some(document) = document else {
            return;
        };
        let now = document.active_element();
        let body = document.body().map(web_sys::Element::from);
        let moved_on = now != asked_from && now != body && now.is_some();
        let element = document
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element.filter(|_| !moved_on) {
            let _ = element.focus();
        }
    });
}

/// Brings the element with this DOM id into view once the page has drawn it.
pub fn scroll_to(id: &str) {
    let id = id.to_owned();
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id));
        if let Some(element) = element {
            element.scroll_into_view();
        }
    });
}

/// Writes how far the page is scrolled into the current history entry.
fn keep_scroll() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let state = js_sys::Object::new();
    let y = window.scroll_y().unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&state, &"scroll".into(), &y.into());
    if let Ok(history) = window.history() {
        let _ = history.replace_state(&state, "");
    }
}

/// Keeps, in each history entry, how far its page was scrolled, and takes the restoring from the
/// browser: pages are drawn by the app, after the browser would restore. The place is written a
/// quarter second after scrolling (a tablet's browser is not asked too often), or at once on a
/// click while that write is still to come: every change of page, a link's or `edge::go`'s,
/// comes from a click or a form's submit, which browsers deliver as a click too. The click
/// matters on a slow tablet: a tap soon after a flick comes before the timer runs, which would
/// then write the old page's place into the new page's entry (seen in WebKit under load: back
/// returned to the top of a long list). For the same reason a write still to come when the page
/// changes by "back" is dropped: it belongs to the page left, and written then it would put the
/// top of the page left into the entry gone back to (seen in Firefox under load).
pub fn remember_scroll() {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let pending = Rc::new(Cell::new(false));
    let pending_on_click = pending.clone();
    // The page the scrolling was on: the write is for its entry only.
    let scrolled_on = Rc::new(RefCell::new(String::new()));
    let save = Closure::<dyn FnMut()>::new({
        let pending = pending.clone();
        let scrolled_on = scrolled_on.clone();
        move || {
            if pending.replace(false) && *scrolled_on.borrow() == super::hash() {
                keep_scroll();
            }
        }
    });
    let scrolled = Closure::<dyn FnMut()>::new(move || {
        if !pending.replace(true) {
            *scrolled_on.borrow_mut() = super::hash();
            if let Some(window) = web_sys::window() {
                let callback = save.as_ref().unchecked_ref();
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 250);
            }
        }
    });
    let _ = window.add_event_listener_with_callback("scroll", scrolled.as_ref().unchecked_ref());
    scrolled.forget();
    // Capturing: before the link's own handler or its navigation.
    let clicked = Closure::<dyn FnMut()>::new(move || {
        if pending_on_click.replace(false) {
            keep_scroll();
        }
    });
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        clicked.as_ref().unchecked_ref(),
        true,
    );
    clicked.forget();
}

/// After the page changed: where this history entry was left (going back), else the top (a
/// page opened anew).
pub fn restore_scroll() {
    let y = web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| js_sys::Reflect::get(&s, &"scroll".into()).ok())
        .and_then(|y| y.as_f64())
        .unwrap_or(0.0);
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, y);
        }
    });
}

/// Keeps the field being typed in visible when the on-screen keyboard opens: a tablet's browser
/// shrinks the visual viewport, and the focused field is brought back to its middle.
pub fn keep_focus_above_keyboard() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(viewport) = window.visual_viewport() else {
        return;
    };
    let resized = Closure::<dyn FnMut()>::new(move || {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let typing = focused
            .as_ref()
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if let (true, Some(element)) = (typing, focused) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let _ = viewport.add_event_listener_with_callback("resize", resized.as_ref().unchecked_ref());
    resized.forget();
}

/// Whether an event's target is where the official types (a field, a text box, an editable
/// block), so that a paste there is theirs and not the page's.
pub fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    use wasm_bindgen::JsCast;
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.is_content_editable()
}
