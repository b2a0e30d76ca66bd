// What a plan's table shows, without laying it out: which of the standard
// columns it has, and the number each item is printed with. Pure, and free of
// docx: the site, the record and validation read it too.
import type { CyclogramItem, PlanDocument, PlanItem } from '../schema/plan.js';

type Item = PlanItem | CyclogramItem;

/**
 * What the «№ п/п» column prints for each item: the items' own ids when every
 * item has one and each is a number («14», «2.1», as an imported plan keeps the
 * numbers it was written with), else numbers running on across sections.
 */
export function printedItemNumbers(plan: PlanDocument): string[] {
  const items = plan.sections.flatMap((section) => section.items as readonly Item[]);
  const ownNumbers = items.map((item) => item.id);
  const ownAreNumbers = ownNumbers.every((id) => id !== undefined && /^\d{1,4}(?:\.\d{1,4})*$/.test(id)) && new Set(ownNumbers).size === items.length;
  return ownAreNumbers ? (ownNumbers as string[]) : items.map((_, index) => String(index + 1));
}

/** Whether the table has a «Сроки» column: always in a plan, in a cyclogram only when an item gives a timing. */
export function hasTimingColumn(plan: PlanDocument): boolean {
  return plan.kind === 'plan' || plan.sections.some((section) => section.items.some((item) => item.timing !== undefined));
}

/** Whether the table has an «Ответственные» column: when any item names someone (a plan imported without one has none). */
export function hasResponsibleColumn(plan: PlanDocument): boolean {
  return plan.sections.some((section) => (section.items as readonly Item[]).some((item) => item.responsible !== undefined));
}
