// The GraphQL-over-HTTP spec audit (graphql-http's serverAudits) as a test helper; gateway/http-audit.test.ts says
// why each expected miss is accepted.
import { serverAudits } from 'graphql-http';

/** The audits expected not to pass, with their status (`notice`: MAY, `warn`: SHOULD). */
export const expectedMisses = {
  '5A70': 'notice', 'D6D5': 'notice', '6A70': 'notice',
  '572B': 'warn', 'FDE2': 'warn', '7B9B': 'warn',
};

/** Runs every audit against `url`; `headers` (e.g. a production API key) go on every request. */
export async function audit(url: string, headers: Record<string, string> = {}): Promise<{ passed: number; misses: Record<string, string>; lines: string[] }> {
  let passed = 0;
  const misses: Record<string, string> = {};
  const lines: string[] = [];
  // Extra headers (a production API key) are added to every audit request.
  const fetchFn: typeof fetch = (input, init) => {
    const h = new Headers(init?.headers);
    for (const [k, v] of Object.entries(headers)) h.set(k, v);
    return fetch(input, { ...init, headers: h });
  };
  for (const a of serverAudits({ url, fetchFn })) {
    const r = await a.fn();
    if (r.status === 'ok') { passed++; continue; }
    misses[r.id] = r.status;
    lines.push(`${r.status} ${r.id} ${r.name}: ${r.reason} (HTTP ${r.response.status})`);
    await r.response.body?.cancel();
  }
  return { passed, misses, lines };
}
