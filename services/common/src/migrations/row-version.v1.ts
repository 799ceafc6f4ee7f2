/**
 * Frozen history (see ./index.ts): version 1 of a row's edit counter, for optimistic concurrency.
 * Adds `version integer NOT NULL DEFAULT 1` to `schema.table` and a trigger that raises it by one
 * on every UPDATE statement that reaches the row directly, whatever wrote it (a service, another
 * context's service, maintenance by hand): a client that read version n and sends it back learns
 * from a mismatch that someone else wrote in between. Updates made by other triggers (arrays kept
 * in step with child tables, `pg_trigger_depth() > 1`) are part of the write that caused them and
 * do not count again, so one write is exactly one step. The trigger owns the column: a value an
 * UPDATE sets itself is ignored.
 */
export function rowVersionSqlV1(schema: string, table: string): string[] {
  return [
    `ALTER TABLE "${schema}"."${table}" ADD COLUMN version integer NOT NULL DEFAULT 1`,
    `CREATE FUNCTION "${schema}"."${table}_next_version"() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF pg_trigger_depth() = 1 THEN
        NEW.version := OLD.version + 1;
      ELSE
        NEW.version := OLD.version;
      END IF;
      RETURN NEW;
    END
    $fn$`,
    `CREATE TRIGGER "${table}_version" BEFORE UPDATE ON "${schema}"."${table}"
      FOR EACH ROW EXECUTE FUNCTION "${schema}"."${table}_next_version"()`,
  ];
}

/** Undoes `rowVersionSqlV1`, in order. */
export function dropRowVersionSqlV1(schema: string, table: string): string[] {
  return [
    `DROP TRIGGER "${table}_version" ON "${schema}"."${table}"`,
    `DROP FUNCTION "${schema}"."${table}_next_version"()`,
    `ALTER TABLE "${schema}"."${table}" DROP COLUMN version`,
  ];
}
