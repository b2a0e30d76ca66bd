// centre site serve, in-process: it listens on 127.0.0.1 only, serves the
// section from memory, refuses paths outside it, rebuilds when a workspace file
// changes and stops when told to. Every request goes to 127.0.0.1, in a bounded loop.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { siteServeCommand } from '../../src/cli/commands/site-serve.js';
import { createContext } from '../../src/cli/context.js';
import { resolveRequest } from '../../src/site/serve.js';
import { exampleSiteWorkspace, testToday } from './helpers.js';
import { binPath } from '../helpers/cli.js';
import { besidesShippedWarnings } from '../helpers/shipped.js';

async function pollUntil(check: () => Promise<boolean>, attempts = 100, delayMs = 100): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  return false;
}

describe('centre site serve', () => {
  it('serves the section on 127.0.0.1, rebuilds on a change, and stops', async () => {
    const workspace = exampleSiteWorkspace();
    let stdout = '';
    let stderr = '';
    const ctx = await createContext({
      cwd: workspace,
      env: { LANG: 'en_US.UTF-8', NO_COLOR: '1', CENTRE_TODAY: testToday },
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    });
    const seen: Record<string, number | string> = {};
    const code = await siteServeCommand(ctx, {
      port: '0',
      until: async (preview) => {
        expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        const get = (url: string) => fetch(new URL(url, preview.url));
        const index = await get('/');
        seen.index = index.status;
        seen.type = index.headers.get('content-type') ?? '';
        seen.body = await index.text();
        seen.folder = (await get('/plans/')).status;
        seen.css = (await get('/style.css')).status;
        seen.missing = (await get('/no-such-page.html')).status;
        seen.escape = (await get('/..%2f..%2fplans%2fcentre.yaml')).status;
        seen.post = (await fetch(preview.url, { method: 'POST' })).status;
        writeFileSync(path.join(workspace, 'site', 'semeynaya-stranichka.md'), '# Семейная страничка\n\nНовый текст страницы.\n');
        const rebuilt = await pollUntil(async () => (await (await get('/semeynaya-stranichka.html')).text()).includes('Новый текст страницы.'));
        seen.rebuilt = rebuilt ? 'yes' : 'no';
      },
    });
    expect(code).toBe(0);
    expect(besidesShippedWarnings(stderr)).toBe('');
    expect(stdout).toMatch(/The section is at http:\/\/127\.0\.0\.1:\d+\/ — press Ctrl\+C to stop\./);
    expect(stdout).toMatch(/rebuilt after a change \(\d+ ms\)/);
    expect(seen).toMatchObject({ index: 200, type: 'text/html; charset=utf-8', folder: 200, css: 200, missing: 404, escape: 404, post: 405, rebuilt: 'yes' });
    expect(seen.body).toContain('<html lang="ru">');
  }, 30_000);

  it('runs from the built bin, prints its address and stops on Ctrl+C (SIGINT) with exit code 0', async () => {
    const child = spawn(process.execPath, [binPath, 'site', 'serve', '--port', '0'], {
      cwd: exampleSiteWorkspace(),
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', CENTRE_TODAY: testToday },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      expect(await pollUntil(async () => /http:\/\/127\.0\.0\.1:\d+\//.test(stdout), 200, 100)).toBe(true);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)![0];
      expect((await fetch(`${url}calendar.html`)).status).toBe(200);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 40_000);

  it('resolves request paths only to files of the section', () => {
    const files = new Map([
      ['index.html', ''],
      ['plans/index.html', ''],
      ['style.css', ''],
    ]);
    expect(resolveRequest(files, '/')).toBe('index.html');
    expect(resolveRequest(files, '/plans')).toBe('plans/index.html');
    expect(resolveRequest(files, '/plans/?x=1')).toBe('plans/index.html');
    expect(resolveRequest(files, '/../../etc/passwd')).toBeUndefined();
    expect(resolveRequest(files, '/%2e%2e/style.css')).toBe('style.css'); // normalised inside the section, never above it
    expect(resolveRequest(files, '/%E0%A4%A')).toBeUndefined();
  });

  it('says so when the port is taken (exit 2)', async () => {
    const { startPreview } = await import('../../src/site/serve.js');
    const taken = await startPreview(new Map(), 0);
    try {
      let stderr = '';
      const code = await main(['site', 'serve', '--port', new URL(taken.url).port], {
        cwd: exampleSiteWorkspace(),
        env: { LANG: 'en_US.UTF-8', NO_COLOR: '1', CENTRE_TODAY: testToday },
        stdout: { write: () => true },
        stderr: { write: (chunk: string) => (stderr += chunk) },
      });
      expect(code).toBe(2);
      expect(stderr).toContain(`Port ${new URL(taken.url).port} is taken or not allowed; choose another with --port`);
    } finally {
      await taken.close();
    }
  });

  it('refuses a port that is not a number, as a usage error', async () => {
    let stderr = '';
    const code = await main(['site', 'serve', '--port', 'abc'], {
      cwd: exampleSiteWorkspace(),
      env: { LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('«abc» is not a port');
  });
});
