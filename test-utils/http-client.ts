/** POSTs a GraphQL request and returns status, headers and the parsed body. */
export async function postGraphql(url: string, query: string, opts: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}):
  Promise<{ status: number; headers: Headers; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- parse boundary
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
    body: JSON.stringify({ query, variables: opts.variables ?? {} }),
  });
  const text = await res.text();
  let body: unknown;
  try { body = JSON.parse(text); } catch { body = text; }
  return { status: res.status, headers: res.headers, body };
}
