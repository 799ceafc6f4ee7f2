import { approvalsSubgraph } from '@talents/approvals';
import { openDatabase, SKILL_LEVEL_RANK, type SubgraphDefinition } from '@talents/common';
import { SKILL_LEVEL_RANK_V1 } from '@talents/common/migrations';
import {
  ACCESS_SCHEMA,
  CreateApiClientOperations1754000000000,
  CreateApiClients1735000000000,
} from '@talents/gateway';
import { missionsSubgraph } from '@talents/missions';
import { profilesSubgraph } from '@talents/profiles';
import { Column, Entity, PrimaryColumn, type DataSource } from 'typeorm';
import type { ScratchDatabase } from '../../hub/src/scratch-database';
import { createTestDatabase } from '../support/database';

type Schema = Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations'>;

const SCHEMAS: Schema[] = [
  profilesSubgraph,
  missionsSubgraph,
  approvalsSubgraph,
  {
    name: ACCESS_SCHEMA,
    entities: [],
    migrations: [CreateApiClients1735000000000, CreateApiClientOperations1754000000000],
  },
];

interface DatabaseColumn {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
}

async function columnsOf(dataSource: DataSource, schema: string): Promise<Map<string, DatabaseColumn>> {
  const rows = (await dataSource.query(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, NULL) AS type,
            t.typtype = 'e' AS "isEnum", NOT a.attnotnull AS nullable
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = CASE WHEN a.attndims > 0 OR format_type(a.atttypid, NULL) LIKE '%[]'
                                      THEN (SELECT typelem FROM pg_type WHERE oid = a.atttypid) ELSE a.atttypid END
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
    [schema],
  )) as Array<DatabaseColumn & { isEnum: boolean }>;
  return new Map(
    rows.map((row) => [`${row.table}.${row.column}`, { ...row, type: row.isEnum ? 'enum' : row.type }]),
  );
}

/**
 * What the entities expect and the migrations did not build: a table, a column, its type or its
 * nullability. The database may hold more than the entities say (checks, foreign keys, indexes,
 * trigger-kept and generated columns written in SQL): that is deliberate, not drift.
 */
async function drift(dataSource: DataSource, schema: string): Promise<string[]> {
  const actual = await columnsOf(dataSource, schema);
  const problems: string[] = [];
  for (const entity of dataSource.entityMetadatas) {
    for (const column of entity.columns) {
      const key = `${entity.tableName}.${column.databaseName}`;
      const found = actual.get(key);
      const expected = `${dataSource.driver.normalizeType(column)}${column.isArray ? '[]' : ''}`;
      if (!found) problems.push(`${key}: absente`);
      else if (found.type !== expected && !(found.type === 'enum' && expected === 'enum'))
        problems.push(`${key}: ${found.type} au lieu de ${expected}`);
      // Columns PostgreSQL computes (GENERATED … STORED) are never written, and never null.
      else if (column.isInsert && found.nullable !== column.isNullable)
        problems.push(`${key}: ${found.nullable ? 'NULL permis' : 'NOT NULL'} au lieu de l’inverse`);
    }
  }
  return problems;
}

/** What a schema holds besides the migrations' own bookkeeping: tables, views, functions, sequences. */
async function objectsOf(dataSource: DataSource, schema: string): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT c.relkind::text || ' ' || c.relname AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname NOT IN ('migrations', 'migrations_id_seq', 'typeorm_metadata')
        AND c.relname NOT LIKE 'PK\\_%'
     UNION ALL
     SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1
     UNION ALL
     SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 AND t.typtype IN ('e', 'd')
     ORDER BY 1`,
    [schema],
  )) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

/**
 * Migrations are frozen history: they alone build each schema, exactly as the entities expect it,
 * and every one of them can be undone and applied again.
 */
describe('migrations', () => {
  let database: ScratchDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('keep the ranks the frozen matching function was installed with', () => {
    expect(SKILL_LEVEL_RANK).toEqual(SKILL_LEVEL_RANK_V1);
  });

  it.each(SCHEMAS.map((schema) => [schema.name, schema] as const))(
    '%s: build from an empty database what the entities expect, down to nothing and up again',
    async (name, schema) => {
      const { dataSource } = await openDatabase({
        url: database.url,
        schema: name,
        entities: schema.entities,
        migrations: schema.migrations,
      });
      try {
        expect(await drift(dataSource, name)).toEqual([]);
        const built = await objectsOf(dataSource, name);
        expect(built.length).toBeGreaterThan(0);

        for (const _ of schema.migrations) await dataSource.undoLastMigration({ transaction: 'each' });
        expect(await objectsOf(dataSource, name)).toEqual([]);

        await dataSource.runMigrations({ transaction: 'each' });
        expect(await objectsOf(dataSource, name)).toEqual(built);
        expect(await drift(dataSource, name)).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    },
  );

  it('sees a drift: an entity that no migration created', async () => {
    @Entity({ name: 'forgotten' })
    class Forgotten {
      @PrimaryColumn('uuid') id!: string;
      @Column('text') label!: string;
    }
    const { dataSource } = await openDatabase({
      url: database.url,
      schema: 'approvals',
      entities: [...approvalsSubgraph.entities, Forgotten],
      migrations: approvalsSubgraph.migrations,
    });
    try {
      expect(await drift(dataSource, 'approvals')).toEqual([
        'forgotten.id: absente',
        'forgotten.label: absente',
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
