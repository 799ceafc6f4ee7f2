import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AdministrationKind, EmploymentStatus, SkillFamily, SkillLevel, WorkMode } from '@talents/common';
import { PROFILES_SCHEMA } from '../shared/constants';
import { DEPARTMENT_CODE_PATTERN, MAX_HOURS_PER_MONTH } from '../shared/patterns';
import { FOLD_FROM, FOLD_TO } from '../shared/text';

const S = PROFILES_SCHEMA;

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function oneOf(column: string, values: Record<string, string>): string {
  return `CHECK (${column} IN (${Object.values(values).map(literal).join(', ')}))`;
}

export class CreateProfiles1733040000000 implements MigrationInterface {
  name = 'CreateProfiles1733040000000';

  async up(runner: QueryRunner): Promise<void> {
    // Same folding as `foldText` in TypeScript; IMMUTABLE so that a generated column can use it.
    await runner.query(`
      CREATE FUNCTION "${S}".fold_text(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $fold$
        SELECT lower(replace(replace(replace(replace(
          translate(value, ${literal(FOLD_FROM)}, ${literal(FOLD_TO)}),
          'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'))
      $fold$`);

    await runner.query(`
      CREATE TABLE "${S}".administration (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_.-]*$'),
        name text NOT NULL CHECK (btrim(name) <> ''),
        acronym text,
        kind text NOT NULL ${oneOf('kind', AdministrationKind)},
        parent_id text REFERENCES "${S}".administration (id),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await runner.query(`CREATE INDEX administration_parent_idx ON "${S}".administration (parent_id)`);

    await runner.query(`
      CREATE TABLE "${S}".skill (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_.-]*$'),
        label text NOT NULL CHECK (btrim(label) <> ''),
        family text NOT NULL ${oneOf('family', SkillFamily)}
      )`);
    await runner.query(`CREATE INDEX skill_family_label_idx ON "${S}".skill (family, label)`);

    await runner.query(`
      CREATE TABLE "${S}".agent (
        id uuid PRIMARY KEY,
        first_name text NOT NULL CHECK (btrim(first_name) <> '' AND length(first_name) <= 100),
        last_name text NOT NULL CHECK (btrim(last_name) <> '' AND length(last_name) <= 100),
        email text NOT NULL CHECK (email LIKE '%_@_%'),
        phone text,
        employment_status text NOT NULL ${oneOf('employment_status', EmploymentStatus)},
        administration_id text NOT NULL REFERENCES "${S}".administration (id),
        unit text NOT NULL,
        job_title text NOT NULL,
        city text NOT NULL,
        department_code text NOT NULL CHECK (department_code ~ ${literal(DEPARTMENT_CODE_PATTERN)}),
        work_mode text NOT NULL ${oneOf('work_mode', WorkMode)},
        available_hours_per_month integer NOT NULL DEFAULT 0
          CHECK (available_hours_per_month BETWEEN 0 AND ${MAX_HOURS_PER_MONTH}),
        available_from date,
        available_until date,
        manager_id uuid REFERENCES "${S}".agent (id),
        in_directory boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_text text GENERATED ALWAYS AS (
          "${S}".fold_text(first_name || ' ' || last_name || ' ' || job_title || ' ' || unit)
        ) STORED,
        -- Directory order: folded last name, then first name; U+001F sorts before any printable
        -- character, so "Dupont Zoé" comes before "Dupontel Anne".
        sort_name text GENERATED ALWAYS AS (
          "${S}".fold_text(last_name) || chr(31) || "${S}".fold_text(first_name)
        ) STORED,
        CHECK (available_until IS NULL OR available_from IS NULL OR available_until > available_from),
        CHECK (manager_id IS NULL OR manager_id <> id)
      )`);
    await runner.query(`CREATE UNIQUE INDEX agent_email_key ON "${S}".agent (lower(email))`);
    await runner.query(`CREATE INDEX agent_administration_idx ON "${S}".agent (administration_id)`);
    await runner.query(`CREATE INDEX agent_manager_idx ON "${S}".agent (manager_id)`);
    // Serves the directory listing: keyset pagination over visible agents in name order.
    await runner.query(
      `CREATE INDEX agent_directory_order_idx ON "${S}".agent (sort_name, id) WHERE in_directory`,
    );

    await runner.query(`
      CREATE TABLE "${S}".agent_skill (
        agent_id uuid NOT NULL REFERENCES "${S}".agent (id) ON DELETE CASCADE,
        skill_id text NOT NULL REFERENCES "${S}".skill (id),
        level text NOT NULL ${oneOf('level', SkillLevel)},
        PRIMARY KEY (agent_id, skill_id)
      )`);
    await runner.query(`CREATE INDEX agent_skill_skill_idx ON "${S}".agent_skill (skill_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS "${S}".agent_skill`);
    await runner.query(`DROP TABLE IF EXISTS "${S}".agent`);
    await runner.query(`DROP TABLE IF EXISTS "${S}".skill`);
    await runner.query(`DROP TABLE IF EXISTS "${S}".administration`);
    await runner.query(`DROP FUNCTION IF EXISTS "${S}".fold_text(text)`);
  }
}
