//! The document the pages share: the workspace in a signal, the language, the address, and the
//! notices. Pages change the workspace only through [`AppState::change`], which runs a
//! workspace command; one effect (in `ui::mount`) then has the keeper of the stored copy
//! (`ui::keeper`, its own context) save it.

use super::components::notices::Notices;
use super::edge;
use super::keeper::{Keeper, Persist};
use crate::domain::{Id, Timestamp};
use crate::i18n::{Lang, Texts};
use crate::route::Route;
use crate::store::marks;
use crate::workspace::{CommandError, Kind, TaskQuery, Workspace};
use leptos::prelude::*;

/// Everything the pages share. `Copy`: a handful of signal handles, kept few because nearly
/// every closure of the interface holds a copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: RwSignal<Workspace>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// What the find page asks, kept while the user opens a task and comes back.
    pub find: RwSignal<TaskQuery>,
    pub notices: Notices,
}

impl AppState {
    /// The document and the keeper of its stored copy, the language read from that store.
    pub fn new(ws: Workspace, persist: Persist) -> (AppState, Keeper) {
        let lang = persist.store.as_ref().and_then(marks::lang);
        let lang = RwSignal::new(Lang::from_code(lang.as_deref().unwrap_or_default()));
        let ws = RwSignal::new(ws);
        let notices = Notices::new();
        let state = AppState {
            ws,
            lang,
            route: RwSignal::new(Route::from_hash(&edge::hash())),
            find: RwSignal::new(TaskQuery::default()),
            notices,
        };
        (state, Keeper::new(ws, lang, notices, persist))
    }

    /// A live task's body as it is now, `None` once it is gone: what a task's page or card shows.
    pub fn task(&self, id: Id) -> Memo<Option<crate::domain::Task>> {
        let ws = self.ws;
        Memo::new(move |_| ws.with(|ws| ws.tasks().get(&id).map(|t| t.body().clone())))
    }

    /// The texts in the chosen language (a reactive read).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// Runs a workspace command with the current time; a refusal comes back as a sentence in the
    /// user's language and leaves the workspace (and its signal) untouched.
    pub fn change<R>(
        &self,
        command: impl FnOnce(&mut Workspace, Timestamp) -> Result<R, CommandError>,
    ) -> Result<R, String> {
        let mut outcome = None;
        self.ws.maybe_update(|ws| {
            let result = command(ws, edge::now());
            let changed = result.is_ok();
            outcome = Some(result);
            changed
        });
        match outcome {
            Some(Ok(value)) => Ok(value),
            Some(Err(error)) => Err((self.texts().command_error)(&error)),
            None => Err(String::new()),
        }
    }

    /// Deletes a record and shows a notice that offers to undo it. `name` is what the user
    /// calls it. Err is the reason the workspace refused, in the user's language.
    pub fn delete(&self, kind: Kind, id: &Id, name: &str) -> Result<(), String> {
        self.change(|ws, now| ws.delete(kind, id, now))?;
        let text = (self.texts().deleted)(kind, name);
        self.notices.offer_undo(text, kind, id.clone());
        Ok(())
    }

    /// Loads the example workspace and opens its plan.
    pub fn load_example(&self) {
        match self.change(|ws, now| ws.load_example(edge::today(), now)) {
            Ok(plan) => edge::go(&Route::Plan(plan)),
            Err(message) => {
                self.notices.tell(message);
            }
        }
    }
}
