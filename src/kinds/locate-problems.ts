// Where the warnings of a file the fast path has checked are written. The
// fast path (quick-check.ts) parses with js-yaml, which keeps no positions;
// when its rules find only warnings, the file is parsed again here by yaml,
// for the line and column of each, instead of being checked all over again
// by the located validation (validate.ts) with a second copy of the schemas.
// A bundle of its own between the two; the file's conclusion, warnings so
// placed included, is then kept between runs (kept-checks.ts).
import { compareDiagnostics, hasErrors, type Diagnostic } from '../schema/diagnostic.js';
import { locate, locateWithin, parseSource, type SourceFile } from '../schema/source.js';
import type { RuleProblem } from './rules.js';

/** The file's diagnostics, as the located validation gives them; undefined when yaml finds an error the fast path did not (then that validation must say it). */
export function locateProblems(file: string, text: string, problems: readonly RuleProblem[]): Diagnostic[] | undefined {
  const { source, diagnostics } = parseSource(file, text);
  if (hasErrors(diagnostics)) return undefined;
  return [...diagnostics, ...locatedProblems(source, problems)].sort(compareDiagnostics);
}

/** The rules' problems, each where the value it is about is written (a caret under some words of it when `within`). */
export function locatedProblems(source: SourceFile, problems: readonly RuleProblem[]): Diagnostic[] {
  return problems.map((problem) => {
    const position = problem.within ? locateWithin(source, problem.path, problem.within.start, problem.within.end) : locate(source, problem.path);
    return { file: source.file, ...position, severity: problem.severity, code: problem.code, params: problem.params };
  });
}
