// Print (issue 10): a one-page statement on A4 — inputs, headline and
// summary, as-of date, rules version, link, time printed, "guidance, not a
// legal decision" — then each cited clause once as an appendix; at most 3
// pages for the default graduate query. Pages counted in Chromium's own
// PDF (page.pdf), with the demo site's @page (A4, 15 mm × 14 mm margins).
import { test, expect, ready, complete, headline, link, SUPERSESSION, ARTIFACTS } from './fixtures.mjs';
import { join } from 'node:path';

const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
/** A4 less the demo site's @page margins, in CSS px (96 per inch). */
const MM = 96 / 25.4;
const PAGE = { width: Math.floor((210 - 28) * MM), height: Math.floor((297 - 30) * MM) };

async function pdfPages(page, name) {
  const pdf = await page.pdf({ path: join(ARTIFACTS, name), preferCSSPageSize: true, printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** The clauses the details list on screen, as "文号 article". */
async function shownClauses(page) {
  return calc(page, '.dt-details details.dt-cite > summary').evaluateAll((els) => [
    ...new Set(els.map((s) => `${s.querySelector('.dt-cite-no').textContent} ${s.querySelector('.dt-cite-art').textContent}`.trim())),
  ]);
}

const DEFAULT = { 'zh-CN': '/', en: '/embed.html?lang=en&jurisdiction=CN-YN&mode=graduate' };

for (const lang of ['zh-CN', 'en']) {
  test(`print (${lang}): the default graduate query is a one-page statement and an appendix, at most 3 A4 pages`, async ({ page }) => {
    await page.setViewportSize({ width: PAGE.width, height: 900 });
    await page.goto(DEFAULT[lang]);
    await ready(page);
    await complete(page);
    const onScreen = await shownClauses(page);
    const said = await headline(page).textContent();
    await page.emulateMedia({ media: 'print' });
    // Not printed: the form, the details on screen, the site's chrome.
    await expect(calc(page, '.dt-form')).toBeHidden();
    await expect(calc(page, '.dt-details')).toBeHidden();
    await expect(calc(page, '.dt-actions')).toBeHidden();
    if (lang === 'zh-CN') await expect(page.locator('.site-nav')).toBeHidden();
    // The statement: what, when, under which rules, where from, when printed.
    const head = calc(page, '.dt-statement-top');
    await expect(head).toBeVisible();
    await expect(head).toContainText(lang === 'en' ? 'Statement: education equivalence' : '学历等同查询结果说明');
    await expect(head).toContainText(lang === 'en' ? 'Rules as of' : '适用日期');
    await expect(head).toContainText(/\d{4}\.\d{2}\.\d{2}/); // rules version
    await expect(head).toContainText(lang === 'en' ? 'Printed' : '打印时间');
    await expect(head.locator('.dt-url')).toContainText(lang === 'en' ? 'embed.html' : '127.0.0.1');
    await expect(headline(page)).toBeVisible();
    await expect(headline(page)).toHaveText(said);
    await expect(calc(page, '.dt-summary > li').first()).toBeVisible();
    const rest = calc(page, '.dt-statement-rest');
    await expect(rest.locator('.dt-statement-inputs')).toContainText(lang === 'en' ? 'Senior-worker class' : '高级工班');
    await expect(rest.locator('.dt-statement-disclaimer')).toContainText(lang === 'en' ? 'guidance, not a legal decision' : '不是法律决定');
    // Each answer names its clauses by number; each clause is in the appendix once.
    const refs = await rest.locator('.dt-statement-answers .dt-refs').allTextContents();
    const cited = new Set(refs.flatMap((r) => [...r.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))));
    const appendix = await rest.locator('.dt-appendix-item').evaluateAll((els) => els.map((li) => li.querySelector('.dt-appendix-ref .dt-nowrap').textContent.trim()));
    expect(new Set(appendix).size).toBe(appendix.length);
    expect([...cited].sort((a, b) => a - b)).toEqual(appendix.map((_, i) => i + 1));
    expect(appendix.sort()).toEqual(onScreen.sort());
    for (const q of await rest.locator('.dt-appendix .dt-quote').allTextContents()) expect(q.length).toBeGreaterThan(10);
    // One page: the statement ends within the first page; the appendix follows.
    const end = await rest.locator('.dt-statement-disclaimer').evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
    expect(end, 'the statement fits on its first page').toBeLessThanOrEqual(PAGE.height);
    const pages = await pdfPages(page, `statement-${lang}.pdf`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await page.screenshot({ path: join(ARTIFACTS, `journey-print-${lang}.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await expect(calc(page, '.dt-statement-top')).toBeHidden();
  });
}

for (const [name, url, max] of [
  ['recruiter', link({ mode: 'recruiter', lang: 'zh-CN', jur: 'CN-YN', asOf: '2024-05-01', school: 'technicianCollege', class: 'preparatoryTechnician', study: 'fullTime', grad: '2023-07-01', cert: 'technician.engineering', employer: 'publicInstitution', post: 'professional', req: 'bachelor', skill: '0' }), 4],
  ['teacher', link({ mode: 'teacher', lang: 'en', jur: 'CN-YN', asOf: '2024-05-01', track: 'practical', title: 'grade2Instructor', titleSince: '2021-09-01', teaching: '2016-09-01', probation: 'yes', tedu: 'class.preparatoryTechnician', tgrad: '2016-07-01', tcert: 'technician.engineering' }), 4],
  ['supersession', SUPERSESSION('zh-CN'), 4],
]) {
  test(`print: the ${name} statement, its inputs and its clauses`, async ({ page }) => {
    await page.setViewportSize({ width: PAGE.width, height: 900 });
    await page.goto(url);
    await ready(page);
    await complete(page);
    await page.emulateMedia({ media: 'print' });
    const rest = calc(page, '.dt-statement-rest');
    await expect(rest.locator('.dt-statement-inputs')).toBeVisible();
    await expect(rest.locator('.dt-appendix-item').first()).toBeVisible();
    if (name === 'teacher') await expect(rest.locator('.dt-statement-inputs')).toContainText('Highest skill certificate');
    if (name === 'recruiter') await expect(rest.locator('.dt-statement-answers')).toContainText('可以报考');
    const pages = await pdfPages(page, `statement-${name}.pdf`);
    expect(pages).toBeLessThanOrEqual(max);
    test.info().annotations.push({ type: 'pages', description: `${name}: ${pages}` });
  });
}
