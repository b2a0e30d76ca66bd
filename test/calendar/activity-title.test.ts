import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityTitle } from '../../src/calendar/activity-title.js';

describe('the one-line name of an activity', () => {
  it('keeps a list the first line introduces, run into the line', () => {
    expect(activityTitle('Консультирование по вопросам воспитания:\n- планирование работы с классом;\n- взаимодействие с родителями')).toBe(
      'Консультирование по вопросам воспитания: планирование работы с классом; взаимодействие с родителями',
    );
    expect(activityTitle('Обобщение практик муниципальной системы воспитания:\n- МОБУ «Елшанская Первая СОШ»')).toBe(
      'Обобщение практик муниципальной системы воспитания: МОБУ «Елшанская Первая СОШ»',
    );
  });

  it('is the first line when the first line does not introduce a list, and never ends with a bare colon', () => {
    expect(activityTitle('Вебинар\nпродолжение описания')).toBe('Вебинар');
    expect(activityTitle('Семинар:')).toBe('Семинар');
    expect(activityTitle('  Совещание  ')).toBe('Совещание');
  });

  it('holds every point of the list and no list marks (property)', () => {
    const word = fc.stringMatching(/^[а-я]{1,8}( [а-я]{1,8}){0,3}$/);
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 6 }), (head, points) => {
        const title = activityTitle(`${head}:\n${points.map((point) => `- ${point};`).join('\n')}`);
        expect(title.startsWith(`${head}: `)).toBe(true);
        for (const point of points) expect(title).toContain(point);
        expect(title).not.toMatch(/\n|(^|\s)- /);
      }),
    );
  });
});
