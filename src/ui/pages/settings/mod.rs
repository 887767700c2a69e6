//! Settings: the office profile, the language, and what this browser keeps.

mod storage;

use crate::i18n::Lang;
use crate::route::Route;
use crate::ui::state::AppState;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use storage::StorageSection;

/// Page "Cài đặt".
#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let device = state.ws.with_untracked(|ws| ws.device().to_string());
    view! {
        <h1>{move || state.texts().settings.heading}</h1>
        <OfficeForm />
        <p><a class="button secondary" id="open-exchange" href=Route::Exchange.to_hash()>{move || state.texts().exchange.link}</a></p>
        <LanguageChoice />
        <ExampleData />
        <StorageSection />
        <p class="device">{move || state.texts().settings.device_label}": " <code>{device}</code></p>
    }
}

/// The office's name and province, saved together.
#[component]
fn OfficeForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let office = state.ws.with_untracked(|ws| ws.office().clone());
    let name = RwSignal::new(office.name);
    let province = RwSignal::new(office.province);
    let saved = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (typed_name, typed_province) = (name.get_untracked(), province.get_untracked());
        let outcome = state.change(|ws, _| ws.set_office(&typed_name, &typed_province));
        saved.set(outcome.is_ok());
        error.set(outcome.err());
    };
    let field = move |id: &'static str, value: RwSignal<String>| {
        view! {
            <input
                id=id
                type="text"
                autocomplete="organization"
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    saved.set(false);
                }
            />
        }
    };
    view! {
        <form class="settings-form" on:submit=submit>
            <label for="office-name">{move || state.texts().settings.office_name_label}</label>
            {field("office-name", name)}
            <label for="office-province">{move || state.texts().settings.province_label}</label>
            {field("office-province", province)}
            <div class="buttons">
                <button type="submit">{move || state.texts().save}</button>
                <span class="saved" role="status">{move || saved.get().then(|| state.texts().settings.saved)}</span>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

/// Loads the example workspace, or removes it without a trace.
#[component]
fn ExampleData() -> impl IntoView {
    let state = expect_context::<AppState>();
    let loaded = move || state.ws.with(|ws| ws.has_example());
    let remove = move |_| state.ws.update(|ws| ws.remove_example());
    view! {
        <h2>{move || state.texts().settings.example_heading}</h2>
        <p>{move || state.texts().settings.example_intro}</p>
        <Show when=loaded fallback=move || view! {
            <button type="button" class="secondary" on:click=move |_| state.load_example()>{move || state.texts().settings.example_load}</button>
        }>
            <button type="button" class="secondary danger" on:click=remove>{move || state.texts().settings.example_remove}</button>
        </Show>
    }
}

/// Tiếng Việt or English; kept in this browser.
#[component]
fn LanguageChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choose = move |ev| state.lang.set(Lang::from_code(&event_target_value(&ev)));
    view! {
        <label for="language">{move || state.texts().settings.language_label}</label>
        <select id="language" on:change=choose>
            <option value="vi" selected=move || state.lang.get() == Lang::Vi>"Tiếng Việt"</option>
            <option value="en" selected=move || state.lang.get() == Lang::En>"English"</option>
        </select>
    }
}
