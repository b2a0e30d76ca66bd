// The few colours centre uses, named by what they mean. Chalk paints them when
// the output is a terminal; otherwise nothing is loaded and text stays plain.

export interface Palette {
  /** Whether the output shows colours at all. */
  readonly coloured: boolean;
  error(text: string): string;
  warning(text: string): string;
  strong(text: string): string;
}

const unchanged = (text: string) => text;
const plainPalette: Palette = { coloured: false, error: unchanged, warning: unchanged, strong: unchanged };

export async function createPalette(enabled: boolean): Promise<Palette> {
  if (!enabled) return plainPalette;
  return (await import('./chalk-palette.js')).chalkPalette();
}
