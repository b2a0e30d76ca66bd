// Limits on what a YAML file may make the parsers build. A few lines of
// anchors and aliases can stand for billions of values (the "billion laughs"),
// an alias can stand for the block it is inside, and a file can nest blocks
// thousands deep: each would hang or crash validation, and the document built
// from it. Both parser paths keep the same limits: the fast path (js-yaml,
// quick-check.ts) measures the data it built, the located path (yaml) walks
// the document to say where the limit is crossed (document-limits.ts). This
// module imports no parser: the fast path must not load yaml.

/** Blocks inside blocks, aliases followed; js-yaml's own default, which the fast path keeps. */
export const maxDepth = 100;
/** Alias nodes («*name») in one file. */
export const maxAliases = 10_000;

/**
 * The most a file may stand for once its aliases are written out, in
 * characters (each value counts one more than its text). Without aliases a
 * file stands for less than twice its length.
 */
export function maxExpandedSize(textLength: number): number {
  return 500_000 + 4 * textLength;
}

/** The size and depth of parsed data, as checkDocumentLimits counts them; undefined when a limit is crossed. */
export function measureData(data: unknown, textLength: number): { size: number; deepest: number } | undefined {
  const cap = maxExpandedSize(textLength);
  const measured = new Map<object, { size: number; deepest: number }>();
  const open = new Set<object>();
  const walk = (value: unknown, depth: number): { size: number; deepest: number } | undefined => {
    if (depth > maxDepth) return undefined;
    if (typeof value === 'string') return { size: 1 + value.length, deepest: depth };
    if (value === null || typeof value !== 'object') return { size: 1, deepest: depth };
    const known = measured.get(value);
    if (known) return depth - 1 + known.deepest > maxDepth ? undefined : { size: known.size, deepest: depth - 1 + known.deepest };
    if (open.has(value)) return undefined; // an alias inside the block it stands for
    open.add(value);
    let size = 1;
    let deepest = depth;
    const entries: [string | undefined, unknown][] = Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
    for (const [key, item] of entries) {
      const inner = walk(item, depth + 1);
      if (!inner) return undefined;
      size += inner.size + (key === undefined ? 0 : 1 + key.length);
      deepest = Math.max(deepest, inner.deepest);
      if (size > cap) return undefined;
    }
    open.delete(value);
    measured.set(value, { size, deepest: deepest - depth + 1 });
    return { size, deepest };
  };
  return walk(data, 1);
}
