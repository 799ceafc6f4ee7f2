import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'missions';

/**
 * Scores of every published mission for every agent holding one of its skills, kept by the writes
 * that change them (publication, an agent's new profile): recommendations read the best rows of an
 * agent from an index instead of scoring every candidate mission at each request.
 */
export class PrecomputedMatches1739000000000 implements MigrationInterface {
  name = 'PrecomputedMatches1739000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${S}.agent_mission_match (
        agent_id uuid NOT NULL,
        mission_id uuid NOT NULL REFERENCES ${S}.mission (id) ON DELETE CASCADE,
        score double precision NOT NULL CONSTRAINT agent_mission_match_score_check CHECK (score > 0 AND score <= 1),
        skills_score double precision NOT NULL,
        availability_score double precision NOT NULL,
        work_mode_score double precision NOT NULL,
        met text[] NOT NULL,
        partly_met text[] NOT NULL,
        missing text[] NOT NULL,
        PRIMARY KEY (agent_id, mission_id)
      )`);
    await runner.query(
      `CREATE INDEX agent_mission_match_rank_idx ON ${S}.agent_mission_match (agent_id, score DESC, mission_id DESC)`,
    );
    await runner.query(
      `CREATE INDEX agent_mission_match_mission_idx ON ${S}.agent_mission_match (mission_id)`,
    );
    // Missions already published when this runs.
    await runner.query(`
      INSERT INTO ${S}.agent_mission_match
      SELECT a.agent_id, m.id, r.score, r.skills_score, r.availability_score, r.work_mode_score,
             r.met, r.partly_met, r.missing
        FROM ${S}.mission m
        JOIN ${S}.agent_match_profile a ON a.skill_ids && m.skill_ids AND NOT a.erased
        CROSS JOIN LATERAL ${S}.match_score(
          m.skill_ids, m.skill_levels, m.skill_essential, a.skill_ids, a.skill_levels,
          m.start_date, m.end_date, m.effort_hours, m.work_mode, m.location,
          a.hours_per_month, a.available_from, a.available_until, a.work_mode, a.city) r
       WHERE m.status = 'PUBLISHED' AND r.score > 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${S}.agent_mission_match`);
  }
}
