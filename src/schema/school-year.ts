// A school's own calendar of the year (kind: school-year): its terms
// (четверти or триместры), holidays and last day of lessons. Without one, the
// reader uses the federal calendar of the ФОП for the year (see
// src/calendar/reader/school-year.ts).
//
//   kind: school-year
//   academicYear: 2024-2025
//   terms:
//     - {from: 2024-09-02, to: 2024-10-25}
//     - {from: 2024-11-05, to: 2024-12-28}
//     - {from: 2025-01-09, to: 2025-03-21}
//     - {from: 2025-03-31, to: 2025-05-26}
//   holidays:
//     - {from: 2024-10-26, to: 2024-11-04, name: осенние}
//   lastDayOfLessons: 2025-05-26
import * as z from 'zod/mini';
import { academicYear, calendarDate, describe, exampleFlag, text } from './fields.js';

const span = (description: string) =>
  z.strictObject({ from: calendarDate('Первый день.'), to: calendarDate('Последний день.'), name: z.optional(text('Название.')) }).check(describe(description));

export const schoolYearSchema = z
  .strictObject({
    kind: z.literal('school-year'),
    example: exampleFlag,
    academicYear,
    terms: z
      .array(span('Четверть или триместр.'), { error: 'expected-list' })
      .check(
        z.minLength(3, { error: 'school-year-terms' }),
        z.maxLength(4, { error: 'school-year-terms' }),
        describe('Четверти (4) или триместры (3), по порядку.'),
      ),
    holidays: z.optional(z.array(span('Каникулы.'), { error: 'expected-list' }).check(describe('Каникулы, кроме летних.'))),
    lastDayOfLessons: z.optional(calendarDate('Последний день занятий (по умолчанию — конец последней четверти).')),
  })
  .check(z.meta({ title: 'Учебный год школы', description: 'Четверти или триместры, каникулы и последний день занятий (kind: school-year).' }));

export type SchoolYearFile = z.infer<typeof schoolYearSchema>;
