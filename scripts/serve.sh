#!/usr/bin/env bash
# Serve the demo site and the widget: dist/ (www/ minified) at /, pkg/ at /pkg/, with the
# production Content-Security-Policy and brotli/gzip (from FILE.br/FILE.gz,
# written first), on http://127.0.0.1:8080/ (PORT=… to change). On a fresh machine it first runs scripts/setup.sh (if present) and
# builds pkg/ (only if it is missing).
#
#   bash scripts/serve.sh            # then open http://127.0.0.1:8080/
#   PORT=9000 bash scripts/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  if [ -f scripts/setup.sh ]; then bash scripts/setup.sh; fi
  command -v node >/dev/null 2>&1 || { echo "serve: Node.js (>= 20) is needed" >&2; exit 1; }
fi

if [ ! -f pkg/dengtong.js ] || [ ! -f pkg/dengtong_bg.wasm ]; then
  echo "serve: pkg/ is missing; building it" >&2
  if [ -f scripts/setup.sh ]; then bash scripts/setup.sh; fi
  bash scripts/build-pkg.sh
fi

# dist/ is committed; with esbuild installed (scripts/setup.sh) it is first
# rewritten from www/, so an edit there shows (commit dist/ with it).
if [ -x node_modules/.bin/esbuild ]; then node scripts/build-widget.mjs; fi

# The pre-compressed .br/.gz beside each file, as a school's server would keep them.
node scripts/serve.mjs --precompress
exec node scripts/serve.mjs --port "${PORT:-8080}" "$@"
