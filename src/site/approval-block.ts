// The approval stamps of a plan or a document on its page, as the DOCX prints
// them: СОГЛАСОВАНО on the left, УТВЕРЖДАЮ (and the others) on the right.
import { approvalLines } from '../docs/approval-lines.js';
import { typeset } from '../text/typography.js';
import type { Approval } from '../schema/plan.js';
import { html, type Html } from './html.js';

function approvalBlock(approval: Approval): Html {
  // a page is not signed by hand: the name without its signature line, and no date left blank for a pen
  const { lines, signature } = approvalLines(approval);
  const shown = lines.map((line, index) => (index === signature && 'name' in approval ? approval.name : line)).filter((line) => !line.includes('___'));
  return html`<p class="approval">${shown.map((line, index) => html`${index ? html`<br>` : ''}${typeset(line)}`)}</p>`;
}

export function approvalBlocks(approvals: readonly Approval[]): Html {
  const left = approvals.filter((approval) => approval.stamp === 'СОГЛАСОВАНО');
  const right = approvals.filter((approval) => approval.stamp !== 'СОГЛАСОВАНО');
  return html`<div class="approvals">${left.length ? html`<div class="approvals-left">${left.map(approvalBlock)}</div>` : ''}${right.length ? html`<div class="approvals-right">${right.map(approvalBlock)}</div>` : ''}</div>`;
}
