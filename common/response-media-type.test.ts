import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorMediaType } from './response-media-type.ts';

test('errorMediaType answers graphql-response+json only when Accept prefers it, application/json otherwise', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'application/json; charset=utf-8'],
    ['', 'application/json; charset=utf-8'],
    ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
    ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json; charset=utf-8'],
    ['application/json, application/graphql-response+json', 'application/json; charset=utf-8'],
    ['application/json;q=0.5, application/graphql-response+json;q=0.8', 'application/graphql-response+json; charset=utf-8'],
    ['*/*', 'application/json; charset=utf-8'],
    ['text/html', 'application/json; charset=utf-8'],
    ['application/graphql-response+json;q=0', 'application/json; charset=utf-8'],
    ['application/graphql-response+json;q=abc', 'application/json; charset=utf-8'],
  ];
  assert.deepEqual(cases.map(([accept]) => [accept, errorMediaType(accept)]), cases);
});
