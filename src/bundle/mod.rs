//! Bundles: the JSON files offices email each other. An envelope (format, schema, app version,
//! export time, sender, scope, counts per kind, a checksum) around the records with their
//! metadata. `export` makes one from a workspace; `import` reads it in layers and `check`
//! holds every record to the rules the forms enforce; `preview` says, record by record and field
//! by field, what merging it would change, and `apply` does exactly that. The format is
//! described in docs/bundle-format.md.

mod apply;
mod canonical;
mod check;
mod export;
mod import;
mod layers;
mod links;
mod preview;
mod strict;

pub use apply::{Choices, ImportEntry, Side};
pub use check::{Checked, Notes};
pub use import::{Expected, ImportError, Link, Problem, Unverified, MAX_BYTES, MAX_DEPTH};
pub use preview::{Change, FieldChange, FieldDiff, Preview, RecordChange};

use crate::domain::{DeviceId, Id, OfficeProfile, Timestamp};
pub use crate::workspace::Counts;
use crate::workspace::Records;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `format` every bundle names, so a stray JSON file is told apart from a bundle.
pub const FORMAT: &str = "sotay-bundle";

/// The version of this format. A bundle with a higher one was made by a newer app. Schema 2
/// records each field's last edit (see `domain::record`); schema 3 lets a field an older version
/// requires be left out (a task with no lead yet), so that version says "made by a newer app"
/// rather than "broken"; schemas 1 and 2 are still read. Adding optional fields to records does
/// not change it: older versions carry fields they do not know.
pub const SCHEMA: u32 = 3;

/// The oldest schema this version reads.
pub const OLDEST_SCHEMA: u32 = 1;

/// One bundle, as written to and read from a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    pub schema: u32,
    /// The app that made it, e.g. "0.1.0".
    pub app_version: String,
    pub exported_at: Timestamp,
    pub sender: Sender,
    pub scope: Scope,
    /// Records of each kind, by the names of `records`' lists.
    pub counts: Counts,
    /// "sha256:<hex>" over the canonical JSON of `records`.
    pub checksum: String,
    pub records: Records,
}

/// Who sent a bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    pub office: OfficeProfile,
    pub device: DeviceId,
}

/// What a bundle holds: everything, or one plan or meeting with what it refers to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Scope {
    Workspace,
    Plan { id: Id, title: String },
    Meeting { id: Id, title: String },
}

/// "sha256:<64 hex digits>" over the canonical form of the records: compact JSON with the keys
/// of every object in sorted order (serde_json's map is sorted), so the same records give the
/// same checksum on every machine whatever order a file lists its keys in. Err if a record
/// does not write as JSON: a checksum over nothing would vouch for records it never saw.
pub fn checksum(records: &Records) -> Result<String, serde_json::Error> {
    let canonical = canonical::canonical(records)?;
    Ok(format!("sha256:{}", sha256_hex(&canonical)))
}

/// SHA-256 in lower-case hex, as the checksum writes it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(target_arch = "wasm32")]
pub(crate) use crate::domain::json::from_value;

impl Bundle {
    /// The bundle as the file holds it: pretty JSON, so a person can read it. Err rather than
    /// an empty file when it does not write.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

// Native only: proptest is a native dev-dependency, and the core is tested natively.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
