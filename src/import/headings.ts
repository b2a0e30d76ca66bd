// What a column of a plan table holds, read from its heading by meaning:
// case, ё/е, punctuation and abbreviations do not matter.
import { monthsIn } from '../text/russian-words.js';

export type ColumnRole = 'number' | 'activity' | 'timing' | 'responsible' | 'month' | 'done' | 'extra';

/** Lower case, ё as е, punctuation as spaces (№ kept), single spaces. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}№]+/gu, ' ')
    .trim();
}

const NUMBER = /^(?:№+|n|no|nn|номер)(?: ?п ?п)?$|^п ?п$/;
const RESPONSIBLE = /(?:^| )(?:ответствен|исполнител|отв(?: |$)|кто проводит)/;
const TIMING = /(?:^| )(?:срок|дат[аыу]?(?: |$)|периодичн|время|когда|месяц|период(?: |$)|число)/;
// «Отметка о выполнении», «Выполнено», «Отметка об исполнении»: what was done, which goes into the record, not the plan
const DONE = /^(?:отметк[аи]\s*(?:о|об)?\s*(?:выполнени|исполнени|проведени)|выполнен|исполнен|отметка$)/;
const ACTIVITY =
  /(?:^| )(?:мероприят|содержани|дел[ао]?(?: |$)|тем[аы]?(?: |$)|наименовани|названи|вид[ыа]? (?:деятельности|работ)|работ[аы]?(?: |$)|событи|деятельност)/;

const MONTH_NAMES = monthsIn('nominative');

/** The month (1–12) a column of marks is headed by: «Сентябрь», «сент.», «окт»; undefined for any other heading. */
export function monthOfHeading(text: string): number | undefined {
  const heading = normaliseHeading(text);
  if (heading.length < 3) return undefined;
  // three letters at least: «ма» could be March or May («май» is itself three letters, so never cut)
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(heading));
  return index < 0 ? undefined : index + 1;
}

export const monthName = (month: number) => MONTH_NAMES[month - 1]!;

/** The role of a column headed `text`; undefined for an empty heading. */
export function headingRole(text: string): ColumnRole | undefined {
  const heading = normaliseHeading(text);
  if (heading === '') return undefined;
  if (NUMBER.test(heading)) return 'number';
  if (monthOfHeading(heading) !== undefined) return 'month';
  if (RESPONSIBLE.test(heading)) return 'responsible';
  if (TIMING.test(heading)) return 'timing';
  if (DONE.test(heading)) return 'done';
  if (ACTIVITY.test(heading)) return 'activity';
  return 'extra';
}

export interface ColumnPlan {
  /** The role of each grid column; a role is given to its first column only, later ones are extra. */
  readonly roles: readonly (ColumnRole | undefined)[];
  /** The heading of each grid column, as written (one line). */
  readonly headings: readonly string[];
  /** Columns under a spanning heading that have no heading of their own: kept only when some item fills them. */
  readonly unnamed?: readonly number[];
}

/** Roles of the columns under a header row's headings, or undefined when it does not head a plan table. */
export function planColumnsOf(headings: readonly string[]): ColumnPlan | undefined {
  const taken = new Set<ColumnRole>();
  const roles = headings.map((heading) => {
    const role = headingRole(heading);
    if (role === undefined || role === 'month') return role;
    if (taken.has(role)) return 'extra';
    taken.add(role);
    return role;
  });
  // a column a month (marked «+» in the months an item is held) says when as a timing column does
  const monthColumns = roles.filter((role) => role === 'month').length;
  const isPlan = taken.has('activity') && (taken.has('timing') || taken.has('responsible') || monthColumns >= 2);
  return isPlan ? { roles, headings: headings.map((heading) => heading.replace(/\s+/g, ' ').trim()) } : undefined;
}
