import { createServer } from 'node:net';
import { Client } from 'pg';

/**
 * A start-up failure a person can act on: its message is one French sentence that names the cause
 * and the fix. `npm start` prints it alone; anything else is a bug and is shown with its detail.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/** One port the hub must listen on (or embed PostgreSQL on), and the variable that sets it. */
export interface PortSetting {
  variable: string;
  port: number;
  /** Who listens there, with its preposition, e.g. « de la passerelle ». */
  role: string;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function tryListen(port: number, host: string): Promise<string | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error) => resolve(errorCode(error) ?? 'ERROR'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

async function suggestedPort(host: string): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(0));
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Fails before anything touches the database when a port is taken: a hub that migrated and seeded
 * and then could not listen left the operator with work done for nothing and an English stack.
 * A port of 0 is picked by the system and cannot be taken.
 */
export async function assertPortsFree(settings: readonly PortSetting[], host: string): Promise<void> {
  for (const { variable, port, role } of settings) {
    if (port === 0) continue;
    const failure = await tryListen(port, host);
    if (failure === null) continue;
    if (failure === 'EADDRINUSE') {
      const other = await suggestedPort(host);
      throw new StartupError(
        `Le port ${port} ${role} est déjà pris par un autre programme : arrêtez ce programme ou ` +
          `choisissez un autre port avec la variable ${variable} (par exemple ${variable}=${other || port + 10}).`,
      );
    }
    if (failure === 'EACCES') {
      throw new StartupError(
        `Le port ${port} ${role} est réservé à l’administrateur de la machine : choisissez un port ` +
          `au-delà de 1023 avec la variable ${variable}.`,
      );
    }
    if (failure === 'EADDRNOTAVAIL' || failure === 'ENOTFOUND' || failure === 'EAI_AGAIN') {
      throw new StartupError(
        `L’adresse d’écoute HOST=${host} n’existe pas sur cette machine : corrigez HOST ` +
          `(127.0.0.1 pour cette machine seule, 0.0.0.0 pour toutes ses interfaces).`,
      );
    }
    throw new StartupError(
      `Le port ${port} ${role} est inutilisable (${failure}) : choisissez-en un autre avec la variable ${variable}.`,
    );
  }
}

/** `host:port` of a connection string, without its password, for messages. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname || ''}`;
  } catch {
    return 'l’adresse donnée';
  }
}

function databaseUser(url: string): string {
  try {
    return decodeURIComponent(new URL(url).username) || 'postgres';
  } catch {
    return 'postgres';
  }
}

function hasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '' || Boolean(process.env.PGPASSWORD);
  } catch {
    return false;
  }
}

function missingPassword(named: string, cause: unknown): StartupError {
  return new StartupError(
    `${named} demande un mot de passe que DATABASE_URL ne donne pas : ajoutez-le ` +
      '(postgres://utilisateur:mot-de-passe@hôte:5432/base).',
    { cause },
  );
}

/**
 * Turns a connection failure into a sentence naming DATABASE_URL (or the embedded server) and the
 * fix; null when the error is not one of a connection.
 */
export function explainDatabaseError(
  error: unknown,
  url: string,
  source: 'DATABASE_URL' | 'embedded',
): StartupError | null {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const where = describeDatabase(url);
  const named = source === 'DATABASE_URL' ? `La base de DATABASE_URL (${where})` : 'Le PostgreSQL embarqué';
  const fix =
    source === 'DATABASE_URL'
      ? 'corrigez DATABASE_URL'
      : 'supprimez le dossier DATA_DIR/postgres pour repartir d’une base neuve';
  const options = { cause: error };
  switch (code) {
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new StartupError(
        `${named} ne répond pas : démarrez ce serveur PostgreSQL ou ${fix} (hôte et port), ` +
          'ou retirez DATABASE_URL pour utiliser le PostgreSQL embarqué.',
        options,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        `L’hôte de DATABASE_URL (${where}) est introuvable : corrigez son nom dans DATABASE_URL.`,
        options,
      );
    case '28P01':
      if (!hasPassword(url)) return missingPassword(named, error);
      return new StartupError(
        `${named} refuse le mot de passe de l’utilisateur « ${databaseUser(url)} » : ${fix} ` +
          '(postgres://utilisateur:mot-de-passe@hôte:5432/base, caractères spéciaux encodés en %XX).',
        options,
      );
    case '28000':
      return new StartupError(
        `${named} refuse la connexion de l’utilisateur « ${databaseUser(url)} » (rôle inconnu ou ` +
          `non autorisé par pg_hba.conf) : ${fix} ou autorisez ce rôle sur le serveur.`,
        options,
      );
    case '3D000':
      return new StartupError(
        `${named} n’a pas de base « ${where.split('/')[1] ?? ''} » : créez-la (createdb) ou ${fix}.`,
        options,
      );
    case '53300':
      return new StartupError(
        `${named} n’accepte plus de connexion (max_connections atteint) : ` +
          'fermez des connexions ou augmentez max_connections sur le serveur.',
        options,
      );
    case '57P03':
      return new StartupError(
        `${named} est en train de démarrer ou de s’arrêter : relancez le hub dans un instant.`,
        options,
      );
    default:
      break;
  }
  // pg's own checks before it talks to the server (a password that is not a string, SCRAM without one).
  if (/SASL|password must be a string/i.test(message)) return missingPassword(named, error);
  if (/timeout|timed out/i.test(message)) {
    return new StartupError(
      `${named} ne répond pas dans les délais : vérifiez que le serveur est joignable ou ${fix}.`,
      options,
    );
  }
  return null;
}

/** A connection string the hub can use, or a sentence saying what is wrong with it. */
export function assertDatabaseUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StartupError(
      'DATABASE_URL n’est pas une adresse PostgreSQL : écrivez-la sous la forme ' +
        'postgres://utilisateur:mot-de-passe@hôte:5432/base, ou retirez-la pour le PostgreSQL embarqué.',
    );
  }
}

/**
 * Connects once before anything migrates, so that an unreachable server or a refused password is
 * reported as such instead of surfacing from the middle of the first migration.
 */
export async function probeDatabase(
  url: string,
  source: 'DATABASE_URL' | 'embedded',
  timeoutMs = 10_000,
): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A connection dropped after connect() reports here; without a listener it would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw explainDatabaseError(error, url, source) ?? error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** What `npm start` prints when it cannot start: one sentence a person can act on. */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return (
    `erreur inattendue (${detail}) : relancez avec LOG_LEVEL=debug pour le détail, ` +
    'et signalez-la à l’équipe du hub si elle persiste.'
  );
}
