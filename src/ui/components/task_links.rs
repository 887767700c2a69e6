//! A list of tasks that may be long (a search over an office's thousands, an agency's hundreds),
//! shown a page at a time: the first hundred, then more on request. Drawing only what a person
//! reads keeps every keystroke in the search box instant; the whole list is one tap away.

use crate::domain::Id;
use crate::ui::components::task_link::TaskLink;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// How many tasks a list shows at first, and how many more each "show more" adds.
pub const PAGE: usize = 100;

/// The tasks `ids` as links, the first `shown` of them, with buttons for the rest.
#[component]
pub fn TaskLinks(
    /// The tasks, in the order to list them.
    #[prop(into)]
    ids: Signal<Vec<Id>>,
    /// How many are drawn; the owner sets it back to [`PAGE`] when the list is asked anew.
    #[prop(optional)]
    shown: Option<RwSignal<usize>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = shown.unwrap_or_else(|| RwSignal::new(PAGE));
    let rows = move || {
        let count = shown.get();
        ids.with(|ids| {
            state.ws.with(|ws| {
                let tasks = ids.iter().take(count).filter_map(|id| ws.tasks().get(id));
                tasks
                    .map(|t| (t.id().clone(), t.version().total(), t.body().clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let total = move || ids.with(Vec::len);
    let hidden = move || total().saturating_sub(shown.get());
    view! {
        <ul class="task-links">
            <For each=rows key=|(id, revision, _)| (id.clone(), *revision)
                children=move |(id, _, task)| view! { <TaskLink id task /> } />
        </ul>
        <Show when=move || { hidden() > 0 }>
            <p class="more">
                <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || (state.texts().show_more)(hidden().min(PAGE))}
                </button>
                <button type="button" class="secondary show-all" on:click=move |_| shown.set(usize::MAX)>
                    {move || (state.texts().show_all)(total())}
                </button>
            </p>
        </Show>
    }
}
