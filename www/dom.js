// Building DOM without markup: every text goes in as a text node (never
// HTML), every style through a class (the CSP has no 'unsafe-inline').
import { UNBREAKABLE } from './format.js';

/** Creates an element. attrs: class, text, on<event>, properties
 *  (checked, disabled, value, selected, open) or attributes; children:
 *  nodes or strings, nested arrays allowed, null/undefined/false skipped. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, val] of Object.entries(attrs)) {
      if (val === undefined || val === null || val === false) continue;
      if (k === 'class') el.className = val;
      else if (k === 'text') el.textContent = val;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), val);
      else if (k === 'checked' || k === 'disabled' || k === 'value' || k === 'selected' || k === 'open') el[k] = val;
      else el.setAttribute(k, val === true ? '' : String(val));
    }
  }
  return append(el, children);
}

/** Appends children (see h); unlike Element.append, null is skipped, not written as "null". */
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A sentence as nodes, with its dates and 文号 kept on one line each. */
export function rich(text) {
  const s = String(text ?? '');
  const out = [];
  let at = 0;
  for (const m of s.matchAll(UNBREAKABLE)) {
    if (m.index > at) out.push(s.slice(at, m.index));
    out.push(h('span', { class: 'dt-nowrap', text: m[0] }));
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push(s.slice(at));
  return out;
}

/** A <time> showing a date in words, never broken across lines. */
export function dateEl(text, iso) {
  return h('time', { class: 'dt-nowrap', datetime: iso, text });
}

/** Scrolls to an element (smoothly unless reduced motion) and focuses it. */
export function reveal(el) {
  if (!el) return;
  el.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}
