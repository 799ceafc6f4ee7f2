import type { QueryRunner } from 'typeorm';

/**
 * Frozen history (see ./index.ts): version 1 of the append-only `audit_log` of one subgraph, for
 * its own migration to call. UPDATE and DELETE
 * are refused by a trigger, except inside an RGPD erasure, which sets `talents.audit_redaction`
 * for its transaction to blank the personal values of the erased agent and nothing else.
 */
export async function createAuditLogTableV1(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}".audit_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      actor_kind text NOT NULL CHECK (actor_kind IN ('agent', 'client', 'anonymous', 'system')),
      actor_id text NOT NULL,
      action text NOT NULL CHECK (action ~ '^[a-z][a-zA-Z.]*$'),
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      subject_agent_id uuid,
      fields text[] NOT NULL DEFAULT '{}',
      before jsonb,
      after jsonb,
      request_id text
    )`);
  await runner.query(`CREATE INDEX audit_log_at_idx ON "${schema}".audit_log (at DESC, id DESC)`);
  await runner.query(
    `CREATE INDEX audit_log_subject_idx ON "${schema}".audit_log (subject_agent_id, at DESC, id DESC)`,
  );
  await runner.query(
    `CREATE INDEX audit_log_actor_idx ON "${schema}".audit_log (actor_id, at DESC, id DESC)`,
  );
  await runner.query(`
    CREATE FUNCTION "${schema}".audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('talents.audit_redaction', true) = 'on' THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`);
  await runner.query(`
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "${schema}".audit_log
    FOR EACH ROW EXECUTE FUNCTION "${schema}".audit_log_append_only()`);
}

export async function dropAuditLogTableV1(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE "${schema}".audit_log`);
  await runner.query(`DROP FUNCTION "${schema}".audit_log_append_only()`);
}
