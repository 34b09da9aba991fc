import type { MesContext } from '../context.ts';

/** The window of the argument-free `recent*` fields the interpretation subgraph @requires. */
export const recentDays = 14;
/** At most this many rows per recent list (14 days at 5 minutes is 4032). */
export const recentCap = 4100;
/** Recent samples are asked at this step or coarser. */
export const recentStepSec = 300;

/**
 * [end − 14 days, end) where end is the MES server clock rounded down to the minute: the MES's "now", not
 * ours (a skewed or simulated MES clock must not empty the window), rounded so repeated reads share a cache key.
 */
export async function recentWindow(ctx: MesContext): Promise<{ fromMs: number; toMs: number }> {
  const info = await ctx.loaders.serverInfo();
  const toMs = Math.floor(info.serverTimeMs / 60_000) * 60_000;
  return { fromMs: toMs - recentDays * 86_400_000, toMs };
}
