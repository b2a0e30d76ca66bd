// Why a file could not be imported at all; the command says it in one line (exit 1).
import { oneClass } from '../util/one-class.js';

export type ImportProblem =
  | 'too-large'
  | 'encrypted'
  | 'not-zip'
  | 'not-docx'
  | 'too-many-parts'
  | 'zip-bomb'
  | 'damaged'
  | 'doctype'
  | 'not-xlsx'
  | 'no-table'
  | 'no-plan-table'
  | 'empty-plan-table'
  | 'unknown-format'
  | 'too-deep'
  | 'no-title-found';

/** One class for every bundle (util/one-class.ts): each reader is a bundle of its own, and plan import recognises it with instanceof. */
export const ImportError = oneClass(
  'ImportError',
  class ImportError extends Error {
    constructor(
      readonly problem: ImportProblem,
      readonly params: Readonly<Record<string, string | number>> = {},
    ) {
      super(problem);
      this.name = 'ImportError';
    }
  },
);
export type ImportError = InstanceType<typeof ImportError>;
