//! The intake's measure: every text of tests/intake/ is read with `sotay::intake::read` and
//! its drafts are judged against the text's annotation (what a careful official records from
//! it). One table over the whole corpus is printed (`cargo test --test intake_corpus --
//! --nocapture`) and written to target/intake-score.md; `INTAKE_VERBOSE=1` adds each text's
//! misses. The scores must stay at or above tests/intake/floors.json. The annotation format and
//! the judging rules: tests/intake/README.md.

#[path = "intake_corpus/annotation.rs"]
mod annotation;
#[path = "intake_corpus/oracle.rs"]
mod oracle;
#[path = "intake_corpus/refs.rs"]
mod refs;
#[path = "intake_corpus/score.rs"]
mod score;
#[path = "intake_corpus/tasks.rs"]
mod tasks;

use annotation::Annotation;
use score::{Board, Judge};
use serde::Deserialize;
use sotay::domain::agency::starter_agencies;
use sotay::domain::dates::parse_day;
use sotay::domain::Id;
use sotay::intake::{read, Context};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Fewest texts the corpus may hold.
const AT_LEAST: usize = 30;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Floor {
    precision: f64,
    recall: f64,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/intake")
}

/// Each text's name ("notice-01"), its text and its annotation, in name order.
fn corpus() -> Vec<(String, String, Annotation)> {
    let dir = corpus_dir();
    let mut names: BTreeMap<String, ()> = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("tests/intake/ is there") {
        let path = entry.expect("a readable entry").path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        match ext {
            "txt" => {
                names.insert(stem.to_owned(), ());
            }
            "json" if stem != "floors" => {
                let twin = dir.join(format!("{stem}.txt"));
                assert!(twin.exists(), "{stem}.json annotates no text");
            }
            _ => {}
        }
    }
    names
        .into_keys()
        .map(|name| {
            let bytes = std::fs::read(dir.join(format!("{name}.txt"))).expect("text readable");
            let text = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{name}.txt is UTF-8"));
            assert!(!text.trim().is_empty(), "{name}.txt is empty");
            let json = std::fs::read_to_string(dir.join(format!("{name}.json")))
                .unwrap_or_else(|_| panic!("{name}.txt has its {name}.json"));
            let a = Annotation::read(&json).unwrap_or_else(|e| panic!("{name}.json: {e}"));
            let kind = name.rsplit_once('-').map_or("", |(k, _)| k);
            assert_eq!(kind, a.kind, "{name}.json's kind is its name's");
            (name, text, a)
        })
        .collect()
}

fn directory() -> Vec<(Id, String)> {
    starter_agencies()
        .iter()
        .filter(|r| !r.is_deleted())
        .map(|r| (r.id().clone(), r.body().name.clone()))
        .collect()
}

fn table(board: &Board, texts: usize) -> String {
    let mut out = format!(
        "Intake corpus: {texts} texts\n\n| field | expected | found | right | precision | recall |\n|---|---:|---:|---:|---:|---:|\n"
    );
    for (name, t) in &board.rows {
        out.push_str(&format!(
            "| {name} | {} | {} | {} | {:.2} | {:.2} |\n",
            t.expected,
            t.found,
            t.right,
            t.precision(),
            t.recall()
        ));
    }
    out
}

#[test]
fn the_reader_scores_at_least_its_floors_on_the_corpus() {
    let started = std::time::Instant::now();
    let texts = corpus();
    assert!(texts.len() >= AT_LEAST, "only {} texts", texts.len());
    let directory = directory();
    let verbose = std::env::var("INTAKE_VERBOSE").is_ok_and(|v| v == "1");
    let mut total = Board::default();
    for (name, text, a) in &texts {
        let context = Context {
            agencies: directory.clone(),
            date: a.context_date.as_deref().and_then(|d| parse_day(d).ok()),
        };
        let drafts = read(text, &context);
        let mut judge = Judge::new(&directory);
        judge.judge(a, &drafts);
        total.add(&judge.board);
        if verbose && !judge.misses.is_empty() {
            println!("{name}:");
            for miss in &judge.misses {
                println!("  {miss}");
            }
        }
    }
    let table = table(&total, texts.len());
    println!("{table}");
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::create_dir_all(&target);
    let _ = std::fs::write(target.join("intake-score.md"), &table);

    let floors = std::fs::read_to_string(corpus_dir().join("floors.json")).expect("floors.json");
    let floors: BTreeMap<String, Floor> =
        serde_json::from_str(&floors).unwrap_or_else(|e| panic!("floors.json: {e}"));
    let mut below = Vec::new();
    for (field, floor) in &floors {
        let row = total.rows.iter().find(|(name, _)| name == field);
        let (_, t) = row.unwrap_or_else(|| panic!("floors.json names no row {field:?}"));
        // A hair below the floor is rounding of a ratio written with two decimals.
        if t.precision() + 1e-9 < floor.precision || t.recall() + 1e-9 < floor.recall {
            below.push(format!(
                "{field}: precision {:.2} (floor {:.2}), recall {:.2} (floor {:.2})",
                t.precision(),
                floor.precision,
                t.recall(),
                floor.recall
            ));
        }
    }
    assert!(below.is_empty(), "below the floors:\n{}", below.join("\n"));
    let took = started.elapsed();
    assert!(
        took.as_secs() < 10,
        "the corpus took {took:?} to read and judge"
    );
}

/// The judges themselves: the drafts a perfect reader would give score 1.0 on every row, and
/// drafts with nothing in them score no recall on any row the corpus expects something of.
#[test]
fn the_judges_give_a_perfect_reader_full_marks_and_an_empty_one_none() {
    let directory = directory();
    let (mut perfect, mut empty) = (Board::default(), Board::default());
    for (name, _, a) in corpus() {
        let mut judge = Judge::new(&directory);
        judge.judge(&a, &oracle::drafts(&a));
        assert!(judge.misses.is_empty(), "{name}: {:?}", judge.misses);
        perfect.add(&judge.board);
        let mut judge = Judge::new(&directory);
        judge.judge(&a, &sotay::intake::Drafts::default());
        empty.add(&judge.board);
    }
    for (row, t) in &perfect.rows {
        assert!(t.precision() == 1.0 && t.recall() == 1.0, "{row}: {t:?}");
    }
    for (row, t) in &empty.rows {
        assert!(
            t.found == 0 && (t.expected == 0 || t.recall() == 0.0),
            "{row}: {t:?}"
        );
    }
}
