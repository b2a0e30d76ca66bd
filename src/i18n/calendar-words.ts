// Names of weekdays and months in the user's language, for the agenda and `centre when`. A module of
// its own, apart from the message tables (messages.ts): a command that prints dates needs these
// words, not the two hundred kilobytes of messages, which the CLI's bundle already holds.
import { monthsIn, unitAccusative, weekdayAbbreviations, weekdaysIn } from '../text/russian-words.js';
import type { Locale } from './messages.js';

const weekdaysShort: Record<Locale, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: weekdayAbbreviations,
};
const weekdaysLong: Record<Locale, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ru: weekdaysIn('nominative'),
};
/** A month as the agenda heads it: «Sep 2024», «сентябрь 2024» (the whole nominative: Russian has no settled short form). */
const monthHeadings: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: monthsIn('nominative'),
};

/** Names of weekdays (1 = Monday) and months (1 = January) in the user's language. */
export function calendarWords(locale: Locale) {
  return {
    weekdayShort: (weekday: number) => weekdaysShort[locale][weekday - 1]!,
    weekdayLong: (weekday: number) => weekdaysLong[locale][weekday - 1]!,
    month: (month: number) => monthHeadings[locale][month - 1]!,
    per: (frequency: string) =>
      (locale === 'ru'
        ? {
            daily: unitAccusative.day,
            weekly: unitAccusative.week,
            monthly: unitAccusative.month,
            quarterly: unitAccusative.quarter,
            yearly: unitAccusative.year,
          }
        : { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' })[frequency] ?? frequency,
  };
}
