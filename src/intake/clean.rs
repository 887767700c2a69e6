//! Cleaning pasted text (stub: written next).

/// The text as the reader reads it.
pub fn clean(raw: &str) -> String {
    super::nfc(raw)
}
