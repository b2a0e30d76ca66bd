// `centre done` as a pure edit of the record's text: the entry of one item is
// added or updated through yaml's Document API, so the file's comments, key
// order and layout stay as the methodologist left them.
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { parseDateText, toIsoDate } from '../schema/dates.js';
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

/** The record's text with the item's entry added or updated; `text` must be a valid record. */
export function applyDone(text: string, change: DoneChange): DoneResult {
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
  return { text: text.includes('\r\n') ? written.replace(/\r?\n/g, '\r\n') : written, added: !existing };
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
  const date = text === undefined ? undefined : parseDateText(text);
  return date ? toIsoDate(date) : text;
}

function scalarText(node: unknown): string | undefined {
  if (node && typeof node === 'object' && 'value' in node) return String((node as { value: unknown }).value);
  return typeof node === 'string' ? node : undefined;
}
