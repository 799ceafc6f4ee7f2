import { levelRankSqlV1, matchScoreFunctionSqlV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen like every migration (literal names), with one exception on purpose, as for the audit
// table: the matching function and the level ranks belong to common and must be the very same in
// every subgraph. Changing them takes a new migration here that re-creates them; a test compares
// the installed function with common's text, so a change made there alone fails loudly.
const S = 'profiles';

/**
 * Matching for `Mission.suggestedAgents`: the hub's `match_score` function, and each agent's skills
 * denormalised on `agent` (`skill_ids`, `skill_levels` as ranks), indexed with GIN.
 *
 * Why the arrays rather than the existing B-tree on `agent_skill (skill_id)`: ranking scores every
 * candidate (a score cannot be indexed), and with the B-tree each candidate costs a probe of
 * `agent_skill` to find it, a primary-key look-up of `agent`, and another range of `agent_skill`
 * to gather the skills the function reads. With the arrays, one GIN bitmap scan
 * (`skill_ids && required`) yields the candidate rows with their skills on them. Measured on 20,000
 * demo agents and 20 missions in one batch (≈ 2,500 candidates each): 480,000 buffer hits and
 * 1.2–1.6 s with the B-tree, 21,000 and 0.8–0.9 s with GIN, the rest being the function itself.
 *
 * The arrays are kept by statement-level triggers on `agent_skill` rather than by the service, so
 * that every path writing skills (service, erasure, seed, maintenance by hand) keeps them true; one
 * UPDATE per statement, whatever the number of rows (a seed chunk of 500 skills is one UPDATE).
 */
export class MatchScore1737100000000 implements MigrationInterface {
  name = 'MatchScore1737100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(matchScoreFunctionSqlV1(S));

    await runner.query(`
      ALTER TABLE "${S}".agent
        ADD COLUMN skill_ids text[] NOT NULL DEFAULT '{}',
        ADD COLUMN skill_levels smallint[] NOT NULL DEFAULT '{}'`);
    // Rewrites only the agents whose arrays change; both arrays in skill id order.
    await runner.query(`
      CREATE FUNCTION "${S}".refresh_agent_skill_arrays(targets uuid[]) RETURNS void LANGUAGE sql AS $fn$
        UPDATE "${S}".agent a SET skill_ids = held.ids, skill_levels = held.levels
        FROM (
          SELECT target.id,
                 coalesce(array_agg(owned.skill_id ORDER BY owned.skill_id)
                            FILTER (WHERE owned.skill_id IS NOT NULL), '{}') AS ids,
                 coalesce(array_agg(${levelRankSqlV1('owned.level')} ORDER BY owned.skill_id)
                            FILTER (WHERE owned.skill_id IS NOT NULL), '{}') AS levels
          FROM (SELECT DISTINCT unnest(targets) AS id) target
          LEFT JOIN "${S}".agent_skill owned ON owned.agent_id = target.id
          GROUP BY target.id
        ) held
        WHERE a.id = held.id AND (a.skill_ids, a.skill_levels) IS DISTINCT FROM (held.ids, held.levels)
      $fn$`);
    // Transition tables exist only for the events a trigger declares: one trigger per event.
    await runner.query(`
      CREATE FUNCTION "${S}".agent_skill_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM "${S}".refresh_agent_skill_arrays(ARRAY(SELECT agent_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM "${S}".refresh_agent_skill_arrays(ARRAY(SELECT agent_id FROM old_rows));
        ELSE
          PERFORM "${S}".refresh_agent_skill_arrays(
            ARRAY(SELECT agent_id FROM old_rows UNION SELECT agent_id FROM new_rows));
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await runner.query(`
      CREATE TRIGGER agent_skill_arrays_insert AFTER INSERT ON "${S}".agent_skill
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "${S}".agent_skill_changed()`);
    await runner.query(`
      CREATE TRIGGER agent_skill_arrays_delete AFTER DELETE ON "${S}".agent_skill
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "${S}".agent_skill_changed()`);
    await runner.query(`
      CREATE TRIGGER agent_skill_arrays_update AFTER UPDATE ON "${S}".agent_skill
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "${S}".agent_skill_changed()`);
    await runner.query(
      `SELECT "${S}".refresh_agent_skill_arrays(ARRAY(SELECT DISTINCT agent_id FROM "${S}".agent_skill))`,
    );
    await runner.query(`CREATE INDEX agent_skill_ids_idx ON "${S}".agent USING gin (skill_ids)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER agent_skill_arrays_update ON "${S}".agent_skill`);
    await runner.query(`DROP TRIGGER agent_skill_arrays_delete ON "${S}".agent_skill`);
    await runner.query(`DROP TRIGGER agent_skill_arrays_insert ON "${S}".agent_skill`);
    await runner.query(`DROP FUNCTION "${S}".agent_skill_changed()`);
    await runner.query(`DROP FUNCTION "${S}".refresh_agent_skill_arrays(uuid[])`);
    await runner.query(`ALTER TABLE "${S}".agent DROP COLUMN skill_levels, DROP COLUMN skill_ids`);
    await runner.query(`DROP FUNCTION IF EXISTS "${S}".match_score`);
  }
}
