// Hostile YAML in both parser paths: alias bombs, aliases to nothing or to
// their own block, deep nesting, control characters. Each is a located error,
// and the fast path (js-yaml) never passes a file the located path refuses.
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/kinds/validate.js';
import { quickValidate } from '../../src/kinds/quick-check.js';
import { maxAliases, maxDepth, maxExpandedSize } from '../../src/schema/yaml-limits.js';
import { describeCharacter } from '../../src/schema/control-characters.js';
import { aliasBombPlan, billionLaughs, planHead } from './hostile-yaml.js';

const head = planHead;

function errors(text: string) {
  return validateText('f.yaml', text).diagnostics.filter((d) => d.severity === 'error');
}

describe('alias expansion', () => {
  it('refuses the billion laughs at the alias where the expansion crosses the limit, in both paths', () => {
    expect(quickValidate(billionLaughs)).toBeUndefined();
    const found = errors(billionLaughs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'alias-expansion', line: 7 });
    expect(billionLaughs.split('\n')[6]!.slice(found[0]!.column - 1)).toMatch(/^\*e\b/);
  });

  it('refuses a valid plan whose aliases stand for too many events', () => {
    const bomb = aliasBombPlan(70); // 12 KB standing for 343,000 events
    expect(bomb.length).toBeLessThan(13_000);
    expect(quickValidate(bomb)).toBeUndefined();
    const found = errors(bomb);
    expect(found.map((d) => d.code)).toEqual(['alias-expansion']);
    expect(bomb.split('\n')[found[0]!.line - 1]).toContain('*items');
  });

  it('accepts the same plan when it stands for a plausible size, in both paths alike', () => {
    const plan = aliasBombPlan(20); // 8,000 events
    expect(quickValidate(plan)).toBeDefined();
    expect(validateText('f.yaml', plan).diagnostics).toEqual([]);
  });

  it('accepts one anchor used more than yaml’s default hundred times', () => {
    const items = Array.from({ length: 150 }, (_, i) => `      - {activity: Дело ${i}, timing: сентябрь 2023, responsible: *team}`);
    const text = `${head}sections:\n  - title: Раздел\n    items:\n      - {activity: Первое, timing: сентябрь 2023, responsible: &team [Центр, Школы]}\n${items.join('\n')}\n`;
    expect(quickValidate(text)).toBeDefined();
    expect(validateText('f.yaml', text).diagnostics).toEqual([]);
  });

  it('names an alias without an anchor instead of failing', () => {
    const text = `${head}sections:\n  - title: Раздел\n    items:\n      - activity: Дело\n        timing: сентябрь\n        responsible: *nope\n`;
    expect(quickValidate(text)).toBeUndefined();
    expect(errors(text)).toEqual([expect.objectContaining({ code: 'alias-unknown', line: 9, column: 22, params: { name: 'nope' } })]);
  });

  it('refuses an alias inside the block it names (which would never end)', () => {
    const text = `${head}sections: &s\n  - title: Раздел\n    items: *s\n`;
    expect(quickValidate(text)).toBeUndefined();
    expect(errors(text)).toEqual([expect.objectContaining({ code: 'alias-cycle', line: 6, column: 12 })]);
  });

  it('refuses more aliases than allowed', () => {
    const text = `${head}x: &x 1\ny: [${Array(maxAliases + 1)
      .fill('*x')
      .join(', ')}]\n`;
    expect(quickValidate(text)).toBeUndefined();
    expect(errors(text)).toEqual([expect.objectContaining({ code: 'too-many-aliases', line: 5 })]);
  });

  it('scales the limit with the file: a file without aliases never reaches it', () => {
    expect(maxExpandedSize(0)).toBe(500_000);
    expect(maxExpandedSize(10_000_000)).toBeGreaterThan(2 * 10_000_000);
  });
});

describe('nesting depth', () => {
  it('refuses blocks nested beyond the limit, at the first block too deep, in both paths', () => {
    const text = `kind: plan\nx: ${'['.repeat(maxDepth + 5)}${']'.repeat(maxDepth + 5)}\n`;
    expect(quickValidate(text)).toBeUndefined();
    expect(errors(text)).toEqual([expect.objectContaining({ code: 'too-deep', line: 2, column: 3 + maxDepth })]);
  });

  it('says «too deep» where thousands of levels overflow the parser, instead of a stack trace', () => {
    for (const text of [
      `kind: plan\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      `kind: plan\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
    ]) {
      const found = errors(text);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((d) => d.code === 'too-deep' && d.line >= 1)).toBe(true);
    }
  });

  it('counts depth through aliases', () => {
    const deep = `${'['.repeat(60)}1${']'.repeat(60)}`;
    const text = `kind: plan\na: &a ${deep}\nb: ${'['.repeat(60)}*a${']'.repeat(60)}\n`;
    expect(quickValidate(text)).toBeUndefined();
    expect(errors(text)).toEqual([expect.objectContaining({ code: 'too-deep', line: 3 })]);
  });
});

describe('control characters', () => {
  const plan = (activity: string) =>
    `${head}sections:\n  - title: Раздел\n    items:\n      - activity: ${activity}\n        timing: сентябрь 2023\n        responsible: [Центр]\n`;

  for (const [char, name] of [
    ['\u0000', 'U+0000 NUL'],
    ['\u0007', 'U+0007 BEL'],
    ['\u001b', 'U+001B ESC'],
    ['\u007f', 'U+007F DEL'],
    ['\u0085', 'U+0085 NEL'],
    ['\u009b', 'U+009B CSI'],
  ] as const) {
    it(`refuses ${name} written in the text, at its line and column`, () => {
      const text = plan(`Сове${char}щание`);
      expect(quickValidate(text)).toBeUndefined();
      expect(errors(text)).toEqual([expect.objectContaining({ code: 'control-character', line: 7, column: 23, params: { char: name } })]);
    });
  }

  for (const [escape, name] of [
    ['\\e', 'U+001B ESC'],
    ['\\x07', 'U+0007 BEL'],
    ['\\0', 'U+0000 NUL'],
    ['\\u0085', 'U+0085 NEL'],
    ['\\ud800', 'U+D800'],
  ] as const) {
    it(`refuses ${name} written as the escape "${escape}", at the escape`, () => {
      const text = plan(`"Сове${escape}щание"`);
      expect(quickValidate(text)).toBeUndefined();
      expect(errors(text)).toEqual([expect.objectContaining({ code: 'control-character', line: 7, column: 24, params: { char: name } })]);
    });
  }

  it('keeps tabs, line breaks and ordinary escapes', () => {
    const text = plan('"Совещание\\tруководителей\\nшкол"');
    expect(quickValidate(text)).toBeDefined();
    expect(validateText('f.yaml', text).diagnostics).toEqual([]);
  });

  it('names the characters by their code and, for control characters, their abbreviation', () => {
    expect(describeCharacter('\u001b')).toBe('U+001B ESC');
    expect(describeCharacter('\u0000')).toBe('U+0000 NUL');
    expect(describeCharacter('\u0090')).toBe('U+0090');
    expect(describeCharacter('\uFFFF')).toBe('U+FFFF');
  });
});
