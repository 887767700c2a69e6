//! One task card: ticked or not (an unsure one starts unticked and marked "cần xem lại"), what
//! to do, the lead and coordinating agencies with the app's agency picker (a name the directory
//! does not have shows as "mới: …" and is added only when the review is created), the content
//! group, and the deadline with the app's deadline input.

use super::marked::show;
use super::Intake;
use crate::domain::Id;
use crate::ui::components::agency_suggest::AgencySuggest;
use crate::ui::components::deadline_input::DeadlineInput;
use crate::ui::state::AppState;
use crate::workspace::{AgencyChoice, DateContext, DeadlineForm, TaskReview, Workspace};
use leptos::prelude::*;

/// How a card names an agency: the directory's name, or "mới: …".
fn agency_name(ws: &Workspace, state: &AppState, choice: &AgencyChoice) -> String {
    match choice {
        AgencyChoice::Known(id) => ws.agency_name(id).unwrap_or_default().to_owned(),
        AgencyChoice::New(name) => (state.texts().intake.new_agency)(name),
    }
}

/// The DOM id prefix of card `n`'s deadline fields; the deadline input takes a `&'static str`,
/// so each one is made once and kept for the page's life.
fn deadline_id(n: usize) -> &'static str {
    thread_local! {
        static IDS: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    IDS.with(|ids| {
        let mut ids = ids.borrow_mut();
        while ids.len() <= n {
            let id = format!("intake-task-{}-deadline", ids.len());
            ids.push(Box::leak(id.into_boxed_str()));
        }
        ids[n]
    })
}

/// Task card `n` of the review.
#[component]
pub fn TaskCard(n: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let task = Memo::new(move |_| {
        intake
            .review
            .with(|r| r.as_ref().and_then(|r| r.tasks.get(n).cloned()))
    });
    let get = move |f: fn(&TaskReview) -> bool| move || task.with(|t| t.as_ref().is_some_and(f));
    let id = format!("intake-task-{n}");
    let tap = move |_| {
        if let Some(t) = task.get_untracked() {
            show(&intake, t.span);
        }
    };
    let title = move || task.with(|t| t.as_ref().map(|t| t.title.clone()).unwrap_or_default());
    view! {
        <li class="card intake-card intake-task" id=format!("{id}-card") class:unticked=move || !get(|t| t.ticked)()
            class:unsure=get(|t| t.unsure) on:click=tap>
            <div class="card-head">
                <label class="check" for=id.clone()>
                    <input type="checkbox" id=id.clone() prop:checked=get(|t| t.ticked)
                        on:change=move |ev| { let on = event_target_checked(&ev); intake.edit_task(n, |t| t.ticked = on) } />
                    {move || (state.texts().intake.task_number)(n + 1)}
                </label>
                <Show when=get(|t| t.unsure)>
                    <span class="badge check-mark">{move || state.texts().intake.check_mark}</span>
                </Show>
            </div>
            <label for=format!("{id}-title")>{move || state.texts().intake.task_title_label}</label>
            <textarea id=format!("{id}-title") rows="3" prop:value=title
                on:input=move |ev| { let t = event_target_value(&ev); intake.edit_task(n, |x| x.title = t) }></textarea>
            <LeadField n />
            <Coordinators n />
            <GroupChoice n />
            <Deadline n />
        </li>
    }
}

/// The lead agency: picked from the directory, or a new one by its name.
#[component]
fn LeadField(n: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let lead = Memo::new(move |_| {
        intake
            .review
            .with(|r| r.as_ref().and_then(|r| r.tasks.get(n)?.lead.clone()))
    });
    let initial = state.ws.with_untracked(|ws| match lead.get_untracked() {
        Some(AgencyChoice::Known(id)) => ws.agency_name(&id).unwrap_or_default().to_owned(),
        Some(AgencyChoice::New(name)) => name,
        None => String::new(),
    });
    let set = move |choice: Option<AgencyChoice>| intake.edit_task(n, |t| t.lead = choice);
    let on_pick = Callback::new(move |id: Id| {
        set(Some(AgencyChoice::Known(id)));
        Ok(())
    });
    let on_new = Callback::new(move |name: String| {
        set(Some(AgencyChoice::New(name)));
        Ok(())
    });
    let on_unpick = Callback::new(move |()| set(None));
    let note = move || {
        match lead.get() {
        Some(AgencyChoice::New(name)) => Some(view! { <span class="badge new-agency">{(state.texts().intake.new_agency)(&name)}</span> }.into_any()),
        None => Some(view! { <span class="badge warning">{state.texts().intake.no_lead}</span> }.into_any()),
        Some(AgencyChoice::Known(_)) => None,
    }
    };
    view! {
        <AgencySuggest id=format!("intake-task-{n}-lead") label=|t| t.intake.lead_label initial on_pick on_new on_unpick />
        <p class="agency-note" id=format!("intake-task-{n}-lead-note")>{note}</p>
    }
}

/// The coordinating agencies: a chip each (with its ✕), and a field to add one.
#[component]
fn Coordinators(n: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let list = move || {
        intake.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.tasks.get(n))
                .map(|t| t.coordinating.clone())
                .unwrap_or_default()
        })
    };
    let add = move |choice: AgencyChoice| {
        intake.edit_task(n, |t| {
            if !t.coordinating.contains(&choice) {
                t.coordinating.push(choice);
            }
        });
        Ok(())
    };
    let on_pick = Callback::new(move |id: Id| add(AgencyChoice::Known(id)));
    let on_new = Callback::new(move |name: String| add(AgencyChoice::New(name)));
    let chips = move || {
        let names = state.ws.with(|ws| {
            list()
                .iter()
                .map(|c| agency_name(ws, &state, c))
                .collect::<Vec<_>>()
        });
        names.into_iter().enumerate().map(|(at, name)| {
            let remove = move |_| intake.edit_task(n, |t| if at < t.coordinating.len() { t.coordinating.remove(at); });
            let label = (state.texts().intake.remove_agency)(&name);
            view! { <li class="chip">{name}<button type="button" class="chip-remove" aria-label=label on:click=remove>"✕"</button></li> }
        }).collect_view()
    };
    view! {
        <p class="label">{move || state.texts().intake.coordinating_label}</p>
        <ul class="chips" id=format!("intake-task-{n}-coordinating")>{chips}</ul>
        <AgencySuggest id=format!("intake-task-{n}-coordinator") label=|t| t.intake.coordinating_add initial="" on_pick on_new clear_after=true />
    }
}

/// The content group of a plan's task, when the plan has groups.
#[component]
fn GroupChoice(n: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let groups = move || {
        intake.review.with(|r| {
            let r = r.as_ref()?;
            let plan = !r.target.is_meeting() && !r.groups.is_empty();
            plan.then(|| {
                (
                    r.groups.iter().map(|g| g.title.clone()).collect::<Vec<_>>(),
                    r.tasks.get(n).and_then(|t| t.group),
                )
            })
        })
    };
    let choose = move |ev| {
        let group = event_target_value(&ev).parse::<usize>().ok();
        intake.edit_task(n, |t| t.group = group);
    };
    move || {
        groups().map(|(titles, chosen)| {
            let options = titles.into_iter().enumerate().map(|(g, title)| {
                view! { <option value=g.to_string() selected=chosen == Some(g)>{title}</option> }
            });
            view! {
                <label for=format!("intake-task-{n}-group")>{state.texts().intake.group_label}</label>
                <select id=format!("intake-task-{n}-group") on:change=choose>
                    <option value="" selected=chosen.is_none()>{state.texts().intake.no_group}</option>
                    {options.collect_view()}
                </select>
            }
        })
    }
}

/// The deadline, edited with the deadline input; what it reads as is written back to the card.
#[component]
fn Deadline(n: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let intake = expect_context::<Intake>();
    let start = intake.review.with_untracked(|r| {
        let t = r.as_ref().and_then(|r| r.tasks.get(n));
        t.map(|t| DeadlineForm::of(&t.deadline, t.on_request))
            .unwrap_or_default()
    });
    let form = RwSignal::new(start);
    let near = intake
        .drafts
        .with_untracked(|d| {
            d.as_ref()
                .and_then(|d| d.document.date.as_ref().map(|f| f.value))
        })
        .unwrap_or_else(crate::ui::edge::today);
    let context = DateContext { near, years: None };
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let typed = form.get();
        match typed.read(&context) {
            Ok(deadline) => {
                error.set(None);
                intake.review.maybe_update(|r| {
                    let Some(t) = r.as_mut().and_then(|r| r.tasks.get_mut(n)) else {
                        return false;
                    };
                    let changed = t.deadline != deadline || t.on_request != typed.on_request;
                    t.deadline = deadline;
                    t.on_request = typed.on_request;
                    changed
                });
            }
            Err(e) => error.set(Some((state.texts().deadline_error)(&e))),
        }
    });
    view! {
        <DeadlineInput id=deadline_id(n) form context />
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
}
