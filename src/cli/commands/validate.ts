import path from 'node:path';
import { existsSync } from 'node:fs';
import { hasErrors } from '../../schema/diagnostic.js';
import { fileDiagnostic } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { allDiagnostics, loadFiles } from '../../workspace/load.js';
import { renderDiagnostics, renderJson, type DiagnosticFormat } from '../output/diagnostics.js';
import { checkRecords } from '../../workspace/record-plans.js';
import { today } from '../../workspace/today.js';

export interface ValidateOptions {
  readonly format: DiagnosticFormat;
}

/** The folders checked when no path is given: the workspace's plans/ and templates/. */
export function defaultPaths(cwd: string): string[] {
  const root = findWorkspaceRoot(cwd);
  return ['plans', 'templates'].map((name) => path.join(root, name)).filter((folder) => existsSync(folder));
}

export async function validateCommand(ctx: CliContext, paths: string[], options: ValidateOptions): Promise<number> {
  const given = paths.length > 0 ? paths : defaultPaths(ctx.cwd);
  const loaded = await loadFiles(ctx, given);
  const diagnostics = allDiagnostics(loaded);
  diagnostics.push(...(await checkRecords(ctx, loaded, today(ctx))));
  // the workspace's news (news/*.md) are checked too when no path is given; yaml and zod load only when there are some
  let newsFiles = 0;
  if (paths.length === 0 && existsSync(path.join(findWorkspaceRoot(ctx.cwd), 'news'))) {
    const { checkNewsFiles } = await import('../../workspace/news-inputs.js');
    const inputs: string[] = [];
    checkNewsFiles(ctx, findWorkspaceRoot(ctx.cwd), diagnostics, inputs, loaded.sources);
    newsFiles = inputs.length;
  }
  if (loaded.files.length === 0 && loaded.pathProblems.length === 0) {
    diagnostics.push(fileDiagnostic(ctx.display(path.resolve(ctx.cwd, given[0] ?? '.')), 'no-files'));
  }
  if (options.format === 'json') {
    ctx.stdout.write(renderJson(diagnostics, ctx.t));
  } else {
    ctx.stdout.write(await renderDiagnostics(diagnostics, options.format, { t: ctx.t, colours: ctx.colours, sources: loaded.sources }));
    if (options.format === 'human') {
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const counts = { files: loaded.files.length + newsFiles, errors, warnings: diagnostics.length - errors };
      ctx.stdout.write(`${diagnostics.length === 0 ? ctx.t('validate-ok', counts) : ctx.t('validate-summary', counts)}\n`);
    }
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
