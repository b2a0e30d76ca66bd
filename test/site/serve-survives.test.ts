// centre site serve goes on whatever a rebuild throws: the failure is one line,
// the last good build is still served, and the next change rebuilds it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { siteServeCommand } from '../../src/cli/commands/site-serve.js';
import { createContext } from '../../src/cli/context.js';
import { exampleSiteWorkspace, testToday } from './helpers.js';

const failing = vi.hoisted(() => ({ next: false }));

vi.mock('../../src/workspace/site.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/workspace/site.js')>();
  return {
    ...actual,
    prepareSite: async (...args: Parameters<typeof actual.prepareSite>) => {
      if (failing.next) {
        failing.next = false;
        throw new RangeError('Invalid array length');
      }
      return actual.prepareSite(...args);
    },
  };
});

async function pollUntil(check: () => boolean | Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('centre site serve when a rebuild throws', () => {
  it('says so in one line, keeps serving the last good build, and rebuilds on the next change', async () => {
    const workspace = exampleSiteWorkspace();
    let stdout = '';
    let stderr = '';
    const ctx = await createContext({
      cwd: workspace,
      env: { LANG: 'ru_RU.UTF-8', NO_COLOR: '1', CENTRE_TODAY: testToday },
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    });
    const seen: Record<string, unknown> = {};
    const page = path.join(workspace, 'site', 'semeynaya-stranichka.md');
    const code = await siteServeCommand(ctx, {
      port: '0',
      until: async (preview) => {
        const text = async () => (await fetch(new URL('semeynaya-stranichka.html', preview.url))).text();
        failing.next = true;
        writeFileSync(page, '# Семейная страничка\n\nНе попадёт на страницу.\n');
        seen.reported = await pollUntil(() => stderr.includes('Раздел не пересобран'));
        seen.after = await text();
        writeFileSync(page, '# Семейная страничка\n\nНовый текст.\n');
        seen.rebuilt = await pollUntil(async () => (await text()).includes('Новый текст.'));
      },
    });
    expect(code).toBe(0);
    expect(seen.reported).toBe(true);
    expect(stderr).toContain('Раздел не пересобран: Invalid array length; показывается последняя исправная версия.\n');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(seen.after).toContain('<html lang="ru">');
    expect(seen.after).not.toContain('Не попадёт');
    expect(seen.rebuilt).toBe(true);
    expect(stdout).toMatch(/раздел пересобран после изменения/);
  }, 40_000);
});
