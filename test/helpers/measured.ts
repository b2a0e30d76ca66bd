// Runs the built command as a user would, and says what it cost: the time on
// the clock, the processor time and the peak memory of the child process
// (written by scripts/report-peak-memory.cjs as it exits: Node cannot ask for
// a child's). The heap is capped, so a reader that expands a hostile document
// fails fast instead of taking the machine's memory.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { binPath, repoRoot, temporaryDir, type RunResult } from './cli.js';

export interface MeasuredRun extends RunResult {
  readonly ms: number;
  readonly cpuMs: number;
  /** Peak resident memory of the child, MB; Infinity when it died before saying. */
  readonly peakMb: number;
}

const peakReporter = path.join(repoRoot, 'scripts', 'report-peak-memory.cjs');

export function spawnMeasured(args: string[], options: { cwd: string; env?: Record<string, string>; heapMb?: number; timeoutMs?: number }): MeasuredRun {
  const peakFile = path.join(temporaryDir('centre-peak-'), 'peak.json');
  const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', CENTRE_BENCH_PEAK_FILE: peakFile, ...options.env };
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMb ?? 300}`, '--require', peakReporter, binPath, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let peak = { mb: Infinity, cpuMs: Infinity };
  try {
    peak = JSON.parse(readFileSync(peakFile, 'utf8'));
  } catch {
    // killed, or out of memory: no report
  }
  rmSync(path.dirname(peakFile), { recursive: true, force: true });
  return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms, cpuMs: peak.cpuMs, peakMb: peak.mb };
}
