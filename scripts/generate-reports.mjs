// For `npm run bench`: a registry of N schools and N filled monitoring forms,
// made from one template by writing values straight into its sheet XML (as
// fast as copying a file), so that the bench measures the merge, not this.
//   node scripts/generate-reports.mjs <folder> [count]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const [folder = path.join(root, 'out', 'bench-reports'), countText = '1000'] = process.argv.slice(2);
const count = Number(countText);
mkdirSync(path.join(folder, 'reports'), { recursive: true });

const districts = Array.from({ length: 35 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);
const width = Math.max(4, String(count).length);
const schools = Array.from({ length: count }, (_, i) => ({ id: `school-${String(i + 1).padStart(width, '0')}`, district: districts[i % districts.length] }));
const registry = [
  'kind: registry',
  'districts:',
  ...districts.flatMap((id, i) => [`  - id: ${id}`, `    name: Район ${i + 1}`, `    coordinator: {name: И.И. Иванов, email: ${id}@example.ru}`]),
  'schools:',
  ...schools.flatMap((s) => [
    `  - id: ${s.id}`,
    `    district: ${s.district}`,
    `    name: Муниципальное общеобразовательное учреждение «Средняя школа ${s.id}»`,
  ]),
  '',
].join('\n');
writeFileSync(path.join(folder, 'registry.yaml'), registry);
const form = path.join(root, 'templates', 'monitoring-form.yaml');
execFileSync(
  process.execPath,
  [path.join(root, 'bin', 'centre.js'), 'report', 'template', '--form', form, '--period', 'interim', '--year', '2024-2025', '--force', '-o', folder],
  {
    stdio: 'pipe',
    // outside any workspace: one blank form, not one per school of a workspace's registry
    cwd: folder,
  },
);

const template = unzipSync(readFileSync(path.join(folder, 'class-teacher-monitoring-interim-2024-2025.xlsx')));
const sheet = strFromU8(template['xl/worksheets/sheet1.xml']);
const setCell = (xml, address, inner, type = '') =>
  xml.replace(new RegExp(`<c r="${address}"( s="\\d+")?(?:/>|>.*?</c>)`), (_, style = '') => `<c r="${address}"${style}${type}>${inner}</c>`);
const number = (v) => `<v>${v}</v>`;
const text = (v) => `<is><t>${v}</t></is>`;
schools.forEach((school, i) => {
  const teachers = 15 + (i % 40);
  let xml = sheet;
  const values = [teachers, Math.floor(teachers / 2), i % 5, 3 + (i % 7), i % 3, 20 + (i % 50)];
  values.forEach((v, k) => (xml = setCell(xml, `D${6 + k}`, number(v))));
  xml = setCell(xml, 'D12', text(i % 2 ? 'частично' : 'в полном объёме'), ' t="inlineStr"');
  xml = setCell(xml, 'D13', number(30 + (i % 70)));
  xml = setCell(xml, 'D14', text(i % 3 ? 'да' : 'нет'), ' t="inlineStr"');
  xml = setCell(xml, 'C3', text(school.id), ' t="inlineStr"');
  writeFileSync(path.join(folder, 'reports', `${school.id}.xlsx`), zipSync({ ...template, 'xl/worksheets/sheet1.xml': strToU8(xml) }));
});
console.log(JSON.stringify({ folder, count }));
