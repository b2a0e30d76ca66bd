// Parses YAML text into a document that remembers where every value came from,
// so that any problem found later can point at its line and column.
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import type { MessageCode } from '../i18n/messages.js';
import { describeCharacter, findControlCharacters, maxReported } from './control-characters.js';
import { checkDocumentLimits, findEscapedControlCharacters } from './document-limits.js';
import { maxDepth } from './yaml-limits.js';

export type PathSegment = string | number;

export interface SourceFile {
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export interface Position {
  readonly line: number;
  readonly column: number;
  readonly endColumn?: number;
}

export function parseSource(file: string, text: string): { source: SourceFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source: SourceFile = { file, text, document, lineCounter };
  const diagnostics: Diagnostic[] = [...document.errors, ...document.warnings].map((problem) => {
    const unclosed = problem.code === 'MISSING_CHAR' && /closing ["']/.test(problem.message);
    // yaml reports an unclosed quote where the file ends; the user needs to see where it opens.
    const offset = unclosed ? openingQuote(document, problem.pos[0]) : problem.pos[0];
    const position = positionAt(source, offset, unclosed ? offset + 1 : problem.pos[1]);
    const code = unclosed ? 'unclosed-quote' : codeOf(problem);
    const key = code === 'duplicate-key' ? keyAt(text, offset) : undefined;
    return {
      file,
      ...position,
      severity: problem.name === 'YAMLWarning' ? 'warning' : 'error',
      code,
      params: { detail: describeYamlProblem(problem.message), key, limit: code === 'too-deep' ? maxDepth : undefined },
    };
  });
  diagnostics.push(...limitDiagnostics(source, document.errors.some(isStackOverflow)));
  return { source, diagnostics };
}

/** Our code for a problem yaml reports: the mistake it names in the user's words, where there is one. */
function codeOf(problem: YAMLError): MessageCode {
  if (problem.code === 'MISSING_CHAR' && problem.message.startsWith('Sequence item without')) return 'bad-indent';
  if (isStackOverflow(problem)) return 'too-deep';
  switch (problem.code) {
    case 'DUPLICATE_KEY':
      return 'duplicate-key';
    case 'TAB_AS_INDENT':
      return 'tab-indent';
    case 'BAD_INDENT':
      return 'bad-indent';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'colon-in-value';
    case 'BAD_SCALAR_START':
      return 'bad-scalar-start';
    case 'MULTIPLE_DOCS':
      return 'multiple-documents';
    default:
      return 'yaml-syntax';
  }
}

/** yaml catches a stack overflow on blocks nested thousands deep and reports it as a problem of its own. */
function isStackOverflow(problem: { message: string }): boolean {
  return problem.message.includes('Maximum call stack size exceeded');
}

/** Aliases that stand for too much or for nothing, nesting too deep, control characters: each where it is written. */
function limitDiagnostics(source: SourceFile, overflowed: boolean): Diagnostic[] {
  const { file, text, document } = source;
  const diagnostics: Diagnostic[] = [];
  // After an overflow the document is cut short, and the overflow is already reported where it happened.
  const limit = overflowed ? undefined : checkDocumentLimits(document, text.length);
  if (limit) diagnostics.push({ file, ...positionAt(source, limit.range[0], limit.range[1]), severity: 'error', code: limit.code, params: limit.params });
  const characters = [...findControlCharacters(text), ...(limit || overflowed ? [] : findEscapedControlCharacters(document, text))];
  for (const { offset, char } of characters.slice(0, maxReported)) {
    diagnostics.push({
      file,
      ...positionAt(source, offset, offset + char.length),
      severity: 'error',
      code: 'control-character',
      params: { char: describeCharacter(char) },
    });
  }
  return diagnostics;
}

/** yaml's message without its final full stop (our sentence goes on); with prettyErrors off it has no position or copy of the line. */
function describeYamlProblem(message: string): string {
  return message.replace(/\.$/, '');
}

/**
 * Where the quoted value that yaml found unclosed at `end` opens: its node starts at the quote. Counting
 * quote marks instead would be misled by an apostrophe («it's») or an escaped quote («\"», «''») before it.
 */
function openingQuote(document: Document.Parsed, end: number): number {
  let open = end;
  visit(document, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === end) {
        open = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return open;
}

function keyAt(text: string, offset: number): string {
  return /^[^:\n]*/
    .exec(text.slice(offset))![0]
    .trim()
    .replace(/^["']|["']$/g, '');
}

export function positionAt(source: SourceFile, offset: number, endOffset?: number): Position {
  const start = source.lineCounter.linePos(offset);
  const position: Position = { line: start.line, column: start.col };
  if (endOffset === undefined || endOffset <= offset) return position;
  const end = source.lineCounter.linePos(endOffset);
  // A span over several lines is cut at the end of its first line, which therefore ends with a line break.
  const endColumn = end.line === start.line ? end.col : start.col + source.text.indexOf('\n', offset) - offset;
  return { ...position, endColumn: Math.max(endColumn, start.col + 1) };
}

/** The node at `path`, or the nearest ancestor that exists (a missing key points at its parent). */
export function nodeAt(source: SourceFile, path: readonly PathSegment[]): { node: Node | undefined; depth: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return { node, depth };
  }
  return { node: undefined, depth: 0 };
}

/** Where the value at `path` is written; for a missing key, where its parent block starts. */
export function locate(source: SourceFile, path: readonly PathSegment[]): Position {
  const { node } = nodeAt(source, path);
  if (!node?.range) return { line: 1, column: 1 };
  return positionAt(source, node.range[0], node.range[1]);
}

/**
 * Where characters [start, end) of the text at `path` are written, for a caret under some words of a
 * value: exact for a value written on one line without escapes, the whole value otherwise.
 */
export function locateWithin(source: SourceFile, path: readonly PathSegment[], start: number, end: number): Position {
  const node = source.document.getIn(path, true);
  if (!isScalar(node) || !node.range) return locate(source, path);
  const raw = source.text.slice(node.range[0], node.range[1]);
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  const body = quoted ? raw.slice(1, -1) : raw;
  // A number, an escape or a line break: the characters of the value are not those of the text.
  if (body !== node.value) return locate(source, path);
  const base = node.range[0] + (quoted ? 1 : 0);
  return positionAt(source, base + start, base + end);
}

/** Where the key `key` is written inside the block at `path` (for unknown keys). */
export function locateKey(source: SourceFile, path: readonly PathSegment[], key: string): Position {
  const parent = source.document.getIn(path);
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
        return positionAt(source, pair.key.range[0], pair.key.range[1]);
      }
    }
  }
  return locate(source, path);
}

export function describeFoundNode(source: SourceFile, path: readonly PathSegment[]): 'nothing' | 'text' | 'number' | 'boolean' | 'list' | 'object' {
  const node = resolvedNodeAt(source.document, path);
  if (isSeq(node)) return 'list';
  if (isMap(node)) return 'object';
  if (isScalar(node)) {
    if (node.value === null) return 'nothing';
    if (typeof node.value === 'number') return 'number';
    if (typeof node.value === 'boolean') return 'boolean';
    return 'text';
  }
  return 'nothing';
}

/** The node at `path`, following aliases: a value behind `*name` is what its anchor holds, not nothing. */
function resolvedNodeAt(document: Document.Parsed, path: readonly PathSegment[]): unknown {
  const resolve = (node: unknown) => (isAlias(node) ? aliasTargets(document).get(node) : node);
  let node = resolve(document.contents);
  for (const segment of path) node = resolve(isCollection(node) ? node.get(segment, true) : undefined);
  return node;
}

const aliasTargetsOf = new WeakMap<Document.Parsed, Map<Alias, Node>>();

/**
 * The node each alias stands for: the last one before it with its anchor. Found in one pass over the
 * document (yaml's own Alias.resolve walks the whole document for each alias, and a file with
 * thousands of wrong values behind aliases would take minutes to report).
 */
function aliasTargets(document: Document.Parsed): Map<Alias, Node> {
  let targets = aliasTargetsOf.get(document);
  if (!targets) {
    const found = new Map<Alias, Node>();
    const anchored = new Map<string, Node>();
    visit(document, {
      Node(_key, node) {
        if (isAlias(node)) {
          const target = anchored.get(node.source);
          if (target) found.set(node, target);
        } else if (node.anchor) anchored.set(node.anchor, node);
      },
    });
    aliasTargetsOf.set(document, found);
    targets = found;
  }
  return targets;
}
