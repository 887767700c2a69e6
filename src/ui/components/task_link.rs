//! A task as a line in a list that leads to its page: number-free title, plan, lead agency,
//! deadline and standing.

use crate::domain::Id;
use crate::office::xml::escape;
use crate::route::Route;
use crate::search::marked;
use crate::ui::components::standing::{deadline_today, standing_class, standing_today};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One task, linking to its page. Drawn once as plain text, with nothing reactive inside: the
/// lists key their rows by the task's revision and the language, so a changed task or another
/// language draws a new row, and a list of a thousand tasks sets up no signal per row (and
/// copies no task: the row reads what it shows from the workspace).
#[component]
pub fn TaskLink(
    /// The task's id.
    id: Id,
    /// Words searched for, marked in the title (the find page's list only).
    #[prop(optional, into)]
    marks: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let texts = state.lang.get_untracked().texts();
    let row = state.ws.with_untracked(|ws| {
        let task = ws.tasks().get_any(&id)?.body();
        let lead = ws.lead_name(task, texts.unled);
        let plan = task.plan.as_ref().and_then(|p| ws.plans().get_any(p));
        let meeting = task.meeting.as_ref().and_then(|m| ws.meetings().get_any(m));
        let home = plan.map(|p| p.body().title.as_str());
        let home = home.or_else(|| meeting.map(|m| m.body().title.as_str()));
        let title = match task.title.trim() {
            "" => texts.meeting.assignment_untitled,
            title => title,
        };
        let (standing, badge) = standing_today(texts, task);
        Some((
            title.to_owned(),
            format!("{lead} · {}", home.unwrap_or_default()),
            deadline_today(texts, task),
            standing_class(standing),
            badge,
        ))
    });
    let (title, meta, deadline, class, badge) = row.unwrap_or_default();
    let title = match marks.trim() {
        "" => escape(&title),
        query => marked(&title, query)
            .into_iter()
            .map(|(piece, on)| match on {
                true => format!("<mark>{}</mark>", escape(&piece)),
                false => escape(&piece),
            })
            .collect(),
    };
    // One string of markup a row, every text in it escaped: the browser's parser builds the
    // row's ten nodes at once, where a view crossed from wasm to JS for each node and text
    // (docs/benchmarks.md#a-task-row-is-drawn-from-one-string).
    let html = format!(
        "<a href=\"{href}\"><span class=\"task-title\">{title}</span><span class=\"task-meta\">{meta}</span>\
         <span class=\"task-meta\">{deadline}</span><span class=\"{class}\">{badge}</span></a>",
        href = escape(&Route::Task(id.clone()).to_hash()),
        meta = escape(&meta),
        deadline = escape(&deadline),
        class = escape(class),
        badge = escape(&badge),
    );
    view! { <li class="task-link" data-id=id.to_string() inner_html=html></li> }
}
