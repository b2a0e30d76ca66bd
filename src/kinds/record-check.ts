// Locating the problems found when a record is read against its plan: a
// bundle of its own, with the position-keeping parser, loaded only when there
// is a problem to locate (validate's fast path never loads it).
import type { Diagnostic } from '../schema/diagnostic.js';
import { locate, parseSource, type PathSegment } from '../schema/source.js';
import type { RuleProblem } from './rules.js';

export function locateRecordProblems(file: string, text: string, problems: readonly RuleProblem[]): Diagnostic[] {
  const { source } = parseSource(file, text);
  return problems.map((problem) => ({
    file,
    ...locate(source, problem.path as PathSegment[]),
    severity: problem.severity,
    code: problem.code,
    params: problem.params,
  }));
}
