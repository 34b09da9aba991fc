// Composes schema/supergraph.graphql from the subgraphs' SDL with @apollo/composition.
//   node dist/scripts/compose.js          writes the supergraph
//   node dist/scripts/compose.js --check  fails (exit 1) on composition errors or when the committed file is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { findRepoRoot } from '../common/index.ts';

/** Subgraphs in the supergraph with their default URLs for the distributed topology. */
export const supergraphSubgraphs: readonly { name: string; url: string }[] = [
  { name: 'erp', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'mes', url: 'http://127.0.0.1:4002/graphql' },
  { name: 'cmms', url: 'http://127.0.0.1:4003/graphql' },
  { name: 'spreadsheet', url: 'http://127.0.0.1:4007/graphql' },
  { name: 'interpretation', url: 'http://127.0.0.1:4004/graphql' },
  { name: 'registry', url: 'http://127.0.0.1:4005/graphql' },
  { name: 'context', url: 'http://127.0.0.1:4006/graphql' },
];

/** The subgraph's SDL: schema/shared.graphql followed by schema/<name>.graphql. */
export function subgraphSdl(root: URL, name: string): string {
  const shared = readFileSync(new URL('schema/shared.graphql', root), 'utf8');
  const own = readFileSync(new URL(`schema/${name}.graphql`, root), 'utf8');
  return `${own}\n${shared}`;
}

export function composeSupergraph(root: URL, only?: readonly string[]): { supergraphSdl: string } | { errors: string[] } {
  // `only`: a subset (a test that runs some subgraphs embedded); the committed supergraph has them all.
  const picked = only === undefined ? supergraphSubgraphs : supergraphSubgraphs.filter((s) => only.includes(s.name));
  const result = composeServices(picked.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(subgraphSdl(root, s.name)) })));
  if (result.errors !== undefined) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: result.supergraphSdl };
}

function main(): void {
  const root = findRepoRoot(import.meta.url);
  const target = new URL('schema/supergraph.graphql', root);
  const res = composeSupergraph(root);
  if ('errors' in res) {
    process.stderr.write(`Composition failed:\n${res.errors.map((e) => `- ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  const sdl = `# Composed by scripts/compose.ts from schema/*.graphql; do not edit. CI fails when this file is stale.\n${res.supergraphSdl}\n`;
  if (process.argv.includes('--check')) {
    const current = existsSync(fileURLToPath(target)) ? readFileSync(target, 'utf8') : '';
    if (current !== sdl) {
      process.stderr.write('schema/supergraph.graphql is out of date: run `npm run compose` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('supergraph is current\n');
    return;
  }
  writeFileSync(target, sdl);
  process.stdout.write(`wrote ${fileURLToPath(target)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
