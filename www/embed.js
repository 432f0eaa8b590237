// For pages that embed the calculator in an <iframe> (embed.html): makes
// each such frame as tall as its content, so the page scrolls and the frame
// does not. Add it once to the page (or its template):
//
//   <script type="module" src="/dengtong/embed.js"></script>
//   <iframe src="/dengtong/embed.html?lang=zh-CN&jurisdiction=CN" title="…" width="100%" height="900"></iframe>
//
// Listens for {type: 'dengtong:height', height} from the frames of this page
// whose address is an embed.html, and sets that frame's height attribute.
// Without this script (a CMS that strips scripts) the frame keeps the
// height written in its tag. Reads nothing else, sends nothing.
const MAX_HEIGHT = 100_000;

function frameOf(source) {
  for (const f of document.querySelectorAll('iframe')) {
    if (f.contentWindow === source) return f;
  }
  return null;
}

addEventListener('message', (e) => {
  const d = e.data;
  if (!d || typeof d !== 'object' || d.type !== 'dengtong:height') return;
  const height = Number(d.height);
  if (!Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
  const frame = frameOf(e.source);
  if (!frame) return;
  let src;
  try {
    src = new URL(frame.src, location.href);
  } catch {
    return;
  }
  if (!/(^|\/)embed\.html$/.test(src.pathname) || src.origin !== e.origin) return;
  // The height attribute sizes the frame's box: where a stylesheet draws it
  // border-box, its border and padding come on top of the content's height.
  const cs = getComputedStyle(frame);
  const chrome =
    cs.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((n, k) => n + (parseFloat(cs[k]) || 0), 0)
      : 0;
  frame.setAttribute('height', String(Math.ceil(height + chrome)));
});
