import express, { type Router } from 'express';
import path from 'node:path';

/** GraphiQL served from node_modules (no CDN), talking to /graphql with the browser's session cookie. */
export function playgroundRouter(): Router {
  const router = express.Router();
  const graphiqlDir = path.dirname(require.resolve('graphiql/package.json'));
  const reactDir = path.dirname(require.resolve('react/package.json'));
  const reactDomDir = path.dirname(require.resolve('react-dom/package.json'));
  const assets: Record<string, string> = {
    'graphiql.min.js': path.join(graphiqlDir, 'graphiql.min.js'),
    'graphiql.min.css': path.join(graphiqlDir, 'graphiql.min.css'),
    'react.js': path.join(reactDir, 'umd/react.production.min.js'),
    'react-dom.js': path.join(reactDomDir, 'umd/react-dom.production.min.js'),
  };
  router.get('/assets/:name', (req, res) => {
    const file = assets[req.params.name];
    if (!file) return void res.status(404).end();
    // pnpm keeps packages under node_modules/.pnpm: allow that dot-folder (the path is ours, not the caller's).
    res.sendFile(file, { dotfiles: 'allow', maxAge: '1h' });
  });
  router.get('/', (_req, res) => {
    res.type('html').send(PAGE);
  });
  return router;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>ClientFlow GraphQL playground</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/playground/assets/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/assets/react.js"></script>
  <script src="/playground/assets/react-dom.js"></script>
  <script src="/playground/assets/graphiql.min.js"></script>
  <script>
    // Same-origin fetch: the httpOnly session cookie of a signed-in staff member is sent automatically.
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'x-clientflow-app': 'admin' } });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: '# Sign in to the admin app first: this playground uses your session cookie.\\nquery Me {\\n  me { user { name email } workspace { name } role permissions }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;
