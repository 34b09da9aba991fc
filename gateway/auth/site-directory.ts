import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import { signIdentityHeaders } from '../../common/index.ts';
import type { SubgraphRuntime } from '../../common/index.ts';
import type { SiteDirectory } from './authorize.ts';
import { roles } from './roles.ts';

/** The ERP subgraph's layout query: every site with its areas, work centers and equipment ids. */
export const siteLayoutQuery = '{ sites { id areas { id workCenters { id equipment { id } } } } }';

interface LayoutResult {
  sites?: { id: string; areas?: { id: string; workCenters?: { id: string; equipment?: { id: string }[] | null }[] | null }[] | null }[] | null;
}

interface Layout {
  readonly served: readonly string[];
  readonly byKind: Readonly<Record<'area' | 'workCenter' | 'equipment', ReadonlyMap<string, string>>>;
}

function toLayout(data: LayoutResult): Layout {
  const area = new Map<string, string>(), workCenter = new Map<string, string>(), equipment = new Map<string, string>();
  for (const s of data.sites ?? []) {
    for (const a of s.areas ?? []) {
      area.set(a.id, s.id);
      for (const w of a.workCenters ?? []) {
        workCenter.set(w.id, s.id);
        for (const e of w.equipment ?? []) equipment.set(e.id, s.id);
      }
    }
  }
  return { served: (data.sites ?? []).map((s) => s.id), byKind: { area, workCenter, equipment } };
}

/** Runs the layout query against the ERP subgraph; resolves its `data` or throws. */
export type LayoutFetcher = () => Promise<LayoutResult>;

/** The identity the gateway itself uses for the layout query: all roles, all sites, never given to a caller. */
const systemIdentity = (requestId: string) => ({ sub: 'plantgraph-gateway', roles: [...roles], sites: ['*'], requestId });

/** Layout from an embedded ERP runtime, with signed identity headers as a real request would carry. */
export function embeddedLayoutFetcher(erp: SubgraphRuntime, secret: string): LayoutFetcher {
  return async () => {
    const requestId = `authz-${randomUUID()}`;
    const headers = { 'x-request-id': requestId, ...signIdentityHeaders(systemIdentity(requestId), secret) };
    const r = await graphql({ schema: erp.schema, source: siteLayoutQuery, contextValue: erp.createContext({ requestId, headers }) });
    if (r.errors !== undefined && r.errors.length > 0) throw new Error(`site layout query failed: ${r.errors[0]?.message ?? ''}`);
    return r.data as LayoutResult;
  };
}

/** Layout from an ERP subgraph server at `url` (distributed topology). */
export function remoteLayoutFetcher(url: string, secret: string, timeoutMs: number): LayoutFetcher {
  return async () => {
    const requestId = `authz-${randomUUID()}`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...signIdentityHeaders(systemIdentity(requestId), secret) },
      body: JSON.stringify({ query: siteLayoutQuery }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.json() as { data?: LayoutResult; errors?: unknown[] };
    if (!res.ok || body.data === undefined || (body.errors !== undefined && body.errors.length > 0)) throw new Error(`site layout query failed: HTTP ${res.status}`);
    return body.data;
  };
}

/**
 * A SiteDirectory over `fetch`, cached for `ttlMs` (default 5 min: plant layout changes rarely, and new equipment
 * unknown to the cache only makes restricted callers fail closed). Concurrent misses share one fetch; failures
 * are not cached. `nowMs` is injectable for tests. Holds no timers.
 */
export function createSiteDirectory(fetchLayout: LayoutFetcher, opts: { ttlMs?: number; nowMs?: () => number } = {}): SiteDirectory & { fetches(): number } {
  const ttlMs = opts.ttlMs ?? 300_000;
  const now = opts.nowMs ?? Date.now;
  let cached: { layout: Layout; at: number } | undefined;
  let inFlight: Promise<Layout> | undefined;
  let fetches = 0;
  const layout = async (): Promise<Layout> => {
    if (cached !== undefined && now() - cached.at < ttlMs) return cached.layout;
    inFlight ??= (async () => {
      fetches++;
      try {
        const l = toLayout(await fetchLayout());
        cached = { layout: l, at: now() };
        return l;
      } finally { inFlight = undefined; }
    })();
    return inFlight;
  };
  return {
    servedSites: async () => (await layout()).served,
    siteOf: async (kind, id) => (kind === 'site' ? id : (await layout()).byKind[kind].get(id)),
    fetches: () => fetches,
  };
}
