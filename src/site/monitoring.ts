// «Мониторинг» (off unless asked for): the totals of every school from the
// summary workbook `centre report merge` writes — the row of «Свод» named after
// the registry's level («Итого по региону», «по округу», «по району»), never a
// school's own row — as a table and a bar chart drawn in SVG (no script).
import { typeset } from '../text/typography.js';
import { OVERALL_TOTAL_LABELS } from '../reports/summary-data.js';
import { html, type Html } from './html.js';

export const monitoringPath = 'monitoring.html';

export interface RegionTotals {
  /** The workbook's title line: form, period, year. */
  readonly title: string;
  /** The label of the totals row: «Итого по региону». */
  readonly label: string;
  readonly figures: readonly { readonly label: string; readonly value: number | string }[];
}

const totalLabels: readonly string[] = Object.values(OVERALL_TOTAL_LABELS);
const FIRST_FIGURE_COLUMN = 4;

/** The totals from the rows of «Свод» as plain values (row 1 title, row 2 headers); undefined when there is no region row. */
export function regionTotals(rows: readonly (readonly (string | number | null | undefined)[])[]): RegionTotals | undefined {
  const header = rows[1] ?? [];
  const total = rows.find((row) => totalLabels.includes(String(row[0] ?? '').trim()));
  if (!total) return undefined;
  const figures = [];
  for (let column = FIRST_FIGURE_COLUMN - 1; column < header.length; column++) {
    const label = String(header[column] ?? '').trim();
    const value = total[column];
    if (label && value !== null && value !== undefined && value !== '') figures.push({ label, value: typeof value === 'number' ? value : String(value) });
  }
  return { title: String(rows[0]?.[0] ?? '').trim(), label: String(total[0]).trim(), figures };
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',')).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** «по региону» from «Итого по региону». */
const scopeOf = (totals: RegionTotals) => totals.label.replace(/^Итого\s+/, '');

function chart(figures: RegionTotals['figures'], scope: string): Html {
  const numeric = figures.filter((figure): figure is { label: string; value: number } => typeof figure.value === 'number' && figure.value >= 0);
  if (numeric.length === 0) return html``;
  const max = Math.max(...numeric.map((figure) => figure.value), 1);
  const rowHeight = 28;
  const height = numeric.length * rowHeight + 8;
  return html`<figure>
<svg role="img" aria-labelledby="chart-title" width="100%" height="${height}" viewBox="0 0 600 ${height}" preserveAspectRatio="xMinYMin meet">
<title id="chart-title">Показатели ${scope}, столбцы в масштабе наибольшего значения</title>
${numeric.map((figure, index) => {
  const width = Math.max(2, Math.round((figure.value / max) * 380));
  const y = index * rowHeight + 4;
  return html`<rect x="0" y="${y}" width="${width}" height="${rowHeight - 8}" fill="currentColor" opacity="0.75"></rect><text x="${width + 6}" y="${y + rowHeight - 13}" font-size="14" fill="currentColor">${number(figure.value)} — ${figure.label.length > 40 ? `${figure.label.slice(0, 39)}…` : figure.label}</text>`;
})}
</svg>
<figcaption>Те же числа — в таблице выше.</figcaption>
</figure>`;
}

export function monitoringPage(totals: RegionTotals): Html {
  return html`<h1>Мониторинг</h1>
<p>${typeset(totals.title)}. Здесь только итоги ${scopeOf(totals)}; показатели отдельных школ не публикуются.</p>
<table tabindex="0">
<caption>${totals.label}</caption>
<thead><tr><th scope="col">Показатель</th><th scope="col">Значение</th></tr></thead>
<tbody>${totals.figures.map((figure) => html`<tr><th scope="row">${typeset(figure.label)}</th><td class="num">${typeof figure.value === 'number' ? number(figure.value) : typeset(figure.value)}</td></tr>`)}</tbody>
</table>
${chart(totals.figures, scopeOf(totals))}`;
}
