import { setTimeout as sleep } from 'node:timers/promises';
import CircuitBreaker from 'opossum';
import pLimit from 'p-limit';
import { Code, errorCode, plantError } from './errors.ts';
import type { Logger } from './logger.ts';
import { boolEnv, intEnv } from './env.ts';
import type { Env } from './env.ts';

/**
 * Per-source protection for upstream READS (every call PlantGraph makes upstream is a read), in this order:
 *   retry ( bulkhead ( breaker ( attempt ) ) )
 * - Bulkhead (p-limit): at most `maxConcurrent` calls to the source at once; up to `maxQueue` more wait; past that
 *   a call fails fast with the source's UNAVAILABLE code and `detail.bulkhead: 'full'`. One slow system then holds
 *   a bounded number of sockets and promises, not the whole process.
 * - Circuit breaker (opossum): opens when more than `errorThresholdPercentage` of the calls in the rolling
 *   `windowMs` failed (once at least `volumeThreshold` calls were made); while open, calls fail fast with the
 *   source's UNAVAILABLE code and `detail.breaker: 'open'`; after `resetTimeoutMs` one probe goes through
 *   (half-open) and closes it on success. Every failed attempt counts, whatever its code: a source answering
 *   garbage or faults is as unhealthy as one that does not answer.
 * - Retry: an attempt failing with `extensions.retryable: true` is retried up to `retries` times after a full-jitter
 *   exponential backoff (random in [0, min(maxDelay, base·2^n))). A breaker or bulkhead rejection is not retried.
 * Attempts must translate their own errors to coded GraphQLErrors; the guard does not re-wrap them.
 */
export interface UpstreamPolicy {
  readonly maxConcurrent: number;
  readonly maxQueue: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly breaker: {
    readonly enabled: boolean;
    readonly errorThresholdPercentage: number;
    readonly volumeThreshold: number;
    readonly windowMs: number;
    readonly resetTimeoutMs: number;
  };
}

export type UpstreamSource = 'ERP' | 'MES' | 'CMMS';
export type BreakerState = 'closed' | 'open' | 'halfOpen';

export interface UpstreamGuard {
  /**
   * Runs `attempt` under the policy. `isFailure` marks a resolved value as a failure for the breaker (e.g. an
   * HTTP 503 the caller handles itself); such a value is still returned, and not retried here.
   */
  run<T>(op: string, attempt: () => Promise<T>, opts?: { readonly retry?: boolean; readonly isFailure?: (v: T) => boolean }): Promise<T>;
  breakerState(): BreakerState;
  stats(): { readonly active: number; readonly queued: number; readonly breakerOpens: number; readonly rejected: number; readonly retries: number };
  /** Stops the breaker's window timer. */
  close(): void;
}

const unavailable: Readonly<Record<UpstreamSource, Code>> = { ERP: Code.ERP_UNAVAILABLE, MES: Code.MES_UNAVAILABLE, CMMS: Code.CMMS_UNAVAILABLE };

/** Carries a resolved-but-failed value through opossum so it counts as a failure. */
class FailedValue { readonly v: unknown; constructor(v: unknown) { this.v = v; } }

function isRejection(e: unknown): boolean {
  const d = (e as { extensions?: { detail?: { breaker?: unknown; bulkhead?: unknown } } } | null)?.extensions?.detail;
  return d?.breaker !== undefined || d?.bulkhead !== undefined;
}

function isRetryable(e: unknown): boolean {
  const ext = (e as { extensions?: { retryable?: unknown; detail?: { breaker?: unknown; bulkhead?: unknown } } } | null)?.extensions;
  return ext?.retryable === true && ext.detail?.breaker === undefined && ext.detail?.bulkhead === undefined;
}

/** Defaults chosen for plant systems on a LAN; each subgraph's config.ts reads `<SYS>_*` env over them. */
export const defaultUpstreamPolicy: UpstreamPolicy = Object.freeze({
  maxConcurrent: 8,
  maxQueue: 200,
  retries: 1,
  retryBaseDelayMs: 100,
  retryMaxDelayMs: 2000,
  breaker: Object.freeze({ enabled: true, errorThresholdPercentage: 50, volumeThreshold: 5, windowMs: 10_000, resetTimeoutMs: 15_000 }),
});

export function createUpstreamGuard(source: UpstreamSource, policy: UpstreamPolicy, deps: { logger: Logger; random?: () => number }): UpstreamGuard {
  const { logger } = deps;
  const random = deps.random ?? Math.random;
  const limit = pLimit(policy.maxConcurrent);
  let breakerOpens = 0, rejected = 0, retries = 0;
  const breaker = new CircuitBreaker(async (fn: () => Promise<unknown>, isFailure: ((v: unknown) => boolean) | undefined) => {
    const v = await fn();
    if (isFailure?.(v) === true) throw new FailedValue(v);
    return v;
  }, {
    name: source,
    enabled: policy.breaker.enabled,
    timeout: false, // each adapter enforces its own per-call timeout and maps it to <SYS>_TIMEOUT
    errorThresholdPercentage: policy.breaker.errorThresholdPercentage,
    volumeThreshold: policy.breaker.volumeThreshold,
    rollingCountTimeout: policy.breaker.windowMs,
    rollingCountBuckets: 10,
    resetTimeout: policy.breaker.resetTimeoutMs,
    rollingPercentilesEnabled: false,
  });
  breaker.on('open', () => { breakerOpens++; logger.warn({ source, breaker: 'open' }, 'upstream circuit breaker opened'); });
  breaker.on('halfOpen', () => logger.info({ source, breaker: 'halfOpen' }, 'upstream circuit breaker half-open'));
  breaker.on('close', () => logger.info({ source, breaker: 'closed' }, 'upstream circuit breaker closed'));

  const openError = (op: string) => plantError(unavailable[source], `${source} is failing; ${op} not attempted (circuit breaker open)`,
    { source, retryable: true, detail: { breaker: 'open' } });

  async function once<T>(op: string, attempt: () => Promise<T>, isFailure: ((v: T) => boolean) | undefined): Promise<T> {
    if (breaker.opened) { rejected++; throw openError(op); }
    if (limit.pendingCount >= policy.maxQueue) {
      rejected++;
      throw plantError(unavailable[source], `${source} has too many calls waiting; ${op} not attempted`, { source, retryable: true, detail: { bulkhead: 'full' } });
    }
    return limit(async () => {
      try {
        return await breaker.fire(attempt, isFailure as ((v: unknown) => boolean) | undefined) as T;
      } catch (e: unknown) {
        if (e instanceof FailedValue) return e.v as T;
        if ((e as { code?: unknown } | null)?.code === 'EOPENBREAKER') { rejected++; throw openError(op); }
        throw e;
      }
    });
  }

  return {
    async run(op, attempt, opts = {}) {
      const max = opts.retry === false ? 0 : policy.retries;
      let first: unknown;
      for (let n = 0; ; n++) {
        try {
          return await once(op, attempt, opts.isFailure);
        } catch (e: unknown) {
          // A retry the breaker (or bulkhead) refused reports the upstream's own failure, which says more.
          if (n > 0 && isRejection(e)) throw first;
          if (n === 0) first = e;
          // Out of retries: a retry failing the same way reports the first failure (it carries the upstream's
          // original answer, e.g. SQL error 40613, where a retry may only see the closed socket).
          if (n >= max || !isRetryable(e)) throw n > 0 && errorCode(e) === errorCode(first) ? first : e;
          retries++;
          const delay = random() * Math.min(policy.retryMaxDelayMs, policy.retryBaseDelayMs * 2 ** n);
          logger.info({ source, op, attempt: n + 1, retryInMs: Math.round(delay) }, 'upstream read retrying');
          await sleep(delay);
        }
      }
    },
    breakerState: () => (breaker.opened ? 'open' : breaker.halfOpen ? 'halfOpen' : 'closed'),
    stats: () => ({ active: limit.activeCount, queued: limit.pendingCount, breakerOpens, rejected, retries }),
    close: () => { breaker.shutdown(); },
  };
}

/**
 * Reads `<SYS>_MAX_CONCURRENT`, `<SYS>_MAX_QUEUE`, `<SYS>_RETRIES`, `<SYS>_RETRY_BASE_DELAY_MS`,
 * `<SYS>_RETRY_MAX_DELAY_MS`, `<SYS>_BREAKER_ENABLED`, `<SYS>_BREAKER_ERROR_PERCENT`, `<SYS>_BREAKER_VOLUME`,
 * `<SYS>_BREAKER_WINDOW_MS` and `<SYS>_BREAKER_RESET_MS` from `env` over `defaultUpstreamPolicy`. Only config.ts
 * files call it; throws an Error naming the bad variable. `retriesVar` renames the retry count a source already
 * had (the CMMS's `CMMS_MAX_RETRIES`); `defaults` replaces the defaults a source already documented.
 */
export function loadUpstreamPolicy(env: Env, prefix: UpstreamSource, opts: {
  readonly retriesVar?: string;
  readonly defaults?: Partial<Pick<UpstreamPolicy, 'maxConcurrent' | 'retries' | 'retryBaseDelayMs' | 'retryMaxDelayMs'>>;
} = {}): UpstreamPolicy {
  const d = { ...defaultUpstreamPolicy, ...opts.defaults };
  const retryBaseDelayMs = intEnv(env, `${prefix}_RETRY_BASE_DELAY_MS`, { fallback: d.retryBaseDelayMs, min: 0, max: 60_000 });
  const retryMaxDelayMs = intEnv(env, `${prefix}_RETRY_MAX_DELAY_MS`, { fallback: Math.max(d.retryMaxDelayMs, retryBaseDelayMs), min: 0, max: 120_000 });
  if (retryMaxDelayMs < retryBaseDelayMs) throw new Error(`${prefix}_RETRY_MAX_DELAY_MS must be >= ${prefix}_RETRY_BASE_DELAY_MS (${retryBaseDelayMs}), got ${retryMaxDelayMs}`);
  return Object.freeze({
    maxConcurrent: intEnv(env, `${prefix}_MAX_CONCURRENT`, { fallback: d.maxConcurrent, min: 1, max: 1000 }),
    maxQueue: intEnv(env, `${prefix}_MAX_QUEUE`, { fallback: d.maxQueue, min: 0, max: 100_000 }),
    retries: intEnv(env, opts.retriesVar ?? `${prefix}_RETRIES`, { fallback: d.retries, min: 0, max: 10 }),
    retryBaseDelayMs,
    retryMaxDelayMs,
    breaker: Object.freeze({
      enabled: boolEnv(env, `${prefix}_BREAKER_ENABLED`, d.breaker.enabled),
      errorThresholdPercentage: intEnv(env, `${prefix}_BREAKER_ERROR_PERCENT`, { fallback: d.breaker.errorThresholdPercentage, min: 1, max: 100 }),
      volumeThreshold: intEnv(env, `${prefix}_BREAKER_VOLUME`, { fallback: d.breaker.volumeThreshold, min: 0, max: 100_000 }),
      windowMs: intEnv(env, `${prefix}_BREAKER_WINDOW_MS`, { fallback: d.breaker.windowMs, min: 100, max: 3_600_000 }),
      resetTimeoutMs: intEnv(env, `${prefix}_BREAKER_RESET_MS`, { fallback: d.breaker.resetTimeoutMs, min: 10, max: 3_600_000 }),
    }),
  });
}
