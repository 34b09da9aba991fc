import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * GraphiQL served from local npm assets, never a CDN: plant networks are often cut off from the
 * internet. Files are read once at start-up; the page loads them from /graphiql/assets/.
 */
const assetFiles: Readonly<Record<string, { module: string; type: string }>> = {
  'react.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

export interface GraphiqlAssets {
  page(defaultQuery: string): string;
  asset(name: string): { body: Buffer; type: string } | undefined;
}

export function loadGraphiqlAssets(): GraphiqlAssets {
  const loaded = new Map<string, { body: Buffer; type: string }>();
  for (const [name, f] of Object.entries(assetFiles)) loaded.set(name, { body: readFileSync(require.resolve(f.module)), type: f.type });
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
