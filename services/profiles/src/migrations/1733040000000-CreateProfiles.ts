import type { MigrationInterface, QueryRunner } from 'typeorm';

// A migration must keep meaning what it meant when it ran: everything below is a frozen literal
// copy (schema name, enum values, limits, département pattern, folding table), never an import of
// live code. Changing the live value later takes a new migration, not an edit here.
const S = 'profiles';
const ADMINISTRATION_KINDS = ['MINISTRY', 'DIRECTORATE', 'AGENCY', 'DECENTRALISED_SERVICE'];
const SKILL_FAMILIES = [
  'DEVELOPMENT',
  'DATA',
  'SECURITY',
  'INFRASTRUCTURE_CLOUD',
  'ARCHITECTURE',
  'PRODUCT_PROJECT',
  'DESIGN_UX',
  'ACCESSIBILITY',
  'PROCUREMENT',
  'LEGAL',
];
const SKILL_LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];
const EMPLOYMENT_STATUSES = ['CIVIL_SERVANT', 'CONTRACT_AGENT'];
const WORK_MODES = ['ON_SITE', 'REMOTE', 'HYBRID'];
const MAX_HOURS_PER_MONTH = 80;
const DEPARTMENT_CODE_PATTERN = '^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[4-8])$';
const FOLD_FROM = 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ’';
const FOLD_TO = "AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy'";

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function oneOf(column: string, values: string[]): string {
  return `CHECK (${column} IN (${values.map(literal).join(', ')}))`;
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
        kind text NOT NULL ${oneOf('kind', ADMINISTRATION_KINDS)},
        parent_id text REFERENCES "${S}".administration (id),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await runner.query(`CREATE INDEX administration_parent_idx ON "${S}".administration (parent_id)`);

    await runner.query(`
      CREATE TABLE "${S}".skill (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_.-]*$'),
        label text NOT NULL CHECK (btrim(label) <> ''),
        family text NOT NULL ${oneOf('family', SKILL_FAMILIES)}
      )`);
    await runner.query(`CREATE INDEX skill_family_label_idx ON "${S}".skill (family, label)`);

    await runner.query(`
      CREATE TABLE "${S}".agent (
        id uuid PRIMARY KEY,
        first_name text NOT NULL CHECK (btrim(first_name) <> '' AND length(first_name) <= 100),
        last_name text NOT NULL CHECK (btrim(last_name) <> '' AND length(last_name) <= 100),
        email text NOT NULL CHECK (email LIKE '%_@_%'),
        phone text,
        employment_status text NOT NULL ${oneOf('employment_status', EMPLOYMENT_STATUSES)},
        administration_id text NOT NULL REFERENCES "${S}".administration (id),
        unit text NOT NULL,
        job_title text NOT NULL,
        city text NOT NULL,
        department_code text NOT NULL CHECK (department_code ~ ${literal(DEPARTMENT_CODE_PATTERN)}),
        work_mode text NOT NULL ${oneOf('work_mode', WORK_MODES)},
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
        -- Directory order: folded last name, then first name. U+001F sorts before any printable
        -- character only byte-wise: linguistic collations (ICU fr-FR, glibc fr_FR) ignore control
        -- characters and would put "Dupontel Anne" before "Dupont Zoé". Hence COLLATE "C", which also
        -- makes the keyset order (and the cursors) the same on every server whatever its locale.
        sort_name text COLLATE "C" GENERATED ALWAYS AS (
          "${S}".fold_text(last_name) || chr(31) || "${S}".fold_text(first_name)
        ) STORED,
        -- Both ends are included: from = until is a one-day availability.
        CHECK (available_until IS NULL OR available_from IS NULL OR available_until >= available_from),
        CHECK (manager_id IS NULL OR manager_id <> id)
      )`);
    await runner.query(`CREATE UNIQUE INDEX agent_email_key ON "${S}".agent (lower(email))`);
    await runner.query(`CREATE INDEX agent_administration_idx ON "${S}".agent (administration_id)`);
    await runner.query(`CREATE INDEX agent_manager_idx ON "${S}".agent (manager_id)`);
    // Serves the directory listing: keyset pagination over visible agents in name order.
    await runner.query(
      `CREATE INDEX agent_directory_order_idx ON "${S}".agent (sort_name COLLATE "C", id) WHERE in_directory`,
    );
    // Serves the directory's text search (`search_text LIKE '%word%'`, one per word), which a B-tree
    // cannot. pg_trgm is a trusted extension shipped with PostgreSQL (embedded and server packages);
    // an extension exists once per database, so it goes to public, shared by every subgraph's schema,
    // rather than into this one (dropping the profiles schema must not take others' indexes along).
    // fastupdate off: profiles are written rarely and searched often, and a pending list (flushed
    // only by vacuum) would make searches scan it and the planner shun the index after a bulk load.
    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await runner.query(
      `CREATE INDEX agent_search_text_trgm_idx ON "${S}".agent
        USING gin (search_text public.gin_trgm_ops) WITH (fastupdate = off) WHERE in_directory`,
    );

    await runner.query(`
      CREATE TABLE "${S}".agent_skill (
        agent_id uuid NOT NULL REFERENCES "${S}".agent (id) ON DELETE CASCADE,
        skill_id text NOT NULL REFERENCES "${S}".skill (id),
        level text NOT NULL ${oneOf('level', SKILL_LEVELS)},
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
    // pg_trgm stays: other schemas of the database may use it.
  }
}
