//! Where a task stands (quá hạn, sắp đến hạn, đúng hạn …) and its deadline, as words and a
//! coloured badge that also reads without colour.

use crate::domain::{Standing, Task, TaskStatus};
use crate::i18n::date;
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The CSS class of a standing: the badge's colour.
pub fn standing_class(standing: Standing) -> &'static str {
    match standing {
        Standing::Overdue { .. } => "badge overdue",
        Standing::DueSoon { .. } => "badge soon",
        Standing::DoneOnTime => "badge done",
        Standing::DoneLate { .. } => "badge late",
        Standing::Paused => "badge paused",
        Standing::NotStarted | Standing::InProgress => "badge open",
    }
}

/// The badge of a task, computed for today.
#[component]
pub fn StandingBadge(
    /// The task as it is now.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let done_on = match task.status {
        TaskStatus::Done { on } => Some(date(on)),
        _ => None,
    };
    let standing = Memo::new(move |_| {
        let today = edge::today();
        state.ws.with(|ws| ws.task_standing(&task, today))
    });
    let text = move || {
        let words = (state.texts().standing)(standing.get());
        match &done_on {
            Some(day) => format!("{words} · {day}"),
            None => words,
        }
    };
    view! { <span class=move || standing_class(standing.get())>{text}</span> }
}

/// "trước ngày 15/04/2024", "quý II/2024", "hằng quý · kỳ tới 30/06/2024"; nothing without one.
#[component]
pub fn DeadlineText(
    /// The task whose deadline is shown.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let next = task.deadline.current_due(&task.status, edge::today());
        (state.texts().deadline)(&task.deadline, next)
    }
}
