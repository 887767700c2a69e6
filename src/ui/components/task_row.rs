//! One task in a plan's list: its number, title (opening the task), lead agency, deadline and
//! standing; tick it done, move it, delete it.

use crate::domain::{Id, Task};
use crate::route::Route;
use crate::ui::components::standing::{DeadlineText, StandingBadge};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Kind;
use leptos::prelude::*;

/// A task row. It shows a snapshot of the task; the list re-creates the row when the task's
/// version changes.
#[component]
pub fn TaskRow(
    /// The task's id.
    id: Id,
    /// The number shown, 1, 2, … through the plan.
    number: u32,
    /// The task as it is now.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let unled = state.texts().unled;
    let lead = state.ws.with_untracked(|ws| ws.lead_name(&task, unled));
    let done = task.status.is_done();
    let toggle_id = id.clone();
    let toggle = move |ev| {
        let on = event_target_checked(&ev).then(edge::today);
        if let Err(message) = state.change(|ws, now| ws.set_task_done(&toggle_id, on, now)) {
            state.notices.tell(message);
        }
    };
    let step = {
        let id = id.clone();
        move |earlier: bool| {
            let id = id.clone();
            move |_| {
                if let Err(message) = state.change(|ws, now| ws.move_task(&id, earlier, now)) {
                    state.notices.tell(message);
                }
            }
        }
    };
    let (delete_id, title) = (id.clone(), task.title.clone());
    let delete = move |_| {
        if let Err(message) = state.delete(Kind::Task, &delete_id, &title) {
            state.notices.tell(message);
        }
    };
    let (check_id, label_for, data_id) =
        (format!("done-{id}"), format!("done-{id}"), id.to_string());
    view! {
        <li class="task" class:done=done data-id=data_id>
            <span class="number">{number}"."</span>
            <div class="task-main">
                <a class="task-title" href=Route::Task(id.clone()).to_hash()>{task.title.clone()}</a>
                <span class="task-meta">
                    <span class="lead">{lead}</span>
                    " · "
                    <DeadlineText task=task.clone() />
                </span>
                <span><StandingBadge task=task.clone() /></span>
            </div>
            <label class="check" for=label_for>
                <input type="checkbox" id=check_id prop:checked=done on:change=toggle />
                <span>{move || state.texts().task.done_label}</span>
            </label>
            <div class="row-actions">
                <button type="button" class="secondary icon" on:click=step(true) aria-label=move || state.texts().move_up>"↑"</button>
                <button type="button" class="secondary icon" on:click=step(false) aria-label=move || state.texts().move_down>"↓"</button>
                <button type="button" class="secondary delete" on:click=delete>
                    {move || state.texts().delete}
                </button>
            </div>
        </li>
    }
}
