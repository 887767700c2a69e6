//! The app shell: title, office name, navigation, notices and the current page.

use super::components::notices::NoticeArea;
use super::edge;
use super::pages::{
    agencies::AgenciesPage, agency::AgencyPage, exchange::ExchangePage, find::FindPage,
    intake::IntakePage, meeting::live::MeetingLivePage, meeting::notice::NoticePage,
    meeting::MeetingPage, meetings::MeetingsPage, overview::OverviewPage, plan::PlanPage,
    plans::PlansPage, settings::SettingsPage, task::TaskPage,
};
use super::state::AppState;
use crate::i18n::Text;
use crate::route::Route;
use leptos::prelude::*;

/// The whole app: header, notices and the page the address names.
#[component]
pub fn App() -> impl IntoView {
    let state = expect_context::<AppState>();
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(Route::from_hash(&edge::hash()));
        edge::restore_scroll();
    });
    // A reload keeps its place too: the entry's position outlives the page.
    edge::remember_scroll();
    edge::restore_scroll();
    on_cleanup(move || listener.remove());
    Effect::new(move |_| edge::set_document_lang(state.lang.get().code()));

    let page = move || match state.route.get() {
        Route::Overview => view! { <OverviewPage /> }.into_any(),
        Route::Plans => view! { <PlansPage /> }.into_any(),
        Route::Plan(id) => view! { <PlanPage id /> }.into_any(),
        Route::Task(id) => view! { <TaskPage id /> }.into_any(),
        Route::Find => view! { <FindPage /> }.into_any(),
        Route::Agency(id) => view! { <AgencyPage id /> }.into_any(),
        Route::Meetings => view! { <MeetingsPage /> }.into_any(),
        Route::Meeting(id) => view! { <MeetingPage id /> }.into_any(),
        Route::MeetingLive(id) => view! { <MeetingLivePage id /> }.into_any(),
        Route::Notice(id) => view! { <NoticePage id /> }.into_any(),
        Route::Agencies => view! { <AgenciesPage /> }.into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::Exchange => view! { <ExchangePage /> }.into_any(),
        Route::Intake => view! { <IntakePage /> }.into_any(),
        Route::IntakeMeeting(id) => {
            view! { <IntakePage into=crate::workspace::Target::Meeting(id) /> }.into_any()
        }
        Route::IntakePlan(id) => {
            view! { <IntakePage into=crate::workspace::Target::Plan(id) /> }.into_any()
        }
    };
    view! {
        <header class="shell">
            <div class="brand">
                <a class="app-title" href=Route::Overview.to_hash()>{move || state.texts().shell.title}</a>
                <OfficeName />
            </div>
            <Nav />
        </header>
        {edge::set_today().map(|day| view! {
            <p class="clock-banner" role="note">{move || (state.texts().shell.clock_banner)(day)}</p>
        })}
        <NoticeArea />
        <main id="main">{page}</main>
    }
}

/// The office name, linking to the settings where it is set.
#[component]
fn OfficeName() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = move || {
        let name = state.ws.with(|ws| ws.office().name.clone());
        if name.is_empty() {
            state.texts().shell.office_unset.to_owned()
        } else {
            name
        }
    };
    view! { <a class="office-name" href=Route::Settings.to_hash()>{name}</a> }
}

/// The navigation bar; the current section is marked for the eye and for screen readers.
#[component]
fn Nav() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items: [(Route, Text); 7] = [
        (Route::Overview, |t| t.shell.nav_overview),
        (Route::Plans, |t| t.shell.nav_plans),
        (Route::Find, |t| t.shell.nav_find),
        (Route::Meetings, |t| t.shell.nav_meetings),
        (Route::Agencies, |t| t.shell.nav_agencies),
        (Route::Exchange, |t| t.shell.nav_exchange),
        (Route::Settings, |t| t.shell.nav_settings),
    ];
    let links = items.map(|(route, label)| {
        let href = route.to_hash();
        let current = move || (state.route.get().section() == route).then_some("page");
        view! { <a href=href aria-current=current>{move || label(state.texts())}</a> }
    });
    view! { <nav class="sections">{links}</nav> }
}
