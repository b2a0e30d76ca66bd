// `centre plan import`: documents a centre already has into plan YAML files
// (workspace/use-cases/plan-import.ts); this command says what became of each.
import type { Diagnostic } from '../../schema/diagnostic.js';
import type { CliContext } from '../context.js';
import { renderDiagnostics } from '../output/diagnostics.js';
import { importPlans, type PlanImportOptions } from '../../workspace/use-cases/plan-import.js';

export async function planImportCommand(ctx: CliContext, inputs: string[], options: PlanImportOptions): Promise<number> {
  const problems: Diagnostic[] = [];
  let failed = 0;
  for await (const imported of importPlans(ctx, inputs, options)) {
    if (imported.kind === 'problem') {
      problems.push(imported.diagnostic);
      if (imported.failed) failed++;
    } else if (imported.kind === 'printed') ctx.stdout.write(imported.yaml);
    else if (imported.kind === 'written') {
      const { source, target, sections, items, approvals } = imported;
      ctx.stdout.write(`${ctx.t('import-wrote', { source: ctx.display(source), path: ctx.display(target), sections, items, approvals })}\n`);
    } else if (imported.kind === 'record') {
      const { path, column, entries } = imported;
      if (imported.exists) ctx.stderr.write(`${ctx.errorColours.warning(ctx.t('import-record-exists', { path: ctx.display(path), column }))}\n`);
      else ctx.stdout.write(`${ctx.t('import-wrote-record', { path: ctx.display(path), entries, column })}\n`);
    } else if (imported.kind === 'updated') printUpdate(ctx, imported);
    else printNotes(ctx, imported.source, imported.notes);
  }
  ctx.stderr.write(await renderDiagnostics(problems, 'human', { t: ctx.t, colours: ctx.errorColours, sources: new Map() }));
  return failed > 0 ? 1 : 0;
}

function printUpdate(
  ctx: CliContext,
  update: { target: string; backup: string; kept: number; changed: readonly string[]; added: readonly string[]; removed: readonly string[] },
): void {
  const { target, backup, kept, changed, added, removed } = update;
  const summary = { path: ctx.display(target), backup: ctx.display(backup), kept, changed: changed.length, added: added.length, removed: removed.length };
  ctx.stdout.write(`${ctx.t('import-updated', summary)}\n`);
  for (const [code, list] of [
    ['import-update-added', added],
    ['import-update-changed', changed],
    ['import-update-removed', removed],
  ] as const) {
    for (const activity of list) ctx.stdout.write(`  ${ctx.t(code, { text: activity })}\n`);
  }
}

/** The notes, each after the file's name; written a thousand lines at a time (a document can give hundreds of thousands). */
function printNotes(ctx: CliContext, source: string, notes: readonly string[]): void {
  const shown = ctx.display(source);
  for (let from = 0; from < notes.length; from += 1000) {
    ctx.stderr.write(
      `${notes
        .slice(from, from + 1000)
        .map((note) => ctx.errorColours.warning(`${shown}: ${note}`))
        .join('\n')}\n`,
    );
  }
}
