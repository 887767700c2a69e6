//! One agency's view: its figures as lead agency, the tasks it leads and the ones it
//! coordinates on.

use crate::domain::Id;
use crate::route::Route;
use crate::ui::components::figures::FigureCards;
use crate::ui::components::report_files::{self, ReportFiles};
use crate::ui::components::task_links::TaskLinks;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{AgencyRole, TaskQuery};
use leptos::prelude::*;

/// Page of one agency.
#[component]
pub fn AgencyPage(
    /// The agency to show.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let name_id = id.clone();
    let name = move || {
        state
            .ws
            .with(|ws| ws.agency_name(&name_id).unwrap_or_default().to_owned())
    };
    let figures_id = id.clone();
    let figures = Memo::new(move |_| {
        state
            .ws
            .with(|ws| ws.agency_figures(&figures_id, edge::today()).led)
    });
    view! {
        <a class="back" href=Route::Agencies.to_hash()>{move || state.texts().agencies.back}</a>
        <h1>{name}</h1>
        <FigureCards figures />
        <h2>{move || state.texts().agencies.leads}</h2>
        <TaskList agency=id.clone() role=AgencyRole::Lead />
        <h2>{move || state.texts().agencies.coordinates}</h2>
        <TaskList agency=id.clone() role=AgencyRole::Coordinating />
        <ReportFiles id="agency-report" heading=|t| t.files.agency_report make=report_files::of_agency of=vec![id] />
    }
}

/// The tasks the agency takes part in one way.
#[component]
fn TaskList(agency: Id, role: AgencyRole) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tasks = Memo::new(move |_| {
        let query = TaskQuery {
            agency: Some(agency.clone()),
            role,
            ..TaskQuery::default()
        };
        state.ws.with(|ws| {
            let found = ws.find_tasks(&query, edge::today()).into_iter();
            found.map(|t| t.id().clone()).collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || tasks.with(Vec::is_empty)>
            <p class="empty">{move || state.texts().agencies.none_found}</p>
        </Show>
        <TaskLinks ids=tasks />
    }
}
