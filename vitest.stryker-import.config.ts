// The quick measure of src/import (`npx stryker run stryker.import.config.mjs --mutate src/import/<file>.ts`):
// only the tests of test/import that run in-process, leaving out those that spawn LibreOffice or
// the built command (a mutant of src/ never reaches them, and LibreOffice in a beforeAll would
// run again for every mutant), and the fuzzing, property tests and round trips of hundreds of
// generated documents (they cover every line, so each mutant would rerun them: 2–20 s a mutant). A lower bound of the score.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// spread, not mergeConfig: merging would add these lists to the base's, running every test
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // the base's projects (unit, office, fuzz) would each bring their own include: every test file would run
    projects: undefined,
    include: ['test/import/**/*.test.ts'],
    // the modules of the import keep no state: test files share them rather than load them again for each mutant
    isolate: false,
    exclude: [
      'node_modules/**',
      'test/import/libreoffice.test.ts',
      'test/import/layouts.test.ts',
      'test/import/xlsx.test.ts',
      'test/import/budget.test.ts',
      'test/import/fuzz.test.ts',
      'test/import/round-trip.test.ts',
      'test/import/map-plan.test.ts',
      // STRENGTH_TESTS=off measures the score without the tests written for it
      ...(process.env.STRENGTH_TESTS === 'off' ? ['test/import/strength-*.test.ts'] : []),
    ],
  },
});
