//! A zip archive as the Office formats use it: each part deflated (or stored when that is
//! smaller), with its CRC-32, the central directory and its end record. No zip64, no
//! encryption, no timestamps beyond a fixed day: the parts of one document are a few hundred
//! kilobytes at most.

use miniz_oxide::deflate::compress_to_vec;

/// The CRC-32 (IEEE 802.3, the zip one) table, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The CRC-32 of `bytes`, as a zip entry records it.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = !0u32;
    for b in bytes {
        c = CRC_TABLE[((c ^ u32::from(*b)) & 0xFF) as usize] ^ (c >> 8);
    }
    !c
}

/// 1 January 2026 00:00 in MS-DOS form: the day every part is stamped with, so that the same
/// document makes the same bytes (a real clock would be the browser's, and tests compare files).
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = ((2026 - 1980) << 9) | (1 << 5) | 1;

/// A zip being written, one part after another.
#[derive(Default)]
pub struct Zip {
    out: Vec<u8>,
    directory: Vec<u8>,
    count: u16,
}

impl Zip {
    pub fn new() -> Zip {
        Zip::default()
    }

    /// Adds a part named `name` (a path inside the archive, "word/document.xml").
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let deflated = compress_to_vec(data, 6);
        let (method, packed): (u16, &[u8]) = match deflated.len() < data.len() {
            true => (8, &deflated),
            false => (0, data),
        };
        let offset = self.out.len() as u32;
        let mut fields = Vec::with_capacity(26);
        fields.extend(20u16.to_le_bytes()); // version needed: 2.0
        fields.extend(0x0800u16.to_le_bytes()); // flags: names in UTF-8
        fields.extend(method.to_le_bytes());
        fields.extend(DOS_TIME.to_le_bytes());
        fields.extend(DOS_DATE.to_le_bytes());
        fields.extend(crc32(data).to_le_bytes());
        fields.extend((packed.len() as u32).to_le_bytes());
        fields.extend((data.len() as u32).to_le_bytes());
        fields.extend((name.len() as u16).to_le_bytes());
        fields.extend(0u16.to_le_bytes()); // extra field
        self.out.extend(b"PK\x03\x04");
        self.out.extend(&fields);
        self.out.extend(name.as_bytes());
        self.out.extend(packed);
        self.directory.extend(b"PK\x01\x02");
        self.directory.extend(20u16.to_le_bytes()); // made by: 2.0
        self.directory.extend(&fields);
        self.directory.extend([0; 8]); // comment length, disk, internal and external attributes
        self.directory.extend([0; 2]);
        self.directory.extend(offset.to_le_bytes());
        self.directory.extend(name.as_bytes());
        self.count += 1;
    }

    /// The archive's bytes.
    pub fn finish(mut self) -> Vec<u8> {
        let (at, size) = (self.out.len() as u32, self.directory.len() as u32);
        self.out.extend(&self.directory);
        self.out.extend(b"PK\x05\x06\x00\x00\x00\x00");
        self.out.extend(self.count.to_le_bytes());
        self.out.extend(self.count.to_le_bytes());
        self.out.extend(size.to_le_bytes());
        self.out.extend(at.to_le_bytes());
        self.out.extend([0, 0]);
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_is_the_zip_one() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32("Sổ tay".as_bytes()), crc32("Sổ tay".as_bytes()));
    }

    #[test]
    fn a_written_zip_is_read_back_by_the_app_s_own_reader() {
        let xml = "<w:document><w:body><w:p><w:r><w:t>Thông báo kết luận</w:t></w:r></w:p>\
                   </w:body></w:document>"
            .repeat(20);
        let mut zip = Zip::new();
        zip.add("[Content_Types].xml", b"<Types/>");
        zip.add("word/document.xml", xml.as_bytes());
        let bytes = zip.finish();
        let read = crate::intake::docx::file_text("a.docx", &bytes).expect("the reader takes it");
        assert!(read.contains("Thông báo kết luận"), "{read}");
    }
}
