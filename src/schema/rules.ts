// The second validation pass: named rules across fields, run on data whose
// shape zod has already accepted. Each rule returns problems with a path.
import type { Severity } from './diagnostic.js';
import { parseDateText, toIsoDate } from './dates.js';
import type { PlanDocument } from './plan.js';
import type { PathSegment } from './source.js';
import type { MessageCode, MessageParams } from '../i18n/messages.js';

export interface RuleProblem {
  readonly path: readonly PathSegment[];
  readonly severity: Severity;
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

type Rule<T> = (value: T) => RuleProblem[];

const yearOrPeriod: Rule<PlanDocument> = (plan) => {
  if (plan.academicYear !== undefined && plan.period !== undefined) {
    return [{ path: ['period'], severity: 'error', code: 'year-and-period' }];
  }
  if (plan.kind === 'plan' && plan.academicYear === undefined && plan.period === undefined) {
    return [{ path: [], severity: 'error', code: 'plan-needs-year' }];
  }
  return [];
};

const periodOrder: Rule<PlanDocument> = (plan) => {
  if (!plan.period) return [];
  const from = toIsoDate(parseDateText(plan.period.from)!);
  const to = toIsoDate(parseDateText(plan.period.to)!);
  return from > to ? [{ path: ['period', 'to'], severity: 'error', code: 'period-order', params: { from, to } }] : [];
};

// Initials before the surname, as GOST R 7.0.97 writes a signatory: «Н.К. Антюфеева».
// Explicit Cyrillic and Latin ranges: a \p{Lu} class takes a millisecond to compile, on every run.
const initialsFirst = /^[A-ZЀ-Я]\.\s*([A-ZЀ-Я]\.)?\s*[A-ZЀ-Я][A-Za-zЀ-ӿ'’-]+$/;

const signatoryNames: Rule<PlanDocument> = (plan) => {
  const named = [
    ...plan.approvals.map((approval, index) => ({ path: ['approvals', index, 'name'], approval })),
    ...(plan.signature ? [{ path: ['signature', 'name'], approval: plan.signature }] : []),
  ];
  return named.flatMap(({ path, approval }) =>
    'name' in approval && !initialsFirst.test(approval.name.trim())
      ? [{ path, severity: 'warning' as const, code: 'name-format' as const, params: { value: approval.name } }]
      : [],
  );
};

const eventsWithinPeriod: Rule<PlanDocument> = (plan) => {
  const period = planPeriod(plan);
  if (!period) return [];
  const problems: RuleProblem[] = [];
  plan.sections.forEach((section, sectionIndex) =>
    section.items.forEach((item, itemIndex) =>
      item.events?.forEach((event, eventIndex) => {
        const date = toIsoDate(parseDateText(event.date)!);
        if (date < period.from || date > period.to) {
          const path = ['sections', sectionIndex, 'items', itemIndex, 'events', eventIndex, 'date'];
          problems.push({ path, severity: 'warning', code: 'event-outside-period', params: { date, ...period } });
        }
      }),
    ),
  );
  return problems;
};

/** The first and last day the plan covers, as ISO dates. */
export function planPeriod(plan: PlanDocument): { from: string; to: string } | undefined {
  if (plan.period) {
    return { from: toIsoDate(parseDateText(plan.period.from)!), to: toIsoDate(parseDateText(plan.period.to)!) };
  }
  if (plan.academicYear) {
    const first = Number(plan.academicYear.trim().slice(0, 4));
    return { from: `${first}-09-01`, to: `${first + 1}-08-31` };
  }
  return undefined;
}

export const planRules: readonly Rule<PlanDocument>[] = [yearOrPeriod, periodOrder, signatoryNames, eventsWithinPeriod];
