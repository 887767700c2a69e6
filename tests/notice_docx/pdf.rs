//! What poppler says of a PDF, as `tests/notice_docx.rs` reads it: the words of each page with
//! their boxes (`pdftotext -bbox`), and the thin horizontal rules of a page's picture
//! (`pdftoppm -gray`); and blocks of text found in order (`pdftotext`).

use super::libreoffice::poppler;

/// One word as `pdftotext -bbox` places it, in points from the page's top left corner.
#[derive(Debug)]
pub struct Word {
    pub text: String,
    pub x_min: f64,
    pub y_min: f64,
    pub x_max: f64,
    pub y_max: f64,
}

/// The words of each page of `pdf`.
pub fn pages(pdf: &str) -> Vec<Vec<Word>> {
    let html = poppler("pdftotext", &["-bbox", pdf, "-"]);
    let number = |line: &str, name: &str| -> f64 {
        let value = line.split(&format!("{name}=\"")).nth(1).unwrap_or_default();
        let value = value.split('"').next().unwrap_or_default();
        value.parse().unwrap_or_else(|_| panic!("{name} in {line}"))
    };
    let mut pages: Vec<Vec<Word>> = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            pages.push(Vec::new());
        } else if let (Some(word), Some(page)) = (line.strip_prefix("<word "), pages.last_mut()) {
            let text = word.split('>').nth(1).unwrap_or_default();
            page.push(Word {
                text: text.trim_end_matches("</word").to_owned(),
                x_min: number(line, "xMin"),
                y_min: number(line, "yMin"),
                x_max: number(line, "xMax"),
                y_max: number(line, "yMax"),
            });
        }
    }
    pages
}

/// A horizontal rule: from `x0` to `x1` at `y`, in points.
#[derive(Debug)]
pub struct Rule {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
}

/// Pixels per inch of the picture the rules are found in.
const DPI: f64 = 150.0;

/// The rules of page `page` of `pdf`: runs of dark pixels at least 1 cm long, at most two
/// pixels thick (no stroke of a letter is as long and as thin). `stem` names the picture.
pub fn rules(pdf: &str, page: usize, stem: &str) -> Vec<Rule> {
    let n = page.to_string();
    let args = [
        "-gray",
        "-r",
        "150",
        "-f",
        &n,
        "-l",
        &n,
        "-singlefile",
        pdf,
        stem,
    ];
    poppler("pdftoppm", &args);
    let pgm = std::fs::read(format!("{stem}.pgm")).expect("the page as a picture");
    // "P5\n<width> <height>\n255\n", then a byte a pixel.
    let mut header = pgm.splitn(4, |b| b.is_ascii_whitespace());
    let mut field = || String::from_utf8_lossy(header.next().unwrap_or_default()).into_owned();
    let magic = field();
    let width: usize = field().parse().expect("the picture's width");
    let height: usize = field().parse().expect("the picture's height");
    assert_eq!(magic, "P5", "a binary grey picture");
    let pixels = &pgm[pgm.len() - width * height..];
    let dark = |x: usize, y: usize| pixels[y * width + x] < 128;
    let point = |pixels: usize| pixels as f64 * 72.0 / DPI;
    let mut rules = Vec::new();
    for y in 1..height - 3 {
        let mut start = None;
        for x in 0..=width {
            let thin = x < width
                && dark(x, y)
                && !dark(x, y - 1)
                && (!dark(x, y + 1) || !dark(x, y + 2))
                && !dark(x, y + 3);
            match (thin, start) {
                (true, None) => start = Some(x),
                (false, Some(from)) => {
                    if x - from >= 60 {
                        rules.push(Rule {
                            x0: point(from),
                            x1: point(x),
                            y: point(y),
                        });
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
    rules
}

/// Each of `wanted` found in `text` after the one before, every run of spaces made one (lines
/// wrap where the page ends them).
pub fn in_order(text: &str, wanted: &[String]) {
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = flat(text);
    let mut from = 0;
    for w in wanted.iter().map(|w| flat(w)) {
        match text[from..].find(&w) {
            Some(at) => from += at + w.len(),
            None => panic!("{w:?} is not after byte {from} of:\n{text}"),
        }
    }
}
