//! Exporting from the exchange page: the whole workspace, a plan or a meeting.

use crate::ui::components::export_buttons::{meeting_key, plan_key, ExportButtons};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The scope picker and the ways out.
#[component]
pub fn ExportSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let scope = RwSignal::new(String::from("all"));
    let options = move || {
        state.ws.with(|ws| {
            let texts = &state.texts().exchange;
            let plans = ws
                .plans_by_title()
                .into_iter()
                .map(|p| (plan_key(p.id()), (texts.scope_plan)(&p.body().title)));
            let meetings = ws
                .meetings_by_day()
                .into_iter()
                .map(|m| (meeting_key(m.id()), (texts.scope_meeting)(&m.body().title)));
            plans.chain(meetings).collect::<Vec<_>>()
        })
    };
    view! {
        <h2>{move || state.texts().exchange.export_heading}</h2>
        <label for="export-scope">{move || state.texts().exchange.scope_label}</label>
        <select id="export-scope" on:change=move |ev| scope.set(event_target_value(&ev))>
            <option value="all">{move || state.texts().exchange.scope_workspace}</option>
            {move || options().into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
        </select>
        <ExportButtons chosen=scope />
    }
}
