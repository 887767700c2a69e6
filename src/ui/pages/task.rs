//! One task: everything about it in one form, its status, and its progress log.

use crate::domain::dates::{parse_day, short};
use crate::domain::{Id, LogKind, Task, TaskStatus};
use crate::route::Route;
use crate::ui::components::agency_checks::AgencyChecks;
use crate::ui::components::agency_select::AgencySelect;
use crate::ui::components::deadline_input::DeadlineInput;
use crate::ui::components::standing::{DeadlineText, StandingBadge};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{DeadlineForm, Kind, TaskFields};
use leptos::prelude::*;

/// Page of one task. A task that is gone says so.
#[component]
pub fn TaskPage(
    /// The task to show.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let task = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .ws
                .with(|ws| ws.tasks().get(&id).map(|t| t.body().clone()))
        })
    };
    let missing = move || view! { <p class="empty">{move || state.texts().task_missing}</p> };
    view! {
        <Show when=move || task.with(Option::is_some) fallback=missing>
            {
                let id = id.clone();
                move || task.get().map(|t| view! { <TaskView id=id.clone() task=t /> })
            }
        </Show>
    }
}

/// The task's header, forms and log. Drawn again when the task changes.
#[component]
fn TaskView(id: Id, task: Task) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan_title = state.ws.with_untracked(|ws| {
        ws.plans()
            .get_any(&task.plan)
            .map(|p| p.body().title.clone())
            .unwrap_or_default()
    });
    let lead = state
        .ws
        .with_untracked(|ws| ws.agency_name(&task.lead).unwrap_or_default().to_owned());
    let (delete_id, title) = (id.clone(), task.title.clone());
    let plan = task.plan.clone();
    let warning = state
        .ws
        .with_untracked(|ws| ws.due_before_plan(&task))
        .map(|day| view! { <p class="warning" role="note">{move || (state.texts().due_before_plan)(day)}</p> });
    let delete = move |_| match state.delete(Kind::Task, &delete_id, &title) {
        Ok(()) => edge::go(&Route::Plan(plan.clone())),
        Err(message) => {
            state.notify(message, None, false);
        }
    };
    view! {
        <a class="back" href=Route::Plan(task.plan.clone()).to_hash()>"← "{plan_title}</a>
        <h1>{task.title.clone()}</h1>
        <p class="task-summary">
            <span class="lead">{lead}</span>" · "<DeadlineText task=task.clone() />" "
            <StandingBadge task=task.clone() />
        </p>
        {warning}
        <StatusForm id=id.clone() status=task.status.clone() />
        <TaskForm id=id.clone() task=task.clone() />
        <LogSection id=id.clone() task />
        <div class="actions">
            <button type="button" class="secondary danger" on:click=delete>{move || state.texts().task_delete}</button>
        </div>
    }
}

/// What the lead agency reports: not started, in progress, done on a day, paused.
#[component]
fn StatusForm(id: Id, status: TaskStatus) -> impl IntoView {
    let state = expect_context::<AppState>();
    let code = RwSignal::new(status_code(&status).to_owned());
    let done_on = match &status {
        TaskStatus::Done { on } => *on,
        _ => edge::today(),
    };
    let day = RwSignal::new(short(done_on));
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let status = match code.get_untracked().as_str() {
            "in_progress" => Ok(TaskStatus::InProgress),
            "paused" => Ok(TaskStatus::Paused),
            "done" => parse_day(&day.get_untracked())
                .map(|on| TaskStatus::Done { on })
                .map_err(|e| (state.texts().day_error)(&e)),
            _ => Ok(TaskStatus::NotStarted),
        };
        let outcome = status.and_then(|s| state.change(|ws, now| ws.set_task_status(&id, s, now)));
        error.set(outcome.err());
    };
    view! {
        <form class="status-form" on:submit=submit>
            <label for="task-status">{move || state.texts().status_label}</label>
            <div class="inline-fields">
                <select id="task-status" on:change=move |ev| code.set(event_target_value(&ev))>
                    {["not_started", "in_progress", "done", "paused"].map(|c| view! {
                        <option value=c selected=move || code.get() == c>{move || (state.texts().status_name)(c)}</option>
                    })}
                </select>
                <Show when=move || code.get() == "done">
                    <label class="inline">{move || state.texts().done_on_label}
                        <input id="task-done-on" type="text" prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev)) />
                    </label>
                </Show>
                <button type="submit">{move || state.texts().status_save}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

fn status_code(status: &TaskStatus) -> &'static str {
    match status {
        TaskStatus::NotStarted => "not_started",
        TaskStatus::InProgress => "in_progress",
        TaskStatus::Done { .. } => "done",
        TaskStatus::Paused => "paused",
    }
}

/// Title, details, agencies, deadline and content group, saved together.
#[component]
fn TaskForm(id: Id, task: Task) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = RwSignal::new(task.title.clone());
    let details = RwSignal::new(task.details.clone());
    let lead = RwSignal::new(Some(task.lead.clone()));
    let coordinating = RwSignal::new(task.coordinating.clone());
    let deadline = RwSignal::new(DeadlineForm::of(&task.deadline));
    let group = RwSignal::new(task.group.clone());
    let error = RwSignal::new(None::<String>);
    let groups = state.ws.with_untracked(|ws| {
        let list = ws.plan_groups(&task.plan).into_iter();
        list.map(|g| (g.id().clone(), g.body().title.clone()))
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = deadline
            .with_untracked(|f| f.read())
            .map_err(|e| (state.texts().deadline_error)(&e))
            .and_then(|deadline| {
                let fields = TaskFields {
                    title: title.get_untracked(),
                    details: details.get_untracked(),
                    lead: lead.get_untracked(),
                    coordinating: coordinating.get_untracked(),
                    deadline,
                };
                state.change(|ws, now| {
                    ws.update_task(&id, &fields, now)?;
                    ws.move_task_to_group(&id, group.get_untracked().as_ref(), now)
                })
            });
        error.set(outcome.err());
    };
    let group_options = groups.into_iter().map(|(gid, name)| {
        let chosen = task.group.as_ref() == Some(&gid);
        view! { <option value=gid.to_string() selected=chosen>{name}</option> }
    });
    view! {
        <form class="task-form" on:submit=submit novalidate>
            <h2>{move || state.texts().task_edit_heading}</h2>
            <label for="task-edit-title">{move || state.texts().task_title_label}</label>
            <input id="task-edit-title" type="text" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
            <label for="task-details">{move || state.texts().task_details_label}</label>
            <textarea id="task-details" rows="3" prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))></textarea>
            <AgencySelect id="task-edit-lead" selected=lead />
            <AgencyChecks selected=coordinating lead />
            <DeadlineInput id="task-deadline" form=deadline />
            <label for="task-group">{move || state.texts().group_label}</label>
            <select id="task-group" on:change=move |ev| group.set(Id::parse(&event_target_value(&ev)).ok())>
                <option value="" selected=task.group.is_none()>{move || state.texts().no_group}</option>
                {group_options.collect_view()}
            </select>
            <div class="buttons"><button type="submit">{move || state.texts().save}</button></div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

/// Dated progress reports and evidence, with a form to add one.
#[component]
fn LogSection(id: Id, task: Task) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = RwSignal::new("report".to_owned());
    let day = RwSignal::new(short(edge::today()));
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add_id = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let log_kind = if kind.get_untracked() == "evidence" {
            LogKind::Evidence
        } else {
            LogKind::Report
        };
        let outcome = parse_day(&day.get_untracked())
            .map_err(|e| (state.texts().day_error)(&e))
            .and_then(|on| {
                let typed = text.get_untracked();
                state
                    .change(|ws, now| ws.add_log(&add_id, on, log_kind, &typed, edge::today(), now))
            });
        error.set(outcome.err());
    };
    let entries = task.log.into_iter().enumerate().map(|(index, entry)| {
        let remove_id = id.clone();
        let remove = move |_| {
            if let Err(message) = state.change(|ws, now| ws.remove_log(&remove_id, index, now)) {
                state.notify(message, None, false);
            }
        };
        let kind_text = move || (state.texts().log_kind)(entry.kind);
        view! {
            <li class="log-entry">
                <span class="log-day">{short(entry.day)}</span>
                <span class="log-kind">{kind_text}</span>
                <span class="log-text">{entry.text}</span>
                <button type="button" class="secondary" on:click=remove>{move || state.texts().delete}</button>
            </li>
        }
    }).collect_view();
    view! {
        <h2>{move || state.texts().log_heading}</h2>
        <ul class="log">{entries}</ul>
        <form class="log-form" on:submit=submit>
            <div class="inline-fields">
                <label>{move || state.texts().log_kind_label}
                    <select id="log-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="report">{move || (state.texts().log_kind)(LogKind::Report)}</option>
                        <option value="evidence">{move || (state.texts().log_kind)(LogKind::Evidence)}</option>
                    </select>
                </label>
                <label>{move || state.texts().log_day_label}
                    <input id="log-day" type="text" prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev)) />
                </label>
            </div>
            <label for="log-text">{move || state.texts().log_text_label}</label>
            <textarea id="log-text" rows="2" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <div class="buttons"><button type="submit">{move || state.texts().log_add}</button></div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
