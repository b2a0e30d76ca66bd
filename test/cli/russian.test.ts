// With a Russian locale the installed command speaks Russian, all of it: commander's
// own words, every label and every date. A Latin word left in its output is a word a
// methodist has to guess at, unless it is a file name, an option or a code they type.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, repoRoot, spawnCli, type RunResult } from '../helpers/cli.js';
import { englishWords } from '../helpers/latin-words.js';

const russian = { LANG: 'ru_RU.UTF-8', CENTRE_TODAY: '2023-11-20' };
const english = { LANG: 'en_US.UTF-8', CENTRE_TODAY: '2023-11-20' };

/** Every command and subcommand, found by walking the English help from the top: a new command is checked without being listed here. */
function allCommands(words: string[] = []): string[][] {
  const help = spawnCli([...words, '--help'], { env: english }).stdout;
  const listed = help.split(/^Commands:$/m)[1]?.split(/\n\s*\n/)[0] ?? '';
  const names = [...listed.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
  return [words, ...names.flatMap((name) => allCommands([...words, name]))];
}
const commands = allCommands();

/** What a methodist runs in a year, one of each command (files written to out/ of a copy of the shipped workspace). */
const samples: string[][] = [
  ['init', 'новый-центр'],
  ['validate'],
  ['validate', '--format', 'short', 'plans/2023-2024-regional-plan.yaml'],
  ['plan', 'build', 'plans/2023-2024-regional-plan.yaml', '-o', 'out/'],
  ['plan', 'import', path.join(repoRoot, 'test/fixtures/import/school-plan.html'), '-o', 'out/imported.yaml'],
  ['calendar', '--weeks', '2'],
  ['calendar', '--status', '--weeks', '1'],
  ['calendar', '--format', 'ics', '-o', 'out/plan.ics'],
  ['when', '2 раза в четверть', '--year', '2023-2024'],
  ['when', '1 раз в месяц', '--year', '2023-2024'],
  ['when', 'до 5 декабря', '--year', '2023-2024'],
  ['when', 'с 1 по 5 октября', '--year', '2023-2024'],
  ['when', 'каждый 3-й понедельник месяца', '--year', '2023-2024'],
  ['when', 'по мере необходимости', '--year', '2023-2024'],
  ['done', 'plans/2023-2024-regional-plan.yaml', 'item-1'],
  ['news', 'from-record', 'plans/2023-2024-regional-plan.yaml', 'teachers-forum'],
  ['analysis', 'build', '--year', '2023-2024', '-o', 'out/analysis.docx'],
  ['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'interim', '--year', '2024-2025'],
  ['report', 'merge', 'out/forms'],
  ['site', 'build', '-o', 'out/site'],
  ['validate', '--no-such-option'],
  ['done'],
  ['when', 'раз', 'два'],
  ['calendar', '--format', 'таблица'],
  ['no-such-command-1'],
  ['site', 'serve', '--port', 'восемь'],
  ['schema', 'планы'],
];

function said(result: RunResult): string {
  return `${result.stdout}\n${result.stderr}`;
}

describe('Russian all through (the built command, LANG=ru_RU.UTF-8)', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = copyOfExampleWorkspace();
  });

  it('finds every command by walking the help, the contest’s subcommands included', () => {
    expect(commands.map((words) => words.join(' '))).toEqual(
      expect.arrayContaining(['plan import', 'report compare', 'contest diplomas', 'contest entries', 'news from-record']),
    );
  });

  it.each(commands.map((words) => [words.join(' ') || 'centre', words]))('«%s --help» has no English word', (_name, words) => {
    const result = spawnCli([...words, '--help'], { env: russian });
    expect(result.code).toBe(0);
    expect(englishWords(said(result)), said(result)).toEqual([]);
  });

  it('every sample of every command says what it did in Russian', () => {
    for (const args of samples) {
      const result = spawnCli(args, { cwd: workspace, env: russian });
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(englishWords(said(result)), `centre ${args.join(' ')}\n${said(result)}`).toEqual([]);
    }
  });

  it('each command shows its own examples', () => {
    const examples = (words: string[]) => spawnCli([...words, '--help'], { env: russian }).stdout.split('Примеры:')[1] ?? '';
    expect(examples(['validate'])).toContain('centre validate');
    expect(examples(['validate'])).not.toContain('centre plan import');
    expect(examples(['report', 'merge'])).toContain('centre report merge');
    expect(examples(['when'])).toContain('centre when');
    expect(examples(['when'])).not.toBe(examples(['calendar']));
  });

  it('counts and dates read as Russian: «1 раз», «2 раза», dates as 05.12.2023', () => {
    const once = spawnCli(['when', 'ежеквартально', '--year', '2023-2024'], { env: russian }).stdout;
    expect(once).toContain('1 раз в квартал, дни не указаны');
    const twice = spawnCli(['when', '2 раза в четверть', '--year', '2023-2024'], { env: russian }).stdout;
    expect(twice).toContain('сколько раз за период: 2 раза в четверть');
    expect(`${once}${twice}`).not.toContain('раз(а)');
    const when = (phrase: string) => spawnCli(['when', phrase, '--year', '2023-2024'], { env: russian }).stdout.split('\n')[1];
    expect(when('не реже 4-х раз в год')).toBe('  сколько раз за период: не реже 4 раз в год');
    expect(when('21 раз в год')).toBe('  сколько раз за период: 21 раз в год');
    const record = path.join(workspace, 'plans', '2023-2024-regional-plan.record.yaml');
    writeFileSync(record, readFileSync(record, 'utf8').replace(/  - item: mentor-conference\n(    .*\n)+/, ''));
    const status = spawnCli(['calendar', '--status', '--weeks', '1'], { cwd: workspace, env: russian }).stdout;
    expect(status).toContain('Просрочено, отметки в отчёте нет (1, на 20.11.2023):');
    expect(status).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('takes several values of an option in Russian as in English', () => {
    for (const env of [russian, english]) {
      const result = spawnCli(['analysis', 'build', '--monitoring', 'a.xlsx', 'b.xlsx', 'c.xlsx'], { cwd: workspace, env });
      expect(result.stderr).toMatch(/--monitoring (takes two summaries .* not 3|принимает две сводки .* а не 3)/);
    }
  });

  it('English output stays English', () => {
    const help = spawnCli(['validate', '--help'], { env: english }).stdout;
    expect(help).toContain('Usage: centre validate [options] [paths...]');
    expect(help).toContain('Examples:');
    expect(spawnCli(['when', '2 раза в четверть', '--year', '2023-2024'], { env: english }).stdout).toContain('a count per period: 2 times per school term');
    expect(spawnCli(['when', 'ежеквартально', '--year', '2023-2024'], { env: english }).stdout).toContain('1 time per quarter, days not fixed');
  });

  it('says the workspace one way: «рабочая папка»', () => {
    const text = commands.map((words) => spawnCli([...words, '--help'], { env: russian }).stdout).join('\n');
    expect(text).not.toMatch(/пространств/);
    expect(text).toMatch(/рабоч(ая|ей|ую) папк/);
  });
});

describe('a usage error names the command and its help', () => {
  it('in Russian, with the argument named in Russian', () => {
    const result = spawnCli(['done'], { env: russian });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('centre done --help');
    expect(englishWords(result.stderr)).toEqual([]);
  });
});
