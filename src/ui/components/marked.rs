//! Text with the words searched for marked (`<mark>`), as the find page shows its results.

use crate::search::marked;
use leptos::prelude::*;

/// What the find page is searching for, for the results it lists to mark.
#[derive(Clone, Copy)]
pub struct SearchWords(pub Signal<String>);

/// `text`, its pieces that match the words searched for in `<mark>`; plain text when nothing
/// is searched for (or outside the find page).
#[component]
pub fn Marked(text: String) -> impl IntoView {
    let words = use_context::<SearchWords>();
    move || {
        let query = words.map(|w| w.0.get()).unwrap_or_default();
        marked(&text, &query)
            .into_iter()
            .map(|(piece, on)| match on {
                true => view! { <mark>{piece}</mark> }.into_any(),
                false => piece.into_any(),
            })
            .collect_view()
    }
}
