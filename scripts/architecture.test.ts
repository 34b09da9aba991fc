// Import rules of STYLE.md, enforced by scanning import specifiers (like graphql-js's no-restricted-paths).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '../common/index.ts';

const root = fileURLToPath(findRepoRoot(import.meta.url));
const skip = new Set(['node_modules', '.git', '__generated__']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (skip.has(name) || name.startsWith('dist')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

interface Imp { file: string; spec: string; target: string | null }

function importsOf(file: string): Imp[] {
  const text = readFileSync(file, 'utf8');
  const rel = relative(root, file).split('\\').join('/');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? '');
  return specs.map((spec) => ({
    file: rel, spec,
    target: spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(rel), spec)) : null,
  }));
}

const files = ['common', 'normalization', 'simulators', 'subgraphs', 'gateway', 'interpretation', 'scripts', 'bench', 'test-utils']
  .flatMap((d) => { try { return sourceFiles(join(root, d)); } catch { return []; } });
const all = files.flatMap(importsOf);
const isTest = (f: string) => f.endsWith('.test.ts') || f.startsWith('test-utils/') || f.includes('/test-utils/');
const top = (p: string) => p.split('/')[0] ?? '';
const production = all.filter((i) => !isTest(i.file) && !i.file.startsWith('scripts/') && !i.file.startsWith('bench/') && !i.file.startsWith('simulators/'));

test('common/ and interpretation/core/ import nothing from the rest of the project; normalization/ only common/', () => {
  const bad = all.filter((i) => i.target !== null && !isTest(i.file) &&
    ((i.file.startsWith('common/') && !i.target.startsWith('common/')) ||
     (i.file.startsWith('normalization/') && !i.target.startsWith('normalization/') && !i.target.startsWith('common/')) ||
     (i.file.startsWith('interpretation/core/') && !i.target.startsWith('interpretation/core/'))));
  assert.deepEqual(bad, []);
});

test('a subgraph imports only common/, normalization/ and its own files; never another subgraph, gateway, interpretation or the simulators', () => {
  const bad = production.filter((i) => {
    if (i.target === null || !i.file.startsWith('subgraphs/')) return false;
    const own = i.file.split('/').slice(0, 2).join('/') + '/';
    return !(i.target.startsWith(own) || i.target.startsWith('common/') || i.target.startsWith('normalization/'));
  });
  assert.deepEqual(bad, []);
});

test('gateway/ imports only common/ and its own files', () => {
  const bad = production.filter((i) => i.target !== null && i.file.startsWith('gateway/') && !['gateway', 'common'].includes(top(i.target)));
  assert.deepEqual(bad, []);
});

test('interpretation/ imports only its core, its own files and common/', () => {
  const bad = production.filter((i) => i.target !== null && i.file.startsWith('interpretation/') && !['interpretation', 'common'].includes(top(i.target)));
  assert.deepEqual(bad, []);
});

test('only a subgraph source/ adapter imports a driver (mssql, tedious, soap)', () => {
  const drivers = new Set(['mssql', 'tedious', 'soap']);
  const bad = production.filter((i) => i.target === null && drivers.has(i.spec) && !/^subgraphs\/[^/]+\/source\//.test(i.file));
  assert.deepEqual(bad, []);
});

test('production code never imports test-utils, fixtures, scripts or the simulators', () => {
  const bad = production.filter((i) => i.target !== null &&
    (i.target.includes('test-utils') || i.target.includes('/fixtures/') || top(i.target) === 'scripts' || top(i.target) === 'simulators'));
  assert.deepEqual(bad, []);
});

test('cross-folder imports go through the folder index.ts', () => {
  const bad = all.filter((i) => {
    if (i.target === null || isTest(i.file)) return false;
    const from = dirname(i.file);
    const toDir = dirname(i.target);
    if (toDir === from || toDir.startsWith(from + '/') ) return false; // own folder and its children
    const fromTop = i.file.split('/').slice(0, 2).join('/');
    if (i.target.startsWith(fromTop + '/') && !['common', 'gateway', 'scripts', 'bench'].includes(top(i.file))) return false; // within one package
    if (top(i.file) === top(i.target) && ['scripts', 'bench'].includes(top(i.file))) return false;
    // A common/ subfolder (store, schema-watch) may use common's own top-level modules (errors, logger): going through
    // common/index.ts, which re-exports the subfolder, would be an import cycle. Never another subfolder.
    if (/^common\/[^/]+\//.test(i.file) && /^common\/[^/]+\.ts$/.test(i.target)) return false;
    return !i.target.endsWith('/index.ts');
  });
  assert.deepEqual(bad, []);
});

test('only main.ts and config.ts files read process.env in production code', () => {
  const bad = files
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !isTest(f) && !f.startsWith('scripts/') && !f.startsWith('bench/') && !f.startsWith('simulators/'))
    .filter((f) => !/(^|\/)(main|config)\.ts$/.test(f))
    .filter((f) => /process\.env\b/.test(readFileSync(join(root, f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
  assert.deepEqual(bad, []);
});
