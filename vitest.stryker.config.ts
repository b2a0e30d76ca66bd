// The test set Stryker runs (`npm run mutate`): the tests that exercise src/ in-process.
// Left out: tests that only spawn the built dist/ or LibreOffice (no mutant of src/ reaches
// them), and slow end-to-end and robustness tests that would rerun for every surviving mutant
// of the modules they load: the LibreOffice round trips of test/reports/reports.test.ts and
// test/cli/own-numbering.test.ts (3–4 s a test), the CLI edge cases, hostile-YAML fuzzing and
// YAML limits (20 s, 20 s, 5 s a file), the DOCX table XML, and the import's fuzzing, property tests,
// round trips and LibreOffice fixtures (they cover every line of src/import, so each of its mutants
// would rerun hundreds of generated documents: 2–20 s a mutant). The pure core has unit tests of its own.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'node_modules/**',
        'test/cli/startup.test.ts',
        'test/cli/build.test.ts',
        'test/docs/libreoffice.test.ts',
        'test/e2e/**',
        'test/reports/reports.test.ts',
        'test/cli/own-numbering.test.ts',
        'test/cli/edges.test.ts',
        'test/schema/fuzz.test.ts',
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
    },
  }),
);
