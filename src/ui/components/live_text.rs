//! A text box that saves as the user types: every keystroke goes into the workspace at once, so
//! a tablet that sleeps, a reload or a closed tab loses nothing. Used by meeting mode.

use crate::i18n::Text;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A labelled text area whose every input runs `on_input`. It starts from `initial` and is not
/// redrawn from the record while it is on screen, so the caret never jumps.
#[component]
pub fn LiveText(
    /// The text area's DOM id (its label points to it; tests find it by it).
    #[prop(into)]
    id: String,
    /// The label above the box.
    label: Text,
    /// The text the box starts with.
    #[prop(into)]
    initial: String,
    /// Saves the text typed so far; `Err` holds the sentence to show.
    on_input: Callback<String, Result<(), String>>,
    /// An example shown in the empty box.
    #[prop(optional)]
    example: Option<Text>,
    /// Visible lines.
    #[prop(default = 2)]
    rows: u32,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    let input = move |ev| error.set(on_input.run(event_target_value(&ev)).err());
    view! {
        <label class="live-label" for=id.clone()>{move || label(state.texts())}</label>
        <textarea
            id=id
            class="live-text"
            rows=rows
            placeholder=move || example.map(|e| e(state.texts()))
            prop:value=initial
            on:input=input
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            aria-describedby=error_id.clone()
        ></textarea>
        <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
    }
}
