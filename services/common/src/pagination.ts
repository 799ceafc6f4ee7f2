import { Field, ObjectType, Directive } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';
import { isUuid, normaliseUuid } from './ids';

@Directive('@shareable')
@ObjectType({ description: 'Informations de pagination d’une liste par curseur.' })
export class PageInfo {
  @Field({ description: 'Vrai s’il reste des éléments après cette page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Curseur du dernier élément de la page, à passer en `after` pour la suite.',
  })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** Keyset position: a sort key and the row id that breaks ties. */
export interface CursorPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** Sort keys that are instants are written by `Date.toISOString()`: nothing else is accepted back. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Reads an opaque cursor back. Cursors come from clients, so the id must be a UUID and the sort
 * key must pass `isValidKey`: a forged cursor is a user error, never a database error.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  isValidKey: (key: string) => boolean,
  field = 'after',
): CursorPosition | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      isUuid(parsed[1]) &&
      isValidKey(parsed[0])
    ) {
      return { key: parsed[0], id: normaliseUuid(parsed[1]) };
    }
  } catch {
    // falls through to the user-facing error below
  }
  throw badUserInput(
    field,
    'Curseur de pagination invalide : reprenez la valeur endCursor d’une page précédente.',
  );
}

export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(field, `La taille de page doit être comprise entre 1 et ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/**
 * A listing's keyset order: its sort key and the id that breaks ties, as TypeORM property paths,
 * and the condition that keeps the rows after the cursor (`:afterKey`, `:afterId`, with the casts
 * the columns need).
 */
export interface KeysetOrder {
  key: string;
  id: string;
  direction: 'ASC' | 'DESC';
  after: string;
}

/** The rows of `filtered` after `cursor` in `order`: `size + 1` of them, for `toPage`. */
export function keysetPage<T extends ObjectLiteral>(
  filtered: SelectQueryBuilder<T>,
  order: KeysetOrder,
  cursor: CursorPosition | null,
  size: number,
): SelectQueryBuilder<T> {
  const page = filtered
    .clone()
    .orderBy(order.key, order.direction)
    .addOrderBy(order.id, order.direction)
    .limit(size + 1);
  if (cursor) page.andWhere(order.after, { afterKey: cursor.key, afterId: cursor.id });
  return page;
}

/** Turns `first + 1` fetched rows into a page, so that hasNextPage costs no extra query. */
export function toPage<T>(rows: T[], first: number, positionOf: (row: T) => CursorPosition) {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(positionOf(last)) : null,
    },
  };
}
