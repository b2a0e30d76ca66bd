// What a command may use of the outside world. The CLI is a function of
// (argv, cwd, env, streams), so tests can run it in-process.
import path from 'node:path';
import { detectLocale, translator, type Locale, type Translate } from '../i18n/messages.js';
import { createPalette, type Palette } from './output/colours.js';
import { renderDiagnostics } from './output/diagnostics.js';
import { keptChecks, type KeptChecks } from '../kinds/kept-checks.js';
import type { WorkspaceContext } from '../workspace/context.js';

export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  /** The terminal's width, if the output is one. */
  readonly columns?: number;
}

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Where the built CLI keeps what it may reuse between runs: the kept checks (none when run from source, as in tests). */
  readonly keep?: KeptBetweenRuns;
}

export interface KeptBetweenRuns {
  /** The cache folder, if one can be had. */
  folder(): string | undefined;
  /** The hash of a bundle's code (see scripts/build.mjs). */
  build(bundle: string): string | undefined;
}

/** The workspace's context (what the application needs), with the streams and colours of the terminal. */
export interface CliContext extends CliIo, WorkspaceContext {
  readonly locale: Locale;
  readonly t: Translate;
  /** Colours for stdout: off unless it is a terminal, and always off with NO_COLOR. */
  readonly colours: Palette;
  /** Colours for stderr, by the same rule. */
  readonly errorColours: Palette;
}

export async function createContext(io: CliIo): Promise<CliContext> {
  const locale = detectLocale(io.env);
  const coloured = (stream: OutputStream): boolean => {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
    return Boolean(stream.isTTY) && io.env.TERM !== 'dumb';
  };
  const t = translator(locale);
  const errorColours = await createPalette(coloured(io.stderr));
  // found (and its folder made) on first use: --help and when read no file
  let kept: KeptChecks | null | undefined;
  const keptOnce = (): KeptChecks | undefined => {
    if (kept === undefined) {
      const folder = io.keep?.folder();
      const build = checkingBuild(io.keep);
      kept = folder !== undefined && build !== undefined ? keptChecks(folder, build) : null;
    }
    return kept ?? undefined;
  };
  return {
    ...io,
    get keptChecks() {
      return keptOnce();
    },
    locale,
    t,
    colours: await createPalette(coloured(io.stdout)),
    errorColours,
    display: (file) => {
      const relative = path.relative(io.cwd, file);
      return visible(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file);
    },
    report: async (diagnostics, sources, format = 'human') => {
      io.stderr.write(await renderDiagnostics(diagnostics, format, { t, colours: errorColours, sources }));
    },
    warn: (line) => {
      io.stderr.write(`${line}\n`);
    },
  };
}

/**
 * The code a kept check comes from: the fast path, the placing of its warnings and the located
 * validation (a file with warnings is placed by one or checked by the other). A new version of any
 * of them starts a new folder of kept checks.
 */
function checkingBuild(keep: KeptBetweenRuns | undefined): string | undefined {
  const hashes = ['quick-check', 'locate-problems', 'located-validation'].map((bundle) => keep?.build(bundle));
  return hashes.every((hash) => hash !== undefined) ? hashes.map((hash) => hash!.slice(0, 8)).join('') : undefined;
}

/** A file name may hold control characters (ESC clears a terminal): they are shown as escapes, never sent raw. */
function visible(name: string): string {
  return name.replace(/[\x00-\x1f\x7f-\x9f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
