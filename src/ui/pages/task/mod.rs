//! One task: everything about it in one form, its status, its progress log (`log.rs`) and,
//! for an assignment, the meeting it came from (`source.rs`).

use crate::domain::dates::{parse_day, short};
use crate::domain::{Id, StatusKind, Task, TaskStatus};
use crate::route::Route;
use crate::ui::components::agency_suggest::{AgencyChips, AgencyField};
use crate::ui::components::conflicts::RecordConflicts;
use crate::ui::components::deadline_input::DeadlineInput;
use crate::ui::components::standing::{DeadlineText, StandingBadge};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{DeadlineForm, Kind, TaskFields};
use leptos::prelude::*;
use log::LogSection;
use source::TaskSource;

mod log;
mod source;

/// Page of one task. A task that is gone says so.
#[component]
pub fn TaskPage(
    /// The task to show.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let task = state.task(id.clone());
    let missing = move || view! { <p class="empty">{move || state.texts().task.missing}</p> };
    view! {
        <Show when=move || task.with(Option::is_some) fallback=missing>
            {
                let id = id.clone();
                move || task.get().map(|t| view! { <TaskView id=id.clone() task=t /> })
            }
        </Show>
    }
}

/// Where a task is listed: its plan if it has one, else the meeting that assigned it.
fn home(task: &Task) -> Route {
    match (&task.plan, &task.meeting) {
        (Some(plan), _) => Route::Plan(plan.clone()),
        (None, Some(meeting)) => Route::Meeting(meeting.clone()),
        (None, None) => Route::Find,
    }
}

/// The task's header, forms and log. Drawn again when the task changes.
#[component]
fn TaskView(id: Id, task: Task) -> impl IntoView {
    let state = expect_context::<AppState>();
    let home_title = state.ws.with_untracked(|ws| match home(&task) {
        Route::Plan(plan) => ws.plans().get_any(&plan).map(|p| p.body().title.clone()),
        Route::Meeting(m) => ws.meetings().get_any(&m).map(|m| m.body().title.clone()),
        _ => None,
    });
    let unled = state.texts().unled;
    let lead = state.ws.with_untracked(|ws| ws.lead_name(&task, unled));
    let (delete_id, title) = (id.clone(), task.title.clone());
    let back = home(&task);
    let after_delete = back.clone();
    let warning = state
        .ws
        .with_untracked(|ws| ws.due_before_plan(&task))
        .map(|day| view! { <p class="warning" role="note">{move || (state.texts().task.due_before_plan)(day)}</p> });
    let delete = move |_| match state.delete(Kind::Task, &delete_id, &title) {
        Ok(()) => edge::go(&after_delete),
        Err(message) => {
            state.notices.tell(message);
        }
    };
    view! {
        <a class="back" href=back.to_hash()>"← "{home_title}</a>
        <h1>{match task.title.trim() {
            "" => state.texts().meeting.assignment_untitled.to_owned(),
            title => title.to_owned(),
        }}</h1>
        {task.meeting.clone().map(|meeting| view! { <TaskSource id=id.clone() meeting plan=task.plan.clone() /> })}
        <p class="task-summary">
            <span class="lead">{lead}</span>" · "<DeadlineText task=task.clone() />" "
            <StandingBadge task=task.clone() />
        </p>
        {warning}
        <RecordConflicts kind=Kind::Task id=id.clone() />
        <StatusForm id=id.clone() status=task.status.clone() />
        <TaskForm id=id.clone() task=task.clone() />
        <LogSection id=id.clone() task />
        <div class="actions">
            <button type="button" class="secondary danger" on:click=delete>{move || state.texts().task.delete}</button>
        </div>
    }
}

/// What the lead agency reports: not started, in progress, done on a day, paused.
#[component]
fn StatusForm(id: Id, status: TaskStatus) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = RwSignal::new(status.kind());
    let done_on = match &status {
        TaskStatus::Done { on } => *on,
        _ => edge::today(),
    };
    let day = RwSignal::new(short(done_on));
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let status = match kind.get_untracked() {
            StatusKind::NotStarted => Ok(TaskStatus::NotStarted),
            StatusKind::InProgress => Ok(TaskStatus::InProgress),
            StatusKind::Paused => Ok(TaskStatus::Paused),
            StatusKind::Done => parse_day(&day.get_untracked())
                .map(|on| TaskStatus::Done { on })
                .map_err(|e| (state.texts().day_error)(&e)),
        };
        let outcome = status.and_then(|s| state.change(|ws, now| ws.set_task_status(&id, s, now)));
        error.set(outcome.err());
    };
    view! {
        <form class="status-form" on:submit=submit>
            <label for="task-status">{move || state.texts().task.status_label}</label>
            <div class="inline-fields">
                <select id="task-status" on:change=move |ev| {
                    if let Some(chosen) = StatusKind::from_code(&event_target_value(&ev)) {
                        kind.set(chosen);
                    }
                }>
                    {StatusKind::ALL.map(|k| view! {
                        <option value=k.code() selected=move || kind.get() == k>{move || (state.texts().task.status_name)(k)}</option>
                    })}
                </select>
                <Show when=move || kind.get() == StatusKind::Done>
                    <label class="inline">{move || state.texts().task.done_on_label}
                        <input id="task-done-on" type="text" prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev)) />
                    </label>
                </Show>
                <button type="submit">{move || state.texts().task.status_save}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

/// Title, details, agencies, deadline and content group, saved together.
#[component]
fn TaskForm(id: Id, task: Task) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = RwSignal::new(task.title.clone());
    let details = RwSignal::new(task.details.clone());
    let lead = RwSignal::new(task.lead.clone());
    let coordinating = RwSignal::new(task.coordinating.clone());
    let deadline = RwSignal::new(DeadlineForm::of(&task.deadline, task.on_request));
    let context = state.ws.with_untracked(|ws| {
        ws.date_context(task.plan.as_ref(), task.meeting.as_ref(), edge::today())
    });
    let group = RwSignal::new(task.group.clone());
    let error = RwSignal::new(None::<String>);
    let groups = state.ws.with_untracked(|ws| {
        let list = task.plan.iter().flat_map(|p| ws.plan_groups(p));
        list.map(|g| (g.id().clone(), g.body().title.clone()))
            .collect::<Vec<_>>()
    });
    let has_plan = task.plan.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let on_request = deadline.with_untracked(|f| f.on_request);
        let outcome = deadline
            .with_untracked(|f| f.read(&context))
            .map_err(|e| (state.texts().deadline_error)(&e))
            .and_then(|deadline| {
                let fields = TaskFields {
                    title: title.get_untracked(),
                    details: details.get_untracked(),
                    lead: lead.get_untracked(),
                    coordinating: coordinating.get_untracked(),
                    deadline,
                    on_request,
                };
                state.change(|ws, now| {
                    ws.update_task(&id, &fields, now)?;
                    ws.move_task_to_group(&id, group.get_untracked().as_ref(), now)
                })
            });
        error.set(outcome.err());
    };
    let current_group = task.group.clone();
    let group_options = groups.into_iter().map(move |(gid, name)| {
        let chosen = current_group.as_ref() == Some(&gid);
        view! { <option value=gid.to_string() selected=chosen>{name}</option> }
    });
    let no_group = task.group.is_none();
    view! {
        <form class="task-form" on:submit=submit novalidate>
            <h2>{move || state.texts().task.edit_heading}</h2>
            <label for="task-edit-title">{move || state.texts().task.title_label}</label>
            <input id="task-edit-title" type="text" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
            <label for="task-details">{move || state.texts().task.details_label}</label>
            <textarea id="task-details" rows="3" prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))></textarea>
            <AgencyField id="task-edit-lead" label=|t| t.task.lead_label selected=lead />
            <AgencyChips id="task-edit-coordinating" label=|t| t.task.coordinating_label add_label=|t| t.meeting.coordinating_add_label
                chosen=coordinating lead=lead on_change=Callback::new(move |list| { coordinating.set(list); Ok(()) }) />
            <DeadlineInput id="task-deadline" form=deadline context />
            {has_plan.then(|| view! {
                <label for="task-group">{move || state.texts().plan.group_label}</label>
                <select id="task-group" on:change=move |ev| group.set(Id::parse(&event_target_value(&ev)).ok())>
                    <option value="" selected=no_group>{move || state.texts().plan.no_group}</option>
                    {group_options.collect_view()}
                </select>
            })}
            <div class="buttons"><button type="submit">{move || state.texts().save}</button></div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
