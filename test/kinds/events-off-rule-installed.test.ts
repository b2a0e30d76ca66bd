// The installed command warns of a listed date off its item's rule, in Russian, at the date's line
// (office layer: it spawns the built command; the rule itself is tested in events-off-rule.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli, temporaryDir } from '../helpers/cli.js';
import { plan } from './off-rule-plan.js';

describe('dates an item lists against its own rule', () => {
  it('is said by the installed command in Russian, with the line of the date', () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    writeFileSync(path.join(dir, 'plans', 'plan.yaml'), plan('каждый второй вторник месяца', ['10.09.2024', '15.10.2024']));
    const result = spawnCli(['validate', '--format', 'short'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'plan.yaml:14:19: предупреждение: 15.10.2024 не попадает в правило самого пункта «каждый второй вторник месяца»; проверьте дату или правило.',
    );
  });
});
