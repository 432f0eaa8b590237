// Test helper: rewrites a report of contract 0.1 (what pkg/ gives today)
// into the shape contract 0.2 announces (../shared/design/api.md "Version
// 0.2"): every text item {code, text}; every citation a reference
// {ruleId, clauseId} resolved through top-level `clauses` and `documents`;
// optionally a `summary`. The widget must show the same answer for both.
// Plain ES module: imported by Node tests and served to the browser.

/** Text items of a report: arrays of strings under these keys. */
const TEXT_LISTS = new Set(['reasons', 'caveats', 'conditions', 'requirements', 'toQualify', 'notes']);

/** 0.1 report → 0.2 report. summary: a {headline, lines} to add, or null. */
export function to02(report, summary = null) {
  const clauses = {};
  const documents = {};
  let n = 0;
  const code = (key) => `test.${key}.${(n += 1)}`;
  const ids = new Map();
  const perArticle = new Map();
  const cite = (c) => {
    const doc = c.document ?? {};
    const quoteKey = `${doc.id}#${c.article}#${c.quote}`;
    let id = ids.get(quoteKey);
    if (!id) {
      // <documentId>#<article>, with a suffix where one article holds several quoted sentences.
      const base = `${doc.id}#${c.article}`;
      const k = (perArticle.get(base) ?? 0) + 1;
      perArticle.set(base, k);
      id = k === 1 ? base : `${base}~${k}`;
      ids.set(quoteKey, id);
      clauses[id] = { documentId: doc.id, article: c.article, line: c.line ?? 0, quote: c.quote };
    }
    documents[doc.id] = doc;
    return { ruleId: c.ruleId, clauseId: id };
  };
  const walk = (x, key) => {
    if (Array.isArray(x)) {
      if (key === 'citations') return x.map(cite);
      if (TEXT_LISTS.has(key)) return x.map((item) => (typeof item === 'string' ? { code: code(key), text: item } : { code: code(key), ...walk(item, '') }));
      return x.map((item) => walk(item, ''));
    }
    if (x && typeof x === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(x)) out[k] = walk(v, k);
      return out;
    }
    return x;
  };
  const out = walk(report, '');
  out.clauses = clauses;
  out.documents = documents;
  if (summary) out.summary = summary;
  return out;
}
