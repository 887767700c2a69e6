#!/usr/bin/env bash
# Installs what building and testing Sổ tay Cải cách needs, and only what is missing or at the
# wrong version: apt packages, the wasm32 target, pinned cargo tools, and wasm-opt from npm.
# Run it directly, or source it (run.sh and test.sh do) to get the tools on PATH.
# Nothing is downloaded from anywhere but the package registries.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# Debian's wasm-opt (108) breaks the app: it does not understand reference types.
BINARYEN_VERSION=132
# wasm-bindgen-cli must equal the wasm-bindgen pinned in Cargo.toml, or Trunk tries a download.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' "$ROOT/Cargo.toml")"
# poppler-utils reads the printed notice back (pdfinfo, pdftotext, pdftoppm); fonts-liberation2 has
# the metric twin of Times New Roman that the notice is set in where that font is missing.
# LibreOffice (writer and calc, without the desktop) opens the .docx and .xlsx the app writes, as
# an official's office suite would, and converts them to PDF and CSV for the tests to read back.
APT_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb poppler-utils fonts-liberation2
    libreoffice-writer-nogui libreoffice-calc-nogui)
TOOLS="$ROOT/.tools"

export PATH="$TOOLS/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt_packages() {
    local missing=() package
    for package in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    say "apt: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_wasm_target() {
    rustup target list --installed | grep -qx wasm32-unknown-unknown && return
    say "rustup: adding wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
}

# cargo_tool BINARY CRATE VERSION [cargo install flags...]: installs when the binary is missing or
# reports another version.
cargo_tool() {
    local binary=$1 crate=$2 version=$3
    shift 3
    if "$binary" --version 2>/dev/null | head -n1 | grep -qw -- "$version"; then return; fi
    say "cargo: installing $crate $version (a few minutes on 2 cores)"
    cargo install --quiet "$crate" --version "$version" "$@"
}

install_binaryen() {
    if wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION\b" \
        && [ "$(command -v wasm-opt)" = "$TOOLS/node_modules/.bin/wasm-opt" ]; then
        return
    fi
    say "npm: installing binaryen@$BINARYEN_VERSION into .tools/"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
}

if [ -z "$WASM_BINDGEN_VERSION" ]; then
    echo "setup: no exact wasm-bindgen pin (wasm-bindgen = \"=x.y.z\") in Cargo.toml" >&2
    exit 1
fi
install_apt_packages
install_wasm_target
cargo_tool trunk trunk "$TRUNK_VERSION" --locked
# --locked fails for 0.2.130: a version its lock file names is missing from the registry.
cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
install_binaryen
# Trunk builds with --offline (Trunk.toml), so the crates must be here first.
cargo fetch --locked --quiet --manifest-path "$ROOT/Cargo.toml"
say "ready: trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, geckodriver $GECKODRIVER_VERSION, wasm-opt $BINARYEN_VERSION"
