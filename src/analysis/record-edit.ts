// `centre done` as a pure edit of the record's text: the entry of one item is
// added or updated through yaml's Document API, and that change is then
// written into the text at the entry's place only, so the file's comments, key
// order and layout stay as the methodologist left them, byte for byte.
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { spliceEntry } from './record-splice.js';
import { parseIsoDate } from '../schema/iso-date.js';
import type { ParticipantCategory, RecordStatus } from '../schema/record.js';

export interface DoneChange {
  readonly item: string;
  readonly status?: RecordStatus;
  /** ISO dates; each is added once. */
  readonly dates?: readonly string[];
  readonly participants?: number;
  /** Participants by category, written beside the total. */
  readonly categories?: Partial<Record<ParticipantCategory, number>>;
  /** A link or file name; added once. */
  readonly evidence?: string;
  readonly comment?: string;
}

export interface DoneResult {
  readonly text: string;
  readonly added: boolean;
}

/** The record of plans/X.yaml: plans/X.record.yaml, beside it. */
export function recordPathOf(planPath: string): string {
  return path.join(path.dirname(planPath), `${path.basename(planPath, path.extname(planPath))}.record.yaml`);
}

/** A new record file for the plan at `planRef` (relative to the record). */
export function newRecordText(planRef: string): string {
  return [
    '# yaml-language-server: $schema=./schemas/record.schema.json',
    '# Что из плана проведено: отметки добавляет «centre done», их можно править и вручную.',
    'kind: record',
    `plan: ${planRef}`,
    'entries: []',
    '',
  ].join('\n');
}

/**
 * The record's text with the item's entry added or updated; `text` must be a valid record.
 * Only the entry's text changes (see record-splice.ts); where no such edit can say the change,
 * the whole document is written again, which keeps comments but not every space.
 */
export function applyDone(text: string, change: DoneChange): DoneResult {
  const { text: rewritten, added, entry, value } = rewriteDocument(text, change);
  let spliced: string | undefined;
  try {
    spliced = spliceEntry(text, change.item, entry);
  } catch {
    spliced = undefined; // a layout the edits do not know: the rewritten document says the same
  }
  return { text: spliced !== undefined && holds(spliced, value) ? spliced : rewritten, added };
}

/** Whether the edited text reads as the record the change makes: checked before it is used. */
function holds(text: string, value: unknown): boolean {
  const doc = parseDocument(text.replace(/^\ufeff/, ''));
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), value);
}

/** The change made through yaml's Document API, and the entry as it should be. */
function rewriteDocument(text: string, change: DoneChange): DoneResult & { entry: YAMLMap; value: unknown } {
  const doc = parseDocument(text);
  let entries = doc.get('entries', true);
  if (!isSeq(entries)) {
    entries = new YAMLSeq();
    doc.set('entries', entries);
  }
  const seq = entries as YAMLSeq;
  // an empty `entries: []` becomes a block list once it has an entry
  if (seq.items.length === 0) seq.flow = false;
  const existing = seq.items.find((node): node is YAMLMap => isMap(node) && String(node.get('item')) === change.item);
  const entry = existing ?? new YAMLMap();
  if (!existing) {
    // an item without an id is named by its number, written as a number
    entry.set('item', /^\d+$/.test(change.item) ? Number(change.item) : change.item);
    seq.items.push(entry);
  }
  update(doc, entry, change);
  const written = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  // a file written on Windows keeps its line endings
  return { text: text.includes('\r\n') ? written.replace(/\r?\n/g, '\r\n') : written, added: !existing, entry, value: doc.toJS() };
}

function update(doc: Document, entry: YAMLMap, change: DoneChange): void {
  if (change.status !== undefined) entry.set('status', change.status);
  if (change.dates?.length) {
    const dates = listAt(doc, entry, 'dates', true);
    const known = new Set(dates.items.map((node) => isoOf(scalarText(node))));
    for (const date of change.dates) {
      if (!known.has(date)) dates.items.push(doc.createNode(date));
      known.add(date);
    }
  }
  if (change.participants !== undefined || change.categories) {
    const found: unknown = entry.get('participants', true);
    const participants = isMap(found) ? found : new YAMLMap();
    if (participants !== found) entry.set('participants', participants);
    if (change.participants !== undefined) participants.set('total', change.participants);
    for (const [category, count] of Object.entries(change.categories ?? {})) participants.set(category, count);
  }
  if (change.evidence !== undefined) {
    const evidence = listAt(doc, entry, 'evidence', false);
    if (!evidence.items.some((node) => scalarText(node) === change.evidence)) evidence.items.push(doc.createNode(change.evidence));
  }
  if (change.comment !== undefined) entry.set('comment', change.comment);
}

function listAt(doc: Document, entry: YAMLMap, key: string, flow: boolean): YAMLSeq {
  const found = entry.get(key, true);
  if (isSeq(found)) return found;
  const seq = doc.createNode([]) as YAMLSeq;
  seq.flow = flow;
  entry.set(key, seq);
  return seq;
}

function isoOf(text: string | undefined): string | undefined {
  return (text === undefined ? undefined : parseIsoDate(text)) ?? text;
}

function scalarText(node: unknown): string | undefined {
  if (node && typeof node === 'object' && 'value' in node) return String((node as { value: unknown }).value);
  return typeof node === 'string' ? node : undefined;
}
