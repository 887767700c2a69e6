//! The meetings page. Recording meetings and their conclusions is the next capability to be
//! built; until then the page says so plainly instead of showing an empty screen.

use crate::ui::state::AppState;
use leptos::prelude::*;

/// Page "Cuộc họp".
#[component]
pub fn MeetingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <h1>{move || state.texts().meetings_heading}</h1>
        <p class="empty">{move || state.texts().meetings_empty}</p>
    }
}
