// Russian typography for every piece of text a document prints, and the
// Russian ways of writing dates, academic years and section numbers.
// Pure string functions: no docx, no I/O. A date is any {year, month, day}
// (the parts of schema/iso-date.ts's IsoDate, dateParts): this layer is below the formats.
import { monthsIn } from '../text/russian-words.js';

interface DayOfYear {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** No-break space (U+00A0). */
export const NBSP = '\u00A0';

const MONTHS_GENITIVE = monthsIn('genitive');

/** «27 сентября 2023 г.»: genitive month, no leading zero, no-break spaces after the day (never «по 29 / января») and before «г.». */
export function formatDateLong(date: DayOfYear): string {
  const month = MONTHS_GENITIVE[date.month - 1];
  if (month === undefined) throw new RangeError(`No month ${date.month}`);
  return `${date.day}${NBSP}${month} ${date.year}${NBSP}г.`;
}

/** «30.06.2020»: the numeric form GOST R 7.0.97 uses for the date of an order. */
export function formatDateNumeric(date: DayOfYear): string {
  return `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${date.year}`;
}

/** «2023–2024» from «2023-2024» (or «2023 — 2024»): an en dash between the years, no spaces. */
export function formatAcademicYear(academicYear: string): string {
  return academicYear.trim().replace(/\s*[-–—]\s*/, '–');
}

const ROMAN_DIGITS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** I, II, … MMMCMXCIX; throws outside 1..3999, where Roman numerals have no standard form. */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`No Roman numeral for ${value}`);
  let rest = value;
  let result = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      result += digits;
      rest -= amount;
    }
  }
  return result;
}

/** Characters after which a straight quote opens rather than closes. */
const OPENS_AFTER = /[\s([{«„\-–—/]/;

/**
 * Straight double quotes become «ёлочки», and „лапки“ inside them. A quote
 * opens at the start of the text or after a space or an opening bracket,
 * otherwise it closes the innermost open quote. Typeset quotes already in the
 * text count towards the nesting.
 */
export function typesetQuotes(text: string): string {
  if (!text.includes('"')) return text;
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
    // judged by what precedes it as typeset, so «""…» opens twice
    const opening = result === '' || OPENS_AFTER.test(result[result.length - 1]!);
    if (opening) {
      const quote = open.length === 0 ? '«' : '„';
      open.push(quote);
      result += quote;
    } else {
      result += open.pop() === '„' ? '“' : '»';
    }
  }
  return result;
}

// An initial: one capital letter and a dot, not the end of a longer word («Зам.» is no initial).
const INITIAL = String.raw`(?<![\p{L}\p{N}])(\p{Lu})\. ?`;
const SURNAME_AHEAD = String.raw`(?=\p{Lu}\p{Ll})`;

const initials = (first: string, second: string | undefined) => (second ? `${first}.${second}.` : `${first}.`);

type Replacer = string | ((match: string, ...groups: (string | undefined)[]) => string);

const HAS_INITIAL = /\p{Lu}\./u;

/** Each rule runs only when its trigger occurs in the text: most lines need few, and the patterns are costly. */
const GENITIVE_MONTH = new RegExp(`\\d (?:${MONTHS_GENITIVE.join('|')})`);

const PLACE_ABBREVIATION = /(?<![\p{L}\p{N}.]|\d[ \u00A0]|т\.[ \u00A0]?)(г|гор|с|п|пос|пгт|ст|ул|пр|пер|пл|д|х|мкр|обл|р\.п|п\.г\.т)\. (?=\p{Lu}|\d)/u;

const RULES: readonly (readonly [trigger: string | RegExp, pattern: RegExp, replacement: Replacer])[] = [
  // a hyphen or dash between spaces is a dash, tied to the word before it
  [/ [-–] /, / [-–] /g, `${NBSP}– `],
  [' — ', / — /g, `${NBSP}— `],
  // «№ 12», «№ 01-10/96»
  ['№', /№ ?(?=[\p{L}\p{N}])/gu, `№${NBSP}`],
  // «2023 г.», «2020–2021 гг.», and the blank year «20__ г.» of an undated stamp
  ['г.', /(?<![\p{L}\p{N}])(\d{4}|\d\d__) ?(гг?\.)(?!\p{L})/gu, `$1${NBSP}$2`],
  // the blanks of an undated stamp, «« ___ » ________ 2023 г.», kept on one line
  ['_', /« ?(_+) ?» ?(_+) ?(?=\d{4}|\d\d__)/g, `«${NBSP}$1${NBSP}»${NBSP}$2${NBSP}`],
  // «29 января»: the day never ends a line without its month
  [GENITIVE_MONTH, new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,2}) (${MONTHS_GENITIVE.join('|')})(?!\\p{L})`, 'gu'), `$1${NBSP}$2`],
  // «г. Бузулук», «с. Пономарёвка», «ул. Ленина», «п. 3.2»: the abbreviation never ends a line without its name
  // or number (not «2023 г. Протокол», where «г.» ends the year, nor «т. п.»)
  [PLACE_ABBREVIATION, new RegExp(PLACE_ABBREVIATION.source, 'gu'), `$1.${NBSP}`],
  // «им. В.П. Поляничко»
  ['им.', /(?<!\p{L})им\. ?(?=\p{Lu})/gu, `им.${NBSP}`],
  // «Н.К. Антюфеева», «Л.В.Краснова», «Н. К. Антюфеева» → «Н.К. Антюфеева» with a no-break space
  [HAS_INITIAL, new RegExp(`${INITIAL}(?:(\\p{Lu})\\. ?)?${SURNAME_AHEAD}`, 'gu'), (_, first, second) => `${initials(first!, second)}${NBSP}`],
  // «Тиньгаеву С. Г.» (two initials after the surname, ending the phrase) → «Тиньгаеву С.Г.»
  [
    HAS_INITIAL,
    new RegExp(`(?<!\\p{L})(\\p{Lu}\\p{Ll}+) ${INITIAL}(\\p{Lu})\\.(?=$|[,;:)»“]| (?!\\p{Lu}\\p{Ll}))`, 'gu'),
    (_, surname, first, second) => `${surname}${NBSP}${first}.${second}.`,
  ],
];

/** Typesets one line (no line breaks inside). */
function typesetLine(line: string): string {
  let text = typesetQuotes(line.replace(/[ \t\u00A0\u202F]+/g, ' ').trim());
  for (const [trigger, pattern, replacement] of RULES) {
    if (typeof trigger === 'string' ? text.includes(trigger) : trigger.test(text)) {
      text = text.replace(pattern, replacement as (match: string) => string);
    }
  }
  return text;
}

/**
 * Typesets Russian text: «ёлочки» for straight quotes, a dash for a spaced
 * hyphen, and the no-break spaces that keep «Н.К. Антюфеева», «№ 12»,
 * «2023 г.» and «им. В.П. Поляничко» on one line; runs of spaces collapse and
 * every line is trimmed. Line breaks are kept. Idempotent, and it never
 * changes a letter or a digit.
 */
export function typeset(text: string): string {
  return text.includes('\n') ? text.split(/\r?\n/).map(typesetLine).join('\n') : typesetLine(text);
}

/** The lines of a text, each typeset; blank lines are dropped. */
export function typesetLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(typesetLine)
    .filter((line) => line.length > 0);
}
