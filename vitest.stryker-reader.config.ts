// The quick measure of src/calendar/reader (`npx stryker run stryker.reader.config.mjs --mutate src/calendar/reader/<file>.ts`):
// the tests of test/calendar that run in-process (the reader's own, the corpora, the agenda and
// .ics that read through it), without the one that spawns the built command (no mutant reaches it).
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';
import { officeTests } from './test/layers.js';

// spread, not mergeConfig: merging would add these lists to the base's, running every test
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // the base's projects (unit, office, fuzz) would each bring their own include: every test file would run
    projects: undefined,
    include: ['test/calendar/**/*.test.ts'],
    exclude: ['node_modules/**', ...officeTests],
  },
});
