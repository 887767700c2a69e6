//! Where an assignment came from: the meeting that gave it, and the plan it is tracked under.

use crate::domain::Id;
use crate::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "Giao tại: <the meeting>", and the plan the assignment is tracked under, if any.
#[component]
pub fn TaskSource(id: Id, meeting: Id, plan: Option<Id>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (title, plans) = state.ws.with_untracked(|ws| {
        let title = ws
            .meetings()
            .get_any(&meeting)
            .map(|m| m.body().title.clone());
        let plans = ws.plans_by_title().into_iter();
        let plans = plans.map(|p| (p.id().clone(), p.body().title.clone()));
        (title.unwrap_or_default(), plans.collect::<Vec<_>>())
    });
    let chosen = RwSignal::new(plan.clone());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let to = chosen.get_untracked();
        error.set(
            state
                .change(|ws, now| ws.file_task(&id, to.as_ref(), now))
                .err(),
        );
    };
    let options = plans
        .into_iter()
        .map(|(pid, name)| {
            let selected = plan.as_ref() == Some(&pid);
            view! { <option value=pid.to_string() selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <p class="task-source">{move || state.texts().meeting.task_from}": "
            <a href=Route::Meeting(meeting.clone()).to_hash()>{title}</a>
        </p>
        <form class="file-form" on:submit=submit>
            <label for="task-file">{move || state.texts().meeting.task_file_label}</label>
            <div class="inline-fields">
                <select id="task-file" on:change=move |ev| chosen.set(Id::parse(&event_target_value(&ev)).ok())>
                    <option value="" selected=plan.is_none()>{move || state.texts().meeting.task_no_plan}</option>
                    {options}
                </select>
                <button type="submit" class="secondary">{move || state.texts().meeting.task_file_save}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
