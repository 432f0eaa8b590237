// The bugs of issue 10, one test each (bug 4, host CSS, is in
// hostile-css.spec.mjs), and old share links.
import { test, expect, ready, headline, setDate, select, card, link, axe, shownRequest, SUPERSESSION, ARTIFACTS } from './fixtures.mjs';
import { join } from 'node:path';

const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
const texts = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('dengtong-calculator').shadowRoot;
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n.textContent);
    return out;
  });

for (const lang of ['zh-CN', 'en']) {
  test(`bug 1 (${lang}): an empty graduation date is a missing fact, not "still enrolled"`, async ({ page, watch }) => {
    await page.goto(`/embed.html?lang=${lang}&jurisdiction=CN-YN`);
    await ready(page);
    await setDate(page, 'dt-grad-date', '');
    await expect(headline(page)).toHaveText(lang === 'en' ? 'Please enter the graduation date' : '请填写毕业日期');
    await expect(calc(page, '#dt-grad-date')).toHaveAttribute('aria-invalid', 'true');
    await expect(calc(page, '#dt-student')).not.toBeChecked();
    const all = (await texts(page)).join(' ');
    expect(all).not.toContain('尚未毕业');
    expect(all).not.toMatch(/not yet graduated/i);
    expect(await axe(page, watch)).toEqual([]);
    // The way to the field.
    await calc(page, '.dt-missing button').click();
    await expect(calc(page, '#dt-grad-date')).toBeFocused();
    await setDate(page, 'dt-grad-date', '2023-07-01');
    await expect(headline(page)).not.toHaveText(lang === 'en' ? 'Please enter the graduation date' : '请填写毕业日期');
    await expect(calc(page, '#dt-grad-date')).not.toHaveAttribute('aria-invalid', 'true');
    // Still a student is an answer of its own.
    await calc(page, '#dt-student').check();
    await expect(headline(page)).not.toHaveText(lang === 'en' ? 'Please enter the graduation date' : '请填写毕业日期');
  });

  test(`bug 2 (${lang}): no literal "null" in any mode`, async ({ page }) => {
    await page.goto(`/embed.html?lang=${lang}&jurisdiction=CN-YN`);
    await ready(page);
    for (const mode of ['graduate', 'recruiter', 'teacher']) {
      await calc(page, `label[for="dt-mode-${mode}"]`).click();
      await expect(page.locator('dengtong-calculator')).toHaveAttribute('mode', mode);
      await expect(headline(page)).not.toHaveClass(/dt-headline-loading/);
      const bad = (await texts(page)).filter((x) => /\b(null|undefined|NaN)\b/.test(x));
      expect(bad, mode).toEqual([]);
    }
  });
}

test('bug 3: a share link opened in a tab that shows one replaces it, decoded from the defaults', async ({ page }) => {
  const A = link({ mode: 'teacher', lang: 'zh-CN', jur: 'CN-YN', asOf: '2024-05-01', track: 'practical', title: 'grade2Instructor', titleSince: '2021-09-01', teaching: '2016-09-01', probation: 'yes', tedu: 'bachelor', tcert: 'technician.engineering' });
  const B = link({ mode: 'teacher', lang: 'zh-CN', jur: 'CN', asOf: '2024-06-01', track: 'practical', tedu: 'none' });
  await page.goto(A);
  await ready(page);
  await expect(calc(page, '#dt-title-since')).toHaveValue('2021-09-01');
  await select(page, 'dt-title', 'grade2Instructor'); // touched: the page URL follows the state
  await page.evaluate((hash) => (location.hash = hash), B.slice(1));
  await expect(calc(page, '#dt-jur')).toHaveValue('CN');
  await expect(calc(page, '#dt-asof')).toHaveValue('2024-06-01');
  for (const id of ['dt-title', 'dt-title-since', 'dt-teaching-since', 'dt-probation', 'dt-education', 'dt-teacher-cert']) await expect(calc(page, `#${id}`), id).toHaveValue('');
  await expect(headline(page)).not.toHaveClass(/dt-headline-loading/);
  const url = decodeURIComponent(page.url());
  for (const leftover of ['titleSince', 'teaching=', 'probation', 'bachelor', 'technician']) expect(url).not.toContain(leftover);
});

test('bug 5: a share link with 5,000 certificates and 3,000 awards is cut to what the form offers, at once', async ({ page }) => {
  const certs = Array.from({ length: 5000 }, () => 'cert=technician.engineering').join('&');
  const awards = Array.from({ length: 3000 }, () => 'award=nationalClass1.8...1').join('&');
  const t0 = Date.now();
  await page.goto(`${SUPERSESSION('zh-CN')}&${certs}&${awards}`);
  await ready(page);
  const ms = Date.now() - t0;
  expect(ms, 'loaded and answered').toBeLessThan(5000);
  await expect(calc(page, '[id^="dt-cert-"][id$="-level"]')).toHaveCount(20);
  await expect(calc(page, '[id^="dt-award-"][id$="-comp"]')).toHaveCount(20);
  await expect(calc(page, '#dt-add-cert')).toBeDisabled();
  await expect(calc(page, '#dt-add-award')).toBeDisabled();
  // The form answers at once, and the link it writes is as short.
  const t1 = Date.now();
  await select(page, 'dt-class', 'senior');
  await expect(card(page, 'professionalTitle').locator('.dt-level')).toHaveText('大专');
  expect(Date.now() - t1).toBeLessThan(2000);
  expect((page.url().match(/cert=/g) ?? []).length).toBe(20);
});

test('bug 6: the demo site’s English link keeps the Yunnan rules', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('.top-links a[lang="en"]').click();
  await ready(page);
  await expect(page).toHaveURL(/embed\.html\?lang=en&jurisdiction=CN-YN/);
  await expect(page.locator('dengtong-calculator')).toHaveAttribute('lang', 'en');
  await expect(calc(page, '#dt-jur')).toHaveValue('CN-YN');
  await expect(calc(page, '#dt-h-eq')).toBeVisible();
});

test('bug 7: the recruiter mode is named Recruiter in English', async ({ page }) => {
  await page.goto('/embed.html?lang=en');
  await ready(page);
  await expect(calc(page, 'label[for="dt-mode-recruiter"]')).toHaveText('Recruiter');
});

/** Contrast ratio of two CSS colours "rgb(r, g, b)". */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const scheme of ['light', 'dark']) {
  test(`bug 7: the focus ring of the selected mode button stands out from its fill (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await ready(page);
    await calc(page, '#dt-mode-graduate').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(calc(page, '#dt-mode-graduate')).toBeFocused();
    const { ring, fill, style } = await calc(page, 'label[for="dt-mode-graduate"]').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { ring: cs.outlineColor, fill: cs.backgroundColor, style: cs.outlineStyle };
    });
    expect(style).toBe('solid');
    expect(contrast(ring, fill), `${ring} on ${fill}`).toBeGreaterThanOrEqual(3);
  });
}

for (const lang of ['zh-CN', 'en']) {
  test(`bug 7: dates never wrap mid-token on a phone (${lang}, 360px)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(SUPERSESSION(lang, '2021-10-22'));
    await ready(page);
    await expect(page.locator('dengtong-calculator[data-complete]')).toBeAttached({ timeout: 15_000 });
    await page.locator('dengtong-calculator details').evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
    const broken = await page.evaluate((en) => {
      const root = document.querySelector('dengtong-calculator').shadowRoot;
      const date = en ? /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/ : /\d{4}年\d{1,2}月\d{1,2}日/;
      const bad = [];
      const w = document.createTreeWalker(root.querySelector('.dt'), NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const el = n.parentElement;
        if (!date.test(n.textContent) || el.closest('option, .dt-statement, .dt-answerbar')) continue;
        if (!el.closest('.dt-nowrap, time')) bad.push(`not kept together: ${n.textContent.slice(0, 60)}`);
      }
      for (const el of root.querySelectorAll('.dt-nowrap, time')) {
        if (el.closest('.dt-statement, .dt-answerbar')) continue;
        const rects = el.getClientRects().length;
        if (rects > 1) bad.push(`wrapped: ${el.textContent}`);
      }
      return bad;
    }, lang === 'en');
    expect(broken).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('bug 7: the iframe embed is as tall as its content (postMessage + embed.js)', async ({ page }) => {
  await page.goto('/embed-guide.html');
  const frame = page.locator('iframe.demo-frame');
  await frame.scrollIntoViewIfNeeded();
  const inner = page.frameLocator('iframe.demo-frame');
  await expect(inner.locator('dengtong-calculator .dt-headline:not(.dt-headline-loading)')).toBeVisible({ timeout: 15_000 });
  const fits = async () => {
    const h = Number(await frame.getAttribute('height'));
    const content = await inner.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    return Math.abs(h - content) <= 2 && h > 900 ? h : 0;
  };
  await expect.poll(fits, { timeout: 10_000 }).toBeGreaterThan(0);
  const before = Number(await frame.getAttribute('height'));
  // The content changes (another mode): the frame follows.
  await inner.locator('dengtong-calculator label[for="dt-mode-teacher"]').click();
  await expect.poll(async () => Number(await frame.getAttribute('height')), { timeout: 10_000 }).not.toBe(before);
  await expect.poll(fits, { timeout: 10_000 }).toBeGreaterThan(0);
  // No scrolling inside the frame.
  const scroll = await inner.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(scroll).toBeLessThanOrEqual(1);
});

const BATCH = (lang) => link({ mode: 'recruiter', lang, view: 'batch', jur: 'CN-YN', asOf: '2024-05-01', employer: 'publicInstitution', post: 'professional', req: 'bachelor', skill: '0' });
async function openBatch(page, lang) {
  await page.goto(BATCH(lang));
  await expect(calc(page, '#dt-batch-file')).toBeAttached({ timeout: 15_000 });
}
const file = (name, buffer) => ({ name, mimeType: 'text/csv', buffer });

for (const lang of ['zh-CN', 'en']) {
  test(`bug 8 (${lang}): a UTF-16 file is refused in the page's language`, async ({ page }) => {
    await openBatch(page, lang);
    const text = '姓名,院校类型,毕业时间\r\n张三,技师学院,2023-07-01\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await calc(page, '#dt-batch-file').setInputFiles(file('applicants-utf16.csv', utf16));
    const detail = calc(page, '.dt-batch-error-detail');
    await expect(detail).toContainText('UTF-16');
    if (lang === 'zh-CN') {
      await expect(detail).toContainText('另存为');
      expect(await detail.textContent()).not.toMatch(/save it as/);
    } else await expect(detail).toContainText('Save it as');
  });

  test(`bug 8 (${lang}): a header-only file says what is missing`, async ({ page }) => {
    await openBatch(page, lang);
    await calc(page, '#dt-batch-file').setInputFiles(file('header-only.csv', Buffer.from('姓名,院校类型,毕业时间\r\n', 'utf8')));
    const hint = calc(page, '.dt-batch-headeronly');
    await expect(hint).toBeVisible({ timeout: 15_000 });
    await expect(hint).toContainText(lang === 'en' ? 'no applicants' : '没有应聘者');
    await expect(calc(page, '.dt-status')).toContainText(lang === 'en' ? 'no applicants' : '没有应聘者');
  });
}

for (const width of [360, 1280]) {
  test(`bug 8: a 1,000-character name does not blow up its row (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openBatch(page, 'zh-CN');
    const name = '王'.repeat(500) + 'Wang'.repeat(125);
    const csv = `姓名,院校类型,班级,毕业时间\r\n${name},技师学院,预备技师班,2023-07-01\r\n李四,技师学院,高级工班,2023-07-01\r\n`;
    await calc(page, '#dt-batch-file').setInputFiles(file('long-name.csv', Buffer.from(csv, 'utf8')));
    await expect(calc(page, '.dt-count-all .dt-count-n')).toHaveText('2', { timeout: 15_000 });
    const row = calc(page, '#dt-batch-table tr[data-row="2"]');
    const h = await row.evaluate((el) => el.getBoundingClientRect().height);
    expect(h).toBeLessThanOrEqual(width < 600 ? 320 : 140);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The full name is in the applicant's report.
    await calc(page, '#dt-batch-view-2').click();
    await expect(calc(page, '#dt-batch-detail-h')).toContainText('王王王');
    await page.screenshot({ path: join(ARTIFACTS, `batch-long-name-${width}.png`) });
  });
}

test('old share links (#dt=1&…, "~" between parts) keep working', async ({ page }) => {
  await page.goto(
    '/#dt=1&lang=zh-CN&mode=recruiter&jur=CN-YN&asOf=2024-05-01&school=technicianCollege&class=preparatoryTechnician&study=fullTime&grad=2023-07-01&cert=technician~engineering&award=nationalClass1~8~~~1&honour=nationalTechnicalExpert&employer=publicInstitution&post=professional&req=bachelor&skill=0',
  );
  await ready(page);
  await expect(calc(page, '#dt-cert-0-level')).toHaveValue('technician');
  await expect(calc(page, '#dt-cert-0-field')).toHaveValue('engineering');
  await expect(calc(page, '#dt-award-0-comp')).toHaveValue('nationalClass1');
  await expect(calc(page, '#dt-award-0-rank')).toHaveValue('8');
  await expect(calc(page, '#dt-honour-nationalTechnicalExpert')).toBeChecked();
  await expect(calc(page, '#dt-reqedu')).toHaveValue('bachelor');
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.mayApply');
  const req = await shownRequest(page);
  expect(req.graduate).toMatchObject({ classType: 'preparatoryTechnician', certificates: [{ level: 'technician', field: 'engineering' }], awards: [{ competition: 'nationalClass1', rank: 8, teamSize: 1 }], honours: ['nationalTechnicalExpert'] });
  expect(req.post).toMatchObject({ employer: 'publicInstitution', postType: 'professional', requiredEducation: 'bachelor' });
});
