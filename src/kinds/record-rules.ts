// The rules of the year's record, on its own and against its plan, and the
// rule that keeps plan item ids unique. Pure: `today` comes in as a parameter.
import type { IsoDate } from '../schema/iso-date.js';
import type { PlanDocument, PlanItem, CyclogramItem } from '../schema/plan.js';
import type { YearRecord } from '../schema/record.js';
import { peopleCategories } from '../schema/record-words.js';
import type { PathSegment } from '../schema/source.js';
import { planPeriod, type CalendarEntry } from '../calendar/plan-entries.js';
import { expand } from '../calendar/expand.js';
import type { RuleProblem } from './rules.js';
import { recordWindow } from '../analysis/figures.js';
import { entriesByNumber, itemOfEntry, numberedItems } from '../analysis/record-items.js';

type Rule<T> = (value: T) => RuleProblem[];

/** Each id once per plan: a record entry must name one item. */
export const uniqueItemIds: Rule<PlanDocument> = (plan) => {
  const seen = new Map<string, number>();
  const problems: RuleProblem[] = [];
  let number = 0;
  plan.sections.forEach((section, sectionIndex) =>
    (section.items as (PlanItem | CyclogramItem)[]).forEach((item, itemIndex) => {
      number++;
      if (item.id === undefined) return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, number);
      else
        problems.push({
          path: ['sections', sectionIndex, 'items', itemIndex, 'id'],
          severity: 'error',
          code: 'item-id-duplicate',
          params: { value: item.id, first },
        });
    }),
  );
  return problems;
};

export const recordRules: readonly Rule<YearRecord>[] = [
  (record) => {
    const seen = new Map<string, number>();
    return record.entries.flatMap((entry, index): RuleProblem[] => {
      const first = seen.get(entry.item);
      if (first === undefined) {
        seen.set(entry.item, index + 1);
        return [];
      }
      return [{ path: ['entries', index, 'item'], severity: 'error', code: 'record-entry-duplicate', params: { value: entry.item, first } }];
    });
  },
  (record) =>
    record.entries.flatMap((entry, index): RuleProblem[] => {
      const total = entry.participants?.total;
      if (total === undefined) return [];
      const sum = peopleCategories.reduce((acc, key) => acc + (entry.participants?.[key] ?? 0), 0);
      return sum > total
        ? [{ path: ['entries', index, 'participants', 'total'], severity: 'warning', code: 'record-total-below-categories', params: { total, sum } }]
        : [];
    }),
  (record) =>
    record.entries.flatMap((entry, index): RuleProblem[] =>
      (entry.status === 'not-held' || entry.status === 'cancelled') && entry.comment === undefined
        ? [{ path: ['entries', index, 'status'], severity: 'warning', code: 'record-reason-missing', params: { value: entry.item } }]
        : [],
    ),
  (record) =>
    record.entries.flatMap((entry, index): RuleProblem[] =>
      entry.status === 'held' && !entry.dates?.length
        ? [{ path: ['entries', index], severity: 'warning', code: 'record-held-without-date', params: { value: entry.item } }]
        : [],
    ),
];

export interface PlanItemRef {
  readonly id?: string;
  readonly number: number;
  readonly title: string;
  readonly path: readonly PathSegment[];
  /** The last day of the item's dates within the plan's period, when they can be read. */
  readonly lastDay?: IsoDate;
}

/**
 * Every item of a plan, numbered as the document numbers them, with the last day it is due by the
 * plan's calendar entries over its period (none when the plan has no period). The entries are the
 * caller's to read (calendar/plan-entries.ts), or to take from the plan's kept check: this module
 * never reads a timing, so that checking a record against a kept plan loads no reader.
 */
export function itemRefs(plan: PlanDocument, entries: readonly CalendarEntry[] | undefined): PlanItemRef[] {
  const period = planPeriod(plan);
  const lastDays = new Map<number, IsoDate>();
  if (period && entries) {
    for (const entry of entries) {
      if (!entry.schedule) continue;
      const occurrences = expand(entry.schedule, period);
      const last = occurrences.reduce<IsoDate | undefined>((max, o) => (max === undefined || o.end > max ? o.end : max), undefined);
      const known = lastDays.get(entry.number);
      if (last !== undefined && (known === undefined || last > known)) lastDays.set(entry.number, last);
    }
  }
  const refs: PlanItemRef[] = [];
  let number = 0;
  plan.sections.forEach((section, sectionIndex) =>
    (section.items as (PlanItem | CyclogramItem)[]).forEach((item, itemIndex) => {
      number++;
      const lastDay = lastDays.get(number);
      refs.push({
        ...(item.id !== undefined ? { id: item.id } : {}),
        number,
        title: item.activity.split('\n')[0]!.trim(),
        path: ['sections', sectionIndex, 'items', itemIndex],
        ...(lastDay ? { lastDay } : {}),
      });
    }),
  );
  return refs;
}

/**
 * The record read against its plan: entries naming no item of the plan, an
 * item named twice, days far outside the plan's year. Paths are the record's.
 */
export function recordAgainstPlan(record: YearRecord, plan: PlanDocument, planFile: string): RuleProblem[] {
  const items = numberedItems(plan);
  const firstEntry = new Map<number, { index: number; key: string }>();
  const named = record.entries.flatMap((entry, index): RuleProblem[] => {
    const item = itemOfEntry(items, entry.item);
    if (!item) return [{ path: ['entries', index, 'item'], severity: 'warning', code: 'record-item-unknown', params: { value: entry.item, plan: planFile } }];
    const first = firstEntry.get(item.number);
    if (!first) firstEntry.set(item.number, { index, key: entry.item });
    // one item named twice the same way is the record's own rule; by its id and by its number, only the plan tells
    return first && first.key !== entry.item
      ? [{ path: ['entries', index, 'item'], severity: 'error', code: 'record-entry-duplicate', params: { value: entry.item, first: first.index + 1 } }]
      : [];
  });
  return [...named, ...datesOutside(record, plan)];
}

/**
 * The items of the plan whose dates are all past on `today` and that the
 * record has no entry for. Paths are the plan's: each warning points at its item.
 */
export function itemsPastWithoutEntry(
  record: YearRecord,
  plan: PlanDocument,
  files: { plan: string; record: string },
  today: string,
  entries: readonly CalendarEntry[] | undefined,
): RuleProblem[] {
  const recorded = entriesByNumber(plan, record);
  return itemRefs(plan, entries).flatMap((ref): RuleProblem[] => {
    if (ref.lastDay === undefined || ref.lastDay >= today || recorded.has(ref.number)) return [];
    const params = {
      value: ref.id,
      number: ref.number,
      title: ref.title,
      date: ref.lastDay.split('-').reverse().join('.'),
      plan: files.plan,
      record: files.record,
    };
    return [{ path: ref.path, severity: 'warning', code: ref.id === undefined ? 'record-item-past-no-id' : 'record-item-past', params }];
  });
}

/** Days of the record far outside the plan's period (see recordWindow): a mistyped year, warned at the date. */
function datesOutside(record: YearRecord, plan: PlanDocument): RuleProblem[] {
  const window = recordWindow(plan);
  if (!window) return [];
  return record.entries.flatMap((entry, index) =>
    (entry.dates ?? []).flatMap((date, at): RuleProblem[] => {
      if (date >= window.start && date <= window.end) return [];
      return [
        {
          path: ['entries', index, 'dates', at],
          severity: 'warning',
          code: 'record-date-outside-period',
          params: { date, from: window.start, to: window.end },
        },
      ];
    }),
  );
}
