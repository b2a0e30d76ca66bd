// Mutation testing of the pure core (`npm run mutate`; not part of CI). See README, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  checkers: [],
  mutate: [
    'src/calendar/{days,expand,working-days,ical,agenda,plan-entries}.ts',
    'src/reports/{checks,merge,csv,summary,columns}.ts',
    'src/schema/{dates,suggest,issues,source}.ts',
    'src/text/*.ts',
    // the import (readers, mapper, YAML writer, update); `stryker.import.config.mjs` measures one file quickly
    'src/import/*.ts',
    'src/calendar/reader/*.ts',
  ],
  concurrency: 1,
  // A static mutant (a module-level constant) runs the whole suite: 13 % of the mutants, 45 % of the time.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
