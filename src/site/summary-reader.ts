// Reads the rows of «Свод» from a summary workbook for the «Мониторинг» page.
// exceljs is heavy: imported only when the page is asked for.
export type SummaryReading = { rows: (string | number | null)[][] } | { problem: 'too-large' | 'unreadable' | 'no-sheet'; reason?: string };

type Cell = { value: unknown };

function plain(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if ('result' in object) return plain(object.result);
    if (object.richText) return object.richText.map((part) => part.text).join('');
    if (typeof object.text === 'string') return object.text;
  }
  return null;
}

/** The largest summary file read at all. */
export const MAX_SUMMARY_BYTES = 20 * 1024 * 1024;

/** `bytes`: the summary file, read by the command (at most MAX_SUMMARY_BYTES). */
export async function readSummaryRows(bytes: Uint8Array): Promise<SummaryReading> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { problem: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  const sheet = workbook.getWorksheet('Свод');
  if (!sheet) return { problem: 'no-sheet' };
  const rows: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell: Cell, column) => {
      values[column - 1] = plain(cell.value);
    });
    rows[number - 1] = values;
  });
  return { rows: Array.from(rows, (row) => row ?? []) };
}
