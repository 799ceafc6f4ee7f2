import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { ACCESS_SCHEMA, openAccessDatabase, type AccessMigration, type SqlRunner } from './access-database';
import {
  CreateApiClientOperations1754000000000,
  RegisteredOperationStore,
} from '../persisted/registered-operations';
import { API_SCOPES, isApiScope, type ApiScope, type ClientPrincipal } from './principal';

export { ACCESS_SCHEMA };
const KEY_PREFIX = 'tn_';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class CreateApiClients1735000000000 implements AccessMigration {
  name = 'CreateApiClients1735000000000';

  async up(runner: SqlRunner): Promise<void> {
    const scopes = API_SCOPES.map((scope) => `'${scope}'`).join(', ');
    await runner.query(`
      CREATE TABLE "${ACCESS_SCHEMA}".api_client (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        key_hash bytea NOT NULL CHECK (length(key_hash) = 32),
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY[${scopes}]::text[]),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
  }

  async down(runner: SqlRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS "${ACCESS_SCHEMA}".api_client`);
  }
}

export interface ApiClientRecord {
  id: string;
  name: string;
  scopes: ApiScope[];
  createdAt: Date;
  revokedAt: Date | null;
}

interface ApiClientRow {
  id: string;
  name: string;
  key_hash: Buffer;
  scopes: string[];
  created_at: Date;
  revoked_at: Date | null;
}

function hashKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

function record(row: ApiClientRow): ApiClientRecord {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes.filter(isApiScope),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** Is this header value shaped like one of our keys (as opposed to some other bearer token)? */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(KEY_PREFIX);
}

/**
 * API keys of other ministries' systems: `tn_<clientId>_<secret>`, the secret 32 random bytes in
 * base64url. Only the SHA-256 of the whole key is stored — a database dump gives no usable key —
 * and the key is shown once, at creation.
 */
export class ApiClientStore {
  /** The operations each client registered (persisted operations), on the same connections. */
  readonly operations: RegisteredOperationStore;

  private constructor(private readonly pool: pg.Pool) {
    this.operations = new RegisteredOperationStore(pool);
  }

  /** Connects and applies the `access` schema's migrations (under the common advisory lock). */
  static async open(databaseUrl: string): Promise<ApiClientStore> {
    return new ApiClientStore(
      await openAccessDatabase(databaseUrl, [
        new CreateApiClients1735000000000(),
        new CreateApiClientOperations1754000000000(),
      ]),
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Resolves when the `access` schema's database answers (health checks). */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async create(name: string, scopes: string[]): Promise<{ client: ApiClientRecord; key: string }> {
    const unknown = scopes.filter((scope) => !isApiScope(scope));
    if (unknown.length > 0) {
      throw new Error(`Portée inconnue : ${unknown.join(', ')} (possibles : ${API_SCOPES.join(', ')}).`);
    }
    if (!name.trim()) throw new Error('Le nom du client est obligatoire.');
    const id = randomUUID();
    const key = `${KEY_PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
    const rows = (
      await this.pool.query<ApiClientRow>(
        `INSERT INTO "${ACCESS_SCHEMA}".api_client (id, name, key_hash, scopes) VALUES ($1, $2, $3, $4)
       RETURNING *`,
        [id, name.trim(), hashKey(key), [...new Set(scopes)]],
      )
    ).rows;
    return { client: record(rows[0] as ApiClientRow), key };
  }

  async list(): Promise<ApiClientRecord[]> {
    const rows = (
      await this.pool.query<ApiClientRow>(
        `SELECT * FROM "${ACCESS_SCHEMA}".api_client ORDER BY created_at, id`,
      )
    ).rows;
    return rows.map(record);
  }

  /** True when a client was revoked now; false when it does not exist or already was. */
  async revoke(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const { rowCount } = await this.pool.query(
      `UPDATE "${ACCESS_SCHEMA}".api_client SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [id],
    );
    return (rowCount ?? 0) > 0;
  }

  /** The client a key belongs to, or null for a malformed, unknown, forged or revoked key. */
  async authenticate(key: string): Promise<ClientPrincipal | null> {
    if (!looksLikeApiKey(key)) return null;
    // The id is a UUID (no underscore); the secret, base64url, may contain underscores.
    const rest = key.slice(KEY_PREFIX.length);
    const separator = rest.indexOf('_');
    const id = rest.slice(0, separator);
    if (separator < 0 || !UUID.test(id)) return null;
    const { rows } = await this.pool.query<ApiClientRow>(
      `SELECT * FROM "${ACCESS_SCHEMA}".api_client WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    // Hash even when the id is unknown, so that timing tells nothing about which ids exist.
    const presented = hashKey(key);
    const stored = row?.key_hash ?? Buffer.alloc(32);
    const matches = timingSafeEqual(presented, stored);
    if (!row || !matches || row.revoked_at) return null;
    return { kind: 'client', clientId: row.id, name: row.name, scopes: record(row).scopes };
  }
}
