// Dates and numbers for people. Dates are ISO strings (YYYY-MM-DD) in the
// state, the request and the report; on screen they are always in words:
// 2025年9月1日 / 1 September 2025, never ISO inside a sentence.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Today in the browser's time zone (the engine itself has no clock). */
export function todayIso(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A real calendar day written YYYY-MM-DD. */
export function isDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The day before an ISO date. */
export function dayBefore(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d - 1));
  return dt.toISOString().slice(0, 10);
}

/** A date in words: 2021年8月12日 / 12 August 2021. */
export function fmtDate(lang, iso) {
  if (!isDate(iso)) return String(iso ?? '');
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** Every ISO date inside a sentence, in words. */
export function wordDates(lang, text) {
  return String(text ?? '').replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (m) => (isDate(m) ? fmtDate(lang, m) : m));
}

/** Date and time: 2025年9月1日 14:05 / 1 September 2025 14:05. */
export function fmtDateTime(lang, d) {
  const p = (n) => String(n).padStart(2, '0');
  return `${fmtDate(lang, todayIso(d))} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function fmtNum(lang, n) {
  return Number(n).toLocaleString(lang === 'en' ? 'en' : 'zh-CN');
}

/** 12.3 MB / 512 KB / 900 B. */
export function fmtBytes(lang, n) {
  const units = [
    ['MB', 1024 * 1024],
    ['KB', 1024],
  ];
  for (const [unit, size] of units) {
    if (n >= size) return `${(n / size).toLocaleString(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 })} ${unit}`;
  }
  return `${n} B`;
}

/** A date token as written by fmtDate, or a 文号 such as 人社部发〔2021〕30号:
 *  the pieces of text that must never break across lines. */
export const UNBREAKABLE = new RegExp(
  [
    String.raw`\d{4}年\d{1,2}月\d{1,2}日`,
    String.raw`\d{1,2} (?:${MONTHS.join('|')}) \d{4}`,
    String.raw`[\u4e00-\u9fff]{1,10}[〔\[﹝（(]\d{4}[〕\]﹞）)]\d+号`,
  ].join('|'),
  'g',
);
