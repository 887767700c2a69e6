//! Finding tasks: words typed with or without accents, and filters by agency and its role,
//! standing, plan, meeting and deadline range.

use crate::domain::dates::parse_day;
use crate::domain::Id;
use crate::route::Route;
use crate::ui::components::marked::Marked;
use crate::ui::components::report_files::{self, ReportFiles};
use crate::ui::components::task_links::{TaskLinks, PAGE};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{AgencyRole, NoteHit, NoteKind, StandingFilter, TaskQuery};
use leptos::prelude::*;

/// How long after the last key the results' marks and the meeting notes follow the words.
const MARK_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// The agency filter's value for tasks no agency leads yet (never an id: ids have no '*').
const UNLED: &str = "*";

/// Page "Tìm nhiệm vụ". The results follow every keystroke.
#[component]
pub fn FindPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = state.find;
    // The words marked in the results, and the meeting notes, follow the box a moment after
    // typing stops: marking a hundred rows on every key made each key slow
    // (docs/benchmarks.md#marks-follow-the-box-once-typing-stops).
    let words = RwSignal::new(query.with_untracked(|q| q.text.clone()));
    Effect::new(move |_| {
        let typed = query.with(|q| q.text.clone());
        let settle = move || {
            if query.with_untracked(|q| q.text == typed) {
                // The page may be gone by then.
                let _ = words.try_set(typed);
            }
        };
        leptos::leptos_dom::helpers::set_timeout(settle, MARK_AFTER);
    });
    let shown = RwSignal::new(PAGE);
    // Every change of the question starts the list again from its first page.
    let ask = move |change: &dyn Fn(&mut TaskQuery)| {
        shown.set(PAGE);
        query.update(change);
    };
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    // A day that does not parse yet (still being typed) filters nothing.
    Effect::new(move |_| {
        let (f, t) = (parse_day(&from.get()).ok(), parse_day(&to.get()).ok());
        if query.with_untracked(|q| (q.due_from, q.due_to) != (f, t)) {
            ask(&|q| (q.due_from, q.due_to) = (f, t));
        }
    });
    // Folded once per change of the workspace, not once per key.
    let index = Memo::new(move |_| state.ws.with(|ws| ws.task_index()));
    let results = Memo::new(move |_| {
        let q = query.get();
        index.with(|index| {
            state
                .ws
                .with_untracked(|ws| ws.find_task_ids_in(index, &q, edge::today()))
        })
    });
    let agencies = move || {
        state.ws.with(|ws| {
            let list = ws.agencies_by_name().into_iter();
            list.map(|a| (a.id().clone(), a.body().name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let plans = move || {
        state.ws.with(|ws| {
            let list = ws.plans_by_title().into_iter();
            list.map(|p| (p.id().clone(), p.body().title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let meetings = move || {
        state.ws.with(|ws| {
            let list = ws.meetings_by_day().into_iter();
            list.map(|m| (m.id().clone(), m.body().title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let pick = |options: Vec<(Id, String)>, chosen: Option<Id>| {
        options
            .into_iter()
            .map(move |(id, name)| {
                let selected = chosen.as_ref() == Some(&id);
                view! { <option value=id.to_string() selected=selected>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <h1>{move || state.texts().find.heading}</h1>
        <label for="find-text">{move || state.texts().find.text_label}</label>
        <input id="find-text" type="search" autocomplete="off" placeholder=move || state.texts().find.text_example
            prop:value=move || query.with(|q| q.text.clone())
            on:input=move |ev| ask(&|q| q.text = event_target_value(&ev)) />
        <details class="filters" open=move || query.with(|q| q.agency.is_some() || q.unled || q.standing.is_some() || q.plan.is_some() || q.meeting.is_some())>
            <summary>{move || state.texts().find.filters_label}</summary>
            <div class="inline-fields">
                <label>{move || state.texts().find.filter_agency}
                    <select id="find-agency" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        ask(&|q| (q.agency, q.unled) = (Id::parse(&value).ok(), value == UNLED));
                    }>
                        <option value="">{move || state.texts().find.filter_any}</option>
                        <option value=UNLED selected=move || query.with(|q| q.unled)>{move || state.texts().unled}</option>
                        {move || pick(agencies(), query.with_untracked(|q| q.agency.clone()))}
                    </select>
                </label>
                <label>{move || state.texts().find.filter_role}
                    <select id="find-role" on:change=move |ev| {
                        let role = AgencyRole::from_code(&event_target_value(&ev)).unwrap_or_default();
                        ask(&|q| q.role = role);
                    }>
                        {AgencyRole::ALL.map(|r| view! {
                            <option value=r.code() selected=move || query.with(|q| q.role == r)>
                                {move || (state.texts().find.role)(r)}
                            </option>
                        })}
                    </select>
                </label>
            </div>
            <div class="inline-fields">
                <label>{move || state.texts().find.filter_standing}
                    <select id="find-standing" on:change=move |ev| {
                        let chosen = StandingFilter::from_code(&event_target_value(&ev));
                        ask(&|q| q.standing = chosen);
                    }>
                        <option value="">{move || state.texts().find.filter_any}</option>
                        {StandingFilter::ALL.map(|s| view! {
                            <option value=s.code() selected=move || query.with(|q| q.standing == Some(s))>
                                {move || (state.texts().find.standing_filter)(s)}
                            </option>
                        })}
                    </select>
                </label>
                <label>{move || state.texts().find.filter_plan}
                    <select id="find-plan" on:change=move |ev| ask(&|q| q.plan = Id::parse(&event_target_value(&ev)).ok())>
                        <option value="">{move || state.texts().find.filter_any}</option>
                        {move || pick(plans(), query.with_untracked(|q| q.plan.clone()))}
                    </select>
                </label>
                <label>{move || state.texts().meeting.filter_meeting}
                    <select id="find-meeting" on:change=move |ev| ask(&|q| q.meeting = Id::parse(&event_target_value(&ev)).ok())>
                        <option value="">{move || state.texts().find.filter_any}</option>
                        {move || pick(meetings(), query.with_untracked(|q| q.meeting.clone()))}
                    </select>
                </label>
            </div>
            <div class="inline-fields">
                <label>{move || state.texts().find.filter_due_from}
                    <input id="find-from" type="text" placeholder="01/01/2026" prop:value=move || from.get() on:input=move |ev| from.set(event_target_value(&ev)) />
                </label>
                <label>{move || state.texts().find.filter_due_to}
                    <input id="find-to" type="text" placeholder="31/12/2026" prop:value=move || to.get() on:input=move |ev| to.set(event_target_value(&ev)) />
                </label>
            </div>
            <button type="button" class="secondary" on:click=move |_| {
                from.set(String::new());
                to.set(String::new());
                ask(&|q| *q = TaskQuery::default());
            }>{move || state.texts().find.filters_clear}</button>
        </details>
        <p class="found" role="status">{move || (state.texts().find.found)(results.with(Vec::len))}</p>
        <TaskLinks ids=results shown marks=words.into() />
        <FoundNotes words=words.into() />
        <Show when=move || !results.with(Vec::is_empty)>
            <ReportFiles id="found-report" heading=|t| t.files.found_report make=report_files::of_found of=results />
        </Show>
    }
}

/// Most meeting notes the find page lists.
const NOTES: usize = 50;

/// Meetings, reported items and conclusions holding the words typed, each opening its
/// meeting's record.
#[component]
fn FoundNotes(words: Signal<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Folded once per change of the workspace, not once per key.
    let index = Memo::new(move |_| state.ws.with(|ws| ws.note_index()));
    let hits = Memo::new(move |_| words.with(|text| index.with(|index| index.find(text, NOTES))));
    let row = move |hit: NoteHit| {
        let words = words.get_untracked();
        let kind = match hit.kind {
            NoteKind::Meeting => state.texts().meeting.found_meeting,
            NoteKind::Item => state.texts().meeting.items_heading,
            NoteKind::Conclusion => state.texts().meeting.conclusions_heading,
        };
        let href = match hit.kind {
            NoteKind::Meeting => Route::Meeting(hit.meeting.clone()).to_hash(),
            _ => Route::MeetingLive(hit.meeting.clone()).to_hash(),
        };
        view! {
            <li class="note-hit">
                <a href=href>
                    <span class="task-title"><Marked text=hit.text.clone() query=words /></span>
                    <span class="task-meta">{format!("{kind} · {}", hit.meeting_title)}</span>
                </a>
            </li>
        }
    };
    view! {
        <Show when=move || !hits.with(Vec::is_empty)>
            <h2 id="found-notes-heading">{move || (state.texts().meeting.found_notes)(hits.with(Vec::len))}</h2>
            <ul class="task-links note-hits" id="found-notes">
                {move || hits.get().into_iter().map(row).collect_view()}
            </ul>
        </Show>
    }
}
