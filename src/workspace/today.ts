import { isoDate, parseIsoDate, type IsoDate } from '../schema/iso-date.js';
import type { WorkspaceContext } from './context.js';

/** Today in the user's time zone, as YYYY-MM-DD; CENTRE_TODAY overrides it (for scripts and tests). */
export function today(ctx: WorkspaceContext): IsoDate {
  const fixed = ctx.env.CENTRE_TODAY;
  const date = fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? parseIsoDate(fixed) : undefined;
  if (date) return date;
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
