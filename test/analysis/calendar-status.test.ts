// The calendar learns the past (--status, from the record) and the report
// deadlines of the workspace's monitoring form (moved by Civil Code art. 193).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { periodDueDate, formDeadlinePlans } from '../../src/calendar/form-deadlines.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { occurrenceStatus } from '../../src/analysis/occurrence-status.js';
import { parse } from 'yaml';
import { copyOfExampleWorkspace, repoRoot, runCli } from '../helpers/cli.js';
import { iso } from '../helpers/iso.js';

const form = parse(readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8')) as { periods: { id: string; due: string }[] };

describe('form deadlines', () => {
  it('falls in the right year of the academic year', () => {
    expect(periodDueDate('12-15', 2023)).toBe('2023-12-15');
    expect(periodDueDate('05-15', 2023)).toBe('2024-05-15');
    expect(
      formDeadlinePlans(
        { kind: 'form', title: 'Ф', id: 'f', version: 1, periods: [{ id: 'a', title: 'А', due: '12-15' }], indicators: [], checks: [] },
        { start: iso('2023-06-01'), end: iso('2025-01-01') },
      ).map((p) => p.academicYear),
    ).toEqual(['2022-2023', '2023-2024', '2024-2025']);
  });

  it('say their deadline in words, as a plan would', () => {
    const [plan] = formDeadlinePlans(
      {
        kind: 'form',
        title: 'Ф',
        id: 'f',
        version: 1,
        periods: [
          { id: 'a', title: 'А', due: '12-15' },
          { id: 'b', title: 'Б', due: '05-01' },
        ],
        indicators: [],
        checks: [],
      },
      { start: iso('2023-09-01'), end: iso('2023-12-31') },
    );
    expect(plan!.sections[0]!.items.map((item) => item.timing)).toEqual(['до 15 декабря', 'до 1 мая']);
  });

  it('are listed by centre calendar in every year of the window, moved off a day off as art. 193 says', async () => {
    const workspace = copyOfExampleWorkspace();
    const result = await runCli(['calendar', '--from', '2023-09-01', '--to', '2026-06-30', '--format', 'json'], { cwd: workspace });
    expect(result.code).toBe(0);
    const deadlines = (JSON.parse(result.stdout) as { date: string; kind: string; source: string; shiftedFrom?: string }[]).filter((row) =>
      row.source.startsWith('templates/monitoring-form.yaml'),
    );
    const calendar = russianCalendar();
    const expected = [2023, 2024, 2025]
      .flatMap((first) => form.periods.map((period) => periodDueDate(period.due, first)))
      .filter((date) => date <= '2026-06-30')
      .sort();
    expect(deadlines.map((row) => row.shiftedFrom ?? row.date)).toEqual(expected);
    for (const row of deadlines) {
      expect(row.kind).toBe('deadline');
      const written = row.shiftedFrom ?? row.date;
      // the first working day on or after the day written, computed here day by day
      let day = new Date(`${written}T00:00:00Z`);
      while (!calendar.isWorkingDay(iso(day.toISOString().slice(0, 10)))) day = new Date(day.getTime() + 86_400_000);
      expect(row.date).toBe(day.toISOString().slice(0, 10));
    }
    // 15 December 2024 was a Sunday
    expect(deadlines).toContainEqual(expect.objectContaining({ date: '2024-12-16', shiftedFrom: '2024-12-15' }));
  });

  it('go into the iCalendar export', async () => {
    const workspace = copyOfExampleWorkspace();
    // from the first year of the shipped plans: an export that starts after every plan has ended is refused
    const result = await runCli(['calendar', '--from', iso('2023-09-01'), '--to', iso('2025-08-31'), '--format', 'ics'], { cwd: workspace });
    const events = new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const starts = events.filter((event) => event.summary.includes('отчёты школ')).map((event) => event.startDate.toString());
    expect(starts.sort()).toEqual(['2023-12-15', '2024-05-15', '2024-12-16', '2025-05-15']);
  });
});

describe('centre calendar --status', () => {
  it('says of each past occurrence what the record says, in JSON', async () => {
    const workspace = copyOfExampleWorkspace();
    const result = await runCli(['calendar', '--status', '--from', '2024-02-01', '--to', '2024-03-31', '--format', 'json'], {
      cwd: workspace,
      env: { CENTRE_TODAY: '2024-03-20' },
    });
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { date: string; title: string; status?: string }[];
    const status = (date: string, title: string) => rows.find((row) => row.date === date && row.title.startsWith(title))?.status;
    expect(status('2024-02-19', 'Эффективные техники')).toBe('held');
    // the record holds 16.10.2023 and 19.02.2024 for the seminars, not 18.03.2024
    expect(status('2024-03-18', 'Эффективное воспитание')).toBe('no-date');
    expect(status('2024-03-01', 'Всероссийский дистанционный конкурс')).toBe('not-held');
    // not yet: no status
    expect(rows.find((row) => row.date === '2024-03-27')).not.toHaveProperty('status');
  });

  it('lists overdue items with no entry after the table', async () => {
    const workspace = copyOfExampleWorkspace();
    const record = path.join(workspace, 'plans', '2023-2024-regional-plan.record.yaml');
    // take out the entries of the conference (October 2023) and the database (September 2023)
    const text = readFileSync(record, 'utf8')
      .replace(/  - item: mentor-conference\n(    .*\n)+/, '')
      .replace(/  - item: coordinators-database\n(    .*\n)+/, '');
    writeFileSync(record, text);
    const result = await runCli(['calendar', '--status', '--weeks', '1'], { cwd: workspace, env: { CENTRE_TODAY: '2023-11-01', LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Просрочено, отметки в отчёте нет (2, на 01.11.2023):');
    expect(result.stdout).toMatch(
      /  3\. Региональная конференция «Я – педагог-наставник» \(срок — до 31\.10\.2023\) · plans\/2023-2024-regional-plan\.yaml:\d+/,
    );
    expect(result.stdout).toMatch(/  13\. Обновление базы данных .* \(срок — до 30\.09\.2023\)/);
  });

  it('occurrenceStatus: a day recorded within a span counts; a moved item without one is moved', () => {
    const entry = { item: 'x', status: 'held' as const, dates: [iso('12.10.2023')] };
    expect(occurrenceStatus(entry, { date: iso('2023-10-01'), end: iso('2023-10-31') }, iso('2023-11-01'))).toBe('held');
    expect(occurrenceStatus(entry, { date: iso('2023-11-01') }, iso('2023-11-01'))).toBe('no-date');
    expect(occurrenceStatus({ item: 'x', status: 'moved' }, { date: iso('2023-10-01') }, iso('2023-11-01'))).toBe('moved');
    expect(occurrenceStatus(undefined, { date: iso('2023-10-01') }, iso('2023-11-01'))).toBe('no-entry');
    expect(occurrenceStatus(undefined, { date: iso('2023-11-02') }, iso('2023-11-01'))).toBe('upcoming');
  });
});
