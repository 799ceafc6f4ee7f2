import { getMetadataArgsStorage } from 'typeorm';

/**
 * One entity's way out of its subgraph: the GraphQL type the resolvers return, and its part of the
 * agent's RGPD export, side by side — with every column either exported or left out for a stated
 * reason, so that a column added to the entity cannot be forgotten in the export
 * (`columnsNotAccountedFor`, which each subgraph's tests run on each mapper).
 */
export interface EntityMapper<TEntity extends object, TGraph, TExport> {
  /** The TypeORM entity class: its columns are what must be accounted for. */
  entity: new () => TEntity;
  /** The GraphQL type's value for a row: what every resolver returns. */
  toGraph(entity: TEntity): TGraph;
  /** The row's part of the RGPD export. */
  toExport(entity: TEntity): TExport;
  /** Columns the export leaves out, each with the reason (someone else's data, derived, internal…). */
  notExported: Partial<Record<Extract<keyof TEntity, string>, string>>;
}

export function entityMapper<TEntity extends object, TGraph, TExport>(
  mapper: EntityMapper<TEntity, TGraph, TExport>,
): EntityMapper<TEntity, TGraph, TExport> {
  return mapper;
}

/** A plausible value of a column's type, for a probe row that the mapper reads without failing. */
function sampleOf(type: unknown, array: boolean | undefined): unknown {
  if (array) return [];
  switch (type) {
    case 'timestamptz':
    case 'timestamp':
      return new Date(0);
    case 'date':
      return '2026-01-01';
    case 'integer':
    case 'smallint':
    case 'int':
      return 1;
    case 'boolean':
      return false;
    default:
      return 'valeur';
  }
}

/** The entity's columns (property names), inherited ones included. */
export function entityColumns(
  entity: new () => object,
): Array<{ name: string; sample: unknown; nullable: boolean }> {
  return getMetadataArgsStorage()
    .filterColumns(entity)
    .map((column) => ({
      name: column.propertyName,
      sample: sampleOf(column.options.type, column.options.array),
      nullable: column.options.nullable === true,
    }));
}

/**
 * The columns the export neither reads nor lists in `notExported`, and the listed ones that are no
 * column (a stale reason): both empty when every column is accounted for. The export is run on
 * probe rows that record which columns it reads: one with a value in every column, one with the
 * nullable columns null, so that a column read only when another is null (or not) is seen too.
 */
export function columnsNotAccountedFor<TEntity extends object>(
  mapper: EntityMapper<TEntity, unknown, unknown>,
): { unaccounted: string[]; staleExclusions: string[] } {
  const columns = entityColumns(mapper.entity);
  const read = new Set<string>();
  const probe = (withNulls: boolean) => {
    const values = new Map(
      columns.map((column) => [column.name, withNulls && column.nullable ? null : column.sample]),
    );
    return new Proxy(new mapper.entity(), {
      get(target, property, receiver) {
        if (typeof property === 'string' && values.has(property)) {
          read.add(property);
          return values.get(property);
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  };
  mapper.toExport(probe(false));
  mapper.toExport(probe(true));
  const excluded = Object.keys(mapper.notExported);
  return {
    unaccounted: columns
      .map((column) => column.name)
      .filter((name) => !read.has(name) && !excluded.includes(name)),
    staleExclusions: excluded.filter((name) => !columns.some((column) => column.name === name)),
  };
}
