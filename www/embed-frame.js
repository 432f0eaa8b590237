// The script of embed.html (a separate file: the page's CSP forbids inline
// scripts). Reads ?lang=&jurisdiction=&mode= and hands them to the widget,
// keeps the document language in step with it, and tells the page that
// frames it how tall the content is, whenever that changes, so that the
// host's embed.js can size the <iframe> (no scroll inside a scroll).
//
// Message to the parent: {type: 'dengtong:height', height} — the content's
// height in CSS pixels; nothing else is ever sent.
const params = new URLSearchParams(location.search);
const el = document.querySelector('dengtong-calculator');
const lang = params.get('lang');
if (lang === 'en' || lang === 'zh-CN') el.setAttribute('lang', lang);
const jurisdiction = params.get('jurisdiction');
// The widget keeps only a jurisdiction of the engine's table.
if (jurisdiction) el.setAttribute('jurisdiction', jurisdiction);
const mode = params.get('mode');
if (['graduate', 'recruiter', 'teacher'].includes(mode)) el.setAttribute('mode', mode);

const sync = () => {
  const l = el.getAttribute('lang') || 'zh-CN';
  document.documentElement.lang = l;
  document.title = l === 'en' ? 'Education equivalence calculator' : '技工院校毕业生学历等同查询';
  const h1 = document.getElementById('embed-title');
  if (h1) h1.textContent = document.title;
};
sync();
new MutationObserver(sync).observe(el, { attributes: true, attributeFilter: ['lang'] });

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'dengtong:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
}

await import('./dengtong-calculator.js');
