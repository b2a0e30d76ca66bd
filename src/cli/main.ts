// The entry point and the one place that turns failures into exit codes:
// 0 success, 1 invalid input, 2 usage error or unexpected failure.
import path from 'node:path';
import { CommanderError } from 'commander';
import { CentreError } from '../schema/diagnostic.js';
import { standardOutput } from './output/standard-output.js';
export { outputWritten } from './output/standard-output.js';
import { createContext, type CliContext, type CliIo, type KeptBetweenRuns } from './context.js';
import { renderDiagnostics } from './output/diagnostics.js';
import { createProgram, preloadCommand, type Outcome } from './program.js';
import { commandNamed } from './help.js';

export async function main(argv: readonly string[] = process.argv.slice(2), io: CliIo = processIo(), keep?: KeptBetweenRuns): Promise<number> {
  jitlessZod();
  preloadCommand(argv);
  const ctx = await createContext(keep ? { ...io, keep } : io);
  const outcome: Outcome = { exitCode: 0 };
  const program = createProgram(ctx, outcome, argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    return await handleFailure(ctx, error, argv.includes('--debug'), commandNamed(program, argv));
  }
}

/**
 * A process runs one command and ends: zod's compiled object parsers (made with new Function on
 * first use) cost more to compile than they save here. Both ways give the same results. zod
 * reads the setting when a schema is made, from one object of the process that every bundle's copy
 * of zod shares: this runs before the command's bundle, which makes the schemas, is loaded.
 */
function jitlessZod(): void {
  const shared = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  (shared.__zod_globalConfig ??= {}).jitless = true;
}

async function handleFailure(ctx: CliContext, error: unknown, debug: boolean, command: string): Promise<number> {
  if (error instanceof CommanderError) {
    // Help and version "fail" with exit code 0; everything else commander rejects is a usage error.
    if (error.exitCode === 0) return 0;
    ctx.stderr.write(`${ctx.t('usage-hint', { command })}\n`);
    return 2;
  }
  if (error instanceof CentreError) {
    ctx.stderr.write(await renderDiagnostics(error.diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: new Map() }));
    return error.exitCode;
  }
  const system = error as NodeJS.ErrnoException;
  if (system?.syscall !== undefined && system.code !== undefined) {
    // The file system refused something no command checked for (too many open files, a disk gone): said in words.
    const shown = system.path === undefined ? undefined : ctx.display(path.resolve(ctx.cwd, system.path));
    ctx.stderr.write(`${ctx.errorColours.error(ctx.t('io-failed', { path: shown, reason: system.code }))}\n`);
    if (debug && system.stack) ctx.stderr.write(`${system.stack}\n`);
    return 2;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`${ctx.errorColours.error(ctx.t('unexpected-failure', { detail }))}\n`);
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  return 2;
}

function processIo(): CliIo {
  return { cwd: process.cwd(), env: process.env, stdout: standardOutput(1, () => process.stdout), stderr: standardOutput(2, () => process.stderr) };
}
