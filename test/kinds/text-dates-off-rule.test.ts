// validate warns where dates written in an item's own text contradict its rule: «семинары 21 октября,
// 18 ноября» under «каждый второй вторник месяца» (both are third Tuesdays in 2025). Only when the
// rule is a recurrence of weekdays and the dates are clearly the item's days: dates of laws, holidays,
// deadlines, ranges and titles stay silent.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand } from '../../src/calendar/expand.js';
import { addDays, dateParts } from '../../src/calendar/days.js';
import type { IsoDate } from '../../src/calendar/model.js';
import { monthsIn } from '../../src/text/russian-words.js';
import { readTiming } from '../../src/calendar/reader/reading.js';
import { russianCalendar } from '../../src/calendar/working-days.js';
import { textDates } from '../../src/kinds/text-dates.js';
import { validateText } from '../../src/kinds/validate.js';
import { spawnCli, temporaryDir } from '../helpers/cli.js';
import { iso } from '../helpers/iso.js';

const plan = (timing: string, activity: string, year = '2025-2026') =>
  [
    'kind: plan',
    'title: План',
    `academicYear: ${year}`,
    'sections:',
    '  - title: Семинары',
    '    items:',
    `      - activity: ${activity}`,
    `        timing: ${timing}`,
    '        responsible: [Центр]',
    '',
  ].join('\n');
const offText = (text: string) =>
  validateText('p.yaml', text)
    .diagnostics.filter((d) => d.code === 'text-date-off-rule')
    .map(({ line, column, params }) => ({ line, column, date: params?.date }));
const calendar = russianCalendar();
const writtenAs = (date: IsoDate) => `${dateParts(date).day} ${monthsIn('genitive')[dateParts(date).month - 1]}`;

describe('dates in an item’s text against its own rule', () => {
  it('points at each third Tuesday written under «каждый второй вторник месяца»', () => {
    expect(offText(plan('каждый второй вторник месяца', 'Методические семинары 21 октября, 18 ноября'))).toEqual([
      { line: 7, column: 41, date: iso('2025-10-21') },
      { line: 7, column: 53, date: iso('2025-11-18') },
    ]);
  });

  it('points at a series of Tuesdays under «третий понедельник»', () => {
    expect(offText(plan('третий понедельник месяца', 'Методические семинары 21 октября, 18 ноября')).map((p) => p.date)).toEqual(['2025-10-21', '2025-11-18']);
  });

  it.each([
    ['каждый второй вторник месяца', 'Методические семинары 14 октября, 11 ноября', 'the rule’s own days'],
    ['каждый второй вторник месяца', 'Совещание 14.10.2025', 'a numeric date on the rule'],
    ['в течение года', 'Методические семинары 21 октября, 18 ноября', 'a rule that is not of weekdays'],
    ['ежемесячно', 'Методические семинары 21 октября, 18 ноября', 'a monthly rule with no weekday'],
    ['каждый второй вторник месяца', 'Изучение Федерального закона от 29.12.2012 № 273-ФЗ', 'the date of a law'],
    ['каждый второй вторник месяца', 'Изучение приказа 21.10.2025 № 15', 'an order’s number after the date'],
    ['каждый второй вторник месяца', 'Подготовка концерта к 21 октября', 'a date led up to'],
    ['каждый второй вторник месяца', 'Сбор отчётов до 21 октября', 'a deadline'],
    ['каждый второй вторник месяца', 'Подготовка к 9 мая', '«к 9 мая»'],
    ['каждый второй вторник месяца', 'Неделя психологии с 21 по 25 октября', 'the ends of a period'],
    ['каждый второй вторник месяца', 'Консультации 21 октября – 18 ноября', 'a range with a dash'],
    ['каждый второй вторник месяца', 'Разговоры о важном: 21 октября – День отца', 'a memorable day named after the date'],
    ['каждый второй вторник месяца', 'Беседы ко Дню матери (25 ноября)', 'a memorable day named before the date'],
    ['каждый второй вторник месяца', 'Семинар «Итоги 21 октября»', 'a date inside a title in quotes'],
    ['каждый второй вторник месяца', 'Анализ итогов 2025 года', 'a year alone'],
    ['каждый второй вторник месяца', 'Семинар; экскурсия 23 октября', 'one date on another weekday (not clearly the item’s)'],
    ['по понедельникам', 'Разговоры о важном: 4 ноября, 12 декабря', 'two dates on different weekdays'],
    ['каждый второй вторник месяца', 'Семинары 21 октября, 18 ноября 2024 года', 'dates of another year than the plan’s'],
    ['каждый второй вторник месяца', 'Рабочий день с субботы 1 ноября на понедельник 3 ноября', 'a moved day off'],
  ])('«%s» with «%s»: silent (%s)', (timing, activity) => {
    expect(offText(plan(timing, activity))).toEqual([]);
  });

  it('reads a year written after the date and a numeric date with a two-digit year', () => {
    expect(offText(plan('каждый второй вторник месяца', 'Семинары 21 октября 2025 г., 18.11.25')).map((p) => p.date)).toEqual(['2025-10-21', '2025-11-18']);
  });

  it('reads the days of a list that share one month: «7, 21 и 28 октября»', () => {
    expect(textDates('Семинары 7, 21 и 28 октября').map(({ day, month, start, end }) => ({ day, month, start, end }))).toEqual([
      { day: 7, month: 10, start: 9, end: 10 },
      { day: 21, month: 10, start: 12, end: 14 },
      { day: 28, month: 10, start: 17, end: 27 },
    ]);
    expect(offText(plan('каждый второй вторник месяца', 'Семинары 7, 21 и 28 октября')).map((p) => p.date)).toEqual(['2025-10-07', '2025-10-21', '2025-10-28']);
  });

  it('the dates of a monthly weekday rule pass, and the same dates a week later are pointed at (property)', () => {
    const ordinals = ['первый', 'второй', 'третий'];
    const weekdays = ['понедельник', 'вторник', 'четверг'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 }), (nth, weekday, month) => {
        const timing = `каждый ${ordinals[nth]} ${weekdays[weekday]} месяца`;
        const rule = readTiming(timing, { period: { start: iso('2025-09-01'), end: iso('2026-08-31') } }).schedule!;
        const days = expand(rule, { start: iso('2025-09-01'), end: iso('2026-05-20') })
          .slice(month, month + 2)
          .map((span) => span.start);
        expect(offText(plan(timing, `Семинары ${days.map(writtenAs).join(', ')}`))).toEqual([]);
        const later = days.map((day) => addDays(day, 7)).filter((day) => expand(rule, { start: day, end: day }).length === 0 && calendar.isWorkingDay(day));
        const found = offText(plan(timing, `Семинары ${later.map(writtenAs).join(', ')}`)).map((p) => p.date);
        expect(found).toEqual(later);
      }),
      { numRuns: 40 },
    );
  });

  it('is said by the installed command in Russian and English, at the line and column of the date', () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    writeFileSync(path.join(dir, 'plans', 'plan.yaml'), plan('каждый второй вторник месяца', 'Методические семинары 21 октября, 14 ноября'));
    const ru = spawnCli(['validate', '--format', 'short'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain(
      'plans/plan.yaml:7:41: предупреждение: Дата 21.10.2025 в тексте пункта не попадает в его правило «каждый второй вторник месяца»; проверьте дату или правило.',
    );
    expect(ru.stdout).not.toContain('11.2025');
    const en = spawnCli(['validate', '--format', 'short'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      "plans/plan.yaml:7:41: warning: The date 2025-10-21 written in this item's text is not a day of its own rule «каждый второй вторник месяца»; check the date or the rule.",
    );
  });
});
