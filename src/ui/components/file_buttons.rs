//! Buttons that hand a file the app makes to the office's own tools: "Tải về" saves it in
//! every engine, and where the browser has a share sheet (Safari on an iPad, Chrome on Android)
//! "Chia sẻ…" beside it sends it on by Mail, AirDrop or Zalo. The file is made when the button
//! is pressed, from the records as they are then.

use crate::i18n::Text;
use crate::office::{File, CSV, DOCX, XLSX};
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The kinds of file offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Docx,
    Xlsx,
    Csv,
}

impl Format {
    /// The file name's ending, which is also the buttons' DOM id suffix.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
        }
    }

    /// Its media type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Docx => DOCX,
            Format::Xlsx => XLSX,
            Format::Csv => CSV,
        }
    }

    fn label(self) -> Text {
        match self {
            Format::Docx => |t| t.files.docx,
            Format::Xlsx => |t| t.files.xlsx,
            Format::Csv => |t| t.files.csv,
        }
    }
}

/// One file offered: its format and how it is made (`None` when what it is made of is gone).
#[derive(Clone, Copy)]
pub struct Offer {
    pub format: Format,
    pub make: Callback<(), Option<File>>,
}

impl Offer {
    pub fn new(format: Format, make: impl Fn() -> Option<File> + Send + Sync + 'static) -> Offer {
        Offer {
            format,
            make: Callback::new(move |()| make()),
        }
    }
}

/// A save button per offer (`#{id}-docx`, `#{id}-xlsx`, …), a share button beside each where
/// the browser can share such a file (`#{id}-share-xlsx`), a hint, and what happened
/// (`#{id}-said`).
#[component]
pub fn FileButtons(
    /// The DOM id the buttons' ids start with.
    id: &'static str,
    offers: Vec<Offer>,
    /// What the files are, under the buttons.
    hint: Text,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let said = RwSignal::new(None::<String>);
    let several = offers.len() > 1;
    let save = move |offer: Offer| {
        let texts = &state.texts().files;
        said.set(Some(match offer.make.run(()) {
            Some(file) if edge::save(&file) => (texts.saved)(&file.name),
            _ => texts.failed.to_owned(),
        }));
    };
    let share = move |offer: Offer| {
        let Some(file) = offer.make.run(()) else {
            return said.set(Some(state.texts().files.failed.to_owned()));
        };
        let name = file.name.clone();
        edge::share(&file, move |shared| {
            let texts = &state.texts().files;
            said.set(Some(match shared {
                true => (texts.shared)(&name),
                false => texts.not_shared.to_owned(),
            }));
        });
    };
    let saves = offers.iter().map(|offer| {
        let (offer, label) = (*offer, offer.format.label());
        let ext = offer.format.extension();
        view! {
            <button type="button" id=format!("{id}-{ext}") on:click=move |_| save(offer)>
                {move || label(state.texts())}
            </button>
        }
    });
    let saves = saves.collect_view();
    // Asked once: whether the browser has a share sheet does not change on the page. The
    // share buttons make a row of their own, under the saves.
    let shareable: Vec<Offer> = offers
        .into_iter()
        .filter(|o| edge::can_share(&format!("a.{}", o.format.extension()), o.format.mime()))
        .collect();
    let shares = (!shareable.is_empty()).then(|| {
        let buttons = shareable.into_iter().map(|offer| {
            let ext = offer.format.extension();
            let label = move || match several {
                true => format!("{} (.{ext})", state.texts().files.share),
                false => state.texts().files.share.to_owned(),
            };
            view! {
                <button type="button" class="secondary" id=format!("{id}-share-{ext}") on:click=move |_| share(offer)>
                    {label}
                </button>
            }
        });
        view! { <div class="buttons">{buttons.collect_view()}</div> }
    });
    view! {
        <div class="buttons">{saves}</div>
        {shares}
        <p class="hint">{move || hint(state.texts())}</p>
        <p class="hint" id=format!("{id}-said") role="status">{move || said.get()}</p>
    }
}
