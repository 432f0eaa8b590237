// The case matcher, twin of tests/support/mod.rs (same semantics: subset
// match for objects, "some element" for arrays, `absent`, `rules` cited).

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether `actual` contains `expected`. */
export function matches(expected, actual) {
  if (isObj(expected) && isObj(actual)) {
    return Object.entries(expected).every(([k, ev]) =>
      Object.hasOwn(actual, k) ? matches(ev, actual[k]) : ev === null);
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.every((ev) => actual.some((av) => matches(ev, av)));
  }
  return deepEqual(expected, actual);
}

function deepEqual(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return a === b;
}

/** The first way `actual` violates `absent`, or null. */
export function present(absent, actual, path) {
  if (isObj(absent) && isObj(actual)) {
    for (const [k, ev] of Object.entries(absent)) {
      if (Object.hasOwn(actual, k)) {
        const why = present(ev, actual[k], `${path}.${k}`);
        if (why) return why;
      }
    }
    return null;
  }
  if (Array.isArray(absent) && Array.isArray(actual)) {
    for (const ev of absent) {
      const av = actual.find((x) => matches(ev, x));
      if (av !== undefined) {
        return `${path}: ${JSON.stringify(ev)} should be absent but found ${JSON.stringify(av)}`;
      }
    }
    return null;
  }
  return deepEqual(absent, actual) ? `${path}: ${JSON.stringify(absent)} should be absent` : null;
}

/** Every ruleId anywhere in `v`. */
export function ruleIds(v, out = new Set()) {
  if (Array.isArray(v)) v.forEach((x) => ruleIds(x, out));
  else if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'ruleId' && typeof x === 'string') out.add(x);
      ruleIds(x, out);
    }
  }
  return out;
}

/** Spells out every citation {ruleId, clauseId} under `v` with its clause and document. */
function resolve(v, clauses, documents) {
  if (Array.isArray(v)) return v.map((x) => resolve(x, clauses, documents));
  if (!isObj(v)) return v;
  if (typeof v.clauseId === 'string' && 'ruleId' in v) {
    const c = clauses?.[v.clauseId] ?? {};
    const out = { ...v };
    for (const k of ['article', 'quote', 'line']) if (k in c) out[k] = c[k];
    if (c.documentId) out.document = documents?.[c.documentId];
    return out;
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x, clauses, documents)]));
}

/** The report as cases see it (twin of `view` in tests/support/mod.rs): citations
 * spelled out, and a caveat given once for a section shown on each of its entries. */
export function view(report) {
  const v = resolve(report, report.clauses, report.documents);
  const caveats = v.caveats ?? [];
  for (const [section, key] of [['equivalences', 'caveats'], ['directRecruitment', 'caveats'],
    ['entitlements', 'conditions'], ['titles', 'caveats']]) {
    const shared = caveats.filter((c) => c.section === section);
    if (!shared.length) continue;
    for (const entry of v[section] ?? []) {
      if (entry.held === true || !Array.isArray(entry[key])) continue;
      entry[key].push(...shared);
    }
  }
  return v;
}

export const assertsSomething = (c) => 'expect' in c || 'absent' in c || 'error' in c;

/** Judges one case by its outcome {ok, value}; returns null or what went wrong. */
export function check(c, { ok, value }) {
  if (!ok) {
    if (!('error' in c)) return `unexpected error ${JSON.stringify(value)}`;
    return matches(c.error, value) ? null
      : `expected error ${JSON.stringify(c.error)}, got ${JSON.stringify(value)}`;
  }
  if ('error' in c) return `expected error ${JSON.stringify(c.error)}, got a report`;
  value = view(value);
  if ('expect' in c && !matches(c.expect, value)) {
    return `report does not match.\nexpected ⊆ ${JSON.stringify(c.expect, null, 2)}\nactual   = ${JSON.stringify(value, null, 2)}`;
  }
  if ('absent' in c) {
    const why = present(c.absent, value, 'report');
    if (why) return why;
  }
  const cited = ruleIds(value);
  for (const r of c.rules ?? []) {
    if (!cited.has(r)) return `rule ${r} is listed but not cited in the report (cited: ${[...cited].join(', ')})`;
  }
  return null;
}
