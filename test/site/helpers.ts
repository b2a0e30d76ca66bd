// A built section of the example workspace, shared by the site tests.
import { cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { copyOfExampleWorkspace, repoRoot, runCli, temporaryDir } from '../helpers/cli.js';

/** The day the tests pretend it is: inside the 2023–2024 regional plan. */
export const testToday = '2023-11-01';

/** A copy of the example workspace with its site/ pages. */
export function exampleSiteWorkspace(): string {
  const dir = copyOfExampleWorkspace();
  cpSync(path.join(repoRoot, 'site'), path.join(dir, 'site'), { recursive: true });
  return dir;
}

export async function buildSiteOf(workspace: string, extra: string[] = []): Promise<{ out: string; code: number; stdout: string; stderr: string }> {
  const out = path.join(temporaryDir('centre-site-'), 'site');
  const result = await runCli(['site', 'build', '-o', out, ...extra], { cwd: workspace, env: { CENTRE_TODAY: testToday } });
  return { out, ...result };
}

/** Every file under a folder, as paths relative to it with «/». */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [path.relative(root, full).split(path.sep).join('/')];
  });
}
