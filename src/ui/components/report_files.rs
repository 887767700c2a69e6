//! The progress reports ("báo cáo tiến độ") as Excel and CSV files, on the pages whose tasks
//! they list: a plan, an agency, a search, and the office's report of a period on the
//! overview. The reports themselves are made by `crate::report`, from the records as they are
//! when the button is pressed.

use crate::i18n::Text;
use crate::office::File;
use crate::report::{self, Period, Summary, TaskReport};
use crate::ui::components::file_buttons::{FileButtons, Format, Offer};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Workspace;
use leptos::prelude::*;

/// The office as the report's header names it: the profile's name, else its province.
fn office(ws: &Workspace) -> String {
    let profile = ws.office();
    match profile.name.trim() {
        "" => profile.province.trim().to_owned(),
        name => name.to_owned(),
    }
}

/// A report's file, named after its title.
fn file(title: &str, format: Format, bytes: Vec<u8>) -> File {
    File {
        name: report::file_name(title, format.extension()),
        mime: format.mime(),
        bytes,
    }
}

/// The report's two files: the workbook and its CSV.
fn offers(
    make: impl Fn(&Workspace, &str) -> Option<TaskReport> + Copy + Send + Sync + 'static,
) -> Vec<Offer> {
    let state = expect_context::<AppState>();
    let made = move || state.ws.with_untracked(|ws| make(ws, &office(ws)));
    vec![
        Offer::new(Format::Xlsx, move || {
            edge::timed("sotay-xlsx", || {
                made().map(|r| file(&r.title, Format::Xlsx, report::xlsx::tasks(&r)))
            })
        }),
        Offer::new(Format::Csv, move || {
            made().map(|r| file(&r.title, Format::Csv, report::csv::tasks(&r).into_bytes()))
        }),
    ]
}

/// A section with a heading and the report's buttons (`#{id}-xlsx`, `#{id}-csv`).
#[component]
pub fn ReportFiles(
    /// The DOM id the section's heading and buttons are named by.
    id: &'static str,
    heading: Text,
    /// Makes the report from the workspace and the office's name (`None` if it is gone).
    make: fn(&Workspace, &str, &[crate::domain::Id]) -> Option<TaskReport>,
    /// What the report is of: the plan's or the agency's id, or the tasks found.
    #[prop(into)]
    of: Signal<Vec<crate::domain::Id>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let offers = offers(move |ws, office| of.with_untracked(|ids| make(ws, office, ids)));
    let (labelled_by, heading_id) = (format!("{id}-heading"), format!("{id}-heading"));
    view! {
        <section class="report-files" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || heading(state.texts())}</h2>
            <FileButtons id offers hint=|t| t.files.report_hint />
        </section>
    }
}

/// The report of a plan.
pub fn of_plan(ws: &Workspace, office: &str, of: &[crate::domain::Id]) -> Option<TaskReport> {
    TaskReport::of_plan(ws, of.first()?, office, edge::today())
}

/// The report of the tasks an agency leads.
pub fn of_agency(ws: &Workspace, office: &str, of: &[crate::domain::Id]) -> Option<TaskReport> {
    TaskReport::of_agency(ws, of.first()?, office, edge::today())
}

/// The report of the tasks a search found, titled by the search's words.
pub fn of_found(ws: &Workspace, office: &str, of: &[crate::domain::Id]) -> Option<TaskReport> {
    let title = crate::report::FOUND_TITLE.to_owned();
    Some(TaskReport::of_tasks(ws, title, of, office, edge::today()))
}

/// The office's report of a period, chosen in a list: per lead agency, and the tasks counted.
#[component]
pub fn PeriodReport() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choices = Period::choices(edge::today());
    let chosen = RwSignal::new(choices.first().copied());
    let summary = move |ws: &Workspace| {
        let period = chosen.get_untracked()?;
        let summary = Summary::of(ws, period, &office(ws), edge::today());
        let tasks = summary.details(ws);
        Some((summary, tasks))
    };
    let offers = vec![
        Offer::new(Format::Xlsx, move || {
            let (s, tasks) = state.ws.with_untracked(summary)?;
            Some(file(
                &s.title,
                Format::Xlsx,
                report::xlsx::summary(&s, &tasks),
            ))
        }),
        Offer::new(Format::Csv, move || {
            let (s, _) = state.ws.with_untracked(summary)?;
            Some(file(
                &s.title,
                Format::Csv,
                report::csv::summary(&s).into_bytes(),
            ))
        }),
    ];
    let options = choices
        .iter()
        .map(|p| view! { <option value=p.code()>{p.label()}</option> })
        .collect_view();
    let pick = move |ev| chosen.set(Period::from_code(&event_target_value(&ev)));
    view! {
        <section class="report-files" aria-labelledby="period-report-heading">
            <h2 id="period-report-heading">{move || state.texts().files.period_heading}</h2>
            <label for="period-report-period">{move || state.texts().files.period_label}</label>
            <select id="period-report-period" on:change=pick>{options}</select>
            <FileButtons id="period-report" offers hint=|t| t.files.period_hint />
        </section>
    }
}
