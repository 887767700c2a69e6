//! The one file of a .docx the reader needs, `word/document.xml`, taken out of the zip: the
//! central directory at the zip's end says where each file is and how it is packed (stored,
//! or deflated, which `miniz_oxide` inflates). Every offset and size is checked against the
//! bytes there are; zip64 and encrypted entries, which no .docx under 20 MB needs, are refused.

use super::{FileError, MAX_XML};
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

/// One file listed in the central directory.
struct Entry<'a> {
    name: &'a [u8],
    method: u16,
    flags: u16,
    packed: usize,
    size: usize,
    header: usize,
}

/// The bytes of `word/document.xml`, inflated.
pub(super) fn document_xml(zip: &[u8]) -> Result<Vec<u8>, FileError> {
    let entries = central_directory(zip).ok_or(FileError::Damaged)?;
    let Some(document) = entries.iter().find(|e| e.name == b"word/document.xml") else {
        let sheet = entries.iter().any(|e| {
            e.name == b"xl/workbook.xml" || (e.name == b"content.xml" && is_ods(zip, &entries))
        });
        return Err(match sheet {
            true => FileError::Spreadsheet,
            false => FileError::OtherZip,
        });
    };
    if document.flags & 1 != 0 {
        return Err(FileError::Damaged);
    }
    if document.size > MAX_XML {
        return Err(FileError::TooLarge);
    }
    let data = entry_data(zip, document).ok_or(FileError::Damaged)?;
    match document.method {
        0 => Ok(data.to_vec()),
        8 => decompress_to_vec_with_limit(data, MAX_XML).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => FileError::TooLarge,
            _ => FileError::Damaged,
        }),
        _ => Err(FileError::Damaged),
    }
}

/// Whether a LibreOffice zip is a spreadsheet: its stored `mimetype` says so.
fn is_ods(zip: &[u8], entries: &[Entry]) -> bool {
    let mimetype = entries
        .iter()
        .find(|e| e.name == b"mimetype" && e.method == 0);
    let data = mimetype.and_then(|e| entry_data(zip, e));
    data.is_some_and(|d| d.ends_with(b"spreadsheet"))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    usize::try_from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok()
}

/// The entries of the central directory, found from the end-of-directory record in the last
/// 64 KB (its comment may be that long); none if any of it does not fit the bytes.
fn central_directory(zip: &[u8]) -> Option<Vec<Entry<'_>>> {
    const END: &[u8] = b"PK\x05\x06";
    let earliest = zip.len().saturating_sub(22 + 0xFFFF);
    let end = (earliest..zip.len().saturating_sub(21))
        .rev()
        .find(|i| zip.get(*i..*i + 4) == Some(END))?;
    let count = usize::from(u16_at(zip, end + 10)?);
    let mut at = u32_at(zip, end + 16)?;
    let mut entries = Vec::with_capacity(count.min(4096));
    for _ in 0..count {
        // Offsets past the end are refused first: the sums below then cannot overflow.
        if at >= zip.len() || zip.get(at..at.checked_add(4)?)? != b"PK\x01\x02" {
            return None;
        }
        let name_len = usize::from(u16_at(zip, at + 28)?);
        let skip = usize::from(u16_at(zip, at + 30)?) + usize::from(u16_at(zip, at + 32)?);
        let name_at = at + 46;
        entries.push(Entry {
            flags: u16_at(zip, at + 8)?,
            method: u16_at(zip, at + 10)?,
            packed: u32_at(zip, at + 20)?,
            size: u32_at(zip, at + 24)?,
            header: u32_at(zip, at + 42)?,
            name: zip.get(name_at..name_at.checked_add(name_len)?)?,
        });
        at = name_at + name_len + skip;
    }
    Some(entries)
}

/// The packed bytes of an entry, after its local header (whose own name and extra field may
/// differ in length from the central directory's).
fn entry_data<'z>(zip: &'z [u8], entry: &Entry) -> Option<&'z [u8]> {
    let at = entry.header;
    if at >= zip.len() || zip.get(at..at.checked_add(4)?)? != b"PK\x03\x04" {
        return None;
    }
    let start = at + 30 + usize::from(u16_at(zip, at + 26)?) + usize::from(u16_at(zip, at + 28)?);
    zip.get(start..start.checked_add(entry.packed)?)
}
