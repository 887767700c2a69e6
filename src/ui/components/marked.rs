//! Text with the words searched for marked (`<mark>`), as the find page shows its results.

use crate::search::marked;
use leptos::prelude::*;

/// `text`, its pieces that match the words of `query` in `<mark>`; drawn once, nothing reactive
/// inside (the lists that mark redraw a row when the words change).
#[component]
pub fn Marked(text: String, #[prop(optional, into)] query: String) -> impl IntoView {
    marked(&text, &query)
        .into_iter()
        .map(|(piece, on)| match on {
            true => view! { <mark>{piece}</mark> }.into_any(),
            false => piece.into_any(),
        })
        .collect_view()
}
