// The names by which centre finds its cells in a form or a summary, in a
// module of their own: merge needs them without loading exceljs.
export const FORM_SHEET = 'Форма';
/** Last, not first: LibreOffice shows a hidden first sheet when it saves the file again. */
export const META_SHEET = '_centre';
export const NAME_PREFIX = 'centre_';
export const META_NAMES = {
  form: 'centre__form',
  version: 'centre__version',
  period: 'centre__period',
  year: 'centre__year',
  school: 'centre__school',
} as const;
