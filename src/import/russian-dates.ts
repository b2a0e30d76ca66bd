// The few Russian date forms found around plan tables: «27 сентября 2023 г.»,
// «27.09.2023», and blanks to be filled in by hand («« ___ » ________ 2023 г.»).
import { isoDateOf, type IsoDate } from '../schema/iso-date.js';
import { monthCases } from '../text/russian-words.js';

/** The month (1–12) a date's word names: «сентября», and as plans also write it, «сентябрь», «сентябре». */
const monthOfWord = (word: string) =>
  monthCases.findIndex(({ nominative, genitive, prepositional }) => [nominative, genitive, prepositional].includes(word)) + 1;

/** The date when it exists (no 31 April, no month 0) in the years a plan can name. */
const isoDate = (year: number, month: number, day: number): IsoDate | undefined => (year >= 1900 && year <= 2100 ? isoDateOf(year, month, day) : undefined);

/** A pattern source matching one full date in either form (without «г.»). */
export const FULL_DATE = String.raw`\d{1,2}\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}`;

/** «27 сентября 2023», «27 сентября 2023 г.», «27.09.2023» → «2023-09-27»; undefined for anything else. */
export function readRussianDate(text: string): IsoDate | undefined {
  const trimmed = text.trim().replace(/\s*(?:г\.?|года)$/, '');
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const long = /^(\d{1,2})\s+([а-яё]+)\s+(\d{4})$/i.exec(trimmed);
  // a word that names no month gives month 0, which isoDate refuses
  return long ? isoDate(Number(long[3]), monthOfWord(long[2]!.toLowerCase()), Number(long[1])) : undefined;
}
