// `centre when --school-year <file>`: the terms and holidays of a school-year file. A bundle of its
// own (scripts/build.mjs), so that `when "<phrase>"` never compiles the workspace loader.
import { resolve } from 'node:path';
import { defaultSchoolYear, type SchoolYear } from '../calendar/reader/school-year.js';
import { schoolYearOf } from '../kinds/school-year.js';
import { CentreError, hasErrors } from '../schema/diagnostic.js';
import type { WorkspaceContext } from './context.js';
import { allDiagnostics, loadWorkspace } from './load.js';
import { givenFileOf } from './model.js';

/** The school year of a `kind: school-year` file; the federal default for the years it does not describe. */
export async function loadSchoolYearFile(ctx: WorkspaceContext, file: string): Promise<(first: number) => SchoolYear> {
  const loaded = await loadWorkspace(ctx, [file]);
  const diagnostics = allDiagnostics(loaded);
  if (hasErrors(diagnostics)) throw new CentreError(diagnostics);
  const year = schoolYearOf(givenFileOf(loaded, 'school-year', ctx.display(resolve(ctx.cwd, file))).validated.value);
  return (first) => (first === year.first ? year : defaultSchoolYear(first));
}
