//! The conclusion notice as it is printed (A4, Times New Roman, the margins of Nghị định
//! 30/2020/NĐ-CP: see style/print.css), with buttons to print or save as PDF, to copy the
//! body as plain text, and to save it as a Word document (`crate::notice::docx`). The text
//! itself is composed by `crate::notice`.

use crate::domain::Id;
use crate::notice::{Block, Notice, MOTTO, NATION};
use crate::office::{File, DOCX};
use crate::route::Route;
use crate::ui::components::file_buttons::{FileButtons, Format, Offer};
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Page "Thông báo kết luận" of one meeting.
#[component]
pub fn NoticePage(
    /// The meeting whose notice this is.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let notice = {
        let id = id.clone();
        Memo::new(move |_| state.ws.with(|ws| Notice::of(ws, &id)))
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let Some(text) = notice.with_untracked(|n| n.as_ref().map(Notice::body_text)) else {
            return;
        };
        edge::copy_text(&text, move |ok| copied.set(Some(ok)));
    };
    let copy_message = move || {
        copied.get().map(|ok| match ok {
            true => state.texts().meeting.notice_copied,
            false => state.texts().meeting.notice_copy_failed,
        })
    };
    let plain = move || notice.with(|n| n.as_ref().map(Notice::body_text).unwrap_or_default());
    let word = Offer::new(Format::Docx, move || {
        notice.with_untracked(|n| {
            n.as_ref().map(|n| File {
                name: crate::notice::docx::file_name(n),
                mime: DOCX,
                bytes: edge::timed("sotay-docx", || crate::notice::docx::write(n)),
            })
        })
    });
    view! {
        <div class="notice-tools no-print">
            <a class="back" href=Route::Meeting(id.clone()).to_hash()>{move || state.texts().meeting.back}</a>
            <div class="actions">
                <button type="button" id="notice-print" on:click=move |_| edge::print()>{move || state.texts().meeting.notice_print}</button>
                <button type="button" class="secondary" id="notice-copy" on:click=copy>{move || state.texts().meeting.notice_copy}</button>
            </div>
            <p class="hint" role="status">{copy_message}</p>
            <p class="hint">{move || state.texts().meeting.notice_hint}</p>
            <FileButtons id="notice-file" offers=vec![word] hint=|t| t.files.notice_hint />
        </div>
        {move || notice.get().map(|n| view! { <NoticePaper notice=n /> })}
        <Show when=move || copied.get() == Some(false)>
            <label class="no-print" for="notice-plain">{move || state.texts().meeting.notice_plain_label}</label>
            <textarea class="no-print" id="notice-plain" rows="12" readonly prop:value=plain></textarea>
        </Show>
    }
}

/// The sheet itself.
#[component]
fn NoticePaper(notice: Notice) -> impl IntoView {
    let lines = |list: Vec<String>| {
        list.into_iter()
            .map(|l| view! { <span class="line">{l}</span> })
            .collect_view()
    };
    // The governing body in regular type, the issuing body bold, a short rule under it.
    let governing = notice.governing_lines;
    let issuer = notice.issuer.into_iter().enumerate().map(|(n, l)| {
        let class = if n < governing {
            "line governing"
        } else {
            "line"
        };
        view! { <span class=class>{l}</span> }
    });
    let issuer = issuer.collect_view();
    let body = notice
        .body
        .into_iter()
        .map(|block| match block {
            Block::Heading(text) => view! { <p class="para heading">{text}</p> },
            Block::Paragraph(text) => view! { <p class="para">{text}</p> },
            Block::Numbered(n, text) => view! { <p class="para">{format!("{n}. {text}")}</p> },
            Block::Lettered(c, text) => {
                view! { <p class="para point">{format!("{c}) {text}")}</p> }
            }
        })
        .collect_view();
    let recipients = notice
        .recipients
        .into_iter()
        .map(|r| view! { <span class="line">{r}</span> })
        .collect_view();
    view! {
        <article class="notice-paper" id="notice">
            <header class="notice-head">
                <div class="issuer-block">
                    <p class="issuer">{issuer}</p>
                    <p class="notice-number">{notice.number}</p>
                </div>
                <div class="nation-block">
                    <p class="nation">{NATION}</p>
                    <p class="motto">{MOTTO}</p>
                    <p class="place-date">{notice.place_date}</p>
                </div>
            </header>
            <h1 class="notice-title">"THÔNG BÁO"</h1>
            <p class="notice-summary">{notice.summary}</p>
            <div class="notice-body">{body}</div>
            <footer class="notice-foot">
                <div class="recipients">
                    <p class="recipients-head">"Nơi nhận:"</p>
                    <p class="recipient-lines">{recipients}</p>
                </div>
                <div class="signer">
                    <p class="signer-title">{lines(notice.signer_title)}</p>
                    <p class="signer-name">{notice.signer_name}</p>
                </div>
            </footer>
        </article>
    }
}
