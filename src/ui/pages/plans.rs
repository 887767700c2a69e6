//! The list of plans, with their progress, and the form that adds one.

use crate::domain::Id;
use crate::route::Route;
use crate::ui::components::text_form::TextForm;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Progress;
use leptos::prelude::*;

/// A plan as the list shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct PlanRow {
    id: Id,
    title: String,
    /// "Kế hoạch số 511/KH-UBND ngày 31/07/2023", or the kind alone.
    reference: Option<String>,
    progress: Progress,
    overdue: usize,
}

/// Page "Kế hoạch": every plan, and a form to add one (which then opens it).
#[component]
pub fn PlansPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let add = Callback::new(move |title: String| {
        let id = state.change(|ws, now| ws.add_plan(edge::new_id(), &title, now))?;
        edge::go(&Route::Plan(id));
        Ok(())
    });
    let rows = move || {
        state.ws.with(|ws| {
            let plans = ws.plans_by_title().into_iter();
            let today = edge::today();
            let row = |p: &crate::domain::Record<crate::domain::Plan>| PlanRow {
                id: p.id().clone(),
                title: p.body().title.clone(),
                reference: p.body().reference.as_ref().map(ToString::to_string),
                progress: ws.plan_progress(p.id()),
                overdue: ws.plan_figures(p.id(), today).overdue,
            };
            plans.map(row).collect::<Vec<_>>()
        })
    };
    let empty = move || rows().is_empty();
    view! {
        <h1>{move || state.texts().plan.list_heading}</h1>
        <div class="actions">
            <a class="button secondary" id="open-intake" href=Route::Intake.to_hash()>{move || state.texts().intake.heading}</a>
        </div>
        <TextForm
            id="plan-title"
            label=|t| t.plan.new_label
            example=|t| t.plan.new_example
            button=|t| t.plan.add
            on_submit=add
        />
        <Show when=empty>
            <p class="empty">{move || state.texts().plan.list_empty}</p>
        </Show>
        <ul class="plans">
            <For
                each=rows
                key=|row| row.clone()
                children=move |row| view! { <PlanItem row /> }
            />
        </ul>
    }
}

/// One plan in the list: its title and "Đã hoàn thành x/y nhiệm vụ", linking to the plan.
#[component]
fn PlanItem(row: PlanRow) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Progress { done, total } = row.progress;
    let progress = move || (state.texts().plan.progress)(done, total);
    view! {
        <li class="plan">
            <a href=Route::Plan(row.id).to_hash()>
                <span class="plan-title">{row.title}</span>
                {row.reference.map(|r| view! { <span class="plan-reference">{r}</span> })}
                {(row.overdue > 0).then(|| view! {
                    <span class="badge overdue">{move || (state.texts().overdue_count)(row.overdue)}</span>
                })}
                <span class="progress">{progress}</span>
                <progress max=total.max(1) value=done aria-hidden="true"></progress>
            </a>
        </li>
    }
}
