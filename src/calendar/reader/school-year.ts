// The school year: its terms (четверти), half-years, holidays and last day of
// lessons. A workspace may describe its own in a `kind: school-year` file;
// without one, a default is built for each academic year.
//
// The default follows the federal calendar of the federal educational
// programmes (ФОП НОО, ООО, СОО: Приказы Минпросвещения России от 18.05.2023
// № 372, № 370, № 371, with the amendments of Приказ от 19.03.2024 № 171):
// lessons start on 1 September (the next Monday when it is a Sunday); four
// terms of about 8, 8, 11 and 8 weeks separated by autumn, winter and spring
// holidays of 9 calendar days; lessons end on 26 May (the working day before
// it when it falls on a Sunday), and the summer holidays run to 31 August.
// Before 2023–2024 there was no federal calendar: each school set its own, so
// the terms of earlier years are the months they are traditionally made of
// (I: September–October, II: November–December, III: January–March,
// IV: April–May; the summer holidays after the last bell of 25 May), and
// every reading that uses them says so.
import { addDays, isoDate, monthEnd, weekdayOf } from '../days.js';
import type { IsoDate, Span } from '../model.js';
import { russianCalendar } from '../working-days.js';

export interface SchoolYear {
  /** The academic year's first calendar year (2023 for 2023–2024). */
  readonly first: number;
  /** Four terms (четверти), in order. */
  readonly quarters: readonly Span[];
  readonly halfYears: readonly Span[];
  readonly trimesters: readonly Span[];
  /** Autumn, winter, spring and summer holidays, in order. */
  readonly holidays: readonly Span[];
  readonly lastDayOfLessons: IsoDate;
  /** How the year was built: from the workspace's file, from the federal calendar, or from months (before 2023). */
  readonly source: 'file' | 'federal' | 'months';
}

/** The first year of the federal calendar (ФОП, 2023–2024). */
const federalCalendarFrom = 2023;

/** The Sunday on or before `date`. */
const sundayOnOrBefore = (date: IsoDate) => addDays(date, -(weekdayOf(date) % 7));

/**
 * The default school year whose first calendar year is `first`, built on each call: a few dozen date
 * sums, cheaper than a phrase's reading, and no memo to keep one year's answer past a change of rules
 * (mutation testing switches the code under a module-level memo).
 */
export function defaultSchoolYear(first: number): SchoolYear {
  if (first < federalCalendarFrom) return monthsSchoolYear(first);
  const second = first + 1;
  const septemberFirst = isoDate(first, 9, 1);
  const lessonsStart = weekdayOf(septemberFirst) === 7 ? addDays(septemberFirst, 1) : septemberFirst;
  // Holidays run on through the days off that follow them (4 November on a Monday, a moved day off).
  const calendar = russianCalendar();
  const throughDaysOff = (end: IsoDate) => {
    let last = end;
    while (!calendar.isWorkingDay(addDays(last, 1))) last = addDays(last, 1);
    return last;
  };
  // Autumn: nine days ending on the Sunday nearest to 4 November (the Day of National Unity).
  const autumnEnd = nearestSunday(isoDate(first, 11, 4));
  const autumn = { start: addDays(autumnEnd, -8), end: throughDaysOff(autumnEnd) };
  // Winter: from 30 December to the end of the New Year holidays (Labour Code art. 112: 1–8 January).
  const winter = { start: isoDate(first, 12, 30), end: throughDaysOff(isoDate(second, 1, 8)) };
  // Spring: nine days ending on the last Sunday of March.
  const springEnd = sundayOnOrBefore(isoDate(second, 3, 31));
  const spring = { start: addDays(springEnd, -8), end: springEnd };
  const may26 = isoDate(second, 5, 26);
  const lastDayOfLessons = weekdayOf(may26) === 7 ? addDays(may26, -2) : may26;
  const summer = { start: addDays(lastDayOfLessons, 1), end: isoDate(second, 8, 31) };
  const quarters = [
    { start: lessonsStart, end: addDays(autumn.start, -1) },
    { start: addDays(autumn.end, 1), end: addDays(winter.start, -1) },
    { start: addDays(winter.end, 1), end: addDays(spring.start, -1) },
    { start: addDays(spring.end, 1), end: lastDayOfLessons },
  ];
  return { first, quarters, ...halvesAndThirds(first, lastDayOfLessons), holidays: [autumn, winter, spring, summer], lastDayOfLessons, source: 'federal' };
}

function nearestSunday(date: IsoDate): IsoDate {
  const before = sundayOnOrBefore(date);
  const after = addDays(before, 7);
  // Days since that Sunday: 0 for a Sunday itself (4 November 2029), 3 for a Wednesday, which keeps the Sunday before.
  return weekdayOf(date) % 7 <= 3 ? before : after;
}

function monthsSchoolYear(first: number): SchoolYear {
  const second = first + 1;
  const months = (fromYear: number, from: number, toYear: number, to: number) => ({ start: isoDate(fromYear, from, 1), end: monthEnd(toYear, to) });
  // The traditional last bell, 25 May: the summer holidays of most schools began after it.
  const lastDayOfLessons = isoDate(second, 5, 25);
  return {
    first,
    quarters: [months(first, 9, first, 10), months(first, 11, first, 12), months(second, 1, second, 3), months(second, 4, second, 5)],
    ...halvesAndThirds(first, lastDayOfLessons),
    holidays: [{ start: addDays(lastDayOfLessons, 1), end: isoDate(second, 8, 31) }],
    lastDayOfLessons,
    source: 'months',
  };
}

/** Half-years are September–December and January to the last day of lessons; trimesters are three months each. */
function halvesAndThirds(first: number, lastDayOfLessons: IsoDate) {
  const second = first + 1;
  return {
    halfYears: [
      { start: isoDate(first, 9, 1), end: isoDate(first, 12, 31) },
      { start: isoDate(second, 1, 1), end: lastDayOfLessons },
    ],
    trimesters: [
      { start: isoDate(first, 9, 1), end: isoDate(first, 11, 30) },
      { start: isoDate(first, 12, 1), end: monthEnd(second, 2) },
      { start: isoDate(second, 3, 1), end: lastDayOfLessons },
    ],
  };
}

/** The summer holidays of a school year: after the last day of lessons, to 31 August. */
export function summerHolidays(year: SchoolYear): Span {
  return { start: addDays(year.lastDayOfLessons, 1), end: isoDate(year.first + 1, 8, 31) };
}
