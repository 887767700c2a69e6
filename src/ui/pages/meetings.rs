//! The list of meetings, latest first, with how far their assignments have come, and the form
//! that adds one (which then opens meeting mode, ready to take notes).

use crate::domain::dates::short;
use crate::domain::meeting::Meeting;
use crate::domain::{Id, Record};
use crate::route::Route;
use crate::ui::components::text_form::TextForm;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Progress;
use leptos::prelude::*;

/// A meeting as the list shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct MeetingRow {
    id: Id,
    title: String,
    /// "20/03/2026 · Hội trường UBND tỉnh".
    facts: String,
    progress: Progress,
    overdue: usize,
}

/// Page "Cuộc họp".
#[component]
pub fn MeetingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let add = Callback::new(move |title: String| {
        let today = Some(edge::today());
        let id = state.change(|ws, now| ws.add_meeting(edge::new_id(), &title, today, now))?;
        edge::go(&Route::MeetingLive(id));
        Ok(())
    });
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            let today = edge::today();
            let row = |m: &Record<Meeting>| {
                let b = m.body();
                let facts = [b.day.map(short).unwrap_or_default(), b.place.clone()];
                let facts = facts
                    .into_iter()
                    .filter(|f| !f.is_empty())
                    .collect::<Vec<_>>();
                MeetingRow {
                    id: m.id().clone(),
                    title: b.title.clone(),
                    facts: facts.join(" · "),
                    progress: ws.meeting_progress(m.id()),
                    overdue: ws.meeting_figures(m.id(), today).overdue,
                }
            };
            ws.meetings_by_day()
                .into_iter()
                .map(row)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h1>{move || state.texts().meetings_heading}</h1>
        <TextForm id="meeting-new-title" label=|t| t.meeting.new_label example=|t| t.meeting.new_example button=|t| t.meeting.add on_submit=add />
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="empty">{move || state.texts().meetings_empty}</p>
        </Show>
        <ul class="plans">
            <For each=move || rows.get() key=|row| row.clone() children=move |row| view! { <MeetingItem row /> } />
        </ul>
    }
}

/// One meeting in the list, linking to it.
#[component]
fn MeetingItem(row: MeetingRow) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Progress { done, total } = row.progress;
    view! {
        <li class="plan">
            <a href=Route::Meeting(row.id).to_hash()>
                <span class="plan-title">{row.title}</span>
                {(!row.facts.is_empty()).then(|| view! { <span class="plan-reference">{row.facts}</span> })}
                {(row.overdue > 0).then(|| view! {
                    <span class="badge overdue">{move || (state.texts().overdue_count)(row.overdue)}</span>
                })}
                <span class="progress">{move || (state.texts().meeting.progress)(done, total)}</span>
                <progress max=total.max(1) value=done aria-hidden="true"></progress>
            </a>
        </li>
    }
}
