// What a command may use of the outside world. The CLI is a function of
// (argv, cwd, env, streams), so tests can run it in-process.
import { Chalk, type ChalkInstance } from 'chalk';
import path from 'node:path';
import { detectLocale, translator, type Locale, type Translate } from '../i18n/messages.js';

export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

export interface CliContext extends CliIo {
  readonly locale: Locale;
  readonly t: Translate;
  /** Colours for stdout: off unless it is a terminal, and always off with NO_COLOR. */
  readonly colours: ChalkInstance;
  /** Colours for stderr, by the same rule. */
  readonly errorColours: ChalkInstance;
  /** How a path is shown to the user: relative to the current folder when inside it. */
  display(file: string): string;
}

export function createContext(io: CliIo): CliContext {
  const locale = detectLocale(io.env);
  const level = (stream: OutputStream): 0 | 1 => {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return 1;
    return stream.isTTY && io.env.TERM !== 'dumb' ? 1 : 0;
  };
  return {
    ...io,
    locale,
    t: translator(locale),
    colours: new Chalk({ level: level(io.stdout) }),
    errorColours: new Chalk({ level: level(io.stderr) }),
    display: (file) => {
      const relative = path.relative(io.cwd, file);
      return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    },
  };
}
