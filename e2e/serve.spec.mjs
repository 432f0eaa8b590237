// scripts/serve.mjs compresses as a school's server should: the
// pre-compressed FILE.br / FILE.gz beside a file is sent with
// Content-Encoding when the browser accepts it — but only while it is that
// file's current content; otherwise the file is compressed afresh. Runs in
// Node against the server module itself.
import { test, expect } from '@playwright/test';
import { get } from 'node:http';
import { readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { start, precompress, accepted, CSP } from '../scripts/serve.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const www = join(repo, 'dist');

function fetchRaw(port, path, acceptEncoding) {
  return new Promise((ok, fail) => {
    get({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', fail);
  });
}

test('serve.mjs: pre-compressed siblings when current, compression by Accept-Encoding, never a stale copy', async () => {
  expect([...accepted('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
  expect(accepted('br;q=0, gzip').has('br')).toBe(false);
  await precompress([www]);
  const server = await start({ port: 0, quiet: true });
  const port = server.address().port;
  const stale = join(www, 'favicon.svg.gz');
  const saved = existsSync(stale) ? readFileSync(stale) : null;
  try {
    const original = readFileSync(join(www, 'i18n.js'));
    const br = await fetchRaw(port, '/i18n.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-security-policy']).toBe(CSP);
    expect(br.body.equals(readFileSync(join(www, 'i18n.js.br')))).toBe(true);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await fetchRaw(port, '/i18n.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await fetchRaw(port, '/i18n.js', '');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    // A stale sibling (content of another file) is never sent.
    writeFileSync(stale, readFileSync(join(www, 'embed.js.gz')));
    const fav = await fetchRaw(port, '/favicon.svg', 'gzip');
    expect(gunzipSync(fav.body).equals(readFileSync(join(www, 'favicon.svg')))).toBe(true);
    // The wasm too, as application/wasm.
    const wasm = await fetchRaw(port, '/pkg/dengtong_bg.wasm', 'gzip');
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['content-encoding']).toBe('gzip');
  } finally {
    if (saved) writeFileSync(stale, saved);
    else rmSync(stale, { force: true });
    server.close();
  }
});

test('serve.mjs: dist/ (www/ minified) at /, www/ as written with source: true', async () => {
  const shipped = await start({ port: 0, quiet: true, compress: false });
  const written = await start({ port: 0, quiet: true, compress: false, source: true });
  try {
    const a = await fetchRaw(shipped.address().port, '/report-view-model.js', '');
    const b = await fetchRaw(written.address().port, '/report-view-model.js', '');
    expect(a.body.equals(readFileSync(join(repo, 'dist', 'report-view-model.js')))).toBe(true);
    expect(b.body.equals(readFileSync(join(repo, 'www', 'report-view-model.js')))).toBe(true);
    expect(a.body.length).toBeLessThan(b.body.length * 0.7);
    // HTML and data are copied as they are.
    const html = await fetchRaw(shipped.address().port, '/', '');
    expect(html.body.equals(readFileSync(join(repo, 'www', 'index.html')))).toBe(true);
  } finally {
    shipped.close();
    written.close();
  }
});
