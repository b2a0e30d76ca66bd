// An item is named by the number its plan prints: the running number, or the
// item's own number when the plan gives every item one (an imported or updated
// plan: 1, 2, 2.1, 3). The DOCX, the site and centre done agree on it.
import { describe, expect, it } from 'vitest';
import { findPlanItem, itemOfEntry, numberedItems } from '../../src/analysis/record-items.js';
import { printedItemNumbers } from '../../src/docs/plan-shape.js';
import type { PlanDocument } from '../../src/schema/plan.js';

const planOf = (ids: (string | undefined)[]): PlanDocument =>
  ({
    kind: 'plan',
    title: 'План',
    orientation: 'portrait',
    approvals: [],
    sections: [{ title: 'Раздел', items: ids.map((id, index) => ({ ...(id === undefined ? {} : { id }), activity: `Мероприятие ${index + 1}` })) }],
  }) as PlanDocument;

describe('the number a plan prints for each item', () => {
  it('is the items’ own numbers when every item has one, else the running number', () => {
    expect(printedItemNumbers(planOf(['1', '2', '2.1', '3']))).toEqual(['1', '2', '2.1', '3']);
    expect(printedItemNumbers(planOf(['1', 'webinar', '3']))).toEqual(['1', '2', '3']);
    expect(printedItemNumbers(planOf(['1', '1']))).toEqual(['1', '2']);
    expect(printedItemNumbers(planOf([undefined, undefined]))).toEqual(['1', '2']);
  });

  it('is how centre done and the record find an item: «4» is no item of a plan printed 1, 2, 2.1, 3', () => {
    const plan = planOf(['1', '2', '2.1', '3']);
    expect(findPlanItem(plan, '2.1')?.item.activity).toBe('Мероприятие 3');
    expect(findPlanItem(plan, '3')?.item.activity).toBe('Мероприятие 4');
    expect(findPlanItem(plan, '№ 3')?.item.activity).toBe('Мероприятие 4');
    expect(findPlanItem(plan, '4')).toBeUndefined();
    const items = numberedItems(plan);
    expect(itemOfEntry(items, '4')).toBeUndefined();
    expect(itemOfEntry(items, '3')?.printed).toBe('3');
  });

  it('keeps section and place («2.3») for a plan numbered on', () => {
    const plan = {
      ...planOf([undefined, undefined]),
      sections: [planOf([undefined]).sections[0]!, planOf([undefined, undefined, undefined]).sections[0]!],
    } as PlanDocument;
    expect(findPlanItem(plan, '2.3')?.number).toBe(4);
    expect(findPlanItem(plan, '4')?.number).toBe(4);
  });
});
