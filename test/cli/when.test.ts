// centre when for many phrases (--file, --format jsonl), ignored words said out loud, and validate's
// caret under the words of a timing it could not read.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, temporaryDir } from '../helpers/cli.js';

const phrasesFile = (lines: string[]) => {
  const file = path.join(temporaryDir(), 'phrases.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe('centre when --file', () => {
  it('reads one phrase per line into one JSON reading per line, in order', async () => {
    const file = phrasesFile(['до 15 декабря', '', 'каждый 3-й понедельник месяца', 'с 4 по 8 декабря']);
    const result = await runCli(['when', '--file', file, '--year', '2023-2024', '--format', 'jsonl']);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { phrase: string; kind: string; start?: string });
    expect(lines.map((line) => [line.phrase, line.kind])).toEqual([
      ['до 15 декабря', 'deadline'],
      ['каждый 3-й понедельник месяца', 'recurring'],
      ['с 4 по 8 декабря', 'range'],
    ]);
    expect(lines[2]!.start).toBe('2023-12-04');
  });

  it('says why a line cannot be read, keeps the others, and exits 1', async () => {
    const file = phrasesFile(['когда придётся', '30.02.2024', '5 мая']);
    const result = await runCli(['when', '--file', file, '--year', '2023-2024', '-f', 'jsonl']);
    expect(result.code).toBe(1);
    const [unread, impossible, read] = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { error?: string; dates?: string[] });
    expect(unread!.error).toContain('cannot tell dates');
    expect(impossible!.error).toBe('There is no such day as 30.02.2024; check the day and month.');
    expect(read!.dates).toEqual(['2024-05-05']);
  });

  it("reads a month range that runs past the plan from the plan's month, says so and what else may be meant, and exits 0", async () => {
    const json = await runCli(['when', 'с мая по сентябрь', '--year', '2024-2025', '-f', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      kind: 'range',
      start: '2025-05-01',
      end: '2025-09-30',
      problems: [expect.stringContaining('if you meant «сентябрь – май» (2024-09-01 – 2025-05-31)')],
    });
    const text = await runCli(['when', 'август – сентябрь', '--year', '2024-2025'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  ! Период начинается в месяце перед первым днём плана (01.09.2024): прочитано 01.08.2024 – 30.09.2024;');
  });

  it('says why it refuses a phrase when it knows', async () => {
    const result = await runCli(['when', 'конец мая – начало июня', '--year', '2023-2024']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('centre cannot tell dates from «конец мая – начало июня»: «конец мая» names some days of the month without saying which');
  });

  it('names a missing file and asks for a phrase when there is none', async () => {
    expect((await runCli(['when', '--file', 'no-such-file.txt'])).stderr).toContain('No such file');
    const none = await runCli(['when']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Give a phrase');
  });

  it('names the last weekday of a month in words, in English and Russian, from the built bin', () => {
    const english = spawnCli(['when', 'последняя пятница месяца', '--year', '2023-2024']);
    expect(english.stdout).toContain('every month, on the last Friday');
    expect(english.stdout).not.toContain('-1th');
    const russian = spawnCli(['when', 'последнее воскресенье месяца', '--year', '2023-2024'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.stdout).toContain('ежемесячно, последнее воскресенье месяца');
    expect(spawnCli(['when', 'в первую и третью среду месяца', '--year', '2023-2024']).stdout).toContain('every month, on the 1st and 3rd Wednesday');
  });

  it('reads «с I по III четверть» as the first three quarters through the built bin, in English and Russian', () => {
    const english = spawnCli(['when', 'с I по III четверть', '--year', '2024-2025', '-f', 'json']);
    expect(english.code).toBe(0);
    expect(JSON.parse(english.stdout)).toMatchObject({ kind: 'range', start: '2024-09-02', end: '2025-03-21' });
    const russian = spawnCli(['when', 'с I по III четверть', '--year', '2024-2025'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.stdout).toContain('с 02.09.2024 по 21.03.2025');
    expect(russian.stdout).not.toContain('пропущено');
  });

  it('reads the new families through the built bin: moved days off, calendar weeks, a corrected year, with the warning located', () => {
    const file = phrasesFile([
      'с субботы 28 декабря на понедельник 30 декабря',
      'третья неделя ноября',
      'с 01.01.2024 по 08.01.2023',
      'В теч-е года',
      'не менее двух в месяц',
    ]);
    const result = spawnCli(['when', '--file', file, '--year', '2023-2024', '-f', 'jsonl']);
    expect(result.code).toBe(0);
    const [moved, week, typo, year, quota] = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(moved).toMatchObject({ kind: 'dates', dates: ['2024-12-28', '2024-12-30'] });
    expect(week).toMatchObject({ kind: 'range', start: '2023-11-13', end: '2023-11-19' });
    expect(typo).toMatchObject({ kind: 'range', start: '2024-01-01', end: '2024-01-08', problems: [expect.stringContaining('read as 08.01.2024')] });
    expect(year).toMatchObject({ kind: 'period', start: '2023-09-01', end: '2024-08-31' });
    expect(quota).toMatchObject({ kind: 'quota', count: 2, per: 'month' });
  });

  it('reads this stop’s families through the built bin with LANG=C and in Russian: the summer, «до конца …», «кроме каникул», and a rule it cannot narrow refused', () => {
    const file = path.join(temporaryDir(), 'phrases.txt');
    const phrases = ['в течение летнего периода', 'до конца сентября', 'в течение учебного года, кроме каникул', 'еженедельно, кроме июня – августа, декабря'];
    writeFileSync(file, `${phrases.join('\n')}\n`);
    for (const LANG of ['C', 'ru_RU.UTF-8']) {
      const result = spawnCli(['when', '--file', file, '--year', '2023-2024', '-f', 'jsonl'], { env: { LANG, LC_ALL: '' } });
      expect(result.code, result.stderr).toBe(0);
      const [summer, deadline, lessons, months] = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      const holidays = JSON.parse(spawnCli(['when', 'в летние каникулы', '--year', '2023-2024', '-f', 'json'], { env: { LANG } }).stdout);
      expect(summer).toMatchObject({ kind: 'period', start: holidays.start, end: '2024-08-31' });
      expect(deadline).toMatchObject({ kind: 'deadline', dates: ['2023-09-30'] });
      expect(lessons.kind).toBe('dates');
      expect(lessons.dates).not.toContain('2024-01-03');
      expect(months.rrule).toContain('BYMONTH=1,2,3,4,5,9,10,11;');
    }
    const english = spawnCli(['when', 'по вторникам (1 и 3 неделя месяца)', '--year', '2023-2024'], { env: { LANG: 'C', LC_ALL: '' } });
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('«1 и 3 неделя месяца» says which days, but in a way centre does not read');
    expect(english.stderr).not.toMatch(/\n\s+at /);
    const russian = spawnCli(['when', 'по вторникам (1 и 3 неделя месяца)', '--year', '2023-2024'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.code).toBe(1);
    expect(russian.stderr).toContain('«1 и 3 неделя месяца» уточняет дни так, как centre не читает');
    const label = spawnCli(['when', 'летом', '--year', '2023-2024'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(label.stdout).toContain('период учебного года');
    expect(label.stdout).not.toContain('весь период плана');
  });

  it('reads and refuses through the built bin, with LANG=C and in Russian, what stop 31 read: edges among other words, listed terms, Monday to Friday, one of two', () => {
    const file = path.join(temporaryDir(), 'phrases.txt');
    writeFileSync(file, ['отчёт в конце I четверти', 'II, IV четверть', 'по будням', 'до осенних каникул'].join('\n') + '\n');
    for (const LANG of ['C', 'ru_RU.UTF-8']) {
      const result = spawnCli(['when', '--file', file, '--year', '2024-2025', '-f', 'jsonl'], { env: { LANG, LC_ALL: '' } });
      expect(result.code, result.stderr).toBe(0);
      const [edge, terms, workdays, deadline] = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(edge).toMatchObject({ kind: 'date', dates: ['2024-10-25'], ignored: [expect.objectContaining({ text: 'отчёт' })] });
      expect(terms.kind).toBe('dates');
      expect(terms.dates).toContain('2024-11-05');
      expect(terms.dates).toContain('2025-05-26');
      expect(terms.dates).not.toContain('2024-09-02');
      expect(workdays.rrule).toContain('BYDAY=MO,TU,WE,TH,FR');
      expect(deadline).toMatchObject({ kind: 'deadline', dates: ['2024-10-25'] });
    }
    const refusals = [
      ['15 или 16 мая', '«15 или 16» names two possibilities', '«15 или 16» — одно из двух'],
      [
        'в конце 2024 года и в начале 2025 года',
        '«в конце 2024 года» names the start, middle or end',
        '«в конце 2024 года» — начало, середина или конец периода',
      ],
      ['2 раза в месяц по средам', 'cannot tell dates from «2 раза в месяц по средам»', 'Из «2 раза в месяц по средам» не понять даты'],
    ];
    for (const [phrase, english, russian] of refusals) {
      const inEnglish = spawnCli(['when', phrase!, '--year', '2024-2025'], { env: { LANG: 'C', LC_ALL: '' } });
      expect(inEnglish.code, phrase).toBe(1);
      expect(inEnglish.stderr).toContain(english);
      expect(inEnglish.stderr).not.toMatch(/\n\s+at /);
      const inRussian = spawnCli(['when', phrase!, '--year', '2024-2025'], { env: { LANG: 'ru_RU.UTF-8', LC_ALL: '' } });
      expect(inRussian.code, phrase).toBe(1);
      expect(inRussian.stderr).toContain(russian);
    }
  });

  it('refuses through the built bin, in English and Russian, the edge of a period with no day of its own and the days counted as times read', () => {
    const english = spawnCli(['when', 'в конце осенних каникул', '--year', '2023-2024'], { env: { LANG: 'C', LC_ALL: '' } });
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('«в конце осенних каникул» names the start, middle or end of a period without saying which days');
    expect(english.stderr).not.toMatch(/\n\s+at /);
    const russian = spawnCli(['when', 'в конце осенних каникул', '--year', '2023-2024'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.code).toBe(1);
    expect(russian.stderr).toContain('«в конце осенних каникул» — начало, середина или конец периода, без указания дней');
    const days = spawnCli(['when', 'один день в месяц (в последнюю субботу месяца)', '--year', '2022-2023', '-f', 'json'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(days.code, days.stderr).toBe(0);
    expect(JSON.parse(days.stdout).dates.slice(0, 3)).toEqual(['2022-09-24', '2022-10-29', '2022-11-26']);
  });

  it('reads a few hundred phrases in one process from the built bin', () => {
    const file = phrasesFile(Array.from({ length: 300 }, (_, i) => `${(i % 28) + 1} ${['марта', 'октября', 'мая'][i % 3]}`));
    const result = spawnCli(['when', '--file', file, '--year', '2023-2024', '-f', 'jsonl']);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(300);
  });
});

describe('centre when --school-year', () => {
  it("reads terms from the school's own file, and names a broken one at its line", async () => {
    const dir = temporaryDir();
    const file = path.join(dir, 'year.yaml');
    const terms = [
      '  - {from: 2024-09-02, to: 2024-10-25}',
      '  - {from: 2024-11-05, to: 2024-12-27}',
      '  - {from: 2025-01-13, to: 2025-03-21}',
      '  - {from: 2025-03-31, to: 2025-05-23}',
    ];
    writeFileSync(file, ['kind: school-year', 'academicYear: 2024-2025', 'terms:', ...terms, ''].join('\n'));
    const reading = JSON.parse((await runCli(['when', 'III четверть', '--year', '2024-2025', '--school-year', file, '-f', 'json'])).stdout) as {
      start: string;
      end: string;
      note?: string;
    };
    expect(reading).toMatchObject({ start: '2025-01-13', end: '2025-03-21' });
    expect(reading.note).toBeUndefined();
    const byDefault = JSON.parse((await runCli(['when', 'III четверть', '--year', '2024-2025', '-f', 'json'])).stdout) as { note: string };
    expect(byDefault.note).toContain('federal calendar');
    writeFileSync(file, ['kind: school-year', 'academicYear: 2024-2025', 'terms:', ...terms.slice(0, 2), ''].join('\n'));
    const broken = await runCli(['when', 'III четверть', '--year', '2024-2025', '--school-year', file]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('year.yaml:4:3');
  });
});

describe('centre when --school-year through the built bin', () => {
  it('reads the terms of the file in the C locale and in Russian, and names a broken file at its line, without a stack', () => {
    const dir = temporaryDir();
    const file = path.join(dir, 'year.yaml');
    const terms = ['2024-09-02, to: 2024-10-25', '2024-11-05, to: 2024-12-27', '2025-01-13, to: 2025-03-21', '2025-03-31, to: 2025-05-23'];
    writeFileSync(file, ['kind: school-year', 'academicYear: 2024-2025', 'terms:', ...terms.map((term) => `  - {from: ${term}}`), ''].join('\n'));
    for (const LANG of ['C', 'ru_RU.UTF-8']) {
      const json = spawnCli(['when', 'III четверть', '--year', '2024-2025', '--school-year', file, '-f', 'json'], { env: { LANG } });
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({ start: '2025-01-13', end: '2025-03-21' });
    }
    expect(spawnCli(['when', 'III четверть', '--year', '2024-2025', '--school-year', file], { env: { LANG: 'ru_RU.UTF-8' } }).stdout).toContain(
      'с 13.01.2025 по 21.03.2025',
    );
    writeFileSync(
      file,
      ['kind: school-year', 'academicYear: 2024-2025', 'terms:', '  - {from: 2024-09-02, to: 2024-10-25}', '  - {from: 2024-11-05}', ''].join('\n'),
    );
    for (const LANG of ['C', 'ru_RU.UTF-8']) {
      const broken = spawnCli(['when', 'III четверть', '--year', '2024-2025', '--school-year', file], { env: { LANG } });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/year\.yaml:5:\d+/);
      expect(broken.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the command table through the built bin', () => {
  it('lists every command, answers a misspelt one with a suggestion (exit 2), and gives a command its own help, in C and in Russian', () => {
    for (const [LANG, usage, suggestion] of [
      ['C', 'Usage: centre when', '(Did you mean validate?)'],
      ['ru_RU.UTF-8', 'Использование: centre when', '(Возможно, имелось в виду validate?)'],
    ] as const) {
      const help = spawnCli(['--help'], { env: { LANG } });
      expect(help.code).toBe(0);
      for (const name of ['init', 'validate', 'plan', 'calendar', 'site', 'when', 'done', 'report', 'contest', 'certificates'])
        expect(help.stdout, `${LANG} ${name}`).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
      const misspelt = spawnCli(['valdate', 'plans/'], { env: { LANG } });
      expect(misspelt.code).toBe(2);
      expect(misspelt.stderr).toContain(suggestion);
      expect(misspelt.stderr).not.toMatch(/\n\s+at /);
      const own = spawnCli(['when', '--help'], { env: { LANG } });
      expect(own.stdout.startsWith(usage), own.stdout.slice(0, 80)).toBe(true);
      expect(spawnCli(['help', 'when'], { env: { LANG } }).stdout).toBe(own.stdout);
    }
  });
});

describe('partial readings said out loud', () => {
  it('when names the words it left out, with their place', async () => {
    const result = await runCli(['when', '12 марта актовый зал', '--year', '2023-2024', '-f', 'json']);
    const reading = JSON.parse(result.stdout) as { dates: string[]; ignored: { text: string; start: number }[]; note: string };
    expect(reading.dates).toEqual(['2024-03-12']);
    expect(reading.ignored).toEqual([{ text: 'актовый зал', start: 9, end: 20 }]);
    expect(reading.note).toContain('«актовый зал» (10)');
  });

  it('when says in Russian what it left out', async () => {
    const result = await runCli(['when', '12 марта актовый зал', '--year', '2023-2024'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.stdout).toContain('непонятно и пропущено: «актовый зал» (10)');
  });

  it('validate puts a caret under the ignored words and under an impossible date', async () => {
    const dir = temporaryDir();
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(
      file,
      [
        'kind: plan',
        'title: План',
        'academicYear: 2023-2024',
        'sections:',
        '  - title: Раздел',
        '    items:',
        '      - activity: Семинар',
        '        timing: 12 марта актовый зал',
        '        responsible: [Центр]',
        '      - activity: Совещание',
        '        timing: "31.04.2024"',
        '        responsible: [Центр]',
        '',
      ].join('\n'),
    );
    const result = await runCli(['validate', '--format', 'json', file]);
    const problems = JSON.parse(result.stdout) as { line: number; column: number; code: string; message: string }[];
    expect(problems).toEqual([
      expect.objectContaining({ line: 8, column: 26, code: 'timing-ignored' }),
      expect.objectContaining({
        line: 11,
        column: 18,
        code: 'phrase-impossible-date',
        message: 'There is no such day as 31.04.2024; check the day and month.',
      }),
    ]);
    const text = await runCli(['validate', file]);
    expect(text.stdout + text.stderr).toContain('                         ^^^^^^^^^^^');
  });

  it('calendar lists what it read and names, on standard error, the words it left out', async () => {
    const dir = temporaryDir();
    writeFileSync(
      path.join(dir, 'plan.yaml'),
      [
        'kind: plan',
        'title: План',
        'academicYear: 2023-2024',
        'sections:',
        '  - title: Раздел',
        '    items:',
        '      - activity: Семинар',
        '        timing: 12 марта актовый зал',
        '        responsible: [Центр]',
        '',
      ].join('\n'),
    );
    const result = await runCli(['calendar', path.join(dir, 'plan.yaml'), '--from', '2024-03-01', '--to', '2024-03-31', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ date: '2024-03-12', title: 'Семинар' })]);
    expect(result.stderr).toMatch(/plan\.yaml:8:26: warning: centre read «12 марта актовый зал» without «актовый зал»/);
  });
});

describe("centre when and the school year's holidays", () => {
  it('reads named holidays from the federal default, says so, and from a school-year file once given', () => {
    const byDefault = spawnCli(['when', 'в осенние каникулы', '--year', '2024-2025']);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain('from 26.10.2024 to 04.11.2024');
    expect(byDefault.stdout).toContain('from the federal calendar');
    const file = path.join(temporaryDir(), 'school-year.yaml');
    writeFileSync(
      file,
      [
        'kind: school-year',
        'academicYear: 2024-2025',
        'terms:',
        '  - {from: 2024-09-02, to: 2024-10-25}',
        '  - {from: 2024-11-05, to: 2024-12-28}',
        '  - {from: 2025-01-09, to: 2025-03-21}',
        '  - {from: 2025-03-31, to: 2025-05-26}',
        'holidays:',
        '  - {from: 2024-10-26, to: 2024-11-04, name: осенние}',
        '  - {from: 2025-02-17, to: 2025-02-23, name: дополнительные}',
        '  - {from: 2024-12-29, to: 2025-01-08, name: зимние}',
        '',
      ].join('\n'),
    );
    const own = spawnCli(['when', 'в зимние каникулы', '--year', '2024-2025', '--school-year', file, '--format', 'json']);
    expect(own.code).toBe(0);
    expect(JSON.parse(own.stdout)).toMatchObject({ kind: 'period', start: '2024-12-29', end: '2025-01-08' });
    expect(own.stdout).not.toContain('phrase-federal-school-year');
    const refused = spawnCli(['when', 'зимние каникулы 2024 г.', '--year', '2024-2025']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cannot tell dates');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
