//! Meeting mode: one screen for the secretary at the meeting table. Each "+" adds an item, a
//! conclusion or an assignment with one tap and puts the caret in it; every keystroke is saved.

use super::assignment::{AssignmentCard, NewAssignment};
use super::conclusions::Conclusions;
use super::facts::{FoldAll, JumpList, MeetingFacts};
use super::items::Items;
use super::CarriedOver;
use crate::domain::Id;
use crate::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Page "Ghi diễn biến cuộc họp" of one meeting.
#[component]
pub fn MeetingLivePage(
    /// The meeting being recorded.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = {
        let id = id.clone();
        move || {
            state
                .ws
                .with(|ws| ws.meetings().get(&id).map(|m| m.body().title.clone()))
        }
    };
    let exists = {
        let title = title.clone();
        move || title().is_some()
    };
    let back = Route::Meeting(id.clone()).to_hash();
    let fold_all = RwSignal::new(false);
    provide_context(FoldAll(fold_all));
    view! {
        <Show when=exists fallback=move || view! { <p class="empty">{move || state.texts().meeting.missing}</p> }>
            <div class="live-head">
                <a class="back" href=back.clone()>{move || state.texts().meeting.back}</a>
                <a class="button secondary" href=Route::Notice(id.clone()).to_hash()>{move || state.texts().meeting.notice_open}</a>
            </div>
            <h1 class="live-title">{title.clone()}</h1>
            <p class="hint">{move || state.texts().meeting.live_saved_hint}</p>
            <MeetingFacts meeting=id.clone() />
            <JumpList meeting=id.clone() folded=fold_all />
            <Items meeting=id.clone() />
            <Conclusions meeting=id.clone() />
            <Assignments meeting=id.clone() />
            <CarriedOver id=id.clone() />
        </Show>
    }
}

/// The assignments: each is a task, tracked in the checklists from the moment it is given.
#[component]
fn Assignments(meeting: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let list_meeting = meeting.clone();
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.meeting_tasks(&list_meeting).into_iter();
            (1..)
                .zip(list.map(|t| t.id().clone()))
                .collect::<Vec<(usize, Id)>>()
        })
    });
    view! {
        <section class="live-section assignments-section" id="live-assignments">
            <h2>{move || state.texts().meeting.assignments_heading}</h2>
            <ol class="live-list">
                <For each=move || rows.get() key=|row| row.clone() children=move |(n, id)| view! { <AssignmentCard n id /> } />
            </ol>
            <NewAssignment meeting />
        </section>
    }
}
