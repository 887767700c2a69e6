//! Cleaning pasted text into what the reader reads. The other steps rely on its contract:
//! - NFC (`super::nfc`), and none of what a paste leaves: no-break and odd spaces, zero-width
//!   characters, soft hyphens, a BOM, control characters;
//! - one paragraph a line, lines separated by a single "\n", no blank line, no "\r";
//! - single spaces within a line, none at its ends;
//! - a table row on one line, its cells separated by exactly one "\t" (an empty cell inside the
//!   row is kept, so columns stay in place), whether it came with tabs (Word, Excel) or with
//!   `|` (a markdown table, whose `|---|---|` row is dropped); two columns set side by side
//!   with five spaces or more (a PDF's layout: the header's "ỦY BAN NHÂN DÂN" and "CỘNG HÒA …",
//!   the foot's "Nơi nhận:" and "KT. CHỦ TỊCH") are two cells too.
//!
//! And the repairs a paste from a PDF needs: a line broken inside a sentence is joined to the
//! next (`join`), page numbers and repeated running headers go (`pages`), and words run
//! together where a space was lost ("tỉnhChủ tịch") are split apart (`words`). Each repair is
//! conservative: a line left broken costs the reader less than two paragraphs run into one.
//!
//! Linear in the text's length, never panicking, and idempotent: clean(clean(x)) == clean(x).

mod join;
mod line;
mod pages;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod words;

use join::Join;

/// A photo's caption a web page leaves between paragraphs, even in the middle of a sentence:
/// "Ảnh: Ngọc Trâm", "Toàn cảnh hội nghị. (Ảnh: Minh Anh)".
fn is_caption(line: &str) -> bool {
    line.chars().count() <= 200
        && (line.starts_with("Ảnh:")
            || line.starts_with("Ảnh :")
            || line.contains(" Ảnh:")
            || line.contains("(Ảnh"))
}

/// The text as the reader reads it (see the module's contract).
pub fn clean(raw: &str) -> String {
    let text = super::nfc(&line::chars(raw));
    let vietnamese = words::is_vietnamese(&text);
    let mut lines = pages::lines(&text);
    pages::drop_running_headers(&mut lines);
    lines.retain(|l| !is_caption(&l.text));
    let width = join::wrap_width(lines.iter().map(|l| l.text.as_str()));
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    // The line before, as it came: whether it reached the width a PDF wrapped at, and whether
    // it is a title in capitals (whose trích yếu below starts a line of its own).
    let mut previous: Option<&str> = None;
    // Whether the line being written may take the next one: not a table row, and not a line
    // that starts with "|" (longer, it would read as one). Known when it starts.
    let mut open = false;
    for line in &lines {
        let current = &out[start..];
        let full =
            previous.is_some_and(|p| width.is_some_and(|w| p.chars().count() * 100 >= w * 85));
        // Only a paragraph that is that one line: cleaning twice must decide the same.
        let capitals = previous.is_some_and(|p| p == current && join::is_capitals(p));
        previous = Some(&line.text);
        let may = open && !capitals && !current.is_empty();
        match may.then(|| join::join_onto(current, &line.text, full)) {
            Some(Some(Join::Space)) => out.push(' '),
            // A syllable run broken at a hyphen: Vietnamese keeps the space between syllables,
            // other languages join the halves of the word.
            Some(Some(Join::Dehyphen)) => {
                out.pop();
                if vietnamese {
                    out.push(' ');
                }
            }
            Some(Some(Join::Glue)) => {}
            Some(None) | None => {
                if !out.is_empty() {
                    out.push('\n');
                }
                start = out.len();
                open = join::may_take_next(&line.text);
            }
        }
        out.push_str(&line.text);
    }
    words::split_run_together(&out)
}
