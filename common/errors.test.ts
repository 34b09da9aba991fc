import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { Code, codeDescriptions, errorCode, isKnownCode, plantError } from './errors.ts';
import { findRepoRoot } from './repo-root.ts';

const docs = readFileSync(new URL('docs/errors.md', findRepoRoot(import.meta.url)), 'utf8');
const documented = [...docs.matchAll(/^## ([A-Z0-9_]+)$/gm)].map((m) => m[1]);

test('every registered code has a section in docs/errors.md', () => {
  const missing = Object.values(Code).filter((c) => !documented.includes(c));
  assert.deepEqual(missing, []);
});

test('every code documented in docs/errors.md is registered', () => {
  const unknown = documented.filter((c) => !(Object.values(Code) as string[]).includes(c ?? ''));
  assert.deepEqual(unknown, []);
});

test('every code has a one-line description and the key equals the value', () => {
  for (const [k, v] of Object.entries(Code)) {
    assert.equal(k, v);
    assert.match(codeDescriptions[v], /^\S.*\.$/);
  }
});

test('isKnownCode accepts our codes and Apollo codes, rejects anything else', () => {
  assert.equal(isKnownCode('ERP_TIMEOUT'), true);
  assert.equal(isKnownCode('BAD_USER_INPUT'), true);
  assert.equal(isKnownCode('ECONNREFUSED'), false);
  assert.equal(isKnownCode(undefined), false);
});

test('plantError puts only the code and the safe facts on extensions', () => {
  const cause = new Error('Login failed for user sa; Server=erp.invalid;Password=secret');
  const e = plantError(Code.ERP_UNAVAILABLE, 'ERP unreachable', { source: 'ERP', retryable: true, detail: { errorNumber: 18456 } }, cause);
  assert.ok(e instanceof GraphQLError);
  assert.deepEqual(e.toJSON(), {
    message: 'ERP unreachable',
    extensions: { code: 'ERP_UNAVAILABLE', source: 'ERP', retryable: true, detail: { errorNumber: 18456 } },
  });
  assert.equal(e.originalError, cause);
  assert.equal(errorCode(e), 'ERP_UNAVAILABLE');
});
