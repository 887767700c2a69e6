use super::*;

#[test]
fn reading_empty_text_gives_no_drafts() {
    let drafts = read("", &Context::default());
    assert!(drafts.tasks.is_empty() && drafts.references.is_empty());
}
