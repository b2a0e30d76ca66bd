// Russian typography for everything printed in a document, and the Russian
// ways of writing dates and section numbers. Pure string functions.
import type { CalendarDate } from '../schema/dates.js';

export const NBSP = '\u00A0';

const monthsGenitive = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];

/** «27 сентября 2023 г.»: genitive month, no leading zero, a no-break space before «г.». */
export function formatDateLong(date: CalendarDate): string {
  return `${date.day} ${monthsGenitive[date.month - 1]} ${date.year}${NBSP}г.`;
}

/** «30.06.2020», the digital form GOST R 7.0.97 allows (no «г.» after it). */
export function formatDateNumeric(date: CalendarDate): string {
  return `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${date.year}`;
}

/** «2023–2024» from «2023-2024»: an en dash between the years. */
export function formatAcademicYear(academicYear: string): string {
  return academicYear.replace(/\s*[-–—]\s*/, '–').trim();
}

const romanDigits: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`No Roman numeral for ${value}`);
  let rest = value;
  let result = '';
  for (const [amount, digits] of romanDigits) {
    while (rest >= amount) {
      result += digits;
      rest -= amount;
    }
  }
  return result;
}

const openingContext = /[\s([{«„\-–—/]/;

/** Straight double quotes become «ёлочки», and „лапки“ inside them; quotes already typeset are kept. */
export function typesetQuotes(text: string): string {
  const open: string[] = [];
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '«' || char === '„') open.push(char);
    else if (char === '»' || char === '“') open.pop();
    if (char !== '"') {
      result += char;
      continue;
    }
    const previous = i === 0 ? ' ' : text[i - 1]!;
    const opening = open.length === 0 || openingContext.test(previous);
    if (opening && !(open.length > 0 && i === text.length - 1)) {
      const quote = open.length === 0 ? '«' : '„';
      open.push(quote);
      result += quote;
    } else {
      result += open.pop() === '„' ? '“' : '»';
    }
  }
  return result;
}

/**
 * Typesets one line of Russian text: quotes, dashes, and the no-break spaces
 * that keep «Н.К. Антюфеева», «№ 12», «2023 г.» and «им. В.П.» on one line.
 * Idempotent, and it never changes a letter or a digit.
 */
export function typeset(line: string): string {
  return typesetQuotes(line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .replace(/ [-–] /g, `${NBSP}– `)
    .replace(/ — /g, `${NBSP}— `)
    .replace(/№ ?(?=[\p{L}\p{N}])/gu, `№${NBSP}`)
    .replace(/(\d) ?(гг?\.)/g, `$1${NBSP}$2`)
    .replace(/(^|[\s(«„])им\. /gu, `$1им.${NBSP}`)
    .replace(/(\p{Lu})\. ?(\p{Lu})\. ?(?=\p{Lu}\p{Ll})/gu, `$1.$2.${NBSP}`)
    .replace(/(\p{Lu}\p{Ll}+) (?=\p{Lu}\.\s?\p{Lu}\.)/gu, `$1${NBSP}`)
    .replace(/(\p{Lu})\. (\p{Lu})\.(?=$|[\s,;)])/gu, '$1.$2.');
}

/** Splits text into its lines, each typeset; empty lines are dropped. */
export function typesetLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(typeset)
    .filter((line) => line.length > 0);
}
