// The example plan that `centre init` writes is for the academic year the user
// is in, so that `centre calendar` in a fresh workspace shows something. The
// template is written for one year; every date in it moves to the same weekday
// of the same week of its month in the target year (the third Monday stays the
// third Monday, as the item's «каждый 3-й понедельник месяца» says), and every
// other year number moves by as many years.
import type { Span } from '../calendar/model.js';
import { daysInMonth } from '../schema/iso-date.js';
import type { SchoolYear } from '../calendar/reader/school-year.js';

/** The academic year a methodologist is planning on `today` (YYYY-MM-DD): from August on, the one that starts in September. */
export function academicYearStart(today: string): number {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month >= 8 ? year : year - 1;
}

/** `text` with its academic year (the first `academicYear: YYYY-…` line) moved to the one that starts in `startYear`. */
export function moveToAcademicYear(text: string, startYear: number): string {
  const declared = /^academicYear:\s*(\d{4})/m.exec(text);
  if (!declared) return text;
  const offset = startYear - Number(declared[1]);
  if (offset === 0) return text;
  return text.replace(
    /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{2})\.(\d{2})\.(\d{4})\b|\b(20\d{2})\b/g,
    (match, isoYear, isoMonth, isoDay, day, month, year, bare) => {
      if (bare !== undefined) return String(Number(bare) + offset);
      const moved = sameWeekdayOfMonth(Number(isoYear ?? year), Number(isoMonth ?? month), Number(isoDay ?? day), offset);
      const [y, m, d] = [String(moved.getUTCFullYear()), pad(moved.getUTCMonth() + 1), pad(moved.getUTCDate())];
      return isoYear !== undefined ? `${y}-${m}-${d}` : `${d}.${m}.${y}`;
    },
  );
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The n-th same weekday of the same month, `offset` years later; the last one when that month has no n-th. */
function sameWeekdayOfMonth(year: number, month: number, day: number, offset: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  const nth = Math.ceil(day / 7);
  const target = year + offset;
  const firstWeekday = new Date(Date.UTC(target, month - 1, 1)).getUTCDay();
  let targetDay = 1 + ((date.getUTCDay() - firstWeekday + 7) % 7) + (nth - 1) * 7;
  if (targetDay > daysInMonth(target, month)) targetDay -= 7;
  return new Date(Date.UTC(target, month - 1, targetDay));
}

/**
 * The example school-year file of `centre init`: the terms and holidays of the federal calendar (ФОП)
 * for the year that starts in `startYear`, which the reader assumes anyway, written out for the school
 * to change into its own.
 */
export function schoolYearExample(year: SchoolYear): string {
  const span = ({ start, end }: Span, name?: string) => `{from: ${start}, to: ${end}${name ? `, name: ${name}` : ''}}`;
  const [autumn, winter, spring] = year.holidays;
  return [
    '# yaml-language-server: $schema=./schemas/school-year.schema.json',
    `# Пример учебного года школы: четверти и каникулы ${year.first}–${year.first + 1} учебного года по федеральному`,
    '# календарному графику (ФОП). Без такого файла centre берёт эти же даты сам; если у школы они другие',
    '# (триместры, свои каникулы), впишите свои и удалите строку «example: true».',
    '',
    '# Вид файла: school-year — учебный год школы.',
    'kind: school-year',
    '# Пример: пока эта строка есть, centre site build не учитывает этот файл. Удалите её, когда впишете свои даты.',
    'example: true',
    `academicYear: ${year.first}-${year.first + 1}`,
    '# Четверти (4) или триместры (3) по порядку: первый и последний день.',
    'terms:',
    ...year.quarters.map((quarter) => `  - ${span(quarter)}`),
    '# Каникулы, кроме летних.',
    'holidays:',
    ...[
      [autumn, 'осенние'],
      [winter, 'зимние'],
      [spring, 'весенние'],
    ].flatMap(([holiday, name]) => (holiday ? [`  - ${span(holiday as Span, name as string)}`] : [])),
    '# Последний день занятий (по умолчанию — конец последней четверти).',
    `lastDayOfLessons: ${year.lastDayOfLessons}`,
    '',
  ].join('\n');
}
