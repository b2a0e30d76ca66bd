// A bundle of the built command loaded by another from beside it in dist/ (scripts/build.mjs): the
// message tables and the timing reader are bundles of their own, loaded on first use. Only the built
// command calls this (its bundles are CommonJS, where __filename is the bundle's own file).
import { createRequire } from 'node:module';

export function requireSiblingBundle<T>(name: string): T {
  return createRequire(__filename)(`./${name}.cjs`) as T;
}
