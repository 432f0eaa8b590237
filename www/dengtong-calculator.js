// <dengtong-calculator>: the embeddable calculator.
//
//   <script type="module" src="/dengtong/dengtong-calculator.js"></script>
//   <dengtong-calculator lang="zh-CN" jurisdiction="CN" mode="graduate"></dengtong-calculator>
//
// Attributes: lang (zh-CN | en), jurisdiction (a code of the engine's table,
// pkg/rules.json's jurisdictions: CN, or a province's), mode (graduate |
// recruiter | teacher), share ("off" keeps the page URL untouched).
// Parts: headline (the answer), summary (the lines under it).
//
// This file is the element's shell and has no imports, so that the moment
// it runs it can start, in parallel, everything the first answer needs: the
// engine (pkg/dengtong.js and its .wasm), the stylesheet, and the rest of
// the widget (calculator-app.js and the modules it imports, all of them ES
// modules next to this file, loaded without a bundler).
//
// Invariants:
// - Loads only from its own origin, relative to this file (new URL(…,
//   import.meta.url)): ./dengtong-calculator.css, ./dengtong-print.css;
//   the recruiter's batch view also ./batch-view.js, ./dengtong-batch.css,
//   ./batch-worker.js (a Worker, with ./pkg/dengtong_batch.js) and offers
//   ./templates/*.csv. No request carries anything the user typed or any
//   file they chose; the answer is computed in the browser.
// - Text goes into the DOM through textContent only; styles only through
//   classes and the stylesheet (works under a CSP without 'unsafe-inline').
// - Every decision shown carries its citations (document, 文号, article, quote).

try {
  performance.mark('dengtong:module');
} catch {
  /* marks are optional */
}

const CSS_URL = new URL('./dengtong-calculator.css', import.meta.url).href;
const PRINT_CSS_URL = new URL('./dengtong-print.css', import.meta.url).href;
const downloads = {
  wasm: fetch(new URL('./pkg/dengtong_bg.wasm', import.meta.url).href),
  glue: import(new URL('./pkg/dengtong.js', import.meta.url).href),
};
downloads.wasm.catch(() => {});
downloads.glue.catch(() => {});
const app = import('./calculator-app.js').then((m) => {
  m.useDownloads(downloads);
  return m;
});
app.catch(() => {});

class DengtongCalculator extends HTMLElement {
  static observedAttributes = ['lang', 'jurisdiction', 'mode'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = CSS_URL;
    this._wrap = document.createElement('div');
    this._wrap.className = 'dt';
    this._wrap.hidden = true;
    const show = () => this._wrap.removeAttribute('hidden');
    link.addEventListener('load', show, { once: true });
    link.addEventListener('error', show, { once: true });
    // Print styles load on the side (media="print" never blocks a render).
    const print = document.createElement('link');
    print.rel = 'stylesheet';
    print.media = 'print';
    print.href = PRINT_CSS_URL;
    root.append(link, print, this._wrap);
  }

  connectedCallback() {
    this._connected = true;
    app.then(
      (m) => {
        if (!this._connected) return;
        this._app ??= new m.Calculator(this, this._wrap);
        this._app.connect();
      },
      () => {
        this._wrap.textContent = 'The calculator could not load. 计算程序未能加载。';
        this._wrap.removeAttribute('hidden');
      },
    );
  }

  disconnectedCallback() {
    this._connected = false;
    this._app?.disconnect();
  }

  attributeChangedCallback() {
    this._app?.attributeChanged();
  }
}

if (!customElements.get('dengtong-calculator')) customElements.define('dengtong-calculator', DengtongCalculator);
