//! Exporting from the exchange page: the whole workspace, a plan or a meeting.

use crate::ui::components::export_buttons::{ExportButtons, ExportChoice};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The scope picker and the ways out.
#[component]
pub fn ExportSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let scope = RwSignal::new(ExportChoice::All);
    let options = move || {
        state.ws.with(|ws| {
            let texts = &state.texts().exchange;
            let plans = ws.plans_by_title().into_iter().map(|p| {
                (
                    ExportChoice::Plan(p.id().clone()),
                    (texts.scope_plan)(&p.body().title),
                )
            });
            let meetings = ws.meetings_by_day().into_iter().map(|m| {
                (
                    ExportChoice::Meeting(m.id().clone()),
                    (texts.scope_meeting)(&m.body().title),
                )
            });
            plans.chain(meetings).collect::<Vec<_>>()
        })
    };
    view! {
        <h2>{move || state.texts().exchange.export_heading}</h2>
        <label for="export-scope">{move || state.texts().exchange.scope_label}</label>
        <select id="export-scope" on:change=move |ev| scope.set(ExportChoice::from_code(&event_target_value(&ev)))>
            <option value=ExportChoice::All.code()>{move || state.texts().exchange.scope_workspace}</option>
            {move || options().into_iter().map(|(choice, label)| view! { <option value=choice.code()>{label}</option> }).collect_view()}
        </select>
        <ExportButtons chosen=scope />
    }
}
