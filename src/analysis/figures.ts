// The year's figures from a plan and its record: per item what was planned and
// what happened, per section and overall how much was held, participants by
// category and by month. Pure: the document and the charts are built from this.
import { planPeriod } from '../calendar/plan-entries.js';
import type { Span } from '../calendar/model.js';
import { daysInMonth, isoDate, type IsoDate } from '../schema/iso-date.js';
import { entriesByNumber } from './record-items.js';
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';
import type { ParticipantCategory, Participants, RecordEntry, RecordStatus, YearRecord } from '../schema/record.js';
import { participantCategories } from '../schema/record-words.js';

export type ItemStatus = RecordStatus | 'no-entry';

export interface ItemFigures {
  readonly number: number;
  readonly id?: string;
  readonly activity: string;
  readonly timing?: string;
  readonly status: ItemStatus;
  /** ISO dates it was held on, sorted. */
  readonly dates: readonly IsoDate[];
  readonly participants?: Participants;
  readonly evidence: readonly string[];
  readonly comment?: string;
}

interface SectionFigures {
  readonly title: string;
  readonly items: readonly ItemFigures[];
  readonly planned: number;
  readonly held: number;
  /** Participants (the entries' totals) of the items held. */
  readonly participants: number;
}

interface MonthFigures {
  /** YYYY-MM. */
  readonly month: string;
  /** Items held that began this month. */
  readonly events: number;
  /** Days anything was held this month. */
  readonly days: number;
  /** Participants of the items that began this month: an item held on several days counts once, in the month of its first day. */
  readonly participants: number;
}

/** A day of the record far outside the plan's period (a mistyped year), left out of the figures by month. */
interface DayOutside {
  readonly date: IsoDate;
  readonly number: number;
  readonly activity: string;
}

export interface YearFigures {
  readonly sections: readonly SectionFigures[];
  readonly planned: number;
  readonly held: number;
  readonly participants: number;
  readonly byCategory: Readonly<Record<ParticipantCategory, number>>;
  readonly byMonth: readonly MonthFigures[];
  /** Days outside recordWindow(plan), in plan order: not in byMonth. */
  readonly outside: readonly DayOutside[];
  /** Items not held (not held, cancelled, moved without a date) or with no entry, in plan order. */
  readonly notHeld: readonly ItemFigures[];
}

/** An item counts as held when it was held, or moved and then held on a recorded date. */
export function isHeld(item: Pick<ItemFigures, 'status' | 'dates'>): boolean {
  return item.status === 'held' || (item.status === 'moved' && item.dates.length > 0);
}

function itemFigures(item: PlanItem | CyclogramItem, number: number, entry: RecordEntry | undefined): ItemFigures {
  const base = {
    number,
    ...(item.id !== undefined ? { id: item.id } : {}),
    activity: item.activity,
    ...(item.timing !== undefined ? { timing: item.timing } : {}),
  };
  if (!entry) return { ...base, status: 'no-entry', dates: [], evidence: [] };
  return {
    ...base,
    status: entry.status,
    dates: [...new Set(entry.dates ?? [])].sort(),
    ...(entry.participants ? { participants: entry.participants } : {}),
    evidence: entry.evidence ?? [],
    ...(entry.comment !== undefined ? { comment: entry.comment } : {}),
  };
}

/**
 * The days a record of this plan may plausibly hold: the plan's period and a
 * quarter on either side — work for a school year starts in the summer before
 * it (August councils, preparation) and an item moved late is held in the
 * autumn after. A day beyond is a mistyped year (1999, 2099, 2033).
 */
export function recordWindow(plan: PlanDocument): Span | undefined {
  const period = planPeriod(plan);
  return period && { start: monthEdge(period.start, -3, 'first'), end: monthEdge(period.end, 3, 'last') };
}

/** The first or last day of the month `months` away from an ISO date's. */
function monthEdge(date: IsoDate, months: number, edge: 'first' | 'last'): IsoDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDate(year, month, edge === 'first' ? 1 : daysInMonth(year, month));
}

export function yearFigures(plan: PlanDocument, record: YearRecord): YearFigures {
  const entries = entriesByNumber(plan, record);
  const window = recordWindow(plan);
  const outside: DayOutside[] = [];
  const byCategory = Object.fromEntries(participantCategories.map((category) => [category, 0])) as Record<ParticipantCategory, number>;
  const months = new Map<string, { events: number; days: number; participants: number }>();
  const monthOf = (date: string) => {
    const key = date.slice(0, 7);
    const month = months.get(key) ?? { events: 0, days: 0, participants: 0 };
    months.set(key, month);
    return month;
  };
  let number = 0;
  const sections = plan.sections.map((section): SectionFigures => {
    const items = (section.items as (PlanItem | CyclogramItem)[]).map((item) => {
      number++;
      return itemFigures(item, number, entries.get(number));
    });
    const held = items.filter(isHeld);
    for (const item of held) {
      for (const category of participantCategories) byCategory[category] += item.participants?.[category] ?? 0;
      // a day far outside the plan's year is a mistyped year: said in a note, not counted by month
      const days = item.dates.filter((date) => {
        const inside = !window || (date >= window.start && date <= window.end);
        if (!inside) outside.push({ date, number: item.number, activity: item.activity });
        return inside;
      });
      // the same people come to every day of a course or a forum: they count once, in the month it began
      for (const date of days) monthOf(date).days++;
      const first = days[0];
      if (first === undefined) continue;
      monthOf(first).events++;
      monthOf(first).participants += item.participants?.total ?? 0;
    }
    return {
      title: 'title' in section ? section.title : section.periodicity,
      items,
      planned: items.length,
      held: held.length,
      participants: held.reduce((sum, item) => sum + (item.participants?.total ?? 0), 0),
    };
  });
  const all = sections.flatMap((section) => section.items);
  return {
    sections,
    planned: all.length,
    held: sections.reduce((sum, section) => sum + section.held, 0),
    participants: sections.reduce((sum, section) => sum + section.participants, 0),
    byCategory,
    byMonth: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, figures]) => ({ month, ...figures })),
    outside,
    notHeld: all.filter((item) => !isHeld(item)),
  };
}
