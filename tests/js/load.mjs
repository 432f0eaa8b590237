// Loads pkg/ — the committed WebAssembly package, exactly as shipped — once
// per test process, synchronously (initSync), as a Node user would.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as dengtong from '../../pkg/dengtong.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
dengtong.initSync({ module: readFileSync(new URL('pkg/dengtong_bg.wasm', `file://${root}`)) });

export const { evaluate, version } = dengtong;

/** pkg/rules.json, the registry as the package ships it: the single-check
 *  module has no rules() (the batch module's gives the same). */
const registry = JSON.parse(readFileSync(new URL('pkg/rules.json', `file://${root}`), 'utf8'));
export const rules = () => registry;

/** The date the native scenarios use when a request has no `asOf`. */
export const TODAY = '2024-05-01';

/** Every case of tests/cases/*.json as {file, case}. */
export function loadCases() {
  const dir = `${root}tests/cases/`;
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const cases = JSON.parse(readFileSync(dir + file, 'utf8'));
    if (!Array.isArray(cases)) throw new Error(`${file}: not a JSON array of cases`);
    for (const c of cases) out.push({ file, case: c });
  }
  return out;
}

/** A case's request, with the fixed today when it has no `asOf`. */
export function requestOf(c) {
  const r = structuredClone(c.request);
  if (r && typeof r === 'object' && !Array.isArray(r) && (r.asOf === undefined || r.asOf === null)) {
    r.asOf = TODAY;
  }
  return r;
}

/** evaluate(), with a thrown error turned into {code, path, message} — after
 *  checking that it is a real Error with a code and a path. */
export function outcome(request) {
  try {
    return { ok: true, value: evaluate(request) };
  } catch (e) {
    if (!(e instanceof Error)) throw new Error(`evaluate threw a non-Error: ${String(e)}`);
    if (typeof e.code !== 'string' || typeof e.path !== 'string') {
      throw new Error(`evaluate threw an Error without code/path: ${e.stack}`);
    }
    return { ok: false, value: { code: e.code, path: e.path, message: e.message } };
  }
}
