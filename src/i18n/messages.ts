// Every user-facing string of the interface, in English and Russian, by code. Document text (what goes
// into a DOCX) is Russian only and lives in src/docs; these are what the program *says* to its user.
// The tables are one module per domain (validation.ts, files.ts, calendar.ts, records.ts, reports.ts,
// plan-import.ts, site.ts, contest.ts, cli.ts), each with its English and Russian; the words they share
// are in wording.ts. Russian month and weekday names come from the one table of Russian words (src/text).
// Names of weekdays and months are in calendar-words.ts.
import * as calendar from './calendar.js';
import * as cli from './cli.js';
import * as contest from './contest.js';
import * as files from './files.js';
import * as planImport from './plan-import.js';
import * as records from './records.js';
import * as reports from './reports.js';
import * as site from './site.js';
import * as validation from './validation.js';
import { requireSiblingBundle } from '../util/sibling-bundle.js';
import type { Message, MessageParams } from './wording.js';

export type { MessageParams } from './wording.js';

/** The domains' tables; a code belongs to exactly one of them. */
export const domains = { validation, files, calendar, records, reports, planImport, site, contest, cli };

/** The codes two domains both define: none (a code in two would make this type-check fail). */
type SharedCodes<D extends Record<string, { en: object }>> = {
  [K in keyof D]: keyof D[K]['en'] & { [J in Exclude<keyof D, K>]: keyof D[J]['en'] }[Exclude<keyof D, K>];
}[keyof D];
const noCodeInTwoDomains: [SharedCodes<typeof domains>] extends [never] ? true : SharedCodes<typeof domains> = true;
void noCodeInTwoDomains;

export type MessageCode = { [D in keyof typeof domains]: keyof (typeof domains)[D]['en'] & string }[keyof typeof domains];

/** A language's messages, looked up domain by domain (not joined into one object, which every run would pay for). */
type Messages = (code: string) => Message | undefined;
const messagesIn =
  (tables: readonly Readonly<Record<string, Message>>[]): Messages =>
  (code) =>
    tables.find((table) => Object.hasOwn(table, code))?.[code];
const english = () => messagesIn([validation.en, files.en, calendar.en, records.en, reports.en, planImport.en, site.en, contest.en, cli.en]);
const russian = () => messagesIn([validation.ru, files.ru, calendar.ru, records.ru, reports.ru, planImport.ru, site.ru, contest.ru, cli.ru]);

/**
 * The CLI's bundle, which every run compiles, holds none of the tables (scripts/build.mjs): it knows
 * which codes each domain's table holds (`domain=code code…;…`), and loads a table, a bundle of its own
 * (dist/messages-<domain>-<language>.cjs), when one of its codes is first said. `--help` loads only
 * the CLI's. In the sources and every other bundle it is undefined, and the tables are imported.
 */
declare const CENTRE_MESSAGE_CODES: string | undefined;

let domainLists: (readonly [domain: string, codes: string])[] | undefined;
/**
 * The domain whose table holds a code, found in the build's list of each domain's codes as text
 * (« code code … »): a run says a few dozen codes, and making a map of all thousand took longer.
 */
function domainOf(codes: string, code: string): string | undefined {
  domainLists ??= codes.split(';').map((entry) => {
    const at = entry.indexOf('=');
    return [entry.slice(0, at), ` ${entry.slice(at + 1)} `] as const;
  });
  const needle = ` ${code} `;
  return domainLists.find(([, list]) => list.includes(needle))?.[0];
}
const loadedTables = new Map<string, Readonly<Record<string, Message>>>();

function messagesInBundles(locale: Locale, codes: string): Messages {
  return (code) => {
    const domain = domainOf(codes, code);
    if (domain === undefined) return undefined;
    const name = `messages-${domain}-${locale}`;
    let table = loadedTables.get(name);
    if (!table) loadedTables.set(name, (table = requireSiblingBundle<{ table: Readonly<Record<string, Message>> }>(name).table));
    return table[code];
  };
}

const messagesOf = (locale: Locale): Messages =>
  typeof CENTRE_MESSAGE_CODES === 'string' ? messagesInBundles(locale, CENTRE_MESSAGE_CODES) : locale === 'ru' ? russian() : english();

export function isMessageCode(value: string): value is MessageCode {
  return typeof CENTRE_MESSAGE_CODES === 'string' ? domainOf(CENTRE_MESSAGE_CODES, value) !== undefined : english()(value) !== undefined;
}

function translate(messages: Messages, code: string): string | undefined {
  const message = messages(code);
  return typeof message === 'string' ? message : undefined;
}

// The file system's error codes in plain words, one table for reading and
// writing: a diagnostic carries the code (`reason: 'EACCES'`), and the user
// reads what it means and what to do.
const ioReasons: Readonly<Record<string, MessageCode>> = {
  EACCES: 'io-no-permission',
  EPERM: 'io-no-permission',
  ENOENT: 'io-missing',
  ENOTDIR: 'io-not-a-folder',
  EEXIST: 'io-not-a-folder',
  EISDIR: 'io-is-a-folder',
  ENOSPC: 'io-disk-full',
  EDQUOT: 'io-disk-full',
  EROFS: 'io-read-only',
  EIO: 'io-device',
  ELOOP: 'io-link-loop',
  ENAMETOOLONG: 'io-name-too-long',
  EMFILE: 'io-too-many-open',
  ENFILE: 'io-too-many-open',
  EBUSY: 'io-busy',
  ETXTBSY: 'io-busy',
  EFBIG: 'io-too-big',
  ERR_FS_FILE_TOO_LARGE: 'io-too-big',
  ENOTREG: 'io-not-regular',
  ENXIO: 'io-not-regular',
};

/** An errno code (EACCES, ENOENT…) in words; any other reason is kept as it is. */
function ioReason(messages: Messages, reason: string | number | undefined, say: (code: unknown, params: MessageParams) => string): string | number | undefined {
  if (typeof reason !== 'string' || !/^E[A-Z_]+$/.test(reason)) return reason;
  const code = ioReasons[reason];
  const message = messages(code ?? 'io-other');
  return typeof message === 'function' ? message({ code: reason }, say) : message;
}

export type Locale = 'en' | 'ru';
export type Translate = (code: MessageCode, params?: MessageParams) => string;

/** Russian when the locale says so (LC_ALL, then LC_MESSAGES, then LANG), English otherwise. */
export function detectLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.-]|$)/i.test(tag) ? 'ru' : 'en';
}

export function translator(locale: Locale): Translate {
  const messages = messagesOf(locale);
  const say: Translate = (code, params = {}) => {
    const message = messages(code) as Message;
    if (typeof message !== 'function') return message;
    const found = params.found === undefined ? undefined : translate(messages, `found-${params.found}`);
    const dated = locale === 'ru' ? russianDates(params) : params;
    return message({ ...dated, found: found ?? dated.found, reason: ioReason(messages, params.reason, held) }, held);
  };
  /** The reason inside a message, itself a message code with its parameters («phrase-vague»). */
  const held = (code: unknown, params: MessageParams) => say(code as MessageCode, params);
  return say;
}

/** Parameters that hold what the user wrote are shown as written, dates included; an academic year found in a file gets its dash. */
const quotedParams = new Set(['value', 'found', 'meant', 'phrase', 'text', 'words', 'title', 'name', 'path', 'file', 'files', 'source']);

/** A date the program computed (2026-12-05) as a Russian reader writes it, 05.12.2026, and an academic year with a dash: 2026–2027. */
function russianDates(params: MessageParams): MessageParams {
  const shown: Record<string, string | number | undefined> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string' || (quotedParams.has(key) && key !== 'found')) continue;
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (date && key !== 'found') shown[key] = `${date[3]}.${date[2]}.${date[1]}`;
    else if (/^\d{4}-\d{4}$/.test(value)) shown[key] = value.replace('-', '–');
  }
  return shown;
}

// commander writes its usage errors in English; in Russian they are rewritten line by line.
const russianUsageErrors: [RegExp, string][] = [
  [/^error: unknown option '(.+)'$/, 'ошибка: неизвестный параметр «$1»'],
  [/^error: unknown command '(.+)'$/, 'ошибка: неизвестная команда «$1»'],
  [/^error: missing required argument '(.+)'$/, 'ошибка: не хватает обязательного аргумента «$1»'],
  [/^error: option '(.+)' argument missing$/, 'ошибка: у параметра «$1» не указано значение'],
  [/^error: option '(.+)' argument '(.*)' is invalid\.(?: Allowed choices are (.+)\.)?$/, 'ошибка: недопустимое значение «$2» параметра «$1»; допустимы: $3.'],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, 'ошибка: слишком много аргументов (ожидается $2, передано $3)'],
  [/^\(Did you mean one of (.+)\?\)$/, '(Возможно, имелось в виду одно из: $1?)'],
  [/^\(Did you mean (.+)\?\)$/, '(Возможно, имелось в виду $1?)'],
];

/** commander's usage error in the user's language. */
export function localiseUsageError(text: string, locale: Locale): string {
  if (locale !== 'ru') return text;
  return text
    .split('\n')
    .map((line) => {
      const rule = russianUsageErrors.find(([pattern]) => pattern.test(line));
      return rule ? line.replace(rule[0], rule[1]).replace('; допустимы: .', '.') : line;
    })
    .join('\n');
}
