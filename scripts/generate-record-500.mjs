// Writes into a folder the 500-item bench plan (test/fixtures/plan-500.yaml)
// with an id on every item, and its record: most items held on one to nine
// days with participants, some moved, cancelled or not held. Deterministic.
//   node scripts/generate-record-500.mjs <folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const folder = path.resolve(process.argv[2] ?? 'bench-record');
mkdirSync(folder, { recursive: true });

let seed = 500500;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const whole = (max) => Math.floor(random() * max);

let count = 0;
const plan = readFileSync(path.join(root, 'test', 'fixtures', 'plan-500.yaml'), 'utf8').replace(
  /^( *)- activity: /gm,
  (_, indent) => `${indent}- id: item-${++count}\n${indent}  activity: `,
);
writeFileSync(path.join(folder, 'plan-500.yaml'), plan);

const statuses = ['moved', 'cancelled', 'not-held'];
const entries = Array.from({ length: count }, (_, index) => {
  const item = `item-${index + 1}`;
  if (index % 10 === 9) return { item, status: statuses[whole(3)], comment: 'Перенесено по решению министерства.' };
  const month = (8 + whole(10)) % 12;
  const year = month >= 8 ? 2023 : 2024;
  const dates = Array.from({ length: 1 + whole(9) }, () => `${year}-${String(month + 1).padStart(2, '0')}-${String(1 + whole(28)).padStart(2, '0')}`);
  const classTeachers = whole(400);
  const parents = whole(300);
  return {
    item,
    dates: [...new Set(dates)],
    participants: { total: classTeachers + parents + whole(50), classTeachers, parents, schools: whole(200), districts: whole(42) },
    evidence: [`https://example.ru/${item}`],
  };
});
writeFileSync(
  path.join(folder, 'plan-500.record.yaml'),
  stringify({ kind: 'record', plan: 'plan-500.yaml', entries, analysis: [{ title: 'Выводы', text: 'План выполнен в основном.' }] }),
);
console.log(`${count} items, ${entries.length} entries in ${folder}`);
