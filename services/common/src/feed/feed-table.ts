import { ADVISORY_LOCK_KEYS } from '@talents/platform';
import type { EntityManager } from 'typeorm';
import { badUserInput } from '../errors';

/**
 * The live feed of a subgraph: an append-only table of what subscribers are told (`feed`, one per
 * schema, created by a migration from `@talents/common/migrations`), written in the transaction of
 * the change, announced by `NOTIFY` at its commit, and read back by every replica. Its `seq` is the
 * cursor clients resume from: a client that reconnects with `after` gets the rows it missed from
 * the table, then the live ones, no gap, no duplicate.
 */
export interface FeedRow {
  /** bigint, as text: cursors must not lose precision. */
  seq: string;
  topic: string;
  entityId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** The PostgreSQL channel a schema's feed is announced on (the row's `seq` as payload). */
export function feedChannelOf(schema: string): string {
  return `${schema}_feed`;
}

/**
 * Appends a row through the transaction of the change. Writers are serialised by a transaction
 * lock so that sequence order is commit order: without it, a reader could see seq 7 committed
 * before seq 6 and step over 6 for good.
 */
export async function appendToFeed(
  manager: EntityManager,
  schema: string,
  row: { topic: string; entityId: string; payload?: Record<string, unknown> },
): Promise<string> {
  const [seq] = await appendManyToFeed(manager, schema, [row]);
  return seq ?? '0';
}

/** Rows of one change appended in order, in three statements whatever their number. */
export async function appendManyToFeed(
  manager: EntityManager,
  schema: string,
  rows: ReadonlyArray<{ topic: string; entityId: string; payload?: Record<string, unknown> }>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`appendToFeed(${rows[0]!.topic}) must run inside the transaction of the change.`);
  }
  await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEYS.feed(schema)]);
  const inserted = (await manager.query(
    `INSERT INTO "${schema}".feed (topic, entity_id, payload)
     SELECT r.topic, r.entity_id, r.payload
       FROM unnest($1::text[], $2::text[], $3::jsonb[]) WITH ORDINALITY AS r(topic, entity_id, payload, position)
      ORDER BY r.position
     RETURNING seq::text AS seq`,
    [
      rows.map((row) => row.topic),
      rows.map((row) => row.entityId),
      rows.map((row) => JSON.stringify(row.payload ?? {})),
    ],
  )) as Array<{ seq: string }>;
  const seqs = inserted.map((row) => row.seq).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  // The listeners read every row after their last one: one wake-up is enough for the batch.
  await manager.query('SELECT pg_notify($1, $2)', [feedChannelOf(schema), seqs[seqs.length - 1]]);
  return seqs;
}

const CURSOR_PREFIX = 'feed:';

export function encodeFeedCursor(seq: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`, 'utf8').toString('base64url');
}

/** The `after` cursor in the `args` of a subscription's `subscribe` function, before type-graphql's conversion. */
export function afterArgument(args: unknown): unknown {
  return (args as { after?: unknown } | null)?.after ?? null;
}

/** A cursor from a client: a forged one is a user error naming the argument. */
export function decodeFeedCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  if (!/^\d{1,18}$/.test(seq)) {
    throw badUserInput(
      field,
      'Curseur de flux invalide : reprenez la valeur `cursor` du dernier événement reçu.',
    );
  }
  return seq.replace(/^0+(?=\d)/, '');
}

/** Whether seq `a` comes after seq `b` (both as text, compared as the numbers they are). */
export function isAfter(a: string, b: string): boolean {
  return BigInt(a) > BigInt(b);
}

/**
 * `seq` leaves as text (a bigint must not lose precision in JavaScript) but is ordered as the
 * number it is: a bare `ORDER BY seq` would sort the text column of the select list, and put
 * 1000 before 999.
 */
const FEED_ROWS_SQL = (schema: string) =>
  `SELECT feed.seq::text AS seq, topic, entity_id AS "entityId", payload, created_at AS "createdAt"
     FROM "${schema}".feed
    WHERE feed.seq > $1::bigint AND ($2::text IS NULL OR topic = $2)
    ORDER BY feed.seq LIMIT $3`;

/** Anything that runs a statement: a TypeORM data source or a `pg` client. */
export type FeedQuery = (sql: string, parameters: unknown[]) => Promise<FeedRow[]>;

/** At most `limit` rows after `after` (of `topic`, or every topic), in the order of `seq`. */
export function readFeedRows(
  query: FeedQuery,
  schema: string,
  after: string,
  topic: string | null,
  limit: number,
): Promise<FeedRow[]> {
  return query(FEED_ROWS_SQL(schema), [after, topic, limit]);
}

/** The last seq of a schema's feed ('0' when empty). */
export async function lastFeedSeq(
  query: (sql: string) => Promise<Array<{ seq: string }>>,
  schema: string,
): Promise<string> {
  const rows = await query(`SELECT coalesce(max(seq), 0)::text AS seq FROM "${schema}".feed`);
  return rows[0]?.seq ?? '0';
}
