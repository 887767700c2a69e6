//! Reading a dropped or chosen file into text: a .txt (UTF-8, or UTF-16 with its BOM) or a
//! .docx (its `word/document.xml`, inflated from the zip and read for its paragraphs and table
//! rows), and for anything else the reason it gives no text, which the page tells the official
//! in its own words (src/i18n). What the file is comes from its first bytes, then its name: a
//! .pdf renamed .txt is still refused as a PDF.
//!
//! The zip (`zip`) and the XML (`xml`) are read by hand, a few hundred lines, rather than with
//! crates whose size the wasm would carry; both are linear and never panic on any bytes.

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod xml;
mod zip;

/// Why a file gives no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// A Word 97–2003 .doc (an OLE compound file): to be saved as .docx first.
    OldWord,
    /// A PDF: its text is to be copied and pasted.
    Pdf,
    /// A picture (PNG, JPEG, GIF, WebP, HEIC, BMP, TIFF): a scan, with no text to read.
    Picture,
    /// An Excel or LibreOffice spreadsheet (.xlsx, .xls, .ods).
    Spreadsheet,
    /// Another zip (.odt, .pptx, an archive): no `word/document.xml` in it.
    OtherZip,
    /// A zip, or a file named .docx, that cannot be read or inflated.
    Damaged,
    /// Bytes that are neither UTF-8 nor UTF-16 with a BOM (a legacy code page, a program).
    NotText,
    /// Over [`MAX_FILE`], or a document that inflates to over [`MAX_XML`] (a zip bomb).
    TooLarge,
}

/// Largest file read, in bytes.
pub const MAX_FILE: usize = 20 * 1024 * 1024;
/// Largest `word/document.xml` inflated, in bytes: a plan of 200 pages is about 3 MB of XML.
pub const MAX_XML: usize = 10 * 1024 * 1024;

/// The text of a dropped or chosen file, as written (the reader cleans it).
pub fn file_text(name: &str, bytes: &[u8]) -> Result<String, FileError> {
    if bytes.len() > MAX_FILE {
        return Err(FileError::TooLarge);
    }
    let extension = match name.rsplit_once('.') {
        Some((_, ext)) => ext.to_lowercase(),
        None => String::new(),
    };
    match sniff(bytes) {
        Some(Kind::Zip) => zip::document_xml(bytes).and_then(|xml| xml::text(&xml)),
        Some(Kind::Ole) if matches!(extension.as_str(), "xls") => Err(FileError::Spreadsheet),
        Some(Kind::Ole) => Err(FileError::OldWord),
        Some(Kind::Pdf) => Err(FileError::Pdf),
        Some(Kind::Picture) => Err(FileError::Picture),
        None => match extension.as_str() {
            "docx" => Err(FileError::Damaged),
            "doc" => Err(FileError::OldWord),
            "pdf" => Err(FileError::Pdf),
            "xlsx" | "xls" | "ods" => Err(FileError::Spreadsheet),
            "odt" | "pptx" | "ppt" | "zip" | "rar" | "7z" => Err(FileError::OtherZip),
            "png" | "jpg" | "jpeg" | "gif" | "webp" | "heic" | "heif" | "bmp" | "tif" | "tiff" => {
                Err(FileError::Picture)
            }
            _ => plain_text(bytes),
        },
    }
}

/// What the first bytes say a file is.
enum Kind {
    Zip,
    Ole,
    Pdf,
    Picture,
}

fn sniff(bytes: &[u8]) -> Option<Kind> {
    let at = |offset: usize, magic: &[u8]| bytes.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"PK\x03\x04") || at(0, b"PK\x05\x06") {
        return Some(Kind::Zip);
    }
    if at(0, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Some(Kind::Ole);
    }
    if at(0, b"%PDF") {
        return Some(Kind::Pdf);
    }
    let heic = at(4, b"ftyp")
        && [
            b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"hevc", b"avif",
        ]
        .iter()
        .any(|brand| at(8, *brand));
    // "BM" alone starts many a text: a bitmap also has the size of a known header at 14.
    let bmp = at(0, b"BM")
        && bytes
            .get(14..18)
            .and_then(|b| b.try_into().ok())
            .is_some_and(|b: [u8; 4]| {
                matches!(u32::from_le_bytes(b), 12 | 40 | 52 | 56 | 108 | 124)
            });
    let picture = at(0, b"\x89PNG\r\n\x1A\n")
        || at(0, b"\xFF\xD8\xFF")
        || at(0, b"GIF87a")
        || at(0, b"GIF89a")
        || (at(0, b"RIFF") && at(8, b"WEBP"))
        || at(0, b"II*\0")
        || at(0, b"MM\0*")
        || heic
        || bmp;
    picture.then_some(Kind::Picture)
}

/// A text file: UTF-8 (its BOM dropped), or UTF-16 after its BOM. A NUL byte is never text:
/// UTF-16 without its BOM, or a program.
fn plain_text(bytes: &[u8]) -> Result<String, FileError> {
    let utf16 = |big: bool| {
        if !bytes.len().is_multiple_of(2) {
            return Err(FileError::NotText);
        }
        let units = bytes[2..].chunks_exact(2).map(|pair| match big {
            true => u16::from_be_bytes([pair[0], pair[1]]),
            false => u16::from_le_bytes([pair[0], pair[1]]),
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| FileError::NotText)
    };
    let text = match bytes {
        [0xFF, 0xFE, ..] => utf16(false)?,
        [0xFE, 0xFF, ..] => utf16(true)?,
        [0xEF, 0xBB, 0xBF, rest @ ..] => {
            String::from_utf8(rest.to_vec()).map_err(|_| FileError::NotText)?
        }
        _ => String::from_utf8(bytes.to_vec()).map_err(|_| FileError::NotText)?,
    };
    match text.contains('\0') {
        true => Err(FileError::NotText),
        false => Ok(text),
    }
}
