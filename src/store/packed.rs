//! The stored form of a chunk of records: the JSON deflated (zlib, whose Adler-32 catches a
//! changed character) and packed 15 bits to a UTF-16 code
//! unit, so localStorage (which counts UTF-16 units, two bytes each in Chromium and Safari) holds
//! several times more (docs/benchmarks.md#stored-chunks-are-deflated). `Z<bytes>:<units>`: the deflated length in decimal, then the units,
//! each `0x20 + 15 bits` (never a control character, never a surrogate).
//! A value that starts with `[` is plain JSON and is read as it is (hand-repaired data, tests).

use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;
use std::io::{self, Write};

/// Deflate level: 1 is the fastest, and JSON of records compresses well even there.
const LEVEL: u8 = 1;
/// The largest JSON a chunk may unpack to: no stored value can make the page allocate more.
const MAX_JSON: usize = 64 << 20;
const BASE: u32 = 0x20;

/// Packs JSON text for storage.
pub fn pack(json: &str) -> String {
    let mut packer = Packer::new();
    // Writing to memory cannot fail.
    let _ = packer.write_all(json.as_bytes());
    packer.finish()
}

/// Packs JSON as it is written, so that a large value (a snapshot of every record) never
/// exists whole as text: only its deflated bytes are kept. `write` it, then [`Packer::finish`].
pub struct Packer {
    compressor: Box<CompressorOxide>,
    deflated: Vec<u8>,
}

impl Packer {
    pub fn new() -> Packer {
        // zlib (a positive window), as `miniz_oxide::deflate::compress_to_vec_zlib` makes it.
        let flags = create_comp_flags_from_zip_params(i32::from(LEVEL), 1, 0);
        Packer {
            compressor: Box::new(CompressorOxide::new(flags)),
            deflated: Vec::new(),
        }
    }

    fn deflate(&mut self, mut bytes: &[u8], flush: TDEFLFlush) -> io::Result<()> {
        loop {
            let out = &mut self.deflated;
            let (status, used) = compress_to_output(&mut self.compressor, bytes, flush, |part| {
                out.extend_from_slice(part);
                true
            });
            bytes = &bytes[used..];
            match status {
                TDEFLStatus::Done => return Ok(()),
                TDEFLStatus::Okay if bytes.is_empty() => return Ok(()),
                TDEFLStatus::Okay => {}
                _ => return Err(io::Error::other("deflate failed")),
            }
        }
    }

    /// The stored form of everything written.
    pub fn finish(mut self) -> String {
        // Finishing a stream in memory cannot fail.
        let _ = self.deflate(&[], TDEFLFlush::Finish);
        packed(&self.deflated)
    }
}

impl Default for Packer {
    fn default() -> Packer {
        Packer::new()
    }
}

impl Write for Packer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.deflate(bytes, TDEFLFlush::None)?;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Deflated bytes as the units of a stored value.
fn packed(bytes: &[u8]) -> String {
    let mut out = format!("Z{}:", bytes.len());
    out.reserve(bytes.len() * 8 / 15 + 1);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            push(&mut out, (acc >> bits) & 0x7FFF);
        }
    }
    if bits > 0 {
        push(&mut out, (acc << (15 - bits)) & 0x7FFF);
    }
    out
}

fn push(out: &mut String, value: u32) {
    // BASE + 15 bits is at most 0x801F: below the surrogates, so always a char.
    out.extend(char::from_u32(BASE + value));
}

/// Reads a stored value back to JSON text; `Err` says what is wrong with it.
pub fn unpack(stored: &str) -> Result<String, String> {
    if stored.starts_with('[') || stored.starts_with('{') {
        return Ok(stored.to_owned());
    }
    let rest = stored
        .strip_prefix('Z')
        .ok_or("neither JSON nor a packed chunk")?;
    let (length, units) = rest.split_once(':').ok_or("no length")?;
    let length: usize = length.parse().map_err(|_| "a bad length")?;
    let mut bytes = Vec::with_capacity(length);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in units.chars() {
        let value = (c as u32)
            .checked_sub(BASE)
            .filter(|v| *v <= 0x7FFF)
            .ok_or("a character outside the packing")?;
        acc = ((acc << 15) | value) & 0x3F_FFFF;
        bits += 15;
        while bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
        }
    }
    if bytes.len() < length {
        return Err("cut short".to_owned());
    }
    bytes.truncate(length);
    let json = decompress_to_vec_zlib_with_limit(&bytes, MAX_JSON).map_err(|e| format!("{e:?}"))?;
    String::from_utf8(json).map_err(|_| "not UTF-8 inside".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_any_script_comes_back_exactly() {
        for text in [
            "",
            "[]",
            r#"[{"title":"Rà soát thủ tục hành chính năm 2026 — đợt Ⅱ"}]"#,
            "مرحبا 你好 🙂 \u{0}\u{7f} \"quotes\" \\ end",
            &"Sở Nội vụ tỉnh Vĩnh Phúc; ".repeat(5000),
        ] {
            let packed = pack(text);
            assert!(packed
                .chars()
                .all(|c| (0x20..=0x801F).contains(&(c as u32))));
            assert_eq!(unpack(&packed).as_deref(), Ok(text));
        }
    }

    #[test]
    fn packing_as_written_equals_packing_the_whole() {
        let text = "Sở Nội vụ tỉnh Vĩnh Phúc; ".repeat(5000);
        let mut packer = Packer::new();
        for piece in text.as_bytes().chunks(7) {
            packer.write_all(piece).unwrap();
        }
        let packed = packer.finish();
        let whole = miniz_oxide::deflate::compress_to_vec_zlib(text.as_bytes(), LEVEL);
        assert_eq!(
            packed,
            super::packed(&whole),
            "the same stream as deflating it whole"
        );
        assert_eq!(unpack(&packed).as_deref(), Ok(text.as_str()));
    }

    #[test]
    fn repetitive_json_packs_small() {
        let json = format!(
            "[{}]",
            vec![r#"{"id":"4v8q2m0c7h1k9t3x5n6p0r2s4w","title":"Số hóa hồ sơ"}"#; 2000].join(",")
        );
        let packed = pack(&json);
        assert!(packed.encode_utf16().count() * 10 < json.encode_utf16().count());
    }

    #[test]
    fn a_damaged_value_is_an_error_never_a_panic() {
        let packed = pack(&"Kế hoạch cải cách hành chính ".repeat(200));
        let cut: String = packed.chars().take(packed.chars().count() / 2).collect();
        assert!(unpack(&cut).is_err());
        assert!(unpack("Z12:abc").is_err());
        assert!(unpack("hello").is_err());
        assert!(unpack("Zx:").is_err());
        let mut changed: Vec<char> = packed.chars().collect();
        let middle = changed.len() / 2;
        changed[middle] = char::from_u32(changed[middle] as u32 ^ 0x155).unwrap();
        let changed: String = changed.into_iter().collect();
        assert!(unpack(&changed).is_err(), "a changed character is caught");
    }
}
