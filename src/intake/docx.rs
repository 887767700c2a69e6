//! Reading a dropped file (stub: written next).

/// Why a file gives no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not readable as a document at all.
    Unreadable,
}

/// The text of a dropped or chosen file.
pub fn file_text(_name: &str, bytes: &[u8]) -> Result<String, FileError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| FileError::Unreadable)
}
