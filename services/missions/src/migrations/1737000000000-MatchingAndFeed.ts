import { feedTableSqlV1, levelRankSqlV1, matchScoreFunctionSqlV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'missions';

/**
 * Matching and the live feed: essential/nice-to-have skills, the mission's required skills as
 * arrays (kept by a trigger, indexed with GIN so that candidate missions are found by overlap),
 * the shared `match_score` function, the projection of agents that the live feed scores, and the
 * feed table subscriptions resume from.
 */
export class MatchingAndFeed1737000000000 implements MigrationInterface {
  name = 'MatchingAndFeed1737000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${S}.mission_skill ADD COLUMN essential boolean NOT NULL DEFAULT true`);
    await runner.query(`
      ALTER TABLE ${S}.mission
        ADD COLUMN skill_ids text[] NOT NULL DEFAULT '{}',
        ADD COLUMN skill_levels smallint[] NOT NULL DEFAULT '{}',
        ADD COLUMN skill_essential boolean[] NOT NULL DEFAULT '{}'`);
    // A trigger rather than the service: every path that writes mission_skill (service, seed,
    // maintenance by hand) keeps the arrays true.
    await runner.query(`
      CREATE FUNCTION ${S}.refresh_mission_skill_arrays(target uuid) RETURNS void LANGUAGE sql AS $fn$
        UPDATE ${S}.mission m SET
          skill_ids = coalesce(agg.ids, '{}'),
          skill_levels = coalesce(agg.levels, '{}'),
          skill_essential = coalesce(agg.essential, '{}')
        FROM (
          SELECT array_agg(skill_id ORDER BY position) AS ids,
                 array_agg(${levelRankSqlV1('min_level')} ORDER BY position) AS levels,
                 array_agg(essential ORDER BY position) AS essential
          FROM ${S}.mission_skill WHERE mission_id = target
        ) agg
        WHERE m.id = target
      $fn$`);
    await runner.query(`
      CREATE FUNCTION ${S}.mission_skill_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM ${S}.refresh_mission_skill_arrays(OLD.mission_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.mission_id <> OLD.mission_id) THEN
          PERFORM ${S}.refresh_mission_skill_arrays(NEW.mission_id);
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await runner.query(`
      CREATE TRIGGER mission_skill_arrays AFTER INSERT OR UPDATE OR DELETE ON ${S}.mission_skill
      FOR EACH ROW EXECUTE FUNCTION ${S}.mission_skill_changed()`);
    await runner.query(`SELECT ${S}.refresh_mission_skill_arrays(id) FROM ${S}.mission`);
    await runner.query(`CREATE INDEX mission_skill_ids_idx ON ${S}.mission USING gin (skill_ids)`);

    await runner.query(matchScoreFunctionSqlV1(S));

    await runner.query(`
      CREATE TABLE ${S}.agent_match_profile (
        agent_id uuid PRIMARY KEY,
        administration_id text,
        manager_id uuid,
        skill_ids text[] NOT NULL DEFAULT '{}',
        skill_levels smallint[] NOT NULL DEFAULT '{}',
        hours_per_month integer NOT NULL DEFAULT 0,
        available_from date,
        available_until date,
        work_mode text,
        city text,
        erased boolean NOT NULL DEFAULT false,
        version timestamptz(3) NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX agent_match_profile_skills_idx ON ${S}.agent_match_profile USING gin (skill_ids)`,
    );
    for (const statement of feedTableSqlV1(S)) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${S}.feed`);
    await runner.query(`DROP TABLE ${S}.agent_match_profile`);
    await runner.query(`DROP FUNCTION ${S}.match_score`);
    await runner.query(`DROP TRIGGER mission_skill_arrays ON ${S}.mission_skill`);
    await runner.query(`DROP FUNCTION ${S}.mission_skill_changed()`);
    await runner.query(`DROP FUNCTION ${S}.refresh_mission_skill_arrays(uuid)`);
    await runner.query(
      `ALTER TABLE ${S}.mission DROP COLUMN skill_ids, DROP COLUMN skill_levels, DROP COLUMN skill_essential`,
    );
    await runner.query(`ALTER TABLE ${S}.mission_skill DROP COLUMN essential`);
  }
}
