// The text around a plan table, line by line: stamps as schools write them
// (signed, by order, by protocol, unreadable), the title with its academic
// year or period, the signature under the table, the appendix line, motto,
// goal and tasks, and the academic year in a text or a file name.
import { describe, expect, it } from 'vitest';
import { findAcademicYear, normaliseName, readApprovals, readFrontMatter, readSignature, readTitle, type PlacedLine } from '../../src/import/around-table.js';

const lines = (...texts: string[]): PlacedLine[] => texts.map((text, index) => ({ text, place: { paragraph: index + 1 } }));
const approvals = (...texts: string[]) => readApprovals(lines(...texts));

describe('names', () => {
  it('puts the initials first, with their dots, whatever the document wrote', () => {
    expect(normaliseName('Л.В.Краснова.')).toBe('Л.В. Краснова');
    expect(normaliseName(' Л В Краснова ')).toBe('Л.В. Краснова');
    expect(normaliseName('Антюфеева Н.К.')).toBe('Н.К. Антюфеева');
    expect(normaliseName('Антюфеева Н. К')).toBe('Н.К. Антюфеева');
    expect(normaliseName('Директор школы')).toBe('Директор школы');
  });
});

describe('signed stamps', () => {
  it('reads the stamp word, the position over one or more lines, the name, the date and an order', () => {
    expect(
      approvals('УТВЕРЖДАЮ', 'Директор МБОУ', '«СОШ № 1»', '________ Е.Н. Филатова', '«30» августа 2023 г.', 'Приказ № 112-од от 29.08.2023 г.', 'План работы'),
    ).toEqual({
      approvals: [
        { stamp: 'УТВЕРЖДАЮ', position: 'Директор МБОУ\n«СОШ № 1»', name: 'Е.Н. Филатова', date: '2023-08-30', orderNumber: '112-од', orderDate: '2023-08-29' },
      ],
      rest: [{ text: 'План работы', place: { paragraph: 7 } }],
      incomplete: [],
    });
  });

  it('reads the position after the stamp word on its line, and a name on the position’s line', () => {
    expect(approvals('Согласовано: заместитель директора', 'О.П. Сидорова').approvals).toEqual([
      { stamp: 'СОГЛАСОВАНО', position: 'заместитель директора', name: 'О.П. Сидорова' },
    ]);
    expect(approvals('УТВЕРЖДАЮ', 'Директор: ___ Филатова Е.Н.').approvals).toEqual([{ stamp: 'УТВЕРЖДАЮ', position: 'Директор', name: 'Е.Н. Филатова' }]);
  });

  it('reads a year under blanks as the date, and blanks alone as no date', () => {
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', '« ___ » ________ 2023 г.').approvals[0]).toMatchObject({ date: 2023 });
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', '«__» ______ 20__ г.').approvals[0]).not.toHaveProperty('date');
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', '30.08.2023').approvals[0]).toMatchObject({ date: '2023-08-30' });
  });

  it('reads an order line right under the name when there is no date, and only an order line', () => {
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Пр. № 5 от 1 сентября 2023 г.').approvals[0]).toMatchObject({
      orderNumber: '5',
      orderDate: '2023-09-01',
    });
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Приказ №7').approvals[0]).toMatchObject({ orderNumber: '7' });
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Приказ №7;').approvals[0]).toMatchObject({ orderNumber: '7' });
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Приказ без номера').approvals[0]).not.toHaveProperty('orderNumber');
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Приказчик №7').approvals[0]).not.toHaveProperty('orderNumber');
    const used = approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Приказ №7 от 31.02.2023', 'План');
    expect(used.approvals[0]).toEqual({ stamp: 'УТВЕРЖДАЮ', position: 'Директор', name: 'Е.Н. Филатова', orderNumber: '7' });
    expect(used.rest.map((line) => line.text)).toEqual(['План']);
  });

  it('reads two stamps one after the other, each stopping at the next', () => {
    const read = approvals('СОГЛАСОВАНО', 'Председатель', 'О.П. Сидорова', 'УТВЕРЖДАЮ', 'Директор', 'Е.Н. Филатова');
    expect(read.approvals.map((a) => a.stamp)).toEqual(['СОГЛАСОВАНО', 'УТВЕРЖДАЮ']);
    expect(read.rest).toEqual([]);
  });

  it('names a stamp it cannot read, with the lines it takes, and never takes them for the title', () => {
    const read = approvals('УТВЕРЖДАЮ', 'Директор', 'без подписи', 'УТВЕРЖДАЮ', 'Завуч', '«30» августа 2023 г.', 'План работы');
    expect(read.approvals).toEqual([]);
    expect(read.incomplete).toEqual([
      { code: 'import-incomplete-approval', place: { paragraph: 1 }, text: 'УТВЕРЖДАЮ / Директор / без подписи' },
      { code: 'import-incomplete-approval', place: { paragraph: 4 }, text: 'УТВЕРЖДАЮ / Завуч / «30» августа 2023 г.' },
    ]);
    expect(read.rest.map((line) => line.text)).toEqual(['План работы']);
  });

  it('does not read a name with nothing above it as a signed stamp', () => {
    const read = approvals('УТВЕРЖДАЮ', 'Е.Н. Филатова', 'План');
    expect(read.approvals).toEqual([]);
    expect(read.incomplete[0]!.text).toBe('УТВЕРЖДАЮ / Е.Н. Филатова');
  });

  it('reads no more than eight lines of position', () => {
    const long = approvals('УТВЕРЖДАЮ', ...Array.from({ length: 8 }, (_, i) => `строка ${i + 1}`), 'Е.Н. Филатова');
    expect(long.approvals).toEqual([]);
    const fits = approvals('УТВЕРЖДАЮ', ...Array.from({ length: 7 }, (_, i) => `строка ${i + 1}`), 'Е.Н. Филатова');
    expect(fits.approvals).toHaveLength(1);
  });

  it('takes a word that only starts like a stamp for text', () => {
    expect(approvals('Утверждающий документ', 'Принятие решений').rest.map((line) => line.text)).toEqual(['Утверждающий документ', 'Принятие решений']);
  });
});

describe('stamps by order or protocol', () => {
  it('reads an order with its date before or after its number, over several lines', () => {
    expect(approvals('УТВЕРЖДЕН', 'приказом директора', 'от 30.08.2023 г. № 01-10/96').approvals).toEqual([
      { stamp: 'УТВЕРЖДЁН', order: 'приказом директора', orderDate: '2023-08-30', orderNumber: '01-10/96' },
    ]);
    expect(approvals('Утверждена приказом № 45 от 30 августа 2023 года').approvals).toEqual([
      { stamp: 'УТВЕРЖДЕНА', order: 'приказом', orderDate: '2023-08-30', orderNumber: '45' },
    ]);
    expect(approvals('УТВЕРЖДЕНО', 'приказом от 30.08.2023 № 7.').approvals).toEqual([
      { stamp: 'УТВЕРЖДЕНО', order: 'приказом', orderDate: '2023-08-30', orderNumber: '7' },
    ]);
    expect(approvals('УТВЕРЖДЕНЫ приказом от 30.08.2023 № 7').approvals[0]).toMatchObject({ stamp: 'УТВЕРЖДЁН' });
  });

  it('does not read an order whose date does not exist, nor an order for a signed stamp', () => {
    expect(approvals('УТВЕРЖДЕН', 'приказом от 31.02.2023 № 7').approvals).toEqual([]);
    expect(approvals('СОГЛАСОВАНО приказом от 30.08.2023 № 7').approvals).toEqual([]);
  });

  it('reads a protocol, with or without its date, for the stamps of a meeting', () => {
    expect(approvals('РАССМОТРЕНО', 'на заседании ШМО,', 'протокол № 1 от 28.08.2023 г.').approvals).toEqual([
      { stamp: 'РАССМОТРЕНО', meeting: 'на заседании ШМО', protocolNumber: '1', protocolDate: '2023-08-28' },
    ]);
    expect(approvals('ПРИНЯТ на педсовете протоколом №3').approvals).toEqual([{ stamp: 'ПРИНЯТО', meeting: 'на педсовете', protocolNumber: '3' }]);
    expect(approvals('Принята на педсовете, протокол № 3').approvals[0]).toMatchObject({ stamp: 'ПРИНЯТО' });
    expect(approvals('УТВЕРЖДЕНО на педсовете, протокол № 3 от 31.02.2023').approvals).toEqual([
      { stamp: 'УТВЕРЖДЕНО', meeting: 'на педсовете', protocolNumber: '3' },
    ]);
    expect(approvals('УТВЕРЖДЁН на педсовете, протокол № 3').approvals).toEqual([]);
  });

  it('reads an order over at most six lines after the stamp', () => {
    const filler = (count: number) => Array.from({ length: count }, () => 'приказом');
    expect(approvals('УТВЕРЖДЕН', ...filler(5), 'от 30.08.2023 № 7').approvals).toHaveLength(1);
    expect(approvals('УТВЕРЖДЕН', ...filler(6), 'от 30.08.2023 № 7').approvals).toHaveLength(0);
  });

  it('takes the lines of an unread stamp up to its date or signatory, and one more for a date or order under it', () => {
    expect(approvals('РАССМОТРЕНО', 'на заседании', '30.08.2023', 'Приказ № 5', 'План').incomplete[0]!.text).toBe(
      'РАССМОТРЕНО / на заседании / 30.08.2023 / Приказ № 5',
    );
    expect(approvals('РАССМОТРЕНО', 'на заседании', 'Е.Н. Филатова', 'План').incomplete[0]!.text).toBe('РАССМОТРЕНО / на заседании / Е.Н. Филатова');
    expect(approvals('РАССМОТРЕНО', 'Приказ № 5', '«__» ____ 20__ г.', 'План').incomplete[0]!.text).toBe('РАССМОТРЕНО / Приказ № 5 / «__» ____ 20__ г.');
    expect(approvals('РАССМОТРЕНО', 'a', 'b', 'c', 'd', 'e', '30.08.2023').incomplete[0]!.text).toBe('РАССМОТРЕНО');
    expect(approvals('РАССМОТРЕНО', 'a', 'b', 'c', 'd', '30.08.2023').incomplete[0]!.text).toBe('РАССМОТРЕНО / a / b / c / d / 30.08.2023');
    expect(approvals('РАССМОТРЕНО', 'a', 'СОГЛАСОВАНО').incomplete.map((note) => note.text)).toEqual(['РАССМОТРЕНО / a', 'СОГЛАСОВАНО']);
    expect(approvals('РАССМОТРЕНО', '5 мая 2023').incomplete[0]!.text).toBe('РАССМОТРЕНО / 5 мая 2023');
  });
});

describe('the title', () => {
  it('takes out the academic year, written any way schools write it', () => {
    expect(readTitle(['План работы', 'на 2023-2024 учебный год'])).toEqual({ title: 'План работы', academicYear: '2023-2024' });
    expect(readTitle(['План работы на 2023/24 уч. год'])).toEqual({ title: 'План работы', academicYear: '2023-2024' });
    expect(readTitle(['План работы в 2023 – 2024 гг. учебном году.'])).toEqual({ title: 'План работы', academicYear: '2023-2024' });
    expect(readTitle(['План, на 2023—2024 учебного года'])).toEqual({ title: 'План', academicYear: '2023-2024' });
    expect(readTitle(['План на 1999-00 учебный год'])).toEqual({ title: 'План на 1999-00 учебный год' });
  });

  it('keeps years that do not follow each other in the title', () => {
    expect(readTitle(['План на 2023-2025 учебный год'])).toEqual({ title: 'План на 2023-2025 учебный год' });
  });

  it('takes out a period with real dates, and keeps one with a date that does not exist', () => {
    expect(readTitle(['План работы на период с 1 сентября 2023 г. по 31.05.2024'])).toEqual({
      title: 'План работы',
      period: { from: '2023-09-01', to: '2024-05-31' },
    });
    expect(readTitle(['План на период с 1 сентября 2023 по 31.02.2024']).period).toBeUndefined();
    expect(readTitle(['План на период с 31.02.2023 по 1.03.2024']).period).toBeUndefined();
  });

  it('drops empty lines and the spaces round them', () => {
    expect(readTitle(['  План ', '', ' работы '])).toEqual({ title: 'План\nработы' });
  });
});

describe('the signature', () => {
  it('reads the last line that ends with a name, with the position on its line or the lines above', () => {
    expect(readSignature(lines('Директор школы ______ Е.Н. Филатова'))).toEqual({ signature: { position: 'Директор школы', name: 'Е.Н. Филатова' }, rest: [] });
    const above = readSignature(lines('Примечание', '', 'Заместитель директора', 'по воспитательной работе:', '', 'О.П. Сидорова', 'конец'));
    expect(above.signature).toEqual({ position: 'Заместитель директора\nпо воспитательной работе', name: 'О.П. Сидорова' });
    expect(above.rest.map((line) => line.text)).toEqual(['Примечание', '', 'конец']);
  });

  it('takes at most four lines of position, and none of 80 characters or more, nor a stamp', () => {
    const five = readSignature(lines('a', 'b', 'c', 'd', 'e', 'О.П. Сидорова'));
    expect(five.signature?.position).toBe('b\nc\nd\ne');
    expect(five.rest.map((line) => line.text)).toEqual(['a']);
    expect(readSignature(lines('Д'.repeat(80), 'О.П. Сидорова')).signature).toBeUndefined();
    expect(readSignature(lines('Д'.repeat(79), 'О.П. Сидорова')).signature?.position).toBe('Д'.repeat(79));
    expect(readSignature(lines('УТВЕРЖДАЮ', 'О.П. Сидорова')).signature).toBeUndefined();
  });

  it('reads a tab as a space, and skips a name with no position above for an earlier one', () => {
    expect(readSignature(lines('Директор\t\tЕ.Н. Филатова')).signature).toEqual({ position: 'Директор', name: 'Е.Н. Филатова' });
    const earlier = readSignature(lines('Директор ___ Е.Н. Филатова', 'О.П. Сидорова'));
    expect(earlier.signature).toEqual({ position: 'Директор', name: 'Е.Н. Филатова' });
    expect(readSignature(lines('О.П. Сидорова')).signature).toBeUndefined();
    expect(readSignature(lines('___', 'О.П. Сидорова')).signature).toBeUndefined();
  });

  it('reads a name between slashes or brackets, and a name written surname first', () => {
    expect(readSignature(lines('Директор ________ /И.И. Иванова/')).signature).toEqual({ position: 'Директор', name: 'И.И. Иванова' });
    expect(readSignature(lines('Директор (Иванова И.И.)')).signature).toEqual({ position: 'Директор', name: 'И.И. Иванова' });
    expect(readSignature(lines('Директор ИИ Иванова-Петрова')).signature).toEqual({ position: 'Директор', name: 'И.И. Иванова-Петрова' });
  });
});

describe('the front matter', () => {
  it('takes the appendix line and the lines under it up to an empty line', () => {
    const read = readFrontMatter(lines('Приложение № 2', 'к приказу от 30.08.2023 № 5', '', 'План'));
    expect(read.front).toEqual({ appendixTo: 'Приложение № 2\nк приказу от 30.08.2023 № 5' });
    expect(read.rest.map((line) => line.text)).toEqual(['', 'План']);
    expect(readFrontMatter(lines('Приложение')).front).toEqual({ appendixTo: 'Приложение' });
    expect(readFrontMatter(lines('Приложения к плану')).front).toEqual({});
  });

  it('takes a year’s motto, and only that line', () => {
    expect(readFrontMatter(lines('2025 год – Год защитника Отечества', 'План')).front).toEqual({ epigraph: '2025 год – Год защитника Отечества' });
    expect(readFrontMatter(lines('«Год педагога и наставника»', 'Год семьи')).front).toEqual({ epigraph: '«Год педагога и наставника»\nГод семьи' });
    expect(readFrontMatter(lines('Годовой план')).front).toEqual({});
  });

  it('takes the goal over its lines, and the tasks one by one', () => {
    const read = readFrontMatter(
      lines('Цель работы: создание условий', 'для воспитания', 'Задачи:', '1. Первая;', '', '2. Вторая', 'с продолжением.', 'Третья', 'План'),
    );
    expect(read.front).toEqual({ goal: 'создание условий\nдля воспитания', tasks: ['Первая;', 'Вторая с продолжением.'] });
    expect(read.rest.map((line) => line.text)).toEqual(['Третья', 'План']);
  });

  it('reads tasks listed on the line of «Задачи», and after a task ending in «;» or «,»', () => {
    expect(readFrontMatter(lines('Задачи методического объединения: 1. Первая. 2) Вторая.')).front.tasks).toEqual(['Первая.', 'Вторая.']);
    expect(readFrontMatter(lines('Задачи:', 'Первая,', 'Вторая', 'Третья')).front.tasks).toEqual(['Первая,', 'Вторая']);
    expect(readFrontMatter(lines('Задачи:', '– первая', '• вторая')).front.tasks).toEqual(['первая', 'вторая']);
    expect(readFrontMatter(lines('Задачи:', 'первая', 'вторая.', 'третья')).front.tasks).toEqual(['первая вторая.', 'третья']);
    expect(readFrontMatter(lines('Задачи:', 'План')).front).toEqual({ tasks: ['План'] });
    expect(readFrontMatter(lines('Задачи:', 'УТВЕРЖДАЮ')).front).toEqual({});
  });

  it('reads a goal with nothing after its colon, and the goal on the next lines', () => {
    expect(readFrontMatter(lines('Цель:', 'воспитание')).front).toEqual({ goal: 'воспитание' });
    expect(readFrontMatter(lines('Цели и задачи работы – воспитание')).front).toEqual({ goal: 'воспитание' });
  });

  it('ends a part at a stamp, and keeps the stamp for the stamps', () => {
    const read = readFrontMatter(lines('Цель: воспитание', 'УТВЕРЖДАЮ', 'Директор'));
    expect(read.front).toEqual({ goal: 'воспитание' });
    expect(read.rest.map((line) => line.text)).toEqual(['УТВЕРЖДАЮ', 'Директор']);
  });
});

describe('the academic year in a text or a file name', () => {
  it('needs «учебный» in a text, and years that follow each other', () => {
    expect(findAcademicYear('на 2025-2026 учебный год')).toBe('2025-2026');
    expect(findAcademicYear('на 2025/26 уч. год')).toBe('2025-2026');
    expect(findAcademicYear('2025 – 2026 гг. учебного года')).toBe('2025-2026');
    expect(findAcademicYear('в 2025-2026 годах')).toBeUndefined();
    expect(findAcademicYear('на 2025-2027 учебный год')).toBeUndefined();
    expect(findAcademicYear('12025-2026 учебный')).toBeUndefined();
    expect(findAcademicYear('1899-1900 учебный')).toBeUndefined();
    expect(findAcademicYear('1999-2000 учебный')).toBe('1999-2000');
  });

  it('takes two years that follow each other anywhere in a file name', () => {
    expect(findAcademicYear('План_2025-2026.docx', true)).toBe('2025-2026');
    expect(findAcademicYear('План_2025_26.docx', true)).toBe('2025-2026');
    expect(findAcademicYear('План 2025.2026', true)).toBe('2025-2026');
    expect(findAcademicYear('План_2025-2026.docx')).toBeUndefined();
    expect(findAcademicYear('План_2025-20261.docx', true)).toBeUndefined();
  });
});

describe('the edges of names, stamps, signatures and tasks', () => {
  it('turns a name surname first only when it is the whole text, with any spaces', () => {
    expect(normaliseName('Антюфеева  Н.К.')).toBe('Н.К. Антюфеева');
    expect(normaliseName(' Антюфеева Н.К. ')).toBe('Н.К. Антюфеева');
    expect(normaliseName(' Директор школы ')).toBe('Директор школы');
    expect(normaliseName('Мария Антюфеева Н.К.')).toBe('Мария Антюфеева Н.К.');
    expect(normaliseName('Антюфеева Н.К. ст')).toBe('Антюфеева Н.К. ст');
  });

  it('reads initials and surname in brackets of their own', () => {
    expect(readSignature(lines('Директор ___ (НК)(Антюфеева)')).signature).toEqual({ position: 'Директор', name: 'Н.К. Антюфеева' });
  });

  it('reads «УТВЕРЖДЁН» with its «ё» by order, and an order line in capitals', () => {
    expect(approvals('УТВЕРЖДЁН приказом директора от 29.08.2025 № 112-од').approvals).toEqual([
      { stamp: 'УТВЕРЖДЁН', order: 'приказом директора', orderDate: '2025-08-29', orderNumber: '112-од' },
    ]);
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'ПРИКАЗ № 5 ОТ 01.09.2025').approvals[0]).toMatchObject({
      orderNumber: '5',
      orderDate: '2025-09-01',
    });
  });

  it('keeps the stops inside an order’s number, drops the one ending it, and reads no number of stops alone', () => {
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Приказ № 01.10/96.').approvals[0]).toMatchObject({ orderNumber: '01.10/96' });
    expect(approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Приказ № .').approvals[0]).not.toHaveProperty('orderNumber');
  });

  it('reads a meeting written with tabs with single spaces', () => {
    expect(approvals('Утверждено на заседании\t\tпедагогического совета, протокол № 1 от 30.08.2025').approvals).toEqual([
      { stamp: 'УТВЕРЖДЕНО', meeting: 'на заседании педагогического совета', protocolNumber: '1', protocolDate: '2025-08-30' },
    ]);
  });

  it('takes a stamp it cannot read up to a date line of blanks', () => {
    expect(approvals('РАССМОТРЕНО', 'на заседании', '«__» ______ 20__ г.', 'План').incomplete[0]!.text).toBe(
      'РАССМОТРЕНО / на заседании / «__» ______ 20__ г.',
    );
  });

  it('takes no lines above a signature across an empty line when the position is on the name’s line', () => {
    const read = readSignature(lines('Исполнитель:', '', 'Методист ___ И.И. Петрова'));
    expect(read.signature).toEqual({ position: 'Методист', name: 'И.И. Петрова' });
    expect(read.rest.map((line) => line.text)).toEqual(['Исполнитель:', '']);
  });

  it('reads a position with tabs between its words with single spaces, and leaves a sentence above it in the text', () => {
    expect(readSignature(lines('Руководитель\t\tцентра ___ Т.А. Иванова')).signature).toEqual({ position: 'Руководитель центра', name: 'Т.А. Иванова' });
    const read = readSignature(lines('Проведён семинар.', 'Зам. директора по ВР', '____ О.П. Сидорова'));
    expect(read.signature).toEqual({ position: 'Зам. директора по ВР', name: 'О.П. Сидорова' });
    expect(read.rest.map((line) => line.text)).toEqual(['Проведён семинар.']);
  });

  it('ends the tasks at a stamp, which stays for the stamps', () => {
    const read = readFrontMatter(lines('Задачи:', '1. Первая;', 'УТВЕРЖДАЮ', 'продолжение'));
    expect(read.front).toEqual({ tasks: ['Первая;'] });
    expect(read.rest.map((line) => line.text)).toEqual(['УТВЕРЖДАЮ', 'продолжение']);
  });

  it('starts a task only after one ending in «;» or «,», and carries a lower-case line on after a stop inside a task', () => {
    const read = readFrontMatter(lines('Задачи:', '1. Развивать, поддерживать', 'План работы'));
    expect(read.front).toEqual({ tasks: ['Развивать, поддерживать'] });
    expect(read.rest.map((line) => line.text)).toEqual(['План работы']);
    expect(readFrontMatter(lines('Задачи:', '1. Развивать т.д. навыки', 'и умения')).front).toEqual({ tasks: ['Развивать т.д. навыки и умения'] });
  });

  it('splits tasks on one line before a number of two digits too', () => {
    expect(readFrontMatter(lines('Задачи: 9. Девятая. 10. Десятая.')).front.tasks).toEqual(['Девятая.', 'Десятая.']);
  });
});

describe('where a signed stamp stops', () => {
  it('stops at the next stamp word or at a date before any name, and names the stamp it could not read', () => {
    const two = approvals('СОГЛАСОВАНО', 'Зам. директора', 'УТВЕРЖДАЮ', 'Директор', '___ Е.Н. Филатова');
    expect(two.approvals).toEqual([{ stamp: 'УТВЕРЖДАЮ', position: 'Директор', name: 'Е.Н. Филатова' }]);
    expect(two.incomplete.map((note) => note.text)).toEqual(['СОГЛАСОВАНО / Зам. директора']);
    const dated = approvals('СОГЛАСОВАНО', 'Зам. директора', '30.08.2025', 'Е.Н. Филатова');
    expect(dated.approvals).toEqual([]);
    expect(dated.incomplete.map((note) => note.text)).toEqual(['СОГЛАСОВАНО / Зам. директора / 30.08.2025']);
  });

  it('reads an order line only when it starts with «Приказ» or «Пр.»', () => {
    const read = approvals('УТВЕРЖДАЮ', 'Директор', '____ Е.Н. Филатова', 'Согласно пр. № 7', 'План');
    expect(read.approvals[0]).not.toHaveProperty('orderNumber');
    expect(read.rest.map((line) => line.text)).toEqual(['Согласно пр. № 7', 'План']);
  });

  it('splits tasks on one line at a run of tabs as at a space', () => {
    expect(readFrontMatter(lines('Задачи: 1. Первая.\t\t2. Вторая.')).front.tasks).toEqual(['Первая.', 'Вторая.']);
  });
});
