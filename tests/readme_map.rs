//! The README's "What is here" table and the tree name the same places: each path in the table
//! exists, and each folder and file at the top of `src/` and `tests/`, and each folder of the
//! repository a newcomer opens, has its row. Run natively by `cargo test`.

use std::path::Path;

/// The first path of each row of the table: `| \`src/domain/\` | … |` gives `src/domain/`.
fn rows() -> Vec<&'static str> {
    let readme = include_str!("../README.md");
    let table = readme
        .split("## What is here")
        .nth(1)
        .expect("the README has a What is here section");
    table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .collect()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether a row names `entry` (a path like `src/store` or `tests/bad_bundles`): the same path,
/// or the same name with another ending (`tests/bad_bundles/` beside `tests/bad_bundles.rs`).
fn named(rows: &[&str], entry: &str) -> bool {
    let stem = |p: &str| {
        let p = p.trim_end_matches('/');
        p.strip_suffix(".rs").unwrap_or(p).to_owned()
    };
    rows.iter().any(|row| stem(row) == stem(entry))
}

#[test]
fn every_path_in_the_table_is_in_the_tree() {
    let rows = rows();
    assert!(rows.len() > 10, "the table was read: {rows:?}");
    for row in rows {
        assert!(
            root().join(row).exists(),
            "README names {row}, which is not there"
        );
    }
}

#[test]
fn every_folder_a_newcomer_opens_has_its_row() {
    let rows = rows();
    // src/lib.rs and src/main.rs are named in the sentence under the table.
    let told = ["src/lib.rs", "src/main.rs"];
    let mut entries: Vec<String> = ["docs", "public", "scripts", "style"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for folder in ["src", "tests", "tools"] {
        for entry in std::fs::read_dir(root().join(folder)).expect("a folder of the repository") {
            let name = entry.expect("an entry").file_name();
            entries.push(format!("{folder}/{}", name.to_string_lossy()));
        }
    }
    for entry in entries {
        if !told.contains(&entry.as_str()) {
            assert!(
                named(&rows, &entry),
                "{entry} has no row in the README's What is here"
            );
        }
    }
}
