// `centre done` keeps the record's bytes: over generated records written in
// every way a methodologist might (comments before, after and between entries,
// flow and block lists at both indentations, `>-` and `|` text, quoted strings,
// CRLF, a byte-order mark), the text before and after the changed entry is
// unchanged byte for byte, an entry only gaining something keeps all of its old
// characters in order, and the result reads as the change says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyDone, type DoneChange } from '../../src/analysis/record-edit.js';

const items = ['forum', 'webinars', 'seminar', 'council'] as const;
const dates = ['2023-09-18', '2023-10-16', '2023-11-20'] as const;
const statuses = ['held', 'moved', 'cancelled', 'not-held'] as const;

interface EntryModel {
  item: string;
  status?: string;
  dates?: string[];
  participants?: { total?: number; pupils?: number };
  evidence?: string[];
  comment?: string;
}

type CommentStyle = 'plain' | 'double' | 'single' | 'folded' | 'literal';

interface EntryLayout {
  readonly flow: boolean;
  readonly itemFirst: boolean;
  readonly offset: 2 | 4;
  readonly flowDates: boolean;
  readonly padded: boolean;
  readonly commentStyle: CommentStyle;
  readonly trailing: boolean;
  readonly noteBefore: boolean;
  readonly blankBefore: boolean;
}

const commentTexts: Record<CommentStyle, { source: (indent: string) => string; value: string }> = {
  plain: { source: () => 'Очно', value: 'Очно' },
  double: { source: () => '"Очно, онлайн: 2 дня"', value: 'Очно, онлайн: 2 дня' },
  single: { source: () => "'Перенесено: карантин'", value: 'Перенесено: карантин' },
  folded: { source: (indent) => `>-\n${indent}Перенесено из-за\n${indent}карантина`, value: 'Перенесено из-за карантина' },
  literal: { source: (indent) => `|\n${indent}Первая строка\n${indent}Вторая строка`, value: 'Первая строка\nВторая строка\n' },
};

/** The entry's text in a block list whose dashes are at `dash`, and the value it holds. */
function blockEntry(entry: EntryModel, layout: EntryLayout, dash: number, indentLists: boolean): { text: string; value: EntryModel } {
  const at = ' '.repeat(dash + layout.offset);
  const list = indentLists ? `${at}  ` : at;
  const value: EntryModel = { item: entry.item };
  const pairs: string[] = [];
  const itemLine = `item: ${entry.item}${layout.trailing ? '   # как в плане' : ''}`;
  if (layout.itemFirst) pairs.push(itemLine);
  if (entry.status) pairs.push(`status: ${(value.status = entry.status)}`);
  if (entry.dates) {
    value.dates = entry.dates;
    pairs.push(
      layout.flowDates
        ? `dates: [${pad(layout.padded, entry.dates.join(', '))}]`
        : entry.dates.length === 0
          ? 'dates: []'
          : `dates:\n${entry.dates.map((d) => `${list}- ${d}`).join('\n')}`,
    );
  }
  if (entry.participants) {
    value.participants = entry.participants;
    pairs.push(
      `participants:\n${Object.entries(entry.participants)
        .map(([k, v]) => `${at}  ${k}: ${v}`)
        .join('\n')}`,
    );
  }
  if (entry.evidence) pairs.push(`evidence:\n${(value.evidence = entry.evidence).map((e) => `${list}- ${e}`).join('\n')}`);
  if (entry.comment !== undefined) {
    const comment = commentTexts[layout.commentStyle];
    pairs.push(`comment: ${comment.source(`${at}  `)}`);
    value.comment = comment.value;
  }
  if (!layout.itemFirst) pairs.push(itemLine);
  const lines = pairs.join(`\n${at}`);
  const before = `${layout.blankBefore ? '\n' : ''}${layout.noteBefore ? `${' '.repeat(dash)}# запись о ${entry.item}\n` : ''}`;
  return { text: `${before}${' '.repeat(dash)}-${' '.repeat(layout.offset - 1)}${lines}\n`, value };
}

function flowEntry(entry: EntryModel, layout: EntryLayout): { text: string; value: EntryModel } {
  const value: EntryModel = { item: entry.item };
  const pairs = [`item: ${entry.item}`];
  if (entry.status) pairs.push(`status: ${(value.status = entry.status)}`);
  if (entry.dates) pairs.push(`dates: [${pad(layout.padded, (value.dates = entry.dates).join(', '))}]`);
  if (entry.participants?.total !== undefined) pairs.push(`participants: {total: ${(value.participants = { total: entry.participants.total }).total}}`);
  if (entry.comment !== undefined) {
    pairs.push('comment: "Очно, онлайн"');
    value.comment = 'Очно, онлайн';
  }
  return { text: `{${pad(layout.padded, pairs.join(', '))}}`, value };
}

function pad(padded: boolean, text: string): string {
  return padded && text !== '' ? ` ${text} ` : text;
}

type EntriesStyle = 'block' | 'block-level' | 'flow' | 'empty-flow' | 'missing';

interface Generated {
  readonly text: string;
  readonly value: { entries?: EntryModel[] };
  /** Where each entry's text starts and ends (before CRLF and the byte-order mark). */
  readonly segments: readonly { start: number; end: number }[];
  readonly entriesStyle: EntriesStyle;
  /** Where `entries` (the key) ends and its line ends, for the styles without entries yet. */
  readonly entriesKey?: { keyEnd: number; lineEnd: number };
}

const entryArb = fc.record(
  {
    status: fc.constantFrom(...statuses),
    dates: fc.uniqueArray(fc.constantFrom(...dates), { maxLength: 3 }),
    participants: fc.record({ total: fc.nat(500), pupils: fc.nat(50) }, { requiredKeys: ['total'] }),
    evidence: fc.uniqueArray(fc.constantFrom('протокол.pdf', 'https://example.ru/a?b=1'), { minLength: 1, maxLength: 2 }),
    comment: fc.constant('x'),
  },
  { requiredKeys: [] },
);

const layoutArb: fc.Arbitrary<EntryLayout> = fc.record({
  flow: fc.boolean(),
  itemFirst: fc.boolean(),
  offset: fc.constantFrom(2 as const, 4 as const),
  flowDates: fc.boolean(),
  padded: fc.boolean(),
  commentStyle: fc.constantFrom<CommentStyle>('plain', 'double', 'single', 'folded', 'literal'),
  trailing: fc.boolean(),
  noteBefore: fc.boolean(),
  blankBefore: fc.boolean(),
});

const recordArb: fc.Arbitrary<Generated> = fc
  .record({
    header: fc.boolean(),
    entriesStyle: fc.constantFrom<EntriesStyle>('block', 'block-level', 'flow', 'empty-flow', 'missing'),
    indentLists: fc.boolean(),
    entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...items), entryArb, layoutArb), { selector: ([item]) => item, minLength: 1, maxLength: 3 }),
    analysis: fc.boolean(),
    planComment: fc.boolean(),
  })
  .map(({ header, entriesStyle, indentLists, entries, analysis, planComment }) => {
    let text = `${header ? '# Отчёт центра — пишет методист\n\n' : ''}kind: record\nplan: plan.yaml${planComment ? '   # рядом с отчётом' : ''}\n`;
    const segments: { start: number; end: number }[] = [];
    const value: { entries?: EntryModel[] } = {};
    let entriesKey: Generated['entriesKey'];
    const models = entries.map(([item, fields]) => ({ item, ...fields }) as EntryModel);
    if (entriesStyle === 'block' || entriesStyle === 'block-level') {
      text += 'entries:\n';
      value.entries = [];
      for (const [index, model] of models.entries()) {
        const layout = entries[index]![2];
        const dash = entriesStyle === 'block' ? 2 : 0;
        const made = layout.flow
          ? { text: `${' '.repeat(dash)}- ${flowEntry(model, layout).text}\n`, value: flowEntry(model, layout).value }
          : blockEntry(model, layout, dash, indentLists);
        segments.push({ start: text.length, end: text.length + made.text.length });
        text += made.text;
        value.entries.push(made.value);
      }
    } else if (entriesStyle === 'flow') {
      text += 'entries: [';
      value.entries = [];
      for (const [index, model] of models.entries()) {
        if (index > 0) text += ', ';
        const made = flowEntry(model, entries[index]![2]);
        segments.push({ start: text.length, end: text.length + made.text.length });
        text += made.text;
        value.entries.push(made.value);
      }
      text += ']\n';
    } else if (entriesStyle === 'empty-flow') {
      const line = 'entries: []   # пока пусто\n';
      entriesKey = { keyEnd: text.length + 'entries'.length, lineEnd: text.length + line.length };
      text += line;
      value.entries = [];
    }
    if (analysis) text += 'analysis:\n  - title: Выводы\n    text: |\n      План выполнен.\n\n      Подробности — ниже.\n';
    return { text, value, segments, entriesStyle, ...(entriesKey ? { entriesKey } : {}) };
  });

const changeArb: fc.Arbitrary<DoneChange> = fc.record(
  {
    item: fc.constantFrom(...items),
    status: fc.constantFrom(...statuses),
    dates: fc.uniqueArray(fc.constantFrom(...dates), { minLength: 1, maxLength: 2 }),
    participants: fc.nat(500),
    evidence: fc.constantFrom('https://example.ru/1', 'протокол.pdf'),
    comment: fc.constantFrom('Очно', 'Перенесено: карантин', 'Две строки\nтекста'),
  },
  { requiredKeys: ['item'] },
);

/** What the record holds after the change: an independent model of `centre done`. */
function expected(record: { entries?: EntryModel[] }, change: DoneChange): { entries: EntryModel[] } {
  const entries = structuredClone(record.entries ?? []);
  let entry = entries.find((e) => e.item === change.item);
  if (!entry) entries.push((entry = { item: change.item }));
  if (change.status !== undefined) entry.status = change.status;
  for (const date of change.dates ?? []) if (!(entry.dates ??= []).includes(date)) entry.dates.push(date);
  if (change.participants !== undefined) (entry.participants ??= {}).total = change.participants;
  if (change.evidence !== undefined && !(entry.evidence ??= []).includes(change.evidence)) entry.evidence.push(change.evidence);
  if (change.comment !== undefined) entry.comment = change.comment;
  return { entries };
}

/** Whether `change` only adds to the entry (nothing it has is replaced). */
function onlyAdds(entry: EntryModel | undefined, change: DoneChange): boolean {
  if (!entry) return true;
  const replaces = (had: unknown, given: unknown) => given !== undefined && had !== undefined && had !== given;
  return !replaces(entry.status, change.status) && !replaces(entry.comment, change.comment) && !replaces(entry.participants?.total, change.participants);
}

function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of part) {
    at = whole.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe('centre done edits the record in place', () => {
  it('keeps every byte outside the changed entry, and the result reads as the change says', () => {
    fc.assert(
      fc.property(recordArb, changeArb, fc.boolean(), fc.boolean(), (record, change, crlf, bom) => {
        const encode = (text: string) => (crlf ? text.replace(/\n/g, '\r\n') : text);
        const prefix = bom ? '\ufeff' : '';
        const original = prefix + encode(record.text);
        expect(parse(record.text)).toEqual({
          kind: 'record',
          plan: 'plan.yaml',
          ...record.value,
          ...(record.text.includes('analysis:') ? { analysis: expect.anything() } : {}),
        });

        const { text } = applyDone(original, change);
        const { kind, plan, entries } = parse(text.replace(/^\ufeff/, '')) as { kind: string; plan: string; entries: EntryModel[] };
        expect({ kind, plan, entries }).toEqual({ kind: 'record', plan: 'plan.yaml', ...expected(record.value, change) });
        expect(text.startsWith(prefix)).toBe(true);
        if (crlf) expect(text.replace(/\r\n/g, '')).not.toContain('\n');

        // the region that may change: the entry's own text, or the place where a new one goes
        const index = record.value.entries?.findIndex((e) => e.item === change.item) ?? -1;
        let start: number;
        let end: number;
        if (index >= 0) ({ start, end } = record.segments[index]!);
        else if (record.segments.length > 0) start = end = record.segments.at(-1)!.end;
        else if (record.entriesKey) ({ keyEnd: start, lineEnd: end } = record.entriesKey);
        else start = end = record.text.length; // `entries:` added after the last key
        const before = prefix + encode(record.text.slice(0, start));
        const after = encode(record.text.slice(end));
        expect(text.startsWith(before)).toBe(true);
        expect(text.endsWith(after)).toBe(true);
        const region = text.slice(before.length, text.length - after.length);
        if (record.entriesStyle !== 'empty-flow' && onlyAdds(record.value.entries?.[index], change))
          expect(isSubsequence(encode(record.text.slice(start, end)), region)).toBe(true);
        // the same change again changes nothing
        expect(applyDone(text, change).text).toBe(text);
      }),
      { numRuns: 400 },
    );
  });
});
