// Russian non-working holidays and moved days off, year by year.
//
// Each year lists the weekdays (Monday–Friday) that are days off — the holidays
// of Labour Code art. 112 that fall on weekdays, the Monday after a holiday that
// falls on a weekend (art. 112 part 2), and the days off moved by the
// Government's decree — and the Saturdays that are working days by that decree.
// Every year's total of working days is checked by a test against the official
// figure (norma of working time).
//
// The 2020 and 2021 presidential «нерабочие дни» of the pandemic were not
// holidays or moved days off and are not listed.

export interface HolidayYear {
  /** Where the moved days come from. */
  readonly source: string;
  /** Weekdays that are days off, as MM-DD. */
  readonly daysOff: readonly string[];
  /** Saturdays or Sundays that are working days, as MM-DD. */
  readonly workingWeekendDays: readonly string[];
  /** Official number of working days in the year, for the test. */
  readonly workingDays: number;
}

export const russianHolidayYears: Readonly<Record<number, HolidayYear>> = {
  // Постановление Правительства РФ от 10.07.2019 № 875: 04.01 (сб) → 04.05 (пн), 05.01 (вс) → 05.05 (вт).
  2020: {
    source: 'Постановление Правительства РФ от 10.07.2019 № 875',
    daysOff: ['01-01', '01-02', '01-03', '01-06', '01-07', '01-08', '02-24', '03-09', '05-01', '05-04', '05-05', '05-11', '06-12', '11-04'],
    workingWeekendDays: [],
    workingDays: 248,
  },
  // Постановление Правительства РФ от 10.10.2020 № 1648: 02.01 (сб) → 05.11 (пт), 03.01 (вс) → 31.12 (пт), 20.02 (сб) → 22.02 (пн).
  2021: {
    source: 'Постановление Правительства РФ от 10.10.2020 № 1648',
    daysOff: ['01-01', '01-04', '01-05', '01-06', '01-07', '01-08', '02-22', '02-23', '03-08', '05-03', '05-10', '06-14', '11-04', '11-05', '12-31'],
    workingWeekendDays: ['02-20'],
    workingDays: 247,
  },
  // Постановление Правительства РФ от 16.09.2021 № 1564: 01.01 (сб) → 03.05 (вт), 02.01 (вс) → 10.05 (вт), 05.03 (сб) → 07.03 (пн).
  2022: {
    source: 'Постановление Правительства РФ от 16.09.2021 № 1564',
    daysOff: ['01-03', '01-04', '01-05', '01-06', '01-07', '02-23', '03-07', '03-08', '05-02', '05-03', '05-09', '05-10', '06-13', '11-04'],
    workingWeekendDays: ['03-05'],
    workingDays: 247,
  },
  // Постановление Правительства РФ от 29.08.2022 № 1505: 01.01 (вс) → 24.02 (пт), 08.01 (вс) → 08.05 (пн).
  2023: {
    source: 'Постановление Правительства РФ от 29.08.2022 № 1505',
    daysOff: ['01-02', '01-03', '01-04', '01-05', '01-06', '02-23', '02-24', '03-08', '05-01', '05-08', '05-09', '06-12', '11-06'],
    workingWeekendDays: [],
    workingDays: 247,
  },
  // Постановление Правительства РФ от 10.08.2023 № 1314: 06.01 (сб) → 10.05 (пт), 07.01 (вс) → 31.12 (вт),
  // 27.04 (сб) → 29.04 (пн), 02.11 (сб) → 30.04 (вт), 28.12 (сб) → 30.12 (пн).
  2024: {
    source: 'Постановление Правительства РФ от 10.08.2023 № 1314',
    daysOff: [
      '01-01',
      '01-02',
      '01-03',
      '01-04',
      '01-05',
      '01-08',
      '02-23',
      '03-08',
      '04-29',
      '04-30',
      '05-01',
      '05-09',
      '05-10',
      '06-12',
      '11-04',
      '12-30',
      '12-31',
    ],
    workingWeekendDays: ['04-27', '11-02', '12-28'],
    workingDays: 248,
  },
  // Постановление Правительства РФ от 04.10.2024 № 1335: 04.01 (сб) → 02.05 (пт), 05.01 (вс) → 31.12 (ср),
  // 23.02 (вс) → 08.05 (чт), 08.03 (сб) → 13.06 (пт), 01.11 (сб) → 03.11 (пн). So 24.02 and 10.03 were working days.
  2025: {
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
    daysOff: ['01-01', '01-02', '01-03', '01-06', '01-07', '01-08', '05-01', '05-02', '05-08', '05-09', '06-12', '06-13', '11-03', '11-04', '12-31'],
    workingWeekendDays: ['11-01'],
    workingDays: 247,
  },
  // Постановление Правительства РФ от 24.09.2025 № 1466: 03.01 (сб) → 09.01 (пт), 04.01 (вс) → 31.12 (чт).
  // 09.03 and 11.05 by art. 112 (08.03 is a Sunday, 09.05 a Saturday).
  2026: {
    source: 'Постановление Правительства РФ от 24.09.2025 № 1466',
    daysOff: ['01-01', '01-02', '01-05', '01-06', '01-07', '01-08', '01-09', '02-23', '03-09', '05-01', '05-11', '06-12', '11-04', '12-31'],
    workingWeekendDays: [],
    workingDays: 247,
  },
  // Постановление Правительства РФ от 17.09.2026 № 1187: 02.01 (сб) → 05.11 (пт), 03.01 (вс) → 31.12 (пт), 20.02 (сб) → 22.02 (пн).
  // Taken from published copies of the decree; the total is our own count, no official norm was at hand.
  2027: {
    source: 'Постановление Правительства РФ от 17.09.2026 № 1187',
    daysOff: ['01-01', '01-04', '01-05', '01-06', '01-07', '01-08', '02-22', '02-23', '03-08', '05-03', '05-10', '06-14', '11-04', '11-05', '12-31'],
    workingWeekendDays: ['02-20'],
    workingDays: 247,
  },
};

/** Labour Code art. 112: the non-working holidays, as MM-DD, with their names. */
export const russianHolidays: Readonly<Record<string, string>> = {
  '01-01': 'Новогодние каникулы',
  '01-02': 'Новогодние каникулы',
  '01-03': 'Новогодние каникулы',
  '01-04': 'Новогодние каникулы',
  '01-05': 'Новогодние каникулы',
  '01-06': 'Новогодние каникулы',
  '01-07': 'Рождество Христово',
  '01-08': 'Новогодние каникулы',
  '02-23': 'День защитника Отечества',
  '03-08': 'Международный женский день',
  '05-01': 'Праздник Весны и Труда',
  '05-09': 'День Победы',
  '06-12': 'День России',
  '11-04': 'День народного единства',
};
