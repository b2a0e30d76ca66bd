// Hostile YAML shared by the tests of validation, the CLI and the fuzz test.

export const planHead = 'kind: plan\ntitle: План\nacademicYear: 2023-2024\n';

/** A valid plan whose sections, items and events are each `n` aliases of the level below (n³ events). */
export function aliasBombPlan(n: number): string {
  const lines = [
    planHead.trimEnd(),
    'sections:',
    '  - title: Раздел',
    '    items: &items',
    '      - activity: Дело',
    '        timing: сентябрь 2023',
    '        responsible: [Центр]',
    '        events: &events',
  ];
  for (let i = 0; i < n; i++) lines.push(`          - {title: Событие ${i}, date: 2023-09-27}`);
  for (let i = 1; i < n; i++) lines.push(`      - {activity: Дело ${i}, timing: сентябрь 2023, responsible: [Центр], events: *events}`);
  for (let i = 1; i < n; i++) lines.push(`  - {title: Раздел ${i}, items: *items}`);
  return `${lines.join('\n')}\n`;
}

/** The classic: nine levels, each nine aliases of the one before (9⁹ strings). */
export const billionLaughs = `${[
  'kind: plan',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
].join('\n')}\n`;
