//! Runs after every Trunk build (a `post_build` hook in Trunk.toml) on the folder Trunk is
//! about to publish, and makes three things of it:
//!
//! 1. **`sotay.html`**, one self-contained file that opens from disk (`file://`): the CSS, the
//!    icon, the JS glue and the wasm all inline. The wasm is deflated (zlib) and base64'd, and
//!    the page inflates it with the browser's `DecompressionStream` (Chrome 80, Firefox 113,
//!    Safari 16.4) and starts it with the asynchronous `init`, since Chromium refuses to compile
//!    large modules synchronously. Deflated, the file is a third of its size on disk and about
//!    the web build's when sent gzip'd (base64 of deflated bytes does not compress again).
//! 2. **A Content-Security-Policy** in both pages: nothing from other origins, scripts only by
//!    the hash of the page's own inline script, `'wasm-unsafe-eval'` for the wasm.
//! 3. **The offline web build**: `manifest.webmanifest` and `sw.js`, a service worker that keeps
//!    every file of this build for offline use (registered over http(s) only).
//!
//! Usage: `pack-html <folder>` (Trunk passes its staging folder).

use base64::Engine;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let folder = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(|| fail("usage: pack-html <folder Trunk built>"));
    let built = Built::read(&folder);
    let single = single_file(&built);
    write(&folder.join("sotay.html"), &single);
    write(&folder.join("index.html"), &web_page(&built));
    write(&folder.join("manifest.webmanifest"), MANIFEST);
    write(&folder.join("sw.js"), &service_worker(&folder));
    println!(
        "pack-html: sotay.html {} bytes, index.html with CSP, sw.js and manifest",
        single.len()
    );
}

/// What Trunk wrote: its page and the files it names.
struct Built {
    page: String,
    glue: String,
    wasm: Vec<u8>,
    css: String,
    icon: Vec<u8>,
}

impl Built {
    fn read(folder: &Path) -> Built {
        let page = read_text(&folder.join("index.html"));
        let glue_name = between(&page, "import init, * as bindings from './", "'")
            .unwrap_or_else(|| fail("index.html does not import the wasm-bindgen glue"));
        let wasm_name = between(&page, "module_or_path: './", "'")
            .unwrap_or_else(|| fail("index.html does not name the wasm"));
        let mut css = String::new();
        let mut rest = page.as_str();
        while let Some(name) = between(rest, "<link rel=\"stylesheet\" href=\"./", "\"") {
            css.push_str(&read_text(&folder.join(&name)));
            css.push('\n');
            rest = &rest[rest.find(&name).unwrap_or(0) + name.len()..];
        }
        Built {
            glue: read_text(&folder.join(&glue_name)),
            wasm: fs::read(folder.join(&wasm_name)).unwrap_or_else(|e| fail(&e.to_string())),
            icon: fs::read(folder.join("icon.svg")).unwrap_or_default(),
            css,
            page,
        }
    }

    /// The head of Trunk's page up to its own script: charset, viewport, description, title.
    fn head(&self) -> &str {
        let start = self.page.find("<head>").map_or(0, |i| i + "<head>".len());
        let end = self.page.find("<script").unwrap_or(self.page.len());
        self.page[start..end].trim()
    }
}

/// The page of the web build: Trunk's, with the policy, the manifest and the service worker.
fn web_page(built: &Built) -> String {
    let script_start = built
        .page
        .find("<script type=\"module\">")
        .unwrap_or_else(|| fail("no module script"));
    let script_end = built.page[script_start..]
        .find("</script>")
        .map(|i| script_start + i)
        .unwrap_or_else(|| fail("no end of script"));
    let trunk_script = &built.page[script_start + "<script type=\"module\">".len()..script_end];
    let script = format!("{trunk_script}\n{EXPOSE_MEMORY}\n{REGISTER_WORKER}\n");
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '{}'; style-src 'self'; \
         img-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'none'",
        hash(&script)
    );
    let mut page = String::new();
    page.push_str(&built.page[..script_start]);
    page.push_str(&format!("<script type=\"module\">{script}</script>"));
    page.push_str(&built.page[script_end + "</script>".len()..]);
    let page = page.replacen(
        "<meta charset=\"utf-8\">",
        &format!(
            "<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n    \
             <link rel=\"manifest\" href=\"manifest.webmanifest\">\n    <link rel=\"apple-touch-icon\" href=\"icon.svg\">"
        ),
        1,
    );
    // Trunk's integrity attributes stay; the policy allows 'self' for the glue and the styles.
    page
}

/// The wasm memory, for the performance tools and the benchmark's memory figure (the single
/// file names it apart: the glue it inlines has a `wasm` of its own).
const EXPOSE_MEMORY: &str = "window.sotayWasmMemory = wasm.memory;";

/// Registers the service worker over http(s); a page opened from a file has no use for one.
const REGISTER_WORKER: &str =
    "if ('serviceWorker' in navigator && location.protocol.startsWith('http')) \
    { navigator.serviceWorker.register('./sw.js').catch(() => {}); }";

/// The one file: everything inline, started from the embedded bytes.
fn single_file(built: &Built) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&built.wasm, 10);
    let wasm = base64::engine::general_purpose::STANDARD.encode(&deflated);
    let icon = base64::engine::general_purpose::STANDARD.encode(&built.icon);
    let glue = module_as_script(&built.glue);
    let script = format!(
        "{glue}\n{INFLATE}\nconst started = await __wbg_init({{ module_or_path: inflated }});\n\
         window.sotayWasmMemory = started.memory;\n"
    );
    let style = built.css.clone();
    let policy = format!(
        "default-src 'none'; script-src 'wasm-unsafe-eval' '{}'; style-src '{}'; img-src data: blob:; \
         object-src 'none'; base-uri 'none'; form-action 'none'",
        hash(&script),
        hash(&style)
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n    \
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n    {head}\n    \
         <link rel=\"icon\" href=\"data:image/svg+xml;base64,{icon}\">\n<style>{style}</style>\n\
         <script type=\"application/octet-stream\" id=\"sotay-wasm\">{wasm}</script>\n\
         <script type=\"module\">{script}</script>\n</head>\n<body>\n    \
         <noscript>Sổ tay Cải cách cần JavaScript. Hãy bật JavaScript trong trình duyệt rồi mở lại trang.</noscript>\n\
         </body>\n</html>\n",
        head = built.head(),
    )
}

/// Inflates the embedded wasm into `inflated`, a `Response` the glue compiles as it streams in.
/// A browser without `DecompressionStream` (older than the lowest versions the README names)
/// is told so in Vietnamese instead of showing a blank page.
const INFLATE: &str = "const packed = atob(document.getElementById('sotay-wasm').textContent);\n\
const zipped = new Uint8Array(packed.length);\n\
for (let i = 0; i < packed.length; i++) zipped[i] = packed.charCodeAt(i);\n\
if (typeof DecompressionStream !== 'function') {\n  \
  document.body.textContent = 'Trình duyệt này quá cũ để mở Sổ tay Cải cách. Hãy cập nhật lên Chrome hoặc Edge 97, Firefox 113, Safari 16.4 trở lên rồi mở lại tệp.';\n  \
  throw new Error('DecompressionStream is missing');\n}\n\
const inflated = new Response(new Blob([zipped]).stream().pipeThrough(new DecompressionStream('deflate')), \
{ headers: { 'Content-Type': 'application/wasm' } });";

/// wasm-bindgen's ES module made fit to sit in an inline module script: no `export`, and the
/// wasm never fetched from beside the page (the bytes are passed in).
fn module_as_script(glue: &str) -> String {
    glue.lines()
        .filter(|line| !line.starts_with("export {"))
        .map(|line| line.strip_prefix("export ").unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n")
}

const MANIFEST: &str = r##"{
  "name": "Sổ tay Cải cách",
  "short_name": "Sổ tay CCHC",
  "description": "Theo dõi kế hoạch cải cách hành chính và kết luận cuộc họp, ngay trong trình duyệt.",
  "lang": "vi",
  "start_url": "./",
  "scope": "./",
  "display": "standalone",
  "background_color": "#faf8f5",
  "theme_color": "#7a1f1f",
  "icons": [{ "src": "icon.svg", "sizes": "any", "type": "image/svg+xml" }]
}
"##;

/// A service worker that keeps this build's files: installed with all of them, it answers from
/// its cache first, so the app opens without a network once visited. A new build has a new
/// cache name (the files' hashes are in it) and drops the old one.
fn service_worker(folder: &Path) -> String {
    let mut files: Vec<String> = fs::read_dir(folder)
        .unwrap_or_else(|e| fail(&e.to_string()))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js" && name != "sotay.html")
        .collect();
    files.sort();
    let mut digest = Sha256::new();
    for name in &files {
        digest.update(name.as_bytes());
        digest.update(fs::read(folder.join(name)).unwrap_or_default());
    }
    let version: String = digest
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    let list: Vec<String> = std::iter::once("'./'".to_owned())
        .chain(files.iter().map(|f| format!("'./{f}'")))
        .collect();
    format!(
        "// Made by tools/pack-html for this build: keeps its files for offline use.\n\
         const CACHE = 'sotay-{version}';\n\
         const FILES = [{}];\n\
         self.addEventListener('install', event => {{\n  \
           event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));\n}});\n\
         self.addEventListener('activate', event => {{\n  \
           event.waitUntil(caches.keys().then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k))))\n    \
           .then(() => self.clients.claim()));\n}});\n\
         self.addEventListener('fetch', event => {{\n  \
           if (event.request.method !== 'GET') return;\n  \
           event.respondWith(caches.match(event.request, {{ ignoreSearch: true }}).then(hit => hit || fetch(event.request)));\n}});\n",
        list.join(", ")
    )
}

/// The CSP source for an inline element's exact text.
fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(text[from..to].to_owned())
}

fn read_text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("pack-html: {message}");
    std::process::exit(1);
}
