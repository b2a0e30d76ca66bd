// The test suite in three layers (vitest projects, vitest.config.ts). Every test file belongs to
// exactly one of them (test/layers.test.ts checks it):
//
// - unit: in-process only, no LibreOffice, no Chromium, no spawned centre (test/helpers/unit-guard.ts
//   refuses them); the edit loop, `npm run test:unit`, under a minute on two cores. Its files share
//   a module registry, except those that mock a module (mockingTests), which run apart.
// - office: what needs the real clients or the installed command: LibreOffice and pdftotext,
//   Chromium, the built bin/centre.js and the bundles in dist/; `npm run test:office` builds first.
// - fuzz: property tests of hostile input whose runs FUZZ_RUNS scales; `npm run test:fuzz`.
//
// A new test file is a unit test unless it is listed here.

/** Tests that start LibreOffice, pdftotext, Chromium or the built command, or read what the build wrote (dist/). */
export const officeTests = [
  'test/analysis/analysis-build.test.ts',
  'test/analysis/analysis-official.test.ts',
  'test/analysis/done-methodist.test.ts',
  'test/analysis/record-dates.test.ts',
  'test/calendar/calendar-year.test.ts',
  'test/cli/build.test.ts',
  'test/cli/calendar.test.ts',
  'test/cli/edges.test.ts',
  'test/cli/import-startup.test.ts',
  'test/cli/init-workspace.test.ts',
  'test/cli/own-numbering.test.ts',
  'test/cli/plan-import.test.ts',
  'test/cli/readme.test.ts',
  'test/cli/russian.test.ts',
  'test/cli/special-files.test.ts',
  'test/cli/startup.test.ts',
  'test/cli/when.test.ts',
  'test/cli/writes.test.ts',
  'test/contest/admit.test.ts',
  'test/contest/bundles.test.ts',
  'test/contest/certificates.test.ts',
  'test/contest/diplomas.test.ts',
  'test/contest/entries.test.ts',
  'test/contest/protocol.test.ts',
  'test/contest/sheets-merge.test.ts',
  'test/docs/document-docx.test.ts',
  'test/docs/extra-columns.test.ts',
  'test/docs/libreoffice.test.ts',
  'test/e2e/plans.test.ts',
  'test/e2e/workspace.test.ts',
  'test/e2e/year.test.ts',
  'test/import/budget.test.ts',
  'test/import/layouts.test.ts',
  'test/import/libreoffice.test.ts',
  'test/import/real-plans.test.ts',
  'test/import/strength-libreoffice.test.ts',
  'test/import/xlsx.test.ts',
  'test/kinds/events-off-rule-installed.test.ts',
  'test/kinds/text-dates-off-rule.test.ts',
  'test/reports/budget.test.ts',
  'test/reports/bundle.test.ts',
  'test/reports/compare.test.ts',
  'test/reports/csv-merge.test.ts',
  'test/reports/incoming.test.ts',
  'test/reports/overwrite.test.ts',
  'test/reports/reports.test.ts',
  'test/reports/rounds.test.ts',
  'test/reports/template-form.test.ts',
  'test/reports/totals.test.ts',
  'test/reports/year-period.test.ts',
  'test/site/browser.test.ts',
  'test/site/contests.test.ts',
  'test/site/fragments.test.ts',
  'test/site/monitoring.test.ts',
  'test/site/news.test.ts',
  'test/site/pivot.test.ts',
  'test/site/readable.test.ts',
  'test/site/safe-output.test.ts',
  'test/site/scale.test.ts',
  'test/site/serve.test.ts',
  'test/site/site.test.ts',
  'test/workspace/atomic-write.test.ts',
];

/** Unit tests that replace a module (vi.mock): they need a module registry of their own. */
export const mockingTests = ['test/site/copies.test.ts', 'test/site/serve-survives.test.ts'];

/** Property tests of hostile input, their runs scaled by FUZZ_RUNS. */
export const fuzzTests = ['test/import/fuzz.test.ts', 'test/reports/fuzz.test.ts', 'test/reports/summary-fuzz.test.ts', 'test/schema/fuzz.test.ts'];
