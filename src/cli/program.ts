// The command table. Each action imports its module lazily, so `centre --help`
// loads neither the schemas nor docx, and `validate` never loads docx.
import { Command, Option } from 'commander';
import type { CliContext } from './context.js';
import { localiseUsageError, type MessageCode } from '../i18n/messages.js';
import { examplesText, localisedHelp } from './help.js';
import packageJson from '../../package.json' with { type: 'json' };

const loaders = {
  init: () => import('./commands/init.js'),
  validate: () => import('./commands/validate.js'),
  schema: () => import('./commands/schema.js'),
  plan: () => import('./commands/plan-build.js'),
  'plan-import': () => import('./commands/plan-import.js'),
  calendar: () => import('./commands/calendar.js'),
  'site-build': () => import('./commands/site-build.js'),
  'site-serve': () => import('./commands/site-serve.js'),
  when: () => import('./commands/when.js'),
  done: () => import('./commands/done.js'),
  'news-from-record': () => import('./commands/news-from-record.js'),
  'analysis-build': () => import('./commands/analysis-build.js'),
  'report-template': () => import('./commands/report-template.js'),
  'report-merge': () => import('./commands/report-merge.js'),
  'report-compare': () => import('./commands/report-compare.js'),
  'contest-sheets': () => import('./commands/contest-sheets.js'),
  'contest-merge': () => import('./commands/contest-merge.js'),
  'contest-protocol': () => import('./commands/contest-protocol.js'),
  'contest-diplomas': () => import('./commands/contest-diplomas.js'),
  'contest-order': () => import('./commands/contest-order.js'),
  'contest-admit': () => import('./commands/contest-admit.js'),
  'contest-entries': () => import('./commands/contest-entries.js'),
  certificates: () => import('./commands/certificates.js'),
};
type CommandName = keyof typeof loaders;
const loading = new Map<CommandName, Promise<unknown>>();

/** The module of a command, imported once. */
function load<K extends CommandName>(name: K): ReturnType<(typeof loaders)[K]> {
  if (!loading.has(name)) loading.set(name, loaders[name]());
  return loading.get(name) as ReturnType<(typeof loaders)[K]>;
}

/**
 * Starts importing the module of the command named first on the command line,
 * so that reading it from disk overlaps with setting up the program. Nothing is
 * run: a wrong guess only costs the read.
 */
export function preloadCommand(argv: readonly string[]): void {
  const name = argv[0];
  const key =
    name === 'report' || name === 'analysis' || name === 'site' || name === 'contest' || name === 'news' || (name === 'plan' && argv[1] === 'import')
      ? `${name}-${argv[1]}`
      : name;
  if (key !== undefined && Object.hasOwn(loaders, key)) load(key as CommandName).catch(() => undefined);
}

/**
 * The command a command line names first (`validate` of `centre validate plans/`), when it is one of
 * ours: only it needs defining, which spares every run the setting up of some twenty others. Any
 * other first word (an option, `help`, a misspelt command) needs them all, for the list of commands
 * and the suggestions.
 */
function commandToDefine(argv: readonly string[], definitions: Record<string, () => void>): string | undefined {
  const name = argv[0];
  return name !== undefined && Object.hasOwn(definitions, name) ? name : undefined;
}

/** Set by the action that ran; read by main() once parsing is done. */
export interface Outcome {
  exitCode: number;
}

export function createProgram(ctx: CliContext, outcome: Outcome, argv: readonly string[] = []): Command {
  const { t } = ctx;
  // Argument names and option values are shown in the user's language: «<файл>», «[пути...]».
  const value = (code: MessageCode) => `<${t(code)}>`;
  const program = new Command('centre')
    .description(t('cli-description'))
    .version(packageJson.version, '-V, --version', t('cli-version'))
    .helpOption('-h, --help', t('cli-help'))
    .helpCommand(`help [${t('arg-command')}]`, t('cli-help-command'))
    .option('--debug', t('cli-debug'))
    .configureHelp(localisedHelp(t))
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      // commander's own defaults ask process.stdout, which makes Node's stream for it
      getOutHelpWidth: () => ctx.stdout.columns ?? 80,
      getErrHelpWidth: () => ctx.stderr.columns ?? 80,
      getOutHasColors: () => ctx.colours.coloured,
      getErrHasColors: () => ctx.errorColours.coloured,
      outputError: (text, write) => write(ctx.errorColours.error(localiseUsageError(text, ctx.locale))),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText('after', () => examplesText(t, 'examples-centre'));

  const run = (action: () => Promise<number> | number) => async () => {
    outcome.exitCode = await action();
  };

  // Every command's definition; a run that names one (`centre when …`) defines that one alone, the
  // others being neither shown nor reachable from it (see commandToDefine).
  const definitions: Record<string, () => void> = {
    init: () => {
      program
        .command('init')
        .description(t('init-description'))
        .addHelpText('after', () => examplesText(t, 'examples-init'))
        .argument(`[${t('arg-dir')}]`, t('init-dir'))
        .action((dir: string | undefined) => run(async () => (await load('init')).initCommand(ctx, dir))());
    },
    validate: () => {
      program
        .command('validate')
        .description(t('validate-description'))
        .addHelpText('after', () => examplesText(t, 'examples-validate'))
        .argument(`[${t('arg-paths')}...]`, t('validate-paths'))
        .addOption(new Option(`-f, --format ${value('arg-format')}`, t('validate-format')).choices(['human', 'short', 'json']).default('human'))
        .action((paths: string[], options: { format: 'human' | 'short' | 'json' }) =>
          run(async () => (await load('validate')).validateCommand(ctx, paths, options))(),
        );
    },
    schema: () => {
      program
        .command('schema')
        .description(t('schema-description'))
        .addHelpText('after', () => examplesText(t, 'examples-schema'))
        .argument(value('arg-kind'), t('schema-kind'))
        .action((kind: string) => run(async () => (await load('schema')).schemaCommand(ctx, kind))());
    },
    plan: () => {
      const plan = program
        .command('plan')
        .description(t('plan-description'))
        .addHelpText('after', () => examplesText(t, 'examples-plan'));
      plan
        .command('build')
        .description(t('build-description'))
        .addHelpText('after', () => examplesText(t, 'examples-plan-build'))
        .argument(`<${t('arg-files')}...>`, t('build-files'))
        .option(`-o, --output ${value('arg-path')}`, t('build-output'))
        .addOption(new Option(`--orientation ${value('arg-orientation')}`, t('build-orientation')).choices(['portrait', 'landscape']))
        .action((files: string[], options: { output?: string; orientation?: 'portrait' | 'landscape' }) =>
          run(async () => (await load('plan')).planBuildCommand(ctx, files, options))(),
        );
      plan
        .command('import')
        .description(t('import-description'))
        .addHelpText('after', () => examplesText(t, 'examples-plan-import'))
        .argument(`<${t('arg-files')}...>`, t('import-files'))
        .option(`-o, --output ${value('arg-path')}`, t('import-output'))
        .option(`--year ${value('arg-year')}`, t('import-year'))
        .option(`--title ${value('arg-text')}`, t('import-title'))
        .option('--update', t('import-update'))
        .action((files: string[], options: { output?: string; year?: string; title?: string; update?: boolean }) =>
          run(async () => (await load('plan-import')).planImportCommand(ctx, files, options))(),
        );
    },
    calendar: () => {
      program
        .command('calendar')
        .description(t('calendar-description'))
        .addHelpText('after', () => examplesText(t, 'examples-calendar'))
        .argument(`[${t('arg-paths')}...]`, t('calendar-paths'))
        .option(`--from ${value('arg-date')}`, t('calendar-from'))
        .option(`--to ${value('arg-date')}`, t('calendar-to'))
        .option(`--weeks ${value('arg-number')}`, t('calendar-weeks'))
        .addOption(new Option(`-f, --format ${value('arg-format')}`, t('calendar-format')).choices(['table', 'json', 'ics']).default('table'))
        .option(`-o, --output ${value('arg-file')}`, t('calendar-output'))
        .option('--status', t('calendar-status'))
        .action(
          (paths: string[], options: { from?: string; to?: string; weeks?: string; format: 'table' | 'json' | 'ics'; output?: string; status?: boolean }) =>
            run(async () => (await load('calendar')).calendarCommand(ctx, paths, options))(),
        );
    },
    site: () => {
      const site = program
        .command('site')
        .description(t('site-description'))
        .addHelpText('after', () => examplesText(t, 'examples-site'));
      site
        .command('build')
        .description(t('site-build-description'))
        .addHelpText('after', () => examplesText(t, 'examples-site-build'))
        .option(`-o, --output ${value('arg-folder')}`, t('site-build-output'))
        .option('--pdf', t('site-build-pdf'))
        .option(`--url ${value('arg-address')}`, t('site-build-url'))
        .option(`--monitoring ${value('arg-summary')}`, t('site-build-monitoring'))
        .option('--examples', t('site-build-examples'))
        .action((options: { output?: string; pdf?: boolean; url?: string; monitoring?: string; examples?: boolean }) =>
          run(async () => (await load('site-build')).siteBuildCommand(ctx, options))(),
        );
      site
        .command('serve')
        .description(t('site-serve-description'))
        .addHelpText('after', () => examplesText(t, 'examples-site-serve'))
        .option(`--port ${value('arg-port')}`, t('site-serve-port'), '8080')
        .action((options: { port: string }) => run(async () => (await load('site-serve')).siteServeCommand(ctx, options))());
    },
    when: () => {
      program
        .command('when')
        .description(t('when-description'))
        .addHelpText('after', () => examplesText(t, 'examples-when'))
        .argument(`[${t('arg-phrase')}]`, t('when-phrase'))
        .option(`--year ${value('arg-year')}`, t('when-year'))
        .option(`--file ${value('arg-file')}`, t('when-file'))
        .option(`--school-year ${value('arg-file')}`, t('when-school-year'))
        .addOption(new Option(`-f, --format ${value('arg-format')}`, t('when-format')).choices(['text', 'json', 'jsonl']).default('text'))
        .action((phrase: string | undefined, options: { year?: string; format: 'text' | 'json' | 'jsonl'; file?: string; schoolYear?: string }) =>
          run(async () => (await load('when')).whenCommand(ctx, phrase, options))(),
        );
    },
    done: () => {
      program
        .command('done')
        .description(t('done-description'))
        .addHelpText('after', () => examplesText(t, 'examples-done'))
        .argument(value('arg-plan'), t('done-plan'))
        .argument(value('arg-item'), t('done-item'))
        .option(`--date ${value('arg-dates')}`, t('done-date'))
        .option(`--participants ${value('arg-number')}`, t('done-participants'))
        .option(`--category ${value('arg-counts')}`, t('done-category'))
        .option(`--link ${value('arg-url')}`, t('done-link'))
        .option(`--note ${value('arg-text')}`, t('done-note'))
        .option(`--status ${value('arg-status')}`, t('done-status'))
        .option(`--record ${value('arg-file')}`, t('done-record'))
        .action(
          (planFile: string, item: string, options: { date?: string; participants?: string; link?: string; note?: string; status?: string; record?: string }) =>
            run(async () => (await load('done')).doneCommand(ctx, planFile, item, options))(),
        );
    },
    certificates: () => {
      program
        .command('certificates')
        .description(t('certificates-description'))
        .argument(value('arg-plan'), t('done-plan'))
        .argument(value('arg-item'), t('done-item'))
        .argument(value('arg-attendance'), t('certificates-attendance'))
        .option(`--date ${value('arg-date')}`, t('certificates-date'))
        .option(`--register ${value('arg-file')}`, t('register-option'))
        .option(`--record ${value('arg-file')}`, t('done-record'))
        .option('--no-pdf', t('awards-no-pdf'))
        .option(`-o, --output ${value('arg-file')}`, t('certificates-output'))
        .action(
          (
            planFile: string,
            item: string,
            attendance: string,
            options: { date?: string; register?: string; record?: string; pdf?: boolean; output?: string },
          ) => run(async () => (await load('certificates')).certificatesCommand(ctx, planFile, item, attendance, options))(),
        );
    },
    news: () => {
      const news = program
        .command('news')
        .description(t('news-description'))
        .addHelpText('after', () => examplesText(t, 'examples-news'));
      news
        .command('from-record')
        .description(t('news-from-record-description'))
        .addHelpText('after', () => examplesText(t, 'examples-news'))
        .argument(value('arg-plan'), t('news-plan'))
        .argument(value('arg-item'), t('news-item'))
        .option(`-o, --output ${value('arg-file')}`, t('news-output'))
        .action((planFile: string, item: string, options: { output?: string }) =>
          run(async () => (await load('news-from-record')).newsFromRecordCommand(ctx, planFile, item, options))(),
        );
    },
    analysis: () => {
      const analysis = program
        .command('analysis')
        .description(t('analysis-description'))
        .addHelpText('after', () => examplesText(t, 'examples-analysis'));
      analysis
        .command('build')
        .description(t('analysis-description'))
        .addHelpText('after', () => examplesText(t, 'examples-analysis'))
        .argument(`[${t('arg-records')}...]`, t('analysis-records'))
        .option(`--year ${value('arg-year')}`, t('analysis-year'))
        .option(`-o, --output ${value('arg-file')}`, t('analysis-output'))
        // commander takes an option for several values only when a Latin letter comes before «...»: «<свод.xlsx...>», not «<своды...>»
        .option(`--monitoring <${t('arg-summary')}...>`, t('analysis-monitoring'))
        .action((records: string[], options: { year?: string; output?: string; monitoring?: string[] }) =>
          run(async () => (await load('analysis-build')).analysisBuildCommand(ctx, records, options))(),
        );
    },
    report: () => {
      const report = program
        .command('report')
        .description(t('report-description'))
        .addHelpText('after', () => examplesText(t, 'examples-report'));
      report
        .command('template')
        .description(t('template-description'))
        .addHelpText('after', () => examplesText(t, 'examples-report-template'))
        .option(`--form ${value('arg-file')}`, t('template-form'))
        .option(`--registry ${value('arg-file')}`, t('template-registry'))
        .option(`--period ${value('arg-period')}`, t('template-period'))
        .option(`--year ${value('arg-year')}`, t('template-year'))
        .option(`-o, --output ${value('arg-folder')}`, t('template-output'))
        .option('--force', t('template-force'))
        .action((options: { form?: string; registry?: string; period?: string; year?: string; output?: string; force?: boolean }) =>
          run(async () => (await load('report-template')).reportTemplateCommand(ctx, options))(),
        );
      report
        .command('merge')
        .description(t('merge-description'))
        .addHelpText('after', () => examplesText(t, 'examples-report-merge'))
        .argument(`<${t('arg-files')}...>`, t('merge-files'))
        .option(`-o, --output ${value('arg-file')}`, t('merge-output'))
        .option(`--form ${value('arg-file')}`, t('template-form'))
        .option(`--registry ${value('arg-file')}`, t('merge-registry'))
        .option(`--period ${value('arg-period')}`, t('merge-period'))
        .option(`--year ${value('arg-year')}`, t('merge-year'))
        .option('--strict', t('merge-strict'))
        .action((files: string[], options: { output?: string; form?: string; registry?: string; period?: string; year?: string; strict?: boolean }) =>
          run(async () => (await load('report-merge')).reportMergeCommand(ctx, files, options))(),
        );
      report
        .command('compare')
        .description(t('compare-description'))
        .addHelpText('after', () => examplesText(t, 'examples-report-compare'))
        .argument(value('arg-first'), t('compare-first'))
        .argument(value('arg-second'), t('compare-second'))
        .option(`-o, --output ${value('arg-file')}`, t('compare-output'))
        .option(`--form ${value('arg-file')}`, t('template-form'))
        .option('--all', t('compare-all'))
        .action((first: string, second: string, options: { output?: string; form?: string; all?: boolean }) =>
          run(async () => (await load('report-compare')).reportCompareCommand(ctx, first, second, options))(),
        );
    },
    contest: () => {
      const contest = program.command('contest').description(t('contest-description'));
      // the subcommands that take the contest file, its jurors' sheets and the stage
      const onSheets = (name: string, description: MessageCode, stage: MessageCode) =>
        contest
          .command(name)
          .description(t(description))
          .argument(value('arg-contest'), t('contest-file'))
          .argument(`<${t('arg-sheets')}...>`, t('contest-merge-files'))
          .option(`--stage ${value('arg-stage')}`, t(stage));
      contest
        .command('sheets')
        .description(t('contest-sheets-description'))
        .argument(value('arg-contest'), t('contest-file'))
        .option(`--stage ${value('arg-stage')}`, t('contest-stage-option'))
        .option(`-o, --output ${value('arg-folder')}`, t('contest-sheets-output'))
        .action((file: string, options: { stage?: string; output?: string }) =>
          run(async () => (await load('contest-sheets')).contestSheetsCommand(ctx, file, options))(),
        );
      onSheets('merge', 'contest-merge-description', 'contest-stage-option')
        .option(`-o, --output ${value('arg-file')}`, t('contest-merge-output'))
        .action((file: string, sheets: string[], options: { stage?: string; output?: string }) =>
          run(async () => (await load('contest-merge')).contestMergeCommand(ctx, file, sheets, options))(),
        );
      onSheets('protocol', 'contest-protocol-description', 'contest-stage-option')
        .option(`--date ${value('arg-date')}`, t('contest-protocol-date'))
        .option(`-o, --output ${value('arg-file')}`, t('contest-protocol-output'))
        .action((file: string, sheets: string[], options: { stage?: string; date?: string; output?: string }) =>
          run(async () => (await load('contest-protocol')).contestProtocolCommand(ctx, file, sheets, options))(),
        );
      contest
        .command('entries')
        .description(t('entries-description'))
        .argument(value('arg-contest'), t('contest-file'))
        .argument(`<${t('arg-applications')}...>`, t('entries-files'))
        .action((file: string, files: string[]) => run(async () => (await load('contest-entries')).contestEntriesCommand(ctx, file, files))());
      onSheets('admit', 'contest-admit-description', 'contest-stage-option').action((file: string, sheets: string[], options: { stage?: string }) =>
        run(async () => (await load('contest-admit')).contestAdmitCommand(ctx, file, sheets, options))(),
      );
      onSheets('order', 'contest-order-description', 'contest-diplomas-stage-option')
        .option(`--date ${value('arg-date')}`, t('contest-order-date'))
        .option(`-o, --output ${value('arg-file')}`, t('contest-order-output'))
        .action((file: string, sheets: string[], options: { stage?: string; date?: string; output?: string }) =>
          run(async () => (await load('contest-order')).contestOrderCommand(ctx, file, sheets, options))(),
        );
      onSheets('diplomas', 'contest-diplomas-description', 'contest-diplomas-stage-option')
        .option(`--date ${value('arg-date')}`, t('contest-diplomas-date'))
        .option(`--register ${value('arg-file')}`, t('register-option'))
        .option('--no-pdf', t('awards-no-pdf'))
        .option(`-o, --output ${value('arg-file')}`, t('contest-diplomas-output'))
        .action((file: string, sheets: string[], options: { stage?: string; date?: string; register?: string; pdf?: boolean; output?: string }) =>
          run(async () => (await load('contest-diplomas')).contestDiplomasCommand(ctx, file, sheets, options))(),
        );
    },
  };
  const named = commandToDefine(argv, definitions);
  for (const [name, define] of Object.entries(definitions)) if (named === undefined || name === named) define();

  return program;
}
