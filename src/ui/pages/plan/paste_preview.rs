//! The preview of a pasted table: a role to choose above each column (the recognised one
//! chosen), and each row as what it becomes: a group, a task with its tick (agencies as the
//! directory names them or "mới: …", deadlines as read or "không đọc được"), or skipped. The
//! table scrolls sideways inside its box on a narrow screen.

use super::paste::Pasted;
use crate::i18n::Texts;
use crate::paste::{cell_choices, directory, Role, RowKind};
use crate::ui::state::AppState;
use crate::workspace::{AgencyChoice, Review, TaskReview, Workspace};
use leptos::prelude::*;

/// The table under the box.
#[component]
pub(super) fn PastePreview(
    /// The panel's table and choices.
    pasted: Pasted,
    /// The review the rows make.
    review: Memo<Review>,
    /// What each row is.
    kinds: Memo<Vec<RowKind>>,
) -> impl IntoView {
    let width = move || pasted.grid.with(|g| g.width());
    let heads = move || {
        (0..width())
            .map(|c| view! { <RoleChoice pasted column=c /> })
            .collect_view()
    };
    let rows = Memo::new(move |_| {
        let kinds = kinds.get();
        let review = review.get();
        let tasks = review.tasks.iter();
        let mut tasks = tasks.map(|t| (t.span.0, t.clone())).peekable();
        let roles = pasted.columns.with(|c| c.roles.clone());
        let mut out = Vec::with_capacity(kinds.len());
        for (n, kind) in kinds.into_iter().enumerate() {
            let task = tasks.next_if(|(row, _)| *row == n).map(|(_, t)| t);
            // A row is drawn again when what it shows changes, not when it is ticked.
            let shown = task.clone().map(|t| TaskReview { ticked: true, ..t });
            let key = format!("{n}|{kind:?}|{roles:?}|{shown:?}");
            out.push((key, n, kind, task));
        }
        out
    });
    view! {
        <div class="paste-scroll" id="paste-preview" tabindex="0">
            <table class="paste-preview">
                <thead><tr><th class="paste-kind"></th>{heads}</tr></thead>
                <tbody>
                    <For each=move || rows.get() key=|(key, ..)| key.clone()
                        children=move |(_, n, kind, task)| view! { <PreviewRow pasted n kind task /> } />
                </tbody>
            </table>
        </div>
    }
}

/// The choice of a column's role, above the column, with its heading beside it.
#[component]
fn RoleChoice(pasted: Pasted, column: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let index = move || {
        pasted
            .columns
            .with(|c| Role::ALL.iter().position(|r| *r == c.role(column)))
    };
    let change = move |ev| {
        let chosen = event_target_value(&ev).parse::<usize>().ok();
        if let Some(role) = chosen.and_then(|n| Role::ALL.get(n)) {
            pasted.columns.update(|c| c.set(column, *role));
        }
    };
    let heading = move || {
        pasted
            .grid
            .with(|g| pasted.columns.with(|c| c.heading_of(g, column).to_owned()))
    };
    let label = move || (state.texts().plan.paste_column)(column + 1, &heading());
    let options = move || {
        let texts = &state.texts().plan;
        (Role::ALL.iter().enumerate())
            .map(|(n, r)| {
                // The option's own property: it follows the choice after the official's too.
                let selected = move || index() == Some(n);
                view! { <option value=n.to_string() prop:selected=selected>{(texts.paste_role)(*r)}</option> }
            })
            .collect_view()
    };
    view! {
        <th scope="col" class="paste-column" class:p-skipped=move || pasted.columns.with(|c| c.role(column) == Role::Skip)>
            <select class="paste-role" data-column=column.to_string() aria-label=label
                on:change=change>{options}</select>
        </th>
    }
}

/// One row of the table, as what it becomes.
#[component]
fn PreviewRow(pasted: Pasted, n: usize, kind: RowKind, task: Option<TaskReview>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let all = state.texts();
    let texts = &all.plan;
    let data_kind = match kind {
        RowKind::Group => "group",
        RowKind::Task => "task",
        RowKind::Heading | RowKind::Blank | RowKind::Skipped => "skip",
    };
    let label = (texts.paste_kind)(kind);
    // What the row becomes, to choose where the rules read it otherwise (a task with only its
    // title read as a group); a blank row and the heading have no choice.
    let choice = match kind {
        RowKind::Heading | RowKind::Blank => None,
        _ => Some(view! { <KindChoice pasted n kind /> }),
    };
    let first = match (&task, choice) {
        (Some(_), choice) => {
            let ticked = move || pasted.unticked.with(|u| !u.contains(&n));
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                pasted.unticked.update(|u| {
                    u.retain(|r| *r != n);
                    if !on {
                        u.push(n);
                    }
                });
            };
            view! {
                <span class="paste-kind-cell">
                    // The label makes the tick a 44 px target.
                    <label class="paste-tick" for=format!("paste-tick-{n}")>
                        <input type="checkbox" id=format!("paste-tick-{n}") prop:checked=ticked on:change=toggle
                            aria-label=(texts.paste_tick)(n + 1) />
                    </label>
                    {choice}
                </span>
            }
            .into_any()
        }
        (None, Some(choice)) => view! { <span class="paste-kind-cell">{choice}</span> }.into_any(),
        (None, None) => view! { <span class="paste-kind-label">{label}</span> }.into_any(),
    };
    let cells = pasted
        .grid
        .with_untracked(|g| g.rows.get(n).cloned().unwrap_or_default());
    let shown = state.ws.with_untracked(|ws| {
        let roles = pasted.columns.with_untracked(|c| c.roles.clone());
        shown_cells(ws, &cells, &roles, task.as_ref(), all)
    });
    // A row of one cell (a group, the plan's title, a blank row) is one cell across, its text
    // kept in sight when the table is scrolled sideways.
    let filled: Vec<&(String, &str)> = shown.iter().filter(|(t, _)| !t.is_empty()).collect();
    let cells = match (&task, filled.as_slice()) {
        (None, [] | [_]) => {
            let text = filled.first().map(|(t, _)| t.clone()).unwrap_or_default();
            let span = shown.len().max(1).to_string();
            view! { <td class="p-merged" colspan=span><span>{text}</span></td> }.into_any()
        }
        _ => (shown.into_iter())
            .map(|(text, class)| view! { <td class=class>{text}</td> })
            .collect_view()
            .into_any(),
    };
    view! {
        <tr class="paste-row" data-kind=data_kind data-row=n.to_string()
            class:unticked=move || task.is_some() && pasted.unticked.with(|u| u.contains(&n))>
            <th scope="row" class="paste-kind">{first}</th>
            {cells}
        </tr>
    }
}

/// What each cell of a task row will be: agencies as the directory names them (or "mới: …"),
/// the deadline as read (or "không đọc được: …"), the rest as pasted. Other rows as pasted.
fn shown_cells(
    ws: &Workspace,
    cells: &[String],
    roles: &[Role],
    task: Option<&TaskReview>,
    all: &Texts,
) -> Vec<(String, &'static str)> {
    let texts = &all.plan;
    let dir = directory(ws);
    let name = |c: &AgencyChoice| match c {
        AgencyChoice::Known(id) => ws.agency_name(id).unwrap_or_default().to_owned(),
        AgencyChoice::New(name) => (texts.paste_new_agency)(name),
    };
    (cells
        .iter()
        .zip(roles.iter().chain(std::iter::repeat(&Role::Skip))))
    .map(|(cell, role)| {
        let Some(task) = task.filter(|_| !cell.is_empty()) else {
            return (
                cell.clone(),
                if *role == Role::Skip { "p-skipped" } else { "" },
            );
        };
        match role {
            Role::Lead | Role::Partners => {
                let named = cell_choices(cell, ws, &dir);
                match named.is_empty() {
                    true => (cell.clone(), "p-note"),
                    false => (
                        named.iter().map(name).collect::<Vec<_>>().join("; "),
                        "p-agency",
                    ),
                }
            }
            Role::Deadline if task.deadline != Default::default() || task.on_request => {
                ((all.task.deadline)(&task.deadline, None), "p-deadline")
            }
            Role::Deadline => ((texts.paste_unread)(cell), "p-unread"),
            Role::Title => (cell.replace('\n', " "), "p-title"),
            Role::Skip => (cell.clone(), "p-skipped"),
            Role::Number | Role::Note => (cell.clone(), ""),
        }
    })
    .collect()
}

/// The choice of what row `n` becomes: a task, a group, or skipped.
#[component]
fn KindChoice(pasted: Pasted, n: usize, kind: RowKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let texts = &state.texts().plan;
    const KINDS: [RowKind; 3] = [RowKind::Task, RowKind::Group, RowKind::Skipped];
    let change = move |ev| {
        let chosen = event_target_value(&ev).parse::<usize>().ok();
        if let Some(kind) = chosen.and_then(|k| KINDS.get(k)) {
            pasted.columns.update(|c| c.set_row(n, *kind));
        }
    };
    let options = KINDS.iter().enumerate().map(|(k, option)| {
        view! { <option value=k.to_string() selected=*option == kind>{(texts.paste_kind)(*option)}</option> }
    });
    view! {
        <select class="paste-kind-choice" id=format!("paste-kind-{n}") aria-label=(texts.paste_row)(n + 1)
            on:change=change>{options.collect_view()}</select>
    }
}
