//! Why a command on the workspace was refused. The UI turns each case into a sentence (i18n).

use super::{Kind, SnapshotError};
use crate::domain::dates::DayError;
use crate::domain::deadline::DeadlineError;
use crate::domain::indicator::AmountError;
use crate::domain::legal_ref::RefError;
use crate::domain::text::TextError;
use crate::domain::Id;

/// Which typed field a text error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    AgencyName,
    PlanTitle,
    TaskTitle,
    OfficeName,
    Province,
    GroupTitle,
    Summary,
    Issuer,
    Details,
    LogText,
    IndicatorName,
    Unit,
    Baseline,
    Target,
    Achieved,
    MeetingTitle,
    Place,
    Chairs,
    Attendees,
    Series,
    NoticeNumber,
    Signer,
    Recipients,
    ItemText,
    ConclusionText,
    Figures,
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
    /// Another live agency already has this name, ignoring case, marks and spaces.
    AgencyExists {
        name: String,
    },
    /// The agency leads tasks that are not deleted; they must get another lead first.
    AgencyInUse {
        tasks: usize,
    },
    /// The typed document reference could not be read.
    Reference(RefError),
    /// The plan's years: not a year, or the end before the start.
    Period,
    /// A typed quantity of an indicator could not be read.
    Amount {
        field: Field,
        error: AmountError,
    },
    /// The deadline names a month, quarter or year that does not exist.
    Deadline(DeadlineError),
    /// A content group still lists tasks; they must be moved or deleted first.
    GroupNotEmpty {
        tasks: usize,
    },
    /// The content group belongs to another plan than the task.
    GroupOfAnotherPlan,
    /// A progress report or evidence dated after today.
    FutureDay,
    /// A typed day (of a meeting, of its notice) is not a date.
    Day(DayError),
    /// A typed time of day is not one ("8:00", "14h30" are).
    Time,
    /// The number of connected sites is not a number.
    Sites,
    /// A task of a plan cannot leave it for no list at all: only an assignment can be kept in
    /// its meeting's list alone.
    NoList,
    /// A freshly made id was already taken (the random source is broken).
    IdTaken {
        id: Id,
    },
    /// A snapshot (of an import, or an automatic one) cannot be put back whole.
    Snapshot(SnapshotError),
    /// An assignment of a meeting names no lead agency (a document's card left without one).
    NoLead,
    /// The task card `number` (from 1) of a document's review was refused for `error`; nothing
    /// of the review was created.
    InTask {
        number: usize,
        error: Box<CommandError>,
    },
}

impl From<SnapshotError> for CommandError {
    fn from(error: SnapshotError) -> CommandError {
        CommandError::Snapshot(error)
    }
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
