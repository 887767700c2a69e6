//! The cards of what was read, in the order of a document: what is made (a new meeting or plan,
//! or the one added to), the document's particulars, the meeting or the plan, the tasks, the
//! reported items and conclusions, the references, and the agencies to be added.

use super::fields::ReviewField;
use super::marked::show;
use super::notes::NoteList;
use super::task_card::TaskCard;
use super::{target_name, Intake};
use crate::ui::state::AppState;
use crate::workspace::Target;
use leptos::prelude::*;

/// Every card.
#[component]
pub fn Cards() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let target = Memo::new(move |_| intake.review.with(|r| r.as_ref().map(|r| r.target.clone())));
    let is = move |want: fn(&Target) -> bool| move || target.get().as_ref().is_some_and(want);
    let count = move || {
        intake
            .review
            .with(|r| r.as_ref().map_or(0, |r| r.tasks.len()))
    };
    let ticked = move || {
        let r = intake.review.get();
        r.map_or(0, |r| r.tasks.iter().filter(|t| t.ticked).count())
    };
    let tasks = move || {
        let reading = intake.reading.get();
        (0..count()).map(move |n| (reading, n)).collect::<Vec<_>>()
    };
    view! {
        <h2>{move || state.texts().intake.cards_heading}</h2>
        <p class="hint">{move || state.texts().intake.tap_hint}</p>
        <TargetChoice />
        <DocumentCard />
        <Show when=is(|t| *t == Target::NewMeeting)><MeetingCard /></Show>
        <Show when=is(|t| *t == Target::NewPlan)><PlanCard /></Show>
        <h3 id="intake-tasks-heading">{move || (state.texts().intake.tasks_heading)(ticked(), count())}</h3>
        <Show when=move || count() == 0>
            <p class="empty">{move || state.texts().intake.nothing_found}</p>
        </Show>
        <ol class="intake-tasks">
            <For each=tasks key=|k| *k let:key>
                <TaskCard n=key.1 />
            </For>
        </ol>
        <Show when=is(Target::is_meeting)><Notes /></Show>
        <References />
        <NewAgencies />
    }
}

/// "Tạo thành: Cuộc họp mới / Kế hoạch mới", or the meeting or plan added to.
#[component]
fn TargetChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let fixed = intake.fixed.get_value();
    if let Some(target) = fixed {
        let name = state
            .ws
            .with_untracked(|ws| target_name(ws, &target))
            .unwrap_or_default();
        return view! { <p class="intake-target">{move || (state.texts().intake.add_to)(&name)}</p> }.into_any();
    }
    let choose = move |ev| {
        let target = match event_target_value(&ev).as_str() {
            "plan" => Target::NewPlan,
            _ => Target::NewMeeting,
        };
        intake.review.update(|r| {
            if let Some(r) = r.as_mut() {
                r.target = target;
            }
        });
    };
    let plan = move || {
        intake
            .review
            .with(|r| r.as_ref().is_some_and(|r| r.target == Target::NewPlan))
    };
    view! {
        <div class="field">
            <label for="intake-target">{move || state.texts().intake.target_label}</label>
            <select id="intake-target" on:change=choose>
                <option value="meeting" selected=move || !plan()>{move || state.texts().intake.target_meeting}</option>
                <option value="plan" selected=plan>{move || state.texts().intake.target_plan}</option>
            </select>
        </div>
    }
    .into_any()
}

/// The document: its kind, number, day, issuer and summary (those of the new meeting's notice,
/// or the new plan's own reference).
#[component]
fn DocumentCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let kind = move || {
        intake
            .drafts
            .with(|d| d.as_ref().map(|d| d.document.kind).unwrap_or_default())
    };
    let span = move || {
        let d = intake.drafts.get()?;
        let first = d.document.number.as_ref().or(d.document.summary.as_ref())?;
        Some((first.span.start, first.span.end))
    };
    let target = move || intake.review.with(|r| r.as_ref().map(|r| r.target.clone()));
    let tap = move |_| {
        if let Some(span) = span() {
            show(&intake, span);
        }
    };
    view! {
        <article class="card intake-card" id="intake-document" on:click=tap>
            <h3>{move || state.texts().intake.document_heading}": "{move || (state.texts().intake.doc_kind)(kind())}</h3>
            {move || match target() {
                Some(Target::NewMeeting) => view! {
                    <ReviewField id="intake-doc-number" label=|t| t.intake.number_label get=|r| r.meeting.notice_number.clone() set=|r, v| r.meeting.notice_number = v />
                    <ReviewField id="intake-doc-day" label=|t| t.intake.date_label get=|r| r.meeting.notice_day.clone() set=|r, v| r.meeting.notice_day = v />
                    <ReviewField id="intake-doc-issuer" label=|t| t.intake.issuer_label get=|r| r.meeting.notice_issuer.clone() set=|r, v| r.meeting.notice_issuer = v rows=2 />
                    <ReviewField id="intake-doc-summary" label=|t| t.intake.summary_label get=|r| r.meeting.notice_summary.clone() set=|r, v| r.meeting.notice_summary = v rows=2 />
                }.into_any(),
                Some(Target::NewPlan) => view! {
                    <ReviewField id="intake-doc-reference" label=|t| t.intake.number_label get=|r| r.plan.reference.clone() set=|r, v| r.plan.reference = v />
                    <ReviewField id="intake-doc-issuer" label=|t| t.intake.issuer_label get=|r| r.plan.issuer.clone() set=|r, v| r.plan.issuer = v />
                    <ReviewField id="intake-doc-summary" label=|t| t.intake.summary_label get=|r| r.plan.summary.clone() set=|r, v| r.plan.summary = v rows=2 />
                }.into_any(),
                _ => view! { <p>{move || intake.review.with(|r| r.as_ref().map(named))}</p> }.into_any(),
            }}
        </article>
    }
}

/// What names the document when it is added to a meeting or plan: its number, else its
/// summary, else the plan's title it gives.
fn named(review: &crate::workspace::Review) -> String {
    let (m, p) = (&review.meeting, &review.plan);
    let said = [
        &m.source,
        &p.reference,
        &m.notice_summary,
        &p.summary,
        &p.title,
    ];
    said.into_iter()
        .find(|t| !t.trim().is_empty())
        .cloned()
        .unwrap_or_default()
}

/// The new meeting: title, day, time or part of the day, place, chairs.
#[component]
fn MeetingCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let tap = move |_| {
        let span = intake
            .drafts
            .with_untracked(|d| d.as_ref()?.meeting.as_ref().map(|m| m.span));
        if let Some(s) = span {
            show(&intake, (s.start, s.end));
        }
    };
    view! {
        <article class="card intake-card" id="intake-meeting" on:click=tap>
            <h3>{move || state.texts().intake.meeting_heading}</h3>
            <ReviewField id="intake-meeting-title" label=|t| t.intake.meeting_title_label get=|r| r.meeting.title.clone() set=|r, v| r.meeting.title = v rows=2 />
            <div class="inline-fields">
                <ReviewField id="intake-meeting-day" label=|t| t.intake.day_label get=|r| r.meeting.day.clone() set=|r, v| r.meeting.day = v />
                <ReviewField id="intake-meeting-time" label=|t| t.intake.time_label get=|r| r.meeting.time.clone() set=|r, v| r.meeting.time = v />
            </div>
            <ReviewField id="intake-meeting-place" label=|t| t.intake.place_label get=|r| r.meeting.place.clone() set=|r, v| r.meeting.place = v />
            <ReviewField id="intake-meeting-chairs" label=|t| t.intake.chairs_label get=|r| r.meeting.chairs.clone() set=|r, v| r.meeting.chairs = v rows=2 />
        </article>
    }
}

/// The new plan: its title and its content groups.
#[component]
fn PlanCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let groups = move || {
        intake
            .review
            .with(|r| r.as_ref().map(|r| r.groups.len()).unwrap_or_default())
    };
    view! {
        <article class="card intake-card" id="intake-plan">
            <h3>{move || state.texts().intake.plan_heading}</h3>
            <ReviewField id="intake-plan-title" label=|t| t.intake.plan_title_label get=|r| r.plan.title.clone() set=|r, v| r.plan.title = v rows=2 />
            <Show when=move || { groups() > 0 }>
                <p class="label">{move || state.texts().intake.groups_label}</p>
                <ol class="intake-groups">
                    {move || (0..groups()).map(|n| view! { <li><GroupField n /></li> }).collect_view()}
                </ol>
            </Show>
        </article>
    }
}

/// One content group's title.
#[component]
fn GroupField(n: usize) -> impl IntoView {
    let intake = expect_context::<Intake>();
    let value = move || {
        intake.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.groups.get(n))
                .map(|g| g.title.clone())
        })
    };
    let input = move |ev| {
        let typed = event_target_value(&ev);
        intake.review.update(|r| {
            if let Some(g) = r.as_mut().and_then(|r| r.groups.get_mut(n)) {
                g.title = typed;
            }
        });
    };
    view! { <input type="text" id=format!("intake-group-{n}") prop:value=move || value().unwrap_or_default() on:input=input /> }
}

/// The reported items and the conclusions, each ticked or not.
#[component]
fn Notes() -> impl IntoView {
    view! {
        <NoteList heading=|t| t.intake.items_heading prefix="intake-item" conclusions=false />
        <NoteList heading=|t| t.intake.conclusions_heading prefix="intake-conclusion" conclusions=true />
    }
}

/// The documents cited, each ticked or not.
#[component]
fn References() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let list = move || {
        let r = intake.review.get();
        r.map(|r| r.references.into_iter().enumerate().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let toggle = move |n: usize, on: bool| {
        intake.review.update(|r| {
            if let Some(x) = r.as_mut().and_then(|r| r.references.get_mut(n)) {
                x.ticked = on;
            }
        })
    };
    view! {
        <Show when=move || !list().is_empty()>
            <h3>{move || state.texts().intake.references_heading}</h3>
            <ul class="intake-refs">
                {move || list().into_iter().map(|(n, r)| view! {
                    <li class="card intake-card" on:click=move |_| show(&intake, r.span)>
                        <label class="check">
                            <input type="checkbox" id=format!("intake-ref-{n}") prop:checked=r.ticked
                                on:change=move |ev| toggle(n, event_target_checked(&ev)) />
                            {r.reference.to_string()}
                        </label>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// The agencies the ticked cards name that the directory does not have yet.
#[component]
fn NewAgencies() -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let names = move || {
        let review = intake.review.get();
        review
            .map(|r| state.ws.with(|ws| r.new_agencies(ws)))
            .unwrap_or_default()
    };
    view! {
        <Show when=move || !names().is_empty()>
            <article class="card intake-card" id="intake-new-agencies">
                <h3>{move || state.texts().intake.new_agencies_heading}</h3>
                <p class="hint">{move || state.texts().intake.new_agencies_hint}</p>
                <ul>{move || names().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </article>
        </Show>
    }
}
