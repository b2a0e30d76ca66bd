// Which plan item a record entry is about: the item whose `id` it names, or
// the item whose number the plan's document prints in its «№» column (1, 2 …
// on across sections), so that a plan imported from Word as it is, without
// ids, can be recorded too. Pure.
import { printedItemNumbers } from '../docs/plan-shape.js';
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';
import type { RecordEntry, YearRecord } from '../schema/record.js';

export interface NumberedItem {
  /** The item's place in the plan, from 1, on across sections. */
  readonly number: number;
  /** The number printed in the plan's «№» column: the place, or the item's own number («2.1») when the plan gives every item one. */
  readonly printed: string;
  readonly id?: string;
  readonly item: PlanItem | CyclogramItem;
  readonly sectionIndex: number;
  /** The item's number within its section (from 1). */
  readonly inSection: number;
  readonly path: readonly ['sections', number, 'items', number];
}

export function numberedItems(plan: PlanDocument): NumberedItem[] {
  const items: NumberedItem[] = [];
  const printed = printedItemNumbers(plan);
  plan.sections.forEach((section, sectionIndex) =>
    (section.items as readonly (PlanItem | CyclogramItem)[]).forEach((item, itemIndex) =>
      items.push({
        number: items.length + 1,
        printed: printed[items.length]!,
        ...(item.id !== undefined ? { id: item.id } : {}),
        item,
        sectionIndex,
        inSection: itemIndex + 1,
        path: ['sections', sectionIndex, 'items', itemIndex],
      }),
    ),
  );
  return items;
}

/** What a record entry writes in `item:` for this item: its id, else its printed number. */
export function entryKey(item: NumberedItem): string {
  return item.id ?? item.printed;
}

/** The item a record entry's `item:` names: an id first, then a printed number. */
export function itemOfEntry(items: readonly NumberedItem[], key: string): NumberedItem | undefined {
  return items.find((item) => item.id === key) ?? items.find((item) => item.printed === key);
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function fromRoman(text: string): number | undefined {
  if (!/^[IVXLC]+$/.test(text)) return undefined;
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = romanValues[text[index]!]!;
    const next = romanValues[text[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const printedNumber = /^(?:№\s*)?(\d+)\.?$/;
const sectionAndPlace = /^([IVXLC]+|\d+)\s*[.,]\s*(\d+)\.?$/i;

/** Whether a name given for an item is a number («7», «№ 7», «2.3», «II.3») rather than an id. */
export function isItemNumber(text: string): boolean {
  return printedNumber.test(text.trim()) || sectionAndPlace.test(text.trim());
}

/**
 * The item a person names on the command line: its id, the number printed in
 * the plan's «№» column («7», «7.», «№ 7»), or a section and the item's place
 * in it («2.3», «II.3»).
 */
export function findPlanItem(plan: PlanDocument, text: string): NumberedItem | undefined {
  const items = numberedItems(plan);
  const trimmed = text.trim();
  const byId = items.find((item) => item.id === trimmed);
  if (byId) return byId;
  const number = printedNumber.exec(trimmed);
  if (number) return items.find((item) => item.printed === number[1]);
  // «2.1» is the item printed so when the plan numbers its items that way, else the first item of section 2
  const printed = items.find((item) => item.printed === trimmed.replace(/^№\s*/, '').replace(/\.$/, ''));
  if (printed) return printed;
  const sectioned = sectionAndPlace.exec(trimmed);
  if (!sectioned) return undefined;
  const section = /^\d+$/.test(sectioned[1]!) ? Number(sectioned[1]) : fromRoman(sectioned[1]!.toUpperCase());
  return items.find((item) => item.sectionIndex + 1 === section && item.inSection === Number(sectioned[2]));
}

/** The record's entries by the number of the item each is about; entries naming no item are left out. */
export function entriesByNumber(plan: PlanDocument, record: YearRecord): Map<number, RecordEntry> {
  const items = numberedItems(plan);
  const byNumber = new Map<number, RecordEntry>();
  for (const entry of record.entries) {
    const item = itemOfEntry(items, entry.item);
    if (item && !byNumber.has(item.number)) byNumber.set(item.number, entry);
  }
  return byNumber;
}
