//! Plain data and rules of the handbook: ids, versions, records and their bodies.
//! Nothing here knows about the browser, storage or the clock.

pub mod agency;
pub mod body;
pub mod check;
pub mod dates;
pub mod deadline;
pub mod id;
pub mod indicator;
pub mod json;
pub mod legal_ref;
pub mod meeting;
pub mod office;
pub mod plan;
pub mod record;
pub mod task;
pub mod text;
pub mod version;

pub use agency::Agency;
pub use body::Body;
pub use deadline::{Deadline, Every, Standing, StatusKind, TaskStatus};
pub use id::{DeviceId, Id};
pub use indicator::{Amount, Direction, Indicator};
pub use office::OfficeProfile;
pub use plan::{roman, Group, Plan, PlanKind, Years};
pub use record::{Lifecycle, Record, Rival, Slot, Stamp, Timestamp, Write};
pub use task::{LogEntry, LogKind, Task};
pub use version::{Causality, Version};
