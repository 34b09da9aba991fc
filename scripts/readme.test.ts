// The README's example queries are documentation users paste into GraphiQL: they must stay valid
// against the composed API schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, validate } from 'graphql';
import { findRepoRoot } from '../common/index.ts';
import { subgraphSdl, supergraphSubgraphs } from './compose.ts';

test('every graphql block in README.md validates against the composed API schema', () => {
  const root = findRepoRoot(import.meta.url);
  const composed = composeServices(supergraphSubgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(subgraphSdl(root, s.name)) })));
  assert.equal(composed.errors, undefined);
  const api = composed.schema!.toAPISchema().toGraphQLJSSchema();
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  assert.ok(blocks.length > 0, 'README has graphql examples');
  const docs = blocks.flatMap((b) => b.split(/\n(?=#|\{)/).filter((q) => q.includes('{')));
  for (const q of docs) {
    const errors = validate(api, parse(q)).map((e) => e.message);
    assert.deepEqual(errors, [], q);
  }
});
