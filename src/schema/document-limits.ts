// The limits of yaml-limits.ts and the control characters of
// control-characters.ts, found in a yaml document with their places: the
// located path's half, which may load yaml.
import { isAlias, isCollection, isMap, isNode, isScalar, type Document, type Node } from 'yaml';
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import { forbidden, maxReported, type FoundCharacter } from './control-characters.js';
import { maxAliases, maxDepth, maxExpandedSize } from './yaml-limits.js';

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

/** The control characters that escapes in quoted values ("\e", "\x07", "\u0000") put into the values, at their escapes. */
export function findEscapedControlCharacters(document: Document.Parsed, text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  const pending: unknown[] = [document.contents];
  while (pending.length > 0 && found.length < maxReported) {
    const node = pending.pop();
    if (!isNode(node) || isAlias(node)) continue;
    if (isCollection(node)) {
      for (const item of node.items) {
        if (isMap(node)) pending.push((item as { key: unknown }).key, (item as { value: unknown }).value);
        else pending.push(item);
      }
      continue;
    }
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    const value = forbidden.exec(node.value);
    const source = text.slice(node.range[0], node.range[1]);
    if (!value || forbidden.test(source)) continue; // none, or written as such (reported with the text)
    const escape = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0abtvfreN])/g;
    let at = 0;
    for (let match = escape.exec(source); match; match = escape.exec(source)) {
      if (forbidden.test(decodeEscape(match[1]!))) {
        at = match.index;
        break;
      }
    }
    found.push({ offset: node.range[0] + at, char: value[0] });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function decodeEscape(escape: string): string {
  const simple: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', v: '\v', f: '\f', r: '\r', e: '\x1b', N: '\x85' };
  if (escape.length === 1) return simple[escape] ?? escape;
  const code = Number.parseInt(escape.slice(1), 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
