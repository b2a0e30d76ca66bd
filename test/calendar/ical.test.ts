// The iCalendar writer, checked by reading its output back with a real
// RFC 5545 parser (ical.js) rather than by comparing strings.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIcsEvents, stableId, type PlanSource } from '../../src/calendar/agenda.js';
import { escapeText, foldLine, writeIcs, type IcsEvent } from '../../src/calendar/ical.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { validateText } from '../../src/kinds/validate.js';
import { repoRoot } from '../helpers/cli.js';
import { iso } from '../helpers/iso.js';

const options = { calendarName: 'Центр поддержки классных руководителей', stamp: '20231123T093400Z' };

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'plan-2023-1.1@centre',
  summary: 'Семинар',
  start: iso('2023-09-18'),
  end: iso('2023-09-18'),
  ...overrides,
});

function parse(events: readonly IcsEvent[]): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(writeIcs(events, options)));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function only(overrides: Partial<IcsEvent>): ICAL.Event {
  const [parsed] = parse([event(overrides)]).events;
  if (!parsed) throw new Error('no VEVENT in the output');
  return parsed;
}

/** Occurrences as DD.MM.YYYY, as the plans write them. */
function occurrences(parsed: ICAL.Event): string[] {
  const dates: string[] = [];
  const iterator = parsed.iterator();
  for (let next = iterator.next(); next && dates.length < 100; next = iterator.next()) {
    dates.push(`${pad(next.day)}.${pad(next.month)}.${next.year}`);
  }
  return dates;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const unfold = (text: string): string => text.replaceAll('\r\n ', '');
const physicalLines = (text: string): string[] => text.split('\r\n');
const isValidUtf8 = (line: string): boolean => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8')) === line;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('writeIcs: text', () => {
  // ical.js reads a bare ';' or ',' leniently, but a literal '\n' or '\;' shows a missing backslash escape.
  const tricky = 'Конкурс «Самый классный классный»; этап 1, «финал» в C:\\new\\;архив\nвторая строка\nтретья';

  it('round-trips summary and description exactly', () => {
    const parsed = only({ summary: tricky, description: `Ответственный: Иванова И. И.;\n${tricky}` });
    expect(parsed.summary).toBe(tricky);
    expect(parsed.description).toBe(`Ответственный: Иванова И. И.;\n${tricky}`);
  });

  it('writes categories comma-separated, each escaped', () => {
    const parsed = only({ categories: ['Мероприятия', 'Семинары, вебинары'] });
    expect(parsed.component.getFirstProperty('categories')?.getValues()).toEqual(['Мероприятия', 'Семинары, вебинары']);
  });

  it('keeps UIDs as given and stamps every event', () => {
    const uids = ['plan-2023-1.1@centre', 'cyclogram;week,3@centre'];
    const { events } = parse(uids.map((uid) => event({ uid })));
    expect(events.map((parsed) => parsed.uid)).toEqual(uids);
    for (const parsed of events) {
      expect(parsed.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2023-11-23T09:34:00Z');
    }
  });

  it('marks the calendar as iCalendar 2.0 from centre', () => {
    const { calendar } = parse([event()]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//centre//Class teacher support centre plans//RU');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(options.calendarName);
  });
});

describe('writeIcs: dates', () => {
  it('writes all-day DATE values with an exclusive DTEND', () => {
    const parsed = only({ start: iso('2023-09-18'), end: iso('2023-09-18') });
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.endDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2023-09-18');
    expect(parsed.endDate.toString()).toBe('2023-09-19');
  });

  it('ends a multi-day span the day after its last day', () => {
    expect(only({ start: iso('2024-03-01'), end: iso('2024-04-30') }).endDate.toString()).toBe('2024-05-01');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(only({ end: iso('2023-12-31') }).endDate.toString()).toBe('2024-01-01');
    expect(only({ end: iso('2024-02-28') }).endDate.toString()).toBe('2024-02-29');
    expect(only({ end: iso('2024-02-29') }).endDate.toString()).toBe('2024-03-01');
  });
});

describe('writeIcs: recurrence', () => {
  it('expands the third Monday of each month', () => {
    const parsed = only({ start: iso('2023-09-18'), end: iso('2023-09-18'), rrule: 'FREQ=MONTHLY;BYDAY=3MO;UNTIL=20240531' });
    expect(occurrences(parsed)).toEqual([
      '18.09.2023',
      '16.10.2023',
      '20.11.2023',
      '18.12.2023',
      '15.01.2024',
      '19.02.2024',
      '18.03.2024',
      '15.04.2024',
      '20.05.2024',
    ]);
  });

  it('expands the last Wednesday of each month', () => {
    const parsed = only({ start: iso('2023-09-27'), end: iso('2023-09-27'), rrule: 'FREQ=MONTHLY;BYDAY=-1WE;UNTIL=20240531' });
    expect(occurrences(parsed)).toEqual([
      '27.09.2023',
      '25.10.2023',
      '29.11.2023',
      '27.12.2023',
      '31.01.2024',
      '28.02.2024',
      '27.03.2024',
      '24.04.2024',
      '29.05.2024',
    ]);
  });

  it('leaves EXDATE dates out of the expansion', () => {
    const parsed = only({
      rrule: 'FREQ=MONTHLY;BYDAY=3MO;UNTIL=20240531',
      exdates: [iso('2023-12-18'), iso('2024-05-20')],
    });
    const dates = occurrences(parsed);
    expect(dates).toHaveLength(7);
    expect(dates).not.toContain('18.12.2023');
    expect(dates).not.toContain('20.05.2024');
    expect(
      parsed.component
        .getFirstProperty('exdate')
        ?.getValues()
        .every((date: ICAL.Time) => date.isDate),
    ).toBe(true);
  });
});

describe('writeIcs: lines', () => {
  const longSummary = 'Методический семинар «Воспитательная работа классного руководителя, '.repeat(4);
  const text = writeIcs([event({ summary: longSummary, description: longSummary })], options);

  it('ends every line with CRLF and has no bare LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets, splitting no character', () => {
    const lines = physicalLines(text);
    expect(lines.some((line) => Buffer.byteLength(line) > 70)).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(isValidUtf8(line)).toBe(true);
    }
    expect(only({ summary: longSummary }).summary).toBe(longSummary);
  });

  it('folds arbitrary unicode losslessly (property)', () => {
    const cyrillic = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя «»'), maxLength: 200 });
    const anyText = fc.string({ unit: 'binary', maxLength: 300 }).filter((value) => !value.includes('\r'));
    fc.assert(
      fc.property(fc.oneof(cyrillic, anyText), (line) => {
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const physical of physicalLines(folded)) {
          expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
          expect(isValidUtf8(physical)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// UIDs of a whole export: the plans in plans/ turned into events, as `centre calendar -f ics` does.
describe('buildIcsEvents: UIDs', () => {
  const planFiles = ['plans/2020-2021-buzuluk-plan.yaml', 'plans/2020-2021-ponomarevka-cyclogram.yaml', 'plans/2023-2024-regional-plan.yaml'];
  const read = (file: string, edit: (text: string) => string = (text) => text): PlanSource => {
    // as every command reads a file: the fast path, then the located validation (a plan with warnings only is valid)
    const text = edit(readFileSync(path.join(repoRoot, file), 'utf8'));
    const validated = quickValidate(text)?.validated ?? validateText(file, text).validated;
    if (validated?.kind !== 'plan' && validated?.kind !== 'cyclogram') throw new Error(`${file} is not a valid plan`);
    return { plan: validated.value, file };
  };
  const calendar = russianCalendar();
  // Items with several one-off dates each, where counting inside the window would shift every UID by one.
  const listed = [
    'kind: plan',
    'title: План работы',
    'organisation: Центр',
    'academicYear: 2023-2024',
    'sections:',
    '  - title: Совещания',
    '    items:',
    '      - activity: Совещание кураторов',
    '        timing: 15.09.2023, 20.10.2023, 17.11.2023',
    '        responsible: [Центр]',
    '      - activity: Совещание кураторов',
    '        timing: 15.09.2023, 20.10.2023, 17.11.2023',
    '        responsible: [Центр]',
    '      - activity: Семинар',
    '        timing: в течение года',
    '        responsible: [Центр]',
    '        schedule: {dates: [2023-09-18, 2023-12-18, 2024-03-18, 2024-05-20]}',
    '        events:',
    '          - {title: Итоги, date: 2024-05-27}',
    '          - {title: Итоги, date: 2024-05-27}',
    '      - activity: Вестник',
    '        timing: 1 издание в квартал, кроме июля',
    '        responsible: [Центр]',
    '',
  ].join('\n');
  const listedPlan = (): PlanSource => {
    const quick = quickValidate(listed);
    if (quick?.validated.kind !== 'plan') throw new Error('the listed plan is not valid');
    return { plan: quick.validated.value, file: 'listed.yaml' };
  };

  /** The events an application would import, read back by ical.js: uid → what it is (first day, summary, recurring or not). */
  function exported(sources: readonly PlanSource[], start: string, end: string): Map<string, string> {
    const text = writeIcs(buildIcsEvents(sources, { start: iso(start), end: iso(end) }, calendar), options);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const byUid = new Map<string, string>();
    for (const event of events) {
      expect(byUid.has(event.uid), `UID ${event.uid} is used twice`).toBe(false);
      byUid.set(
        event.uid,
        event.isRecurring() ? `series ${event.summary} ${event.description}` : `${event.startDate.toString()} ${event.summary} ${event.description}`,
      );
    }
    return byUid;
  }

  it('gives the same occurrence the same UID in exports over different windows (property)', () => {
    const sources = [...planFiles.map((file) => read(file)), listedPlan()];
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((offset) => new Date(Date.UTC(2020, 7, 1) + offset * 86_400_000).toISOString().slice(0, 10));
    const window = fc.tuple(day, day).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
    fc.assert(
      fc.property(window, window, ([startA, endA], [startB, endB]) => {
        const a = exported(sources, startA, endA);
        const b = exported(sources, startB, endB);
        // Every one-off occurrence both exports hold has one UID in both.
        const uidOf = (events: Map<string, string>) => new Map([...events].map(([uid, what]) => [what, uid]));
        const uidsA = uidOf(a);
        for (const [what, uid] of uidOf(b)) if (uidsA.has(what)) expect(uidsA.get(what)).toBe(uid);
        // And no UID means one day in one export and another day in the other.
        for (const [uid, what] of b) if (a.has(uid) && !what.startsWith('series')) expect(a.get(uid)).toBe(what);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the UID of an occurrence when the window starts after some of the same item’s dates', () => {
    const sources = [read('plans/2023-2024-regional-plan.yaml'), listedPlan()];
    const year = exported(sources, '2023-09-01', '2024-08-31');
    const spring = exported(sources, '2024-01-01', '2024-08-31');
    const springDates = [...spring.values()].filter((what) => !what.startsWith('series'));
    expect(springDates.length).toBeGreaterThan(3);
    for (const [uid, what] of spring) expect(year.get(uid)).toBe(what);
  });

  it('gives the same plan of another year other UIDs', () => {
    const thisYear = read('plans/2020-2021-buzuluk-plan.yaml');
    const nextYear = read('plans/2020-2021-buzuluk-plan.yaml', (text) =>
      text
        .replace('academicYear: 2020-2021', 'academicYear: 2021-2022')
        .replace(/(\d{2}\.\d{2}\.)2020\b/g, '$12021')
        .replace(/(\d{2}\.\d{2}\.)2021\b/g, '$12022'),
    );
    expect(nextYear.plan.academicYear).toBe('2021-2022');
    const a = exported([thisYear], '2020-09-01', '2021-08-31');
    const b = exported([nextYear], '2021-09-01', '2022-08-31');
    expect(a.size).toBeGreaterThan(5);
    expect(b.size).toBeGreaterThan(5);
    expect([...b.keys()].filter((uid) => a.has(uid))).toEqual([]);
    // exported together, over both years, neither plan takes a UID of the other
    const span = ['2020-09-01', '2022-08-31'] as const;
    const both = exported([thisYear, nextYear], ...span);
    expect(both.size).toBe(exported([thisYear], ...span).size + exported([nextYear], ...span).size);
  });

  it('tells apart plans of the same title by their organisation, and items that say the same', () => {
    const item = (activity: string, timing: string) => ({ activity, timing, responsible: ['Центр'] });
    const plan = (organisation: string): PlanSource => ({
      file: 'plan.yaml',
      plan: {
        kind: 'plan',
        title: 'План работы',
        organisation,
        academicYear: '2023-2024',
        orientation: 'portrait',
        approvals: [],
        sections: [
          { title: 'Совещания', items: [item('Совещание', '18 сентября 2023'), item('Совещание', '18 сентября 2023'), item('Семинар', 'ежемесячно')] },
          { title: 'Другое', items: [item('Совещание', '18 сентября 2023')] },
        ],
      },
    });
    const a = exported([plan('Центр А')], '2023-09-01', '2024-08-31');
    const b = exported([plan('Центр Б')], '2023-09-01', '2024-08-31');
    // three meetings and the seminar once a month, September to May: each month an event of its own
    expect(a.size).toBe(12);
    expect([...b.keys()].filter((uid) => a.has(uid))).toEqual([]);
  });

  it('writes UIDs of the plan and the day, never of the window: stableId is a pure hash', () => {
    expect(stableId('a', 'b')).toBe(stableId('a', 'b'));
    expect(stableId('a', 'b')).not.toBe(stableId('ab'));
    expect(stableId('a', 'b')).toMatch(/^[0-9a-f]{16}$/);
    const ids = new Set(Array.from({ length: 100_000 }, (_, i) => stableId('План', `Совещание ${i}`)));
    expect(ids.size).toBe(100_000);
  });
});
