//! Where a task stands (quá hạn, sắp đến hạn, đúng hạn …) and its deadline, as words and a
//! coloured badge that also reads without colour.

use crate::domain::deadline::standing;
use crate::domain::{Standing, Task, TaskStatus};
use crate::i18n::{date, Texts};
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

/// Where the task stands today, and its badge's words: "Quá hạn 10 ngày", "Đã xong · 02/04/2026".
pub fn standing_today(texts: &Texts, task: &Task) -> (Standing, String) {
    let now = standing(&task.deadline, &task.status, edge::today());
    let words = (texts.task.standing)(now);
    let words = match task.status {
        TaskStatus::Done { on } => format!("{words} · {}", date(on)),
        _ => words,
    };
    (now, words)
}

/// The task's deadline in words for today (see [`DeadlineText`]).
pub fn deadline_today(texts: &Texts, task: &Task) -> String {
    let next = task.deadline.current_due(&task.status, edge::today());
    texts.task_deadline(task, next)
}

/// The badge of a task, computed for today (a standing depends on the task and the day only).
#[component]
pub fn StandingBadge(
    /// The task as it is now.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let class = standing_class(standing(&task.deadline, &task.status, edge::today()));
    view! { <span class=class>{move || standing_today(state.texts(), &task).1}</span> }
}

/// "trước ngày 15/04/2024", "quý II/2024", "hằng quý · kỳ tới 30/06/2024"; nothing without one.
#[component]
pub fn DeadlineText(
    /// The task whose deadline is shown.
    task: Task,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || deadline_today(state.texts(), &task)
}
