// Mutation testing of src/import against its own in-process tests (test/import), one file at a
// time: `npx stryker run stryker.import.config.mjs --mutate src/import/docx.ts`. See README, "Mutation testing".
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.stryker-import.config.ts', related: false },
  mutate: ['src/import/*.ts'],
  htmlReporter: { fileName: 'reports/mutation-import/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation-import/mutation.json' },
  incrementalFile: 'reports/stryker-import-incremental.json',
};
