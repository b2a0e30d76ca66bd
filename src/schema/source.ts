// Parses YAML text into a document that remembers where every value came from,
// so that any problem found later can point at its line and column.
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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

const yamlCodes: Partial<Record<string, MessageCode>> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indent',
  BAD_INDENT: 'bad-indent',
  BLOCK_AS_IMPLICIT_KEY: 'colon-in-value',
  MULTILINE_IMPLICIT_KEY: 'colon-in-value',
  BAD_SCALAR_START: 'bad-scalar-start',
  MULTIPLE_DOCS: 'multiple-documents',
};

export function parseSource(file: string, text: string): { source: SourceFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source: SourceFile = { file, text, document, lineCounter };
  const diagnostics: Diagnostic[] = [...document.errors, ...document.warnings].map((problem) => {
    const quote = problem.code === 'MISSING_CHAR' ? /closing (["'])/.exec(problem.message)?.[1] : undefined;
    // yaml reports an unclosed quote where the file ends; the user needs to see where it opens.
    const offset = quote ? openingQuote(text, problem.pos[0], quote) : problem.pos[0];
    const position = positionAt(source, offset, quote ? offset + 1 : problem.pos[1]);
    const misaligned = problem.code === 'MISSING_CHAR' && problem.message.startsWith('Sequence item without');
    const code = quote ? 'unclosed-quote' : misaligned ? 'bad-indent' : isStackOverflow(problem) ? 'too-deep' : (yamlCodes[problem.code] ?? 'yaml-syntax');
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
    diagnostics.push({ file, ...positionAt(source, offset, offset + char.length), severity: 'error', code: 'control-character', params: { char: describeCharacter(char) } });
  }
  return diagnostics;
}

/** yaml's messages end with a copy of the line; the renderer shows the line itself. */
function describeYamlProblem(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function openingQuote(text: string, end: number, quote: string): number {
  let open = -1;
  for (let i = 0; i < end; i++) {
    if (text[i] === quote) open = open === -1 ? i : -1;
  }
  return open === -1 ? end : open;
}

function keyAt(text: string, offset: number): string {
  return /^[^:\n]*/.exec(text.slice(offset))![0].trim().replace(/^["']|["']$/g, '');
}

export function positionAt(source: SourceFile, offset: number, endOffset?: number): Position {
  const start = source.lineCounter.linePos(offset);
  const position: Position = { line: start.line, column: start.col };
  if (endOffset === undefined || endOffset <= offset) return position;
  const end = source.lineCounter.linePos(endOffset);
  const lineEnd = source.text.indexOf('\n', offset);
  const endColumn = end.line === start.line ? end.col : start.col + (lineEnd === -1 ? source.text.length : lineEnd) - offset;
  return { ...position, endColumn: Math.max(endColumn, start.col + 1) };
}

/** The node at `path`, or the nearest ancestor that exists (a missing key points at its parent). */
export function nodeAt(source: SourceFile, path: readonly PathSegment[]): { node: Node | undefined; depth: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? source.document.contents : source.document.getIn(path.slice(0, depth), true);
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
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return locate(source, path);
  const raw = source.text.slice(node.range[0], node.range[1]);
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  const body = quoted ? raw.slice(1, -1) : raw;
  if (body !== node.value) return locate(source, path);
  const base = node.range[0] + (quoted ? 1 : 0);
  return positionAt(source, base + start, base + end);
}

/** Where the key `key` is written inside the block at `path` (for unknown keys). */
export function locateKey(source: SourceFile, path: readonly PathSegment[], key: string): Position {
  const parent = path.length === 0 ? source.document.contents : source.document.getIn(path, true);
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
    if (node.value === null || node.value === undefined) return 'nothing';
    if (typeof node.value === 'number') return 'number';
    if (typeof node.value === 'boolean') return 'boolean';
    return 'text';
  }
  return 'nothing';
}

/** The node at `path`, following aliases: a value behind `*name` is what its anchor holds, not nothing. */
function resolvedNodeAt(document: Document.Parsed, path: readonly PathSegment[]): unknown {
  let node: unknown = document.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    node = isCollection(node) ? node.get(segment, true) : undefined;
  }
  return isAlias(node) ? node.resolve(document) : node;
}
