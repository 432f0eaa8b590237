#!/usr/bin/env node
// Static server for the demo site and the widget: dist/ at / (www/ as
// shipped, minified by scripts/build-widget.mjs; --source serves www/ as
// written), pkg/ at /pkg/.
// Plain Node, no dependencies. Sends the Content-Security-Policy a school
// site should send, so what works here works under it, and compresses as a
// well-configured school server would: a pre-compressed `FILE.br` / `FILE.gz`
// beside FILE is sent with Content-Encoding when the browser accepts it
// (nginx `brotli_static` / `gzip_static`); without one, FILE is compressed
// once in memory.
//
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--quiet] [--no-compress | --gzip-only] [--source]
//   PORT=8080 node scripts/serve.mjs
//   node scripts/serve.mjs --precompress [DIR…]
//       writes FILE.br and FILE.gz beside every file it would compress under
//       each DIR (default dist/), for a server that sends them as they are
//       (nginx brotli_static / gzip_static). Run it on a deployed copy
//       (the widget's folder with pkg/ inside) to cover pkg/ as well; the
//       repository's own pkg/ holds exactly the package files.
//
// Invariants: serves only files under dist/ (or www/) and pkg/ (no directory listing,
// no path escapes); never fetches anything; every response carries the CSP;
// a pre-compressed file is used only when it decompresses to FILE's current
// bytes (a stale .br is never sent).

import { createServer } from 'node:http';
import { stat, readFile, readdir, writeFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, gunzipSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize, sep, extname, resolve as resolvePath } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where each URL prefix is read from: the site as shipped, or as written. */
const mountsFor = (source) => [
  ['/pkg/', join(root, 'pkg')],
  ['/', join(root, source ? 'www' : 'dist')],
];

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing (everything but images that are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.md', '.ts', '.csv', '.webmanifest']);

/** The encodings this server can send, in order of preference. */
/** compress: the pre-compressed sibling's bytes (as small as it gets);
 *  live (where it differs): compressing a file on its first request, as nginx's dynamic
 *  modules do — brotli at quality 11 would hold the server for seconds on
 *  the 1.8 MB batch module (5 s measured), so live brotli is quality 5;
 *  gzip -9 is fast enough either way. */
export const ENCODINGS = [
  {
    name: 'br',
    ext: '.br',
    compress: (b) => brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length } }),
    live: (b) => brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length } }),
    decompress: brotliDecompressSync,
  },
  { name: 'gzip', ext: '.gz', compress: (b) => gzipSync(b, { level: 9 }), decompress: gunzipSync },
];

/** Which encodings an Accept-Encoding header allows (q=0 refuses one). */
export function accepted(header) {
  const ok = new Set();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

/** FILE's bytes in one encoding: the pre-compressed sibling if it is
 *  current, else compressed here; cached per file version. */
const encodedCache = new Map();
async function encoded(path, s, body, enc) {
  const key = `${path}|${enc.name}`;
  const hit = encodedCache.get(key);
  if (hit && hit.mtimeMs === s.mtimeMs && hit.size === s.size) return hit.bytes;
  let bytes = null;
  try {
    const sibling = await readFile(path + enc.ext);
    if (enc.decompress(sibling).equals(body)) bytes = sibling;
  } catch {
    /* no sibling, or not a valid stream: compress here */
  }
  bytes ??= (enc.live ?? enc.compress)(body);
  encodedCache.set(key, { mtimeMs: s.mtimeMs, size: s.size, bytes });
  return bytes;
}

/** Writes FILE.br and FILE.gz beside each compressible file under each of
 *  `dirs` (skipping a sibling that is already current); returns what it wrote. */
export async function precompress(dirs = [join(root, 'dist')]) {
  const written = [];
  const walk = async (dir) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (COMPRESSIBLE.has(extname(e.name).toLowerCase())) {
        const body = await readFile(path);
        for (const enc of ENCODINGS) {
          let current = false;
          try {
            current = enc.decompress(await readFile(path + enc.ext)).equals(body);
          } catch {
            current = false;
          }
          if (!current) {
            await writeFile(path + enc.ext, enc.compress(body));
            written.push(path + enc.ext);
          }
        }
      }
    }
  };
  for (const dir of dirs) await walk(resolvePath(dir));
  return written;
}

function args(argv) {
  const out = { port: Number(process.env.PORT) || 8080, host: '127.0.0.1', quiet: false, compress: true, source: false, precompress: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') out.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) out.port = Number(a.slice(7));
    else if (a === '--host') out.host = argv[++i];
    else if (a.startsWith('--host=')) out.host = a.slice(7);
    else if (a === '--quiet') out.quiet = true;
    else if (a === '--no-compress') out.compress = false;
    else if (a === '--gzip-only') out.compress = 'gzip';
    else if (a === '--source') out.source = true;
    else if (a === '--precompress') {
      out.precompress = [];
      while (argv[i + 1] && !argv[i + 1].startsWith('--')) out.precompress.push(argv[++i]);
    }
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/serve.mjs [--port N] [--host ADDR] [--quiet] [--no-compress | --gzip-only] [--source] | --precompress [DIR…]');
      process.exit(0);
    } else {
      console.error(`serve.mjs: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) {
    console.error('serve.mjs: --port must be 0..65535');
    process.exit(2);
  }
  return out;
}

/** Maps a URL path to a file path under one mount, or null. */
function resolve(mounts, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const [prefix, dir] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    let rel = decoded.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

function headers(type, length, extra = {}) {
  return {
    'Content-Type': type,
    'Content-Length': length,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    ...extra,
  };
}

/** compress: true (brotli or gzip, as accepted), 'gzip' (gzip only) or false;
 *  source: serve www/ as written instead of dist/. */
export function start({ port = 8080, host = '127.0.0.1', quiet = false, compress = true, source = false } = {}) {
  const mounts = mountsFor(source);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (status, type, body, extra) => {
      res.writeHead(status, headers(type, Buffer.byteLength(body), extra));
      res.end(req.method === 'HEAD' ? undefined : body);
      if (!quiet) console.log(`${status} ${req.method} ${url.pathname}${extra?.['Content-Encoding'] ? ` (${extra['Content-Encoding']})` : ''}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return done(405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    if (url.pathname === '/pkg') {
      res.writeHead(301, { Location: '/pkg/', 'Content-Security-Policy': CSP, 'Content-Length': 0 });
      return res.end();
    }
    const file = resolve(mounts, url.pathname);
    if (!file) return done(404, 'text/plain; charset=utf-8', 'not found\n');
    try {
      let path = file;
      let s = await stat(path);
      if (s.isDirectory()) {
        // /pkg → /pkg/ (relative URLs inside need the slash)
        res.writeHead(301, { Location: url.pathname + '/', 'Content-Security-Policy': CSP, 'Content-Length': 0 });
        return res.end();
      }
      const body = await readFile(path);
      const ext = extname(path).toLowerCase();
      const type = TYPES[ext] ?? 'application/octet-stream';
      if (compress && COMPRESSIBLE.has(ext)) {
        const ok = accepted(req.headers['accept-encoding']);
        const enc = ENCODINGS.find((e) => ok.has(e.name) && (compress === true || compress === e.name));
        if (enc) return done(200, type, await encoded(path, s, body, enc), { 'Content-Encoding': enc.name, Vary: 'Accept-Encoding' });
        return done(200, type, body, { Vary: 'Accept-Encoding' });
      }
      return done(200, type, body);
    } catch {
      return done(404, 'text/plain; charset=utf-8', 'not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      if (!quiet) console.log(`serving ${source ? 'www/' : 'dist/'} at http://${host}:${addr.port}/ and pkg/ at /pkg/`);
      ok(server);
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolvePath(process.argv[1])) {
  const opts = args(process.argv.slice(2));
  if (opts.precompress) {
    const dirs = opts.precompress.length ? opts.precompress : undefined;
    precompress(dirs).then(
      (written) => {
        console.log(`serve.mjs: ${written.length} compressed files written${written.length ? '' : ' (all were current)'}`);
        process.exit(0);
      },
      (e) => {
        console.error(`serve.mjs: ${e.message}`);
        process.exit(1);
      },
    );
  } else {
    start(opts).catch((e) => {
      console.error(`serve.mjs: ${e.message}`);
      process.exit(1);
    });
  }
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
}
