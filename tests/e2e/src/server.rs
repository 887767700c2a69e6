//! A static file server for the release build, on a free port of 127.0.0.1: the app must work
//! served as plain files, so the scenarios use nothing cleverer than this.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

/// Serves one folder for the rest of the test process; a clone is the same server.
#[derive(Clone, Debug)]
pub struct Server {
    address: String,
    /// While set, every connection is closed unanswered, as with no network.
    offline: Arc<AtomicBool>,
}

impl Server {
    /// Serves `root` on a free loopback port.
    pub fn start(root: &Path) -> Server {
        Server::start_on(root, 0)
    }

    /// Serves `root` on `port` (0: a free one). The same port is the same origin, whose
    /// storage a browser restarted on the same profile finds again.
    pub fn start_on(root: &Path, port: u16) -> Server {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind a loopback port");
        let address = format!("http://{}", listener.local_addr().expect("its address"));
        let root = root.canonicalize().expect("the folder to serve");
        let offline = Arc::new(AtomicBool::new(false));
        let down = offline.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if down.load(Ordering::Relaxed) {
                    continue;
                }
                let root = root.clone();
                thread::spawn(move || {
                    let _ = answer(stream, &root);
                });
            }
        });
        Server { address, offline }
    }

    /// Stops answering (or answers again): the network is gone for the browser.
    pub fn set_offline(&self, offline: bool) {
        self.offline.store(offline, Ordering::Relaxed);
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.address
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("the address ends with the port")
    }

    /// `http://127.0.0.1:<port>`.
    pub fn address(&self) -> &str {
        &self.address
    }
}

fn answer(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    // Read the headers to their end, so the browser sees an orderly reply.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let (status, body, kind) = match file_for(root, target).map(|p| (std::fs::read(&p), p)) {
        Some((Ok(body), path)) => ("200 OK", body, mime(&path)),
        _ => (
            "404 Not Found",
            b"not found".to_vec(),
            "text/plain; charset=utf-8",
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}

/// The file a request path names, inside `root` only.
fn file_for(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut file = root.to_path_buf();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part.contains('\\') {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}
