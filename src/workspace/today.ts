import type { WorkspaceContext } from './context.js';

/** Today in the user's time zone, as YYYY-MM-DD; CENTRE_TODAY overrides it (for scripts and tests). */
export function today(ctx: WorkspaceContext): string {
  const fixed = ctx.env.CENTRE_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
