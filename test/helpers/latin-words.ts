// The Latin words of a Russian text that a person would read as English: what is
// left once file names, options, codes the user types and the names of formats
// and programs are set aside.

/** Names of formats, programs and standards, written in Latin letters in Russian too. */
const names = new Set([
  'centre',
  'DOCX',
  'XLSX',
  'ICS',
  'URL',
  'YAML',
  'PDF',
  'JSON',
  'CSV',
  'HTML',
  'CSS',
  'ODS',
  'XLS',
  'ODT',
  'DOC',
  'RTF',
  'XML',
  'Word',
  'Excel',
  'LibreOffice',
  'Calc',
  'Writer',
  'iCalendar',
  'Google',
  'Yandex',
  'Outlook',
  'Markdown',
  'Schema',
  'RRULE',
  'UTF-8',
  'Ctrl',
  'C',
  'Debian',
  'Ubuntu',
  'apt-get',
  'install',
  'libreoffice-writer-nogui',
  'npm',
  'cd',
  'https',
  'webcal',
]);

/**
 * What the user types as it is: values of options (formats, orientations, statuses, periods)
 * and the words of the YAML files (keys and kinds), which stay Latin in every language.
 */
const codes = new Set([
  'init',
  'validate',
  'schema',
  'build',
  'import',
  'calendar',
  'site',
  'serve',
  'when',
  'done',
  'analysis',
  'report',
  'template',
  'merge',
  'compare',
  'help',
  'news',
  'from-record',
  // the contest's subcommands, and the keys of a contest file its help names
  'sheets',
  'protocol',
  'entries',
  'admit',
  'order',
  'advance',
  'admitted',
  'human',
  'short',
  'json',
  'jsonl',
  'text',
  'table',
  'ics',
  'portrait',
  'landscape',
  'interim',
  'final',
  'held',
  'moved',
  'cancelled',
  'not-held',
  'true',
  'false',
  'kind',
  'plan',
  'cyclogram',
  'holidays',
  'school-year',
  'registry',
  'form',
  'record',
  'document',
  'practice',
  'contest',
  'register',
  'certificates',
  'diplomas',
  'schedule',
  'timing',
  'activity',
  'responsible',
  'id',
  'example',
  'every',
  'dates',
  'from',
  'to',
  'deadline',
  'unscheduled',
  'columns',
  'extra',
  'title',
  'academicYear',
  'events',
  'status',
  'published',
  'submitted',
  'selected',
  'date',
  'draft',
  'summary',
]);

/** A token that is a path or a file name, an option, a cell, an address or a machine value. */
function isVerbatim(token: string): boolean {
  return (
    token.includes('/') ||
    /\.[a-z0-9]{2,5}$/i.test(token) ||
    /^-{1,2}[a-z]/i.test(token) ||
    /^[A-Z]{1,2}\d+$/.test(token) ||
    /^[IVXLC]+$/.test(token) ||
    token.includes('=') ||
    token.includes('@') ||
    /\d/.test(token)
  );
}

/** The words with Latin letters a Russian reader would meet as English, in order, once each. */
export function englishWords(text: string): string[] {
  const found = new Set<string>();
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw.replace(/^[«"'([<{]+|[»"')\]>}:.!?…]+$/g, '').replace(/\.{3}$/, '');
    if (!/[A-Za-z]/.test(token) || isVerbatim(token)) continue;
    for (const word of token.split(/[«»()[\]<>|+]|-(?=[а-яё])/i)) {
      const bare = word.replace(/^[:.]+|[:.]+$/g, '');
      if (!/[A-Za-z]/.test(bare) || names.has(bare) || codes.has(bare) || isVerbatim(bare)) continue;
      found.add(bare);
    }
  }
  return [...found];
}
