import {
  MATCH_SCORE_V1_SIGNATURE,
  MATCH_SCORE_V2_SIGNATURE,
  matchScoreFunctionSqlV1,
  matchScoreFunctionSqlV2,
} from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'profiles';

/**
 * Skill endorsements (issue 13): what hosts vouched for after completed missions, as approvals
 * announces it (`skills.endorsed`), one row per application and skill — evidence on the agent's
 * skills, declared or not. `agent.endorsed_skill_ids` (kept by statement-level triggers, like the
 * skill arrays, and indexed with GIN) is what ranking reads; `match_score` becomes version 2, which
 * counts an endorsement as stronger evidence than a claim.
 */
export class SkillEndorsements1753000000000 implements MigrationInterface {
  name = 'SkillEndorsements1753000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "${S}".skill_endorsement (
        application_id uuid NOT NULL,
        skill_id text NOT NULL REFERENCES "${S}".skill (id),
        agent_id uuid NOT NULL REFERENCES "${S}".agent (id),
        mission_id uuid NOT NULL,
        endorsed_by uuid NOT NULL,
        endorsed_at timestamptz NOT NULL,
        PRIMARY KEY (application_id, skill_id)
      )`);
    await runner.query(
      `CREATE INDEX skill_endorsement_agent_idx ON "${S}".skill_endorsement (agent_id, skill_id)`,
    );
    await runner.query(`ALTER TABLE "${S}".agent ADD COLUMN endorsed_skill_ids text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`
      CREATE FUNCTION "${S}".refresh_agent_endorsed_skills(targets uuid[]) RETURNS void LANGUAGE sql AS $fn$
        UPDATE "${S}".agent a SET endorsed_skill_ids = held.ids
        FROM (
          SELECT target.id,
                 coalesce(array_agg(DISTINCT e.skill_id ORDER BY e.skill_id)
                            FILTER (WHERE e.skill_id IS NOT NULL), '{}') AS ids
          FROM (SELECT DISTINCT unnest(targets) AS id) target
          LEFT JOIN "${S}".skill_endorsement e ON e.agent_id = target.id
          GROUP BY target.id
        ) held
        WHERE a.id = held.id AND a.endorsed_skill_ids IS DISTINCT FROM held.ids
      $fn$`);
    await runner.query(`
      CREATE FUNCTION "${S}".skill_endorsement_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM "${S}".refresh_agent_endorsed_skills(ARRAY(SELECT agent_id FROM new_rows));
        ELSE
          PERFORM "${S}".refresh_agent_endorsed_skills(ARRAY(SELECT agent_id FROM old_rows));
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await runner.query(`
      CREATE TRIGGER skill_endorsement_arrays_insert AFTER INSERT ON "${S}".skill_endorsement
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "${S}".skill_endorsement_changed()`);
    await runner.query(`
      CREATE TRIGGER skill_endorsement_arrays_delete AFTER DELETE ON "${S}".skill_endorsement
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "${S}".skill_endorsement_changed()`);
    await runner.query(
      `CREATE INDEX agent_endorsed_skill_ids_idx ON "${S}".agent USING gin (endorsed_skill_ids)`,
    );
    await runner.query(`DROP FUNCTION "${S}".match_score(${MATCH_SCORE_V1_SIGNATURE})`);
    await runner.query(matchScoreFunctionSqlV2(S));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION "${S}".match_score(${MATCH_SCORE_V2_SIGNATURE})`);
    await runner.query(matchScoreFunctionSqlV1(S));
    await runner.query(`DROP INDEX "${S}".agent_endorsed_skill_ids_idx`);
    await runner.query(`DROP TRIGGER skill_endorsement_arrays_delete ON "${S}".skill_endorsement`);
    await runner.query(`DROP TRIGGER skill_endorsement_arrays_insert ON "${S}".skill_endorsement`);
    await runner.query(`DROP FUNCTION "${S}".skill_endorsement_changed()`);
    await runner.query(`DROP FUNCTION "${S}".refresh_agent_endorsed_skills(uuid[])`);
    await runner.query(`ALTER TABLE "${S}".agent DROP COLUMN endorsed_skill_ids`);
    await runner.query(`DROP TABLE "${S}".skill_endorsement`);
  }
}
