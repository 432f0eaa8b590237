// Teacher mode asks what decides the answer (issue 10): the teacher's
// highest education and skill certificate are in the teacher's own
// fieldset, nothing is silently assumed, the answer says what is met and
// what is missing, dates are in words, and no API field name is shown.
import { test, expect, ready, headline, select, setDate, link, wordsOnly, axe } from './fixtures.mjs';

const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
const TEACHER = (lang, extra = {}) =>
  link({ mode: 'teacher', lang, jur: 'CN-YN', asOf: '2024-09-02', track: 'practical', title: 'grade2Instructor', titleSince: '2021-09-01', teaching: '2016-09-01', probation: 'yes', ...extra });

for (const lang of ['zh-CN', 'en']) {
  for (const width of [360, 1280]) {
    test(`teacher (${lang}, ${width}px): education and certificate in the teacher's fieldset, met and missing, dates in words`, async ({ page, watch }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(TEACHER(lang));
      await ready(page);
      // One fieldset holds the ladder facts, the education and the certificate; no graduate's school.
      const fs = calc(page, '#dt-track').locator('xpath=ancestor::fieldset[1]');
      for (const id of ['dt-title', 'dt-title-since', 'dt-teaching-since', 'dt-probation', 'dt-education', 'dt-teacher-cert']) await expect(fs.locator(`#${id}`)).toHaveCount(1);
      await expect(calc(page, '#dt-school')).toHaveCount(0);
      await expect(calc(page, '#dt-add-cert')).toHaveCount(0);
      // Nothing assumed: no education stated → the answer says it is needed, and where.
      await expect(calc(page, '#dt-education')).toHaveValue('');
      await expect(calc(page, '.dt-summary > li').filter({ hasText: lang === 'en' ? 'highest education' : '最高学历' })).toHaveCount(1);
      // Where a rung turns on it, the answer asks for it and leads to the field.
      await select(page, 'dt-track', 'theory');
      await expect(headline(page)).toContainText(lang === 'en' ? 'still needed — Highest education' : '还需填写最高学历');
      const missing = calc(page, '.dt-rung[data-title="assistantLecturer"] .dt-missing');
      await expect(missing).toContainText(lang === 'en' ? 'Highest education' : '最高学历');
      await missing.locator('button').click();
      await expect(calc(page, '#dt-education')).toBeFocused();
      await select(page, 'dt-track', 'practical');
      await select(page, 'dt-title', 'grade2Instructor');
      expect(await wordsOnly(page)).toEqual([]);

      // A 预备技师班 graduate with a 高级工 certificate: the years are served, the certificate is missing.
      await select(page, 'dt-education', 'class.preparatoryTechnician');
      await setDate(page, 'dt-teacher-grad', '2016-07-01');
      await select(page, 'dt-teacher-cert', 'senior');
      if (lang === 'en') {
        await expect(headline(page)).toHaveText(/^Not yet for Grade-1 instructor \(一级实习指导教师\): still needed — obtain a certificate at technician/);
      } else {
        await expect(headline(page)).toHaveText('暂不能申报一级实习指导教师：还须取得相关职业（工种）技师及以上证书');
      }
      const lines = calc(page, '.dt-summary > li');
      await expect(lines.filter({ hasText: lang === 'en' ? '1 September 2024' : '2024年9月1日' })).toHaveCount(1);
      await expect(lines.filter({ hasText: lang === 'en' ? 'does not meet it' : '不符合' })).toHaveCount(1);
      expect(await wordsOnly(page)).toEqual([]);
      // With the certificate: may apply now.
      await select(page, 'dt-teacher-cert', 'technician');
      await expect(headline(page)).toHaveText(lang === 'en' ? 'You may apply for Grade-1 instructor (一级实习指导教师) now' : '现在可以申报一级实习指导教师');
      // A stated level instead of a class.
      await select(page, 'dt-education', 'bachelor');
      await expect(calc(page, '#dt-teacher-grad')).toHaveCount(0);
      await expect(headline(page)).toHaveText(lang === 'en' ? 'You may apply for Grade-1 instructor (一级实习指导教师) now' : '现在可以申报一级实习指导教师');
      // Before the years are served: the date in words.
      await setDate(page, 'dt-asof', '2024-05-01');
      await expect(headline(page)).toHaveText(lang === 'en' ? 'You may apply for Grade-1 instructor (一级实习指导教师) from 1 September 2024' : '2024年9月1日起可申报一级实习指导教师');
      expect(await wordsOnly(page)).toEqual([]);
      if (width === 1280) expect(await axe(page, watch)).toEqual([]);
    });
  }
}

test('teacher: a 技工院校 class needs its graduation date, said as such', async ({ page }) => {
  await page.goto(TEACHER('zh-CN', { tedu: 'class.senior' }));
  await expect(headline(page)).toHaveText('请填写毕业日期');
  await expect(calc(page, '#dt-teacher-grad')).toHaveAttribute('aria-invalid', 'true');
  await setDate(page, 'dt-teacher-grad', '2015-07-01');
  await expect(headline(page)).not.toHaveText('请填写毕业日期');
  await expect(calc(page, '#dt-teacher-grad')).not.toHaveAttribute('aria-invalid', 'true');
});

test('teacher: a share link of the earlier widget keeps its meaning (class, date and certificates of the graduate fields)', async ({ page }) => {
  await page.goto(
    '/#dt=1&mode=teacher&lang=zh-CN&jur=CN-YN&asOf=2024-05-01&school=technicianCollege&class=preparatoryTechnician&study=fullTime&grad=2016-07-01&cert=senior~engineering&cert=technician~&track=practical&title=grade2Instructor&titleSince=2021-09-01&teaching=2016-09-01&probation=yes',
  );
  await ready(page);
  await expect(calc(page, '#dt-education')).toHaveValue('class.preparatoryTechnician');
  await expect(calc(page, '#dt-teacher-grad')).toHaveValue('2016-07-01');
  await expect(calc(page, '#dt-teacher-cert')).toHaveValue('technician');
  await expect(headline(page)).toHaveText('2024年9月1日起可申报一级实习指导教师');
  // The link is rewritten in the new form only once something is changed; it then round-trips.
  await select(page, 'dt-probation', 'yes');
  const url = page.url();
  expect(url).toContain('tedu=class.preparatoryTechnician');
  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
  await expect(headline(page)).toHaveText('2024年9月1日起可申报一级实习指导教师');
});
