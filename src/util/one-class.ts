// One class for the whole process, whichever bundle defines it. Every command
// is a bundle of its own (scripts/build.mjs), and each bundle holds its own
// copy of the modules it uses: a class of a module that two bundles hold would
// be two classes, and an error thrown with one bundle's copy would fail
// `instanceof` against the other's (a CentreError thrown by a command and
// caught by the CLI's bundle). So the first copy of such a class to load puts
// itself in a registry of the process (under `Symbol.for`, which every bundle
// sees), and each later copy, the same code, gives way to it. A property of
// globalThis costs nothing at start-up, where sharing a module between the
// bundles would load and compile one more file.
//
// The classes so shared are the errors that one bundle throws and another
// recognises; an error caught only by the bundle that throws it needs none.

/** `own`, unless a class of this name is already shared, in which case that one. */
export function oneClass<T extends abstract new (...args: never[]) => object>(name: string, own: T): T {
  const registry = globalThis as unknown as Record<symbol, T | undefined>;
  return (registry[Symbol.for(`centre.${name}`)] ??= own);
}
