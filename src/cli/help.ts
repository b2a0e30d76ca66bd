// commander's help in the user's language: its headings, «[options]» and «[command]»,
// the default of an option, and each command's own examples.
import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
import type { MessageCode, Translate } from '../i18n/messages.js';

export function localisedHelp(t: Translate): HelpConfiguration {
  const headings: Record<string, string> = {
    'Usage:': t('help-usage'),
    'Arguments:': t('help-arguments'),
    'Options:': t('help-options'),
    'Commands:': t('help-commands'),
  };
  const terms = (text: string) => text.replace('[options]', t('help-options-term')).replace('[command]', t('help-command-term'));
  const plain = new Help();
  return {
    styleTitle: (title) => headings[title] ?? title,
    commandUsage: (cmd) => terms(plain.commandUsage(cmd)),
    subcommandTerm: (cmd) => terms(plain.subcommandTerm(cmd)),
    // The choices are in every description already; only the default is added, in words.
    optionDescription: (option: Option) => {
      const shown = option.defaultValue !== undefined && (option.required || option.optional);
      const value = option.defaultValueDescription ?? String(option.defaultValue);
      return shown ? `${option.description} (${t('help-default', { value })})` : option.description;
    },
  };
}

/** The examples under a command's help: a command and what it does, the two in columns. */
export function examplesText(t: Translate, code: MessageCode): string {
  const rows = t(code)
    .split('\n')
    .map((line) => line.split('\t') as [string, string?]);
  // a long command line has what it does on the next line, not a column pushed off the screen
  const width = Math.max(0, ...rows.map(([command]) => command.length).filter((length) => length <= 44));
  const lines = rows.map(([command, what]) =>
    what === undefined ? `  ${command}` : command.length > width ? `  ${command}\n  ${' '.repeat(width)}  ${what}` : `  ${command.padEnd(width)}  ${what}`,
  );
  return `\n${t('help-examples')}\n${lines.join('\n')}\n`;
}

/** «centre report merge» for `report merge incoming/ --strict`: the command the arguments name, as far as they do. */
export function commandNamed(program: Command, argv: readonly string[]): string {
  const names = [program.name()];
  let command = program;
  for (const word of argv) {
    const sub = command.commands.find((candidate) => candidate.name() === word);
    if (!sub) break;
    names.push(word);
    command = sub;
  }
  return names.join(' ');
}
