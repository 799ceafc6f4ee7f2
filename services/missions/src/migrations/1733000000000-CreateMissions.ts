import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'PROJECT_SUPPORT',
  'EXPERIENCE_FEEDBACK',
  'SKILLS_TRANSFER',
  'CONSULTING',
  'STUDY_AUDIT',
  'COMPONENT_DEVELOPMENT',
  'SECURITY_HARDENING',
  'UX_IMPROVEMENT',
  'IDEATION_WORKSHOP',
];
const STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'FILLED', 'CLOSED', 'CANCELLED'];
const LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];
const WORK_MODES = ['ON_SITE', 'REMOTE', 'HYBRID'];

// Frozen copies of the enum values: a migration must keep meaning what it meant when it ran.
const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

export class CreateMissions1733000000000 implements MigrationInterface {
  name = 'CreateMissions1733000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE missions.mission (
        id uuid PRIMARY KEY,
        title text NOT NULL
          CONSTRAINT mission_title_check CHECK (btrim(title) <> '' AND char_length(title) <= 150),
        kind text NOT NULL CONSTRAINT mission_kind_check CHECK (kind IN (${list(KINDS)})),
        domain text NOT NULL CONSTRAINT mission_domain_check CHECK (domain IN ('TECHNICAL', 'BUSINESS')),
        description text NOT NULL CONSTRAINT mission_description_check
          CHECK (btrim(description) <> '' AND char_length(description) <= 5000),
        host_administration_id text NOT NULL
          CONSTRAINT mission_host_check CHECK (host_administration_id <> ''),
        contact_agent_id uuid NOT NULL,
        effort_hours integer NOT NULL CONSTRAINT mission_effort_check CHECK (effort_hours BETWEEN 1 AND 105),
        start_date date NOT NULL,
        end_date date NOT NULL,
        application_deadline date NOT NULL,
        work_mode text NOT NULL CONSTRAINT mission_work_mode_check CHECK (work_mode IN (${list(WORK_MODES)})),
        location text CONSTRAINT mission_location_check CHECK (char_length(location) <= 200),
        seats integer NOT NULL CONSTRAINT mission_seats_check CHECK (seats BETWEEN 1 AND 20),
        crisis boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'DRAFT' CONSTRAINT mission_status_check CHECK (status IN (${list(STATUSES)})),
        restricted_to text[] NOT NULL DEFAULT '{}',
        return_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        published_at timestamptz(3),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        listed_at timestamptz(3) GENERATED ALWAYS AS (COALESCE(published_at, created_at)) STORED,
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector('french', title || ' ' || description)) STORED,
        CONSTRAINT mission_end_after_start CHECK (end_date >= start_date),
        CONSTRAINT mission_schedule_length CHECK (end_date <= start_date + interval '12 months'),
        CONSTRAINT mission_deadline_before_start CHECK (application_deadline < start_date),
        CONSTRAINT mission_published_at_check
          CHECK (status NOT IN ('PUBLISHED', 'FILLED', 'CLOSED') OR published_at IS NOT NULL)
      )
    `);
    await runner.query(`CREATE INDEX mission_listing_idx ON missions.mission (listed_at DESC, id DESC)`);
    await runner.query(
      `CREATE INDEX mission_host_idx ON missions.mission (host_administration_id, listed_at DESC, id DESC)`,
    );
    await runner.query(`CREATE INDEX mission_contact_idx ON missions.mission (contact_agent_id)`);
    await runner.query(`CREATE INDEX mission_search_idx ON missions.mission USING gin (search_vector)`);
    await runner.query(`
      CREATE TABLE missions.mission_skill (
        mission_id uuid NOT NULL REFERENCES missions.mission (id) ON DELETE CASCADE,
        skill_id text NOT NULL CONSTRAINT mission_skill_skill_check CHECK (skill_id <> ''),
        min_level text NOT NULL CONSTRAINT mission_skill_level_check CHECK (min_level IN (${list(LEVELS)})),
        -- Unique positions 0..14 cap a mission at 15 required skills.
        position smallint NOT NULL CONSTRAINT mission_skill_position_check CHECK (position BETWEEN 0 AND 14),
        PRIMARY KEY (mission_id, skill_id),
        CONSTRAINT mission_skill_position_unique UNIQUE (mission_id, position)
      )
    `);
    await runner.query(`CREATE INDEX mission_skill_skill_idx ON missions.mission_skill (skill_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE missions.mission_skill`);
    await runner.query(`DROP TABLE missions.mission`);
  }
}
