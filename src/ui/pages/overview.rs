//! The start page: the whole office at a glance. What is late, what is due this week, how each
//! agency stands, and a way in for a newcomer (the example workspace).

use crate::i18n::Texts;
use crate::route::Route;
use crate::ui::components::figures::FigureCards;
use crate::ui::components::report_files::PeriodReport;
use crate::ui::components::task_links::{TaskLinks, SHORT_PAGE};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{AgencyFigures, Figures, TaskQuery, SOON};
use leptos::prelude::*;

/// Page "Tổng quan".
#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: the cards read the figures eleven times, and 5,000 tasks are counted once.
    let figures = Memo::new(move |_| state.ws.with(|ws| ws.office_figures(edge::today())));
    let no_plans = move || state.ws.with(|ws| ws.plans().live().next().is_none());
    view! {
        <h1>{move || state.texts().overview.heading}</h1>
        <Show when=no_plans fallback=move || view! {
            <FigureCards figures />
            <Attention />
            <AgencyTable />
            <PeriodReport />
        }>
            <p class="empty">{move || state.texts().overview.empty}</p>
            <div class="actions">
                <a class="button" href=Route::Plans.to_hash()>{move || state.texts().overview.start}</a>
                <button type="button" class="secondary" on:click=move |_| state.load_example()>
                    {move || state.texts().settings.example_load}
                </button>
            </div>
        </Show>
    }
}

/// Open tasks that are overdue or due within a week, most urgent first.
#[component]
fn Attention() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tasks = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.needs_attention(edge::today(), SOON).into_iter();
            list.map(|t| t.id().clone()).collect::<Vec<_>>()
        })
    });
    view! {
        <h2>{move || state.texts().overview.attention_heading}</h2>
        <Show when=move || tasks.with(Vec::is_empty)>
            <p class="empty">{move || state.texts().overview.attention_none}</p>
        </Show>
        <TaskLinks ids=tasks page=SHORT_PAGE />
    }
}

/// The table's figures in order: the column's heading, the value (from the tasks led and the
/// number coordinated), and whether a value above zero is an alarm.
type Column = (
    fn(&Texts) -> &'static str,
    fn(&Figures, usize) -> usize,
    bool,
);
const COLUMNS: [Column; 6] = [
    (|t| t.overview.col_led, |l, _| l.total, false),
    (|t| t.overview.col_on_time, |l, _| l.done_on_time, false),
    (|t| t.overview.col_late, |l, _| l.done_late, false),
    (|t| t.overview.col_overdue, |l, _| l.overdue, true),
    (|t| t.overview.col_in_progress, |l, _| l.in_progress, false),
    (|t| t.overview.col_coordinating, |_, c| c, false),
];

/// Per agency: tasks led, done on time, done late, overdue, in progress (the figures provincial
/// task-tracking systems report), linking to each agency's page. On a phone each agency is a
/// card of labelled figures (the cells carry their heading), not seven cramped columns.
#[component]
fn AgencyTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| state.ws.with(|ws| ws.agencies_at_work(edge::today())));
    let unled = Memo::new(move |_| state.ws.with(|ws| ws.unled_figures(edge::today())));
    let cells = move |led: &Figures, coordinating: usize| {
        let cells = COLUMNS.map(|(heading, value, alarm)| {
            let n = value(led, coordinating);
            view! { <td data-label=move || heading(state.texts()) class:alert={alarm && n > 0}>{n}</td> }
        });
        cells.collect_view()
    };
    let row = move |line: AgencyFigures| {
        view! {
            <tr>
                <th scope="row"><a href=Route::Agency(line.agency.clone()).to_hash()>{line.name.clone()}</a></th>
                {cells(&line.led, line.coordinating)}
            </tr>
        }
    };
    // Tasks no agency leads yet are a line of their own, never counted under an agency; it
    // opens the find page filtered to them.
    let unled_row = move || {
        let led = unled.get();
        let find = move |_| {
            state.find.update(|q| {
                *q = TaskQuery {
                    unled: true,
                    ..TaskQuery::default()
                }
            })
        };
        (led.total > 0).then(|| view! {
            <tr class="unled">
                <th scope="row"><a href=Route::Find.to_hash() on:click=find>{move || state.texts().unled}</a></th>
                {cells(&led, 0)}
            </tr>
        })
    };
    let headings = COLUMNS
        .map(|(heading, _, _)| view! { <th scope="col">{move || heading(state.texts())}</th> });
    view! {
        <h2>{move || state.texts().overview.agency_table_heading}</h2>
        <div class="table-scroll">
            <table class="figures-table agency-table">
                <thead>
                    <tr>
                        <th scope="col">{move || state.texts().overview.col_agency}</th>
                        {headings.collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|line| line.clone() children=row />
                    {unled_row}
                </tbody>
            </table>
        </div>
    }
}
