// The rules of a school-year file, and the school year it describes for the
// timing reader.
import { addDays, isoDate } from '../calendar/days.js';
import type { IsoDate, Span } from '../calendar/model.js';
import type { SchoolYear } from '../calendar/reader/school-year.js';
import { parseAcademicYear } from '../schema/dates.js';
import type { SchoolYearFile } from '../schema/school-year.js';
import type { RuleProblem } from './rules.js';

const spanOf = (item: { from: IsoDate; to: IsoDate }): Span => ({ start: item.from, end: item.to });

/** Every term and holiday lies in the academic year, ends after it starts, and the terms follow each other. */
export function schoolYearRules(file: SchoolYearFile): RuleProblem[] {
  const { first } = parseAcademicYear(file.academicYear)!;
  const year = { start: isoDate(first, 9, 1), end: isoDate(first + 1, 8, 31) };
  const problems: RuleProblem[] = [];
  const check = (items: readonly { from: IsoDate; to: IsoDate }[], key: 'terms' | 'holidays') =>
    items.forEach((item, index) => {
      const span = spanOf(item);
      if (span.start > span.end)
        problems.push({ path: [key, index, 'to'], severity: 'error', code: 'period-order', params: { from: span.start, to: span.end } });
      else if (span.start < year.start || span.end > year.end)
        problems.push({
          path: [key, index],
          severity: 'error',
          code: 'school-year-outside',
          params: { from: span.start, to: span.end, year: file.academicYear },
        });
      else if (key === 'terms' && index > 0 && span.start <= spanOf(items[index - 1]!).end)
        problems.push({ path: [key, index, 'from'], severity: 'error', code: 'school-year-term-order', params: { number: index + 1 } });
    });
  check(file.terms, 'terms');
  check(file.holidays ?? [], 'holidays');
  if (file.lastDayOfLessons) {
    const last = file.lastDayOfLessons;
    if (last < year.start || last > year.end)
      problems.push({ path: ['lastDayOfLessons'], severity: 'error', code: 'school-year-outside', params: { from: last, to: last, year: file.academicYear } });
  }
  return problems;
}

/** The school year a valid file describes: four terms are четверти, three are триместры. */
export function schoolYearOf(file: SchoolYearFile): SchoolYear {
  const { first } = parseAcademicYear(file.academicYear)!;
  const terms = file.terms.map(spanOf);
  const lastDayOfLessons = file.lastDayOfLessons ?? terms.at(-1)!.end;
  const summer = { start: addDays(lastDayOfLessons, 1), end: isoDate(first + 1, 8, 31) };
  return {
    first,
    quarters: terms.length === 4 ? terms : [],
    trimesters: terms.length === 3 ? terms : [],
    halfYears: [
      { start: isoDate(first, 9, 1), end: isoDate(first, 12, 31) },
      { start: isoDate(first + 1, 1, 1), end: lastDayOfLessons },
    ],
    holidays: [...(file.holidays ?? []).map(spanOf), summer],
    lastDayOfLessons,
    source: 'file',
  };
}
