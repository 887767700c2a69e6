//! The plan's heading: title, reference in the standard form, kind, issuer, years, summary;
//! and its actions: edit, duplicate as next year's template, delete.

use crate::domain::{Id, Plan, PlanKind};
use crate::route::Route;
use crate::ui::components::agency_suggest::AgencyChips;
use crate::ui::components::references_box::ReferencesBox;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{Kind, PlanFields};
use leptos::prelude::*;

/// The plan's details, or the form that edits them.
#[component]
pub fn PlanHeader(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = RwSignal::new(false);
    let plan = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .ws
                .with(|ws| ws.plans().get(&id).map(|p| p.body().clone()))
        })
    };
    let intake_id = id.clone();
    let (edit_id, copy_id, delete_id) = (id.clone(), id.clone(), id);
    let duplicate = move |_| {
        let made = state.change(|ws, now| ws.duplicate_plan(&copy_id, &mut edge::new_id, now));
        match made {
            Ok(copy) => edge::go(&Route::Plan(copy)),
            Err(message) => {
                state.notices.tell(message);
            }
        }
    };
    let delete = move |_| {
        let name = plan
            .with_untracked(|p| p.as_ref().map(|p| p.title.clone()))
            .unwrap_or_default();
        match state.delete(Kind::Plan, &delete_id, &name) {
            Ok(()) => edge::go(&Route::Plans),
            Err(message) => {
                state.notices.tell(message);
            }
        }
    };
    let details = move || plan.get().map(|p| view! { <PlanDetails plan=p /> });
    view! {
        <Show when=move || editing.get() fallback=details>
            {
                let id = edit_id.clone();
                move || plan.get().map(|p| view! { <PlanEditor id=id.clone() plan=p editing /> })
            }
        </Show>
        <Show when=move || !editing.get()>
            <div class="actions">
                <button type="button" class="secondary" on:click=move |_| editing.set(true)>{move || state.texts().plan.edit}</button>
                <button type="button" class="secondary" on:click=duplicate.clone()>{move || state.texts().plan.duplicate}</button>
                <a class="button secondary" id="open-intake" href=Route::IntakePlan(intake_id.clone()).to_hash()>{move || state.texts().intake.heading}</a>
                <button type="button" class="secondary danger" on:click=delete.clone()>{move || state.texts().plan.delete}</button>
            </div>
        </Show>
    }
}

/// The plan as read: title, then "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh", etc.
#[component]
fn PlanDetails(plan: Plan) -> impl IntoView {
    let state = expect_context::<AppState>();
    let reference = plan
        .reference
        .as_ref()
        .map(|r| view! { <p class="reference">{r.to_string()}</p> });
    let kind = plan.kind;
    let mut facts = Vec::new();
    if !plan.issuer.is_empty() {
        facts.push(plan.issuer.clone());
    }
    if let Some(years) = plan.period {
        facts.push(match years.from == years.to {
            true => years.from.to_string(),
            false => format!("{}–{}", years.from, years.to),
        });
    }
    let facts = facts.join(" · ");
    let summary =
        (!plan.summary.is_empty()).then(|| view! { <p class="summary">{plan.summary.clone()}</p> });
    let bases = (!plan.bases.is_empty()).then(|| {
        let lines = plan.bases.iter().map(|r| view! { <li>{r.to_string()}</li> }).collect_view();
        view! { <p class="bases-heading">{move || state.texts().plan.bases_heading}</p><ul class="bases">{lines}</ul> }
    });
    let agencies = state.ws.with_untracked(|ws| {
        let names: Vec<&str> = plan
            .agencies
            .iter()
            .filter_map(|a| ws.agency_name(a))
            .collect();
        names.join(", ")
    });
    let agencies = (!agencies.is_empty()).then(|| {
        view! { <p class="plan-agencies">{move || state.texts().plan.agencies_label}": "{agencies.clone()}</p> }
    });
    view! {
        <p class="plan-kind">{move || (state.texts().plan.kind)(kind)}{(!facts.is_empty()).then(|| format!(" · {facts}"))}</p>
        <h1>{plan.title.clone()}</h1>
        {reference}
        {summary}
        {bases}
        {agencies}
    }
}

/// Every field of the plan in one form.
#[component]
fn PlanEditor(id: Id, plan: Plan, editing: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let form = RwSignal::new(PlanFields::of(&plan));
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = form.get_untracked();
        match state.change(|ws, now| ws.update_plan(&id, &fields, now)) {
            // The lines that cannot be read stay in their boxes, marked; the rest is saved.
            Ok(refused) if refused.is_empty() => editing.set(false),
            Ok(refused) => error.set(Some((state.texts().plan.saved_but_refused)(refused.len()))),
            Err(message) => error.set(Some(message)),
        }
    };
    let text = move |field_id: &'static str,
                     get: fn(&PlanFields) -> &String,
                     set: fn(&mut PlanFields, String)| {
        view! {
            <input id=field_id type="text" autocomplete="off"
                prop:value=move || form.with(|f| get(f).clone())
                on:input=move |ev| form.update(|f| set(f, event_target_value(&ev))) />
        }
    };
    view! {
        <form class="plan-form" on:submit=submit novalidate>
            <label for="plan-edit-title">{move || state.texts().plan.title_label}</label>
            {text("plan-edit-title", |f| &f.title, |f, v| f.title = v)}
            <label for="plan-kind">{move || state.texts().plan.kind_label}</label>
            <select id="plan-kind" on:change=move |ev| {
                let kind = PlanKind::from_code(&event_target_value(&ev)).unwrap_or_default();
                form.update(|f| f.kind = kind);
            }>
                {PlanKind::ALL.map(|k| view! {
                    <option value=k.code() selected=move || form.with(|f| f.kind == k)>{move || (state.texts().plan.kind)(k)}</option>
                })}
            </select>
            <ReferencesBox id="plan-reference" label=|t| t.plan.reference_label hint=|t| t.plan.reference_hint single=true
                value=Signal::derive(move || form.with(|f| f.reference.clone()))
                on_input=Callback::new(move |v| form.update(|f| f.reference = v)) />
            <label for="plan-issuer">{move || state.texts().plan.issuer_label}</label>
            {text("plan-issuer", |f| &f.issuer, |f, v| f.issuer = v)}
            <div class="inline-fields">
                <label>{move || state.texts().plan.from_label}{text("plan-from", |f| &f.from_year, |f, v| f.from_year = v)}</label>
                <label>{move || state.texts().plan.to_label}{text("plan-to", |f| &f.to_year, |f, v| f.to_year = v)}</label>
            </div>
            <label for="plan-summary">{move || state.texts().plan.summary_label}</label>
            <textarea id="plan-summary" rows="3" prop:value=move || form.with(|f| f.summary.clone())
                on:input=move |ev| form.update(|f| f.summary = event_target_value(&ev))></textarea>
            <ReferencesBox id="plan-bases" label=|t| t.plan.bases_label hint=|t| t.plan.bases_hint
                value=Signal::derive(move || form.with(|f| f.bases.clone()))
                on_input=Callback::new(move |v| form.update(|f| f.bases = v)) />
            <AgencyChips id="plan-agencies" label=|t| t.plan.agencies_label add_label=|t| t.plan.agencies_add
                chosen=Signal::derive(move || form.with(|f| f.agencies.clone()))
                on_change=Callback::new(move |list| { form.update(|f| f.agencies = list); Ok(()) }) />
            <div class="buttons">
                <button type="submit">{move || state.texts().save}</button>
                <button type="button" class="secondary" on:click=move |_| editing.set(false)>{move || state.texts().cancel}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
