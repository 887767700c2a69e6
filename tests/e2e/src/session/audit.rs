//! What a person would stumble on in the page as drawn now, checked in the page itself:
//! sideways scrolling, touch targets under 44 px, controls without a label, the page's
//! language, and text below WCAG AA contrast. `tablet.rs` audits every page with it; a
//! feature's scenario audits its own panel.

use super::Session;

/// Checks the page as it is drawn now; returns what a person would stumble on.
const AUDIT: &str = r#"
const problems = [];
const width = document.documentElement.clientWidth;
const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} "${(e.textContent || e.value || '').trim().slice(0, 30)}"`;
if (document.documentElement.scrollWidth > width + 1) {
    // Name the innermost element that reaches past the right edge: the cause, not its parents.
    const right = r => r.right + window.scrollX;
    const past = [...document.body.querySelectorAll('*')].filter(e => right(e.getBoundingClientRect()) > width + 1);
    const inner = past.filter(e => !past.some(o => o !== e && e.contains(o)));
    // Text may run out of a box that itself fits.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t && inner.length < 3; t = texts.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(t);
        if (t.textContent.trim() && right(range.getBoundingClientRect()) > width + 1) inner.push(t.parentElement);
    }
    problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}, past the edge: ${inner.slice(0, 3).map(name).join('; ')}`);
}
for (const e of document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary')) {
    if (!visible(e)) continue;
    const r = e.getBoundingClientRect();
    const target = (e.type === 'checkbox' || e.type === 'radio') ? (e.closest('label') || e).getBoundingClientRect() : r;
    // Links inside running text are exempt (WCAG 2.5.8), as are cells' links in a table row of 44 px.
    const inline = e.tagName === 'A' && getComputedStyle(e).display === 'inline' && !e.closest('nav');
    if (!inline && target.height < 43.5) problems.push(`${name(e)} is ${target.height.toFixed(0)} px high`);
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName)) {
        const labelled = (e.labels && e.labels.length > 0) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
        if (!labelled) problems.push(`${name(e)} has no label`);
    }
}
if (document.documentElement.lang !== 'vi') problems.push(`lang is ${document.documentElement.lang}`);
// Colour contrast of every piece of text against what is behind it (WCAG AA: 4.5, large 3).
const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
const behind = e => { for (let n = e; n; n = n.parentElement) { const c = rgb(getComputedStyle(n).backgroundColor); if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3); } return [255, 255, 255]; };
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const seen = new Set();
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const e = t.parentElement;
    if (!t.textContent.trim() || seen.has(e) || !visible(e) || e.closest('noscript, option')) continue;
    seen.add(e);
    const style = getComputedStyle(e);
    const [a, b] = [lum(rgb(style.color).slice(0, 3)), lum(behind(e))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < needed) problems.push(`${name(e)}: contrast ${ratio.toFixed(2)} < ${needed}`);
}
if (seen.size < 5) problems.push(`only ${seen.size} pieces of text were checked`);
return problems;
"#;

impl Session {
    /// The problems of the page as drawn now, one sentence each (none when it is fine).
    pub async fn audit(&self) -> Vec<String> {
        let problems = self.script(AUDIT).await;
        (problems.as_array().into_iter().flatten())
            .map(|p| p.as_str().unwrap_or_default().to_owned())
            .collect()
    }
}
