// Locating things in YAML text: positions of values, keys and problems, on
// small inline documents whose lines and columns can be counted by eye.
import { beforeEach, describe, expect, it } from 'vitest';
import { maxReported } from '../../src/schema/control-characters.js';
import { describeFoundNode, locate, locateKey, locateWithin, nodeAt, parseSource, positionAt, type SourceFile } from '../../src/schema/source.js';
import { maxDepth } from '../../src/schema/yaml-limits.js';

const parse = (text: string) => parseSource('f.yaml', text);

describe('parseSource: YAML problems', () => {
  it('points an unclosed quote at where it opens, not where the file ends', () => {
    for (const quote of ['"', "'"]) {
      const { diagnostics } = parse(`title: ok\nactivity: ${quote}Вебинар\nnote: x\n`);
      expect(diagnostics.map((d) => [d.code, d.line, d.column, d.endColumn])).toEqual([['unclosed-quote', 2, 11, 12]]);
    }
    // a closed pair before the open one is skipped
    const { diagnostics } = parse(`a: "x"\nb: "y\n`);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['unclosed-quote', 2, 4]]);
  });

  it('names the duplicated key, quoted or not, and reports it at the second one', () => {
    const { diagnostics } = parse('title: a\nkind: plan\ntitle: b\n');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.params?.key])).toEqual([['duplicate-key', 3, 1, 'title']]);
    expect(parse('"title": a\n"title": b\n').diagnostics.map((d) => d.params?.key)).toEqual(['title']);
    expect(parse("'a b': 1\n'a b': 2\n").diagnostics.map((d) => d.params?.key)).toEqual(['a b']);
  });

  it('maps yaml error codes to ours, with yaml’s own message as the detail, without its position', () => {
    expect(parse('a: 1\n---\nb: 2\n').diagnostics.map((d) => d.code)).toEqual(['multiple-documents']);
    expect(parse('a:\n\tb: 1\n').diagnostics.map((d) => d.code)).toContain('tab-indent');
    const odd = parse('a: [1, 2\n').diagnostics;
    expect(odd.length).toBeGreaterThan(0);
    for (const diagnostic of odd) {
      expect(diagnostic.severity).toBe('error');
      expect(String(diagnostic.params?.detail)).not.toMatch(/at line \d+|\.$|\n/);
    }
    expect(parse('a: 1\n').diagnostics).toEqual([]);
  });

  it('marks yaml warnings as warnings', () => {
    const { diagnostics } = parse('%FOO bar\n---\na: 1\n');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('calls keys that are out of line a bad indent, and a block used as a key a colon in a value', () => {
    expect(parse('a:\n  - x\n  y: 1\n').diagnostics.map((d) => d.code)).toEqual(['bad-indent']);
    expect(parse('items:\n  - a\n - b\n').diagnostics.map((d) => d.code)).toEqual(['colon-in-value', 'colon-in-value', 'yaml-syntax']);
  });
});

describe('parseSource: what each YAML problem is called and where it is', () => {
  const problem = (text: string) => parse(text).diagnostics.map((d) => [d.line, d.column, d.code]);

  it('gives each mistake yaml finds its own code, and any other one the code of a syntax error', () => {
    expect(problem('title: a\ntitle: b\n')).toEqual([[2, 1, 'duplicate-key']]);
    expect(problem('a:\n\tb: 1\n')).toEqual([[2, 1, 'tab-indent']]);
    expect(problem('a:\n  - x\n  y: 1\n')).toEqual([[3, 1, 'bad-indent']]);
    expect(problem('a: b: c\n')).toEqual([[1, 4, 'colon-in-value']]);
    expect(problem('a\nb: 1\n')).toEqual([[1, 1, 'colon-in-value']]);
    expect(problem('a: @x\n')).toEqual([[1, 4, 'bad-scalar-start']]);
    expect(problem('a: 1\n---\nb: 2\n')).toEqual([[2, 1, 'multiple-documents']]);
    expect(problem('a: !<!> b\n')).toEqual([[1, 4, 'yaml-syntax']]);
  });

  it('keeps yaml’s own words as the detail, without a final full stop, and names a key only for a duplicate', () => {
    expect(parse('a: !<!> b\n').diagnostics).toEqual([
      {
        file: 'f.yaml',
        line: 1,
        column: 4,
        endColumn: 8,
        severity: 'error',
        code: 'yaml-syntax',
        params: { detail: "Verbatim tags aren't resolved, so !<!> is invalid" },
      },
    ]);
    expect(parse('a: 1\n---\nb: 2\n').diagnostics[0]!.params).toEqual({ detail: 'Source contains multiple documents; please use YAML.parseAllDocuments()' });
  });

  it('names a duplicated key as written, without the spaces before its colon or its own quotes', () => {
    expect(parse('title : a\ntitle : b\n').diagnostics.map((d) => d.params?.key)).toEqual(['title']);
    expect(parse(`"say 'x'": 1\n"say 'x'": 2\n`).diagnostics.map((d) => d.params?.key)).toEqual(["say 'x'"]);
  });

  it('points an unclosed quote at where it opens, past apostrophes and escaped quotes before it', () => {
    expect(problem("note: it's fine\nb: 'unclosed\n")).toEqual([[2, 4, 'unclosed-quote']]);
    expect(problem("a: 'it''s\n")).toEqual([[1, 4, 'unclosed-quote']]);
    expect(problem('a: "x \\"y\n')).toEqual([[1, 4, 'unclosed-quote']]);
    expect(problem('a:\n  - "x\n  - y\n')).toEqual([[2, 5, 'unclosed-quote']]);
  });

  it('calls thousands of levels that overflow the parser too deep, and looks for nothing more in the cut document', () => {
    const diagnostics = parse(`a: "\\a"\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) expect(diagnostic).toMatchObject({ line: 2, code: 'too-deep', params: { limit: maxDepth } });
  });

  it('marks each control character one character wide, and reports no more than a screenful of them', () => {
    expect(parse('a: b\u0007c\n').diagnostics.map((d) => [d.line, d.column, d.endColumn, d.code])).toEqual([[1, 5, 6, 'control-character']]);
    const many = parse(`a: ${'\u0007'.repeat(maxReported)}\nb: "\\a"\n`).diagnostics;
    expect(many).toHaveLength(maxReported);
    expect(many.every((d) => d.code === 'control-character' && d.line === 1)).toBe(true);
    expect(parse('a: b\nc: "\\a"\n').diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([[2, 5, 'control-character']]);
  });
});

describe('locating values and keys', () => {
  const text = 'kind: plan\nsections:\n  - title: Раздел\n    items:\n      - activity: "Одна\n          две"\n        responsible: [Центр, Школы]\n';
  let source: SourceFile;
  beforeEach(() => {
    source = parse(text).source;
  });

  it('gives the line, column and end column of a value', () => {
    expect(locate(source, ['kind'])).toEqual({ line: 1, column: 7, endColumn: 11 });
    expect(locate(source, ['sections', 0, 'title'])).toEqual({ line: 3, column: 12, endColumn: 18 });
    expect(locate(source, ['sections', 0, 'items', 0, 'responsible', 1])).toEqual({ line: 7, column: 30, endColumn: 35 });
  });

  it('ends a value that runs over several lines at the end of its first line', () => {
    expect(locate(source, ['sections', 0, 'items', 0, 'activity'])).toEqual({ line: 5, column: 19, endColumn: 24 });
  });

  it('points a missing key at its parent, and anything outside the document at its start', () => {
    expect(nodeAt(source, ['sections', 0, 'missing']).depth).toBe(2);
    expect(locate(source, ['sections', 0, 'missing'])).toEqual(locate(source, ['sections', 0]));
    expect(locate(source, ['nothing', 'here'])).toEqual({ line: 1, column: 1, endColumn: expect.any(Number) });
    expect(locate(parse('').source, ['a'])).toEqual({ line: 1, column: 1 });
    expect(nodeAt(parse('').source, ['a'])).toEqual({ node: undefined, depth: 0 });
  });

  it('finds a key by its name, or falls back to its block', () => {
    expect(locateKey(source, ['sections', 0], 'title')).toEqual({ line: 3, column: 5, endColumn: 10 });
    expect(locateKey(source, [], 'sections')).toEqual({ line: 2, column: 1, endColumn: 9 });
    expect(locateKey(source, ['sections', 0], 'nope')).toEqual(locate(source, ['sections', 0]));
    expect(locateKey(source, ['sections'], 'title')).toEqual(locate(source, ['sections']));
    expect(locateKey(source, ['missing'], 'title')).toEqual(locate(source, []));
    expect(locateKey(source, ['kind'], 'title')).toEqual(locate(source, ['kind']));
  });

  it('gives a one-character span when the end is not after the start', () => {
    expect(positionAt(source, 0, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(source, 6)).toEqual({ line: 1, column: 7 });
    expect(positionAt(source, 6, 7)).toEqual({ line: 1, column: 7, endColumn: 8 });
    const { source: two } = parse('a: 1\nb: "x\ny"');
    expect(positionAt(two, 8, 13)).toEqual({ line: 2, column: 4, endColumn: 6 });
    // a span that starts at the line break still covers one character
    expect(positionAt(two, 4, 8)).toEqual({ line: 1, column: 5, endColumn: 6 });
  });

  it('says what was found where a value was expected', () => {
    const { source: found } = parse('a: [1]\nb: {c: 1}\nc: 12\nd: true\ne: text\nf:\ng: null\n');
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((key) => describeFoundNode(found, [key]))).toEqual([
      'list',
      'object',
      'number',
      'boolean',
      'text',
      'nothing',
      'nothing',
      'nothing',
    ]);
  });

  it('says what was found behind an alias, as its anchor holds it', () => {
    const { source: aliased } = parse('a: &n 12\nb: *n\nl: &l [x, 5]\nm: *l\no: &o {p: true}\nq: *o\n');
    expect(describeFoundNode(aliased, ['b'])).toBe('number');
    expect(describeFoundNode(aliased, ['m'])).toBe('list');
    expect(describeFoundNode(aliased, ['m', 1])).toBe('number');
    expect(describeFoundNode(aliased, ['q', 'p'])).toBe('boolean');
    expect(describeFoundNode(aliased, ['b', 'x'])).toBe('nothing');
  });
});

describe('locateWithin: a caret under some characters of a value', () => {
  const { source } = parse('a: Школа "Успех"\nb: \'Дом\'\nc: "x\\ty"\nd: 12\ne: {f: 1}\ng: Дом \'Б\'\nh: "Дом"\n');

  it('is exact for a value written on one line as it reads, quoted or not', () => {
    expect(locateWithin(source, ['a'], 0, 5)).toEqual({ line: 1, column: 4, endColumn: 9 });
    expect(locateWithin(source, ['b'], 1, 3)).toEqual({ line: 2, column: 6, endColumn: 8 });
    expect(locateWithin(source, ['g'], 4, 7)).toEqual({ line: 6, column: 8, endColumn: 11 });
    expect(locateWithin(source, ['h'], 0, 3)).toEqual({ line: 7, column: 5, endColumn: 8 });
  });

  it('marks the whole value when its text is not its characters: an escape, a number, a block, nothing', () => {
    expect(locateWithin(source, ['c'], 2, 3)).toEqual(locate(source, ['c']));
    expect(locateWithin(source, ['d'], 0, 1)).toEqual(locate(source, ['d']));
    expect(locateWithin(source, ['e'], 0, 1)).toEqual(locate(source, ['e']));
    expect(locateWithin(source, ['nothing'], 0, 1)).toEqual(locate(source, []));
  });
});
