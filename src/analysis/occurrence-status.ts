// What the record says of one dated occurrence of a plan item, for
// `centre calendar --status`. Pure: `today` comes in.
import type { IsoDate } from '../schema/iso-date.js';
import type { RecordEntry } from '../schema/record.js';

export type OccurrenceStatus = 'held' | 'moved' | 'cancelled' | 'not-held' | 'no-entry' | 'no-date' | 'upcoming';

/**
 * An occurrence not yet begun is upcoming. Otherwise: the entry's status when
 * it says the item was not held; held when a recorded day falls within the
 * occurrence; `no-date` when the item has an entry but no day in this one
 * (a monthly webinar recorded for other months); `no-entry` without an entry.
 */
export function occurrenceStatus(entry: RecordEntry | undefined, occurrence: { date: IsoDate; end?: IsoDate }, today: IsoDate): OccurrenceStatus {
  if (occurrence.date > today) return 'upcoming';
  if (!entry) return 'no-entry';
  if (entry.status === 'cancelled' || entry.status === 'not-held') return entry.status;
  const end = occurrence.end ?? occurrence.date;
  const dates = entry.dates ?? [];
  if (dates.some((date) => date >= occurrence.date && date <= end)) return 'held';
  if (entry.status === 'moved') return 'moved';
  return 'no-date';
}
