//! English texts of the plan pages.

use super::PlanTexts;
use crate::domain::legal_ref::RefWarning;
use crate::domain::Direction;
use crate::domain::Indicator;
use crate::domain::PlanKind;
use crate::i18n::en::reference_error;
use crate::paste::{Role, RowKind};

pub const TEXTS: PlanTexts = PlanTexts {
    list_heading: "Plans",
    new_label: "New plan",
    new_example: "e.g. Kế hoạch số 511/KH-UBND ngày 31/7/2023",
    add: "Add plan",
    list_empty: "No plans yet. Type a plan's name above to start.",
    back: "← All plans",
    delete: "Delete plan",
    missing: "This plan was not found; it may have been deleted.",
    progress: |done, total| match total {
        0 => "No tasks yet".to_owned(),
        _ => format!("{done}/{total} tasks done"),
    },
    tasks_heading: "Tasks",
    task_new_label: "New task",
    task_new_example: "e.g. Review and simplify administrative procedures",
    task_add: "Add task",
    tasks_empty: "This plan has no tasks yet.",
    group_label: "Content group",
    no_group: "(no group)",
    edit: "Edit details",
    duplicate: "Copy for next year",
    kind: plan_kind,
    title_label: "Title",
    kind_label: "Kind of document",
    reference_label: "Document reference",
    reference_hint: "e.g. Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh",
    reference_read: |line, r| format!("Line {line}: {r}"),
    reference_warning: |w| match w {
        RefWarning::OddSymbol { symbol, meant: Some(meant) } => format!("odd symbol: {symbol} — did you mean {meant}?"),
        RefWarning::OddSymbol { symbol, meant: None } => format!("odd symbol: {symbol}"),
    },
    reference_refused: |line, e| format!("Line {line} cannot be read and was not saved: {}", reference_error(e)),
    saved_but_refused: |n| format!("Saved. {n} document line(s) could not be read and were not saved: see the marked lines above, fix them and save again."),
    bases_label: "Basis documents (one a line)",
    bases_heading: "Basis",
    bases_hint: "E.g. Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền",
    agencies_label: "Agencies concerned",
    agencies_add: "Add an agency concerned",
    issuer_label: "Issued by",
    from_label: "From year",
    to_label: "To year",
    summary_label: "Summary",
    group_new_label: "New content group",
    group_new_example: "e.g. Cải cách thủ tục hành chính",
    group_add: "Add group",
    indicators_heading: "Indicators",
    indicators_empty: "This plan has no indicators yet.",
    indicator_add: "Add indicator",
    indicator_line,
    indicator_name_label: "Indicator",
    indicator_direction_label: "Direction",
    direction_reduce: "Reduce",
    direction_increase: "Increase",
    indicator_unit_label: "Unit",
    indicator_baseline_label: "Baseline",
    indicator_target_label: "Target",
    indicator_achieved_label: "Achieved",
    indicator_hint: "With a baseline, type the value to reach (500 → 419). Without one, type the amount to reduce or add (81). Numbers as 1.875 or 72,5.",
    paste_open: "Paste a task table",
    paste_heading: "Paste a task table from Excel or Word",
    paste_hint: "Select the table's rows in Excel or Word, press Ctrl+C, then paste them in the box below (Ctrl+V). Each row becomes a task; a row with only a group's name becomes a content group. Check before creating: each column's role can be changed and each row unticked.",
    paste_area_label: "Pasted table",
    paste_role: |role| match role {
        Role::Number => "No.",
        Role::Title => "Task",
        Role::Lead => "Lead agency",
        Role::Partners => "Coordinating agencies",
        Role::Deadline => "Deadline",
        Role::Note => "Note",
        Role::Skip => "Skip",
    },
    paste_column: |n, heading| match heading {
        "" => format!("Column {n}"),
        heading => format!("Column {n}: {heading}"),
    },
    paste_kind: |kind| match kind {
        RowKind::Group => "Group",
        RowKind::Task => "Task",
        RowKind::Heading | RowKind::Blank | RowKind::Skipped => "Skipped",
    },
    paste_tick: |n| format!("Create the task of row {n}"),
    paste_row: |n| format!("Row {n} is"),
    paste_new_agency: |name| format!("new: {name}"),
    paste_unread: |raw| format!("not read: {raw}"),
    paste_count: |tasks, groups, ticked| match groups {
        0 => format!("{tasks} tasks, {ticked} ticked"),
        _ => format!("{tasks} tasks in {groups} groups, {ticked} ticked"),
    },
    paste_create: |n| format!("Create {n} tasks"),
    paste_close: "Close",
    paste_nothing: "No task is ticked.",
    paste_created: |tasks, agencies| match agencies {
        0 => format!("Created {tasks} tasks from the pasted table."),
        _ => format!("Created {tasks} tasks and {agencies} new agencies from the pasted table."),
    },
    paste_document: |plan| format!("Pasted table into «{plan}»"),
};

fn plan_kind(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::Plan => "Plan",
        PlanKind::Programme => "Programme",
        PlanKind::Scheme => "Scheme",
        PlanKind::Decision => "Decision",
        PlanKind::Other => "Other document",
    }
}

fn indicator_line(i: &Indicator) -> String {
    let verb = match i.direction {
        Direction::Reduce => "Reduce by",
        Direction::Increase => "Reach",
    };
    let unit = if i.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", i.unit)
    };
    let target = match (i.baseline, i.direction) {
        (Some(base), Direction::Reduce) => format!("from {base} down to {}{unit}", i.target),
        (Some(base), Direction::Increase) => format!("from {base} up to {}{unit}", i.target),
        (None, _) => format!("{verb} {}{unit}", i.target),
    };
    let achieved = match (i.achieved, i.percent()) {
        (Some(a), Some(p)) => format!("achieved {a}{unit} ({p}% of target)"),
        (Some(a), None) => format!("achieved {a}{unit}"),
        (None, _) => "nothing reported yet".to_owned(),
    };
    format!("{}: {target}; {achieved}", i.name)
}
