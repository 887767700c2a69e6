//! The figures of a dashboard as a row of cards: done x/y, overdue, due in 7 and 30 days.

use crate::ui::state::AppState;
use crate::workspace::Figures;
use leptos::prelude::*;

/// Cards for some figures; the ones that need action are marked so.
#[component]
pub fn FigureCards(
    /// The figures to show (recomputed by the caller).
    #[prop(into)]
    figures: Signal<Figures>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let card = move |class: &'static str,
                     value: fn(&Figures) -> usize,
                     label: fn(&crate::i18n::Texts) -> &'static str| {
        view! {
            <div class=move || {
                let n = figures.with(value);
                if n > 0 { format!("figure {class}") } else { "figure".to_owned() }
            }>
                <span class="figure-value">{move || figures.with(value)}</span>
                <span class="figure-label">{move || label(state.texts())}</span>
            </div>
        }
    };
    view! {
        <div class="figures">
            <div class="figure done-figure">
                <span class="figure-value">
                    {move || figures.with(|f| format!("{}/{}", f.done, f.total))}
                </span>
                <span class="figure-label">{move || state.texts().overview.figure_done}</span>
            </div>
            {card("alert", |f| f.overdue, |t| t.overview.figure_overdue)}
            {card("warn", |f| f.due_soon, |t| t.overview.figure_due_soon)}
            {card("", |f| f.due_later, |t| t.overview.figure_due_later)}
            {card("", |f| f.in_progress, |t| t.overview.figure_in_progress)}
            {card("", |f| f.done_late, |t| t.overview.figure_done_late)}
        </div>
    }
}
