// `npm start` runs this first: it builds the dashboard (client/dist) when it is missing or older
// than its sources, so that the gateway serves it at `/`; an up-to-date build costs nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const client = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(client, 'dist/index.html');

function newestChange(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const sources = ['src', 'index.html', 'vite.config.mts', 'package.json'].map((name) =>
  path.join(client, name),
);
const stale = !existsSync(built) || newestChange(built) < Math.max(...sources.map(newestChange));
if (stale) {
  console.log('Construction du tableau de bord (client/dist)…');
  // Always the production build, as served: jest's global setup sets NODE_ENV=test, with which Vite
  // would bundle React's development build (a third heavier), and the tests would not see what ships.
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: client,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    console.error('La construction du tableau de bord a échoué.');
    process.exit(result.status ?? 1);
  }
}
