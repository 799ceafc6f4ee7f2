import type { EntityManager } from 'typeorm';

/**
 * The channel the gateway LISTENs to (gateway/src/auth/principal-directory.ts): each notification
 * names an agent whose roles or administration changed, and the gateway forgets what it cached
 * about them. Sent with `pg_notify` inside the write's transaction, so PostgreSQL delivers it on
 * commit and never for a write rolled back.
 */
export const PRINCIPAL_CHANGED_CHANNEL = 'talents_principal_changed';

export async function announcePrincipalChanges(
  manager: EntityManager,
  agentIds: ReadonlyArray<string | null>,
): Promise<void> {
  const ids = [...new Set(agentIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  await manager.query(`SELECT pg_notify($1, id) FROM unnest($2::text[]) AS id`, [
    PRINCIPAL_CHANGED_CHANNEL,
    ids,
  ]);
}
