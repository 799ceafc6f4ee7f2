import { createAuditLogTableV1, dropAuditLogTableV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen like every migration: literal names only, no import of live constants. The audit table is
// the exception on purpose: its shape belongs to common, identical in every subgraph.
const S = 'profiles';

/**
 * Identity and personal data (issue 3): who hosts which administration, who runs the programme,
 * whom an agent hides from, which hosts an agent applied to (projection of approvals' events), and
 * the erasure mark of RGPD self-service. Administration ids are slugs (`text`), as in the first
 * migration.
 */
export class IdentityAndPersonalData1733050000000 implements MigrationInterface {
  name = 'IdentityAndPersonalData1733050000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "${S}".host_referent (
        agent_id uuid NOT NULL REFERENCES "${S}".agent (id) ON DELETE CASCADE,
        administration_id text NOT NULL REFERENCES "${S}".administration (id),
        PRIMARY KEY (agent_id, administration_id)
      )`);
    await runner.query(
      `CREATE INDEX host_referent_administration_idx ON "${S}".host_referent (administration_id)`,
    );

    await runner.query(`
      CREATE TABLE "${S}".programme_admin (
        agent_id uuid PRIMARY KEY REFERENCES "${S}".agent (id) ON DELETE CASCADE
      )`);

    await runner.query(`
      CREATE TABLE "${S}".agent_hidden_from (
        agent_id uuid NOT NULL REFERENCES "${S}".agent (id) ON DELETE CASCADE,
        administration_id text NOT NULL REFERENCES "${S}".administration (id),
        PRIMARY KEY (agent_id, administration_id)
      )`);

    // A projection of approvals' `application.changed` events: no foreign keys, so that an event
    // never fails on the order in which rows arrive. Rows stay after a withdrawal: the host saw
    // the applicant. `version` is the newest event applied (older copies are ignored).
    await runner.query(`
      CREATE TABLE "${S}".applicant_host (
        agent_id uuid NOT NULL,
        administration_id text NOT NULL,
        version timestamptz NOT NULL,
        PRIMARY KEY (agent_id, administration_id)
      )`);

    await runner.query(`ALTER TABLE "${S}".agent ADD COLUMN erased_at timestamptz`);

    // The directory now also lists agents out of it to those entitled (themselves, their manager,
    // hosts they applied to, admins): a partial index on in_directory cannot serve those listings.
    // Same names, whole table.
    await runner.query(`DROP INDEX "${S}".agent_directory_order_idx`);
    await runner.query(`CREATE INDEX agent_directory_order_idx ON "${S}".agent (sort_name COLLATE "C", id)`);
    await runner.query(`DROP INDEX "${S}".agent_search_text_trgm_idx`);
    await runner.query(
      `CREATE INDEX agent_search_text_trgm_idx ON "${S}".agent
        USING gin (search_text public.gin_trgm_ops) WITH (fastupdate = off)`,
    );

    await createAuditLogTableV1(runner, S);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAuditLogTableV1(runner, S);
    await runner.query(`DROP INDEX "${S}".agent_search_text_trgm_idx`);
    await runner.query(
      `CREATE INDEX agent_search_text_trgm_idx ON "${S}".agent
        USING gin (search_text public.gin_trgm_ops) WITH (fastupdate = off) WHERE in_directory`,
    );
    await runner.query(`DROP INDEX "${S}".agent_directory_order_idx`);
    await runner.query(
      `CREATE INDEX agent_directory_order_idx ON "${S}".agent (sort_name COLLATE "C", id) WHERE in_directory`,
    );
    await runner.query(`ALTER TABLE "${S}".agent DROP COLUMN erased_at`);
    await runner.query(`DROP TABLE "${S}".applicant_host`);
    await runner.query(`DROP TABLE "${S}".agent_hidden_from`);
    await runner.query(`DROP TABLE "${S}".programme_admin`);
    await runner.query(`DROP TABLE "${S}".host_referent`);
  }
}
