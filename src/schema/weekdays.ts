// The short weekday names of `schedule: {weekdays: [...]}`, Monday first: a
// module of their own, so that the timing reader has them without zod.

export const weekdayNames = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'] as const;
