// Warnings about numbers and years a plan writes that its document adds itself
// (see docs/own-numbering.ts, which leaves them out of the document).
import type { PlanDocument } from '../schema/plan.js';
import { activityNumber, sectionTitleNumber, titleYearPhrase } from '../docs/own-numbering.js';
import type { RuleProblem } from './rules.js';

export function ownNumbering(plan: PlanDocument): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const year = titleYearPhrase(plan.title);
  if (year) problems.push({ path: ['title'], severity: 'warning', code: 'title-has-year', params: { phrase: year.phrase } });
  plan.sections.forEach((section, sectionIndex) => {
    const number = 'title' in section ? sectionTitleNumber(section.title) : undefined;
    if (number) problems.push({ path: ['sections', sectionIndex, 'title'], severity: 'warning', code: 'section-numbered', params: { number } });
    section.items.forEach((item, itemIndex) => {
      const itemNumber = activityNumber(item.activity);
      if (itemNumber)
        problems.push({
          path: ['sections', sectionIndex, 'items', itemIndex, 'activity'],
          severity: 'warning',
          code: 'item-numbered',
          params: { number: itemNumber },
        });
    });
  });
  return problems;
}
