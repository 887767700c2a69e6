//! LibreOffice headless, as the tests of the Word and Excel files use it: the file the app wrote
//! is opened and converted the way an official's office suite would open it. LibreOffice is
//! installed by scripts/setup.sh; a machine without it fails these tests, it never skips them.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh folder under `target/office-tests/<name>`, emptied first.
pub fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/office-tests")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder for the converted files");
    dir
}

/// Converts `file` with `soffice --headless --convert-to <to>` into its own folder and returns
/// the converted file's path. `to` is a filter as LibreOffice names it ("pdf", or
/// "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1" for every
/// sheet in UTF-8). Each call has its own user profile, so tests may run side by side.
pub fn convert(file: &Path, to: &str, extension: &str) -> PathBuf {
    let dir = file.parent().expect("the file is in a folder");
    let profile = dir.join("lo-profile");
    let output = Command::new("soffice")
        .arg("--headless")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .expect("LibreOffice (soffice) is installed: scripts/setup.sh installs it");
    let stem = file.file_stem().expect("a file name").to_string_lossy();
    let converted = dir.join(format!("{stem}.{extension}"));
    assert!(
        output.status.success() && converted.exists(),
        "LibreOffice did not convert {}: {}\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    converted
}

/// Runs a poppler tool (`pdfinfo`, `pdftotext`, …) and returns what it printed.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is installed: {e}"));
    assert!(
        output.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}
