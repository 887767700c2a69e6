//! An assignment in meeting mode: lead agency, what to do (typed live), coordinating agencies
//! and a deadline from quick picks; and the "+" that gives a new one.

use super::facts::card_fold;
use crate::domain::dates::{has_year, parse_day_after};
use crate::domain::{Deadline, Every, Id, Task};
use crate::route::Route;
use crate::ui::components::agency_suggest::{AgencyChips, AgencySuggest};
use crate::ui::components::live_text::LiveText;
use crate::ui::components::standing::{DeadlineText, StandingBadge};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{quick_deadlines, DeadlineForm, DeadlineKind, Kind};
use leptos::prelude::*;

/// One assignment, numbered as the notice will number it.
#[component]
pub fn AssignmentCard(n: usize, id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let task = state.task(id.clone());
    let (lead, title) = state.ws.with_untracked(|ws| {
        let t = ws.tasks().get(&id).map(|t| t.body());
        let lead = t
            .and_then(|t| ws.agency_name(t.lead.as_ref()?))
            .unwrap_or_default();
        (
            lead.to_owned(),
            t.map(|t| t.title.clone()).unwrap_or_default(),
        )
    });
    let agency_id = id.clone();
    let agencies = move |change: &dyn Fn(&mut Task)| {
        let Some(mut t) = task.get_untracked() else {
            return Ok(());
        };
        change(&mut t);
        let id = agency_id.clone();
        state
            .change(move |ws, now| ws.set_task_agencies(&id, t.lead.as_ref(), &t.coordinating, now))
    };
    let set_lead = {
        let agencies = agencies.clone();
        Callback::new(move |agency: Id| agencies(&|t| t.lead = Some(agency.clone())))
    };
    let input = {
        let id = id.clone();
        Callback::new(move |text: String| {
            state.change(|ws, now| ws.set_task_title(&id, &text, now))
        })
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if let Err(message) = state.delete(Kind::Task, &id, &format!("{n}")) {
                state.notices.tell(message);
            }
        }
    };
    let coordinating = Signal::derive(move || {
        task.with(|t| {
            t.as_ref()
                .map(|t| t.coordinating.clone())
                .unwrap_or_default()
        })
    });
    let lead_now = Signal::derive(move || task.with(|t| t.as_ref().and_then(|t| t.lead.clone())));
    let set_coordinating =
        Callback::new(move |list: Vec<Id>| agencies(&|t| t.coordinating = list.clone()));
    let status = move || {
        task.get()
            .map(|t| view! { <DeadlineText task=t.clone() />" "<StandingBadge task=t /> })
    };
    let (folded, fold) = card_fold();
    view! {
        <li class="live-card" class:folded=folded data-id=id.to_string()>
            <span class="number">{n}"."</span>
            <div class="live-fields">
                <AgencySuggest id=format!("task-{id}-lead") label=|t| t.meeting.assignment_lead_label initial=lead on_pick=set_lead />
                <LiveText id=format!("task-{id}-title") label=|t| t.meeting.assignment_text_label initial=title on_input=input rows=3 />
                <AgencyChips id=format!("task-{id}-coordinating") label=|t| t.task.coordinating_label add_label=|t| t.meeting.coordinating_add_label
                    chosen=coordinating lead=lead_now on_change=set_coordinating />
                <QuickDeadline id=id.clone() current=Signal::derive(move || task.with(|t| t.as_ref().map(|t| t.deadline.clone()).unwrap_or_default()))
                    on_request=Signal::derive(move || task.with(|t| t.as_ref().is_some_and(|t| t.on_request))) />
                <p class="task-meta">{status}</p>
                <div class="row-actions">
                    <a class="button secondary" href=Route::Task(id.clone()).to_hash()>{move || state.texts().meeting.task_open}</a>
                    <button type="button" class="secondary delete" on:click=delete>{move || state.texts().delete}</button>
                    {fold}
                </div>
            </div>
        </li>
    }
}

/// Deadline quick picks: end of this week, of the month, of the quarter, or a typed day. The
/// pick that matches the task's deadline is shown pressed.
#[component]
fn QuickDeadline(id: Id, current: Signal<Deadline>, on_request: Signal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    // "15/4" is read in the meeting's year (see `Workspace::date_context`).
    let context = state.ws.with_untracked(|ws| {
        let task = ws.tasks().get(&id).map(|t| t.body());
        let plan = task.and_then(|t| t.plan.clone());
        let meeting = task.and_then(|t| t.meeting.clone());
        ws.date_context(plan.as_ref(), meeting.as_ref(), edge::today())
    });
    let read_as = RwSignal::new(None::<chrono::NaiveDate>);
    let set = {
        let id = id.clone();
        move |deadline: Deadline| {
            error.set(
                state
                    .change(|ws, now| ws.set_task_deadline(&id, deadline, now))
                    .err(),
            );
        }
    };
    let picks = quick_deadlines(edge::today()).into_iter().enumerate().map(|(n, deadline)| {
        let set = set.clone();
        let pick = deadline.clone();
        let pressed = move || current.with(|c| c == &pick).to_string();
        view! {
            <button type="button" class="secondary pick" aria-pressed=pressed on:click=move |_| set(deadline.clone())>
                {move || state.texts().meeting.quick_picks[n]}
            </button>
        }
    }).collect_view();
    let typed = {
        let set = set.clone();
        move |ev| {
            let text = event_target_value(&ev);
            match parse_day_after(&text, context.near) {
                Ok(day) => {
                    read_as.set((!has_year(&text)).then_some(day));
                    set(Deadline::By { day })
                }
                Err(e) => error.set(Some((state.texts().day_error)(&e))),
            }
        }
    };
    let periodic = {
        let set = set.clone();
        move |ev| {
            if let Some(every) = Every::from_code(&event_target_value(&ev)) {
                let every = DeadlineForm {
                    kind: DeadlineKind::Recurring,
                    every,
                    ..DeadlineForm::default()
                };
                if let Ok(deadline) = every.read(&context) {
                    set(deadline);
                }
            }
        }
    };
    let every_now = move || match current.get() {
        Deadline::Recurring { every, .. } => Some(every),
        _ => None,
    };
    let request_id = id.clone();
    let toggle_request = move |ev| {
        let on = event_target_checked(&ev);
        error.set(
            state
                .change(|ws, now| ws.set_task_on_request(&request_id, on, now))
                .err(),
        );
    };
    let every_id = format!("task-{id}-every");
    let request_box = format!("task-{id}-on-request");
    let request_for = request_box.clone();
    let day_id = format!("task-{id}-day");
    view! {
        <div class="quick-deadline">
            <span class="live-label">{move || state.texts().task.deadline_label}</span>
            <div class="picks">
                {picks}
                <label class="inline" for=day_id.clone()>{move || state.texts().task.deadline_day}</label>
                <input id=day_id type="text" inputmode="numeric" placeholder="15/4" on:change=typed />
                <label class="inline" for=every_id.clone()>{move || (state.texts().task.deadline_kind)(DeadlineKind::Recurring)}</label>
                <select id=every_id on:change=periodic>
                    <option value="" selected=move || every_now().is_none()>"—"</option>
                    {Every::ALL.map(|e| view! {
                        <option value=e.code() selected=move || every_now() == Some(e)>{move || (state.texts().task.every)(e)}</option>
                    })}
                </select>
                <label class="check" for=request_for>
                    <input type="checkbox" id=request_box prop:checked=move || on_request.get() on:change=toggle_request />
                    {move || state.texts().task.on_request_label}
                </label>
            </div>
            {move || read_as.get().map(|day| view! { <p class="hint day-read-as">{(state.texts().task.day_read_as)(day)}</p> })}
            <p class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// "+ Giao nhiệm vụ": one tap opens the lead-agency field; picking the agency gives the task
/// and puts the caret in "what to do".
#[component]
pub fn NewAssignment(meeting: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let give = Callback::new(move |lead: Id| {
        let task =
            state.change(|ws, now| ws.add_assignment(edge::new_id(), &meeting, &lead, now))?;
        open.set(false);
        edge::focus(&format!("task-{task}-title"));
        Ok(())
    });
    let start = move |_| {
        open.set(true);
        edge::focus("assignment-new-lead");
    };
    view! {
        <Show when=move || open.get() fallback=move || view! {
            <button type="button" class="add-big" id="add-assignment" on:click=start>{move || state.texts().meeting.assignment_add}</button>
        }>
            <div class="live-card composer">
                <AgencySuggest id="assignment-new-lead" label=|t| t.meeting.assignment_new_label initial="" on_pick=give />
                <button type="button" class="secondary" on:click=move |_| open.set(false)>{move || state.texts().cancel}</button>
            </div>
        </Show>
    }
}
