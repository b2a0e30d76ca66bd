// The printed lines of an approval stamp, for the DOCX and the site alike
// (no docx here: the site must not load it).
import { dateParts, type IsoDate } from '../schema/iso-date.js';
import type { Approval } from '../schema/plan.js';
import { formatDateLong, formatDateNumeric, NBSP, typesetLines } from '../text/typography.js';

const SIGNATURE_LINE = '________________';
const BLANK_DAY_MONTH = `«${NBSP}___${NBSP}»${NBSP}________`;

/** The date line of a signed stamp: the full date, blanks with the year, or blanks with «20__». */
export function approvalDateLine(date: IsoDate | number | undefined): string {
  if (typeof date === 'number') return `${BLANK_DAY_MONTH}${NBSP}${date}${NBSP}г.`;
  return date === undefined ? `${BLANK_DAY_MONTH}${NBSP}20__${NBSP}г.` : formatDateLong(dateParts(date));
}

const numericDate = (date: IsoDate) => formatDateNumeric(dateParts(date));

/** «от 30.08.2023 № 01-10/96», «№ 01-10/96» when the date is not known. */
function orderReference(number: string, date: IsoDate | undefined): string {
  return date === undefined ? `№${NBSP}${number}` : `от ${numericDate(date)} №${NBSP}${number}`;
}

/** The printed lines of one stamp, in order; the index of the signature line (or -1). */
export function approvalLines(approval: Approval): { lines: string[]; signature: number } {
  if ('position' in approval) {
    const position = typesetLines(approval.position);
    const lines = [approval.stamp, ...position, `${SIGNATURE_LINE} ${approval.name}`, approvalDateLine(approval.date)];
    if (approval.orderNumber !== undefined) {
      lines.push(`Приказ №${NBSP}${approval.orderNumber}${approval.orderDate === undefined ? '' : ` от ${numericDate(approval.orderDate)}${NBSP}г.`}`);
    }
    return { lines, signature: position.length + 1 };
  }
  if (approval.order !== undefined && approval.orderNumber !== undefined) {
    return { lines: [approval.stamp, ...typesetLines(approval.order), orderReference(approval.orderNumber, approval.orderDate)], signature: -1 };
  }
  const meeting = 'meeting' in approval && approval.meeting !== undefined ? typesetLines(approval.meeting) : [];
  const protocol = 'protocolNumber' in approval ? approval.protocolNumber : undefined;
  const dated = 'protocolDate' in approval && approval.protocolDate !== undefined ? ` от ${numericDate(approval.protocolDate)}` : '';
  return { lines: [approval.stamp, ...meeting, `протокол №${NBSP}${protocol ?? ''}${dated}`], signature: -1 };
}
