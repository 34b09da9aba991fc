import type { ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Code, errorMediaType } from '../common/index.ts';
import type { Logger } from '../common/index.ts';
import type { Identity } from './auth/index.ts';

/** One limit: at most `points` requests per `windowSeconds` (a fixed window per key). */
export interface RateLimitRule {
  readonly points: number;
  readonly windowSeconds: number;
}

/**
 * Per-key request rate limits (GATEWAY_RATE_LIMIT_*). `roles` overrides the base rule for identities established
 * by a credential (API key, JWT) that hold one of those roles; see `ruleFor`.
 */
export interface RateLimitConfig extends RateLimitRule {
  readonly enabled: boolean;
  readonly roles: Readonly<Record<string, RateLimitRule>>;
}

/** The outcome of counting one request. `retryAfterSeconds` is whole seconds, at least 1. */
export type RateLimitDecision =
  | { readonly ok: true }
  | { readonly ok: false; readonly rule: RateLimitRule; readonly retryAfterSeconds: number; readonly key: string; readonly firstRefusal: boolean };

/** Counts requests per key; `null` from createRateLimiter when limits are off. */
export interface RateLimiter {
  /** Counts one request of `identity` (calling from `clientAddress`) and says whether it may proceed. Never throws. */
  consume(identity: Identity, clientAddress: string | undefined): Promise<RateLimitDecision>;
}

/**
 * The key a request is counted under. Credentialed callers are keyed by subject (API key subject, JWT `sub`), so
 * one client behind many addresses shares one budget; anonymous demo callers by the socket's address (the
 * demo identity's subject is the same for everyone). X-Forwarded-For is not trusted: a caller could pick its key.
 * The prefixes keep a subject named like an address apart from that address.
 */
export function rateLimitKey(identity: Identity, clientAddress: string | undefined): string {
  if (identity.method === 'demo') return `addr:${clientAddress ?? 'unknown'}`;
  return `sub:${identity.subject}`;
}

/**
 * The rule for an identity. The demo identity holds every role, so role overrides apply only to credentialed
 * identities. Among the caller's roles that have an override the most generous one (highest points per second)
 * wins: a heuristic chosen so adding a role never lowers a caller's limit.
 */
export function ruleFor(config: RateLimitConfig, identity: Identity): RateLimitRule {
  if (identity.method === 'demo') return config;
  let best: RateLimitRule | undefined;
  for (const role of identity.roles) {
    const r = config.roles[role];
    if (r !== undefined && (best === undefined || r.points / r.windowSeconds > best.points / best.windowSeconds)) best = r;
  }
  return best ?? config;
}

/**
 * Builds the in-memory limiter (rate-limiter-flexible's RateLimiterMemory, one per distinct rule). Counts are
 * per process: two gateway replicas each allow the full limit. Expired keys are dropped by unref'd timers, so
 * the key space is bounded by the callers seen within one window and no handle keeps the process alive.
 */
export function createRateLimiter(config: RateLimitConfig): RateLimiter | null {
  if (!config.enabled) return null;
  const limiters = new Map<string, RateLimiterMemory>();
  const limiterFor = (rule: RateLimitRule): RateLimiterMemory => {
    const id = `${rule.points}/${rule.windowSeconds}`;
    let l = limiters.get(id);
    if (l === undefined) {
      l = new RateLimiterMemory({ points: rule.points, duration: rule.windowSeconds, keyPrefix: id });
      limiters.set(id, l);
    }
    return l;
  };
  return {
    async consume(identity, clientAddress) {
      const rule = ruleFor(config, identity);
      const key = rateLimitKey(identity, clientAddress);
      try {
        await limiterFor(rule).consume(key, 1);
        return { ok: true };
      } catch (e: unknown) {
        // RateLimiterMemory rejects with a RateLimiterRes when the points are used up; anything else is a bug.
        if (!(e instanceof RateLimiterRes)) throw e;
        return {
          ok: false, rule, key,
          retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
          // consumedPoints counts refused requests too: exactly points + 1 on the first refusal of a window.
          firstRefusal: e.consumedPoints === rule.points + 1,
        };
      }
    },
  };
}

/** The refusal body: a coded RATE_LIMITED error naming the limit that was hit. */
export function rateLimitBody(rule: RateLimitRule, retryAfterSeconds: number): { errors: [{ message: string; extensions: Record<string, unknown> }] } {
  return { errors: [{
    message: `Rate limit exceeded: at most ${rule.points} requests per ${rule.windowSeconds} s for this caller. Retry after ${retryAfterSeconds} s.`,
    extensions: { code: Code.RATE_LIMITED, detail: { limit: rule.points, windowSeconds: rule.windowSeconds, retryAfterSeconds } },
  }] };
}

/**
 * Answers a refused request: 429, `Retry-After` in seconds, the coded body in the media type the client
 * accepts. Logs at warn once per key and window (the first refusal), so a client hammering the gateway cannot
 * flood the log; the key is logged, never a credential.
 */
export function refuseRateLimited(res: ServerResponse, decision: Extract<RateLimitDecision, { ok: false }>, requestId: string, logger: Logger): void {
  if (decision.firstRefusal) {
    logger.warn({ requestId, code: Code.RATE_LIMITED, key: decision.key, limit: decision.rule.points, windowSeconds: decision.rule.windowSeconds }, 'request refused by rate limit');
  }
  res.writeHead(429, {
    'content-type': errorMediaType(res.req.headers.accept),
    'x-request-id': requestId,
    'retry-after': String(decision.retryAfterSeconds),
  });
  res.end(JSON.stringify(rateLimitBody(decision.rule, decision.retryAfterSeconds)));
}
