// The explicit `schedule:` of an item, for when its «сроки» text cannot say
// when exactly things happen. One of:
//   schedule: {every: month, weekdays: [пн], nth: 3, except: [6, 7, 8]}
//   schedule: {dates: [2023-09-18, 2023-10-16]}
//   schedule: {from: 2023-10-01, to: 2024-04-30}
//   schedule: {deadline: 2023-12-15}
//   schedule: {unscheduled: true}
// Which keys go together is checked by a rule (rules.ts), so that each
// mistake gets its own message.
import * as z from 'zod/mini';
import { calendarDate, describe } from './fields.js';
import { weekdayAbbreviations } from '../text/russian-words.js';

export const scheduleSchema = z
  .strictObject({
    every: z.optional(z.enum(['week', 'month', 'quarter'], { error: 'schedule-every' }).check(describe('Повторение: week, month или quarter.'))),
    weekdays: z.optional(
      z
        .array(z.enum(weekdayAbbreviations, { error: 'schedule-weekday' }), { error: 'expected-list' })
        .check(describe('Дни недели: пн, вт, ср, чт, пт, сб, вс.')),
    ),
    nth: z.optional(
      z
        .union([
          z.int({ error: 'schedule-nth' }).check(z.minimum(1, { error: 'schedule-nth' }), z.maximum(5, { error: 'schedule-nth' })),
          z.literal('last', { error: 'schedule-nth' }),
        ])
        .check(describe('Какой по счёту день недели в месяце: 1–5 или last (последний).')),
    ),
    except: z.optional(
      z
        .array(z.int({ error: 'schedule-month' }).check(z.minimum(1, { error: 'schedule-month' }), z.maximum(12, { error: 'schedule-month' })), {
          error: 'expected-list',
        })
        .check(describe('Месяцы без мероприятия, номерами: [6, 7, 8] — без лета.')),
    ),
    from: z.optional(calendarDate('Первый день.')),
    to: z.optional(calendarDate('Последний день.')),
    dates: z.optional(z.array(calendarDate('Дата.'), { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }), describe('Точные даты.'))),
    deadline: z.optional(calendarDate('Крайний срок (переносится на рабочий день, если выпадает на выходной).')),
    unscheduled: z.optional(z.literal(true, { error: 'schedule-unscheduled' }).check(describe('true: без дат («по необходимости»).'))),
  })
  .check(describe('Точное расписание, если текст «сроков» его не передаёт.'));

export type ScheduleInput = z.infer<typeof scheduleSchema>;

export const holidaysSchema = z
  .strictObject({
    kind: z.literal('holidays'),
    days: z
      .array(
        z.strictObject({
          date: calendarDate('Дата.'),
          working: z.boolean({ error: 'expected-boolean' }).check(describe('false — выходной (местный праздник), true — рабочий день.')),
          name: z.optional(z.string({ error: 'expected-text' }).check(describe('Название дня.'))),
        }),
        { error: 'expected-list' },
      )
      .check(z.minLength(1, { error: 'empty-list' })),
  })
  .check(
    z.meta({
      title: 'Местные выходные и рабочие дни',
      description: 'Дни, которые в вашем регионе или организации отличаются от производственного календаря (kind: holidays).',
    }),
  );

export type Holidays = z.infer<typeof holidaysSchema>;
