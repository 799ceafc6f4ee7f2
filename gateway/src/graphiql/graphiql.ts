import path from 'node:path';
import compression from 'compression';
import express, { type Router } from 'express';

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/**
 * GraphiQL served entirely from our own node_modules: the programme team explores the API from
 * networks that may not reach any CDN, and nothing outside the machine may be needed.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': {
    file: path.join(packageDir('react'), 'umd/react.production.min.js'),
    type: 'text/javascript',
  },
  'react-dom.js': {
    file: path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: path.join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const DEFAULT_QUERY = `# Explorateur de l’API Talents numériques.
# Ctrl+Entrée exécute la requête.
# La documentation du schéma est dans le panneau de gauche.
query MissionsPubliees {
  missions(first: 5, filter: { statuses: [PUBLISHED] }) {
    totalCount
    nodes {
      title
      kindLabel
      hostAdministration { name acronym }
      contact { displayName }
      requiredSkills { skill { label } minLevel }
      seatsRemaining
    }
  }
}
`;

/**
 * Starts GraphiQL: a file of its own, since the security policy runs no inline script.
 * Subscriptions go over graphql-ws on the same path (the client bundled in graphiql.min.js, opened
 * at the first subscription only); the address follows the page's, so that the session cookie
 * goes with it, behind a proxy or over TLS alike.
 */
function startScript(graphqlPath: string): string {
  return `const subscriptionUrl = new URL(${JSON.stringify(graphqlPath)}, location.href);
subscriptionUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
const fetcher = GraphiQL.createFetcher({
  url: ${JSON.stringify(graphqlPath)},
  subscriptionUrl: subscriptionUrl.href,
});
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultEditorToolsVisibility: true,
  }),
);
`;
}

function page(): string {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Explorateur GraphQL — Talents numériques</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
    <style>
      html,
      body,
      #graphiql {
        height: 100%;
        margin: 0;
      }
    </style>
  </head>
  <body>
    <main id="graphiql" aria-label="Explorateur GraphQL">Chargement de l’explorateur…</main>
    <script src="/graphiql/assets/react.js"></script>
    <script src="/graphiql/assets/react-dom.js"></script>
    <script src="/graphiql/assets/graphiql.js"></script>
    <script src="/graphiql/assets/start.js"></script>
  </body>
</html>`;
}

export function graphiqlRouter(graphqlPath = '/graphql'): Router {
  const router = express.Router();
  const html = page();
  const start = startScript(graphqlPath);
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(html);
  });
  // GraphiQL's own bundle is a few megabytes: compressed for the browsers that accept it.
  router.use('/graphiql', compression());
  router.get('/graphiql/assets/start.js', (_req, res) => {
    res.type('text/javascript').send(start);
  });
  router.get('/graphiql/assets/:name', (req, res) => {
    const asset = ASSETS[req.params.name];
    if (!asset) {
      res.status(404).type('text').send('Ressource introuvable.');
      return;
    }
    res.type(asset.type).set('cache-control', 'public, max-age=86400').sendFile(asset.file);
  });
  return router;
}
