// Locating things in YAML text: positions of values, keys and problems, on
// small inline documents whose lines and columns can be counted by eye.
import { beforeEach, describe, expect, it } from 'vitest';
import { describeFoundNode, locate, locateKey, nodeAt, parseSource, positionAt, type SourceFile } from '../../src/schema/source.js';

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
  });

  it('says what was found where a value was expected', () => {
    const { source: found } = parse('a: [1]\nb: {c: 1}\nc: 12\nd: true\ne: text\nf:\ng: null\n');
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((key) => describeFoundNode(found, [key]))).toEqual(['list', 'object', 'number', 'boolean', 'text', 'nothing', 'nothing', 'nothing']);
  });
});
