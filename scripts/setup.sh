#!/usr/bin/env bash
# Installs what the build and the tests need, each step only when missing or
# out of date, so a second run takes about a second:
#   - the wasm32-unknown-unknown target (rustup)
#   - wasm-bindgen-cli 0.2.130 in ~/.cargo/bin (must equal the crate's
#     wasm-bindgen; ~4 min the first time on 2 cores)
#   - Debian's chromium + chromium-driver (headless browser tests), fonts-noto-cjk
#   - node_modules from package-lock.json (npm binaryen's wasm-opt, Playwright, axe-core)
# Never Debian's binaryen: its wasm-opt 108 corrupts wasm-bindgen 0.2.130 output.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
WASM_BINDGEN=0.2.130

# 1. The wasm32 target (rust-toolchain.toml names it; this makes it explicit).
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || {
    echo "setup: 'rustup target add wasm32-unknown-unknown' failed; the wasm build needs it" >&2
    exit 1
  }
fi

# 2. wasm-bindgen-cli, exactly the crate's version. Not --locked: its shipped
#    Cargo.lock names a webpki-roots the reachable index lacks (toolchain.md §3).
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN (takes a few minutes once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN" --no-default-features --force
fi

# 3. Headless Chromium and its driver, from Debian.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver
fi

# 3b. A CJK font, so screenshots of the widget show Chinese text, not boxes
#     (the tests read text, not pixels: a missing font fails nothing).
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  say "installing fonts-noto-cjk"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  { $sudo apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends fonts-noto-cjk >/dev/null; } ||
    say "could not install fonts-noto-cjk (screenshots will lack Chinese glyphs)"
fi

# 4. node_modules, pinned by package-lock.json; reinstalled when the lock changes.
stamp=node_modules/.dengtong-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -x node_modules/.bin/wasm-opt ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

say "ready ($(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | grep -o '[0-9]\+' | head -1), $(chromium --version 2>/dev/null | head -1))"
