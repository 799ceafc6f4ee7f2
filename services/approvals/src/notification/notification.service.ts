import {
  badUserInput,
  checkPageSize,
  decodeCursor,
  denied,
  isAdmin,
  isUuid,
  ISO_INSTANT,
  normaliseUuid,
  toPage,
  type RequestContext,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { viewerAgentId } from '../application/application.access';
import { groupsOf } from './notification.rules';
import {
  Notification,
  NotificationConnection,
  NotificationsRead,
  type NotificationKind,
} from './notification.types';

export interface NotificationRow {
  id: string;
  kind: string;
  text: string;
  link: string;
  read_at: Date | null;
  created_at: Date;
}

export function toNotification(row: NotificationRow): Notification {
  return Object.assign(new Notification(), {
    id: row.id,
    kind: row.kind as NotificationKind,
    text: row.text,
    link: row.link,
    read: row.read_at !== null,
    createdAt: row.created_at,
  });
}

/** Whose notifications a person reads: their own, and those of the groups their token names. */
export interface Reader {
  agentId: string;
  groups: string[];
}

export function readerOf(ctx: RequestContext, message: string, field: string): Reader {
  const me = viewerAgentId(ctx.viewer);
  if (!me) throw denied(ctx.viewer, message, field);
  return { agentId: me, groups: groupsOf({ admin: isAdmin(ctx.viewer), hostOf: ctx.viewer.hostOf }) };
}

/** The rows a reader may see, as SQL over parameters $1 (agent) and $2 (groups). */
const MINE = `("recipient_agent_id" = $1 OR "recipient_group" = ANY($2::text[]))`;

export async function notificationsOf(
  ctx: RequestContext,
  agentId: string,
  first: number,
  after: string | null,
  unreadOnly: boolean,
): Promise<NotificationConnection> {
  const reader = readerOf(ctx, 'Les notifications sont réservées à la personne connectée.', 'notifications');
  if (reader.agentId !== normaliseUuid(agentId)) {
    throw denied(ctx.viewer, 'On ne lit que ses propres notifications.', 'notifications');
  }
  const size = checkPageSize(first);
  const position = decodeCursor(after, (key) => ISO_INSTANT.test(key));
  const unread = unreadOnly ? 'AND "read_at" IS NULL' : '';
  // One statement, so the page and the counts come from the same snapshot.
  const found = (await ctx.db.query(
    `SELECT n.*, c."total", c."unread"
       FROM (SELECT count(*)::int AS "total", count(*) FILTER (WHERE "read_at" IS NULL)::int AS "unread"
               FROM "approvals"."notifications" WHERE ${MINE}) c
       LEFT JOIN LATERAL (
         SELECT "id", "kind", "text", "link", "read_at", "created_at"
           FROM "approvals"."notifications"
          WHERE ${MINE} ${unread}
            AND ($3::timestamptz IS NULL OR ("created_at", "id") < ($3::timestamptz, $4::uuid))
          ORDER BY "created_at" DESC, "id" DESC
          LIMIT $5
       ) n ON true`,
    [reader.agentId, reader.groups, position?.key ?? null, position?.id ?? null, size + 1],
  )) as Array<NotificationRow & { total: number; unread: number }>;
  const counts = found[0];
  const rows = found.filter((row) => row.id !== null);
  const page = toPage(rows, size, (row) => ({ key: row.created_at.toISOString(), id: row.id }));
  return Object.assign(new NotificationConnection(), {
    nodes: page.nodes.map(toNotification),
    pageInfo: page.pageInfo,
    totalCount: unreadOnly ? (counts?.unread ?? 0) : (counts?.total ?? 0),
    unreadCount: counts?.unread ?? 0,
  });
}

/**
 * Marks the reader's notifications read: the listed ones, or all of them. Ids that are not the
 * reader's are ignored rather than refused, so that a list read before a group change still works;
 * a malformed id is a user error.
 */
export async function markNotificationsRead(
  ctx: RequestContext,
  ids: readonly string[] | null | undefined,
  all: boolean | null | undefined,
): Promise<NotificationsRead> {
  const reader = readerOf(
    ctx,
    'Marquer des notifications comme lues est réservé à la personne connectée.',
    'markNotificationsRead',
  );
  if (!all && (!ids || ids.length === 0)) {
    throw badUserInput('ids', 'Indiquez les notifications à marquer comme lues, ou `all: true`.');
  }
  if (ids && ids.length > 500) throw badUserInput('ids', 'Au plus 500 notifications à la fois.');
  const chosen = (ids ?? []).map((id) => {
    if (!isUuid(id)) throw badUserInput('ids', `Identifiant de notification invalide : « ${id} ».`);
    return normaliseUuid(id);
  });
  const marked = (await ctx.db.query(
    `UPDATE "approvals"."notifications" SET "read_at" = clock_timestamp()
      WHERE ${MINE} AND "read_at" IS NULL AND ($3 OR "id" = ANY($4::uuid[]))
      RETURNING "id"`,
    [reader.agentId, reader.groups, all === true, chosen],
  )) as [Array<{ id: string }>, number] | Array<{ id: string }>;
  const count = Array.isArray(marked[0]) ? (marked[0] as unknown[]).length : (marked as unknown[]).length;
  return Object.assign(new NotificationsRead(), {
    marked: count,
    unreadCount: await unreadCountOf(ctx.db, reader),
  });
}

async function unreadCountOf(db: DataSource, reader: Reader): Promise<number> {
  const [row] = (await db.query(
    `SELECT count(*)::int AS "n" FROM "approvals"."notifications" WHERE ${MINE} AND "read_at" IS NULL`,
    [reader.agentId, reader.groups],
  )) as Array<{ n: number }>;
  return row?.n ?? 0;
}
