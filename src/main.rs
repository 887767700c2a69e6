//! Mounts the app in the browser; nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    sotay::ui::mount();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Sổ tay Cải cách runs in a browser: build it with `trunk build` (see README.md).");
}
