//! One HTML tag read at a time for `html`: its name, whether it closes, and the colspan and
//! rowspan of a cell (every other attribute skipped, quoted values whole, so a `>` inside one
//! does not end the tag). Byte by byte over ASCII, never slicing inside a character.

/// Widest colspan and tallest rowspan taken, so that a forged span cannot make a huge grid.
const MAX_COLSPAN: usize = 64;
const MAX_ROWSPAN: usize = 500;

/// A tag's name (lower case), whether it closes, and the spans it asks for.
pub(super) struct Tag {
    pub name: String,
    pub closing: bool,
    pub colspan: usize,
    pub rowspan: usize,
}

/// The tag at the start of `text` (which starts with `<`), and how many bytes it takes. Not
/// a tag ("a < b"): none, and the `<` is taken as text.
pub(super) fn tag(text: &str) -> (Option<Tag>, usize) {
    let bytes = text.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b':') {
        i += 1;
    }
    if i == start {
        return (None, 0);
    }
    let name = text[start..i].to_ascii_lowercase();
    let (mut colspan, mut rowspan) = (1, 1);
    // Attributes up to `>`, quoted values skipped whole (a `>` inside one does not end it).
    let mut attr_name = String::new();
    while i < bytes.len() && bytes[i] != b'>' {
        let c = bytes[i];
        if c == b'"' || c == b'\'' {
            let end = text[i + 1..]
                .find(c as char)
                .map_or(bytes.len(), |e| i + 1 + e);
            span_value(
                &attr_name,
                &text[i + 1..end.min(text.len())],
                &mut colspan,
                &mut rowspan,
            );
            attr_name.clear();
            i = end + 1;
            continue;
        }
        if c.is_ascii_alphabetic() {
            let from = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
                i += 1;
            }
            let word = text[from..i].to_ascii_lowercase();
            if bytes.get(i) != Some(&b'=') && attr_name.ends_with('=') {
                span_value(&attr_name, &word, &mut colspan, &mut rowspan);
                attr_name.clear();
            } else {
                attr_name = word;
            }
            continue;
        }
        if c == b'=' {
            attr_name.push('=');
        } else if c.is_ascii_digit() && attr_name.ends_with('=') {
            let from = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            span_value(&attr_name, &text[from..i], &mut colspan, &mut rowspan);
            attr_name.clear();
            continue;
        }
        i += 1;
    }
    let tag = Tag {
        name,
        closing,
        colspan,
        rowspan,
    };
    (Some(tag), (i + 1).min(text.len()))
}

/// `colspan=3`, `rowspan="2"`: the span, kept within bounds; any other attribute ignored.
fn span_value(name: &str, value: &str, colspan: &mut usize, rowspan: &mut usize) {
    let n = value.trim().parse::<usize>().unwrap_or(1).max(1);
    match name {
        "colspan=" => *colspan = n.min(MAX_COLSPAN),
        "rowspan=" => *rowspan = n.min(MAX_ROWSPAN),
        _ => {}
    }
}
