//! A tiny zip writer for the tests: local headers, the central directory and its end record,
//! each entry stored or deflated with `miniz_oxide`, as Word and LibreOffice write them.

use miniz_oxide::deflate::compress_to_vec;

/// A zip of the given files, deflated or stored. No CRC: the reader does not check it.
pub(super) fn zip(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let (mut out, mut directory) = (Vec::new(), Vec::new());
    for (name, data, deflate) in files {
        let packed = match deflate {
            true => compress_to_vec(data, 6),
            false => data.to_vec(),
        };
        let offset = out.len() as u32;
        let method: u16 = if *deflate { 8 } else { 0 };
        let mut fields = Vec::new();
        fields.extend(method.to_le_bytes());
        fields.extend([0; 8]); // time, date, CRC-32
        fields.extend((packed.len() as u32).to_le_bytes());
        fields.extend((data.len() as u32).to_le_bytes());
        fields.extend((name.len() as u16).to_le_bytes());
        fields.extend([0, 0]); // extra field
        out.extend(b"PK\x03\x04\x14\x00\x00\x00");
        out.extend(&fields);
        out.extend(name.as_bytes());
        out.extend(&packed);
        directory.extend(b"PK\x01\x02\x14\x00\x14\x00\x00\x00");
        directory.extend(&fields);
        directory.extend([0; 10]); // comment, disk, attributes
        directory.extend(offset.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let (at, size) = (out.len() as u32, directory.len() as u32);
    out.extend(&directory);
    out.extend(b"PK\x05\x06\x00\x00\x00\x00");
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((files.len() as u16).to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend([0, 0]);
    out
}

pub(super) fn docx(body: &str, deflate: bool) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip(&[
        ("[Content_Types].xml", b"<Types/>", false),
        ("word/document.xml", xml.as_bytes(), deflate),
    ])
}
