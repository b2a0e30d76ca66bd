// The kinds of file centre knows, each with its schema and its rules.
import type * as z from 'zod/mini';
import { cyclogramSchema, planSchema, type Cyclogram, type Plan } from '../schema/plan.js';
import { formRules, planRules, registryRules, type RuleProblem } from './rules.js';
import { ownNumbering } from './numbering-rules.js';
import { formSchema, registrySchema, type MonitoringForm, type Registry } from '../schema/reports.js';
import { holidaysSchema, type Holidays } from '../schema/schedule.js';
import { recordSchema, type YearRecord } from '../schema/record.js';
import { recordRules, uniqueItemIds } from './record-rules.js';
import { schoolYearSchema, type SchoolYearFile } from '../schema/school-year.js';
import { schoolYearRules } from './school-year.js';
import { documentSchema, type CentreDocument } from '../schema/document.js';
import { practiceSchema, type Practice } from '../schema/practice.js';
import { centreSchema, type Centre } from '../schema/centre.js';
import { documentRules, practiceRules } from './site-rules.js';
import { kindNames, type KindName } from './kind-names.js';
import { contestSchema, type Contest } from '../schema/contest.js';
import { contestRules } from './contest-rules.js';
import { registerSchema, type Register } from '../schema/register.js';
import { registerRules } from './register-rules.js';

export interface KindDefinition<T> {
  readonly schema: z.ZodMiniType<T>;
  readonly rules: readonly ((value: T) => RuleProblem[])[];
}

export interface ValidatedValues {
  plan: Plan;
  cyclogram: Cyclogram;
  holidays: Holidays;
  'school-year': SchoolYearFile;
  registry: Registry;
  form: MonitoringForm;
  record: YearRecord;
  centre: Centre;
  document: CentreDocument;
  practice: Practice;
  contest: Contest;
  register: Register;
}
export type Kind = keyof ValidatedValues;
// Every kind has a name in kind-names.ts, and every name a kind.
const sameKinds: [Kind, KindName] extends [KindName, Kind] ? true : never = true;
void sameKinds;
export type Validated = { [K in Kind]: { kind: K; value: ValidatedValues[K] } }[Kind];

export const kinds: { readonly [K in Kind]: KindDefinition<ValidatedValues[K]> } = {
  plan: { schema: planSchema, rules: [...planRules, ownNumbering, uniqueItemIds] },
  cyclogram: { schema: cyclogramSchema, rules: [...planRules, ownNumbering, uniqueItemIds] },
  holidays: { schema: holidaysSchema, rules: [] },
  'school-year': { schema: schoolYearSchema, rules: [schoolYearRules] },
  registry: { schema: registrySchema, rules: registryRules },
  form: { schema: formSchema, rules: formRules },
  record: { schema: recordSchema, rules: recordRules },
  centre: { schema: centreSchema, rules: [] },
  document: { schema: documentSchema, rules: documentRules },
  practice: { schema: practiceSchema, rules: practiceRules },
  contest: { schema: contestSchema, rules: contestRules },
  register: { schema: registerSchema, rules: registerRules },
};
export { kindNames };
