//! One plan: its reference and details, its figures, its content groups with their numbered
//! tasks, its indicators, and the forms that add to it (one task typed, or a table pasted:
//! `paste`).

use crate::domain::{roman, Id, Task};
use crate::route::Route;
use crate::ui::components::agency_suggest::AgencyField;
use crate::ui::components::conflicts::RecordConflicts;
use crate::ui::components::deadline_input::DeadlineInput;
use crate::ui::components::export_buttons::{ExportButtons, ExportChoice};
use crate::ui::components::figures::FigureCards;
use crate::ui::components::report_files::{self, ReportFiles};
use crate::ui::components::task_row::TaskRow;
use crate::ui::components::text_form::TextForm;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{DeadlineForm, Kind, TaskFields};
use header::PlanHeader;
use indicators::Indicators;
use leptos::prelude::*;
use paste::PasteTable;

mod header;
mod indicators;
mod paste;
mod paste_preview;

/// Page of one plan. A plan that is gone (deleted here or elsewhere) says so.
#[component]
pub fn PlanPage(
    /// The plan to show.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let exists = {
        let id = id.clone();
        move || state.ws.with(|ws| ws.plans().get(&id).is_some())
    };
    let figures = {
        let id = id.clone();
        Memo::new(move |_| state.ws.with(|ws| ws.plan_figures(&id, edge::today())))
    };
    view! {
        <a class="back" href=Route::Plans.to_hash()>{move || state.texts().plan.back}</a>
        <Show when=exists fallback=move || view! { <p class="empty">{move || state.texts().plan.missing}</p> }>
            <PlanHeader id=id.clone() />
            <RecordConflicts kind=Kind::Plan id=id.clone() />
            <FigureCards figures />
            <Sections id=id.clone() />
            <PasteTable plan=id.clone() />
            <AddTask plan=id.clone() />
            <AddGroup plan=id.clone() />
            <Indicators plan=id.clone() />
            <ReportFiles id="plan-report" heading=|t| t.files.plan_report make=report_files::of_plan of=vec![id.clone()] />
            <section class="send" aria-labelledby="send-heading">
                <h2 id="send-heading">{move || state.texts().exchange.send_plan}</h2>
                <p class="hint">{move || state.texts().exchange.send_plan_hint}</p>
                <ExportButtons chosen=ExportChoice::Plan(id.clone()) />
            </section>
        </Show>
    }
}

/// A content group as the list shows it: id, version, shown number, title.
type GroupLine = Option<(Id, u64, u32, String)>;
/// A task as the list shows it: id, version, shown number, body.
type TaskLine = (Id, u64, u32, Task);

/// The plan's tasks, group by group (tasks outside any group first), numbered 1, 2, … through
/// the whole plan as its document numbers them.
#[component]
fn Sections(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let sections = Memo::new(move |_| {
        state.ws.with(|ws| {
            let mut sections: Vec<(GroupLine, Vec<TaskLine>)> = vec![(None, Vec::new())];
            for (n, g) in (1..).zip(ws.plan_groups(&id)) {
                let line = (g.id().clone(), g.revision(), n, g.body().title.clone());
                sections.push((Some(line), Vec::new()));
            }
            for (number, t) in (1..).zip(ws.plan_tasks(&id)) {
                let at = sections
                    .iter()
                    .position(|(g, _)| g.as_ref().map(|g| &g.0) == t.body().group.as_ref())
                    .unwrap_or(0);
                let line = (t.id().clone(), t.revision(), number, t.body().clone());
                sections[at].1.push(line);
            }
            sections.retain(|(g, tasks)| g.is_some() || !tasks.is_empty());
            sections
        })
    });
    let empty = move || sections.with(Vec::is_empty);
    view! {
        <h2>{move || state.texts().plan.tasks_heading}</h2>
        <Show when=empty>
            <p class="empty">{move || state.texts().plan.tasks_empty}</p>
        </Show>
        <For
            each=move || sections.get()
            key=|(group, tasks)| {
                let group = group.as_ref().map(|g| (g.0.clone(), g.1, g.2));
                let tasks: Vec<_> = tasks.iter().map(|t| (t.0.clone(), t.1, t.2)).collect();
                (group, tasks)
            }
            children=move |(group, tasks)| view! { <Section group tasks /> }
        />
    }
}

/// One content group's heading (with its own actions) and its tasks.
#[component]
fn Section(group: GroupLine, tasks: Vec<TaskLine>) -> impl IntoView {
    let heading = group.map(|(id, _, number, title)| view! { <GroupHeading id number title /> });
    let rows = tasks
        .into_iter()
        .map(|(id, _, number, task)| view! { <TaskRow id number task /> })
        .collect_view();
    view! {
        <section class="group">
            {heading}
            <ol class="tasks">{rows}</ol>
        </section>
    }
}

/// "I. Cải cách thể chế" with move, rename and delete.
#[component]
fn GroupHeading(id: Id, number: u32, title: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let renaming = RwSignal::new(false);
    let (up_id, down_id, rename_id, delete_id) = (id.clone(), id.clone(), id.clone(), id);
    let step = move |id: Id, earlier: bool| {
        move |_| {
            if let Err(message) = state.change(|ws, now| ws.move_group(&id, earlier, now)) {
                state.notices.tell(message);
            }
        }
    };
    let rename = Callback::new(move |typed: String| {
        state.change(|ws, now| ws.rename_group(&rename_id, &typed, now))?;
        renaming.set(false);
        Ok(())
    });
    let name = title.clone();
    let delete = move |_| {
        if let Err(message) = state.delete(Kind::Group, &delete_id, &name) {
            state.notices.tell(message);
        }
    };
    let shown = format!("{}. {title}", roman(number));
    view! {
        <div class="group-heading">
            <Show when=move || renaming.get() fallback=move || view! { <h3>{shown.clone()}</h3> }>
                <TextForm id="group-rename" label=|t| t.rename button=|t| t.save initial=title.clone()
                    on_submit=rename on_cancel=Callback::new(move |()| renaming.set(false)) />
            </Show>
            <div class="actions">
                <button type="button" class="secondary icon" on:click=step(up_id.clone(), true)
                    aria-label=move || state.texts().move_up>"↑"</button>
                <button type="button" class="secondary icon" on:click=step(down_id.clone(), false)
                    aria-label=move || state.texts().move_down>"↓"</button>
                <button type="button" class="secondary" on:click=move |_| renaming.set(true)>{move || state.texts().rename}</button>
                <button type="button" class="secondary danger" on:click=delete>{move || state.texts().delete}</button>
            </div>
        </div>
    }
}

/// The form that adds a task: title, lead agency, content group and deadline.
#[component]
fn AddTask(plan: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lead = RwSignal::new(None::<Id>);
    let group = RwSignal::new(None::<Id>);
    let deadline = RwSignal::new(DeadlineForm::blank(edge::today()));
    let context = state
        .ws
        .with_untracked(|ws| ws.date_context(Some(&plan), None, edge::today()));
    let groups_plan = plan.clone();
    let groups = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.plan_groups(&groups_plan).into_iter();
            list.map(|g| (g.id().clone(), g.body().title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let add = Callback::new(move |title: String| {
        let on_request = deadline.with_untracked(|f| f.on_request);
        let deadline = deadline
            .with_untracked(|f| f.read(&context))
            .map_err(|e| (state.texts().deadline_error)(&e))?;
        let fields = TaskFields {
            title,
            lead: lead.get_untracked(),
            deadline,
            on_request,
            ..TaskFields::default()
        };
        let chosen = group.get_untracked();
        let id = state.change(|ws, now| {
            ws.add_task_with(edge::new_id(), &plan, chosen.as_ref(), &fields, now)
        })?;
        let early = state.ws.with_untracked(|ws| {
            let task = ws.tasks().get(&id)?;
            ws.due_before_plan(task.body())
        });
        if let Some(day) = early {
            state
                .notices
                .tell((state.texts().task.due_before_plan)(day));
        }
        Ok(())
    });
    view! {
        <div class="add-task">
            <TextForm id="task-title" label=|t| t.plan.task_new_label example=|t| t.plan.task_new_example button=|t| t.plan.task_add on_submit=add>
                <AgencyField id="task-lead" label=|t| t.task.lead_label selected=lead />
                <Show when=move || !groups.with(Vec::is_empty)>
                    <label for="task-new-group">{move || state.texts().plan.group_label}</label>
                    <select id="task-new-group" on:change=move |ev| group.set(Id::parse(&event_target_value(&ev)).ok())>
                        <option value="">{move || state.texts().plan.no_group}</option>
                        <For each=move || groups.get() key=|g| g.clone() children=move |(id, name)| {
                            let value = id.to_string();
                            view! { <option value=value selected=move || group.with(|g| g.as_ref() == Some(&id))>{name}</option> }
                        } />
                    </select>
                </Show>
                <DeadlineInput id="task-new-deadline" form=deadline context />
            </TextForm>
        </div>
    }
}

/// The form that adds a content group (nội dung) at the end of the plan.
#[component]
fn AddGroup(plan: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let add = Callback::new(move |title: String| {
        state.change(|ws, now| ws.add_group(edge::new_id(), &plan, &title, now))?;
        Ok(())
    });
    view! {
        <div class="add-group">
            <TextForm id="group-title" label=|t| t.plan.group_new_label example=|t| t.plan.group_new_example button=|t| t.plan.group_add on_submit=add />
        </div>
    }
}
