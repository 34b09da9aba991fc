import { randomUUID } from 'node:crypto';

const safeId = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request id for a request: the caller's `x-request-id` when it is a short, safe token (so a BI
 * tool's id shows up in our logs), otherwise a new UUID. Unsafe values are replaced, never echoed,
 * so a header cannot inject text into logs or responses.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const v = Array.isArray(header) ? header[0] : header;
  return v !== undefined && safeId.test(v) ? v : randomUUID();
}
