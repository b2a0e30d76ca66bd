// Development aid: prints how one phrase is read: node dist-dev/read.mjs "phrase" [first year]
import { readingData } from '../src/calendar/reader/reading-json.js';
import { russianCalendar } from '../src/calendar/working-days.js';

const first = Number(process.argv[3] ?? 2023);
const { reading, data } = readingData(process.argv[2]!, { period: { start: `${first}-09-01`, end: `${first + 1}-08-31` } }, russianCalendar());
console.log(JSON.stringify(data ?? reading, (key, value) => (key === 'dates' && Array.isArray(value) ? value.slice(0, 5) : value)));
