//! One meeting: what it was, how far its assignments have come, what the last meetings of its
//! series left open; and the doors to meeting mode and to the conclusion notice.

use crate::domain::dates::short;
use crate::domain::meeting::{Meeting, MeetingForm};
use crate::domain::Id;
use crate::route::Route;
use crate::ui::components::export_buttons::{ExportButtons, ExportChoice};
use crate::ui::components::figures::FigureCards;
use crate::ui::components::task_links::TaskLinks;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{Kind, Progress};
use form::MeetingEditor;
use leptos::prelude::*;

mod assignment;
mod conclusions;
mod facts;
mod form;
mod items;
pub mod live;
pub mod notice;

/// Page of one meeting. A meeting that is gone says so.
#[component]
pub fn MeetingPage(
    /// The meeting to show.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let meeting = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .ws
                .with(|ws| ws.meetings().get(&id).map(|m| m.body().clone()))
        })
    };
    let figures = {
        let id = id.clone();
        Memo::new(move |_| state.ws.with(|ws| ws.meeting_figures(&id, edge::today())))
    };
    let editing = RwSignal::new(false);
    let missing = move || view! { <p class="empty">{move || state.texts().meeting.missing}</p> };
    let (edit_id, delete_id) = (StoredValue::new(id.clone()), id.clone());
    let delete = move |_| {
        let name = meeting
            .with_untracked(|m| m.as_ref().map(|m| m.title.clone()))
            .unwrap_or_default();
        match state.delete(Kind::Meeting, &delete_id, &name) {
            Ok(()) => edge::go(&Route::Meetings),
            Err(message) => {
                state.notices.tell(message);
            }
        }
    };
    view! {
        <a class="back" href=Route::Meetings.to_hash()>{move || state.texts().meeting.back_to_list}</a>
        <Show when=move || meeting.with(Option::is_some) fallback=missing>
            {move || meeting.get().map(|m| view! { <MeetingHeading meeting=m /> })}
            <div class="actions">
                <a class="button" id="open-live" href=Route::MeetingLive(id.clone()).to_hash()>{move || state.texts().meeting.live_open}</a>
                <a class="button secondary" id="open-notice" href=Route::Notice(id.clone()).to_hash()>{move || state.texts().meeting.notice_open}</a>
                <a class="button secondary" id="open-intake" href=Route::IntakeMeeting(id.clone()).to_hash()>{move || state.texts().intake.heading}</a>
                <button type="button" class="secondary" on:click=move |_| editing.update(|e| *e = !*e)>{move || state.texts().meeting.edit}</button>
            </div>
            <Show when=move || editing.get()>
                {move || meeting.get().map(|m| view! { <MeetingEditor id=edit_id.get_value() meeting=m editing /> })}
            </Show>
            <ProgressLine id=id.clone() />
            <FigureCards figures />
            <MeetingTasks id=id.clone() />
            <CarriedOver id=id.clone() />
            <section class="send" aria-labelledby="send-heading">
                <h2 id="send-heading">{move || state.texts().exchange.send_meeting}</h2>
                <p class="hint">{move || state.texts().exchange.send_meeting_hint}</p>
                <ExportButtons chosen=ExportChoice::Meeting(id.clone()) />
            </section>
            <div class="actions">
                <button type="button" class="secondary danger" on:click=delete.clone()>{move || state.texts().meeting.delete}</button>
            </div>
        </Show>
    }
}

/// Kind, day, time, place and form, then the title and the chairs.
#[component]
fn MeetingHeading(meeting: Meeting) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = meeting.kind;
    let mut facts = Vec::new();
    if let Some(day) = meeting.day {
        facts.push(short(day));
    }
    if let Some(time) = meeting.time {
        facts.push(time.format("%H:%M").to_string());
    }
    if let (Some(part), None) = (meeting.part, meeting.time) {
        facts.push(part.word().to_owned());
    }
    if !meeting.place.is_empty() {
        facts.push(meeting.place.clone());
    }
    let facts = facts.join(" · ");
    let form = meeting.form;
    let sites = meeting.sites;
    let chairs: Vec<String> = meeting
        .chairs
        .iter()
        .map(|p| {
            if p.title.is_empty() {
                p.name.clone()
            } else {
                format!("{}, {}", p.name, p.title)
            }
        })
        .collect();
    let series = (!meeting.series.is_empty()).then(|| meeting.series.clone());
    let references = meeting
        .references
        .iter()
        .map(|r| view! { <li>{r.to_string()}</li> })
        .collect_view();
    let references = (!meeting.references.is_empty())
        .then(|| view! { <ul class="bases" id="meeting-references-shown">{references}</ul> });
    let source = meeting.source.as_ref().map(|r| {
        let r = r.to_string();
        view! { <p class="summary" id="meeting-source-shown">{move || state.texts().meeting.source_label}": "{r.clone()}</p> }
    });
    let figures = (!meeting.figures.is_empty()).then(|| {
        let lines = meeting
            .figures
            .lines()
            .map(|l| view! { <li>{l.to_owned()}</li> })
            .collect_view();
        view! { <ul class="figures-reported" id="meeting-figures-shown">{lines}</ul> }
    });
    // "Không ghi" is never shown as a form the meeting had.
    let form_text = move || match form {
        MeetingForm::NotSaid => String::new(),
        form => format!(" · {}", (state.texts().meeting.form)(form, sites)),
    };
    view! {
        <p class="plan-kind">{move || (state.texts().meeting.kind)(kind)}{form_text}</p>
        <h1>{meeting.title.clone()}</h1>
        {(!facts.is_empty()).then(|| view! { <p class="reference">{facts}</p> })}
        {(!chairs.is_empty()).then(|| view! { <p class="summary">{move || state.texts().meeting.chairs}": "{chairs.join("; ")}</p> })}
        {series.map(|s| view! { <p class="summary">{move || state.texts().meeting.series}": "{s}</p> })}
        {references}
        {source}
        {figures}
    }
}

/// "1/3 nhiệm vụ được giao đã hoàn thành".
#[component]
fn ProgressLine(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let progress = move || state.ws.with(|ws| ws.meeting_progress(&id));
    view! {
        <p class="progress-line" id="meeting-progress">{move || {
            let Progress { done, total } = progress();
            (state.texts().meeting.progress)(done, total)
        }}</p>
    }
}

/// The tasks the meeting assigned, with their standing.
#[component]
fn MeetingTasks(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tasks = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.meeting_tasks(&id).into_iter();
            list.map(|t| t.id().clone()).collect::<Vec<_>>()
        })
    });
    view! {
        <h2>{move || state.texts().meeting.assignments_heading}</h2>
        <Show when=move || tasks.with(Vec::is_empty)>
            <p class="empty">{move || state.texts().meeting.assignments_empty}</p>
        </Show>
        <TaskLinks ids=tasks list_id="meeting-tasks" />
    }
}

/// Open assignments of earlier meetings of the same series.
#[component]
pub(super) fn CarriedOver(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tasks = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.carried_over(&id).into_iter();
            list.map(|t| t.id().clone()).collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !tasks.with(Vec::is_empty)>
            <h2>{move || state.texts().meeting.carried_over_heading}</h2>
            <p class="hint">{move || state.texts().meeting.carried_over_hint}</p>
            <TaskLinks ids=tasks list_id="carried-over" />
        </Show>
    }
}
