// What the «Итоги года» page is made of: each record among the published files,
// read against its plan (when that plan is published too), and the analysis
// DOCX that centre analysis build wrote for it (out/<record>-analysis.docx),
// published when it is a regular file inside the workspace.
import path from 'node:path';
import { yearFigures } from '../analysis/figures.js';
import { planPeriod } from '../calendar/plan-entries.js';
import { fileDiagnostic, type Diagnostic } from '../schema/diagnostic.js';
import { planPath } from '../site/page-plan.js';
import type { SiteYearResults } from '../site/page-results.js';
import { readFileInside } from './safe-paths.js';
import { planOfRecord, type FilesByKind } from './model.js';

/** The records' results, newest year first; `planSlugs` gives the page of each published plan by its path. */
export function readResults(
  root: string,
  display: (file: string) => string,
  published: FilesByKind,
  planSlugs: ReadonlyMap<string, string>,
  output: Map<string, string | Uint8Array>,
  diagnostics: Diagnostic[],
): SiteYearResults[] {
  const years = published.records.flatMap((file): { start: string; result: SiteYearResults }[] => {
    const target = planOfRecord(published.plans, file);
    // a record of a plan left out of the site (an example) is left out with it; validate says if the plan is missing
    if (!target) return [];
    const plan = target.validated.value;
    const name = path.basename(file.path).replace(/(\.record)?\.ya?ml$/i, '');
    const analysis = readAnalysis(root, name, display, output, diagnostics);
    const slug = planSlugs.get(target.path);
    return [
      {
        start: planPeriod(plan)?.start ?? '',
        result: {
          ...(plan.academicYear ? { academicYear: plan.academicYear } : {}),
          planTitle: plan.title,
          ...(slug ? { planPage: planPath(slug) } : {}),
          figures: yearFigures(plan, file.validated.value),
          ...(analysis ? { analysis } : {}),
        },
      },
    ];
  });
  return years.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0)).map(({ result }) => result);
}

function readAnalysis(
  root: string,
  name: string,
  display: (file: string) => string,
  output: Map<string, string | Uint8Array>,
  diagnostics: Diagnostic[],
): SiteYearResults['analysis'] {
  const file = path.join(root, 'out', `${name}-analysis.docx`);
  const read = readFileInside(root, file);
  if ('problem' in read) {
    if (read.problem === 'missing') return undefined;
    diagnostics.push({ ...fileDiagnostic(display(file), 'site-analysis-left-out'), severity: 'warning' });
    return undefined;
  }
  // a DOCX is a zip: anything else under that name is not published
  if (read.bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') {
    diagnostics.push({ ...fileDiagnostic(display(file), 'site-analysis-left-out'), severity: 'warning' });
    return undefined;
  }
  const published = `files/${name}-analysis.docx`;
  output.set(published, read.bytes);
  return { file: published, bytes: read.bytes.length };
}
