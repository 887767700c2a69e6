//! Page "Nhập từ văn bản": a document pasted, dropped or chosen (`source.rs`) is read by
//! `crate::intake::read`; its text is shown with what was found marked (`marked.rs`), beside
//! the cards (`cards.rs`, `task_card.rs`) the official corrects and ticks; one button creates
//! the ticked ones (`create.rs`). Nothing changes before that tap; the text and the edits are
//! kept as a draft (`store::intake`) on every edit.

mod cards;
pub(crate) mod create;
mod fields;
mod marked;
mod notes;
mod source;
mod task_card;

use crate::domain::Id;
use crate::intake::{Context, Drafts};
use crate::route::Route;
use crate::store::intake::{self as kept, IntakeDraft};
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use crate::workspace::{Review, Target, Workspace};
use leptos::prelude::*;

/// What the page's parts share. `Copy`: signal handles.
#[derive(Clone, Copy)]
pub(super) struct Intake {
    /// The page's address: the draft is kept under it.
    address: StoredValue<String>,
    /// The meeting or plan the page adds to, if it was opened from one.
    fixed: StoredValue<Option<Target>>,
    pub text: RwSignal<String>,
    pub file: RwSignal<String>,
    /// The text as read, with where each piece was found: what the marks show.
    pub drafts: RwSignal<Option<Drafts>>,
    pub review: RwSignal<Option<Review>>,
    /// Counts the readings, so the cards of a new reading are drawn afresh.
    pub reading: RwSignal<u32>,
    /// The piece of text the card last tapped came from (characters).
    pub current: RwSignal<Option<(usize, usize)>>,
    pub message: RwSignal<Option<String>>,
}

impl Intake {
    /// Reads the text now in the box, and makes the cards of it afresh.
    pub fn read(&self, state: &AppState) {
        let text = self.text.get_untracked();
        if text.trim().is_empty() {
            self.message
                .set(Some(state.texts().intake.nothing_to_read.to_owned()));
            return;
        }
        let drafts = state.ws.with_untracked(|ws| read(ws, &text));
        let target = self
            .fixed
            .get_value()
            .unwrap_or_else(|| Target::suggested(&drafts));
        let review = state
            .ws
            .with_untracked(|ws| Review::from_drafts(&drafts, target, ws));
        self.drafts.set(Some(drafts));
        self.review.set(Some(review));
        self.current.set(None);
        self.reading.update(|n| *n += 1);
        self.message.set(None);
    }

    /// Edits one task card.
    pub fn edit_task(&self, n: usize, edit: impl FnOnce(&mut crate::workspace::TaskReview)) {
        self.review.update(|r| {
            if let Some(task) = r.as_mut().and_then(|r| r.tasks.get_mut(n)) {
                edit(task);
            }
        });
    }

    /// Forgets the text, the cards and the kept draft.
    pub fn discard(&self, keeper: &Keeper) {
        let address = self.address.get_value();
        keeper.keep_quietly(|s| kept::remove(s, &address));
        self.text.set(String::new());
        self.file.set(String::new());
        self.drafts.set(None);
        self.review.set(None);
        self.current.set(None);
    }
}

/// The reader run on `text` with the office's agencies, timed for the benchmark.
fn read(ws: &Workspace, text: &str) -> Drafts {
    let context = Context {
        agencies: (ws.agencies().live())
            .map(|a| (a.id().clone(), a.body().name.clone()))
            .collect(),
        date: Some(edge::today()),
    };
    edge::timed("sotay-intake", || crate::intake::read(text, &context))
}

/// The page, for a new meeting or plan (`into` none), or to add to one.
#[component]
pub fn IntakePage(
    /// The meeting or plan to add to; none for a new one, chosen on the page.
    #[prop(optional)]
    into: Option<Target>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let address = match &into {
        Some(Target::Meeting(id)) => Route::IntakeMeeting(id.clone()),
        Some(Target::Plan(id)) => Route::IntakePlan(id.clone()),
        _ => Route::Intake,
    }
    .to_hash();
    let draft = keeper
        .read_store(|s| kept::get(s, &address))
        .flatten()
        .unwrap_or_default();
    let intake = Intake {
        address: StoredValue::new(address),
        fixed: StoredValue::new(into.clone()),
        text: RwSignal::new(draft.text.clone()),
        file: RwSignal::new(draft.file),
        drafts: RwSignal::new(None),
        review: RwSignal::new(None),
        reading: RwSignal::new(0),
        current: RwSignal::new(None),
        message: RwSignal::new(None),
    };
    if let Some(review) = draft.review {
        let drafts = state.ws.with_untracked(|ws| read(ws, &draft.text));
        intake.drafts.set(Some(drafts));
        intake.review.set(Some(review));
    }
    provide_context(intake);
    // Every edit is kept at once: leaving the page or reloading loses nothing.
    Effect::new(move |_| {
        let draft = IntakeDraft {
            text: intake.text.get(),
            file: intake.file.get(),
            review: intake.review.get(),
        };
        let address = intake.address.get_value();
        keeper.keep_quietly(|s| kept::keep(s, &address, &draft));
    });
    let back = back_link(&into);
    let read_yet = move || intake.review.with(Option::is_some);
    view! {
        <a class="back" href=back.0.to_hash()>{move || back.1(state.texts())}</a>
        <h1>{move || state.texts().intake.heading}</h1>
        <p class="intro">{move || state.texts().intake.intro}</p>
        // The box stays above the cards: another text pasted and read replaces them.
        <source::SourceSection />
        <Show when=read_yet>
            <div class="intake-review">
                <marked::MarkedText />
                <div class="intake-cards">
                    <cards::Cards />
                    <create::CreateButtons />
                </div>
            </div>
        </Show>
        <Show when=move || !read_yet()>
            <p class="import-message" role="alert" id="intake-message">{move || intake.message.get()}</p>
        </Show>
    }
}

/// Where "←" leads: the meeting or plan added to, else the meetings.
fn back_link(into: &Option<Target>) -> (Route, crate::i18n::Text) {
    match into {
        Some(Target::Meeting(id)) => (Route::Meeting(id.clone()), |t| t.intake.back_meeting),
        Some(Target::Plan(id)) => (Route::Plan(id.clone()), |t| t.intake.back_plan),
        _ => (Route::Meetings, |t| t.meeting.back_to_list),
    }
}

/// The name of a meeting or plan added to, for "Thêm vào …".
pub(super) fn target_name(ws: &Workspace, target: &Target) -> Option<String> {
    let id: &Id = match target {
        Target::Meeting(id) | Target::Plan(id) => id,
        _ => return None,
    };
    let meeting = ws.meetings().get(id).map(|m| m.body().title.clone());
    meeting.or_else(|| ws.plans().get(id).map(|p| p.body().title.clone()))
}
