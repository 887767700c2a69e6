//! The `sotay-intake` command, run as a program: JSON of the drafts on stdout for a text file,
//! one line and exit status 2 for a file it cannot read.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn run(name: &str, bytes: &[u8], args: &[&str]) -> Output {
    let dir = std::env::temp_dir().join(format!("sotay-intake-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the test writes its file");
    let output = Command::new(env!("CARGO_BIN_EXE_sotay-intake"))
        .arg(&path)
        .args(args)
        .output()
        .expect("the command runs");
    let _ = std::fs::remove_file(&path);
    output
}

#[test]
fn a_text_file_gives_the_drafts_as_json() {
    let text = "ỦY BAN NHÂN DÂN TỈNH X\r\nKẾ HOẠCH\r\nCải cách hành chính năm 2026\r\n1. Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trong quý II/2026.\r\n";
    let output = run("ke-hoach.txt", text.as_bytes(), &["--date", "05/01/2026"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the command prints JSON");
    let cleaned = json["text"].as_str().unwrap_or("");
    assert!(
        cleaned.starts_with("ỦY BAN NHÂN DÂN TỈNH X\nKẾ HOẠCH"),
        "{cleaned}"
    );
}

#[test]
fn a_pdf_or_a_bad_date_is_one_line_and_status_2() {
    let pdf = run("doi-ten.txt", b"%PDF-1.7\n1 0 obj", &[]);
    let date = run(
        "ngay.txt",
        "Sở Nội vụ".as_bytes(),
        &["--date", "31/02/2026"],
    );
    for output in [pdf, date] {
        assert_eq!(output.status.code(), Some(2));
        let message = String::from_utf8_lossy(&output.stderr);
        assert_eq!(message.trim_end().lines().count(), 1, "{message}");
        assert!(
            message.contains("Không") || message.contains("Ngày"),
            "{message}"
        );
        assert!(output.stdout.is_empty());
    }
    let usage = Command::new(env!("CARGO_BIN_EXE_sotay-intake"))
        .output()
        .expect("runs");
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("Cách dùng"));
}
