// The dates written inside an item's activity text that are clearly the item's own days:
// «Методические семинары 21 октября, 18 ноября», «совещание 14.10.2025». Pure.
//
// A date in a plan's text is often something else: the date of a law («от 29.12.2012 № 273-ФЗ»), a
// holiday the work leads up to («к 9 мая», «ко Дню матери»), a memorable day named beside it («4 ноября –
// День народного единства», «День матери (24 ноября)»), a title in quotes, the ends of a period
// («с 21 по 25 октября»). Those are left out here, so a warning built on these dates stays silent when unsure.
import { monthsIn, weekdayWords } from '../text/russian-words.js';

export interface TextDate {
  readonly day: number;
  readonly month: number;
  /** The year when written («21.10.2025», «21 октября 2025 г.», «21 октября, 18 ноября 2024 года»). */
  readonly year?: number;
  /** Characters of the text the date is written in. */
  readonly start: number;
  readonly end: number;
}

const monthGenitive = monthsIn('genitive');
const months = monthGenitive.join('|');
// «21 октября», «7, 14 и 21 октября», «21 октября 2025 г.»; «21.10.2025», «21.10.25 г.».
const wordDates = new RegExp(
  `(?<![\\d.,/-])(\\d{1,2}(?:\\s*(?:,|и)\\s*\\d{1,2})*)\\s+(${months})(?![а-яё])(?:\\s+(\\d{4})(?!\\d)(?:\\s*(?:г\\.|года|г(?![а-яё])))?)?`,
  'giu',
);
const numericDates = /(?<![\d.,/-])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)(?:\s*(?:г\.|года|г(?![а-яё])))?/gu;

/** Words that make the date after them not a day of the item: a deadline, a law's date, the ends of a period, a holiday led up to. */
const leadWords =
  /(?:^|[^а-яё])(?:к|ко|до|от|с|со|по|накануне|после|перед|около|между|начиная|начинается|начало|начала|заверш[а-яё]*|конец|окончани[а-яё]*|позднее|позже|срок|посвящ[а-яё]*|приуроч[а-яё]*)\s*$/iu;
const weekdayForms = new Set(weekdayWords.flatMap(({ singular, plural }) => [...Object.values(singular), ...Object.values(plural)]));
/** A day off moved to a working day: «с субботы 28 декабря на понедельник 30 декабря». */
const movedDay = new RegExp(`(?:^|[^а-яё])(?:с|со|на)\\s+(?:${[...weekdayForms].join('|')})\\s*$`, 'iu');
/** The end of a range: «02.09.13 – 25.10.13», «5–22 сентября», «24 мая – 2 июля». */
const rangeBefore = new RegExp(`(?:\\d|${months}|г\\.|года?)\\.?\\s*[–—-]\\s*$`, 'iu');
/** A memorable day named beside the date («День матери (24 ноября)», «Единый день …»): the date is the day's, not the item's. */
const dayName = /(?:^|[^а-яё])(?:дн(?:я|ю|ем|ём|е|и|ей|ям)|день)(?![а-яё])/iu;

export function textDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const match of text.matchAll(wordDates)) {
    const month = monthGenitive.indexOf(match[2]!.toLowerCase()) + 1;
    const year = match[3] === undefined ? undefined : Number(match[3]);
    const start = match.index;
    if (!isItemsOwn(text, start, start + match[0].length)) continue;
    // Each day of a list is a date of its own, pointed at by its digits (the month's word goes with the last).
    for (const day of match[1]!.matchAll(/\d{1,2}/g)) {
      const dayStart = start + day.index;
      const last = day.index + day[0].length === match[1]!.length;
      found.push({
        day: Number(day[0]),
        month,
        ...(year === undefined ? {} : { year }),
        start: dayStart,
        end: last ? start + match[0].length : dayStart + day[0].length,
      });
    }
  }
  // «21 октября, 18 ноября 2024 года»: a year written after the last date of a list is the year of them all.
  for (let index = found.length - 2; index >= 0; index--) {
    const [date, next] = [found[index]!, found[index + 1]!];
    if (date.year === undefined && next.year !== undefined && /^\s*(?:,|и)\s*$/u.test(text.slice(date.end, next.start)))
      found[index] = { ...date, year: next.year };
  }
  for (const match of text.matchAll(numericDates)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isItemsOwn(text, start, end)) continue;
    const written = match[3]!;
    const year = written.length === 2 ? 2000 + Number(written) : Number(written);
    found.push({ day: Number(match[1]), month: Number(match[2]), year, start, end });
  }
  return found.filter((date) => date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31).sort((a, b) => a.start - b.start);
}

function isItemsOwn(text: string, start: number, end: number): boolean {
  const before = sentenceBefore(text, start);
  const after = text.slice(end, end + 12);
  if (leadWords.test(before) || rangeBefore.test(before) || movedDay.test(before)) return false;
  if (dayName.test(before.slice(-60)) || /перен[оеё]с/iu.test(before)) return false;
  if (insideQuotes(text.slice(0, start))) return false;
  // A law's number or a day's name after it: «29.12.2012 № 273-ФЗ», «4 ноября – День народного единства», «12 июня (День России)».
  if (/^\s*(?:№|N\s*\d)/u.test(after)) return false;
  // The start of a range, or a deadline: «24 мая – 2 июля», «по 06.04.2025 включительно».
  if (/^\s*(?:[–—-]|по|до)\s*\d/u.test(after) || /^\s*включ/u.test(after)) return false;
  if (/^\s*(?:[–—-]|\(|:)?\s*[Дд]ень/u.test(after) || /^\s*[–—-]\s*\p{Lu}/u.test(after)) return false;
  return true;
}

/** The text of the sentence (or line, or list item) before `start`. */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(0, start);
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(';'), before.search(/[.!?]\s+\p{Lu}[^.!?]*$/u));
  return cut < 0 ? before : before.slice(cut + 1);
}

function insideQuotes(before: string): boolean {
  const opened = (before.match(/«/g) ?? []).length - (before.match(/»/g) ?? []).length;
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return opened > 0 || curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}
