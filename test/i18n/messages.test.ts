// The messages (src/i18n): each code is in exactly one domain's table, in English and in Russian; every code is one
// the program uses; and the Russian of each is Russian, the English English.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { domains, isMessageCode, translator, type MessageCode } from '../../src/i18n/messages.js';

const root = path.resolve(import.meta.dirname, '../..');
const i18n = path.join(root, 'src/i18n');

const tables = Object.entries(domains).map(([domain, table]) => ({ domain, en: table.en as Record<string, unknown>, ru: table.ru as Record<string, unknown> }));
const codes = tables.flatMap(({ en }) => Object.keys(en)) as MessageCode[];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The tables themselves and the words they share: every file of src/i18n but messages.ts. */
const tableFiles = sourceFiles(i18n).filter((file) => path.basename(file) !== 'messages.ts');
/** The program's code that says the codes: all of src/, the tables left out; messages.ts stays (its table of errno codes names io-*). */
const programText = sourceFiles(path.join(root, 'src'))
  .filter((file) => !tableFiles.includes(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const literal = (text: string) => [`'${text}'`, `"${text}"`, `\`${text}\``].some((quoted) => programText.includes(quoted));

/**
 * Codes the program builds from a prefix and a value instead of writing them out: the template that builds each family,
 * which must be in the source, and for each code of the family its value (the rest of the code) must be a literal there.
 */
const families = [
  { prefix: 'kind-', built: '`kind-${schedule.kind}`' }, // a schedule's kind, in `centre when` (cli/commands/when.ts)
  { prefix: 'xlsx-', built: '`xlsx-${error.problem}`' }, // why a workbook cannot be read (reports/read-file.ts, contest/read-sheet.ts)
  { prefix: 'import-', built: '`import-${problem}`' }, // why a document cannot be imported (cli/commands/plan-import.ts)
  { prefix: 'budget-', built: '`budget-${this.excess}`' }, // which budget of a hostile document was exceeded (util/document-budget.ts)
  { prefix: 'found-', built: '`found-${params.found}`' }, // what was found where a value was expected (i18n/messages.ts, the translator)
];

/** The parameters the messages take (every `p.name` of the tables), each given a plausible value. */
const paramNames = new Set(tableFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bp\.(\w+)/g)].map((match) => match[1]!)));
const params = {
  ...Object.fromEntries([...paramNames].map((name) => [name, 2])),
  reason: 'phrase-vague', // itself a message code
  unit: 'month', // a period of a quota
};

/** English messages that quote Russian: what the user writes in Russian or what a Russian document, form or page prints. */
const englishWithRussian = new Set<string>([
  // weekdays, terms, statuses, totals, categories and answers the user may write in Russian
  'schedule-weekday',
  'schedule-nth-needs-weekday',
  'school-year-terms',
  'indicator-total',
  'record-status',
  'done-status',
  'done-category',
  'done-bad-category',
  'done-unknown-category',
  'done-bad-status',
  'roster-unknown-category',
  'report-not-boolean',
  'summary-total-yes',
  'template-period',
  // example phrases of a timing, a title, a name or a heading, as written in Russian
  'timing-unreadable',
  'when-phrase',
  'when-unreadable',
  'examples-when',
  'name-format',
  'import-no-title-found',
  'site-page-without-title',
  // the Russian words of a document, a workbook, a page or a calendar the message names
  'document-number-without-date',
  'phrase-federal-school-year',
  'analysis-description',
  'summary-corrected',
  'import-no-plan-table',
  'site-analysis-left-out',
  'site-build-monitoring',
  'site-no-centre',
  'site-summary-no-sheet',
  'roster-no-name-column',
  'certificates-attendance',
]);
/** Russian messages with no Russian of their own. */
const russianWithoutRussian = new Set<string>([
  'report-check', // the form's own message for a failed check, in the language its author wrote it
]);

const cyrillic = /\p{Script=Cyrillic}/u;

describe('the messages', () => {
  it('give every code in English and in Russian', () => {
    for (const { domain, en, ru } of tables) expect(Object.keys(ru).sort(), domain).toEqual(Object.keys(en).sort());
    for (const code of codes) {
      expect(isMessageCode(code), code).toBe(true);
      expect(translator('en')(code, params), code).not.toBe('');
      expect(translator('ru')(code, params), code).not.toBe('');
    }
    expect(isMessageCode('no-such-code')).toBe(false);
  });

  it('define each code in one domain only', () => {
    const domainsOf = new Map<string, string[]>();
    for (const { domain, en } of tables) for (const code of Object.keys(en)) domainsOf.set(code, [...(domainsOf.get(code) ?? []), domain]);
    expect([...domainsOf].filter(([, found]) => found.length > 1)).toEqual([]);
  });

  it('are each used by the program', () => {
    for (const { built } of families) expect(programText, built).toContain(built);
    const unused = codes.filter((code) => {
      if (literal(code)) return false;
      const family = families.find(({ prefix }) => code.startsWith(prefix));
      return !family || !literal(code.slice(family.prefix.length));
    });
    expect(unused).toEqual([]);
  });

  it('are Russian in Russian and English in English, but for the messages listed', () => {
    const englishFound = codes.filter((code) => cyrillic.test(translator('en')(code, params)));
    const russianMissing = codes.filter((code) => !cyrillic.test(translator('ru')(code, params)));
    expect(englishFound.sort()).toEqual([...englishWithRussian].sort());
    expect(russianMissing.sort()).toEqual([...russianWithoutRussian].sort());
  });
});
