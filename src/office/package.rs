//! The package every Office file is (Open Packaging Conventions): the parts, their content
//! types in `[Content_Types].xml`, the relationships from the package to its main part and
//! properties (`_rels/.rels`), and the properties themselves (`docProps/core.xml`, `app.xml`).
//! The Word notice and the Excel reports add their own parts; this writes the rest once.

use super::xml::escape;
use super::zip::Zip;

/// The declaration every XML part starts with.
pub const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Where the types of relationships an Office document uses are named.
pub const RELATIONSHIPS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The name the files are made by, in their properties.
const APP_NAME: &str = "Sổ tay Cải cách";

/// What the document's properties say of it (File › Properties in Word and Excel).
pub struct Properties<'a> {
    pub title: &'a str,
    /// "Thông báo kết luận"; none for a report.
    pub subject: Option<&'a str>,
}

/// A package being put together: its own parts first, in the order added.
pub struct Package {
    parts: Vec<(String, String)>,
    /// `(part, content type)` of each part with its own type.
    types: Vec<(String, String)>,
}

impl Package {
    pub fn new() -> Package {
        Package {
            parts: Vec::new(),
            types: Vec::new(),
        }
    }

    /// Adds a part with its content type (`None` for relationships, whose type is the default
    /// of their ".rels" ending).
    pub fn add(&mut self, name: &str, content_type: Option<&str>, xml: String) {
        if let Some(kind) = content_type {
            self.types.push((name.to_owned(), kind.to_owned()));
        }
        self.parts.push((name.to_owned(), xml));
    }

    /// The file's bytes: the content types, the package's relationships to `main` and the
    /// properties, then the parts added. No dates: the same document gives the same bytes.
    pub fn finish(self, main: &str, properties: &Properties) -> Vec<u8> {
        let mut types = format!(
            "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        );
        let own = self.types.iter().map(|(n, k)| (n.as_str(), k.as_str()));
        let properties_types = [
            (
                "docProps/core.xml",
                "application/vnd.openxmlformats-package.core-properties+xml",
            ),
            (
                "docProps/app.xml",
                "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            ),
        ];
        for (name, kind) in own.chain(properties_types) {
            types.push_str(&format!(
                "<Override PartName=\"/{name}\" ContentType=\"{kind}\"/>"
            ));
        }
        types.push_str("</Types>");
        let metadata = "http://schemas.openxmlformats.org/package/2006/relationships/metadata";
        let rels = relationships(&[
            ("rId1", &format!("{RELATIONSHIPS}/officeDocument"), main),
            (
                "rId2",
                &format!("{metadata}/core-properties"),
                "docProps/core.xml",
            ),
            (
                "rId3",
                &format!("{RELATIONSHIPS}/extended-properties"),
                "docProps/app.xml",
            ),
        ]);
        let subject = properties
            .subject
            .map(|s| format!("<dc:subject>{}</dc:subject>", escape(s)))
            .unwrap_or_default();
        let core = format!(
            "{DECLARATION}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title>{subject}\
             <dc:creator>{APP_NAME}</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>",
            escape(properties.title)
        );
        let app = format!(
            "{DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
             <Application>{APP_NAME}</Application></Properties>"
        );
        let mut zip = Zip::new();
        zip.add("[Content_Types].xml", types.as_bytes());
        zip.add("_rels/.rels", rels.as_bytes());
        zip.add("docProps/core.xml", core.as_bytes());
        zip.add("docProps/app.xml", app.as_bytes());
        for (name, xml) in &self.parts {
            zip.add(name, xml.as_bytes());
        }
        zip.finish()
    }
}

impl Default for Package {
    fn default() -> Package {
        Package::new()
    }
}

/// A relationships part: `(id, type, target)` each, the type in full.
pub fn relationships(list: &[(&str, &str, &str)]) -> String {
    let mut out = format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in list {
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{}\"/>",
            escape(target)
        ));
    }
    out.push_str("</Relationships>");
    out
}
