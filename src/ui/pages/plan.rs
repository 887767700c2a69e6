//! One plan: its title, its progress, its numbered tasks, and the form that adds a task.

use crate::domain::{Id, Task};
use crate::route::Route;
use crate::ui::components::agency_select::AgencySelect;
use crate::ui::components::task_row::TaskRow;
use crate::ui::components::text_form::TextForm;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Kind;
use leptos::prelude::*;

/// Page of one plan. A plan that is gone (deleted here or elsewhere) says so.
#[component]
pub fn PlanPage(
    /// The plan to show.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let exists = {
        let id = id.clone();
        move || state.ws.with(|ws| ws.plans().get(&id).is_some())
    };
    view! {
        <a class="back" href=Route::Plans.to_hash()>{move || state.texts().plan_back}</a>
        <Show when=exists fallback=move || view! { <p class="empty">{move || state.texts().plan_missing}</p> }>
            <PlanHeader id=id.clone() />
            <TaskList id=id.clone() />
            <AddTask plan=id.clone() />
        </Show>
    }
}

/// The plan's title and progress, with rename and delete.
#[component]
fn PlanHeader(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let renaming = RwSignal::new(false);
    let title = {
        let id = id.clone();
        move || {
            state.ws.with(|ws| {
                ws.plans()
                    .get(&id)
                    .map(|p| p.body().title.clone())
                    .unwrap_or_default()
            })
        }
    };
    let progress = {
        let id = id.clone();
        move || {
            let p = state.ws.with(|ws| ws.plan_progress(&id));
            (state.texts().progress)(p.done, p.total)
        }
    };
    let rename = {
        let id = id.clone();
        Callback::new(move |typed: String| {
            state.change(|ws, now| ws.rename_plan(&id, &typed, now))?;
            renaming.set(false);
            Ok(())
        })
    };
    let delete = move |_| {
        let name = title_of(state, &id);
        match state.delete(Kind::Plan, &id, &name) {
            Ok(()) => edge::go(&Route::Plans),
            Err(message) => {
                state.notify(message, None, false);
            }
        }
    };
    let title_now = title.clone();
    view! {
        <Show
            when=move || renaming.get()
            fallback=move || view! { <h1>{title.clone()}</h1> }
        >
            <TextForm
                id="plan-rename"
                label=|t| t.rename
                button=|t| t.save
                initial=title_now()
                on_submit=rename
                on_cancel=Callback::new(move |()| renaming.set(false))
            />
        </Show>
        <p class="progress">{progress}</p>
        <div class="actions">
            <button type="button" class="secondary" on:click=move |_| renaming.set(true)>
                {move || state.texts().rename}
            </button>
            <button type="button" class="secondary danger" on:click=delete>
                {move || state.texts().plan_delete}
            </button>
        </div>
    }
}

fn title_of(state: AppState, id: &Id) -> String {
    state.ws.with_untracked(|ws| {
        ws.plans()
            .get_any(id)
            .map(|p| p.body().title.clone())
            .unwrap_or_default()
    })
}

/// The plan's tasks in order, keyed by id and revision so a changed task is drawn again.
#[component]
fn TaskList(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            let tasks = ws.plan_tasks(&id).into_iter();
            tasks
                .map(|t| (t.id().clone(), t.version().total(), t.body().clone()))
                .collect::<Vec<(Id, u64, Task)>>()
        })
    });
    let empty = move || rows.with(Vec::is_empty);
    view! {
        <h2>{move || state.texts().tasks_heading}</h2>
        <Show when=empty>
            <p class="empty">{move || state.texts().tasks_empty}</p>
        </Show>
        <ol class="tasks">
            <For
                each=move || rows.get()
                key=|(id, revision, _)| (id.clone(), *revision)
                children=move |(id, _, task)| view! { <TaskRow id task /> }
            />
        </ol>
    }
}

/// The form that adds a task: its title and its lead agency.
#[component]
fn AddTask(plan: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lead = RwSignal::new(None::<Id>);
    let add = Callback::new(move |title: String| {
        let chosen = lead.get_untracked();
        state.change(|ws, now| ws.add_task(edge::new_id(), &plan, &title, chosen.as_ref(), now))?;
        Ok(())
    });
    view! {
        <div class="add-task">
            <TextForm id="task-title" label=|t| t.task_new_label example=|t| t.task_new_example button=|t| t.task_add on_submit=add>
                <AgencySelect id="task-lead" selected=lead />
            </TextForm>
        </div>
    }
}
