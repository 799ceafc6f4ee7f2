import type pg from 'pg';
import { ACCESS_SCHEMA, type AccessMigration, type SqlRunner } from '../auth/access-database';
import { HASH_PATTERN, type NamedOperation } from './operation-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The operations each API client registered (issue 15, item 2), beside the clients themselves in
 * the gateway's `access` schema. The database checks that each hash is the SHA-256 of its text: a
 * row written by hand cannot make a hash run another operation.
 */
export class CreateApiClientOperations1754000000000 implements AccessMigration {
  name = 'CreateApiClientOperations1754000000000';

  async up(runner: SqlRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "${ACCESS_SCHEMA}".api_client_operation (
        client_id uuid NOT NULL REFERENCES "${ACCESS_SCHEMA}".api_client (id),
        hash text NOT NULL CHECK (hash = encode(sha256(convert_to(body, 'UTF8')), 'hex')),
        name text NOT NULL CHECK (length(name) > 0),
        body text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (client_id, hash)
      )`);
  }

  async down(runner: SqlRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS "${ACCESS_SCHEMA}".api_client_operation`);
  }
}

export interface RegisteredOperation {
  hash: string;
  name: string;
  registeredAt: Date;
  revokedAt: Date | null;
}

interface OperationRow {
  hash: string;
  name: string;
  registered_at: Date;
  revoked_at: Date | null;
}

/**
 * Read on every operation of an API client in production, as its key is: a registration or a
 * revocation holds at once, on every replica.
 */
export class RegisteredOperationStore {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Registers `operations` for an active client, in one transaction; an operation registered
   * before (even revoked) is active again. Returns how many were new.
   */
  async register(clientId: string, operations: readonly NamedOperation[]): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const active = await client.query(
        `SELECT 1 FROM "${ACCESS_SCHEMA}".api_client WHERE id = $1 AND revoked_at IS NULL FOR SHARE`,
        [UUID.test(clientId) ? clientId : null],
      );
      if (active.rowCount === 0) throw new Error(`Aucun client actif ne porte l’identifiant ${clientId}.`);
      let added = 0;
      for (const operation of operations) {
        const { rows } = await client.query<{ inserted: boolean }>(
          `INSERT INTO "${ACCESS_SCHEMA}".api_client_operation (client_id, hash, name, body)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (client_id, hash) DO UPDATE SET name = EXCLUDED.name, revoked_at = NULL
           RETURNING (xmax = 0) AS inserted`,
          [clientId, operation.hash, operation.name, operation.body],
        );
        if (rows[0]?.inserted) added += 1;
      }
      await client.query('COMMIT');
      return added;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async list(clientId: string): Promise<RegisteredOperation[]> {
    if (!UUID.test(clientId)) return [];
    const { rows } = await this.pool.query<OperationRow>(
      `SELECT hash, name, registered_at, revoked_at FROM "${ACCESS_SCHEMA}".api_client_operation
       WHERE client_id = $1 ORDER BY name, registered_at`,
      [clientId],
    );
    return rows.map((row) => ({
      hash: row.hash,
      name: row.name,
      registeredAt: row.registered_at,
      revokedAt: row.revoked_at,
    }));
  }

  /** True when an active operation was revoked now. */
  async revoke(clientId: string, hash: string): Promise<boolean> {
    if (!UUID.test(clientId) || !HASH_PATTERN.test(hash)) return false;
    const { rowCount } = await this.pool.query(
      `UPDATE "${ACCESS_SCHEMA}".api_client_operation SET revoked_at = now()
       WHERE client_id = $1 AND hash = $2 AND revoked_at IS NULL`,
      [clientId, hash],
    );
    return (rowCount ?? 0) > 0;
  }

  /** The text of an active operation of the client, or null. */
  async find(clientId: string, hash: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ body: string }>(
      `SELECT body FROM "${ACCESS_SCHEMA}".api_client_operation
       WHERE client_id = $1 AND hash = $2 AND revoked_at IS NULL`,
      [clientId, hash],
    );
    return rows[0]?.body ?? null;
  }
}
