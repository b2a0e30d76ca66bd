import { readFileSync } from 'node:fs';

/** Whether the process runs: not gone, and not a zombie waiting for a parent that was killed with it (pid 1 in a container may never collect it). */
export function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The pids of `pids` still running after waiting up to `ms` for them to end: a killed process needs the
 * processor once more to end, which on a loaded machine can take longer than any fixed pause.
 */
export async function stillRunning(pids: readonly number[], ms = 10_000): Promise<number[]> {
  for (const deadline = Date.now() + ms; pids.some(isRunning) && Date.now() < deadline;) await new Promise((resolve) => setTimeout(resolve, 20));
  return pids.filter(isRunning);
}
