// The register of issued numbers on disk, shared by `contest diplomas` and
// `certificates`: read, numbered and written back by one run at a time (the
// register's lock), so two runs at once never give one number twice. A new
// register is made when there is none; an existing one must be valid first:
// it is the user's file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { appendIssued, newRegisterText } from '../contest/register-yaml.js';
import { issueNumbers, type Issued, type IssueRequest } from '../contest/register.js';
import { CentreError, hasErrors } from '../schema/diagnostic.js';
import { givenFileOf } from './model.js';
import type { Register } from '../schema/register.js';
import { findWorkspaceRoot, readTextFile } from './files.js';
import type { WorkspaceContext } from './context.js';
import { allDiagnostics, loadWorkspace } from './load.js';
import { changeAlone, writeOutput } from './write-output.js';

/** plans/register.yaml of the workspace unless --register names another. */
export function registerPath(ctx: WorkspaceContext, given: string | undefined): string {
  return path.resolve(ctx.cwd, given ?? path.join(findWorkspaceRoot(ctx.cwd), 'plans', 'register.yaml'));
}

async function readRegister(ctx: WorkspaceContext, file: string): Promise<Register> {
  const loaded = await loadWorkspace(ctx, [file]);
  const diagnostics = allDiagnostics(loaded);
  if (hasErrors(diagnostics)) {
    await ctx.report(diagnostics, loaded.sources);
    throw new CentreError([], 1);
  }
  return givenFileOf(loaded, 'register', ctx.display(file)).validated.value;
}

/** Numbers for the requests; new ones (`added`) are written into the register before the documents are made. */
export async function issueFromRegister(ctx: WorkspaceContext, file: string, requests: readonly IssueRequest[]): Promise<Issued> {
  const issued = await changeAlone(ctx, file, async () => {
    const exists = existsSync(file);
    const register: Register = exists ? await readRegister(ctx, file) : { kind: 'register', title: 'Реестр выданных дипломов и сертификатов', issued: [] };
    const result = issueNumbers(register, requests);
    if (result.added.length > 0) {
      const text = exists ? readTextFile(file, true) : newRegisterText('Реестр выданных дипломов и сертификатов');
      await writeOutput(ctx, file, appendIssued(text, result.added));
    }
    return result;
  });
  return issued;
}

/** «1/2025–40/2025», or the numbers one by one when they do not follow each other. */
export function numberRange(numbers: readonly string[]): string {
  if (numbers.length <= 2) return numbers.join(', ');
  const parsed = numbers.map((number) => number.split('/').map(Number) as [number, number]);
  const consecutive = parsed.every(([sequence, year], i) => i === 0 || (year === parsed[i - 1]![1] && sequence === parsed[i - 1]![0] + 1));
  return consecutive ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(', ');
}
