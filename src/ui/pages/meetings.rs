//! The list of meetings, latest first, with how far their assignments have come, and the form
//! that adds one (which then opens meeting mode, ready to take notes).

use crate::domain::dates::{parse_day, short};
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
    // The day is asked, not assumed: it starts as today, where the user sees and changes it
    // (a meeting is often entered from a report days later), and may be left blank.
    let day = RwSignal::new(crate::i18n::date(edge::today()));
    let add = Callback::new(move |title: String| {
        let typed = day.get_untracked();
        let on = match typed.trim() {
            "" => None,
            text => Some(parse_day(text).map_err(|e| (state.texts().day_error)(&e))?),
        };
        let id = state.change(|ws, now| ws.add_meeting(edge::new_id(), &title, on, now))?;
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
        <h1>{move || state.texts().meeting.list_heading}</h1>
        <div class="actions">
            <a class="button secondary" id="open-intake" href=Route::Intake.to_hash()>{move || state.texts().intake.heading}</a>
        </div>
        <TextForm id="meeting-new-title" label=|t| t.meeting.new_label example=|t| t.meeting.new_example button=|t| t.meeting.add on_submit=add>
            <label for="meeting-new-day">{move || state.texts().meeting.day_label}</label>
            <input id="meeting-new-day" type="text" inputmode="numeric" autocomplete="off"
                prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev)) />
        </TextForm>
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="empty">{move || state.texts().meeting.list_empty}</p>
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
