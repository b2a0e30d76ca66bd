// `centre plan import` end to end: a Word plan into a workspace, then validated
// and built again; never a file overwritten; hostile and wrong files each
// refused with one clear line and exit code 1.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfExampleWorkspace, repoRoot, runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { typeset } from '../../src/text/typography.js';
import { convertToPdf, normaliseText, pdfToText, soffice } from '../helpers/libreoffice.js';

const hostile = path.join(repoRoot, 'test', 'fixtures', 'import', 'hostile');
const layouts = path.join(repoRoot, 'test', 'fixtures', 'import');
const russian = { LANG: 'ru_RU.UTF-8' };

/** A fresh workspace with the DOCX of the shipped regional plan in it. */
async function workspaceWithDocx(): Promise<{ dir: string; docx: string }> {
  const dir = copyOfExampleWorkspace();
  const built = await runCli(['plan', 'build', 'plans/2023-2024-regional-plan.yaml', '-o', 'incoming/regional.docx'], { cwd: dir });
  expect(built.code).toBe(0);
  return { dir, docx: path.join(dir, 'incoming', 'regional.docx') };
}

describe('centre plan import', () => {
  it('imports a Word plan into plans/, which validates and builds into a document with the same text in LibreOffice', async () => {
    const { dir, docx } = await workspaceWithDocx();
    const result = await runCli(['plan', 'import', 'incoming/regional.docx'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`imported incoming/regional.docx → ${path.join('plans', 'regional.yaml')} (5 section(s), 17 item(s), 3 approval block(s))\n`);
    const yaml = readFileSync(path.join(dir, 'plans', 'regional.yaml'), 'utf8');
    expect(yaml.split('\n').slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=./schemas/plan.schema.json',
      '# Imported from regional.docx by «centre plan import»; check the notes below, then run «centre validate».',
    ]);
    expect(Object.keys(parse(yaml) as object)).toEqual(['kind', 'title', 'academicYear', 'approvals', 'sections']);
    // long texts fold, texts of several lines keep them, short ones stay on their key's line
    expect(yaml).toContain('    position: |-\n      Первый заместитель министра образования\n      Оренбургской области\n');
    expect(yaml).toMatch(/\n {6}- id: 1\n {8}activity: >-\n {10}Научно-методическое консультирование работы муниципальных центров поддержки и\n/);
    expect(yaml).toContain('        timing: в течение всего периода\n');

    expect((await runCli(['validate', 'plans/regional.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['plan', 'build', 'plans/regional.yaml', '-o', 'out/rebuilt.docx'], { cwd: dir })).code).toBe(0);
    const [original, rebuilt] = convertToPdf([docx, path.join(dir, 'out', 'rebuilt.docx')]);
    expect(normaliseText(await pdfToText(rebuilt!))).toBe(normaliseText(await pdfToText(original!)));
  });

  it('feeds the calendar: the imported timings are read', async () => {
    const { dir } = await workspaceWithDocx();
    await runCli(['plan', 'import', 'incoming/regional.docx', '-o', 'imported/'], { cwd: dir });
    // the editors' schema is the workspace's, seen from where the file went
    expect(readFileSync(path.join(dir, 'imported', 'regional.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/plans\/schemas\/plan\.schema\.json\n/,
    );
    const calendar = await runCli(['calendar', 'imported/', '--from', '2023-09-01', '--to', '2024-06-30', '--format', 'json'], { cwd: dir });
    const original = await runCli(['calendar', 'plans/2023-2024-regional-plan.yaml', '--from', '2023-09-01', '--to', '2024-06-30', '--format', 'json'], {
      cwd: dir,
    });
    // titles as the document prints them: the import reads the typeset text
    const dates = (output: string) => (JSON.parse(output) as { date: string; title: string }[]).map((entry) => `${entry.date} ${typeset(entry.title)}`);
    expect(dates(calendar.stdout).length).toBeGreaterThan(10);
    expect(dates(calendar.stdout)).toEqual(dates(original.stdout));
  });

  it('never overwrites: a taken name gets «-2», and an -o file that exists is refused', async () => {
    const { dir } = await workspaceWithDocx();
    await runCli(['plan', 'import', 'incoming/regional.docx'], { cwd: dir });
    const again = await runCli(['plan', 'import', 'incoming/regional.docx'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(`${path.join('plans', 'regional.yaml')} already exists and is kept; the plan went to ${path.join('plans', 'regional-2.yaml')}\n`);
    const before = readFileSync(path.join(dir, 'plans', '2023-2024-regional-plan.yaml'), 'utf8');
    const refused = await runCli(['plan', 'import', 'incoming/regional.docx', '-o', 'plans/2023-2024-regional-plan.yaml'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('plans/2023-2024-regional-plan.yaml already exists; import never overwrites a file');
    expect(readFileSync(path.join(dir, 'plans', '2023-2024-regional-plan.yaml'), 'utf8')).toBe(before);
  });

  it('keeps every item of the pages a school writes, through the built command in both locales: the last line above a signature, a sub-number typed twice', () => {
    const dir = temporaryDir();
    writeFileSync(
      path.join(dir, 'paragraphs.html'),
      '<html><body><p>План работы ШМО классных руководителей на 2025-2026 учебный год</p><p><br></p><p><b>Раздел IV. Работа с родителями</b></p>' +
        '<p>Родительский лекторий.</p><p>Консультации для родителей по запросу.</p><p>Руководитель ШМО ___ Т.А. Иванова</p></body></html>',
    );
    writeFileSync(
      path.join(dir, 'table.html'),
      '<html><body><p>План работы на 2025-2026 учебный год</p><table border="1"><tr><td>№</td><td>Мероприятие</td><td>Сроки</td><td>Ответственные</td></tr>' +
        '<tr><td>1.2</td><td>1.2. Семинар классных руководителей</td><td>октябрь</td><td>Т.А. Иванова</td></tr></table></body></html>',
    );
    for (const env of [{}, russian]) {
      const out = `out-${Object.keys(env).length}`;
      for (const name of ['paragraphs', 'table']) expect(spawnCli(['plan', 'import', `${name}.html`, '-o', `${out}/`], { cwd: dir, env }).code).toBe(0);
      const paragraphs = readFileSync(path.join(dir, out, 'paragraphs.yaml'), 'utf8');
      expect(paragraphs).toContain('title: Работа с родителями\n');
      expect(paragraphs).toContain('activity: Консультации для родителей по запросу.');
      expect(paragraphs).toMatch(/position: Руководитель ШМО\n\s+name: Т\.А\. Иванова/);
      const table = readFileSync(path.join(dir, out, 'table.yaml'), 'utf8');
      expect(table).toContain('activity: Семинар классных руководителей');
      expect(table).not.toContain('1.2. Семинар');
      expect(spawnCli(['validate', `${out}/`], { cwd: dir, env }).code).toBe(0);
    }
  });

  it('lists what it could not place, on the terminal and as comments in the YAML', async () => {
    const dir = temporaryDir();
    const page = path.join(dir, 'plan.html');
    const html = readFileSync(path.join(layouts, 'two-tables.html'), 'utf8')
      .replace('<p>УТВЕРЖДЁН</p>', '<p>Рассылается по школам района</p><p><br></p><p>УТВЕРЖДЁН</p>')
      .replace('<td>до 1 февраля</td>', '<td>после праздников</td>');
    writeFileSync(page, html);
    const result = await runCli(['plan', 'import', 'plan.html', '-o', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      [
        'plan.html: paragraph 1: text outside the plan: «Рассылается по школам района»',
        'plan.html: table 1, row 4, column «Дата»: the timing «после праздников» cannot be read as dates; the calendar will skip it (see «centre when»)',
        '',
      ].join('\n'),
    );
    const yaml = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    expect(yaml).toContain('#   paragraph 1: text outside the plan: «Рассылается по школам района»\n');
    expect(yaml).toMatch(
      /# table 1, row 4, column «Дата»: the timing «после праздников» cannot be read as dates[^\n]*\n\s+- id: \d+\n\s+activity: Оформление стенда/,
    );
  });

  it('reads ODT and DOC through LibreOffice, and says which package to install when it is missing', async () => {
    const dir = temporaryDir();
    copyFileSync(path.join(layouts, 'school-plan.html'), path.join(dir, 'school-plan.html'));
    soffice(['--convert-to', 'odt', '--outdir', dir, path.join(dir, 'school-plan.html')]);
    const result = await runCli(['plan', 'import', 'school-plan.odt', '-o', 'out/'], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(result.code).toBe(0);
    const imported = parse(readFileSync(path.join(dir, 'out', 'school-plan.yaml'), 'utf8')) as unknown;
    expect(imported).toEqual(parse(readFileSync(path.join(layouts, 'school-plan.expected.yaml'), 'utf8')));

    // and an old Word .doc the same way
    soffice(['--convert-to', 'doc:MS Word 97', '--outdir', dir, path.join(dir, 'school-plan.odt')]);
    expect((await runCli(['plan', 'import', 'school-plan.doc', '-o', 'doc/'], { cwd: dir, env: { PATH: process.env.PATH } })).code).toBe(0);
    expect(parse(readFileSync(path.join(dir, 'doc', 'school-plan.yaml'), 'utf8'))).toEqual(imported);

    const missing = await runCli(['plan', 'import', 'school-plan.odt', '-o', 'out/'], { cwd: dir, env: { PATH: '/nonexistent' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('needs LibreOffice, which is not installed; install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)');
  });
});

describe('hostile and wrong files: one clear line each, exit code 1', () => {
  const expected: Record<string, { en: string; ru: string }> = {
    'bomb.docx': { en: 'unpacks to an implausible size (a zip bomb?)', ru: 'распаковывается в неправдоподобный размер (zip-бомба?)' },
    'many-parts.docx': { en: 'holds far more parts than a document', ru: 'намного больше частей, чем в документе' },
    'external-entity.docx': { en: 'declares XML entities (a DOCTYPE), which Word never writes', ru: 'объявлены XML-сущности (DOCTYPE)' },
    'password.docx': { en: 'is password-protected', ru: 'защищён паролем' },
    'damaged.docx': { en: 'is damaged and cannot be read', ru: 'повреждён и не читается' },
    'no-table.docx': { en: 'The document has no table', ru: 'В документе нет таблицы' },
    'no-plan-table.docx': { en: 'None of the 1 table(s) is a plan', ru: 'Ни одна из таблиц (1) не похожа на план' },
    'empty-plan-table.docx': {
      en: 'Table 1 heads a plan, but no activity is written under its header.',
      ru: 'Таблица 1 озаглавлена как план, но под заголовком нет ни одного мероприятия.',
    },
  };
  let out: string;
  beforeAll(() => {
    out = temporaryDir();
  });

  it('covers every file of the corpus', () => {
    expect(
      readdirSync(hostile)
        .filter((name) => name.endsWith('.docx'))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  for (const [name, messages] of Object.entries(expected)) {
    for (const locale of ['en', 'ru'] as const) {
      it(`${name} (${locale})`, async () => {
        const result = await runCli(['plan', 'import', path.join(hostile, name), '-o', out], { env: locale === 'ru' ? russian : {} });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        const lines = result.stderr.trim().split('\n');
        expect(lines[0]).toContain(messages[locale]);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(path.join(out, name.replace('.docx', '.yaml')))).toBe(false);
      });
    }
  }

  it('guards web pages and workbooks the same way', async () => {
    const deep = path.join(out, 'deep.html');
    writeFileSync(deep, `<table><tr><td>Мероприятие</td><td>Сроки</td></tr></table>${'<div>'.repeat(100_000)}`);
    const page = await runCli(['plan', 'import', deep, '-o', out]);
    expect(page.code).toBe(1);
    expect(page.stderr).toContain('nests its elements deeper than any real page');
    const reports = path.join(repoRoot, 'test', 'fixtures', 'reports');
    const bomb = await runCli(['plan', 'import', path.join(reports, 'bomb.xlsx'), '-o', out]);
    expect(bomb.code).toBe(1);
    expect(bomb.stderr).toContain('unpacks to an implausible size (a zip bomb?)');
    const encrypted = await runCli(['plan', 'import', path.join(reports, 'encrypted.xlsx'), '-o', out]);
    expect(encrypted.stderr).toContain('is password-protected');
  });

  it('names the headings it found when no table is a plan', async () => {
    const result = await runCli(['plan', 'import', path.join(hostile, 'no-plan-table.docx'), '-o', out]);
    expect(result.stderr).toContain('first rows found: «Фамилия», «Телефон»');
  });

  it('imports the documents of a folder: a bad one is named, the others still imported', async () => {
    const folder = temporaryDir();
    copyFileSync(path.join(layouts, 'two-tables.html'), path.join(folder, 'a-plan.html'));
    copyFileSync(path.join(hostile, 'no-table.docx'), path.join(folder, 'b-letter.docx'));
    writeFileSync(path.join(folder, 'notes.txt'), 'не документ');
    const result = await runCli(['plan', 'import', folder, '-o', path.join(folder, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('a-plan.yaml (2 section(s), 4 item(s), 1 approval block(s))');
    expect(result.stderr).toContain('b-letter.docx');
    expect(result.stderr).toContain('The document has no table');
    expect(readdirSync(path.join(folder, 'out'))).toEqual(['a-plan.yaml']);
    const empty = temporaryDir();
    const nothing = await runCli(['plan', 'import', empty]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('The folder holds no document to import');
  });

  it('writes the YAML to standard output with -o -, and no file', async () => {
    const dir = temporaryDir();
    copyFileSync(path.join(layouts, 'school-plan.html'), path.join(dir, 'plan.html'));
    const result = await runCli(['plan', 'import', 'plan.html', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# yaml-language-server: $schema=./schemas/plan.schema.json\n')).toBe(true);
    expect(parse(result.stdout)).toEqual(parse(readFileSync(path.join(layouts, 'school-plan.expected.yaml'), 'utf8')));
    expect(readdirSync(dir)).toEqual(['plan.html']);
  });

  it('takes one input for a .yaml output file (usage error, exit 2)', async () => {
    const result = await runCli(['plan', 'import', 'a.docx', 'b.docx', '-o', path.join(out, 'plan.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('A .yaml output file takes one input; give a folder with -o to import several files.');
  });

  it('refuses a file of another kind, and a missing file', async () => {
    const notes = path.join(out, 'notes.txt');
    writeFileSync(notes, 'План');
    expect((await runCli(['plan', 'import', notes, '-o', out])).stderr).toContain('This kind of file cannot be imported');
    const missing = await runCli(['plan', 'import', path.join(out, 'nothing.docx'), '-o', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file or folder');
  });
});

describe('a plan the rest of the tool accepts, through the built command', () => {
  const untitled = (year: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<table border="1"><tr><th>№</th><th>Мероприятие</th><th>Сроки</th></tr>
<tr><td>1</td><td>Семинар классных руководителей</td><td>октябрь ${year}</td></tr>
<tr><td>2</td><td>Родительское собрание</td><td>последняя среда месяца</td></tr></table></body></html>`;

  it('refuses a plan without a title in one line that says how to give one, in both languages, and writes nothing', () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'план.html'), untitled(''));
    for (const [env, message] of [
      [{}, 'план.html  error: No title was found above the plan table; give it with --title "План работы … на 2025-2026 учебный год".'],
      [russian, 'план.html  ошибка: Над таблицей плана не найден заголовок; укажите его: --title "План работы … на 2025-2026 учебный год".'],
    ] as const) {
      const result = spawnCli(['plan', 'import', 'план.html', '-o', 'plan.yaml'], { cwd: dir, env });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(message);
    }
    expect(readdirSync(dir)).toEqual(['план.html']);
  });

  it('takes the title and the year from the command line, and the year from the file name when the document has none', () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'План_ШМО_2025-2026.html'), untitled(''));
    const named = spawnCli(['plan', 'import', 'План_ШМО_2025-2026.html', '--title', 'План работы ШМО', '-o', 'a.yaml'], { cwd: dir });
    expect(named.code, named.stderr).toBe(0);
    expect(named.stderr).toContain("the academic year 2025-2026 was taken from the file's name");
    const fromName = parse(readFileSync(path.join(dir, 'a.yaml'), 'utf8'));
    expect(fromName).toMatchObject({ title: 'План работы ШМО', academicYear: '2025-2026' });
    expect(fromName.sections[0].items.map((item: { id: unknown }) => item.id)).toEqual([1, 2]);
    expect(fromName.sections[0].items[0]).not.toHaveProperty('responsible');

    const given = spawnCli(['plan', 'import', 'План_ШМО_2025-2026.html', '--title', 'План', '--year', '2024-2025', '-o', 'b.yaml'], { cwd: dir });
    expect(given.code, given.stderr).toBe(0);
    expect(parse(readFileSync(path.join(dir, 'b.yaml'), 'utf8')).academicYear).toBe('2024-2025');

    const wrong = spawnCli(['plan', 'import', 'План_ШМО_2025-2026.html', '--year', '2025'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('«2025» is not an academic year; write it as --year 2025-2026.');

    for (const file of ['a.yaml', 'b.yaml']) {
      const checked = spawnCli(['validate', file], { cwd: dir });
      expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    }
  });

  it('imports every layout of the fixtures into a file that validates and builds', () => {
    const dir = temporaryDir();
    for (const name of readdirSync(layouts).filter((file) => file.endsWith('.html'))) copyFileSync(path.join(layouts, name), path.join(dir, name));
    const imported = spawnCli(['plan', 'import', '.', '-o', 'plans'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const checked = spawnCli(['validate', 'plans'], { cwd: dir });
    expect(checked.stdout + checked.stderr).not.toMatch(/ error: /);
    expect(checked.stdout).toMatch(/^\d+ file\(s\) checked: (no problems|0 error\(s\))/m);
    expect(checked.code).toBe(0);
    const built = spawnCli(['plan', 'build', 'plans', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
  });
});

describe('the column «Отметка о выполнении»', () => {
  it('goes into the plan record that centre done keeps, never over an existing one; the printed plan keeps the column blank', () => {
    const dir = temporaryDir();
    copyFileSync(path.join(layouts, 'done-marks.html'), path.join(dir, 'done-marks.html'));
    const imported = spawnCli(['plan', 'import', 'done-marks.html', '-o', 'plans'], { cwd: dir, env: russian });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('записан plans/done-marks.record.yaml: отметок из столбца «Отметка о выполнении» — 3');
    expect(imported.stderr).toContain('из отметки «см. отчёт» не понятно, проведено ли мероприятие');
    const record = parse(readFileSync(path.join(dir, 'plans', 'done-marks.record.yaml'), 'utf8'));
    expect(record).toEqual({
      kind: 'record',
      plan: 'done-marks.yaml',
      entries: [
        { item: 1, status: 'held', dates: ['2024-10-21'], comment: 'выполнено 21.10.2024' },
        { item: 2, status: 'moved', comment: 'перенесено на декабрь' },
        { item: 3, status: 'held' },
      ],
    });
    const checked = spawnCli(['validate', 'plans'], { cwd: dir });
    expect(checked.code, checked.stdout).toBe(0);
    // the record is the one `centre done` adds to
    const done = spawnCli(['done', 'plans/done-marks.yaml', '4', '--date', '2025-05-20'], { cwd: dir });
    expect(done.code, done.stderr).toBe(0);
    expect(parse(readFileSync(path.join(dir, 'plans', 'done-marks.record.yaml'), 'utf8')).entries).toHaveLength(4);

    // a second import of the same plan writes no record over the first
    const before = readFileSync(path.join(dir, 'plans', 'done-marks.record.yaml'), 'utf8');
    const again = spawnCli(['plan', 'import', 'done-marks.html', '-o', 'plans/done-marks.yaml'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(readFileSync(path.join(dir, 'plans', 'done-marks.record.yaml'), 'utf8')).toBe(before);
  });
});

describe('plan import --update', () => {
  it('imports a newer version over the plan: kept items keep their ids and their record, hand-written keys stay, the old file is kept, the changes are listed', () => {
    const dir = temporaryDir();
    const page = readFileSync(path.join(layouts, 'school-plan.html'), 'utf8');
    writeFileSync(path.join(dir, 'plan.html'), page);
    expect(spawnCli(['plan', 'import', 'plan.html', '-o', 'plans/plan.yaml'], { cwd: dir }).code).toBe(0);
    // the methodist's own additions: the organisation, and a record entry for item 1
    const planFile = path.join(dir, 'plans', 'plan.yaml');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('kind: plan\n', 'kind: plan\norganisation: МБОУ «СОШ № 1»\n'));
    expect(spawnCli(['done', 'plans/plan.yaml', '1', '--date', '2023-09-20'], { cwd: dir }).code).toBe(0);
    const before = readFileSync(planFile, 'utf8');

    const newer = page
      .replace('Составление планов воспитательной работы', 'Составление планов воспитательной работы классов')
      .replace('<td>Консультации для родителей</td><td>по запросу</td>', '<td>Лекторий для родителей</td><td>ноябрь</td>')
      .replace(
        '<tr><td colspan="4"><b>II.',
        '<tr><td>3.</td><td>Семинар «Классный час»</td><td>октябрь</td><td>Руководитель МО</td></tr><tr><td colspan="4"><b>II.',
      );
    writeFileSync(path.join(dir, 'plan-2.html'), newer);
    const updated = spawnCli(['plan', 'import', 'plan-2.html', '-o', 'plans/plan.yaml', '--update'], { cwd: dir });
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toBe(
      [
        'updated plans/plan.yaml: 2 item(s) unchanged, 1 changed, 2 added, 1 removed; the previous version is kept as plans/plan.before-update.yaml',
        '  added: «Семинар «Классный час»»',
        '  added: «Лекторий для родителей»',
        '  changed: «Составление планов воспитательной работы классов»',
        '  removed: «Консультации для родителей» (its entries in the record, if any, now name no item)',
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(dir, 'plans', 'plan.before-update.yaml'), 'utf8')).toBe(before);
    const plan = parse(readFileSync(planFile, 'utf8'));
    expect(plan.organisation).toBe('МБОУ «СОШ № 1»');
    const items = plan.sections.flatMap((section: { items: { id: unknown; activity: string }[] }) => section.items);
    expect(items.map((item: { id: unknown }) => item.id)).toEqual([1, 2, '2.1', 3, '3.1']);
    // the record still names item 1, which is still «Заседание МО»
    expect(items[0].activity).toBe('Заседание МО классных руководителей');
    const checked = spawnCli(['validate', 'plans'], { cwd: dir });
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.stdout).not.toMatch(/«1»/);

    // without --update nothing is written over; --update needs the one file it updates
    expect(spawnCli(['plan', 'import', 'plan-2.html', '-o', 'plans/plan.yaml'], { cwd: dir }).code).toBe(1);
    expect(spawnCli(['plan', 'import', 'plan-2.html', '--update'], { cwd: dir }).code).toBe(2);
  });

  it('never hands a removed item’s id to a new item: the record’s entry for it names no item, and validate says so', () => {
    const dir = temporaryDir();
    const page = readFileSync(path.join(layouts, 'school-plan.html'), 'utf8');
    writeFileSync(path.join(dir, 'plan.html'), page);
    expect(spawnCli(['plan', 'import', 'plan.html', '-o', 'plans/plan.yaml'], { cwd: dir }).code).toBe(0);
    expect(spawnCli(['done', 'plans/plan.yaml', '4', '--date', '2023-10-20'], { cwd: dir }).code).toBe(0);
    // the newer version drops «Консультации» (item 4) and puts a new item at the top
    const newer = page
      .replace('<tr><td>4.</td><td>Консультации для родителей</td><td>по запросу</td><td>Педагог-психолог</td></tr>', '')
      .replace(
        '<tr><td colspan="4"><b>I.',
        '<tr><td>1.</td><td>Конкурс чтецов «Живая классика»</td><td>март</td><td>Руководитель МО</td></tr><tr><td colspan="4"><b>I.',
      );
    writeFileSync(path.join(dir, 'plan-2.html'), newer);
    const updated = spawnCli(['plan', 'import', 'plan-2.html', '-o', 'plans/plan.yaml', '--update'], { cwd: dir });
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toContain('removed: «Консультации для родителей»');
    const items = parse(readFileSync(path.join(dir, 'plans', 'plan.yaml'), 'utf8')).sections.flatMap((section: { items: { id: unknown }[] }) => section.items);
    expect(items.map((item: { id: unknown }) => String(item.id))).toEqual(['5', '1', '2', '3']);
    const checked = spawnCli(['validate', 'plans'], { cwd: dir });
    expect(checked.stdout + checked.stderr).toContain('No item of plans/plan.yaml has the id or number «4»');
  });

  it('refuses to update a plan that has errors, and changes nothing', () => {
    const dir = temporaryDir();
    copyFileSync(path.join(layouts, 'school-plan.html'), path.join(dir, 'plan.html'));
    writeFileSync(path.join(dir, 'plan.yaml'), 'kind: plan\ntitle: План\nsections: 5\n');
    const result = spawnCli(['plan', 'import', 'plan.html', '-o', 'plan.yaml', '--update'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plan.yaml has errors; fix them (centre validate) before importing a newer version over it.');
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe('kind: plan\ntitle: План\nsections: 5\n');
    expect(readdirSync(dir).sort()).toEqual(['plan.html', 'plan.yaml']);
  });
});

describe('a plan on a saved school-site page', () => {
  it('is imported from inside the site’s layout tables by the built command, and validates', () => {
    const dir = temporaryDir();
    copyFileSync(path.join(layouts, 'pages', 'school-site.html'), path.join(dir, 'page.html'));
    const imported = spawnCli(['plan', 'import', 'page.html', '-o', 'plans'], { cwd: dir, env: russian });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('мероприятий: 3');
    expect(imported.stderr).toContain('«Главная»');
    expect(parse(readFileSync(path.join(dir, 'plans', 'page.yaml'), 'utf8')).title).toBe('План работы ШМО классных руководителей');
    expect(spawnCli(['validate', 'plans'], { cwd: dir }).code).toBe(0);
  });

  it('finds the plan on pages of Госweb, uCoz, Wix, Tilda and WordPress sites through the built command, and each validates', () => {
    const dir = temporaryDir();
    const names = ['gosweb', 'ucoz', 'wix', 'tilda', 'wordpress'];
    for (const name of names) copyFileSync(path.join(layouts, 'pages', `${name}.html`), path.join(dir, `${name}.html`));
    const imported = spawnCli(['plan', 'import', ...names.map((name) => `${name}.html`), '-o', 'plans'], { cwd: dir, env: russian });
    expect(imported.code, imported.stderr).toBe(0);
    for (const name of names) {
      expect(parse(readFileSync(path.join(dir, 'plans', `${name}.yaml`), 'utf8'))).toEqual(
        parse(readFileSync(path.join(layouts, 'pages', `${name}.expected.yaml`), 'utf8')),
      );
    }
    expect(imported.stderr).not.toContain('Версия для слабовидящих');
    expect(spawnCli(['validate', 'plans'], { cwd: dir }).code).toBe(0);
  });
});

describe('a plan typed as lines with columns aligned by tabs, no table', () => {
  it('comes across from a Word file (saved by LibreOffice) through the built command, in Russian and in the C locale, and validates', () => {
    const dir = temporaryDir();
    soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, path.join(layouts, 'tabbed-plan.fodt')]);
    const expected = [
      { id: 1, activity: 'Заседание МО', timing: 'сентябрь', responsible: ['Руководитель МО'] },
      { id: 2, activity: 'Консультации для классных руководителей', timing: 'по запросу' },
      { id: 3, activity: 'Родительское собрание', timing: '27 ноября 2025 г.', responsible: ['Классные руководители'] },
    ];
    for (const [env, said, out] of [
      [russian, 'перенесён tabbed-plan.docx → plans/ru.yaml (разделов: 2, мероприятий: 3', 'plans/ru.yaml'],
      [{ LANG: 'C' }, 'imported tabbed-plan.docx → plans/c.yaml (2 section(s), 3 item(s)', 'plans/c.yaml'],
    ] as const) {
      const imported = spawnCli(['plan', 'import', 'tabbed-plan.docx', '-o', out], { cwd: dir, env });
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toContain(said);
      const plan = parse(readFileSync(path.join(dir, out), 'utf8'));
      expect(plan.sections.map((section: { title: string }) => section.title)).toEqual(['Организационная работа', 'Работа с родителями']);
      expect(plan.sections.flatMap((section: { items: unknown[] }) => section.items)).toEqual(expected);
    }
    const checked = spawnCli(['validate', 'plans'], { cwd: dir });
    expect(checked.code, checked.stdout).toBe(0);
  });
});
