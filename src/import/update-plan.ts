// `plan import --update`: a newer version of a plan imported over the YAML a
// centre already keeps. Items are matched by their activity, so an item that
// is still there keeps its id (and with it its entries in the record), and
// what the methodist added by hand (a `schedule:`, a note, the
// organisation) stays; what was added, removed or changed is reported.
import type { PlanDocument } from '../schema/plan.js';
import type { ImportedItem, ImportedPlan, ImportedSection } from './imported-plan.js';

export interface PlanChanges {
  readonly kept: number;
  /** First lines of the activities, as the new document writes them. */
  readonly added: readonly string[];
  readonly changed: readonly string[];
  /** First lines of the activities, as the kept YAML wrote them. */
  readonly removed: readonly string[];
}

type PreviousItem = PlanDocument['sections'][number]['items'][number];

const firstLine = (activity: string) => activity.split('\n')[0]!.trim();
const words = (activity: string) =>
  new Set(
    activity
      .toLowerCase()
      .replaceAll('ё', 'е')
      .split(/[^\p{L}\p{N}]+/u)
      // short words («для», «и», «в») say nothing of which activity it is
      .filter((word) => word.length > 3),
  );

/** How alike two activities are: the share of their words in common (0–1). */
function likeness(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  let common = 0;
  for (const word of left) if (right.has(word)) common++;
  // (an activity of short words alone has no words here: alike to nothing)
  return common / Math.max(left.size, right.size, 1);
}

const SAME_ENOUGH = 0.6;

/** The same wording, whatever the case, spacing, punctuation and typography (digits and short words count here). */
const sameText = (a: string, b: string) => {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replaceAll('ё', 'е')
      // «2021г.» and «2021 г.» (as the document typesets it) are one text
      .replace(/(\p{N})(\p{L})/gu, '$1 $2')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ');
  return plain(a) === plain(b);
};

/** The imported plan with the kept plan's ids and hand-written additions, and what changed between them. */
export function updatePlan(previous: PlanDocument, imported: ImportedPlan): { plan: ImportedPlan; changes: PlanChanges } {
  const oldItems = previous.sections.flatMap((section) => section.items as readonly PreviousItem[]);
  const newItems = imported.sections.flatMap((section) => section.items);
  const match = new Map<ImportedItem, PreviousItem>();
  const taken = new Set<PreviousItem>();
  // the same wording first, in order; then the most alike of what is left
  for (const item of newItems) {
    const same = oldItems.find((old) => !taken.has(old) && sameText(old.activity, item.activity));
    if (same) {
      match.set(item, same);
      taken.add(same);
    }
  }
  for (const item of newItems.filter((candidate) => !match.has(candidate))) {
    let best: PreviousItem | undefined;
    let bestLikeness = SAME_ENOUGH;
    for (const old of oldItems) {
      if (taken.has(old)) continue;
      const value = likeness(old.activity, item.activity);
      if (value >= bestLikeness) [best, bestLikeness] = [old, value];
    }
    if (best) {
      match.set(item, best);
      taken.add(best);
    }
  }

  // a removed item's id is never given to a new one: the record's entries for it would follow the id to another activity
  const oldIds = oldItems.flatMap((old) => (old.id === undefined ? [] : [String(old.id)]));
  const usedIds = new Set(oldIds);
  // a kept item the old plan left without an id keeps the document's number
  for (const [item, old] of match) if (old.id === undefined && item.id !== undefined) usedIds.add(item.id);
  let nextNumber = Math.max(0, ...oldIds.map((id) => (/^\d+$/.test(id) ? Number(id) : 0)));
  /** An item put in after `previous`: «2.1» after 2 (then «2.2» …), so the printed numbers still read in order. */
  const insertedAfter = (previous: string | undefined): string => {
    if (previous === undefined) {
      while (usedIds.has(String(++nextNumber)));
      return String(nextNumber);
    }
    let suffix = 1;
    while (usedIds.has(`${previous}.${suffix}`)) suffix++;
    return `${previous}.${suffix}`;
  };
  let previousId: string | undefined;
  const added: string[] = [];
  const changed: string[] = [];
  const sections: ImportedSection[] = imported.sections.map((section) => ({
    heading: section.heading,
    items: section.items.map((item) => {
      const old = match.get(item);
      if (!old) {
        added.push(firstLine(item.activity));
        // with nothing kept, the document's own numbers stand; else a new item is numbered after the one before it
        const id = match.size === 0 && item.id !== undefined && !usedIds.has(item.id) ? item.id : insertedAfter(previousId);
        usedIds.add(id);
        previousId = id;
        return { ...item, id };
      }
      previousId = old.id === undefined ? previousId : String(old.id);
      const differs =
        !sameText(old.activity, item.activity) ||
        !sameText(old.timing ?? '', item.timing ?? '') ||
        !sameText((old.responsible ?? []).join('\n'), item.responsible.join('\n'));
      if (differs) changed.push(firstLine(item.activity));
      const handWritten = {
        ...(old.schedule !== undefined ? { schedule: old.schedule } : {}),
        ...(old.note !== undefined && item.note === undefined ? { note: old.note } : {}),
        ...(old.events !== undefined && item.events === undefined ? { events: old.events } : {}),
      };
      return { ...item, ...(old.id !== undefined ? { id: String(old.id) } : {}), ...(Object.keys(handWritten).length > 0 ? { kept: handWritten } : {}) };
    }),
  }));
  const removed = oldItems.filter((old) => !taken.has(old)).map((old) => firstLine(old.activity));
  const kept = Object.fromEntries(
    (['organisation', 'period', 'orientation', 'goal', 'tasks', 'epigraph', 'appendixTo', 'signature'] as const)
      .filter((key) => previous[key] !== undefined && (imported as unknown as Record<string, unknown>)[key] === undefined)
      .filter((key) => key !== 'orientation' || previous.orientation !== 'portrait')
      .map((key) => [key, previous[key]]),
  );
  const plan: ImportedPlan = { ...imported, sections, ...(Object.keys(kept).length > 0 ? { kept } : {}) };
  return { plan, changes: { kept: match.size - changed.length, added, changed, removed } };
}
