// The command table. Each action imports its module lazily, so `centre --help`
// loads neither the schemas nor docx, and `validate` never loads docx.
import { Command, Option } from 'commander';
import type { CliContext } from './context.js';
import packageJson from '../../package.json' with { type: 'json' };

/** Set by the action that ran; read by main() once parsing is done. */
export interface Outcome {
  exitCode: number;
}

export function createProgram(ctx: CliContext, outcome: Outcome): Command {
  const { t } = ctx;
  const headings: Record<string, string> = {
    'Usage:': t('help-usage'),
    'Arguments:': t('help-arguments'),
    'Options:': t('help-options'),
    'Commands:': t('help-commands'),
  };
  const program = new Command('centre')
    .description(t('cli-description'))
    .version(packageJson.version, '-V, --version', t('cli-version'))
    .helpOption('-h, --help', t('cli-help'))
    .helpCommand('help [command]', t('cli-help-command'))
    .option('--debug', t('cli-debug'))
    .configureHelp({ styleTitle: (title) => headings[title] ?? title })
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: (text, write) => write(ctx.errorColours.red(text)),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText('afterAll', `\n${t('help-examples')}\n`);

  const run = (action: () => Promise<number> | number) => async () => {
    outcome.exitCode = await action();
  };

  program
    .command('init')
    .description(t('init-description'))
    .argument('[dir]', t('init-dir'))
    .action((dir: string | undefined) =>
      run(async () => (await import('./commands/init.js')).initCommand(ctx, dir))(),
    );

  program
    .command('validate')
    .description(t('validate-description'))
    .argument('[paths...]', t('validate-paths'))
    .addOption(new Option('-f, --format <format>', t('validate-format')).choices(['human', 'short', 'json']).default('human'))
    .action((paths: string[], options: { format: 'human' | 'short' | 'json' }) =>
      run(async () => (await import('./commands/validate.js')).validateCommand(ctx, paths, options))(),
    );

  program
    .command('schema')
    .description(t('schema-description'))
    .argument('<kind>', t('schema-kind'))
    .action((kind: string) => run(async () => (await import('./commands/schema.js')).schemaCommand(ctx, kind))());

  const plan = program.command('plan').description(t('plan-description'));
  plan
    .command('build')
    .description(t('build-description'))
    .argument('<files...>', t('build-files'))
    .option('-o, --output <path>', t('build-output'))
    .addOption(new Option('--orientation <orientation>', t('build-orientation')).choices(['portrait', 'landscape']))
    .action((files: string[], options: { output?: string; orientation?: 'portrait' | 'landscape' }) =>
      run(async () => (await import('./commands/plan-build.js')).planBuildCommand(ctx, files, options))(),
    );

  return program;
}
