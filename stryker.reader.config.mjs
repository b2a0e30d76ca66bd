// Mutation testing of the timing reader (src/calendar/reader) against the in-process tests of
// test/calendar, one file at a time: `npx stryker run stryker.reader.config.mjs --mutate src/calendar/reader/rules.ts`.
// See README, "Mutation testing".
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.stryker-reader.config.ts', related: false },
  mutate: ['src/calendar/reader/*.ts'],
  htmlReporter: { fileName: 'reports/mutation-reader/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation-reader/mutation.json' },
  incrementalFile: 'reports/stryker-reader-incremental.json',
};
