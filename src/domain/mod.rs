//! Plain data and rules of the handbook: ids, versions, records and their bodies.
//! Nothing here knows about the browser, storage or the clock.

pub mod agency;
pub mod id;
pub mod office;
pub mod plan;
pub mod record;
pub mod task;
pub mod text;
pub mod version;

pub use agency::Agency;
pub use id::{DeviceId, Id};
pub use office::OfficeProfile;
pub use plan::Plan;
pub use record::{Lifecycle, Record, Stamp, Timestamp};
pub use task::{Task, TaskStatus};
pub use version::{Causality, Version};
