import path from 'node:path';
import { personaLoginEnabled } from '@talents/gateway';
import { StartupError } from './startup';

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new StartupError(
      `${name} doit être un numéro de port entre 0 et 65535 (reçu « ${raw} ») : corrigez-la, par exemple ${name}=${fallback}.`,
    );
  }
  return value;
}

/** Every setting of `npm start`, from the environment (documented in the README). */
export function readHubConfig() {
  return {
    databaseUrl: process.env.DATABASE_URL || null,
    port: integer('PORT', 4000),
    host: process.env.HOST ?? '127.0.0.1',
    subgraphPorts: {
      profiles: integer('PROFILES_PORT', 4001),
      missions: integer('MISSIONS_PORT', 4002),
      approvals: integer('APPROVALS_PORT', 4003),
    },
    dataDir: path.resolve(process.env.DATA_DIR ?? path.join(__dirname, '../../.data')),
    embeddedPostgresPort: integer('EMBEDDED_PG_PORT', 54329),
    seed: process.env.SEED !== 'false',
    // The embedded start is a demonstration: persona sign-in unless PERSONA_LOGIN=false, never in production.
    personaLogin: personaLoginEnabled(process.env, true),
  };
}
