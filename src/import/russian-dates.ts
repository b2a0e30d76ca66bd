// The few Russian date forms found around plan tables: «27 сентября 2023 г.»,
// «27.09.2023», and blanks to be filled in by hand («« ___ » ________ 2023 г.»).
import { monthCases } from '../text/russian-words.js';

/** The month (1–12) a date's word names: «сентября», and as plans also write it, «сентябрь», «сентябре». */
const monthOfWord = (word: string) =>
  monthCases.findIndex(({ nominative, genitive, prepositional }) => [nominative, genitive, prepositional].includes(word)) + 1;

const pad = (n: number) => String(n).padStart(2, '0');

/** The date as «2023-09-27» when it exists (no 31 April, no month 0) in the years a plan can name. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return year >= 1900 && year <= 2100 && new Date(Date.UTC(year, month - 1, day)).toISOString().startsWith(text) ? text : undefined;
}

/** A pattern source matching one full date in either form (without «г.»). */
export const FULL_DATE = String.raw`\d{1,2}\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}`;

/** «27 сентября 2023», «27 сентября 2023 г.», «27.09.2023» → «2023-09-27»; undefined for anything else. */
export function readRussianDate(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s*(?:г\.?|года)$/, '');
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const long = /^(\d{1,2})\s+([а-яё]+)\s+(\d{4})$/i.exec(trimmed);
  // a word that names no month gives month 0, which isoDate refuses
  return long ? isoDate(Number(long[3]), monthOfWord(long[2]!.toLowerCase()), Number(long[1])) : undefined;
}
