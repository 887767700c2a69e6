//! Properties of reading any clipboard: the tag scanner and the text reader never panic, and
//! always give an even grid; a table written as HTML reads back cell for cell.

use super::grid::{from_clipboard, from_tsv};
use super::html::table;
use proptest::prelude::*;

/// Pieces HTML from Office is made of, and pieces that break it: cut tags, open comments,
/// stray `<` and `&`, spans far too wide, bytes that are not ASCII.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<table>".to_owned()),
        Just("</table>".to_owned()),
        Just("<tr>".to_owned()),
        Just("</tr>".to_owned()),
        Just("<td colspan=3>".to_owned()),
        Just("<td rowspan=\"999999\">".to_owned()),
        Just("<th class='a>b'>".to_owned()),
        Just("</td>".to_owned()),
        Just("<br>".to_owned()),
        Just("<p class=MsoNormal>".to_owned()),
        Just("<o:p></o:p>".to_owned()),
        Just("<!-- x".to_owned()),
        Just("-->".to_owned()),
        Just("<style>td{}".to_owned()),
        Just("&#x1ED3;&#99999999;&amp&".to_owned()),
        Just("<".to_owned()),
        Just("<td".to_owned()),
        "[a-zđơ <>&;#\"'=/\t\n]{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn any_html_gives_an_even_grid_or_none(pieces in prop::collection::vec(piece(), 0..40)) {
        let html = pieces.concat();
        if let Some(grid) = table(&html) {
            let width = grid.width();
            prop_assert!(grid.rows.iter().all(|r| r.len() == width));
            prop_assert!(width <= 64 * 40 + 40);
        }
        let grid = from_clipboard(&html, &html);
        let width = grid.width();
        prop_assert!(grid.rows.iter().all(|r| r.len() == width));
    }

    #[test]
    fn any_bytes_are_safe(text in any::<String>()) {
        let _ = table(&text);
        let _ = from_tsv(&text);
    }

    #[test]
    fn a_table_written_as_html_reads_back(cells in prop::collection::vec(prop::collection::vec("[a-zơ&<]{1,6}", 3), 1..6)) {
        let escape = |c: &String| c.replace('&', "&amp;").replace('<', "&lt;");
        let rows: Vec<String> = cells
            .iter()
            .map(|r| format!("<tr>{}</tr>", r.iter().map(|c| format!("<td>{}</td>", escape(c))).collect::<String>()))
            .collect();
        let grid = table(&format!("<table>{}</table>", rows.concat())).unwrap_or_default();
        prop_assert_eq!(grid.rows, cells);
    }

    #[test]
    fn a_table_written_as_excel_text_reads_back(cells in prop::collection::vec(prop::collection::vec("[a-z\"\t\n]{1,6}", 3), 1..6)) {
        // Excel quotes a cell with a tab, a line break or a quote, its quotes doubled.
        let quote = |c: &String| match c.contains(['"', '\t', '\n']) {
            true => format!("\"{}\"", c.replace('"', "\"\"")),
            false => c.clone(),
        };
        let rows: Vec<String> = cells.iter().map(|r| r.iter().map(quote).collect::<Vec<_>>().join("\t")).collect();
        let grid = from_tsv(&(rows.join("\r\n") + "\r\n"));
        let cleaned: Vec<Vec<String>> = cells
            .iter()
            .map(|r| r.iter().map(|c| super::grid::clean_cell(c)).collect())
            .collect();
        prop_assert_eq!(grid, super::grid::Grid::of(cleaned));
    }
}
