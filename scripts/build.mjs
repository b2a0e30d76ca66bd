// Bundles the CLI into dist/ (run on `npm ci` through `prepare`).
// yaml, zod, commander and chalk are bundled: one file loads much faster than
// dozens of modules. docx and exceljs stay external and are imported lazily by
// the commands that write those files, so `--help` and `validate` never load them.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;
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
  legalComments: 'none',
  minify: !process.env.CENTRE_NO_MINIFY,
  charset: 'utf8',
  sourcemap: 'linked',
  logLevel: 'warning',
});
