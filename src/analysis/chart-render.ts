// Drawing a chart: Vega-Lite compiles the specification to Vega, Vega renders
// SVG headless (no canvas, no browser), and resvg rasterises it to PNG, which
// Word and LibreOffice both show (an SVG in DOCX needs a PNG fallback anyway).
// The three libraries load with this module, which only `centre analysis build`
// loads (in its worker thread).
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

export interface RenderedChart {
  readonly png: Uint8Array;
  /** Pixels of the chart at 96 dpi (the PNG has twice as many, for print). */
  readonly width: number;
  readonly height: number;
}

// Liberation Serif has the metrics of Times New Roman, the document's font.
const FONT_FILES = [
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/liberation-serif/LiberationSerif-Regular.ttf',
];

/** The SVG of a Vega-Lite specification. */
async function chartSvg(spec: Record<string, unknown>): Promise<string> {
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A PNG at twice the chart's size. */
export async function renderChart(spec: Record<string, unknown>): Promise<RenderedChart> {
  const svg = await chartSvg(spec);
  const fontFile = FONT_FILES.find((file) => existsSync(file));
  const font = fontFile
    ? { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: 'Liberation Serif' }
    : { loadSystemFonts: true, defaultFontFamily: 'Times New Roman' };
  const rendered = new Resvg(svg, { font, fitTo: { mode: 'zoom', value: 2 }, background: 'white' }).render();
  return { png: rendered.asPng(), width: Math.round(rendered.width / 2), height: Math.round(rendered.height / 2) };
}
