// The record read against its plan, as located diagnostics of the record's
// file. A bundle of its own: validate loads it only when a record is present.
import type { Diagnostic } from '../schema/diagnostic.js';
import type { PlanDocument } from '../schema/plan.js';
import type { YearRecord } from '../schema/record.js';
import { locate, parseSource } from '../schema/source.js';
import { recordAgainstPlan } from './record-rules.js';

export function checkRecordAgainstPlan(file: string, text: string, record: YearRecord, plan: PlanDocument, planFile: string, today: string): Diagnostic[] {
  const problems = recordAgainstPlan(record, plan, planFile, today);
  if (problems.length === 0) return [];
  const { source } = parseSource(file, text);
  return problems.map((problem) => ({ file, ...locate(source, problem.path), severity: problem.severity, code: problem.code, params: problem.params }));
}

/** A problem with the record's `plan:` key. */
export function locatePlanKey(file: string, text: string): { line: number; column: number; endColumn?: number } {
  const { source } = parseSource(file, text);
  return locate(source, ['plan']);
}
