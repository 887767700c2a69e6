//! A task's progress log: dated reports and evidence, and the form that adds one.

use crate::domain::dates::{parse_day, short};
use crate::domain::{Id, LogKind, Task};
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Dated progress reports and evidence, with a form to add one.
#[component]
pub fn LogSection(id: Id, task: Task) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = RwSignal::new(LogKind::Report);
    let day = RwSignal::new(short(edge::today()));
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add_id = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let log_kind = kind.get_untracked();
        let outcome = parse_day(&day.get_untracked())
            .map_err(|e| (state.texts().day_error)(&e))
            .and_then(|on| {
                let typed = text.get_untracked();
                state
                    .change(|ws, now| ws.add_log(&add_id, on, log_kind, &typed, edge::today(), now))
            });
        error.set(outcome.err());
    };
    let entries = task.log.into_iter().enumerate().map(|(index, entry)| {
        let remove_id = id.clone();
        let remove = move |_| {
            if let Err(message) = state.change(|ws, now| ws.remove_log(&remove_id, index, now)) {
                state.notices.tell(message);
            }
        };
        let kind_text = move || (state.texts().task.log_kind)(entry.kind);
        view! {
            <li class="log-entry">
                <span class="log-day">{short(entry.day)}</span>
                <span class="log-kind">{kind_text}</span>
                <span class="log-text">{entry.text}</span>
                <button type="button" class="secondary" on:click=remove>{move || state.texts().delete}</button>
            </li>
        }
    }).collect_view();
    view! {
        <h2>{move || state.texts().task.log_heading}</h2>
        <ul class="log">{entries}</ul>
        <form class="log-form" on:submit=submit>
            <div class="inline-fields">
                <label>{move || state.texts().task.log_kind_label}
                    <select id="log-kind" on:change=move |ev| kind.set(LogKind::from_code(&event_target_value(&ev)).unwrap_or(LogKind::Report))>
                        {LogKind::ALL.map(|k| view! {
                            <option value=k.code()>{move || (state.texts().task.log_kind)(k)}</option>
                        })}
                    </select>
                </label>
                <label>{move || state.texts().task.log_day_label}
                    <input id="log-day" type="text" prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev)) />
                </label>
            </div>
            <label for="log-text">{move || state.texts().task.log_text_label}</label>
            <textarea id="log-text" rows="2" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <div class="buttons"><button type="submit">{move || state.texts().task.log_add}</button></div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
