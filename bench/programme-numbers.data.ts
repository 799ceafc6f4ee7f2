import type { DemoData } from '@talents/demo';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { seedDemoOutcomes } from '../services/approvals/src/seed-outcomes';

/**
 * The programme-numbers bench's dataset (issue 13): agents, missions, their required skills and
 * applications with their steps, written set-based (generate_series) into the hub's fresh database
 * after the demo's referential, then the outcomes of the accepted and completed applications
 * (agreements, completions, credit entries) by approvals' own seed code. Deterministic: every figure
 * comes from the row number, so two runs measure the same data.
 */
export interface NumbersDataSize {
  agents: number;
  missions: number;
  applications: number;
}

export interface NumbersDataCounts {
  agents: number;
  missions: number;
  missionSkills: number;
  applications: number;
  steps: number;
  ledgerEntries: number;
  seconds: number;
}

/** Kinds from the most to the least asked for: missions draw them with a skew toward the first. */
const KINDS = [
  'PROJECT_SUPPORT',
  'STUDY_AUDIT',
  'COMPONENT_DEVELOPMENT',
  'SKILLS_TRANSFER',
  'CONSULTING',
  'SECURITY_HARDENING',
  'UX_IMPROVEMENT',
  'IDEATION_WORKSHOP',
  'EXPERIENCE_FEEDBACK',
];
export const MOST_ASKED_KIND = KINDS[0]!;

/** `count` distinct skills from `s` (length `n`), starting at a skewed `base`, `step` apart. */
const skillsOf = (g: string, count: string, step: string) =>
  `ARRAY(SELECT s[1 + (floor(n * power(((${g} * 7919) % 1000) / 1000.0, 2))::int + j * (${step})) % n]
           FROM generate_series(0, ${count} - 1) j ORDER BY j)`;

/**
 * Agents, as missions' matching projection (the skills on offer) and approvals' (administration and
 * manager): one in ten manages the nine after it, one in a hundred those managers; three in five give
 * some hours per month.
 */
const AGENTS_SQL = `
  INSERT INTO missions.agent_match_profile
    (agent_id, administration_id, manager_id, skill_ids, skill_levels, hours_per_month, work_mode, version)
  SELECT md5('bench-agent-' || g)::uuid,
         a[1 + (g * 31) % cardinality(a)],
         CASE WHEN g % 10 <> 0 THEN md5('bench-agent-' || (g - g % 10))::uuid
              WHEN g % 100 <> 0 THEN md5('bench-agent-' || (g - g % 100))::uuid END,
         ${skillsOf('g', '2 + g % 5', '1 + g % 11')},
         ARRAY(SELECT (1 + (g + j) % 4)::smallint FROM generate_series(0, 1 + g % 5) j),
         CASE WHEN g % 5 < 3 THEN 4 + g % 12 ELSE 0 END,
         (ARRAY['REMOTE', 'HYBRID', 'ON_SITE'])[1 + g % 3],
         now()
    FROM generate_series(0, $3 - 1) g,
         (SELECT $1::text[] AS a, $2::text[] AS s, cardinality($2::text[]) AS n) referential`;

/**
 * Missions created over the last three years: the recent ones in moderation or published, the older
 * ones filled, closed or cancelled, a few drafts at any age. Kinds and host administrations are
 * skewed, as real demand is.
 */
const MISSIONS_SQL = `
  INSERT INTO missions.mission
    (id, title, kind, domain, description, host_administration_id, contact_agent_id, effort_hours,
     start_date, end_date, application_deadline, work_mode, seats, status, created_at, published_at, updated_at,
     skill_ids, skill_levels, skill_essential)
  SELECT md5('bench-mission-' || g)::uuid, 'Mission de banc d’essai ' || g,
         ($4::text[])[1 + floor(cardinality($4::text[]) * power(((g * 3001) % 1000) / 1000.0, 1.6))::int],
         CASE WHEN g % 4 = 0 THEN 'BUSINESS' ELSE 'TECHNICAL' END,
         'Mission générée pour mesurer les chiffres du programme.',
         a[1 + floor(cardinality(a) * power(((g * 6007) % 1000) / 1000.0, 1.4))::int],
         md5('bench-agent-' || (g * 13) % $5)::uuid,
         4 + g % 60, deadline + 7, deadline + 67, deadline,
         (ARRAY['REMOTE', 'HYBRID', 'ON_SITE'])[1 + g % 3], 1 + g % 5, status, created,
         CASE WHEN status IN ('PUBLISHED', 'FILLED', 'CLOSED')
              THEN created + (2 + (g * 37) % 300) * least(1, age / 40.0) * interval '1 hour' END,
         created,
         ${skillsOf('g', '1 + g % 5', '1 + g % 13')},
         ARRAY(SELECT (1 + (g + j) % 4)::smallint FROM generate_series(0, g % 5) j),
         ARRAY(SELECT j < 2 FROM generate_series(0, g % 5) j)
    FROM generate_series(0, $3 - 1) g,
         (SELECT $1::text[] AS a, $2::text[] AS s, cardinality($2::text[]) AS n) referential,
         LATERAL (SELECT 1 + (g * 7907) % 1095 AS age) aged,
         LATERAL (SELECT now() - age * interval '1 day' - (g % 24) * interval '1 hour' AS created,
                         CASE WHEN g % 20 = 0 THEN 'DRAFT'
                              WHEN age <= 45 THEN CASE WHEN g % 20 < 3 THEN 'SUBMITTED' ELSE 'PUBLISHED' END
                              WHEN g % 20 = 1 THEN 'CANCELLED'
                              WHEN g % 20 < 10 THEN 'FILLED'
                              ELSE 'CLOSED' END AS status) shaped,
         LATERAL (SELECT (created + interval '40 days')::date AS deadline) dated`;

/** The rows the mission_skill trigger keeps in step with the arrays, written directly (triggers are off). */
const MISSION_SKILLS_SQL = `
  INSERT INTO missions.mission_skill (mission_id, skill_id, min_level, position, essential)
  SELECT m.id, k.skill_id, (ARRAY['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'])[k.level], k.ord - 1, k.essential
    FROM missions.mission m
   CROSS JOIN LATERAL unnest(m.skill_ids, m.skill_levels, m.skill_essential) WITH ORDINALITY
         AS k(skill_id, level, essential, ord)
   WHERE m.title LIKE 'Mission de banc d’essai %'`;

/**
 * The missions that receive applications: every published one but one in eight of those still
 * open (the numbers' "missions without applicants"), numbered from 0.
 */
const TARGETS_SQL = `
  CREATE TEMP TABLE bench_target AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS rn, id, published_at, application_deadline, end_date,
         effort_hours, host_administration_id
    FROM missions.mission
   WHERE title LIKE 'Mission de banc d’essai %' AND published_at IS NOT NULL
     AND NOT (status = 'PUBLISHED' AND abs(hashtext(id::text)) % 8 = 0)`;

/**
 * Applications spread evenly over the target missions (the k-th applicant of a mission is a distinct
 * agent), each with the times of the steps it reached. An outcome whose time has not come yet is
 * still waiting for the manager; a mission not yet over is not completed; the old missions' pending
 * applications expired or were declined when the mission filled.
 */
const APPLICATIONS_SQL = `
  CREATE TEMP TABLE bench_application AS
  SELECT md5('bench-application-' || g)::uuid AS id,
         md5('bench-agent-' || (t.rn * 37 + k * 1009) % $2)::uuid AS agent_id,
         t.id AS mission_id, t.host_administration_id, least(t.effort_hours, 2 + g % 30) AS hours,
         created, released, accepted,
         CASE WHEN final_at > now() THEN 'SUBMITTED' ELSE status END AS status,
         CASE WHEN final_at > now() THEN NULL ELSE reason END AS reason,
         CASE WHEN final_at > now() THEN created ELSE final_at END AS updated_at
    FROM generate_series(0, $1 - 1) g
    JOIN bench_target t ON t.rn = g % $3
   CROSS JOIN LATERAL (SELECT g / $3 AS k, (g * 7 + g / $3) % 20 AS bucket,
                              t.application_deadline < current_date - 30 AS old) drawn
   CROSS JOIN LATERAL (
     SELECT t.published_at + ((g * 13) % 600) * least(1, extract(epoch FROM now() - t.published_at) / 3600 / 1200)
              * interval '1 hour' + (g % 60) * interval '1 minute' AS created) filed
   CROSS JOIN LATERAL (
     SELECT created + (2 + (g * 17) % 200) * interval '1 hour' AS released,
            created + (2 + (g * 17) % 200 + 2 + (g * 23) % 300) * interval '1 hour' AS accepted) decided
   CROSS JOIN LATERAL (
     SELECT CASE WHEN bucket < 2 THEN CASE WHEN old THEN 'EXPIRED' ELSE 'SUBMITTED' END
                 WHEN bucket < 4 THEN CASE WHEN old THEN 'DECLINED_BY_HOST' ELSE 'MANAGER_APPROVED' END
                 WHEN bucket < 6 THEN 'REFUSED_BY_MANAGER'
                 WHEN bucket < 9 THEN 'DECLINED_BY_HOST'
                 WHEN bucket < 12 THEN 'WITHDRAWN'
                 WHEN bucket < 13 THEN 'EXPIRED'
                 WHEN bucket < 15 OR t.end_date + 3 > current_date THEN 'ACCEPTED'
                 ELSE 'COMPLETED' END AS status,
            CASE WHEN bucket < 4 AND old AND bucket >= 2 THEN 'MISSION_FILLED'
                 WHEN bucket BETWEEN 4 AND 11 THEN (ARRAY['WORKLOAD', 'NOT_INTERESTED', 'ALREADY_ENGAGED',
                   'NO_MANAGEMENT_APPROVAL'])[1 + (g / 20) % 4] END AS reason) outcome
   CROSS JOIN LATERAL (
     SELECT CASE status
              WHEN 'SUBMITTED' THEN created
              WHEN 'MANAGER_APPROVED' THEN released
              WHEN 'REFUSED_BY_MANAGER' THEN created + (1 + (g * 19) % 150) * interval '1 hour'
              WHEN 'DECLINED_BY_HOST' THEN released + (4 + (g * 29) % 200) * interval '1 hour'
              WHEN 'WITHDRAWN' THEN created + (1 + (g * 31) % 300) * interval '1 hour'
              WHEN 'EXPIRED' THEN t.application_deadline + interval '1 day'
              WHEN 'ACCEPTED' THEN accepted
              ELSE greatest((t.end_date + 3)::timestamptz, accepted + interval '1 hour') END AS final_at) ended`;

const INSERT_APPLICATIONS_SQL = `
  INSERT INTO approvals.applications
    (id, agent_id, mission_id, motivation, proposed_hours, approved_hours, status, reason, created_at, updated_at,
     host_administration_id, released_by_agent_id)
  SELECT b.id, b.agent_id, b.mission_id, 'Je souhaite contribuer à cette mission.', b.hours,
         CASE WHEN released_step THEN b.hours END, b.status, b.reason, b.created, b.updated_at,
         b.host_administration_id, CASE WHEN released_step THEN p.manager_id END
    FROM bench_application b
    JOIN missions.agent_match_profile p ON p.agent_id = b.agent_id
   CROSS JOIN LATERAL (
     SELECT b.status IN ('MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED', 'DECLINED_BY_HOST') AS released_step) r`;

/** The steps the application_steps trigger would have recorded, with the times of the workflow. */
const STEPS_SQL = `
  INSERT INTO approvals.application_steps (application_id, status, at)
  SELECT id, 'SUBMITTED', created FROM bench_application
  UNION ALL
  SELECT id, 'MANAGER_APPROVED', released FROM bench_application
   WHERE status IN ('MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED', 'DECLINED_BY_HOST')
  UNION ALL
  SELECT id, 'ACCEPTED', accepted FROM bench_application WHERE status IN ('ACCEPTED', 'COMPLETED')
  UNION ALL
  SELECT id, status, updated_at FROM bench_application
   WHERE status IN ('COMPLETED', 'REFUSED_BY_MANAGER', 'DECLINED_BY_HOST', 'WITHDRAWN', 'EXPIRED')`;

/** The step instants the application_step_instants trigger would have copied onto each application. */
const STEP_INSTANTS_SQL = `
  UPDATE approvals.applications a SET released_at = b.released_at_step, accepted_at = b.accepted_at_step,
         completed_at = b.completed_at_step
    FROM (SELECT application_id,
                 max(at) FILTER (WHERE status = 'MANAGER_APPROVED') AS released_at_step,
                 max(at) FILTER (WHERE status = 'ACCEPTED') AS accepted_at_step,
                 max(at) FILTER (WHERE status = 'COMPLETED') AS completed_at_step
            FROM approvals.application_steps GROUP BY application_id) b
   WHERE a.id = b.application_id`;

/** No mission holds more people than its seats: seats cover the accepted and completed applications. */
const SEATS_SQL = `
  UPDATE missions.mission m SET seats = least(20, greatest(m.seats, held.count))
    FROM (SELECT mission_id, count(*)::int AS count FROM bench_application
           WHERE status IN ('ACCEPTED', 'COMPLETED') GROUP BY mission_id) held
   WHERE held.mission_id = m.id`;

/** Approvals' projections of what missions owns, as its event consumers would have written them. */
const PROJECTIONS_SQL = [
  `INSERT INTO approvals.mission_projection
     (mission_id, host_administration_id, status, seats, restricted_to, version, application_deadline,
      contact_agent_id, start_date, end_date, kind, published_at)
   SELECT id, host_administration_id, status, seats, restricted_to, updated_at, application_deadline,
          contact_agent_id, start_date, end_date, kind, published_at
     FROM missions.mission WHERE title LIKE 'Mission de banc d’essai %'`,
  `INSERT INTO approvals.agent_projection (agent_id, administration_id, manager_id, version)
   SELECT agent_id, administration_id, manager_id, version FROM missions.agent_match_profile
    WHERE agent_id IN (SELECT md5('bench-agent-' || g)::uuid FROM generate_series(0, $1 - 1) g)`,
];

/** One credit entry in fifty corrected by the programme team, as `correctCreditEntry` writes it. */
const CORRECTIONS_SQL = `
  INSERT INTO approvals.credit_ledger
    (application_id, year, giver_administration_id, receiver_administration_id, hours, kind, reason, recorded_by)
  SELECT application_id, year, giver_administration_id, receiver_administration_id,
         CASE WHEN hours > 1 THEN -1 ELSE 1 END, 'CORRECTION', 'Heures corrigées après vérification.', 'bench'
    FROM approvals.credit_ledger
   WHERE kind = 'COMPLETION' AND abs(hashtext(id::text)) % 50 = 0`;

/**
 * Writes the dataset into `databaseUrl`, whose schemas the hub has migrated and seeded with `demo`'s
 * referential. The bulk runs with triggers off (`session_replication_role = replica`) and writes
 * what they would have derived (skill arrays, steps) itself; check constraints and unique indexes
 * still hold every row. The outcomes go through approvals' seed on its own connection, triggers on.
 */
export async function buildNumbersData(
  databaseUrl: string,
  approvals: DataSource,
  demo: DemoData,
  size: NumbersDataSize,
): Promise<NumbersDataCounts> {
  const started = Date.now();
  const administrations = demo.administrations.map((administration) => administration.id);
  const skills = demo.skills.map((skill) => skill.id);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let accepted: string[];
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(AGENTS_SQL, [administrations, skills, size.agents]);
    await client.query(MISSIONS_SQL, [administrations, skills, size.missions, KINDS, size.agents]);
    await client.query(MISSION_SKILLS_SQL);
    await client.query(TARGETS_SQL);
    const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM bench_target');
    await client.query(APPLICATIONS_SQL, [size.applications, size.agents, rows[0]!.count]);
    await client.query(INSERT_APPLICATIONS_SQL);
    await client.query(STEPS_SQL);
    await client.query(STEP_INSTANTS_SQL);
    await client.query(SEATS_SQL);
    for (const sql of PROJECTIONS_SQL) {
      await client.query(sql, sql.includes('$1') ? [size.agents] : []);
    }
    accepted = (
      await client.query<{ id: string }>(
        `SELECT id FROM bench_application WHERE status IN ('ACCEPTED', 'COMPLETED')`,
      )
    ).rows.map((row) => row.id);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
    throw error;
  }
  try {
    // Agreements, completions, feedback and the credit entries, as the demo's outcomes are made.
    await approvals.transaction((manager) => seedDemoOutcomes(manager, accepted));
    await client.query(CORRECTIONS_SQL);
    await client.query('ANALYZE');
    const { rows } = await client.query<Omit<NumbersDataCounts, 'seconds'>>(
      `SELECT (SELECT count(*)::int FROM missions.agent_match_profile) AS agents,
              (SELECT count(*)::int FROM missions.mission) AS missions,
              (SELECT count(*)::int FROM missions.mission_skill) AS "missionSkills",
              (SELECT count(*)::int FROM approvals.applications) AS applications,
              (SELECT count(*)::int FROM approvals.application_steps) AS steps,
              (SELECT count(*)::int FROM approvals.credit_ledger) AS "ledgerEntries"`,
    );
    return { ...rows[0]!, seconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
