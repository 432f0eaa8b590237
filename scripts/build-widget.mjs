#!/usr/bin/env node
// Writes dist/: the widget and the demo site as a school's server sends them
// — www/ with every script and stylesheet minified by esbuild (one file in,
// one file out: same names, same imports, no bundling), every other file
// copied as it is. www/ stays the readable source; dist/ is what
// scripts/serve.mjs serves at / and what a webmaster copies (beside pkg/).
//
//   node scripts/build-widget.mjs            # rewrite dist/ from www/
//   node scripts/build-widget.mjs --check    # exit 1 if dist/ is not what www/ gives
//
// Why: on a phone on Slow 4G the first answer waits for every byte before
// it (issue 10); minified, the scripts and stylesheets the first answer
// needs are 13 KB (gzip) lighter, about 90 ms on that link
// (scripts/bench-widget.mjs --slow4g). Like pkg/, dist/ is committed, so
// serving needs only Node; scripts/test.sh checks it is fresh.
//
// Invariants: dist/ holds exactly www/'s files (pre-compressed .br/.gz
// siblings aside), byte-for-byte for all but .js and .css; the output
// depends only on www/ and the pinned esbuild (package-lock.json).
import { transform } from 'esbuild';
import { readFile, readdir, writeFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, extname, relative } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'www');
const out = join(root, 'dist');
const derived = (name) => /\.(br|gz)$/.test(name);

/** Every file under dir, as paths relative to it, sorted. */
async function files(dir, base = dir) {
  const list = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) list.push(...(await files(path, base)));
    else if (!derived(e.name)) list.push(relative(base, path));
  }
  return list.sort();
}

/** What dist/ holds for one file of www/. */
export async function built(rel) {
  const body = await readFile(join(src, rel));
  const ext = extname(rel).toLowerCase();
  if (ext !== '.js' && ext !== '.css') return body;
  const { code } = await transform(body.toString('utf8'), {
    loader: ext.slice(1),
    minify: true,
    // The browsers the widget supports run ES2022 as written: nothing lowered.
    target: 'es2022',
    // Chinese stays Chinese (not \u escapes, which would double its bytes).
    charset: 'utf8',
    legalComments: 'none',
    sourcefile: `www/${rel}`,
  });
  return Buffer.from(code, 'utf8');
}

async function build() {
  const want = await files(src);
  await rm(out, { recursive: true, force: true });
  for (const rel of want) {
    await mkdir(dirname(join(out, rel)), { recursive: true });
    await writeFile(join(out, rel), await built(rel));
  }
  return want.length;
}

async function check() {
  const want = await files(src);
  let have = [];
  try {
    have = await files(out);
  } catch {
    /* no dist/ yet */
  }
  const problems = [];
  for (const rel of want) {
    let current = null;
    try {
      current = await readFile(join(out, rel));
    } catch {
      problems.push(`missing: dist/${rel}`);
      continue;
    }
    if (!current.equals(await built(rel))) problems.push(`stale: dist/${rel}`);
  }
  for (const rel of have) if (!want.includes(rel)) problems.push(`not in www/: dist/${rel}`);
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const problems = await check();
    if (problems.length) {
      for (const p of problems) console.error(`build-widget: ${p}`);
      console.error('build-widget: dist/ is not what www/ gives: run node scripts/build-widget.mjs and commit dist/');
      process.exit(1);
    }
    console.log('build-widget: dist/ is current');
  } else {
    console.log(`build-widget: wrote ${await build()} files to dist/`);
  }
}
