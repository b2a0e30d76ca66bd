// Three layers of tests (test/layers.ts says which file is in which and why): `npm run test:unit`
// (the edit loop), `npm run test:office`, `npm run test:fuzz`; `npm test` runs them all, as CI does.
// The unit layer is two projects: its files share one module registry per worker (isolate: false,
// which halves its time), except the few that replace modules with vi.mock, which need their own.
// The office files share theirs too: a process of its own for each file imported exceljs, docx and
// the sources again, some 0.5 s of processor a file (none of them mocks a module or changes
// process.env, the working folder or timers); the whole suite took 154 s with, 140–151 without.
// `npm test` and `npm run test:unit` use every core (--maxWorkers=100%; vitest's default leaves one
// free, which on two cores ran the suite one file at a time: 13.6 min here, 10.8 with both).
import { defineConfig } from 'vitest/config';
import { fuzzTests, mockingTests, officeTests } from './test/layers.js';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    globalSetup: ['test/helpers/global-environment.ts'],
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['node_modules/**', ...officeTests, ...fuzzTests, ...mockingTests],
          setupFiles: ['test/helpers/unit-guard.ts'],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'unit-mocking', include: mockingTests, setupFiles: ['test/helpers/unit-guard.ts'] } },
      { extends: true, test: { name: 'office', include: officeTests, isolate: false } },
      { extends: true, test: { name: 'fuzz', include: fuzzTests } },
    ],
  },
});
