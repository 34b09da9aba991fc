import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * GraphiQL served from local npm assets, never a CDN: plant networks are often cut off from the
 * internet. Files are read once at start-up; the page loads them from /graphiql/assets/.
 */
const assetFiles: Readonly<Record<string, { pkg: string; file: string; type: string }>> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The file inside an installed package; through package.json because `exports` maps hide the UMD builds. */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

export interface GraphiqlAssets {
  page(defaultQuery: string): string;
  asset(name: string): { body: Buffer; type: string } | undefined;
}

export function loadGraphiqlAssets(): GraphiqlAssets {
  const loaded = new Map<string, { body: Buffer; type: string }>();
  for (const [name, f] of Object.entries(assetFiles)) loaded.set(name, { body: readFileSync(packageFile(f.pkg, f.file)), type: f.type });
  return {
    asset: (name) => loaded.get(name),
    page: (defaultQuery) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PlantGraph</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(defaultQuery).replace(/</g, '\\u003c')} }));
</script></body></html>`,
  };
}
