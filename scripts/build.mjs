// Bundles the CLI into dist/ (run on `npm ci` through `prepare`).
//
// Every command is a bundle of its own, loaded by the entry only when it runs:
// `centre validate` reads two files (the entry and its command), not a dozen
// shared chunks, and `--help` loads neither the schemas nor docx. Code both
// need (zod, the schemas) is in each command's bundle: a command never loads
// another's. docx and exceljs stay external, imported lazily by the commands
// that write those files.
import { build } from 'esbuild';
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
// The bundles, by source file: each is imported with import() from the others.
const units = {
  centre: 'src/cli/main.ts',
  'command-init': 'src/cli/commands/init.ts',
  'command-validate': 'src/cli/commands/validate.ts',
  'command-schema': 'src/cli/commands/schema.ts',
  'command-plan-build': 'src/cli/commands/plan-build.ts',
  'command-calendar': 'src/cli/commands/calendar.ts',
  'command-when': 'src/cli/commands/when.ts',
  'command-report-template': 'src/cli/commands/report-template.ts',
  'command-report-merge': 'src/cli/commands/report-merge.ts',
  'located-validation': 'src/kinds/validate.ts',
  'code-frame': 'src/cli/output/code-frame.ts',
  'chalk-palette': 'src/cli/output/chalk-palette.ts',
};
const unitBySource = new Map(Object.entries(units).map(([name, source]) => [path.join(root, source), name]));

/** A dynamic import of another unit stays an import of its bundle, next to this one in dist/. */
const separateUnits = {
  name: 'separate-units',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = unitBySource.get(path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      return name ? { path: `./${name}.js`, external: true } : undefined;
    });
  },
};

await rm(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: units,
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['docx', 'exceljs'],
  banner: { js: "import { createRequire as __centreRequire } from 'node:module'; const require = __centreRequire(import.meta.url);" },
  plugins: [lazyChildProcess, separateUnits],
  legalComments: 'none',
  minify: !process.env.CENTRE_NO_MINIFY,
  charset: 'utf8',
  sourcemap: 'linked',
  logLevel: 'warning',
});
