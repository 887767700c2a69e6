//! The office profile: who keeps this handbook. It belongs to this browser, not to shared records.

use serde::{Deserialize, Serialize};

/// The office that uses this browser, shown in the header and written into exported bundles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeProfile {
    /// e.g. "Sở Nội vụ tỉnh Vĩnh Phúc"; empty until the user sets it.
    pub name: String,
    /// e.g. "Vĩnh Phúc".
    pub province: String,
}
