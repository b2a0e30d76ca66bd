// centre site build end to end (in-process): what it writes and where, what it
// refuses, what it publishes and what it never does.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/site/links.js';
import { renderMarkdown } from '../../src/site/markdown.js';
import { runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { normaliseText, pdfToText, standInSoffice } from '../helpers/libreoffice.js';
import { besidesShippedWarnings } from '../helpers/shipped.js';
import { buildSiteOf, exampleSiteWorkspace, listFiles, testToday } from './helpers.js';

// No-break spaces (typography) read as spaces.
const read = (out: string, name: string) => readFileSync(path.join(out, name), 'utf8').replace(/\u00a0/g, ' ');

describe('centre site build', () => {
  it('writes the section of the example workspace and says where', async () => {
    const { out, code, stdout, stderr } = await buildSiteOf(exampleSiteWorkspace());
    expect(code, stderr).toBe(0);
    expect(besidesShippedWarnings(stderr)).toBe('');
    expect(stdout).toMatch(/^wrote \d+ file\(s\) to .* \(\d+ page\(s\)\); open .*index\.html\n$/);
    const files = listFiles(out);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'style.css', 'contrast.css', 'files/calendar.ics', 'files/2023-2024-regional-plan.docx', '.centre-site.json']),
    );
    expect(findBrokenLinks(new Map(files.map((name) => [name, name.endsWith('.html') ? read(out, name) : new Uint8Array()])))).toEqual([]);
    const about = read(out, 'index.html');
    expect(about).toContain('<html lang="ru">');
    expect(about).toContain('Приказ от 1 сентября 2020 г. № 383 «О создании муниципального центра');
    const order = read(out, 'documents/2020-gai-order-383.html');
    expect(order).toContain('<span class="clause-number">3.4.</span>');
    expect(order).toContain('Приложение 1 к приказу № 383 от 01.09.2020');
    expect(order).toMatch(/href="\.\.\/files\/documents\/2020-gai-order-383\.docx" download>DOCX \(\d+ КБ\)/);
    expect(readFileSync(path.join(out, 'files/documents/2020-gai-order-383.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(read(out, 'documents/asekeevka-regulation.html')).toContain('УТВЕРЖДАЮ');
    const fragment = read(out, 'documents/2020-gai-order-383.fragment.html');
    expect(fragment).not.toMatch(/<html|<head|<nav|<link/);
    // pasted into a CMS page: its own styles under its wrapper, no h1 (the CMS page has the title), the same text
    expect(fragment).toMatch(/^<div class="centre-fragment">\n<style>[^<]+<\/style>\n/);
    expect(fragment).not.toContain('<h1');
    const text = (page: string) =>
      page
        .replace(/<style>[^<]*<\/style>|<h1>[\s\S]*?<\/h1>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    expect(text(order)).toContain(text(fragment).trim());
  });

  it('leaves the practices marked example: true out, saying so for each, and publishes them marked with --examples', async () => {
    const workspace = exampleSiteWorkspace({ examples: true });
    const without = await buildSiteOf(workspace);
    expect(without.code, without.stderr).toBe(0);
    expect(without.stderr.match(/^plans\/practices\/example-[\w-]+\.yaml +warning: This is an example/gm)).toHaveLength(3);
    expect(read(without.out, 'practices/index.html')).toContain('Опубликованных практик пока нет.');
    expect(listFiles(without.out).filter((name) => name.startsWith('files/practices/'))).toEqual([]);
    const { out, code, stderr } = await buildSiteOf(workspace, ['--examples']);
    expect(code, stderr).toBe(0);
    expect(read(out, 'practices/example-parents-club.html')).toContain('Учебный пример');
    expect(read(out, 'practices/index.html')).toContain('(пример)');
  });

  it('publishes only published practices, each with its page, per topic and per school', async () => {
    const { out } = await buildSiteOf(exampleSiteWorkspace());
    const index = read(out, 'practices/index.html');
    expect(index).toContain('Родительский клуб «Семейная гостиная»');
    expect(index).not.toContain('дебатов'); // status: submitted
    expect(listFiles(out).filter((name) => name.startsWith('practices/topic/') && !name.includes('fragment'))).toEqual([
      'practices/topic/proforientatsiya.html',
      'practices/topic/rabota-s-roditelyami.html',
    ]);
    const practice = read(out, 'practices/example-parents-club.html');
    expect(practice).not.toContain('Учебный пример');
    expect(practice).toContain('href="../files/practices/example-parents-club/semeynaya-gostinaya.pdf"');
    expect(readFileSync(path.join(out, 'files/practices/example-parents-club/semeynaya-gostinaya.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a coordinator field only when the registry marks it public', async () => {
    const workspace = exampleSiteWorkspace();
    const registryFile = path.join(workspace, 'plans', 'registry.yaml');
    writeFileSync(registryFile, readFileSync(registryFile, 'utf8').replace(/^public: .*$/m, '')); // nothing marked public
    let { out } = await buildSiteOf(workspace);
    let page = read(out, 'coordinators.html');
    expect(page).toContain('Гайский городской округ');
    expect(page).toContain('МБОУ «СОШ № 6»');
    expect(page).not.toMatch(/Тиньгаева|@|\+7/);
    const registry = readFileSync(registryFile, 'utf8')
      .replace('region: Оренбургская область', 'region: Оренбургская область\npublic: [name, position]')
      .replace('name: С.Г. Тиньгаева', 'name: С.Г. Тиньгаева\n      public: [name, email]');
    writeFileSync(registryFile, registry);
    ({ out } = await buildSiteOf(workspace));
    page = read(out, 'coordinators.html');
    expect(page).toContain('С.Г. Тиньгаева');
    expect(page).toContain('mailto:oo@gai.example.ru');
    expect(page).not.toContain('Ведущий специалист'); // her own list leaves the position out
    expect(page).toContain('С.В. Стапинов');
    expect(page).not.toContain('obrazovanie@buzuluk'); // the registry's list has no e-mail
    expect(page).not.toMatch(/\+7|tel:/);
  });

  it('writes a calendar file that ical.js reads, with the events of the plans', async () => {
    const { out } = await buildSiteOf(exampleSiteWorkspace());
    const calendar = new ICAL.Component(ICAL.parse(read(out, 'files/calendar.ics')));
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries.length).toBeGreaterThan(20);
    expect(summaries).toContain('Профориентационный минимум – сегодня, жизненные цели – завтра');
    expect(read(out, 'calendar.html')).toContain('href="files/calendar.ics"');
  });

  it('keeps hostile text inert: workspace text is escaped, Markdown makes no markup or script links', async () => {
    const workspace = exampleSiteWorkspace();
    writeFileSync(
      path.join(workspace, 'plans', 'practices', 'hostile.yaml'),
      [
        'kind: practice',
        'title: "<script>window.pwned = 1</script><img src=x onerror=alert(1)>"',
        'school: "\\"><svg onload=alert(1)>"',
        'author: "\' onmouseover=\'alert(1)"',
        'topic: <b>Тема</b>',
        'year: 2024',
        'description: "</p><script>alert(1)</script>"',
        'status: published',
      ].join('\n'),
    );
    writeFileSync(
      path.join(workspace, 'site', 'hostile.md'),
      '# Страница <script>alert(1)</script>\n\n<script>alert(2)</script>\n\n<img src=x onerror="alert(3)">\n\n[ссылка](javascript:alert(4)) [ещё](JaVaScRiPt&colon;alert(5)) [data](data:text/html,<script>alert(6)</script>) [vb](vbscript:msgbox)\n\n<a href="javascript:alert(7)">a</a>\n',
    );
    const { out, code, stderr } = await buildSiteOf(workspace);
    expect(code, stderr).toBe(0);
    for (const name of listFiles(out).filter((file) => file.endsWith('.html'))) {
      const text = read(out, name);
      expect(text, name).not.toMatch(/<script|<img|<svg|<b>|<[a-z][^>]*\son\w+=|href="\s*(javascript|data|vbscript)/i);
    }
    expect(read(out, 'practices/hostile.html')).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(read(out, 'hostile.html')).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('fails the build on a broken internal link, naming the page and the link', async () => {
    const workspace = exampleSiteWorkspace();
    writeFileSync(
      path.join(workspace, 'site', 'links.md'),
      '# Ссылки\n\n[нет такой](no-such-page.html) и [есть](calendar.html#upcoming) и [якорь](calendar.html#nowhere)\n',
    );
    const out = path.join(temporaryDir(), 'site');
    const result = await runCli(['site', 'build', '-o', out], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/site\/links\.md:3:13 +error: The page links\.html links to «no-such-page\.html», which is not part of the section/);
    expect(result.stderr).toMatch(/site\/links\.md:3:75 +error: .*«calendar\.html#nowhere»/);
    expect(result.stderr).not.toContain('«calendar.html#upcoming»');
    // said once, at the source: not again for the page's fragment and large-type copies
    expect(result.stderr.match(/no-such-page\.html»/g)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing attachment of a published practice at its line, and a page without a title', async () => {
    const workspace = exampleSiteWorkspace();
    rmSync(path.join(workspace, 'plans', 'practices', 'files', 'semeynaya-gostinaya.pdf'));
    writeFileSync(path.join(workspace, 'site', 'untitled.md'), 'Текст без заголовка.\n');
    const result = await runCli(['site', 'build', '-o', path.join(temporaryDir(), 'site')], {
      cwd: workspace,
      env: { CENTRE_TODAY: testToday, LANG: 'ru_RU.UTF-8' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/plans\/practices\/example-parents-club\.yaml:14:11 +ошибка: Приложенного файла «files\/semeynaya-gostinaya\.pdf» нет/);
    expect(result.stderr).toMatch(/site\/untitled\.md:1:1 +ошибка: У страницы нет заголовка/);
  });

  it('never writes over a file it did not write, never into the workspace, and removes its own stale pages', async () => {
    const workspace = exampleSiteWorkspace();
    const out = path.join(temporaryDir(), 'site');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'the school’s own page');
    let result = await runCli(['site', 'build', '-o', out], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('was not written by centre site build; refusing to replace it');
    expect(read(out, 'index.html')).toBe('the school’s own page');
    expect(listFiles(out)).toEqual(['index.html']);

    rmSync(path.join(out, 'index.html'));
    writeFileSync(path.join(out, 'notes.txt'), 'kept');
    expect((await runCli(['site', 'build', '-o', out], { cwd: workspace, env: { CENTRE_TODAY: testToday } })).code).toBe(0);
    expect(read(out, 'notes.txt')).toBe('kept');
    expect(existsSync(path.join(out, 'semeynaya-stranichka.html'))).toBe(true);
    rmSync(path.join(workspace, 'site', 'semeynaya-stranichka.md'));
    expect((await runCli(['site', 'build', '-o', out], { cwd: workspace, env: { CENTRE_TODAY: testToday } })).code).toBe(0);
    expect(existsSync(path.join(out, 'semeynaya-stranichka.html'))).toBe(false);
    expect(read(out, 'notes.txt')).toBe('kept');

    const elsewhere = temporaryDir();
    const linked = path.join(temporaryDir(), 'site');
    mkdirSync(linked);
    symlinkSync(elsewhere, path.join(linked, 'plans'));
    result = await runCli(['site', 'build', '-o', linked], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('outside the output folder');
    expect(listFiles(elsewhere)).toEqual([]);

    for (const target of [workspace, path.join(workspace, 'plans')]) {
      result = await runCli(['site', 'build', '-o', target], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('holds workspace files');
    }
    expect(existsSync(path.join(workspace, 'index.html'))).toBe(false);
  });

  it('refuses an invalid workspace with located errors and writes nothing', async () => {
    const workspace = exampleSiteWorkspace();
    writeFileSync(path.join(workspace, 'plans', 'practices', 'bad.yaml'), 'kind: practice\ntitle: Практика\nstatus: publshed\n');
    const out = path.join(temporaryDir(), 'site');
    const result = await runCli(['site', 'build', '-o', out], { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/practices/bad.yaml:3:9');
    expect(existsSync(out)).toBe(false);
  });
});

describe('practices and the registry', () => {
  it('warns, at the line, about a practice whose school the registry does not know, and still builds', async () => {
    const workspace = exampleSiteWorkspace();
    const file = path.join(workspace, 'plans', 'practices', 'example-career-guidance.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('school: МБОУ «СОШ № 6»', 'school: МБОУ «СОШ №6»'));
    const { code, stderr } = await buildSiteOf(workspace);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /plans\/practices\/example-career-guidance\.yaml:\d+:9 +warning: The registry has no school «МБОУ «СОШ №6»»; did you mean «МБОУ «СОШ № 6»»\?/,
    );
  });
});

describe('centre site build options', () => {
  it("links the calendar for subscription when the section's address is given, and refuses a bad address", async () => {
    const workspace = exampleSiteWorkspace();
    const { out, code } = await buildSiteOf(workspace, ['--url', 'https://school6.example.ru/centre']);
    expect(code).toBe(0);
    expect(read(out, 'calendar.html')).toContain('href="webcal://school6.example.ru/centre/files/calendar.ics"');
    const bad = await runCli(['site', 'build', '--url', 'school6/centre', '-o', path.join(temporaryDir(), 'x')], { cwd: workspace });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('«school6/centre» is not a web address');
  });

  // the office layer has LibreOffice (test/layers.ts): without it this fails, it is not skipped
  it('with --pdf, offers each plan as PDF too, made by LibreOffice, through the installed command in Russian and the C locale', async () => {
    const workspace = exampleSiteWorkspace();
    for (const other of ['2023-2024-regional-plan.yaml', '2020-2021-ponomarevka-cyclogram.yaml']) rmSync(path.join(workspace, 'plans', other));
    for (const LANG of ['ru_RU.UTF-8', 'C']) {
      const out = path.join(temporaryDir('centre-site-'), 'site');
      const result = spawnCli(['site', 'build', '--pdf', '-o', out], { cwd: workspace, env: { LANG, CENTRE_TODAY: testToday } });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      const text = normaliseText(await pdfToText(path.join(out, 'files', '2020-2021-buzuluk-plan.pdf')));
      expect(text).toContain('Центра поддержки и научно-методического сопровождения деятельности классного руководителя');
      expect(read(out, 'plans/2020-2021-buzuluk-plan.html')).toMatch(/href="\.\.\/files\/2020-2021-buzuluk-plan\.pdf" download>PDF \(\d+ КБ\)/);
    }
    // without a PDF (no LibreOffice; one that ends well and writes nothing, as soffice does when it cannot
    // convert): built all the same, the plan offered as DOCX, and the user told why, at the plan
    for (const [LANG, PATH, said] of [
      [
        'ru_RU.UTF-8',
        '/nonexistent',
        'предупреждение: PDF этого плана не сделан (--pdf): не установлен LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui); на его странице — только DOCX.',
      ],
      ['C', standInSoffice('exit 0'), 'warning: No PDF of this plan was made (--pdf): LibreOffice wrote nothing; its page offers the DOCX alone.'],
    ]) {
      const out = path.join(temporaryDir('centre-site-'), 'site');
      const bare = spawnCli(['site', 'build', '--pdf', '-o', out], { cwd: workspace, env: { LANG, CENTRE_TODAY: testToday, PATH } });
      expect(bare.code, bare.stderr).toBe(0);
      expect(bare.stderr).toMatch(/^plans\/2020-2021-buzuluk-plan\.yaml +(предупреждение|warning): /m);
      expect(bare.stderr).toContain(said);
      expect(bare.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(out, 'files', '2020-2021-buzuluk-plan.pdf'))).toBe(false);
      expect(read(out, 'plans/2020-2021-buzuluk-plan.html')).not.toContain('.pdf');
      expect(read(out, 'plans/2020-2021-buzuluk-plan.html')).toContain('2020-2021-buzuluk-plan.docx');
    }
  }, 180_000);
});

describe('Markdown pages', () => {
  it('never turn hostile input into markup, event handlers or script links (fuzzed)', () => {
    const pieces = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[a](javascript:alert(1))',
      '[a](JAVASCRIPT:alert(1))',
      '[a](java\tscript:alert(1))',
      '[a](&#106;avascript:alert(1))',
      '[a](data:text/html;base64,PHNjcmlwdD4=)',
      '![i](javascript:alert(1))',
      '<a href="javascript:x">',
      '`<b>`',
      '<!-- x -->',
      '<svg onload=alert(1)>',
      '[a]: javascript:alert(1)\n\n[a]',
      '<iframe src=x>',
      ' ',
      '\n',
      '# ',
      '> ',
      '- ',
      '**',
      '"',
      "'",
      '&',
      '<',
      '>',
      '(',
      ')',
      '[',
      ']',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const { body } = renderMarkdown(parts.join(''));
        expect(body).not.toMatch(/<(script|img|svg|iframe|b)\b/i);
        for (const [, url] of body.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^(https?:|mailto:|tel:|#|[^:]*$)/i);
        expect(body).not.toMatch(/<[a-z][^>]*\son\w+=/i);
        expect(body).not.toMatch(/<!--/);
      }),
      { numRuns: 500 },
    );
  });

  it('take their title from the first level-1 heading and point .md links at pages', () => {
    const page = renderMarkdown('Введение\n\n# Семейная страничка\n\n[другая](other-page.md#top), [почта](mailto:a@b.ru)\n');
    expect(page.title).toBe('Семейная страничка');
    expect(page.body).toContain('href="other-page.html#top"');
    expect(page.body).toContain('href="mailto:a@b.ru"');
  });
});
