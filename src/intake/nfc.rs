//! NFC (stub: written next).

/// The text in Unicode's composed form (NFC).
pub fn nfc(text: &str) -> String {
    text.to_owned()
}
