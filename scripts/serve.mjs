#!/usr/bin/env node
// Static server for the demo site and the widget: www/ at /, pkg/ at /pkg/.
// Plain Node, no dependencies. Sends the Content-Security-Policy a school
// site should send, so what works here works under it.
//
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--quiet]
//   PORT=8080 node scripts/serve.mjs
//
// Invariants: serves only files under www/ and pkg/ (no directory listing,
// no path escapes); never fetches anything; every response carries the CSP.

import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize, sep, extname, resolve as resolvePath } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mounts = [
  ['/pkg/', join(root, 'pkg')],
  ['/', join(root, 'www')],
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

function args(argv) {
  const out = { port: Number(process.env.PORT) || 8080, host: '127.0.0.1', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') out.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) out.port = Number(a.slice(7));
    else if (a === '--host') out.host = argv[++i];
    else if (a.startsWith('--host=')) out.host = a.slice(7);
    else if (a === '--quiet') out.quiet = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/serve.mjs [--port N] [--host ADDR] [--quiet]');
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
function resolve(pathname) {
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

function headers(type, length) {
  return {
    'Content-Type': type,
    'Content-Length': length,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

export function start({ port = 8080, host = '127.0.0.1', quiet = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (status, type, body) => {
      res.writeHead(status, headers(type, Buffer.byteLength(body)));
      res.end(req.method === 'HEAD' ? undefined : body);
      if (!quiet) console.log(`${status} ${req.method} ${url.pathname}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return done(405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    if (url.pathname === '/pkg') {
      res.writeHead(301, { Location: '/pkg/', 'Content-Security-Policy': CSP, 'Content-Length': 0 });
      return res.end();
    }
    const file = resolve(url.pathname);
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
      const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return done(200, type, body);
    } catch {
      return done(404, 'text/plain; charset=utf-8', 'not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      if (!quiet) console.log(`serving www/ at http://${host}:${addr.port}/ and pkg/ at /pkg/`);
      ok(server);
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolvePath(process.argv[1])) {
  const opts = args(process.argv.slice(2));
  start(opts).catch((e) => {
    console.error(`serve.mjs: ${e.message}`);
    process.exit(1);
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
}
