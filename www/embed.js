// embed.html: reads ?lang=&jurisdiction=&mode= and hands them to the widget.
// (A separate file because the page's CSP forbids inline scripts.)
const params = new URLSearchParams(location.search);
const el = document.querySelector('dengtong-calculator');
const lang = params.get('lang');
if (lang === 'en' || lang === 'zh-CN') {
  el.setAttribute('lang', lang);
}
const jurisdiction = params.get('jurisdiction');
if (jurisdiction === 'CN' || jurisdiction === 'CN-YN') el.setAttribute('jurisdiction', jurisdiction);
const mode = params.get('mode');
if (['graduate', 'recruiter', 'teacher'].includes(mode)) el.setAttribute('mode', mode);
// Keep the document language in step with the widget's (screen readers, fonts).
const sync = () => {
  const l = el.getAttribute('lang') || 'zh-CN';
  document.documentElement.lang = l;
  document.title = l === 'en' ? 'Education equivalence calculator' : '技工院校毕业生学历等同查询';
};
sync();
new MutationObserver(sync).observe(el, { attributes: true, attributeFilter: ['lang'] });
await import('./dengtong-calculator.js');
