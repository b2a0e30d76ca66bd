// The column «Отметка о выполнении» of an imported plan: what each mark says
// was done, as entries of the plan's record (the file `centre done` keeps).
import type { DoneChange } from '../analysis/record-edit.js';
import type { ImportedPlan, ImportNote } from './imported-plan.js';
import { FULL_DATE, readRussianDate } from './russian-dates.js';

// «+», «✓», «выполнено», «проведено 12.10.2025»; «-», «не выполнено»; «перенесено на май»; «отменено»
// a word ends where no Russian letter follows: «\b» knows only Latin letters, so «да\b» never matched «да»
const NOT_HELD = /^(?:[-–—]$|нет(?![а-яё])|не\s+(?:выполнен|проведен|исполнен))/i;
const MOVED = /^перенес[её]н/i;
const CANCELLED = /^отмен[её]н/i;
const HELD = /^(?:[+✓✔vV√]|да(?![а-яё])|выполнен|проведен|исполнен|сделано)/i;

/** The record's entries for the marks of a plan's items; a mark that says none of these is named in a note. */
export function recordEntriesOf(plan: ImportedPlan): { entries: DoneChange[]; notes: ImportNote[] } {
  const entries: DoneChange[] = [];
  const notes: ImportNote[] = [];
  for (const item of plan.sections.flatMap((section) => section.items)) {
    const mark = item.doneMark?.trim();
    if (!mark || item.id === undefined) continue;
    const status = NOT_HELD.test(mark) ? 'not-held' : MOVED.test(mark) ? 'moved' : CANCELLED.test(mark) ? 'cancelled' : HELD.test(mark) ? 'held' : undefined;
    if (status === undefined) {
      notes.push({ code: 'import-unread-mark', place: item.place, text: mark });
      continue;
    }
    const dates = [...mark.matchAll(new RegExp(FULL_DATE, 'g'))].flatMap((match) => readRussianDate(match[0]) ?? []);
    // the mark as written stays beside the entry unless it is a bare sign
    const comment = /^[+✓✔vV√–—-]$/.test(mark) ? undefined : mark;
    entries.push({ item: item.id, status, ...(dates.length > 0 && status === 'held' ? { dates } : {}), ...(comment ? { comment } : {}) });
  }
  return { entries, notes };
}
