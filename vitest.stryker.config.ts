// The test set Stryker runs (`npm run mutate`): the unit layer (test/layers.ts), the tests that
// exercise src/ in-process. The office and fuzz layers are left out: the built dist/ and LibreOffice
// are reached by no mutant of src/, and hostile-input fuzzing would rerun for every surviving
// mutant of the modules it loads. Left out of the unit layer too: slow tests of that kind, the
// YAML limits (5 s a file) and the DOCX table XML. The pure core has unit tests of its own.
import { defineConfig } from 'vitest/config';
import { fuzzTests, officeTests } from './test/layers.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', ...officeTests, ...fuzzTests, 'test/layers.test.ts', 'test/schema/yaml-limits.test.ts', 'test/docs/table-xml.test.ts'],
    setupFiles: ['test/helpers/unit-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
