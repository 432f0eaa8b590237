#!/usr/bin/env bash
# Builds pkg/ — the WebAssembly package — from source, reproducibly:
#   cargo (wasm32, the size profile `wasm` of Cargo.toml: opt-level "z", lto,
#   one codegen unit, panic=abort; no CLI) → wasm-bindgen --target web → wasm-opt -Oz
#   (npm binaryen; never Debian's binaryen 108, which corrupts the module)
#   → package.json, README.md and rules.json (the registry as data). Twice: pkg/dengtong* (a single check) and
#   pkg/dengtong_batch* (the same plus batch checks; profile `wasm-batch`).
# The result depends only on the sources, Cargo.lock and the pinned tools:
# build paths are remapped, so a clone in any folder gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cargo_home=${CARGO_HOME:-$HOME/.cargo}

want="wasm-bindgen 0.2.130"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "$want" ]; then
  echo "build-pkg: need $want on PATH (run scripts/setup.sh)" >&2
  exit 1
fi
wasm_opt=$root/node_modules/.bin/wasm-opt
if [ ! -x "$wasm_opt" ]; then
  echo "build-pkg: need npm binaryen (run scripts/setup.sh, or npm ci)" >&2
  exit 1
fi

export RUSTFLAGS="--remap-path-prefix=$root=/dengtong --remap-path-prefix=$cargo_home=/cargo"
if [ -n "${CARGO_TARGET_DIR:-}" ]; then
  CARGO_TARGET_DIR=$(cd "$CARGO_TARGET_DIR" 2>/dev/null && pwd || echo "$root/$CARGO_TARGET_DIR")
  export CARGO_TARGET_DIR
  RUSTFLAGS="$RUSTFLAGS --remap-path-prefix=$CARGO_TARGET_DIR=/target"
fi
out=$root/pkg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
rm -f "$out"/.gitignore "$out"/*_bg.wasm.d.ts

# module NAME PROFILE [CARGO FEATURES…]: pkg/NAME.js, NAME.d.ts, NAME_bg.wasm.
module() {
  local name=$1 profile=$2
  shift 2
  cargo build --lib --profile "$profile" --locked --target wasm32-unknown-unknown --no-default-features "$@"
  mkdir -p "$tmp/$name"
  cp "${CARGO_TARGET_DIR:-$root/target}/wasm32-unknown-unknown/$profile/dengtong.wasm" "$tmp/$name.wasm"
  wasm-bindgen --target web --out-dir "$tmp/$name" "$tmp/$name.wasm"
  # Features come from the module's target_features section (rustc 1.95 defaults).
  # The producers and target_features sections tell tools how the module was
  # built; a browser reads neither (−0.2 KB gzipped). --low-memory-unused
  # lets wasm-opt fold constant offsets into loads and stores, assuming no
  # address below 1 KB: rustc puts the 1 MB stack first (growing down from
  # 1 MB, data and heap above it), and only a stack about to overflow would
  # reach its bottom kilobyte (−0.2 KB single, −4 KB batch).
  "$wasm_opt" -Oz --low-memory-unused --strip-producers --strip-target-features "$tmp/$name/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
  # The glue imports src/wasm.rs's inline JS from snippets/…; it goes into
  # the glue itself, so pkg/ stays these files and a page fetches no more.
  DENGTONG_ROOT=$root node --input-type=module - "$tmp/$name" "$name" "$out/$name.js" <<'JS'
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
const [dir, name, dest] = process.argv.slice(2);
let glue = readFileSync(`${dir}/${name}.js`, 'utf8');
glue = glue.replace(/^import \{ ([\w, ]+) \} from '\.\/(snippets\/[^']+)';\n/gm, (_, names, path) => {
  const file = `${dir}/${path}`;
  if (!existsSync(file)) throw new Error(`build-pkg: ${path} missing`);
  const body = readFileSync(file, 'utf8').replace(/^export function /gm, 'function ');
  for (const n of names.split(',').map((x) => x.trim())) {
    if (!new RegExp(`^function ${n}\\(`, 'm').test(body)) throw new Error(`build-pkg: ${n} not in ${path}`);
  }
  return `// ${path.replace(/-[0-9a-f]{16}\//, '/')} (src/wasm.rs), inlined by scripts/build-pkg.sh\n${body}\n`;
});
if (/from '\.\/snippets\//.test(glue)) throw new Error('build-pkg: a snippet import is left');
// Minified (esbuild, pinned in package-lock.json): the page downloads the
// glue before the first answer, and minified it is 1.3 KB lighter gzipped
// (the batch glue 2.7 KB). Exports keep their names; dengtong.d.ts is the
// readable interface.
const { transform } = await import(`${process.env.DENGTONG_ROOT}/node_modules/esbuild/lib/main.js`);
const { code } = await transform(glue, {
  loader: 'js', format: 'esm', minify: true, target: 'es2022', charset: 'utf8', legalComments: 'none',
});
writeFileSync(dest, code);
JS
  cp "$tmp/$name/$name.d.ts" "$out/$name.d.ts"
}
# A single check: evaluate, version (rules() is pkg/rules.json: see src/wasm.rs).
module dengtong wasm
# The same and the batch checks (evaluateCsv, evaluateCsvChunk): the CSV
# reader stays out of the module a single check downloads. Built for speed
# ("s", profile wasm-batch), since it may check 100,000 rows.
module dengtong_batch wasm-batch --features wasm-batch

node --input-type=module - "$root" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const root = process.argv[2];
const toml = readFileSync(`${root}/Cargo.toml`, 'utf8');
const pkgSection = toml.split(/^\[/m).find((s) => s.startsWith('package]'));
const field = (k) => {
  const m = pkgSection.match(new RegExp(`^${k}\\s*=\\s*"([^"]*)"`, 'm'));
  if (!m) throw new Error(`Cargo.toml: no package.${k}`);
  return m[1];
};
const pkg = {
  name: 'dengtong',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  repository: field('repository'),
  type: 'module',
  module: 'dengtong.js',
  main: 'dengtong.js',
  types: 'dengtong.d.ts',
  exports: {
    '.': { types: './dengtong.d.ts', default: './dengtong.js' },
    './dengtong_bg.wasm': './dengtong_bg.wasm',
    './batch': { types: './dengtong_batch.d.ts', default: './dengtong_batch.js' },
    './dengtong_batch_bg.wasm': './dengtong_batch_bg.wasm',
    './rules.json': './rules.json',
  },
  files: ['dengtong.js', 'dengtong.d.ts', 'dengtong_bg.wasm', 'dengtong_batch.js', 'dengtong_batch.d.ts', 'dengtong_batch_bg.wasm', 'rules.json', 'README.md'],
  sideEffects: false,
  keywords: ['policy', 'rules-engine', 'wasm', 'china', 'vocational-education'],
};
writeFileSync(`${root}/pkg/package.json`, JSON.stringify(pkg, null, 2) + '\n');
// The registry as data: what the batch module's rules() gives, for the
// widget to read after the first answer (the single-check module has no
// rules(): see src/wasm.rs).
const batch = await import(`${root}/pkg/dengtong_batch.js`);
batch.initSync({ module: readFileSync(`${root}/pkg/dengtong_batch_bg.wasm`) });
writeFileSync(`${root}/pkg/rules.json`, JSON.stringify(batch.rules()) + '\n');
// The TypeScript Jurisdiction union is the jurisdiction table (law::jurisdiction),
// written in here from rules().jurisdictions: src/wasm.rs names none.
const slot = "string /* the jurisdiction table's codes: written in by scripts/build-pkg.sh */";
const union = batch.rules().jurisdictions.map((j) => JSON.stringify(j.code)).join(' | ');
for (const name of ['dengtong', 'dengtong_batch']) {
  const file = `${root}/pkg/${name}.d.ts`;
  const ts = readFileSync(file, 'utf8');
  if (!ts.includes(slot)) throw new Error(`build-pkg: no Jurisdiction slot in ${name}.d.ts`);
  writeFileSync(file, ts.replace(slot, union));
}
writeFileSync(`${root}/pkg/README.md`, `# dengtong (等同) — WebAssembly package

Which education level a 技工院校 class counts as, for what, and what follows —
every answer cites the clause verbatim, with 文号 and date, computed for a
stated date, entirely in the browser. Version ${pkg.version}; generated by
\`scripts/build-pkg.sh\` from the Rust sources — do not edit.

\`\`\`html
<script type="module">
  import init, { evaluate, version } from './pkg/dengtong.js';
  await init();                       // fetches dengtong_bg.wasm next to dengtong.js
  const report = evaluate({
    asOf: '2024-05-01', jurisdiction: 'CN', lang: 'en',
    graduate: { schoolType: 'technicianCollege', classType: 'preparatoryTechnician',
                graduationDate: '2023-07-01' },
  });
  console.log(report.equivalences[0].level);   // "bachelor"
</script>
\`\`\`

- \`evaluate(request)\` → report (plain object). A malformed request throws an
  \`Error\` with \`code\` (\`invalid_json\`, \`invalid_request\`, \`invalid_date\`,
  \`unsupported_jurisdiction\`) and \`path\` (e.g. \`graduate.classType\`).
  Without \`asOf\`, the browser's local date is used.
- \`version()\` → \`{ version, rulesVersion }\`.
- \`rules.json\` (\`dengtong/rules.json\`) → the registry: every document and
  rule with dates and verbatim citations, every text code in both
  languages, the vocabularies and the jurisdiction table (type \`Rules\`).
  It is data, not code, so the single-check module stays small; the batch
  module's \`rules()\` returns the same.
- Node: \`initSync({ module: readFileSync(new URL('./dengtong_bg.wasm', import.meta.url)) })\`.

Batch checks — a recruiter's 报名表 (a workbook: .xlsx, .xls, .xlsb, .ods; or
a CSV), each applicant against its post — are in a second module,
\`dengtong_batch.js\` (import \`dengtong/batch\`), which exports all of the
above, \`rules()\`, and:

- \`evaluateCsv(file, post, options)\` → \`{summary, rows, posts, columns,
  warnings, notes, source, …}\`; \`file\` is the file's bytes (\`Uint8Array\`) or
  a CSV's text; \`post\` one post for all, or \`null\` for the workbook's 岗位表
  sheet (or \`options.posts\`, a 岗位表 file); \`options\` \`{asOf, jurisdiction,
  lang, ignoreUnknownColumns, limits, sheet, posts, export: "csv" | "xlsx"}\`.
  A file that cannot be read throws \`invalid_csv\`; a bad row gets its own
  \`error\` naming row and column.
- \`new BatchSession(file, post, options)\` → \`.next(maxRows)\` a chunk at a
  time (each where the last ended), \`.summary()\`, \`.xlsx()\`: for progress
  in a Worker. \`evaluateCsvChunk(file, post, options, start, maxRows)\` does
  the same through a kept session.

Types are in \`dengtong.d.ts\`. License: ${pkg.license}.
`);
JS
ls -l "$out"
