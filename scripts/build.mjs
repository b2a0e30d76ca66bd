// Bundles the CLI into dist/ (run on `npm ci` through `prepare`).
//
// Every command is a bundle of its own, loaded only when it runs: `centre
// validate` reads the CLI's bundle and its command's, not a dozen shared
// chunks, and `--help` loads neither the schemas nor docx. Code both need
// (zod, the schemas) is in each command's bundle: a command never loads
// another's. docx stays external and exceljs is a bundle of its own, each
// required only by the commands that read or write those files.
//
// The bundles are CommonJS files (dist/*.cjs) that Node loads with require:
// a process that starts from CommonJS files only never sets up Node's ES
// module loader. dist/centre.cjs, the entry (src/cli/entry.ts), finds the
// cache folder and loads dist/cli.cjs; it learns the hash of each bundle,
// which names the kept checks' folder, from this script. dist/centre.js gives
// the entry's `main` to ES modules that import it.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rm } from 'node:fs/promises';
import path from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// commander loads node:child_process at start-up for subcommands that are
// separate executables, which centre does not have; loading it costs more than
// a millisecond on every run. It is loaded on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'lazy-child-process', namespace: 'centre' } : undefined,
    );
    build.onLoad({ filter: /^lazy-child-process$/, namespace: 'centre' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
// Vega looks for the optional node-canvas package with a top-level await, which
// a CommonJS bundle cannot hold. The charts never draw on a canvas (Vega renders
// SVG, resvg rasterises it), so Vega gets its browser module, which finds none.
const vegaWithoutCanvas = {
  name: 'vega-without-canvas',
  setup(build) {
    build.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: path.join(root, 'node_modules', 'vega-canvas', 'build', 'vega-canvas.browser.js') }));
  },
};
// The bundles, by source file: each is imported with import() from the others.
const units = {
  cli: 'src/cli/main.ts',
  'command-init': 'src/cli/commands/init.ts',
  'command-validate': 'src/cli/commands/validate.ts',
  'command-schema': 'src/cli/commands/schema.ts',
  'command-plan-build': 'src/cli/commands/plan-build.ts',
  'command-plan-import': 'src/cli/commands/plan-import.ts',
  'import-docx': 'src/import/docx.ts',
  'import-html': 'src/import/html.ts',
  'import-xlsx': 'src/import/xlsx.ts',
  'command-calendar': 'src/cli/commands/calendar.ts',
  'command-site-build': 'src/cli/commands/site-build.ts',
  'command-site-serve': 'src/cli/commands/site-serve.ts',
  'command-when': 'src/cli/commands/when.ts',
  // when --school-year reads its file through this bundle, so `when "<phrase>"` never compiles the workspace loader
  'school-year-file': 'src/workspace/school-year-file.ts',
  'command-done': 'src/cli/commands/done.ts',
  'command-news-from-record': 'src/cli/commands/news-from-record.ts',
  // validate checks news/*.md through this bundle, so its fast path carries neither yaml nor markdown-it
  'news-check': 'src/workspace/news-inputs.ts',
  'command-analysis-build': 'src/cli/commands/analysis-build.ts',
  'analysis-charts': 'src/analysis/chart-render.ts',
  'analysis-chart-worker': 'src/analysis/chart-worker.ts',
  'command-report-template': 'src/cli/commands/report-template.ts',
  'command-report-merge': 'src/cli/commands/report-merge.ts',
  'command-report-compare': 'src/cli/commands/report-compare.ts',
  // analysis build --monitoring reads two summaries through this bundle, so its own carries no exceljs
  'summary-files': 'src/workspace/summary-files.ts',
  'command-contest-sheets': 'src/cli/commands/contest-sheets.ts',
  'command-contest-merge': 'src/cli/commands/contest-merge.ts',
  'command-contest-protocol': 'src/cli/commands/contest-protocol.ts',
  'command-contest-diplomas': 'src/cli/commands/contest-diplomas.ts',
  'command-contest-order': 'src/cli/commands/contest-order.ts',
  'command-contest-admit': 'src/cli/commands/contest-admit.ts',
  'command-contest-entries': 'src/cli/commands/contest-entries.ts',
  'command-certificates': 'src/cli/commands/certificates.ts',
  'quick-check': 'src/kinds/quick-check.ts',
  'locate-problems': 'src/kinds/locate-problems.ts',
  'located-validation': 'src/kinds/validate.ts',
  'record-check': 'src/kinds/record-check.ts',
  // validate reads a plan's timings through this bundle only when its kept check does not hold them
  'plan-entries': 'src/calendar/plan-entries.ts',
  'code-frame': 'src/cli/output/code-frame.ts',
  'chalk-palette': 'src/cli/output/chalk-palette.ts',
};
const unitBySource = new Map(Object.entries(units).map(([name, source]) => [path.join(root, source), name]));

/**
 * A dynamic import of another unit loads its bundle, next to this one in dist/,
 * through require: import() would set up Node's ES module loader.
 */
const separateUnits = {
  name: 'separate-units',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind === 'require-call' && /^\.\/[\w-]+\.cjs$/.test(args.path)) return { path: args.path, external: true };
      if (args.kind !== 'dynamic-import') return undefined;
      const name = unitBySource.get(path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      return name ? { path: name, namespace: 'centre-unit' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'centre-unit' }, (args) => ({ contents: `module.exports = require('./${args.path}.cjs');`, loader: 'js' }));
  },
};

/**
 * centre's own modules do nothing on loading but define what they export (none is imported for
 * its effects alone), so a bundle leaves out a module none of whose exports it uses, with all that
 * only that module imports. The entry and the CLI's bundle use the folder and the store of
 * kinds/kept-checks.ts, not the making of a kept check, whose calendar reader builds its lexicon
 * on loading.
 */
const ownModulesPure = {
  name: 'own-modules-pure',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      if (args.kind !== 'import-statement' || !args.importer.startsWith(path.join(root, 'src/'))) return undefined;
      const file = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return existsSync(file) ? { path: file, sideEffects: false } : undefined;
    });
  },
};

// A CommonJS file has no import.meta: a bundle gets the URL of its own file (after
// the directive that keeps it strict, which must come first).
const importMetaUrl = {
  define: { 'import.meta.url': '__centreImportMetaUrl' },
  banner: { js: `"use strict";var __centreImportMetaUrl = require('node:url').pathToFileURL(__filename).href;` },
};

await rm(`${root}dist`, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minify: !process.env.CENTRE_NO_MINIFY,
  charset: 'utf8',
  sourcemap: 'linked',
  logLevel: 'warning',
  // picocolors (in @babel/code-frame) asks at load whether stdout is a terminal, which makes Node's
  // stream for it, some twenty internal modules, on every run that shows a problem; our code frames
  // are never coloured (cli/output/diagnostics.ts: highlightCode false), so its colourless build serves.
  alias: { picocolors: 'picocolors/picocolors.browser.js' },
};
// The message tables of the CLI's bundle, a bundle per domain and language (dist/messages-cli-ru.cjs):
// every run compiles the CLI's bundle, and compiling all the tables took about 8 ms of `--help`.
// The CLI's bundle learns which codes each table holds, and loads a table when one of its codes is
// first said (i18n/messages.ts); the other bundles hold the tables they use.
const messageDomains = [...readFileSync(`${root}src/i18n/messages.ts`, 'utf8').matchAll(/^import \* as \w+ from '\.\/([\w-]+)\.js';$/gm)].map(
  (match) => match[1],
);
const messageTables = {
  name: 'message-tables',
  setup(build) {
    build.onResolve({ filter: /^message-table:/ }, (args) => ({ path: args.path.slice('message-table:'.length), namespace: 'message-table' }));
    build.onLoad({ filter: /.*/, namespace: 'message-table' }, (args) => {
      const [domain, language] = args.path.split('/');
      return { contents: `export { ${language} as table } from './src/i18n/${domain}.ts';`, resolveDir: root, loader: 'ts' };
    });
  },
};
await build({
  ...common,
  entryPoints: Object.fromEntries(
    messageDomains.flatMap((domain) => ['en', 'ru'].map((language) => [`messages-${domain}-${language}`, `message-table:${domain}/${language}`])),
  ),
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  plugins: [messageTables, ownModulesPure],
});
const requireBuilt = createRequire(`${root}dist/`);
const messageCodes = messageDomains.map((domain) => `${domain}=${Object.keys(requireBuilt(`./messages-${domain}-en.cjs`).table).join(' ')}`).join(';');
// exceljs is a bundle of its own (dist/exceljs.cjs), required by the bundles of the commands that read
// or write workbooks with it: as some three hundred CommonJS files, finding and loading it took 116 ms
// of each such command (measured here), as one file 66 ms. Without the parts of exceljs centre never
// calls, which it sets up as it loads (the streaming reader and writer with unzipper and archiver, the
// CSV reader and writer with fast-csv and dayjs), requiring it takes 25 ms more than `node -e 0` instead
// of 70 (1072 → 420 KB): each left-out part is a class that says so if ever made.
const exceljsParts = /^\.\.?\/(?:csv\/csv|stream\/xlsx\/workbook-(?:reader|writer))$/;
const exceljsWithoutUnusedParts = {
  name: 'exceljs-without-unused-parts',
  setup(build) {
    build.onResolve({ filter: exceljsParts }, (args) =>
      /[\\/]node_modules[\\/]exceljs[\\/]lib[\\/]/.test(args.importer) ? { path: args.path, namespace: 'exceljs-left-out' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'exceljs-left-out' }, (args) => ({
      contents: `module.exports = class { constructor() { throw new Error(${JSON.stringify(`exceljs's ${args.path} is left out of centre's build (scripts/build.mjs)`)}); } };`,
      loader: 'js',
    }));
  },
};
await build({
  ...common,
  entryPoints: { exceljs: createRequire(import.meta.url).resolve('exceljs') },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  sourcemap: false,
  plugins: [exceljsWithoutUnusedParts],
});
const exceljsBundle = {
  name: 'exceljs-bundle',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, (args) =>
      // a dynamic import too is a require: import() would set up Node's ES module loader
      args.kind === 'dynamic-import' ? { path: 'exceljs', namespace: 'exceljs-bundle' } : { path: './exceljs.cjs', external: true },
    );
    build.onLoad({ filter: /.*/, namespace: 'exceljs-bundle' }, () => ({ contents: "module.exports = require('./exceljs.cjs');", loader: 'js' }));
  },
};
const bundles = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // vega and vega-lite are bundled (into analysis-charts only): as some forty ES modules they take longer to load than to run
  external: ['docx', '@resvg/resvg-js'],
  ...importMetaUrl,
  plugins: [lazyChildProcess, separateUnits, vegaWithoutCanvas, ownModulesPure, exceljsBundle],
};
// The timing reader is a bundle of its own, which the others load on the first phrase they read
// (calendar/phrases.ts): `calendar` and `validate` of unchanged files never compile it.
const readerBundle = { 'timing-reader': 'src/calendar/reader/reading.ts' };
await build({ ...bundles, entryPoints: readerBundle });
const readerDefine = { ...importMetaUrl.define, CENTRE_READER_BUNDLE: JSON.stringify('timing-reader') };
const { cli, ...otherUnits } = units;
await build({ ...bundles, entryPoints: otherUnits, define: readerDefine });
await build({ ...bundles, entryPoints: { cli }, define: { ...readerDefine, CENTRE_MESSAGE_CODES: JSON.stringify(messageCodes) } });
// A bundle's hash names the kept checks it makes (cli/context.ts): the checks that read a plan's
// timings hash the reader's bundle with their own, so that a new reader reads them afresh.
const readsTimings = new Set(['quick-check', 'located-validation']);
const hashes = Object.fromEntries(
  Object.keys(units).map((name) => {
    const hash = createHash('sha256').update(readFileSync(`${root}dist/${name}.cjs`));
    if (readsTimings.has(name)) hash.update(readFileSync(`${root}dist/timing-reader.cjs`));
    return [name, hash.digest('hex').slice(0, 16)];
  }),
);
await build({
  ...common,
  entryPoints: { centre: 'src/cli/entry.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { CENTRE_BUNDLES: JSON.stringify(hashes) },
  plugins: [separateUnits, ownModulesPure],
});
writeFileSync(
  `${root}dist/centre.js`,
  "import { createRequire } from 'node:module';\n\nexport const { main } = createRequire(import.meta.url)('./centre.cjs');\n",
);
