//! Exporting: the whole workspace, a plan or a meeting, as a file to save or as text to copy.

use super::LAST_EXPORT;
use crate::bundle::{Bundle, Scope};
use crate::domain::{Id, Timestamp};
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The scope picker, the two ways out, and when this browser last exported.
#[component]
pub fn ExportSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let scope = RwSignal::new(String::from("all"));
    let said = RwSignal::new(None::<&'static str>);
    let last = RwSignal::new(state.local(LAST_EXPORT).and_then(|t| t.parse::<i64>().ok()));
    let options = move || {
        state.ws.with(|ws| {
            let texts = &state.texts().exchange;
            let plans = ws.plans_by_title().into_iter().map(|p| {
                (
                    format!("plan:{}", p.id()),
                    (texts.scope_plan)(&p.body().title),
                )
            });
            let meetings = ws.meetings_by_day().into_iter().map(|m| {
                (
                    format!("meeting:{}", m.id()),
                    (texts.scope_meeting)(&m.body().title),
                )
            });
            plans.chain(meetings).collect::<Vec<_>>()
        })
    };
    let bundle = move || {
        let chosen = scope.get_untracked();
        state.ws.with_untracked(|ws| {
            let (kind, id) = chosen.split_once(':').unwrap_or(("all", ""));
            let id = Id::parse(id).ok();
            let scope = match (kind, id) {
                ("plan", Some(id)) => ws.plans().get(&id).map(|p| Scope::Plan {
                    title: p.body().title.clone(),
                    id,
                }),
                ("meeting", Some(id)) => ws.meetings().get(&id).map(|m| Scope::Meeting {
                    title: m.body().title.clone(),
                    id,
                }),
                _ => None,
            };
            let now = edge::now();
            Bundle::export(
                ws,
                scope.unwrap_or(Scope::Workspace),
                now,
                env!("CARGO_PKG_VERSION"),
            )
        })
    };
    let exported = move |at: Timestamp| {
        state.set_local(LAST_EXPORT, &at.0.to_string());
        last.set(Some(at.0));
    };
    let download = move |_| {
        let bundle = bundle();
        if edge::download(&bundle.file_name(edge::today()), &bundle.to_json()) {
            exported(bundle.exported_at);
        }
    };
    let copy = move |_| {
        let bundle = bundle();
        let at = bundle.exported_at;
        edge::copy_text(&bundle.to_json(), move |ok| {
            let texts = &state.texts().exchange;
            said.set(Some(if ok { texts.copied } else { texts.copy_failed }));
            if ok {
                exported(at);
            }
        });
    };
    // The file's text on the page, for copying by hand where neither a download nor the
    // clipboard works (and for reading what is sent).
    let shown = RwSignal::new(None::<String>);
    let show = move |_| shown.set(Some(bundle().to_json()));
    let last_line = move || {
        let texts = &state.texts().exchange;
        match last.get() {
            Some(ms) => (texts.last_export)(&edge::local_time(Timestamp(ms))),
            None => texts.never_exported.to_owned(),
        }
    };
    view! {
        <h2>{move || state.texts().exchange.export_heading}</h2>
        <label for="export-scope">{move || state.texts().exchange.scope_label}</label>
        <select id="export-scope" on:change=move |ev| scope.set(event_target_value(&ev))>
            <option value="all">{move || state.texts().exchange.scope_workspace}</option>
            {move || options().into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
        </select>
        <div class="buttons">
            <button type="button" id="export-download" on:click=download>{move || state.texts().exchange.download}</button>
            <button type="button" class="secondary" id="export-copy" on:click=copy>{move || state.texts().exchange.copy}</button>
            <button type="button" class="secondary" id="export-show" on:click=show>{move || state.texts().exchange.show}</button>
        </div>
        <Show when=move || shown.with(Option::is_some)>
            <label for="export-text">{move || state.texts().exchange.text_label}</label>
            <textarea id="export-text" rows="8" readonly prop:value=move || shown.get().unwrap_or_default()></textarea>
        </Show>
        <p class="hint" role="status">{move || said.get()}</p>
        <p class="hint" id="last-export">{last_line}</p>
    }
}
