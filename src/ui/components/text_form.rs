//! A labelled one-line field with a button: adding a plan, a task, an agency, or renaming one.

use crate::i18n::Text;
use crate::ui::state::AppState;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// A form with one text field. On submit it runs `on_submit`; an error comes back as a sentence
/// shown under the field, and success empties the field for the next entry.
#[component]
pub fn TextForm(
    /// The field's DOM id (its label points to it; tests find it by it).
    id: &'static str,
    /// The label above the field.
    label: Text,
    /// The submit button's text.
    button: Text,
    /// Handles the typed text; `Err` holds the sentence to show.
    on_submit: Callback<String, Result<(), String>>,
    /// An example shown in the empty field.
    #[prop(optional)]
    example: Option<Text>,
    /// The text the field starts with (when renaming).
    #[prop(optional, into)]
    initial: String,
    /// Shows a cancel button that runs this.
    #[prop(optional)]
    on_cancel: Option<Callback<()>>,
    /// More fields, placed between the text field and the buttons.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = RwSignal::new(initial);
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match on_submit.run(value.get_untracked()) {
            Ok(()) => {
                value.set(String::new());
                error.set(None);
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let cancel = on_cancel.map(|cancel| {
        view! {
            <button type="button" class="secondary" on:click=move |_| cancel.run(())>
                {move || state.texts().cancel}
            </button>
        }
    });
    let error_id = format!("{id}-error");
    view! {
        <form class="text-form" on:submit=submit novalidate>
            <label for=id>{move || label(state.texts())}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                placeholder=move || example.map(|e| e(state.texts()))
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=error_id.clone()
            />
            {children.map(|c| c())}
            <div class="buttons">
                <button type="submit">{move || button(state.texts())}</button>
                {cancel}
            </div>
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
        </form>
    }
}
