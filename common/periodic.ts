import type { Logger } from './logger.ts';

/**
 * Runs `task` now and then every `intervalMs` in the background (the timer never keeps the process alive),
 * never two at once; a failure is logged as a warning with `op` and retried at the next tick. Returns stop().
 */
export function startPeriodic(task: () => Promise<void>, opts: { intervalMs: number; logger: Logger; op: string }): () => void {
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    task().catch((e: unknown) => opts.logger.warn({ op: opts.op, outcome: 'failed', err: e instanceof Error ? e.message : String(e) }, `${opts.op} failed; retrying later`))
      .finally(() => { running = false; });
  };
  tick();
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
