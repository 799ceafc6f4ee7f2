import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../hub/src/embedded-postgres';
import type { ScratchDatabase } from '../../hub/src/scratch-database';
import { createTestDatabase } from '../support/database';
import {
  failedStart as npmStartFailure,
  failureReason as reason,
  FREE_PORTS,
  npmStart,
  QUIET_START,
  type Outcome,
  stopGroup,
  type Started,
} from '../support/npm-start';

/** Every port picked by the system unless a test takes one: only the case under test fails. */
function failedStart(env: NodeJS.ProcessEnv): Promise<Outcome> {
  return npmStartFailure({ ...QUIET_START, ...env });
}

function occupy(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

async function schemasOf(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT schema_name AS name FROM information_schema.schemata
        WHERE schema_name IN ('profiles', 'missions', 'approvals', 'pgboss', 'access')`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

function expectCleanFailure(outcome: Outcome): void {
  expect(outcome.code).not.toBe(0);
  expect(outcome.code).not.toBeNull();
  expect(outcome.leftBehind).toBe(false);
  // One French sentence, no stack.
  expect(outcome.output).not.toMatch(/\n\s+at |EADDRINUSE|undefined/);
}

describe('npm start refuses to start with a sentence a person can act on', () => {
  let database: ScratchDatabase;
  let scratch: string;
  const blockers: Server[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    scratch = await mkdtemp(path.join(tmpdir(), 'talents-refused-'));
    await chmod(scratch, 0o755);
  });

  afterAll(async () => {
    await Promise.all(blockers.map((server) => new Promise((resolve) => server.close(resolve))));
    await database.drop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('names PORT when the gateway port is taken, before any migration', async () => {
    const taken = await occupy();
    blockers.push(taken);
    const outcome = await failedStart({ DATABASE_URL: database.url, PORT: String(portOf(taken)) });
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(
      new RegExp(
        `port ${portOf(taken)} de la passerelle est déjà pris.*variable PORT \\(par exemple PORT=\\d+\\)`,
      ),
    );
    expect(outcome.output).not.toMatch(/Migrations/);
    expect(await schemasOf(database.url)).toEqual([]);
  });

  it('names MISSIONS_PORT when a subgraph port is taken', async () => {
    const taken = await occupy();
    blockers.push(taken);
    const outcome = await failedStart({ DATABASE_URL: database.url, MISSIONS_PORT: String(portOf(taken)) });
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(/du sous-graphe missions est déjà pris.*variable MISSIONS_PORT/);
    expect(await schemasOf(database.url)).toEqual([]);
  });

  it('names EMBEDDED_PG_PORT when the embedded PostgreSQL port is taken, before initdb', async () => {
    const taken = await occupy();
    blockers.push(taken);
    const dataDir = path.join(scratch, 'port-taken');
    const outcome = await failedStart({
      DATABASE_URL: undefined,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(portOf(taken)),
    });
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(/PostgreSQL embarqué est déjà pris.*variable EMBEDDED_PG_PORT/);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(false);
  });

  it('says DATABASE_URL does not answer when nothing listens there', async () => {
    const url = `postgres://postgres@127.0.0.1:${await freePort()}/postgres`;
    const outcome = await failedStart({ DATABASE_URL: url });
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(/La base de DATABASE_URL \(127\.0\.0\.1:\d+\/postgres\) ne répond pas/);
  });

  it('says DATABASE_URL is not a PostgreSQL address when it is malformed', async () => {
    const outcome = await failedStart({ DATABASE_URL: 'localhost:5432/talents' });
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(/DATABASE_URL n’est pas une adresse PostgreSQL.*postgres:\/\//);
  });

  it('names the missing database', async () => {
    const url = new URL(database.url);
    url.pathname = '/talents_absent_database';
    const outcome = await failedStart({ DATABASE_URL: url.toString() });
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(/n’a pas de base « talents_absent_database » : créez-la/);
  });

  describe('on a server that requires a password', () => {
    // The machine's server trusts local connections. The hub's embedded cluster is initialised with
    // `--auth=password`: a wrong password is refused by a real PostgreSQL (SQLSTATE 28P01).
    let hub: Started;
    let port: number;

    beforeAll(async () => {
      port = await freePort();
      hub = await npmStart({
        DATABASE_URL: undefined,
        DATA_DIR: path.join(scratch, 'password'),
        EMBEDDED_PG_PORT: String(port),
        SEED: 'false',
        ...FREE_PORTS,
      });
    }, 90_000);

    afterAll(async () => {
      if (hub) await stopGroup(hub);
    });

    it('says the password is refused, and for whom', async () => {
      const outcome = await failedStart({
        DATABASE_URL: `postgres://postgres:mauvais@127.0.0.1:${port}/postgres`,
      });
      expectCleanFailure(outcome);
      expect(reason(outcome)).toMatch(
        /refuse le mot de passe de l’utilisateur « postgres » : corrigez DATABASE_URL/,
      );
    });

    it('says the password is missing', async () => {
      const outcome = await failedStart({
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
        PGPASSWORD: undefined,
      });
      expectCleanFailure(outcome);
      expect(reason(outcome)).toMatch(/demande un mot de passe que DATABASE_URL ne donne pas/);
    });
  });

  it('says the data directory is not writable', async () => {
    // Root writes anywhere, but PostgreSQL then runs as its own user: a private parent stops it.
    const locked = path.join(scratch, 'locked');
    await mkdir(locked);
    await chmod(locked, process.getuid?.() === 0 ? 0o700 : 0o500);
    const outcome = await failedStart({
      DATABASE_URL: undefined,
      DATA_DIR: path.join(locked, 'data'),
      EMBEDDED_PG_PORT: String(await freePort()),
    });
    await chmod(locked, 0o755);
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(
      /dossier de données .*locked.* n’est pas accessible en écriture.*DATA_DIR/,
    );
  });

  it('says the data directory belongs to another PostgreSQL version', async () => {
    const dataDir = path.join(scratch, 'old-version');
    await mkdir(path.join(dataDir, 'postgres'), { recursive: true });
    await writeFile(path.join(dataDir, 'postgres', 'PG_VERSION'), '14\n');
    const outcome = await failedStart({
      DATABASE_URL: undefined,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
    });
    expectCleanFailure(outcome);
    expect(reason(outcome)).toMatch(
      /contient une base de PostgreSQL 14, or le hub embarque PostgreSQL \d+.*DATA_DIR/,
    );
  });

  it.each([
    [
      { GATEWAY_SIGNING_KEYS: 'pas du JSON', SESSION_SECRET: 'x'.repeat(40) },
      /GATEWAY_SIGNING_KEYS doit être/,
    ],
    [
      { GATEWAY_SIGNING_KEYS: '{"keys":[{"kty":"EC"}]}', SESSION_SECRET: 'x'.repeat(40) },
      /GATEWAY_SIGNING_KEYS est mal formée/,
    ],
    [
      { GATEWAY_SIGNING_KEYS: undefined, SESSION_SECRET: 'x'.repeat(40) },
      /GATEWAY_SIGNING_KEYS est obligatoire en production/,
    ],
    [{ PORT: 'quatre mille' }, /PORT doit être un numéro de port .*reçu « quatre mille ».*PORT=4000/],
  ])(
    'refuses a missing or malformed production variable %#, before the database',
    async (variables, expected) => {
      const outcome = await failedStart({ NODE_ENV: 'production', DATABASE_URL: database.url, ...variables });
      expectCleanFailure(outcome);
      expect(reason(outcome)).toMatch(expected);
      expect(await schemasOf(database.url)).toEqual([]);
    },
  );
});
