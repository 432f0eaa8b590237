// The engine, loaded once per page from pkg/: the WebAssembly module and
// its glue. The downloads are started by dengtong-calculator.js the moment
// it runs (see `start`), before the rest of the widget has loaded. The rule
// registry (pkg/rules.json: glosses, dates of rules) is data the first
// answer does not need: it is fetched with the details, after the first
// answer is on screen (loadRegistry), and is null until then.

const PKG_URL = new URL('./pkg/dengtong.js', import.meta.url).href;
const WASM_URL = new URL('./pkg/dengtong_bg.wasm', import.meta.url).href;
const RULES_URL = new URL('./pkg/rules.json', import.meta.url).href;

/** What registry() gives when pkg/rules.json cannot be read: no glosses. */
const NO_REGISTRY = { documents: [], rules: [] };
let registry = null;
let registryLoading = null;

/** Fetches pkg/rules.json once; resolves to the registry (never rejects). */
export function loadRegistry() {
  registryLoading ??= fetch(RULES_URL)
    .then((r) => (r.ok ? r.json() : NO_REGISTRY))
    .catch(() => NO_REGISTRY)
    .then((x) => (registry = x && typeof x === 'object' ? x : NO_REGISTRY));
  return registryLoading;
}

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

/** The engine: { evaluate(request), registry(), loadRegistry(), version() }. */
export function loadEngine() {
  engine ??= (async () => {
    const { wasm, glue } = start();
    const m = await glue;
    mark('glue');
    await m.default({ module_or_path: wasm });
    mark('wasm');
    let version = null;
    return {
      evaluate: (req) => asObject(m.evaluate(req)),
      /** pkg/rules.json: every document and rule (glosses, dates of rules);
       *  null until loadRegistry() has resolved. */
      registry: () => registry,
      loadRegistry,
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
