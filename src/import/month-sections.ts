// Plans laid out by month: a row «ЯНВАРЬ» (or «Февраль 2026 г.») over the
// items of that month, whose «сроки» then say only the day («7», «16-22»).
// The month row is a section; the month completes the days below it.
import { monthsIn } from '../text/russian-words.js';

const monthNominative = monthsIn('nominative');
const monthGenitive = monthsIn('genitive');

const MONTH_ROW = new RegExp(String.raw`^(${monthNominative.join('|')})(?:\s+(\d{4})\s*(?:г\.?|года?)?)?[.:]?$`, 'i');

/** The month (1–12) and year a row's only text names, when it is a month heading. */
export function monthHeading(text: string): { month: number; year?: number } | undefined {
  const match = MONTH_ROW.exec(text.trim());
  if (!match) return undefined;
  const month = monthNominative.indexOf(match[1]!.toLowerCase()) + 1;
  return { month, ...(match[2] ? { year: Number(match[2]) } : {}) };
}

// «7», «16-22», «1, 15», «3 и 17», «до 10» under a month heading
const DAYS_ONLY = /^(?:(?:до|с|по|к)\s+)?\d{1,2}(?:\s*(?:[-–—,]|и)\s*\d{1,2})*\.?$/i;

/**
 * The timing completed with the month of its section: «7» → «7 января»,
 * «16-22» → «16–22 января»; an empty one becomes the month itself. Undefined
 * when the timing says more than days (it is kept as written).
 */
export function completeDays(timing: string | undefined, heading: { month: number; year?: number }): string | undefined {
  const year = heading.year === undefined ? '' : ` ${heading.year} г.`;
  if (timing === undefined || timing.trim() === '') return `${monthNominative[heading.month - 1]}${year}`;
  const days = timing.trim().replace(/\.$/, '');
  if (!DAYS_ONLY.test(days)) return undefined;
  const numbers = days.match(/\d{1,2}/g)!.map(Number);
  if (numbers.some((day) => day < 1 || day > 31)) return undefined;
  return `${days.replace(/\s*[-—]\s*/g, '–')} ${monthGenitive[heading.month - 1]}${year}`;
}
