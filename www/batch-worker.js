// Batch checks off the main thread: <dengtong-calculator>'s recruiter batch
// view starts this module Worker, sends it the applicants file, and gets the
// rows back a chunk at a time, so the page never freezes and a progress bar
// can move. Cancelling = Worker.terminate() (the page then starts a new one).
//
// Loads only ./pkg/dengtong_batch.js (+ its .wasm), from this file's origin.
// Nothing is uploaded: the file is read here, evaluated by the WebAssembly
// engine, and the results go back to the page by postMessage.
//
// The file is a CSV or a workbook (.xlsx, .xls, .xlsb, .ods). A workbook
// with a 岗位表 sheet checks each applicant against their own post (post
// null: the package reads the sheet); without one, against the page's post.
//
// Protocol (page → worker):
//   {type: 'run', id, file: File | Blob | ArrayBuffer | Uint8Array | string,
//    post, options: {asOf, jurisdiction, lang, ignoreUnknownColumns, limits}}
//   {type: 'xlsx', id, file, post, options}          the same run again, as a
//                                                    results workbook
// (worker → page):
//   {type: 'ready'}                                  the engine is loaded
//   {type: 'rows', id, rows, done, total, withPosts} rows in file order, each what the
//                                                    table and the detail panel need of
//                                                    a BatchRow (see `slim`); withPosts:
//                                                    each against its own post
//   {type: 'done', id, result, csv: Blob, ms}       result: BatchResult without rows/csv,
//                                                    summary (and posts) over the whole file
//   {type: 'xlsx', id, xlsx: Blob, ms}               the results workbook
//   {type: 'error', id, error: {code, path, message, kind?, tooLarge?}}
//                                                    kind 'utf16': a UTF-16 file

import init, { BatchSession } from './pkg/dengtong_batch.js';

/** Rows in the first chunk: the first results show at once. */
const FIRST_CHUNK = 2_000;
/** Later chunks are sized to take about this long (each call reads the
 *  whole file again, so fewer, longer chunks waste less), at most MAX_CHUNK. */
const TARGET_MS = 1_000;
const MAX_CHUNK = 50_000;
/** Rows per message to the page: each is unpacked on the page's main
 *  thread, so a message stays small enough never to hold it up. */
const POST_ROWS = 1_000;
/** The engine's default text limit (src/batch.rs Limits::default). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const ready = init();
ready.then(
  () => self.postMessage({ type: 'ready' }),
  (err) => fail(null, err),
);

self.onmessage = (e) => {
  const msg = e.data;
  if (msg?.type === 'run') run(msg).catch((err) => fail(msg.id, err));
  else if (msg?.type === 'xlsx') workbook(msg).catch((err) => fail(msg.id, err));
};

function fail(id, err) {
  self.postMessage({
    type: 'error',
    id,
    error: {
      code: typeof err?.code === 'string' ? err.code : 'internal',
      path: typeof err?.path === 'string' ? err.path : '',
      message: String(err?.message ?? err),
      ...(err?.tooLarge ? { tooLarge: err.tooLarge } : {}),
      ...(err?.kind ? { kind: err.kind } : {}),
    },
  });
}

async function bytesOf(file, maxBytes) {
  if (typeof file === 'string') return file;
  if (file instanceof Uint8Array) return file;
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  // A GBK file grows when decoded (up to 3/2), and GB18030's four-byte
  // forms shrink (4 → 3): anything over 4/3 of the text limit is too large
  // whatever its encoding, and is refused before it is read into memory.
  if (file.size > (maxBytes * 4) / 3) {
    const err = new Error(`the file is too large: ${file.size} bytes, at most ${maxBytes}`);
    err.code = 'invalid_csv';
    err.path = '';
    err.tooLarge = { size: file.size, max: maxBytes };
    throw err;
  }
  return new Uint8Array(await file.arrayBuffer());
}

/** What the page keeps of a BatchRow: the table's cells, and the graduate
 *  as read (the detail panel evaluates it again, with every citation). The
 *  full rows are in the export. Fewer strings to unpack on the main thread. */
function slim(r) {
  return {
    row: r.row,
    label: r.label,
    outcome: r.outcome,
    level: r.level,
    reason: r.reasons[0] ?? '',
    missing: r.missing,
    toQualify: r.toQualify,
    documents: r.documents.slice(0, 2),
    documentCount: r.documents.length,
    notes: r.notes,
    graduate: r.graduate,
    post: r.post ?? null,
    error: r.error,
  };
}

/** A workbook's first bytes: a zip (.xlsx, .xlsb, .ods) or an OLE file (.xls). */
function isWorkbook(input) {
  if (!(input instanceof Uint8Array) || input.length < 8) return false;
  const zip = input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04;
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => input[i] === b);
  return zip || ole;
}

/** The file's bytes, refused early when UTF-16 (a code the page words). */
async function inputOf(file, options) {
  const maxBytes = options?.limits?.maxBytes ?? DEFAULT_MAX_BYTES;
  const input = await bytesOf(file, maxBytes);
  // UTF-16 ("Unicode text" in Excel) is refused here, with a code the page
  // words in its own language.
  if (input instanceof Uint8Array && input.length >= 2 && ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))) {
    const err = new Error('the file is UTF-16 (Excel "Unicode text"): save it as "CSV UTF-8" or "CSV"');
    err.code = 'invalid_csv';
    err.path = '';
    err.kind = 'utf16';
    throw err;
  }
  return input;
}

/** A session over the file: a workbook's own 岗位表 first, else the page's post. */
function open(input, post, options) {
  if (isWorkbook(input)) {
    try {
      return { session: new BatchSession(input, null, options), withPosts: true };
    } catch (err) {
      if (!(err?.code === 'invalid_csv' && err?.path === 'posts')) throw err;
    }
  }
  return { session: new BatchSession(input, post, options), withPosts: false };
}

async function run({ id, file, post, options }) {
  await ready;
  // The time of the check itself: reading the file, every row, the export.
  const t0 = performance.now();
  const input = await inputOf(file, options);
  const { session, withPosts } = open(input, post, { ...options, export: 'csv' });
  try {
    const parts = [];
    let head = null;
    let done = 0;
    let size = FIRST_CHUNK;
    for (;;) {
      const t = performance.now();
      const chunk = session.next(size);
      head ??= chunk;
      parts.push(chunk.csv);
      const rows = chunk.rows.map(slim);
      for (let i = 0; i < rows.length; i += POST_ROWS) {
        const part = rows.slice(i, i + POST_ROWS);
        self.postMessage({ type: 'rows', id, rows: part, done: done + i + part.length, total: chunk.totalRows, withPosts });
      }
      done += rows.length;
      if (rows.length === 0) self.postMessage({ type: 'rows', id, rows, done, total: chunk.totalRows, withPosts });
      if (chunk.done || rows.length === 0) break;
      const ms = Math.max(1, performance.now() - t);
      size = Math.max(1_000, Math.min(MAX_CHUNK, Math.round((size * TARGET_MS) / ms)));
    }
    const { rows: _rows, csv: _csv, start: _start, totalRows: _total, done: _done, ...result } = head;
    Object.assign(result, session.summary(), { withPosts });
    const csv = new Blob(parts, { type: 'text/csv;charset=utf-8' });
    self.postMessage({ type: 'done', id, result, csv, ms: performance.now() - t0 });
  } finally {
    session.free();
  }
}

/** The same run as a results workbook (a results sheet and a summary sheet). */
async function workbook({ id, file, post, options }) {
  await ready;
  const t0 = performance.now();
  const input = await inputOf(file, options);
  const { session } = open(input, post, { ...options, export: 'xlsx' });
  try {
    while (!session.next(MAX_CHUNK).done) {
      /* every row into the workbook */
    }
    const xlsx = new Blob([session.xlsx()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    self.postMessage({ type: 'xlsx', id, xlsx, ms: performance.now() - t0 });
  } finally {
    session.free();
  }
}
