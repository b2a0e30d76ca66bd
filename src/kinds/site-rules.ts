// Rules of the kinds the site shows: documents, practices, the centre.
import type { CentreDocument } from '../schema/document.js';
import type { Practice } from '../schema/practice.js';
import type { RuleProblem } from './rules.js';

type Rule<T> = (value: T) => RuleProblem[];

/** A clause object must say something: a heading, a text, sub-clauses or a list. */
const clausesSaySomething: Rule<CentreDocument> = (document) => {
  const bodies = [
    { path: [] as (string | number)[], clauses: document.clauses },
    ...document.appendices.map((appendix, index) => ({ path: ['appendices', index], clauses: appendix.clauses })),
  ];
  return bodies.flatMap(({ path, clauses }) =>
    clauses.flatMap((clause, index): RuleProblem[] =>
      typeof clause === 'object' && clause.title === undefined && clause.text === undefined && clause.clauses === undefined && clause.list === undefined
        ? [{ path: [...path, 'clauses', index], severity: 'error', code: 'empty-clause' }]
        : [],
    ),
  );
};

/** An order has a number and a date once it is signed; a document with a number and no date cannot be cited. */
const numberNeedsDate: Rule<CentreDocument> = (document) =>
  document.number !== undefined && document.date === undefined ? [{ path: ['number'], severity: 'warning', code: 'document-number-without-date' }] : [];

export const documentRules: readonly Rule<CentreDocument>[] = [clausesSaySomething, numberNeedsDate];

/** A file attached twice is a slip; links and files each listed once. */
const attachmentsOnce: Rule<Practice> = (practice) => {
  const seen = new Set<string>();
  return practice.files.flatMap((file, index): RuleProblem[] => {
    const key = file.path.replace(/\\/g, '/');
    if (seen.has(key)) return [{ path: ['files', index, 'path'], severity: 'warning', code: 'attachment-twice', params: { value: file.path } }];
    seen.add(key);
    return [];
  });
};

export const practiceRules: readonly Rule<Practice>[] = [attachmentsOnce];
