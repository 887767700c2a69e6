//! The buttons under the cards: "Tạo cuộc họp" / "Tạo kế hoạch" / "Thêm vào …", which creates
//! every ticked card as one change, keeps the snapshot from just before as an import's (so the
//! notice's "Hoàn tác" and the exchange page's history both take it back), forgets the draft
//! and opens what was made; and "Bỏ bản nháp". [`create_undoably`] is that creation, shared
//! with the plan page's pasted table (`plan::paste`).

use super::{target_name, Intake};
use crate::bundle::{ImportEntry, Scope, Sender};
use crate::domain::Id;
use crate::route::Route;
use crate::store::imports;
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use crate::workspace::{Created, Review, Snapshot, Target, Workspace};
use leptos::prelude::*;

/// The history line of a creation from a document: this office, the meeting or plan, and the
/// document as `named` (or its number, or the title of what was made) names it.
fn entry(
    ws: &Workspace,
    review: &Review,
    created: &Created,
    at: crate::domain::Timestamp,
    named: Option<&str>,
) -> ImportEntry {
    let scope = match (&created.meeting, &created.plan) {
        (Some(id), _) => Scope::Meeting {
            id: id.clone(),
            title: ws
                .meetings()
                .get(id)
                .map(|m| m.body().title.clone())
                .unwrap_or_default(),
        },
        (None, Some(id)) => Scope::Plan {
            id: id.clone(),
            title: ws
                .plans()
                .get(id)
                .map(|p| p.body().title.clone())
                .unwrap_or_default(),
        },
        (None, None) => Scope::Workspace,
    };
    let said = [
        named.unwrap_or(""),
        &review.meeting.source,
        &review.plan.reference,
    ];
    let document = match said.into_iter().find(|t| !t.trim().is_empty()) {
        Some(text) => text.to_owned(),
        None => match &scope {
            Scope::Meeting { title, .. } | Scope::Plan { title, .. } => format!("«{title}»"),
            Scope::Workspace => String::from("–"),
        },
    };
    ImportEntry {
        at,
        from: Sender {
            office: ws.office().clone(),
            device: ws.device().clone(),
        },
        scope,
        exported_at: at,
        new: created.records,
        updated: 0,
        deleted: 0,
        conflicts: 0,
        merged: 0,
        undone_at: None,
        document,
    }
}

/// Creates every ticked card of `review` as one change, keeps the snapshot from just before as
/// an import's, its history line naming `document` (else the review's own document), and
/// offers "Hoàn tác" in a notice that says what was made (`said`: tasks, new agencies); a
/// refusal comes back as a sentence and changes nothing.
pub(crate) fn create_undoably(
    state: &AppState,
    keeper: &Keeper,
    review: &Review,
    document: Option<&str>,
    said: fn(usize, usize) -> String,
) -> Result<Created, String> {
    let (snapshot, created, entry) = state.change(|ws, now| {
        let snapshot: Snapshot = ws.snapshot(now);
        let created = ws.create_from_review(review, &mut edge::new_id, now)?;
        let entry = entry(ws, review, &created, now, document);
        Ok((snapshot, created, entry))
    })?;
    keeper.with_store(|s| imports::record(s, &snapshot, entry));
    let text = said(created.tasks.len(), created.agencies.len());
    state.notices.offer_undo_import(text);
    Ok(created)
}

/// Nothing would be made: no card ticked, and no new meeting or plan.
fn nothing_ticked(review: &Review) -> bool {
    let new = matches!(review.target, Target::NewMeeting | Target::NewPlan);
    let tasks = review.tasks.iter().any(|t| t.ticked);
    let notes = review.target.is_meeting()
        && review
            .items
            .iter()
            .chain(&review.conclusions)
            .any(|n| n.ticked);
    !new && !tasks && !notes
}

/// The create button and the discard button.
#[component]
pub fn CreateButtons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let intake = expect_context::<Intake>();
    let label = move || {
        let texts = &state.texts().intake;
        match intake.review.with(|r| r.as_ref().map(|r| r.target.clone())) {
            Some(Target::NewPlan) => texts.create_plan.to_owned(),
            Some(target @ (Target::Meeting(_) | Target::Plan(_))) => {
                let name = state
                    .ws
                    .with(|ws| target_name(ws, &target))
                    .unwrap_or_default();
                (texts.add_to)(&name)
            }
            _ => texts.create_meeting.to_owned(),
        }
    };
    let create = move |_| {
        let Some(review) = intake.review.get_untracked() else {
            return;
        };
        if nothing_ticked(&review) {
            intake
                .message
                .set(Some(state.texts().intake.nothing_ticked.to_owned()));
            return;
        }
        let said = state.texts().intake.created;
        match create_undoably(&state, &keeper, &review, None, said) {
            Ok(created) => {
                intake.discard(&keeper);
                edge::go(&opened(&created));
            }
            Err(message) => intake.message.set(Some(message)),
        }
    };
    let discard = move |_| intake.discard(&keeper);
    view! {
        <div class="buttons intake-buttons">
            <button type="button" id="intake-create" on:click=create>{label}</button>
            <button type="button" class="secondary danger" id="intake-discard" on:click=discard>{move || state.texts().intake.discard}</button>
        </div>
        <p class="import-message" role="alert" id="intake-message">{move || intake.message.get()}</p>
    }
}

/// The page of what was made or added to.
fn opened(created: &Created) -> Route {
    let pick = |id: &Option<Id>| id.clone();
    match (pick(&created.meeting), pick(&created.plan)) {
        (Some(meeting), _) => Route::Meeting(meeting),
        (None, Some(plan)) => Route::Plan(plan),
        (None, None) => Route::Overview,
    }
}
