// What the application layer needs of the outside world, and nothing more: where it runs, how a
// path is shown, the messages, the kept checks, and a way to say what it finds on the way. The
// command line (cli/context.ts) is one such world; its streams, colours and options stay there.
import type { Translate } from '../i18n/messages.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { KeptChecks } from '../kinds/kept-checks.js';

export interface WorkspaceContext {
  /** The folder relative paths are read from, and the workspace is looked for above. */
  readonly cwd: string;
  /** The environment (CENTRE_TODAY fixes today). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The messages, in the user's language. */
  readonly t: Translate;
  /** How a path is shown to the user: relative to the current folder when inside it. */
  display(file: string): string;
  /** What earlier runs concluded about files whose text has not changed since (kinds/kept-checks.ts). */
  readonly keptChecks?: KeptChecks;
  /**
   * Says problems found on the way (a run goes on or stops after): `human` with the source line of
   * each (`sources`, by shown file), `short` one line each.
   */
  report(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, format?: 'human' | 'short'): Promise<void>;
  /** Says one line about what was not done or not found (a missing PDF, a sheet's problem). */
  warn(line: string): void;
}
