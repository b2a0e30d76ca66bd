// The approval stamps of a plan or a document on its page, as the DOCX prints
// them: СОГЛАСОВАНО on the left, УТВЕРЖДАЮ (and the others) on the right.
import { approvalLines } from '../docs/approval-lines.js';
import { typeset } from '../docs/typography.js';
import type { Approval } from '../schema/plan.js';
import { html, type Html } from './html.js';

function approvalBlock(approval: Approval): Html {
  // a page is not signed by hand: the name without its signature line, and no date left blank for a pen
  const { lines, signature } = approvalLines(approval);
  const shown = lines.map((line, index) => (index === signature && 'name' in approval ? approval.name : line)).filter((line) => !line.includes('___'));
  const side = approval.stamp === 'СОГЛАСОВАНО' ? 'approval approval-left' : 'approval';
  return html`<p class="${side}">${shown.map((line, index) => html`${index ? html`<br>` : ''}${typeset(line)}`)}</p>`;
}

export function approvalBlocks(approvals: readonly Approval[]): Html {
  return html`<div class="approvals">${approvals.map(approvalBlock)}</div>`;
}
