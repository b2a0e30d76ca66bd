// «Мониторинг» (off unless asked for): the region's totals from the summary
// workbook `centre report merge` writes — the «Итого по региону» row of «Свод»,
// never a school's own row — as a table and a bar chart drawn in SVG (no script).
import { typeset } from '../docs/typography.js';
import { html, type Html } from './html.js';

export const monitoringPath = 'monitoring.html';

export interface RegionTotals {
  /** The workbook's title line: form, period, year. */
  readonly title: string;
  readonly figures: readonly { readonly label: string; readonly value: number | string }[];
}

export const REGION_TOTAL_LABEL = 'Итого по региону';
const FIRST_FIGURE_COLUMN = 4;

/** The totals from the rows of «Свод» as plain values (row 1 title, row 2 headers); undefined when there is no region row. */
export function regionTotals(rows: readonly (readonly (string | number | null | undefined)[])[]): RegionTotals | undefined {
  const header = rows[1] ?? [];
  const total = rows.find((row) => String(row[0] ?? '').trim() === REGION_TOTAL_LABEL);
  if (!total) return undefined;
  const figures = [];
  for (let column = FIRST_FIGURE_COLUMN - 1; column < header.length; column++) {
    const label = String(header[column] ?? '').trim();
    const value = total[column];
    if (label && value !== null && value !== undefined && value !== '') figures.push({ label, value: typeof value === 'number' ? value : String(value) });
  }
  return { title: String(rows[0]?.[0] ?? '').trim(), figures };
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',')).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

function chart(figures: RegionTotals['figures']): Html {
  const numeric = figures.filter((figure): figure is { label: string; value: number } => typeof figure.value === 'number' && figure.value >= 0);
  if (numeric.length === 0) return html``;
  const max = Math.max(...numeric.map((figure) => figure.value), 1);
  const rowHeight = 28;
  const height = numeric.length * rowHeight + 8;
  return html`<figure>
<svg role="img" aria-labelledby="chart-title" width="100%" height="${height}" viewBox="0 0 600 ${height}" preserveAspectRatio="xMinYMin meet">
<title id="chart-title">Показатели по региону, столбцы в масштабе наибольшего значения</title>
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
<p>${typeset(totals.title)}. Здесь только итоги по региону; показатели отдельных школ не публикуются.</p>
<table>
<caption>${REGION_TOTAL_LABEL}</caption>
<thead><tr><th scope="col">Показатель</th><th scope="col">Значение</th></tr></thead>
<tbody>${totals.figures.map((figure) => html`<tr><th scope="row">${typeset(figure.label)}</th><td class="num">${typeof figure.value === 'number' ? number(figure.value) : typeset(figure.value)}</td></tr>`)}</tbody>
</table>
${chart(totals.figures)}`;
}
