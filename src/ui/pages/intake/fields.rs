//! A field of a card bound to one part of the review: what it shows is read from the review,
//! what is typed is written back at once (and so kept in the draft).

use super::Intake;
use crate::i18n::Text;
use crate::ui::state::AppState;
use crate::workspace::Review;
use leptos::prelude::*;

/// A labelled text field (or a box of several lines when `rows` is given) of the review.
#[component]
pub fn ReviewField(
    /// The field's DOM id.
    #[prop(into)]
    id: String,
    label: Text,
    /// Reads the field's value out of the review.
    get: fn(&Review) -> String,
    /// Writes what was typed into the review.
    set: fn(&mut Review, String),
    /// Lines of a box; none for a one-line field.
    #[prop(optional)]
    rows: Option<u32>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let value = move || {
        intake
            .review
            .with(|r| r.as_ref().map(get).unwrap_or_default())
    };
    let input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        intake.review.update(|r| {
            if let Some(r) = r.as_mut() {
                set(r, typed);
            }
        });
    };
    let field = match rows {
        Some(rows) => view! { <textarea id=id.clone() rows=rows prop:value=value on:input=input></textarea> }.into_any(),
        None => view! { <input id=id.clone() type="text" autocomplete="off" prop:value=value on:input=input /> }.into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{move || label(state.texts())}</label>
            {field}
        </div>
    }
}
