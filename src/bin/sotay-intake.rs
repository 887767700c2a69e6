//! `sotay-intake FILE.txt|FILE.docx [--date dd/mm/yyyy]`: reads a document as the app's intake
//! page does, with the starter directory of agencies, and prints the drafts as JSON; for
//! trying the reader on real documents and for checking what it makes of them, without a
//! browser. Any error is one line in Vietnamese on stderr, and exit status 2.
//!
//! `--time` prints instead how long reading takes, the median of five reads in milliseconds
//! (what `scripts/bench.sh` reports of the reader natively).
//!
//! Native only: in the wasm build (which Trunk makes of the `sotay` binary alone) it is empty.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match native::run(std::env::args().skip(1)) {
        Ok(json) => println!("{json}"),
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use sotay::domain::agency::starter_agencies;
    use sotay::domain::dates::parse_day;
    use sotay::intake::{self, Context, FileError};

    const USAGE: &str = "Cách dùng: sotay-intake TỆP.txt|TỆP.docx [--date dd/mm/yyyy] [--time]";

    /// The drafts of the file the arguments name, as pretty JSON, or the line to print.
    pub fn run(mut args: impl Iterator<Item = String>) -> Result<String, String> {
        let (mut path, mut date, mut time) = (None, None, false);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--time" => time = true,
                "--date" => date = Some(args.next().ok_or(USAGE)?),
                _ if arg.starts_with("--date=") => date = Some(arg["--date=".len()..].to_owned()),
                _ if arg.starts_with('-') || path.is_some() => return Err(USAGE.to_owned()),
                _ => path = Some(arg),
            }
        }
        let path = path.ok_or(USAGE)?;
        let date = match date {
            Some(text) => Some(
                parse_day(&text)
                    .map_err(|_| format!("Ngày không hợp lệ: “{text}” (cần dạng dd/mm/yyyy)."))?,
            ),
            None => None,
        };
        let bytes =
            std::fs::read(&path).map_err(|e| format!("Không đọc được tệp “{path}”: {e}."))?;
        let text = intake::file_text(&path, &bytes).map_err(|e| why(&path, e))?;
        let agencies = starter_agencies()
            .iter()
            .map(|r| (r.id().clone(), r.body().name.clone()))
            .collect();
        let context = Context { agencies, date };
        if time {
            return Ok(format!("{:.2}", median_read_ms(&text, &context)));
        }
        let drafts = intake::read(&text, &context);
        serde_json::to_string_pretty(&drafts).map_err(|e| format!("Không ghi được kết quả: {e}."))
    }

    /// The median of five reads of `text`, in milliseconds.
    fn median_read_ms(text: &str, context: &Context) -> f64 {
        let mut times: Vec<f64> = (0..5)
            .map(|_| {
                let start = std::time::Instant::now();
                std::hint::black_box(intake::read(text, context));
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        sotay::sort::sort_by(&mut times, f64::total_cmp);
        times[2]
    }

    /// Why the file gives no text, said to whoever ran the command.
    fn why(path: &str, error: FileError) -> String {
        let reason = match error {
            FileError::OldWord => "tệp Word 97–2003 (.doc): hãy lưu lại thành .docx",
            FileError::Pdf => "tệp PDF: hãy chép văn bản trong PDF rồi dán vào tệp .txt",
            FileError::Picture => "tệp ảnh, không có chữ để đọc",
            FileError::Spreadsheet => "tệp bảng tính: hãy chép bảng rồi dán vào tệp .txt",
            FileError::OtherZip => "tệp nén không phải văn bản Word (.docx)",
            FileError::Damaged => "tệp bị hỏng, không mở được",
            FileError::NotText => "không phải văn bản UTF-8 hay UTF-16",
            FileError::TooLarge => "tệp quá lớn (trên 20 MB, hoặc văn bản trên 10 MB khi giải nén)",
        };
        format!("Không đọc được “{path}”: {reason}.")
    }
}
