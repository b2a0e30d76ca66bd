// Chalk behind a module of ours, loaded only when the output is a terminal.
import { Chalk } from 'chalk';
import type { Palette } from './colours.js';

export function chalkPalette(): Palette {
  const chalk = new Chalk({ level: 1 });
  return { coloured: true, error: chalk.red.bold, warning: chalk.yellow.bold, strong: chalk.bold };
}
