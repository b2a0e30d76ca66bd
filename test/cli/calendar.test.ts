// centre when and centre calendar, run as a user runs them.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, spawnCli, temporaryDir } from '../helpers/cli.js';

const json = <T>(text: string) => JSON.parse(text) as T;

describe('centre when', () => {
  it('reads a recurring phrase, with its RRULE and its dates in the year', async () => {
    const result = await runCli(['when', 'каждый 3-тий понедельник месяца', '--year', '2023-2024', '--format', 'json']);
    expect(result.code).toBe(0);
    const reading = json<{ kind: string; rrule: string; dates: string[] }>(result.stdout);
    expect(reading.kind).toBe('recurring');
    expect(reading.rrule).toBe('FREQ=MONTHLY;BYDAY=3MO;UNTIL=20240831');
    expect(reading.dates).toHaveLength(12);
    expect(reading.dates.slice(0, 3)).toEqual(['2023-09-18', '2023-10-16', '2023-11-20']);
  });

  it('keeps a deadline on the day written and says when that is a day off', async () => {
    const reading = json<{ kind: string; dates: string[]; note: string }>(
      (await runCli(['when', 'до 15 декабря', '--year', '2024-2025', '-f', 'json'])).stdout,
    );
    expect(reading).toMatchObject({ kind: 'deadline', dates: ['2024-12-15'], dayOff: 'weekend' });
    expect(reading.note).toContain('due 15.12.2024 as written, a day off (Sunday)');
  });

  it('reads a deadline that writes its year in that academic year when no --year is given', async () => {
    const result = await runCli(['when', 'до 30 мая 2026 г.', '-f', 'json'], { env: { CENTRE_TODAY: '2026-12-06' } });
    expect(json(result.stdout)).toMatchObject({ kind: 'deadline', dates: ['2026-05-30'] });
    expect(result.stdout).not.toContain('did you mean');
  });

  it('gives a range with its first and last day and every day between', async () => {
    const reading = json<{ kind: string; start: string; end: string; dates: string[] }>(
      (await runCli(['when', 'март – апрель 2024', '--year', '2023-2024', '-f', 'json'])).stdout,
    );
    expect(reading).toMatchObject({ kind: 'range', start: '2024-03-01', end: '2024-04-30' });
    expect(reading.dates).toHaveLength(61);
  });

  it('gives no dates for «по необходимости»', async () => {
    expect(json((await runCli(['when', 'по необходимости', '--year', '2023-2024', '-f', 'json'])).stdout)).toMatchObject({ kind: 'unscheduled', dates: [] });
  });

  it('takes the current academic year by default', async () => {
    const reading = json<{ dates: string[] }>(
      (await runCli(['when', 'в последнюю среду месяца', '-f', 'json'], { env: { CENTRE_TODAY: '2026-11-23' } })).stdout,
    );
    expect(reading.dates[0]).toBe('2026-09-30');
    expect(reading.dates.at(-1)).toBe('2027-08-25');
  });

  it('prints a readable text form in Russian', async () => {
    const result = await runCli(['when', 'каждый 3-й понедельник месяца', '--year', '2023-2024'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.stdout).toContain('«каждый 3-й понедельник месяца» в 2023–2024 учебном году');
    expect(result.stdout).toContain('ежемесячно, 3-й понедельник месяца');
    expect(result.stdout).toContain('18.09.2023 пн');
  });

  it('says when it cannot read a phrase (exit 1) and rejects a bad year (exit 2)', async () => {
    const unread = await runCli(['when', 'когда получится']);
    expect(unread.code).toBe(1);
    expect(unread.stderr).toContain('centre cannot tell dates from «когда получится»');
    const badYear = await runCli(['when', 'ежемесячно', '--year', '2023-2025']);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('«2023-2025» is not an academic year');
  });
});

interface Row {
  date: string;
  end?: string;
  kind: string;
  title: string;
  plan: string;
  section: string;
  responsible: string[];
  source: string;
  shiftedFrom?: string;
  dayOff?: string;
}

describe('centre calendar', () => {
  it('lists every meeting, webinar and seminar of the 2023-2024 plan on its date, with its source line', async () => {
    const result = await runCli(['calendar', '--from', '2023-09-01', '--to', '2024-06-30', '--format', 'json']);
    expect(result.code).toBe(0);
    const rows = json<Row[]>(result.stdout);
    const plan = readFileSync(path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml'), 'utf8').split('\n');
    const meetings = rows.filter((row) => row.source.includes('2023-2024-regional-plan') && row.kind === 'date');
    expect(meetings.map((row) => row.date)).toEqual([
      '2023-09-18',
      '2023-09-27',
      '2023-10-16',
      '2023-10-25',
      '2023-11-20',
      '2023-11-29',
      '2023-12-27',
      '2024-01-31',
      '2024-02-19',
      '2024-02-28',
      '2024-03-18',
      '2024-03-27',
      '2024-04-15',
      '2024-04-24',
      '2024-05-29',
    ]);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['date', 'kind', 'title', 'plan', 'section', 'responsible', 'source']));
      // the monitoring form's report deadlines cite the form (tested in test/analysis/calendar-status.test.ts)
      if (!row.source.includes('2023-2024-regional-plan')) continue;
      const line = Number(row.source.split(':').at(-1));
      expect(plan[line - 1] ?? '', row.source).toMatch(/^\s+- (id|activity):/);
    }
    // contests and monitoring periods appear once, with their span
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'range', date: '2024-03-01', end: '2024-04-30' }));
    expect(rows.map((row) => row.date)).toEqual([...rows.map((row) => row.date)].sort());
  });

  it('exports iCalendar that a real parser reads: one event per recurring item, stable UIDs', async () => {
    const dir = temporaryDir();
    const args = ['calendar', 'plans/2020-2021-buzuluk-plan.yaml', '--from', '2020-09-01', '--to', '2021-08-31', '-f', 'ics', '-o', path.join(dir, 'plan.ics')];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^wrote .*plan\.ics \(\d+ event\(s\)\)$/m);
    const text = readFileSync(path.join(dir, 'plan.ics'), 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const webinars = events.filter((event) => event.summary.startsWith('Участие в цикле вебинаров'));
    expect(webinars).toHaveLength(1);
    expect(webinars[0]!.isRecurring()).toBe(true);
    const dates: string[] = [];
    const iterator = webinars[0]!.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString());
    const agenda = json<Row[]>(
      (await runCli(['calendar', 'plans/2020-2021-buzuluk-plan.yaml', '--from', '2020-09-01', '--to', '2021-08-31', '-f', 'json'])).stdout,
    );
    expect(dates).toEqual(agenda.filter((row) => row.title.startsWith('Участие в цикле вебинаров')).map((row) => row.date));
    expect(dates[0]).toBe('2020-09-21');
    // a second export gives the same UIDs, so a calendar updates instead of duplicating
    await runCli(args);
    const again = new ICAL.Component(ICAL.parse(readFileSync(path.join(dir, 'plan.ics'), 'utf8'))).getAllSubcomponents('vevent');
    expect(again.map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual(events.map((event) => event.uid));
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it("marks deadlines, keeps a plan's on the day written, and flags dates on days off and local holidays", async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    writeFileSync(
      path.join(dir, 'plans', 'plan.yaml'),
      [
        'kind: plan',
        'title: План',
        'academicYear: 2024-2025',
        'sections:',
        '  - title: Мониторинг',
        '    items:',
        '      - activity: Отчёт школ (промежуточный)',
        '        timing: до 15 декабря',
        '        responsible: [Школы]',
        '      - activity: Семинар',
        '        timing: 13 мая 2025',
        '        responsible: [Центр]',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'plans', 'local.yaml'), 'kind: holidays\ndays:\n  - date: 2025-05-13\n    working: false\n    name: День города\n');
    const rows = json<Row[]>((await runCli(['calendar', '--from', '2024-09-01', '--to', '2025-06-30', '-f', 'json'], { cwd: dir })).stdout);
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'deadline', date: '2024-12-15', dayOff: 'выходной день' }));
    expect(rows.some((row) => row.shiftedFrom !== undefined)).toBe(false);
    expect(rows).toContainEqual(expect.objectContaining({ date: '2025-05-13', dayOff: 'День города' }));
    const table = (await runCli(['calendar', '--from', '2024-12-09', '--weeks', '2'], { cwd: dir })).stdout;
    expect(table).toContain('Week of 09.12.2024 – 15.12.2024');
    expect(table).toMatch(/15\.12\.2024 Sun {2}Отчёт школ \(промежуточный\) \(deadline; day off: /);
  });

  it('keeps the UID of each occurrence whatever window is exported, and gives next year’s plan new ones', async () => {
    const dir = temporaryDir();
    const plan = (year: string, first: number) =>
      [
        'kind: plan',
        'title: План',
        `academicYear: ${year}`,
        'sections:',
        '  - title: Совещания',
        '    items:',
        '      - activity: Совещание кураторов',
        `        timing: 15.09.${first}, 20.10.${first}, 17.11.${first}`,
        '        responsible: [Центр]',
        '',
      ].join('\n');
    writeFileSync(path.join(dir, 'this.yaml'), plan('2023-2024', 2023));
    writeFileSync(path.join(dir, 'next.yaml'), plan('2024-2025', 2024));
    const uids = async (file: string, from: string, to: string) => {
      const output = path.join(dir, `${file}-${from}.ics`);
      expect((await runCli(['calendar', path.join(dir, `${file}.yaml`), '--from', from, '--to', to, '-f', 'ics', '-o', output])).code).toBe(0);
      const events = new ICAL.Component(ICAL.parse(readFileSync(output, 'utf8'))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      return new Map(events.map((event) => [event.startDate.toString(), event.uid]));
    };
    const september = await uids('this', '2023-09-01', '2024-08-31');
    const october = await uids('this', '2023-10-01', '2024-08-31');
    expect([...september.keys()]).toEqual(['2023-09-15', '2023-10-20', '2023-11-17']);
    expect([...october.keys()]).toEqual(['2023-10-20', '2023-11-17']);
    for (const [date, uid] of october) expect(uid).toBe(september.get(date));
    const next = await uids('next', '2024-09-01', '2025-08-31');
    expect(next.size).toBe(3);
    for (const uid of next.values()) expect([...september.values()]).not.toContain(uid);
  });

  it('says when nothing is planned, and defaults to eight weeks from today', async () => {
    const result = await runCli(['calendar'], { env: { CENTRE_TODAY: '2030-01-01' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Nothing is planned from 01.01.2030 to 25.02.2030.\n');
  });

  it('rejects bad options as usage errors and broken plans as invalid input', async () => {
    expect((await runCli(['calendar', '--from', '2024-02-30'])).code).toBe(2);
    expect((await runCli(['calendar', '--from', '2024-02-30'])).stderr).toContain('«2024-02-30» is not a date');
    expect((await runCli(['calendar', '--to', '2024-01-01', '--weeks', '3'])).code).toBe(2);
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    copyFileSync(path.join(repoRoot, 'test/fixtures/invalid/section-without-items.yaml'), path.join(dir, 'plans', 'broken.yaml'));
    const broken = spawnCli(['calendar'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('plans/broken.yaml:6:12  error: This section has no items');
  });
});

describe('centre when, from the built bin', () => {
  it('prints the JSON reading', () => {
    const result = spawnCli(['when', 'в последнюю среду месяца', '--year', '2023-2024', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=-1WE;UNTIL=20240831' });
  });
});

describe('the examples centre init writes, on the calendar (the built bin)', () => {
  it('are listed while the workspace has nothing else, and left out, each said, once it has a plan of its own', () => {
    const dir = temporaryDir();
    expect(spawnCli(['init'], { cwd: dir }).code).toBe(0);
    const alone = spawnCli(['calendar', '--format', 'json', '--weeks', '60'], { cwd: dir, env: { CENTRE_TODAY: '2026-09-01' } });
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).not.toContain('left out');
    const exampleRows = JSON.parse(alone.stdout) as { source: string }[];
    expect(exampleRows.some((row) => row.source.startsWith('plans/example-plan.yaml:'))).toBe(true);

    writeFileSync(
      path.join(dir, 'plans', 'own-plan.yaml'),
      'kind: plan\ntitle: План работы ШМО\nacademicYear: 2026-2027\nsections:\n  - title: Работа с педагогами\n    items:\n      - activity: Семинар классных руководителей\n        timing: 21 октября 2026 г.\n        responsible: [Руководитель ШМО]\n',
    );
    const own = spawnCli(['calendar', '--format', 'ics', '--weeks', '60'], { cwd: dir, env: { CENTRE_TODAY: '2026-09-01', LANG: 'C' } });
    expect(own.code, own.stderr).toBe(0);
    const summaries = new ICAL.Component(ICAL.parse(own.stdout)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).summary);
    expect(summaries.filter((summary) => !summary.includes('отчёты школ'))).toEqual(['Семинар классных руководителей']);
    expect(own.stderr).toContain('plans/example-plan.yaml: an example (example: true), left out of the calendar and the .ics');
    expect(own.stderr).toContain('plans/example-contest.yaml: an example (example: true), left out of the calendar and the .ics');
    const inRussian = spawnCli(['calendar', '--weeks', '60'], { cwd: dir, env: { CENTRE_TODAY: '2026-09-01', LANG: 'ru_RU.UTF-8' } });
    expect(inRussian.code, inRussian.stderr).toBe(0);
    expect(inRussian.stdout).toContain('Семинар классных руководителей');
    expect(inRussian.stderr).toContain(
      'plans/example-plan.yaml: это пример (example: true), в календарь и .ics он не вошёл, потому что в рабочей папке есть свои планы',
    );
  });
});
