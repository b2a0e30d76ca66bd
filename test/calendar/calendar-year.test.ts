// A district centre's calendar through the built command, as a methodist
// meets it: monthly work as whole months, an item moved by the record on its
// new day, the centre's name on the calendar, the form by its title, nothing of
// the workspace's files in an event, and --status over the year so far.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';

const plan = `kind: plan
title: |-
  План работы
  районного центра
organisation: МКУ «Отдел образования»
academicYear: 2026-2027
sections:
  - title: Методическая работа
    items:
      - id: council
        activity: Заседание методического совета
        timing: ежемесячно
        responsible: [Центр]
      - id: review
        activity: Обзор опыта школ
        timing: ежеквартально
        responsible: [Центр]
      - id: forum
        activity: Форум классных руководителей
        timing: 12.11.2026
        responsible: [Центр]
`;

const record = `kind: record
plan: plan.yaml
entries:
  - item: forum
    status: moved
    dates: [2026-11-26]
    comment: Перенесён из-за карантина
`;

const centre = `kind: centre
name: Районный центр поддержки классных руководителей
host: МКУ «Отдел образования»
`;

let dir: string;
beforeAll(() => {
  dir = temporaryDir();
  mkdirSync(path.join(dir, 'plans'));
  mkdirSync(path.join(dir, 'templates'));
  writeFileSync(path.join(dir, 'plans', 'plan.yaml'), plan);
  writeFileSync(path.join(dir, 'plans', 'plan.record.yaml'), record);
  writeFileSync(path.join(dir, 'plans', 'centre.yaml'), centre);
  copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(dir, 'templates', 'monitoring-form.yaml'));
});

const run = (args: string[], lang = 'en_US.UTF-8') => spawnCli(args, { cwd: dir, env: { CENTRE_TODAY: '2026-12-06', LANG: lang } });

function exportedEvents(args: string[] = []): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const result = run(['calendar', '--format', 'ics', '--from', '2026-09-01', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const calendar = new ICAL.Component(ICAL.parse(result.stdout));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

const day = (time: ICAL.Time) => time.toString().slice(0, 10);

describe('centre calendar --format ics of a year', () => {
  it('writes «ежемесячно» as one all-day event per month, from its first day to its last, never a rule on the 1st', () => {
    const monthly = exportedEvents().events.filter((event) => event.summary === 'Заседание методического совета');
    // DTEND is the day after; monthly work stops with the last day of lessons (26 May)
    expect(monthly.map((event) => [day(event.startDate), day(event.endDate)])).toEqual([
      ['2026-09-01', '2026-10-01'],
      ['2026-10-01', '2026-11-01'],
      ['2026-11-01', '2026-12-01'],
      ['2026-12-01', '2027-01-01'],
      ['2027-01-01', '2027-02-01'],
      ['2027-02-01', '2027-03-01'],
      ['2027-03-01', '2027-04-01'],
      ['2027-04-01', '2027-05-01'],
      ['2027-05-01', '2027-05-27'],
    ]);
    for (const event of monthly) {
      expect(event.isRecurring()).toBe(false);
      expect(event.startDate.isDate).toBe(true);
    }
  });

  it('writes «ежеквартально» as quarter-long events', () => {
    const quarterly = exportedEvents().events.filter((event) => event.summary === 'Обзор опыта школ');
    expect(quarterly.map((event) => [day(event.startDate), day(event.endDate)])).toEqual([
      ['2026-10-01', '2027-01-01'],
      ['2027-01-01', '2027-04-01'],
      ['2027-04-01', '2027-07-01'],
      ['2027-07-01', '2027-09-01'],
    ]);
  });

  it('puts an item the record moved on its new day, saying so', () => {
    const forum = exportedEvents().events.filter((event) => event.summary === 'Форум классных руководителей');
    expect(forum.map((event) => day(event.startDate))).toEqual(['2026-11-26']);
    expect(forum[0]!.description).toContain('Перенесено; по плану — 12.11.2026');
  });

  it('names the calendar after the centre, keeps categories on one line and no workspace file in any event, and names the form by its title', () => {
    const { calendar, events } = exportedEvents();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Районный центр поддержки классных руководителей');
    expect(calendar.getFirstPropertyValue('name')).toBe('Районный центр поддержки классных руководителей');
    for (const event of events) {
      for (const category of event.component.getFirstProperty('categories')?.getValues() ?? []) expect(category).not.toMatch(/\n/);
      expect(event.description).not.toMatch(/\.yaml|plans\//);
      expect(`${event.summary} ${event.description}`).not.toContain('class-teacher-monitoring');
    }
    expect(events.find((event) => event.summary.includes('Промежуточный контроль'))?.summary).toContain('«Мониторинг деятельности классных руководителей»');
    expect(
      events
        .find((event) => event.summary === 'Форум классных руководителей')
        ?.component.getFirstProperty('categories')
        ?.getValues(),
    ).toEqual(['План работы районного центра']);
  });

  it('without a centre file, names the calendar after the plan', () => {
    const result = run(['calendar', '--format', 'ics', 'plans/plan.yaml', 'plans/plan.record.yaml']);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('План работы районного центра');
  });
});

describe('centre calendar as a table', () => {
  it.each([
    ['en_US.UTF-8', 'moved; the plan said 12.11.2026'],
    ['ru_RU.UTF-8', 'перенесено; по плану — 12.11.2026'],
  ])('shows a moved item on its new day (%s)', (lang, note) => {
    const result = run(['calendar', '--from', '2026-11-01', '--to', '2026-11-30'], lang);
    expect(result.code).toBe(0);
    const line = result.stdout.split('\n').find((text) => text.includes('Форум классных руководителей'));
    expect(line).toContain('26.11.2026');
    expect(line).toContain(note);
  });

  it.each([
    ['en_US.UTF-8', 'from 01.09.2026 to 06.12.2026.'],
    ['ru_RU.UTF-8', 'с 01.09.2026 по 06.12.2026.'],
  ])('--status with no dates covers the academic year up to today (%s)', (lang, span) => {
    const result = run(['calendar', '--status'], lang);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(span);
    expect(result.stdout).toContain('Заседание методического совета');
    expect(result.stdout).not.toMatch(/Nothing is planned|ничего не запланировано/);
  });
});
