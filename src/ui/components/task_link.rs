//! A task as a line in a list that leads to its page: number-free title, plan, lead agency,
//! deadline and standing.

use crate::domain::{Id, Task};
use crate::route::Route;
use crate::ui::components::standing::{DeadlineText, StandingBadge};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One task, linking to its page.
#[component]
pub fn TaskLink(
    /// The task's id.
    id: Id,
    /// The task as it is now.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lead, plan) = state.ws.with_untracked(|ws| {
        let lead = ws.agency_name(&task.lead).unwrap_or_default().to_owned();
        let plan = task.plan.as_ref().and_then(|p| ws.plans().get_any(p));
        let meeting = task.meeting.as_ref().and_then(|m| ws.meetings().get_any(m));
        let home = plan.map(|p| p.body().title.clone());
        let home = home.or_else(|| meeting.map(|m| m.body().title.clone()));
        (lead, home.unwrap_or_default())
    });
    let data_id = id.to_string();
    view! {
        <li class="task-link" data-id=data_id>
            <a href=Route::Task(id).to_hash()>
                <span class="task-title">{match task.title.trim() {
                    "" => state.texts().meeting.assignment_untitled.to_owned(),
                    title => title.to_owned(),
                }}</span>
                <span class="task-meta">{lead}" · "{plan}</span>
                <span class="task-meta"><DeadlineText task=task.clone() /></span>
                <StandingBadge task />
            </a>
        </li>
    }
}
