// Which days are working days in Russia, and the Civil Code art. 193 rule: a
// deadline that falls on a day off moves to the next working day.
import { addDays, dateParts, weekdayOf } from './days.js';
import { russianHolidays, russianHolidayYears } from './holidays-ru.js';
import type { IsoDate } from './model.js';

export interface LocalDay {
  readonly date: IsoDate;
  /** true: a working day (e.g. a working Saturday); false: a day off (e.g. a local holiday). */
  readonly working: boolean;
  readonly name?: string;
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** `date` itself when it is a working day, else the first working day after it. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** Why a day is off, when it is a holiday or a moved day off (not for ordinary weekends). */
  holidayName(date: IsoDate): string | undefined;
  /** Whether the official calendar of the date's year is known (otherwise only Labour Code art. 112 is applied). */
  knowsYear(year: number): boolean;
}

const MOVED_DAY_OFF = 'Перенесённый выходной день';

/** The Russian calendar, with the workspace's local days on top. */
export function russianCalendar(localDays: readonly LocalDay[] = []): WorkingCalendar {
  const local = new Map(localDays.map((day) => [day.date, day]));
  const official = (date: IsoDate): { working: boolean; name?: string } => {
    const { year } = dateParts(date);
    const monthDay = date.slice(5);
    const weekend = weekdayOf(date) >= 6;
    const data = russianHolidayYears[year];
    if (data) {
      if (data.workingWeekendDays.includes(monthDay)) return { working: true };
      if (data.daysOff.includes(monthDay)) return { working: false, name: russianHolidays[monthDay] ?? MOVED_DAY_OFF };
      return { working: !weekend, name: weekend ? russianHolidays[monthDay] : undefined };
    }
    return labourCodeDay(date);
  };
  const resolve = (date: IsoDate) => {
    const day = local.get(date);
    return day ? { working: day.working, name: day.name } : official(date);
  };
  return {
    isWorkingDay: (date) => resolve(date).working,
    nextWorkingDay: (date) => {
      let day = date;
      for (let guard = 0; !resolve(day).working && guard < 366; guard++) day = addDays(day, 1);
      return day;
    },
    holidayName: (date) => (resolve(date).working ? undefined : resolve(date).name),
    knowsYear: (year) => Object.hasOwn(russianHolidayYears, year),
  };
}

/** A year without a decree yet: holidays of art. 112, and a weekend holiday (but January's) moves to the next weekday. */
function labourCodeDay(date: IsoDate): { working: boolean; name?: string } {
  const monthDay = date.slice(5);
  if (russianHolidays[monthDay]) return { working: false, name: russianHolidays[monthDay] };
  if (weekdayOf(date) >= 6) return { working: false };
  // The first weekday after a weekend holiday: look back over the weekend just before this day only.
  for (let back = 1; back <= 2; back++) {
    const earlier = addDays(date, -back);
    if (weekdayOf(earlier) < 6) break;
    const name = russianHolidays[earlier.slice(5)];
    if (name && !earlier.slice(5).startsWith('01-')) return { working: false, name: MOVED_DAY_OFF };
  }
  return { working: true };
}
