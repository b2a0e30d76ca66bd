// Bundles the CLI into dist/ (run on `npm ci` through `prepare`).
// yaml, zod, commander and chalk are bundled: one file loads much faster than
// dozens of modules. docx and exceljs stay external and are imported lazily by
// the commands that write those files, so `--help` and `validate` never load them.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

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
await rm(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { centre: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['docx', 'exceljs'],
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __centreRequire } from 'node:module'; const require = __centreRequire(import.meta.url);" },
  plugins: [lazyChildProcess],
  legalComments: 'none',
  minify: !process.env.CENTRE_NO_MINIFY,
  charset: 'utf8',
  sourcemap: 'linked',
  logLevel: 'warning',
});
