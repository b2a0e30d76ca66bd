// The command table defines only the command a run names (src/cli/program.ts): what a user sees
// must not depend on it. The full list, the suggestions for a misspelt command and `help <command>`
// need every command, and get them.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const russian = { LANG: 'ru_RU.UTF-8' };
const commands = ['init', 'validate', 'schema', 'plan', 'calendar', 'site', 'when', 'done', 'certificates', 'news', 'analysis', 'report', 'contest'];

describe('the command table', () => {
  it('lists every command for --help and for a bare help, in both languages', async () => {
    for (const args of [['--help'], ['help']])
      for (const env of [{}, russian]) {
        const result = await runCli(args, { env });
        expect(result.code).toBe(0);
        for (const name of commands) expect(result.stdout, `${args.join(' ')} ${name}`).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
      }
  });

  it('answers a misspelt command with the command it resembles, exit 2', async () => {
    const english = await runCli(['valdate', 'plans/']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('(Did you mean validate?)');
    const inRussian = await runCli(['calendr'], { env: russian });
    expect(inRussian.code).toBe(2);
    expect(inRussian.stderr).toContain('(Возможно, имелось в виду calendar?)');
  });

  it('gives a command’s own help by `help <command>` and by `<command> --help` alike', async () => {
    const byHelp = await runCli(['help', 'when']);
    const byOption = await runCli(['when', '--help']);
    expect(byHelp.code).toBe(0);
    expect(byOption.code).toBe(0);
    expect(byOption.stdout).toBe(byHelp.stdout);
    expect(byHelp.stdout).toMatch(/^Usage: centre when \[options\] \[phrase\]/);
    expect(byHelp.stdout).toContain('--school-year');
    expect(byHelp.stdout).not.toContain('validate');
  });

  it('runs a subcommand of a group named first, and names a misspelt one', async () => {
    const misspelt = await runCli(['report', 'merj']);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('(Did you mean merge?)');
  });
});
