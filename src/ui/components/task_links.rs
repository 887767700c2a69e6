//! A list of tasks that may be long (a search over an office's thousands, an agency's hundreds),
//! shown a page at a time: the first hundred, then more on request. Drawing only what a person
//! reads keeps every keystroke in the search box instant; the whole list is one tap away.

use crate::domain::{Id, Record, Task};
use crate::ui::components::task_link::TaskLink;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// How many tasks a list shows at first, and how many more each "show more" adds.
pub const PAGE: usize = 100;

/// The first page of a list that sits among other things (the overview's "needs attention").
pub const SHORT_PAGE: usize = 20;

/// The tasks `ids` as links, the first `shown` of them, with buttons for the rest.
#[component]
pub fn TaskLinks(
    /// The tasks, in the order to list them.
    #[prop(into)]
    ids: Signal<Vec<Id>>,
    /// How many are drawn; the owner sets it back to [`PAGE`] when the list is asked anew.
    #[prop(optional)]
    shown: Option<RwSignal<usize>>,
    /// The list's element id, for lists a page links to.
    #[prop(optional, into)]
    list_id: Option<&'static str>,
    /// How many rows come first, and with each "show more"; [`PAGE`] unless given.
    #[prop(optional)]
    page: Option<usize>,
    /// Words to mark in the titles (the find page's, which change a moment after typing stops):
    /// the rows are drawn again when they change, with their marks.
    #[prop(optional)]
    marks: Option<Signal<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let page = page.unwrap_or(PAGE);
    let shown = shown.unwrap_or_else(|| RwSignal::new(page));
    // Keyed by revision and language: rows are drawn once (see `TaskLink`).
    let rows = move || {
        let count = shown.get();
        let lang = state.lang.get();
        let words = marks.map(|m| m.get()).unwrap_or_default();
        ids.with(|ids| {
            state.ws.with(|ws| {
                let tasks = ids.iter().take(count).filter_map(|id| ws.tasks().get(id));
                let row = |t: &Record<Task>| (t.id().clone(), t.revision(), lang, words.clone());
                tasks.map(row).collect::<Vec<_>>()
            })
        })
    };
    let total = move || ids.with(Vec::len);
    let hidden = move || total().saturating_sub(shown.get());
    view! {
        <ul class="task-links" id=list_id>
            <For each=rows key=|row| row.clone() children=move |(id, _, _, marks)| view! { <TaskLink id marks /> } />
        </ul>
        <Show when=move || { hidden() > 0 }>
            <p class="more">
                <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += page)>
                    {move || (state.texts().show_more)(hidden().min(page))}
                </button>
                <button type="button" class="secondary show-all" on:click=move |_| shown.set(usize::MAX)>
                    {move || (state.texts().show_all)(total())}
                </button>
            </p>
        </Show>
    }
}
