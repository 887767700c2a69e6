//! The deadline editor: a kind (none, a day, a month, a quarter, a year, recurring) and the
//! fields that kind needs. What it accepts is decided by `workspace::DeadlineForm`.

use crate::domain::dates::{has_year, parse_day_after};
use crate::domain::Every;
use crate::ui::state::AppState;
use crate::workspace::{DateContext, DeadlineForm, DeadlineKind};
use leptos::prelude::*;

/// Edits a deadline form in place; `id` prefixes the ids of its fields.
#[component]
pub fn DeadlineInput(
    /// Prefix of the fields' ids, e.g. "task-deadline".
    id: &'static str,
    /// The form being edited.
    form: RwSignal<DeadlineForm>,
    /// Where a day typed without its year takes it from, and the plan's years.
    context: DateContext,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    // "15/4" shows at once the full day it will be saved as.
    let read_as = move || {
        let day = form.with(|f| f.day.clone());
        let day = (!has_year(&day))
            .then(|| parse_day_after(&day, context.near).ok())
            .flatten()?;
        Some(
            view! { <p class="hint day-read-as" id=format!("{id}-day-read")>{(state.texts().task.day_read_as)(day)}</p> },
        )
    };
    let first_empty =
        move || form.with(|f| f.kind == DeadlineKind::Recurring && f.day.trim().is_empty());
    let kind = move || form.with(|f| f.kind);
    let field = move |name: &'static str,
                      get: fn(&DeadlineForm) -> &String,
                      set: fn(&mut DeadlineForm, String)| {
        view! {
            <input
                id=format!("{id}-{name}")
                type="text"
                inputmode=if name == "day" { "text" } else { "numeric" }
                autocomplete="off"
                prop:value=move || form.with(|f| get(f).clone())
                on:input=move |ev| form.update(|f| set(f, event_target_value(&ev)))
            />
        }
    };
    let shows = move |kinds: &'static [DeadlineKind]| move || kinds.contains(&kind());
    view! {
        <fieldset class="deadline">
            <legend>{move || state.texts().task.deadline_label}</legend>
            <KindSelect id form />
            <Show when=shows(&[DeadlineKind::By, DeadlineKind::Recurring])>
                <label for=format!("{id}-day")>{move || {
                    if kind() == DeadlineKind::Recurring { state.texts().task.deadline_first } else { state.texts().task.deadline_day }
                }}</label>
                {field("day", |f| &f.day, |f, v| f.day = v)}
                {read_as}
                <Show when=first_empty>
                    <p class="hint">{move || state.texts().task.deadline_first_hint}</p>
                </Show>
            </Show>
            <Show when=shows(&[DeadlineKind::Recurring])>
                <label for=format!("{id}-every")>{move || state.texts().task.deadline_every}</label>
                <EverySelect id form />
            </Show>
            <div class="inline-fields">
                <Show when=shows(&[DeadlineKind::Month])>
                    <label>{move || state.texts().task.deadline_month}{field("month", |f| &f.month, |f, v| f.month = v)}</label>
                </Show>
                <Show when=shows(&[DeadlineKind::Quarter])>
                    <label>{move || state.texts().task.deadline_quarter}{field("quarter", |f| &f.quarter, |f, v| f.quarter = v)}</label>
                </Show>
                <Show when=shows(&[DeadlineKind::Month, DeadlineKind::Quarter, DeadlineKind::Year])>
                    <label>{move || state.texts().task.deadline_year}{field("year", |f| &f.year, |f, v| f.year = v)}</label>
                </Show>
            </div>
            <label class="check" for=format!("{id}-on-request")>
                <input type="checkbox" id=format!("{id}-on-request") prop:checked=move || form.with(|f| f.on_request)
                    on:change=move |ev| form.update(|f| f.on_request = event_target_checked(&ev)) />
                {move || state.texts().task.on_request_label}
            </label>
        </fieldset>
    }
}

/// The kind of deadline; its options' values are [`DeadlineKind::code`].
#[component]
fn KindSelect(id: &'static str, form: RwSignal<DeadlineForm>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let choose = move |ev| {
        if let Some(kind) = DeadlineKind::from_code(&event_target_value(&ev)) {
            form.update(|f| f.kind = kind);
        }
    };
    view! {
        <select id=format!("{id}-kind") aria-label=move || state.texts().task.deadline_label on:change=choose>
            {DeadlineKind::ALL.map(|k| view! {
                <option value=k.code() selected=move || form.with(|f| f.kind == k)>
                    {move || (state.texts().task.deadline_kind)(k)}
                </option>
            })}
        </select>
    }
}

/// How often a recurring duty falls due; its options' values are [`Every::code`].
#[component]
fn EverySelect(id: &'static str, form: RwSignal<DeadlineForm>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let choose = move |ev| {
        if let Some(every) = Every::from_code(&event_target_value(&ev)) {
            form.update(|f| f.every = every);
        }
    };
    view! {
        <select id=format!("{id}-every") on:change=choose>
            {Every::ALL.map(|e| view! {
                <option value=e.code() selected=move || form.with(|f| f.every == e)>
                    {move || (state.texts().task.every)(e)}
                </option>
            })}
        </select>
    }
}
