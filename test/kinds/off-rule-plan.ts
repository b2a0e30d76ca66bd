/** A plan of one seminar with the timing `timing` and the listed dates `dates` (line 14 holds the second date). */
export const plan = (timing: string, dates: string[]) =>
  [
    'kind: plan',
    'title: План',
    'academicYear: 2024-2025',
    'sections:',
    '  - title: Семинары',
    '    items:',
    '      - activity: Методический семинар',
    `        timing: ${timing}`,
    '        responsible: [Центр]',
    '        events:',
    ...dates.flatMap((date, index) => [`          - title: Семинар ${index + 1}`, `            date: ${date}`]),
    '',
  ].join('\n');
