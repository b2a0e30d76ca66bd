// The record's text changed only where `centre done` changes it: the new or
// updated entry is compared with the one in the file, and each difference
// becomes an edit of the text at that node's place — a new entry after the
// last one, a new key after an entry's last key, a date after the last date, a
// scalar's own characters — written in the file's indentation and line
// endings. Everything else keeps its bytes: comments, blank lines, quoting,
// folded text, list styles. Pure: text in, text out.
import {
  Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  visit,
  YAMLMap,
  YAMLSeq,
  type Node,
  type ParsedNode,
  type ToStringOptions,
} from 'yaml';
import { isDeepStrictEqual } from 'node:util';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Of inserts at one place, the deeper one goes first: a date of an entry's last list before the entry's new key. */
  readonly column: number;
}

/** Thrown inside when a difference has no edit that keeps the text (a key removed, a list reordered): the caller falls back. */
class NoSplice extends Error {}

const stringifyOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * `text` with the entry of `item` made equal to `wanted` (the entry as `centre done` computed it, a node of
 * its own document, with the list styles it chose); undefined when no edit keeps the rest of the text.
 */
export function spliceEntry(text: string, item: string, wanted: YAMLMap): string | undefined {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const source = text.slice(bom.length);
  const doc = parseDocument(source);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const edits: Edit[] = [];
  try {
    const writer = new EditWriter(source, edits, { ...stringifyOptions, indentSeq: indentsLists(source) });
    const entries = doc.contents.get('entries', true) as ParsedNode | undefined;
    const existing = isSeq(entries) ? entries.items.find((node) => isMap(node) && String(node.get('item')) === item) : undefined;
    if (existing) writer.reconcileMap(existing as YAMLMap<ParsedNode, ParsedNode>, wanted);
    else if (isSeq(entries) && !(entries.flow && entries.items.length === 0)) writer.appendItems(entries as YAMLSeq<ParsedNode>, [wanted]);
    else if (entries === undefined) writer.addPair(doc.contents as YAMLMap<ParsedNode, ParsedNode>, 'entries', seqOf(wanted));
    else writer.replaceValue(doc.contents as YAMLMap<ParsedNode, ParsedNode>, 'entries', seqOf(wanted));
  } catch (error) {
    if (error instanceof NoSplice) return undefined;
    throw error;
  }
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  let result = source;
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => b.edit.start - a.edit.start || a.edit.column - b.edit.column || b.index - a.index);
  for (const { edit } of ordered) result = result.slice(0, edit.start) + edit.text.replace(/\n/g, newline) + result.slice(edit.end);
  return bom + result;
}

/** Whether the file writes a list under a key indented (`key:\n  - a`) or level with it (`key:\n- a`), by its first such list. */
function indentsLists(source: string): boolean {
  const found = /^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\r?\n( *)- /m.exec(source);
  return found ? found[2]!.length > found[1]!.length : true;
}

function scalarNode(value: unknown): Node {
  return new Document().createNode(value);
}

function seqOf(entry: YAMLMap): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items.push(entry);
  return seq;
}

class EditWriter {
  private finalNewline = false;

  constructor(
    private readonly source: string,
    private readonly edits: Edit[],
    private readonly options: ToStringOptions,
  ) {}

  private render(node: Node): string {
    return render(node, this.options);
  }

  /** Inside brackets on one line: a string of several lines as one double-quoted line. */
  private renderFlow(node: Node): string {
    const oneLine = node.clone() as Node;
    const quoted = (value: unknown) => typeof value === 'string' && value.includes('\n');
    visit(oneLine, {
      Pair(_, pair) {
        if (quoted(pair.value)) pair.value = scalarNode(pair.value);
      },
      Scalar(_, scalar) {
        if (quoted(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
      },
    });
    return render(oneLine, { ...this.options, doubleQuotedAsJSON: true });
  }

  /** Makes the map's pairs hold `wanted`'s values: new keys added, changed scalars replaced, lists extended. */
  reconcileMap(map: YAMLMap<ParsedNode, ParsedNode>, wanted: YAMLMap): void {
    const wantedKeys = new Set(wanted.items.map((pair) => keyText(pair.key)));
    if (map.items.some((pair) => !wantedKeys.has(keyText(pair.key)))) throw new NoSplice();
    for (const pair of wanted.items) {
      const key = keyText(pair.key);
      const present = map.items.find((old) => keyText(old.key) === key);
      // a value set as a plain string or number is a scalar like any other
      const value = pair.value === null || isNode(pair.value) ? pair.value : scalarNode(pair.value);
      if (!present) this.addPair(map, key, value);
      else this.reconcileValue(present.value, value);
    }
  }

  private reconcileValue(old: ParsedNode | null, value: Node | null): void {
    if (isDeepStrictEqual(toJs(old), toJs(value))) return;
    if (isMap(old) && isMap(value)) return this.reconcileMap(old as YAMLMap<ParsedNode, ParsedNode>, value);
    if (isSeq(old) && isSeq(value)) {
      const had = old.items.map(toJs);
      const want = value.items.map(toJs);
      // only lists that grew at their end: anything else would move the methodologist's items
      if (want.length < had.length || !had.every((item, i) => isDeepStrictEqual(item, want[i]))) throw new NoSplice();
      return this.appendItems(old as YAMLSeq<ParsedNode>, value.items.slice(had.length) as Node[]);
    }
    if (isScalar(old) && (value === null || isScalar(value))) return this.replaceScalar(old, value);
    throw new NoSplice();
  }

  /** A new `key: value` after the map's last pair (block), or before its closing brace (flow). */
  addPair(map: YAMLMap<ParsedNode, ParsedNode>, key: string, value: Node | null): void {
    const start = startOf(map);
    if (map.flow) {
      const last = map.items.at(-1);
      const rendered = stripBrackets(this.renderFlow(flowMap(key, value)));
      if (last) this.insert(endOf(last.value ?? last.key), `, ${rendered}`, Infinity);
      else this.insert(start + 1, rendered, Infinity);
      return;
    }
    const column = this.columnOf(start);
    const lines = this.render(blockMap(key, value)).replace(/\n$/, '').split('\n');
    this.insert(this.lineAfter(endOf(map)), indent(lines, column), column);
  }

  /** The value of `key` (null, or an empty flow list) replaced by a block value on the lines after the key. */
  replaceValue(map: YAMLMap<ParsedNode, ParsedNode>, key: string, value: Node): void {
    const pair = map.items.find((old) => keyText(old.key) === key)!;
    const old = pair.value;
    const empty = old === null || (isScalar(old) && old.value === null) || (isSeq(old) && old.flow === true && old.items.length === 0);
    if (!empty || map.flow) throw new NoSplice();
    const column = this.columnOf(startOf(map));
    const lines = this.render(blockMap(key, value)).replace(/\n$/, '').split('\n');
    const keyEnd = endOf(pair.key as ParsedNode);
    const valueEnd = old ? endOf(old) : keyEnd;
    if (this.source.slice(keyEnd, valueEnd).includes('\n')) throw new NoSplice();
    // `entries: []  # none` → `entries:  # none` and the list on the lines below
    this.edits.push({ start: keyEnd, end: Math.max(valueEnd, keyEnd), text: lines[0]!.slice(key.length), column });
    this.insert(this.lineAfter(Math.max(valueEnd, keyEnd)), indent(lines.slice(1), column), column);
  }

  /** `nodes` after the list's last item: on lines of their own in the list's indentation, or after a comma. */
  appendItems(seq: YAMLSeq<ParsedNode>, nodes: readonly Node[]): void {
    const last = seq.items.at(-1);
    if (seq.flow) {
      const rendered = nodes.map((node) => stripBrackets(this.renderFlow(flowSeq(node)))).join(', ');
      if (last) this.insert(endOf(last), `, ${rendered}`, Infinity);
      else this.insert(startOf(seq) + 1, rendered, Infinity);
      return;
    }
    const dash = this.columnOf(startOf(seq));
    // the file's own distance from «-» to the item's text (`- item`, `-   item`)
    const first = seq.items[0];
    const offset = first && isMap(first) && !first.flow ? this.columnOf(startOf(first)) - dash : 2;
    if (offset < 2) throw new NoSplice();
    const lines = nodes.flatMap((node) => {
      const own = this.render(blockSeq(node)).replace(/\n$/, '').split('\n');
      return own.map((line, i) => (i === 0 ? `-${' '.repeat(offset - 1)}${line.slice(2)}` : line === '' ? line : `${' '.repeat(offset - 2)}${line}`));
    });
    this.insert(this.lineAfter(endOf(last ?? seq)), indent(lines, dash), dash);
  }

  private replaceScalar(old: ParsedNode, value: Node | null): void {
    const start = startOf(old);
    const end = endOf(old);
    const raw = isScalar(value) ? value.value : null;
    let text = renderScalar(raw);
    // a block scalar's range runs to the end of its last line
    if (this.source.slice(start, end).endsWith('\n')) text += '\n';
    this.edits.push({ start, end, text, column: Infinity });
  }

  private insert(at: number, text: string, column: number): void {
    this.edits.push({ start: at, end: at, text, column });
  }

  private columnOf(offset: number): number {
    return offset - (this.source.lastIndexOf('\n', offset - 1) + 1);
  }

  /** The start of the line after the one `offset` ends; a text without a final newline gets one. */
  private lineAfter(offset: number): number {
    if (offset > 0 && this.source[offset - 1] === '\n') return offset;
    const newline = this.source.indexOf('\n', offset);
    if (newline >= 0) return newline + 1;
    // placed before any line inserted at the end (applied last of the inserts there)
    if (!this.finalNewline) this.edits.push({ start: this.source.length, end: this.source.length, text: '\n', column: Number.MAX_VALUE });
    this.finalNewline = true;
    return this.source.length;
  }
}

function rangeOf(node: unknown): readonly [number, number, number] {
  const range = (node as { range?: [number, number, number] | null }).range;
  if (!range) throw new NoSplice();
  return range;
}

function startOf(node: unknown): number {
  return rangeOf(node)[0];
}

/** Where the node's value ends (before a comment on its line). */
function endOf(node: unknown): number {
  return rangeOf(node)[1];
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function toJs(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  return typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as { toJSON: () => unknown }).toJSON() : node;
}

function render(node: Node, options: ToStringOptions = stringifyOptions): string {
  const doc = new Document();
  doc.contents = node;
  return doc.toString(options);
}

function blockMap(key: string, value: Node | null): YAMLMap {
  const map = new YAMLMap();
  map.set(key, value);
  return map;
}

function blockSeq(node: Node): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items.push(node);
  return seq;
}

function flowMap(key: string, value: Node | null): YAMLMap {
  const map = blockMap(key, value);
  map.flow = true;
  return map;
}

function flowSeq(node: Node): YAMLSeq {
  const seq = blockSeq(node);
  seq.flow = true;
  return seq;
}

/** `{a: 1}` → `a: 1`, `[x]` → `x`. */
function stripBrackets(text: string): string {
  const trimmed = text.trim();
  if (trimmed.includes('\n')) throw new NoSplice();
  return trimmed.slice(1, -1).trim();
}

/** One line, valid in a block or a flow: yaml's own form where it is one line, else a double-quoted string. */
function renderScalar(value: unknown): string {
  const rendered = render(flowSeq(scalarNode(value))).trim();
  return rendered.includes('\n') ? JSON.stringify(value) : rendered.slice(1, -1).trim();
}

function indent(lines: readonly string[], column: number): string {
  const pad = ' '.repeat(column);
  return lines.map((line) => (line === '' ? line : pad + line)).join('\n') + '\n';
}
