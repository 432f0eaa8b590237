// The engine, loaded once per page from pkg/: the WebAssembly module and
// its glue. The downloads are started by dengtong-calculator.js the moment
// it runs (see `start`), before the rest of the widget has loaded; the rule
// registry (rules(), 40 KB of JSON) is read only when first asked for, after
// the first answer is on screen.

const PKG_URL = new URL('./pkg/dengtong.js', import.meta.url).href;
const WASM_URL = new URL('./pkg/dengtong_bg.wasm', import.meta.url).href;

let downloads = null;
let engine = null;

/** Starts fetching the wasm and the glue, or adopts downloads already
 *  started ({wasm: fetch promise, glue: import promise}); idempotent. */
export function start(given) {
  if (!downloads && given) downloads = given;
  if (!downloads) {
    const wasm = fetch(WASM_URL);
    wasm.catch(() => {});
    const glue = import(PKG_URL);
    glue.catch(() => {});
    downloads = { wasm, glue };
  }
  return downloads;
}

function asObject(x) {
  return typeof x === 'string' ? JSON.parse(x) : x;
}

/** The engine: { evaluate(request), registry(), version() }. */
export function loadEngine() {
  engine ??= (async () => {
    const { wasm, glue } = start();
    const m = await glue;
    mark('glue');
    await m.default({ module_or_path: wasm });
    mark('wasm');
    let registry = null;
    let version = null;
    return {
      evaluate: (req) => asObject(m.evaluate(req)),
      /** rules(): every document and rule (glosses, dates of rules). */
      registry() {
        if (!registry) {
          try {
            registry = asObject(m.rules());
          } catch {
            registry = { documents: [], rules: [] };
          }
        }
        return registry;
      },
      /** version(): { version, rulesVersion }. */
      version() {
        if (!version) {
          try {
            version = asObject(m.version());
          } catch {
            version = {};
          }
        }
        return version;
      },
    };
  })();
  return engine;
}

/** A performance mark (dengtong:NAME), read by scripts/bench-widget.mjs. */
export function mark(name) {
  try {
    performance.mark(`dengtong:${name}`);
  } catch {
    /* marks are optional */
  }
}
