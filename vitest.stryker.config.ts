// The test set Stryker runs (`npm run mutate`): the tests that exercise src/ in-process.
// Left out: tests that only spawn the built dist/ or LibreOffice (no mutant of src/ reaches
// them), and slow end-to-end and robustness tests that would rerun for every surviving mutant
// of the modules they load: the LibreOffice round trips of test/reports/reports.test.ts and
// test/cli/own-numbering.test.ts (3–4 s a test), the CLI edge cases, hostile-YAML fuzzing and
// YAML limits (20 s, 20 s, 5 s a file), the DOCX table XML. The pure core has unit tests of its
// own; the import's fuzzing, property tests, round trips and LibreOffice fixtures are left out too (2–20 s a
// mutant). This is wider than the unit layer (test/layers.ts): files of the office layer that test
// src/ in-process besides a LibreOffice run (test/reports/compare.test.ts) still count against mutants.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'node_modules/**',
      'test/layers.test.ts',
      'test/schema/fuzz.test.ts',
      'test/cli/startup.test.ts',
      'test/cli/build.test.ts',
      'test/docs/libreoffice.test.ts',
      'test/e2e/**',
      'test/reports/reports.test.ts',
      'test/cli/own-numbering.test.ts',
      'test/cli/edges.test.ts',
      'test/schema/yaml-limits.test.ts',
      'test/docs/table-xml.test.ts',
      'test/import/fuzz.test.ts',
      'test/import/round-trip.test.ts',
      'test/import/map-plan.test.ts',
      'test/import/budget.test.ts',
      'test/import/layouts.test.ts',
      'test/import/xlsx.test.ts',
      'test/import/libreoffice.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
