//! "Dán bảng nhiệm vụ": rows copied from Excel or Word pasted into a box on the plan's page
//! (the clipboard's HTML table read first, else its text; typing or pasting plain text works
//! too), previewed with a role for each column and a tick for each task (`paste_preview`),
//! and created as one change, as a document read into cards is (`intake::create`), so the
//! notice's one "Hoàn tác" takes the tasks, their new groups and agencies back.

use super::paste_preview::PastePreview;
use crate::domain::Id;
use crate::paste::{self, classify, to_review, Columns, Grid, RowKind};
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::pages::intake::create::create_undoably;
use crate::ui::state::AppState;
use crate::workspace::Review;
use leptos::prelude::*;

/// What the panel holds: the box's text, the table read from the clipboard, the columns'
/// roles, the rows the official unticked, and what the last tap said.
#[derive(Clone, Copy)]
pub(super) struct Pasted {
    pub open: RwSignal<bool>,
    pub text: RwSignal<String>,
    pub grid: RwSignal<Grid>,
    pub columns: RwSignal<Columns>,
    /// Rows of the grid whose task is not to be made.
    pub unticked: RwSignal<Vec<usize>>,
    pub message: RwSignal<Option<String>>,
}

impl Pasted {
    fn new() -> Pasted {
        Pasted {
            open: RwSignal::new(false),
            text: RwSignal::new(String::new()),
            grid: RwSignal::new(Grid::default()),
            columns: RwSignal::new(Columns::default()),
            unticked: RwSignal::new(Vec::new()),
            message: RwSignal::new(None),
        }
    }

    /// A new table: its columns recognised afresh, every task ticked.
    fn load(self, state: AppState, html: &str, plain: &str) {
        let (grid, columns) = state.ws.with_untracked(|ws| paste::read(html, plain, ws));
        self.grid.set(grid);
        self.columns.set(columns);
        self.unticked.set(Vec::new());
        self.message.set(None);
    }

    fn clear(self) {
        self.text.set(String::new());
        self.grid.set(Grid::default());
        self.columns.set(Columns::default());
        self.unticked.set(Vec::new());
    }
}

/// The button, and the panel it opens: the box to paste into, the preview, the create button.
#[component]
pub fn PasteTable(
    /// The plan the tasks are added to.
    plan: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let pasted = Pasted::new();
    let review_plan = plan.clone();
    let review = Memo::new(move |_| {
        let unticked = pasted.unticked.get();
        pasted.grid.with(|grid| {
            pasted.columns.with(|columns| {
                state.ws.with(|ws| {
                    let mut review = to_review(grid, columns, &review_plan, ws, edge::today());
                    for task in &mut review.tasks {
                        task.ticked = !unticked.contains(&task.span.0);
                    }
                    review
                })
            })
        })
    });
    let kinds = Memo::new(move |_| {
        pasted
            .grid
            .with(|g| pasted.columns.with(|c| classify(g, c)))
    });
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        let plain = data.get_data("text/plain").unwrap_or_default();
        if html.is_empty() && plain.is_empty() {
            return;
        }
        ev.prevent_default();
        pasted.text.set(plain.clone());
        pasted.load(state, &html, &plain);
    };
    // A table pasted anywhere on the plan's page, not into a field, opens the panel with it:
    // the official copies rows in Excel and presses Ctrl+V on the plan.
    let page_paste = window_event_listener(leptos::ev::paste, move |ev| {
        if edge::is_typing_target(ev.target()) {
            return;
        }
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        let plain = data.get_data("text/plain").unwrap_or_default();
        if !paste::from_clipboard(&html, &plain).is_table() {
            return;
        }
        ev.prevent_default();
        pasted.open.set(true);
        pasted.text.set(plain.clone());
        pasted.load(state, &html, &plain);
    });
    on_cleanup(move || page_paste.remove());
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        pasted.load(state, "", &typed);
        pasted.text.set(typed);
    };
    let ticked = move || review.with(|r| r.tasks.iter().filter(|t| t.ticked).count());
    let create = Callback::new(move |()| {
        let review: Review = review.get_untracked();
        if !review.tasks.iter().any(|t| t.ticked) {
            let nothing = state.texts().plan.paste_nothing;
            pasted.message.set(Some(nothing.to_owned()));
            return;
        }
        let title = state.ws.with_untracked(|ws| {
            let plan = ws.plans().get(&plan);
            plan.map(|p| p.body().title.clone()).unwrap_or_default()
        });
        let document = (state.texts().plan.paste_document)(&title);
        let said = state.texts().plan.paste_created;
        match create_undoably(&state, &keeper, &review, Some(&document), said) {
            Ok(_) => {
                pasted.clear();
                pasted.open.set(false);
            }
            Err(message) => pasted.message.set(Some(message)),
        }
    });
    let toggle = move |_| pasted.open.update(|o| *o = !*o);
    let has_rows = move || pasted.grid.with(|g| !g.rows.is_empty());
    let count = move || {
        let groups = kinds.with(|k| k.iter().filter(|k| **k == RowKind::Group).count());
        let tasks = review.with(|r| r.tasks.len());
        (state.texts().plan.paste_count)(tasks, groups, ticked())
    };
    view! {
        <div class="paste-open">
            <button type="button" class="secondary" id="paste-open" aria-expanded=move || pasted.open.get().to_string()
                aria-controls="paste-panel" on:click=toggle>{move || state.texts().plan.paste_open}</button>
        </div>
        <Show when=move || pasted.open.get()>
            <section class="paste-panel" id="paste-panel" aria-labelledby="paste-heading">
                <h2 id="paste-heading">{move || state.texts().plan.paste_heading}</h2>
                <p class="hint" id="paste-hint">{move || state.texts().plan.paste_hint}</p>
                <label for="paste-area">{move || state.texts().plan.paste_area_label}</label>
                <textarea id="paste-area" rows="4" aria-describedby="paste-hint" spellcheck="false"
                    prop:value=move || pasted.text.get() on:paste=on_paste on:input=on_input></textarea>
                <Show when=has_rows>
                    <PastePreview pasted review kinds />
                    <p class="paste-count" id="paste-count" aria-live="polite">{count}</p>
                </Show>
                <div class="buttons">
                    <Show when=has_rows>
                        <button type="button" id="paste-create" on:click=move |_| create.run(())>{move || (state.texts().plan.paste_create)(ticked())}</button>
                    </Show>
                    <button type="button" class="secondary" id="paste-close" on:click=move |_| pasted.open.set(false)>{move || state.texts().plan.paste_close}</button>
                </div>
                <p class="import-message" role="alert" id="paste-message">{move || pasted.message.get()}</p>
            </section>
        </Show>
    }
}
