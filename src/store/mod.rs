//! Where the workspace is kept. The [`Store`] trait is a plain key-value store of text, so the
//! layout (which key holds what, what happens to a value that does not parse) is ordinary Rust,
//! tested natively against [`MemoryStore`]; in the browser the same trait sits on localStorage.

pub mod backups;
pub mod drafts;
pub mod imports;
pub mod intake;
pub mod keys;
mod layout;
pub mod log;
pub mod marks;
mod memory;
pub mod other_tab;
mod packed;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod journal;

pub use layout::{
    load, quarantined, quarantined_values, read_chunk, read_office, usage, Loaded, Problem, Saver,
    SetAside, SCHEMA,
};
pub use memory::MemoryStore;
pub use packed::{pack, unpack};

use std::fmt;

/// Why the store refused a read or a write. Shown to the user; never a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives this page no storage at all (private window, policy, file page).
    Unavailable(String),
    /// The store is full: the write did not happen, and what was stored before is intact.
    QuotaExceeded,
    /// Any other failure, with the browser's words.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
            StoreError::QuotaExceeded => write!(f, "storage full"),
            StoreError::Other(why) => write!(f, "storage error: {why}"),
        }
    }
}

/// A key-value store of text, like localStorage.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}
