//! A task as a line in a list that leads to its page: number-free title, plan, lead agency,
//! deadline and standing.

use crate::domain::{Id, Task};
use crate::route::Route;
use crate::ui::components::standing::{deadline_today, standing_class, standing_today};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One task, linking to its page. Drawn once as plain text, with nothing reactive inside: the
/// lists key their rows by the task's revision and the language, so a changed task or another
/// language draws a new row, and a list of a thousand tasks sets up no signal per row.
#[component]
pub fn TaskLink(
    /// The task's id.
    id: Id,
    /// The task as it is now.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let texts = state.lang.get_untracked().texts();
    let (lead, home) = state.ws.with_untracked(|ws| {
        let lead = ws.agency_name(&task.lead).unwrap_or_default().to_owned();
        let plan = task.plan.as_ref().and_then(|p| ws.plans().get_any(p));
        let meeting = task.meeting.as_ref().and_then(|m| ws.meetings().get_any(m));
        let home = plan.map(|p| p.body().title.clone());
        let home = home.or_else(|| meeting.map(|m| m.body().title.clone()));
        (lead, home.unwrap_or_default())
    });
    let title = match task.title.trim() {
        "" => texts.meeting.assignment_untitled.to_owned(),
        title => title.to_owned(),
    };
    let (standing, badge) = standing_today(texts, &task);
    let data_id = id.to_string();
    view! {
        <li class="task-link" data-id=data_id>
            <a href=Route::Task(id).to_hash()>
                <span class="task-title">{title}</span>
                <span class="task-meta">{format!("{lead} · {home}")}</span>
                <span class="task-meta">{deadline_today(texts, &task)}</span>
                <span class=standing_class(standing)>{badge}</span>
            </a>
        </li>
    }
}
