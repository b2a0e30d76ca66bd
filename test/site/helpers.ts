// A built section of the example workspace, shared by the site tests.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyOfExampleWorkspace, repoRoot, runCli, spawnCli, temporaryDir } from '../helpers/cli.js';

/** The day the tests pretend it is: inside the 2023–2024 regional plan. */
export const testToday = '2023-11-01';

/**
 * A copy of the example workspace with its site/ pages, its practices the centre's own: the shipped
 * ones are marked `example: true` and would be left out (`examples` keeps the mark and the example contest).
 */
export function exampleSiteWorkspace(options: { examples?: boolean } = {}): string {
  const dir = copyOfExampleWorkspace();
  cpSync(path.join(repoRoot, 'site'), path.join(dir, 'site'), { recursive: true });
  if (!options.examples) {
    ownPractices(dir);
    // a centre's own section has no made-up contest (its pages are tested in contests.test.ts)
    rmSync(path.join(dir, 'plans', '2024-2025-contest-example.yaml'));
  }
  return dir;
}

/** The workspace's practices with their «example: true» line deleted, as a centre does with its own. */
export function ownPractices(workspace: string): void {
  const folder = path.join(workspace, 'plans', 'practices');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
    const file = path.join(folder, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^example: true\n/m, ''));
  }
}

export async function buildSiteOf(workspace: string, extra: string[] = []): Promise<{ out: string; code: number; stdout: string; stderr: string }> {
  const out = path.join(temporaryDir('centre-site-'), 'site');
  const result = await runCli(['site', 'build', '-o', out, ...extra], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
  return { out, ...result };
}

/** The same by the installed command (bin/centre.js and dist/), as a user builds it: for the tests that read the section in Chromium. */
export function buildSiteByCommand(workspace: string, extra: string[] = []): { out: string; code: number; stdout: string; stderr: string } {
  const out = path.join(temporaryDir('centre-site-'), 'site');
  const result = spawnCli(['site', 'build', '-o', out, ...extra], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
  return { out, ...result };
}

/** Every file under a folder, as paths relative to it with «/». */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [path.relative(root, full).split(path.sep).join('/')];
  });
}
