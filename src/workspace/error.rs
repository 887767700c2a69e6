//! Why a command on the workspace was refused. The UI turns each case into a sentence (i18n).

use crate::domain::text::TextError;
use crate::domain::Id;

/// The kinds of shared record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Agency,
    Plan,
    Task,
}

/// Which typed field a text error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    AgencyName,
    PlanTitle,
    TaskTitle,
    OfficeName,
    Province,
}

/// A command that was refused; the workspace is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandError {
    Text {
        field: Field,
        error: TextError,
    },
    NotFound {
        kind: Kind,
        id: Id,
    },
    /// A task must have exactly one lead agency, and none was chosen.
    LeadRequired,
    /// Another live agency already has this name, ignoring case, marks and spaces.
    AgencyExists {
        name: String,
    },
    /// The agency leads tasks that are not deleted; they must get another lead first.
    AgencyInUse {
        tasks: usize,
    },
    /// A freshly made id was already taken (the random source is broken).
    IdTaken {
        id: Id,
    },
}

impl CommandError {
    pub(super) fn text(field: Field) -> impl Fn(TextError) -> CommandError {
        move |error| CommandError::Text { field, error }
    }

    /// For `.ok_or_else(...)`: the record `id` of `kind` is not there (or is deleted).
    pub(super) fn not_found(kind: Kind, id: &Id) -> impl FnOnce() -> CommandError + '_ {
        move || CommandError::NotFound {
            kind,
            id: id.clone(),
        }
    }
}
