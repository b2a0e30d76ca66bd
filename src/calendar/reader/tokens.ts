// Splits a timing phrase into tokens that keep their place in the text, so
// that every word the reader ignores can be pointed at. Glued spellings
// («с 27мая», «по28.12.2024», «2020*») come apart here.
import { numericOrdinalEndings } from '../../text/russian-words.js';
import { lookUp, type CalendarUnit, type Entry, type LinkWord } from './lexicon.js';

interface At {
  /** Offsets into the phrase as written: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Token = At &
  (
    | { readonly type: 'date'; readonly day: number; readonly month: number; readonly year?: number; readonly shortYear: boolean }
    | { readonly type: 'month-date'; readonly month: number; readonly year: number }
    | { readonly type: 'time'; readonly hour: number; readonly minute: number }
    | { readonly type: 'number'; readonly value: number; readonly digits: number; readonly suffix?: string }
    | { readonly type: 'word'; readonly word: string; readonly entry: Entry | undefined }
    | { readonly type: 'dash' | 'comma' | 'open' | 'close' | 'colon' | 'slash' | 'plus' }
  );

// One alternative per token shape; `y` keeps the scan anchored where the last token ended.
// A number may carry an ordinal's ending («3-й», «1-го», «5-ти»). Made on first use, not on loading.
let tokenPattern: RegExp | undefined;
const makeTokenPattern = () =>
  new RegExp(
    String.raw`(\d{4})-(\d{2})-(\d{2})(?!\d)|(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)|(0?[1-9]|1[0-2])[.]((?:19|20)\d{2})(?![\d.])|(\d{1,2})[.](\d{1,2})(?:[.](\d{4}|\d{2})(?!\d))?[.]?|(\d{1,2}):(\d{2})|(\d+)(?:-?(${numericOrdinalEndings.join('|')})(?![а-я]))?|([a-zа-я]+)|([-‐‑‒–—―−])|([,;])|([([])|([)\]])|(:)|(\/)|(\+)|(\s+|.)`,
    'y',
  );

/** Lower case with ё as е: one length for one length, so offsets stay true. */
const fold = (text: string) => text.toLowerCase().replaceAll('ё', 'е');

export function tokenize(phrase: string): Token[] {
  const text = fold(phrase);
  const tokens: Token[] = [];
  const pattern = (tokenPattern ??= makeTokenPattern());
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && match[0] !== ''; match = pattern.exec(text)) {
    const at = { start: match.index, end: match.index + match[0].length, text: phrase.slice(match.index, match.index + match[0].length) };
    const token = tokenOf(match, at);
    if (token) tokens.push(token);
    if (pattern.lastIndex >= text.length) break;
  }
  return joinHyphenated(tokens);
}

/** «теч-е»: a word abbreviated with a hyphen is one word when the lexicon knows it so. */
function joinHyphenated(tokens: Token[]): Token[] {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const [head, dash, tail] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (head.type !== 'word' || dash.type !== 'dash' || tail.type !== 'word' || head.end !== dash.start || dash.end !== tail.start) continue;
    const word = `${head.word}-${tail.word}`;
    const entry = lookUp(word);
    if (entry) tokens.splice(i, 3, { start: head.start, end: tail.end, text: head.text + dash.text + tail.text, type: 'word', word, entry });
  }
  return tokens;
}

function tokenOf(match: RegExpExecArray, at: At): Token | undefined {
  const [
    ,
    isoYear,
    isoMonth,
    isoDay,
    slashDay,
    slashMonth,
    slashYear,
    monthOfYear,
    yearOfMonth,
    day,
    month,
    year,
    hour,
    minute,
    digits,
    suffix,
    word,
    dash,
    comma,
    open,
    close,
    colon,
    slash,
    plus,
  ] = match;
  // «2023-09-12» as YAML writes dates, «12/09/2023»
  if (isoYear !== undefined) return { ...at, type: 'date', day: Number(isoDay), month: Number(isoMonth), year: Number(isoYear), shortYear: false };
  if (slashDay !== undefined) return { ...at, type: 'date', day: Number(slashDay), month: Number(slashMonth), year: Number(slashYear), shortYear: false };
  // «10.2023»: a month written without its day
  if (monthOfYear !== undefined) return { ...at, type: 'month-date', month: Number(monthOfYear), year: Number(yearOfMonth) };
  if (day !== undefined) return dottedToken(Number(day), Number(month), year, at);
  if (hour !== undefined) return { ...at, type: 'time', hour: Number(hour), minute: Number(minute) };
  if (digits !== undefined) return { ...at, type: 'number', value: Number(digits), digits: digits.length, ...(suffix ? { suffix } : {}) };
  if (word !== undefined) return { ...at, type: 'word', word, entry: lookUp(word) };
  if (dash) return { ...at, type: 'dash' };
  if (comma) return { ...at, type: 'comma' };
  if (open) return { ...at, type: 'open' };
  if (close) return { ...at, type: 'close' };
  if (colon) return { ...at, type: 'colon' };
  if (slash) return { ...at, type: 'slash' };
  if (plus) return { ...at, type: 'plus' };
  return undefined; // spaces, full stops, quotes, asterisks
}

/** «27.09», «27.09.23», «27.09.2023» are dates; «16.30», «10.00» (no such month) are times of day. */
function dottedToken(first: number, second: number, year: string | undefined, at: At): Token {
  if (year === undefined && (second < 1 || second > 12) && first <= 23 && second <= 59) return { ...at, type: 'time', hour: first, minute: second };
  const full = year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
  return { ...at, type: 'date', day: first, month: second, ...(full !== undefined ? { year: full } : {}), shortYear: year?.length === 2 };
}

// The tests every part of the reader asks of a token, in one place.

/** A link word of the lexicon: «с», «по», «кроме», «в течение» … */
export const isWord = (token: Token | undefined, ...words: LinkWord[]): boolean =>
  token?.type === 'word' && token.entry?.kind === 'word' && words.includes(token.entry.word);

/** A word as written (lower case, ё as е), whatever the lexicon makes of it: «за» of «за исключением». */
export const isSpelled = (token: Token | undefined, word: string): boolean => token?.type === 'word' && token.word === word;

/** A month's name in any case: «май», «мая», «в мае». */
export const isMonth = (token: Token | undefined): boolean => token?.type === 'word' && token.entry?.kind === 'month';

/** A calendar unit's word: «неделя», «декада», «половина», «квартал», «год» … */
export const isUnit = (token: Token | undefined, unit: CalendarUnit): boolean =>
  token?.type === 'word' && token.entry?.kind === 'unit' && token.entry.unit === unit;
