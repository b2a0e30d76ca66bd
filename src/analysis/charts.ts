// The analysis's charts as Vega-Lite specifications: what is drawn, from the
// year's figures, with Russian labels. Pure; chart-render.ts draws them.
import type { YearFigures } from './figures.js';
import { romanNumeral } from '../text/typography.js';
import { formatNumber } from './russian-numbers.js';

export interface ChartSpec {
  /** The caption under the chart: «Рисунок N – …» is added by the document. */
  readonly caption: string;
  /** A Vega-Lite specification (top level), with its data inline. */
  readonly spec: Record<string, unknown>;
}

const FONT = 'Liberation Serif';
const DARK = '#3a3a3a';
const LIGHT = '#a6a6a6';
const CHART_WIDTH = 560;
const HEIGHT = 220;

const MONTHS_SHORT = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/** «сент. 2023» for 2023-09. */
export function monthLabel(month: string): string {
  return `${MONTHS_SHORT[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export const CATEGORY_LABELS = {
  classTeachers: 'Классные руководители',
  deputyDirectors: 'Заместители директоров',
  parents: 'Родители',
  pupils: 'Обучающиеся',
  schools: 'Образовательные организации',
  districts: 'Муниципальные районы',
} as const;

const config = {
  font: FONT,
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: 'black', titleColor: 'black', domainColor: 'black', tickColor: 'black', gridColor: '#dddddd' },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom', title: null, labelLimit: 0 },
  text: { fontSize: 12, color: 'black' },
  // axis numbers as the tables print them: «4000», no grouping comma; the bars' own labels come formatted («14 600», «80,5»)
  numberFormat: 'd',
};

const base = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', width: CHART_WIDTH, height: HEIGHT, config } as const;

function plannedVsHeld(figures: YearFigures): ChartSpec {
  const values = figures.sections.flatMap((section, index) => [
    { section: romanNumeral(index + 1), series: 'Запланировано', value: section.planned, label: formatNumber(section.planned) },
    { section: romanNumeral(index + 1), series: 'Проведено', value: section.held, label: formatNumber(section.held) },
  ]);
  const encoding = {
    x: { field: 'section', type: 'nominal', sort: null, title: 'Раздел плана', axis: { labelAngle: 0 } },
    xOffset: { field: 'series', sort: ['Запланировано', 'Проведено'] },
    y: { field: 'value', type: 'quantitative', title: 'Мероприятий', axis: { tickMinStep: 1 } },
  };
  return {
    caption: 'Запланировано и проведено мероприятий по разделам плана',
    spec: {
      ...base,
      data: { values },
      encoding,
      layer: [
        { mark: 'bar', encoding: { color: { field: 'series', sort: ['Запланировано', 'Проведено'], scale: { range: [LIGHT, DARK] } } } },
        { mark: { type: 'text', dy: -7 }, encoding: { text: { field: 'label', type: 'nominal' } } },
      ],
    },
  };
}

function participantsByMonth(figures: YearFigures): ChartSpec | undefined {
  if (figures.byMonth.length === 0) return undefined;
  const values = figures.byMonth.map((month) => ({ month: monthLabel(month.month), value: month.participants, label: formatNumber(month.participants) }));
  return {
    caption: 'Участники мероприятий по месяцам',
    spec: {
      ...base,
      data: { values },
      encoding: {
        x: { field: 'month', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } },
        y: { field: 'value', type: 'quantitative', title: 'Участников' },
      },
      layer: [{ mark: { type: 'bar', color: DARK } }, { mark: { type: 'text', dy: -7 }, encoding: { text: { field: 'label', type: 'nominal' } } }],
    },
  };
}

function participantsByCategory(figures: YearFigures): ChartSpec | undefined {
  const values = Object.entries(CATEGORY_LABELS)
    .map(([key, name]) => ({
      category: name,
      value: figures.byCategory[key as keyof typeof CATEGORY_LABELS],
      label: formatNumber(figures.byCategory[key as keyof typeof CATEGORY_LABELS]),
    }))
    .filter((row) => row.value > 0);
  if (values.length === 0) return undefined;
  return {
    caption: 'Охват по категориям участников',
    spec: {
      ...base,
      width: CHART_WIDTH - 220,
      data: { values },
      encoding: {
        y: { field: 'category', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } },
        x: { field: 'value', type: 'quantitative', title: null },
      },
      layer: [
        { mark: { type: 'bar', color: DARK } },
        { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'label', type: 'nominal' } } },
      ],
    },
  };
}

/** The charts of the analysis, in the order the document places them. */
export function analysisCharts(figures: YearFigures): { plannedVsHeld: ChartSpec; byMonth?: ChartSpec; byCategory?: ChartSpec } {
  const byMonth = participantsByMonth(figures);
  const byCategory = participantsByCategory(figures);
  return { plannedVsHeld: plannedVsHeld(figures), ...(byMonth ? { byMonth } : {}), ...(byCategory ? { byCategory } : {}) };
}

/** One indicator by district across the two rounds: the first numeric indicator with a value in every district. */
export function monitoringChart(
  rows: readonly { district: string; name: string; indicator: string; label: string; a: number | null; b: number | null }[],
  a: string,
  b: string,
): (ChartSpec & { indicator: string; label: string }) | undefined {
  const districts = rows.filter((row) => row.district !== '*');
  const indicators = [...new Set(districts.map((row) => row.indicator))];
  const indicator = indicators.find((id) => districts.filter((row) => row.indicator === id).every((row) => row.a !== null && row.b !== null));
  if (indicator === undefined) return undefined;
  const chosen = districts.filter((row) => row.indicator === indicator);
  const values = chosen.flatMap((row) => [
    { district: row.name, series: a, value: row.a, label: formatNumber(row.a!) },
    { district: row.name, series: b, value: row.b, label: formatNumber(row.b!) },
  ]);
  return {
    indicator,
    label: chosen[0]!.label,
    caption: `${chosen[0]!.label}: ${a} и ${b}, по районам`,
    spec: {
      ...base,
      data: { values },
      encoding: {
        x: {
          field: 'district',
          type: 'nominal',
          sort: null,
          title: null,
          axis: { labelAngle: 0, labelLimit: Math.max(60, Math.floor(CHART_WIDTH / Math.max(chosen.length, 1)) - 8) },
        },
        xOffset: { field: 'series', sort: [a, b] },
        y: { field: 'value', type: 'quantitative', title: null },
      },
      layer: [
        { mark: 'bar', encoding: { color: { field: 'series', sort: [a, b], scale: { range: [LIGHT, DARK] } } } },
        { mark: { type: 'text', dy: -7 }, encoding: { text: { field: 'label', type: 'nominal' } } },
      ],
    },
  };
}
