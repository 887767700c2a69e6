//! One task in a plan's list: tick it done, see who leads it, delete it.

use crate::domain::{Id, Task, TaskStatus};
use crate::i18n::{date, Texts};
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
    /// The task as it is now.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lead = state
        .ws
        .with_untracked(|ws| ws.agency_name(&task.lead).unwrap_or_default().to_owned());
    let done = task.status.is_done();
    let status = task.status.clone();
    let status_text = move || status_text(state.texts(), &status);
    let (toggle_id, delete_id) = (id.clone(), id.clone());
    let toggle = move |ev| {
        let on = event_target_checked(&ev).then(edge::today);
        if let Err(message) = state.change(|ws, now| ws.set_task_done(&toggle_id, on, now)) {
            state.notify(message, None, false);
        }
    };
    let title = task.title.clone();
    let delete = move |_| {
        if let Err(message) = state.delete(Kind::Task, &delete_id, &title) {
            state.notify(message, None, false);
        }
    };
    let (check_id, label_for) = (format!("done-{id}"), format!("done-{id}"));
    view! {
        <li class="task" class:done=done data-id=id.to_string()>
            <span class="number">{task.number}"."</span>
            <div class="task-main">
                <span class="task-title">{task.title.clone()}</span>
                <span class="task-meta">
                    <span class="lead">{lead}</span>
                    " · "
                    <span class="status">{status_text}</span>
                </span>
            </div>
            <label class="check" for=label_for>
                <input type="checkbox" id=check_id prop:checked=done on:change=toggle />
                <span>{move || state.texts().task_done_label}</span>
            </label>
            <button type="button" class="secondary delete" on:click=delete>
                {move || state.texts().delete}
            </button>
        </li>
    }
}

fn status_text(texts: &Texts, status: &TaskStatus) -> String {
    match status {
        TaskStatus::NotStarted => texts.status_not_started.to_owned(),
        TaskStatus::InProgress => texts.status_in_progress.to_owned(),
        TaskStatus::Done { on } => (texts.status_done_on)(&date(*on)),
        TaskStatus::Paused => texts.status_paused.to_owned(),
    }
}
