/** The two media types a GraphQL-over-HTTP server answers in. */
export const graphqlResponseJson = 'application/graphql-response+json; charset=utf-8';
export const applicationJson = 'application/json; charset=utf-8';

/**
 * The media type for a GraphQL error response the server writes itself, before Apollo Server sees the
 * request (body too large, body not JSON): `application/graphql-response+json` when the client's `Accept`
 * prefers it (higher q) or accepts only it, else `application/json` (also for no or an unusable `Accept`,
 * which the GraphQL-over-HTTP spec allows and Apollo Server does as well).
 */
export function errorMediaType(accept: string | undefined): string {
  if (accept === undefined || accept.trim() === '') return applicationJson;
  let json = -1, gql = -1;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    if (type === 'application/graphql-response+json') gql = Math.max(gql, q);
    else if (type === 'application/json' || type === 'application/*' || type === '*/*') json = Math.max(json, q);
  }
  return gql > 0 && gql > json ? graphqlResponseJson : applicationJson;
}
