// Two ways to run centre in tests: in-process (fast, for most cases) and as a
// user would, by spawning the built bin/centre.js.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { KeptBetweenRuns } from '../../src/cli/context.js';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const binPath = path.join(repoRoot, 'bin', 'centre.js');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  /** Pretend that standard error is a terminal (for progress bars). */
  readonly stderrIsTTY?: boolean;
  /** A cache folder, as the built CLI has one (in-process runs have none otherwise). */
  readonly keep?: KeptBetweenRuns;
  /** spawnCli only: kill the command after this long (a test of something that could hang). */
  readonly timeoutMs?: number;
}

const englishEnv = { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, NO_COLOR: '1' };

export async function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    {
      cwd: options.cwd ?? repoRoot,
      env: { ...englishEnv, ...options.env },
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.stderrIsTTY ?? false },
    },
    options.keep,
  );
  return { code, stdout, stderr };
}

export function spawnCli(args: string[], options: RunOptions = {}): RunResult {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...englishEnv, ...options.env })) {
    if (value !== undefined) env[key] = value;
  }
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    encoding: 'utf8',
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** spawnCli without waiting: for runs at the same moment, or to interrupt one (`started` gets the child). */
export function spawnCliAsync(
  args: string[],
  options: RunOptions & { started?: (child: ChildProcess) => void } = {},
): Promise<RunResult & { signal: NodeJS.Signals | null }> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...englishEnv, ...options.env })) {
    if (value !== undefined) env[key] = value;
  }
  const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd ?? repoRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  options.started?.(child);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
}

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary folder, removed when the test process ends. */
export function temporaryDir(prefix = 'centre-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A throw-away copy of the shipped example workspace (plans/ and templates/). */
export function copyOfExampleWorkspace(): string {
  const dir = temporaryDir('centre-workspace-');
  cpSync(path.join(repoRoot, 'plans'), path.join(dir, 'plans'), { recursive: true });
  cpSync(path.join(repoRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}
