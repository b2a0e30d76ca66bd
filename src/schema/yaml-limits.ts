// Limits on what a YAML file may make the parsers build. A few lines of
// anchors and aliases can stand for billions of values (the "billion laughs"),
// an alias can stand for the block it is inside, and a file can nest blocks
// thousands deep: each would hang or crash validation, and the document built
// from it. Both parser paths keep the same limits: the fast path (js-yaml,
// quick-check.ts) measures the data it built, the located path (yaml) walks
// the document to say where the limit is crossed.
import { isAlias, isCollection, isMap, isNode, isScalar, type Document, type Node } from 'yaml';
import type { MessageCode, MessageParams } from '../i18n/messages.js';

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

export interface LimitProblem {
  readonly code: MessageCode;
  /** Offsets in the text of what crosses the limit. */
  readonly range: readonly [number, number];
  readonly params: MessageParams;
}

interface Frame {
  readonly node: Node;
  readonly depth: number;
  readonly children: (unknown | null)[];
  next: number;
  size: number;
  deepest: number;
}

/**
 * The first limit the document crosses, if any. Iterative, so that a deep
 * document cannot overflow the stack here; each anchored block is measured
 * once and an alias counts as much as its block.
 */
export function checkDocumentLimits(document: Document.Parsed, textLength: number): LimitProblem | undefined {
  const root = document.contents;
  if (!isNode(root)) return undefined;
  const cap = maxExpandedSize(textLength);
  const anchors = new Map<string, Node>();
  const measured = new Map<Node, { size: number; deepest: number }>();
  const open = new Set<Node>();
  let aliases = 0;
  let lastAlias: Node | undefined;
  const rangeOf = (node: Node): [number, number] => [node.range?.[0] ?? 0, node.range?.[1] ?? 0];

  const stack: Frame[] = [];
  const enter = (item: unknown, depth: number): LimitProblem | { size: number; deepest: number } | undefined => {
    if (!isNode(item)) return { size: 1, deepest: depth }; // an empty value: null
    if (depth > maxDepth) return { code: 'too-deep', range: rangeOf(item), params: { limit: maxDepth } };
    if (item.anchor) anchors.set(item.anchor, item);
    if (isAlias(item)) {
      aliases++;
      lastAlias = item;
      if (aliases > maxAliases) return { code: 'too-many-aliases', range: rangeOf(item), params: { limit: maxAliases } };
      const target = anchors.get(item.source);
      if (!target) return { code: 'alias-unknown', range: rangeOf(item), params: { name: item.source } };
      if (open.has(target)) return { code: 'alias-cycle', range: rangeOf(item), params: { name: item.source } };
      const known = measured.get(target)!;
      if (depth - 1 + known.deepest > maxDepth) return { code: 'too-deep', range: rangeOf(item), params: { limit: maxDepth } };
      return { size: known.size, deepest: depth - 1 + known.deepest };
    }
    if (isScalar(item)) {
      const size = 1 + (typeof item.value === 'string' ? item.value.length : 0);
      if (item.anchor) measured.set(item, { size, deepest: 1 });
      return { size, deepest: depth };
    }
    if (!isCollection(item)) return { size: 1, deepest: depth };
    const children = isMap(item) ? item.items.flatMap((pair) => [keyOf(pair.key), pair.value]) : item.items;
    open.add(item);
    stack.push({ node: item, depth, children, next: 0, size: 1, deepest: depth });
    return undefined;
  };

  const first = enter(root, 1);
  if (first && 'code' in first) return first;
  if (first) return undefined;
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      const key = child instanceof KeyText ? child : undefined;
      const entered = key ? { size: 1 + key.text.length, deepest: frame.depth + 1 } : enter(child, frame.depth + 1);
      if (entered === undefined) continue;
      if ('code' in entered) return entered;
      frame.size += entered.size;
      frame.deepest = Math.max(frame.deepest, entered.deepest);
    } else {
      stack.pop();
      open.delete(frame.node);
      if (frame.node.anchor) measured.set(frame.node, { size: frame.size, deepest: frame.deepest - frame.depth + 1 });
      if (frame.size > cap && lastAlias) return { code: 'alias-expansion', range: rangeOf(lastAlias), params: { limit: cap } };
      const parent = stack.at(-1);
      if (parent) {
        parent.size += frame.size;
        parent.deepest = Math.max(parent.deepest, frame.deepest);
      }
    }
  }
  return undefined;
}

/** A key that is a plain value counts as its text, as it does in the data the fast path builds. */
class KeyText {
  constructor(readonly text: string) {}
}

function keyOf(key: unknown): unknown {
  if (key === null || key === undefined) return new KeyText('null');
  if (isScalar(key) && !key.anchor) return new KeyText(String(key.value));
  return key;
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
