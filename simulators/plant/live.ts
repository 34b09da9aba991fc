/**
 * Live mode: keeps the demo plant producing data in (accelerated) real time by continuing the same
 * simulation the history came from (generate.ts advancePlant), so live data follow the same dynamics
 * and the same seed + the same plant-clock times give the same data, however the ticks fall.
 */
import { advancePlant, plantNowMs, type PlantAppend } from './generate.ts';
import type { Plant } from './plant-types.ts';

export interface LiveOptions {
  /** Plant seconds per wall second (1 = real time, 60 = one plant hour per wall minute). Must be > 0. */
  readonly speed: number;
  /** Wall milliseconds between advances; default 1000. */
  readonly tickMs?: number;
  /** Called after each advance that appended anything, with what was appended. */
  readonly onAppend?: (batch: PlantAppend) => void;
  /** Wall clock in ms (injectable for tests); default performance.now. */
  readonly wallClockMs?: () => number;
}

export interface LivePlant {
  /** Current plant-clock time, epoch ms: the plant's clock when started + elapsed wall time × speed. */
  nowMs(): number;
  /** Advances the plant to nowMs() immediately (also what each tick does) and returns what was appended. */
  tick(): PlantAppend;
  /** Stops the ticking; the plant keeps what was generated. Idempotent. */
  stop(): void;
}

/**
 * Starts advancing `plant` (from generatePlant) on a timer. The plant clock starts where the plant's
 * history ends (its anchor, or where an earlier live run stopped). The timer is unref'd, so it never
 * keeps a process alive on its own. Throws on a non-positive speed or tickMs.
 */
export function startLivePlant(plant: Plant, options: LiveOptions): LivePlant {
  const { speed } = options;
  const tickMs = options.tickMs ?? 1000;
  if (!(speed > 0) || !Number.isFinite(speed)) throw new Error(`startLivePlant: speed must be a positive number (got ${speed})`);
  if (!(tickMs > 0)) throw new Error(`startLivePlant: tickMs must be positive (got ${tickMs})`);
  const wall = options.wallClockMs ?? (() => performance.now());
  const plantStart = plantNowMs(plant);
  const wallStart = wall();
  const nowMs = (): number => plantStart + (wall() - wallStart) * speed;
  const tick = (): PlantAppend => {
    const batch = advancePlant(plant, nowMs());
    if (batch.toMs > batch.fromMs) options.onAppend?.(batch);
    return batch;
  };
  const timer = setInterval(tick, tickMs);
  timer.unref();
  let stopped = false;
  return {
    nowMs,
    tick,
    stop: () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
    },
  };
}
