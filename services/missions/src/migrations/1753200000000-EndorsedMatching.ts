import {
  MATCH_SCORE_V1_SIGNATURE,
  MATCH_SCORE_V2_SIGNATURE,
  matchScoreFunctionSqlV1,
  matchScoreFunctionSqlV2,
} from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'missions';

/** Every kept match again, from the function installed now (literal, as the day it ran). */
function rescoreSql(withEndorsements: boolean): string {
  const agent = withEndorsements
    ? 'a.skill_ids, a.skill_levels, a.endorsed_skill_ids'
    : 'a.skill_ids, a.skill_levels';
  const candidates = withEndorsements
    ? '(a.skill_ids && m.skill_ids OR a.endorsed_skill_ids && m.skill_ids)'
    : 'a.skill_ids && m.skill_ids';
  const columns = withEndorsements
    ? 'r.score, r.skills_score, r.availability_score, r.work_mode_score, r.met, r.partly_met, r.missing, r.endorsed'
    : 'r.score, r.skills_score, r.availability_score, r.work_mode_score, r.met, r.partly_met, r.missing';
  return `
    INSERT INTO ${S}.agent_mission_match
    SELECT a.agent_id, m.id, ${columns}
      FROM ${S}.mission m
      JOIN ${S}.agent_match_profile a ON ${candidates} AND NOT a.erased
      CROSS JOIN LATERAL ${S}.match_score(
        m.skill_ids, m.skill_levels, m.skill_essential, ${agent},
        m.start_date, m.end_date, m.effort_hours, m.work_mode, m.location,
        a.hours_per_month, a.available_from, a.available_until, a.work_mode, a.city) r
     WHERE m.status = 'PUBLISHED' AND r.score > 0`;
}

/**
 * Skill endorsements in matching (issue 13): the agents' projection carries the skills hosts
 * endorsed (`agent.changed`, `match.endorsedSkillIds`, GIN-indexed like the declared ones), the
 * kept matches say which required skills are endorsed, and `match_score` becomes version 2, which
 * counts an endorsement as stronger evidence than a claim; every kept match is scored again.
 */
export class EndorsedMatching1753200000000 implements MigrationInterface {
  name = 'EndorsedMatching1753200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE ${S}.agent_match_profile ADD COLUMN endorsed_skill_ids text[] NOT NULL DEFAULT '{}'`,
    );
    await runner.query(
      `CREATE INDEX agent_match_profile_endorsed_idx ON ${S}.agent_match_profile USING gin (endorsed_skill_ids)`,
    );
    await runner.query(
      `ALTER TABLE ${S}.agent_mission_match ADD COLUMN endorsed text[] NOT NULL DEFAULT '{}'`,
    );
    await runner.query(`DROP FUNCTION ${S}.match_score(${MATCH_SCORE_V1_SIGNATURE})`);
    await runner.query(matchScoreFunctionSqlV2(S));
    await runner.query(`DELETE FROM ${S}.agent_mission_match`);
    await runner.query(rescoreSql(true));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION ${S}.match_score(${MATCH_SCORE_V2_SIGNATURE})`);
    await runner.query(matchScoreFunctionSqlV1(S));
    await runner.query(`ALTER TABLE ${S}.agent_mission_match DROP COLUMN endorsed`);
    await runner.query(`DROP INDEX ${S}.agent_match_profile_endorsed_idx`);
    await runner.query(`ALTER TABLE ${S}.agent_match_profile DROP COLUMN endorsed_skill_ids`);
    await runner.query(`DELETE FROM ${S}.agent_mission_match`);
    await runner.query(rescoreSql(false));
  }
}
