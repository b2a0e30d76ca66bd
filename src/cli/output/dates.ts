// Dates as people read them: 18.09.2023, with the weekday where it helps.
import { dateParts, weekdayOf } from '../../calendar/days.js';
import type { IsoDate } from '../../calendar/model.js';
import { calendarWords } from '../../i18n/calendar-words.js';
import type { Locale } from '../../i18n/messages.js';

export function shortDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

export function dateWithWeekday(date: IsoDate, locale: Locale): string {
  return `${shortDate(date)} ${calendarWords(locale).weekdayShort(weekdayOf(date))}`;
}
