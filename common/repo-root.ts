import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The repository root as a file URL with a trailing slash: the nearest ancestor of `from` (an
 * `import.meta.url`) holding `schema/shared.graphql`. Works from the sources and from any build
 * output folder (dist/, dist-x/), which sit at different depths. Throws when there is none.
 */
export function findRepoRoot(from: string): URL {
  let dir = new URL('./', from);
  for (let i = 0; i < 12; i++) {
    if (existsSync(fileURLToPath(new URL('schema/shared.graphql', dir)))) return dir;
    const parent = new URL('../', dir);
    if (parent.href === dir.href) break;
    dir = parent;
  }
  throw new Error(`No PlantGraph repository root above ${from}`);
}
