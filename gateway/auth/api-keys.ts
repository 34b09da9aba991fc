import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** One configured API key: the SHA-256 of the key (never the key itself) and the identity it stands for. */
export interface ApiKeyEntry {
  readonly sha256: Buffer;
  readonly subject: string;
  readonly roles: readonly string[];
  readonly sites: readonly string[];
}

const entrySchema = z.object({
  subject: z.string().min(1).max(200),
  roles: z.array(z.string().min(1).max(64)).max(32),
  sites: z.array(z.string().min(1).max(64)).max(1000),
}).strict();
const fileSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'keys must be lower-case hex SHA-256 digests'), entrySchema);

/**
 * Parses an API keys file: `{ "<sha256 hex of the key>": { "subject": "bi-server", "roles": ["viewer"], "sites": ["SITE1"] } }`.
 * Throws naming `name` (the env variable) and the first bad entry; never echoes a key.
 */
export function parseApiKeysFile(raw: unknown, name: string): readonly ApiKeyEntry[] {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // zod reports a bad record key as "Invalid key in record"; say what a key must be (without echoing it).
    const what = issue === undefined ? 'invalid' : issue.code === 'invalid_key' ? 'keys must be lower-case hex SHA-256 digests' : issue.message;
    throw new Error(`${name}: ${issue !== undefined && issue.path.length > 0 ? 'an entry' : 'the file'}: ${what}`);
  }
  return Object.freeze(Object.entries(parsed.data).map(([hash, e]) => Object.freeze({
    sha256: Buffer.from(hash, 'hex'), subject: e.subject, roles: Object.freeze([...e.roles]), sites: Object.freeze([...e.sites]),
  })));
}

/** The lower-case hex SHA-256 of `key`, as the keys file stores it. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The entry whose hash matches `presented`, or undefined. Compares the presented key's digest with EVERY entry
 * in constant time (no early exit), so response timing does not reveal how close a guess was or which entry matched.
 */
export function findApiKey(entries: readonly ApiKeyEntry[], presented: string): ApiKeyEntry | undefined {
  const digest = createHash('sha256').update(presented, 'utf8').digest();
  let found: ApiKeyEntry | undefined;
  for (const e of entries) {
    if (timingSafeEqual(digest, e.sha256) && found === undefined) found = e;
  }
  return found;
}
