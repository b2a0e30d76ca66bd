// Numbers as an official Russian document prints them: digits grouped by a
// no-break space from five digits on («14 600», «2776»), a decimal comma,
// fractions rounded to one place («80,5»), per cent after a no-break space
// («80,5 %»), a change with its sign («+12», «−3,5»). Pure.
import { NBSP } from '../text/typography.js';

/** «14 600», «2776», «80,5»: whole numbers as they are, fractions to one decimal place. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toFixed(1).split('.') as [string, string];
  const grouped = whole.length < 5 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${negative ? '−' : ''}${grouped}${fraction === '0' ? '' : `,${fraction}`}`;
}

/** The share `part` of `whole` in per cent, to one decimal place: 15 of 17 → 88,2; 0 of 0 → 0. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

/** «88,2 %». */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/** «+12», «−3,5», «0»: a change, signed. */
export function formatChange(value: number): string {
  const text = formatNumber(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}
