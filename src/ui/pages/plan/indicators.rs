//! The plan's indicators (chỉ tiêu): what is counted, the target, what is achieved, and the
//! percent of the target; with a form to add or edit one.

use crate::domain::{Direction, Id, Indicator};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{IndicatorFields, Kind};
use leptos::prelude::*;

/// The indicators of a plan and the form that adds one.
#[component]
pub fn Indicators(plan: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let list_plan = plan.clone();
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.plan_indicators(&list_plan).into_iter();
            list.map(|i| (i.id().clone(), i.revision(), i.body().clone()))
                .collect::<Vec<_>>()
        })
    });
    let adding = RwSignal::new(false);
    view! {
        <h2>{move || state.texts().plan.indicators_heading}</h2>
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="empty">{move || state.texts().plan.indicators_empty}</p>
        </Show>
        <ul class="indicators">
            <For each=move || rows.get() key=|(id, revision, _)| (id.clone(), *revision)
                children=move |(id, _, indicator)| view! { <IndicatorItem id indicator /> } />
        </ul>
        <Show when=move || adding.get() fallback=move || view! {
            <button type="button" class="secondary" on:click=move |_| adding.set(true)>{move || state.texts().plan.indicator_add}</button>
        }>
            <IndicatorForm plan=plan.clone() id=None fields=IndicatorFields::default() open=adding />
        </Show>
    }
}

/// One indicator: "Giảm phòng, ban, chi cục: 40/81 đơn vị (49%)", with a bar, edit and delete.
#[component]
fn IndicatorItem(id: Id, indicator: Indicator) -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing = RwSignal::new(false);
    let percent = indicator.percent();
    let fields = IndicatorFields::of(&indicator);
    let plan = indicator.plan.clone();
    let (delete_id, name) = (id.clone(), indicator.name.clone());
    let delete = move |_| {
        if let Err(message) = state.delete(Kind::Indicator, &delete_id, &name) {
            state.notices.tell(message);
        }
    };
    let line = move || (state.texts().plan.indicator_line)(&indicator);
    view! {
        <li class="indicator">
            <Show when=move || editing.get() fallback=move || view! {
                <div class="indicator-main">
                    <span class="indicator-text">{line.clone()}</span>
                    <progress max="100" value=percent.unwrap_or(0).min(100) aria-hidden="true"></progress>
                </div>
                <div class="actions">
                    <button type="button" class="secondary" on:click=move |_| editing.set(true)>{move || state.texts().edit}</button>
                    <button type="button" class="secondary danger" on:click=delete.clone()>{move || state.texts().delete}</button>
                </div>
            }>
                <IndicatorForm plan=plan.clone() id=Some(id.clone()) fields=fields.clone() open=editing />
            </Show>
        </li>
    }
}

/// Adds an indicator (`id` none) or edits one.
#[component]
fn IndicatorForm(
    plan: Id,
    id: Option<Id>,
    fields: IndicatorFields,
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let form = RwSignal::new(fields);
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = form.get_untracked();
        let outcome = state.change(|ws, now| match &id {
            Some(id) => ws.update_indicator(id, &fields, now),
            None => ws
                .add_indicator(edge::new_id(), &plan, &fields, now)
                .map(|_| ()),
        });
        match outcome {
            Ok(()) => open.set(false),
            Err(message) => error.set(Some(message)),
        }
    };
    let text = move |field_id: &'static str,
                     label: fn(&crate::i18n::Texts) -> &'static str,
                     get: fn(&IndicatorFields) -> &String,
                     set: fn(&mut IndicatorFields, String)| {
        view! {
            <label>{move || label(state.texts())}
                <input id=field_id type="text" autocomplete="off"
                    prop:value=move || form.with(|f| get(f).clone())
                    on:input=move |ev| form.update(|f| set(f, event_target_value(&ev))) />
            </label>
        }
    };
    view! {
        <form class="indicator-form" on:submit=submit novalidate>
            {text("indicator-name", |t| t.plan.indicator_name_label, |f| &f.name, |f, v| f.name = v)}
            <div class="inline-fields">
                <label>{move || state.texts().plan.indicator_direction_label}
                    <select id="indicator-direction" on:change=move |ev| {
                        let direction = if event_target_value(&ev) == "increase" { Direction::Increase } else { Direction::Reduce };
                        form.update(|f| f.direction = direction);
                    }>
                        <option value="reduce" selected=move || form.with(|f| f.direction == Direction::Reduce)>{move || state.texts().plan.direction_reduce}</option>
                        <option value="increase" selected=move || form.with(|f| f.direction == Direction::Increase)>{move || state.texts().plan.direction_increase}</option>
                    </select>
                </label>
                {text("indicator-unit", |t| t.plan.indicator_unit_label, |f| &f.unit, |f, v| f.unit = v)}
            </div>
            <div class="inline-fields">
                {text("indicator-baseline", |t| t.plan.indicator_baseline_label, |f| &f.baseline, |f, v| f.baseline = v)}
                {text("indicator-target", |t| t.plan.indicator_target_label, |f| &f.target, |f, v| f.target = v)}
                {text("indicator-achieved", |t| t.plan.indicator_achieved_label, |f| &f.achieved, |f, v| f.achieved = v)}
            </div>
            <p class="hint">{move || state.texts().plan.indicator_hint}</p>
            <div class="buttons">
                <button type="submit">{move || state.texts().save}</button>
                <button type="button" class="secondary" on:click=move |_| open.set(false)>{move || state.texts().cancel}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
