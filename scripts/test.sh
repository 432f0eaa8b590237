#!/usr/bin/env bash
# THE test command: everything CI checks, in one go.
#
#   scripts/test.sh
#
# Runs scripts/setup.sh, then each suite below; a failing suite does not stop
# the others. Ends with one line, `dengtong: N passed, M failed`, and exits
# non-zero when any suite failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

scripts/setup.sh || { echo "dengtong: 0 passed, 1 failed (setup)"; exit 1; }

passed=0
failed=0
failures=()
suite() {
  local name=$1
  shift
  local t0=$SECONDS
  printf '\n=== %s\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
    printf '=== %s: passed (%ds)\n' "$name" $((SECONDS - t0))
  else
    failed=$((failed + 1))
    failures+=("$name")
    printf '=== %s: FAILED (%ds)\n' "$name" $((SECONDS - t0))
  fi
}

# A browser page cannot list tests/cases/, so the browser suite embeds the
# case files through this generated list (see tests/wasm_browser.rs).
wasm_cases() {
  mkdir -p target
  {
    echo "&["
    for f in tests/cases/*.json; do
      [ -e "$f" ] || continue
      printf '    ("%s", include_str!("%s")),\n' "$(basename "$f")" "$PWD/$f"
    done
    echo "]"
  } > target/wasm-cases.rs.new
  # Rewrite only on change, so cargo does not rebuild for nothing.
  if ! cmp -s target/wasm-cases.rs.new target/wasm-cases.rs; then
    mv target/wasm-cases.rs.new target/wasm-cases.rs
  else
    rm -f target/wasm-cases.rs.new
  fi
}
wasm_cases

# The wasm-bindgen-test suites: tests/wasm_*.rs.
wasm_tests=()
for f in tests/wasm_*.rs; do
  [ -e "$f" ] && wasm_tests+=(--test "$(basename "$f" .rs)")
done

wasm() { cargo "$1" --target wasm32-unknown-unknown --no-default-features "${@:2}"; }

pkg_is_reproducible() {
  scripts/build-pkg.sh || return 1
  local untracked
  untracked=$(git ls-files --others --exclude-standard -- pkg)
  if [ -n "$untracked" ]; then
    echo "pkg/ has files not in git: $untracked" >&2
    return 1
  fi
  if ! git diff --exit-code --stat -- pkg; then
    echo "pkg/ differs from the committed one: rebuild it with scripts/build-pkg.sh and commit it" >&2
    return 1
  fi
}

browser_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER="$(command -v chromedriver)" \
    wasm test "${wasm_tests[@]}"
}

suite "rustfmt" cargo fmt --all -- --check
suite "clippy (native, all targets)" cargo clippy --all-targets --locked -- -D warnings
suite "clippy (wasm32: lib with the batch module, and wasm suites)" wasm clippy --locked --lib --features wasm-batch "${wasm_tests[@]}" -- -D warnings
suite "cargo test (native)" cargo test --locked
suite "fuzz: a million requests (release)" cargo test --locked --release --test fuzz
suite "pkg/ rebuilt from source is the committed one" pkg_is_reproducible
suite "node tests through pkg/ (tests/js)" node --test tests/js/
suite "headless Chromium (wasm-bindgen-test)" browser_tests
suite "parity: pkg/ vs the native command" node scripts/parity.mjs
suite "size budget of pkg/" node scripts/size.mjs
suite "dist/ is www/ minified (scripts/build-widget.mjs)" node scripts/build-widget.mjs --check

# --- widget end-to-end (dist/: www/ as shipped) ---
# Playwright drives /usr/bin/chromium against scripts/serve.mjs (with the
# production CSP): graduate, recruiter and teacher flows, supersession by
# date, language, keyboard, share link, print, axe-core, no off-origin
# requests. Screenshots and the printed statement go to e2e/artifacts/.
widget_e2e() {
  if [ ! -f pkg/dengtong.js ]; then scripts/build-pkg.sh || return 1; fi
  npx --no-install playwright test -c e2e/playwright.config.mjs
}
suite "widget end-to-end (Playwright + axe, dist/)" widget_e2e

echo
if [ "$failed" -gt 0 ]; then
  printf 'failed: %s\n' "${failures[@]}"
fi
echo "dengtong: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
