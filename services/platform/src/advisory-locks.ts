/**
 * Every PostgreSQL advisory lock of the hub, in one place, so that two jobs can never share a key by
 * accident and a reader sees at once what serialises what. The keys are stable across releases:
 * replicas of two versions running side by side during a rollout must agree on them.
 */

/** A 32-bit key from a name (Java's string hash), stable across processes and releases. */
function keyOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** Keys of the locks taken with `pg_advisory_lock` / `pg_advisory_xact_lock($1)`. */
export const ADVISORY_LOCK_KEYS = {
  /** Session lock: one process at a time applies a schema's migrations, whatever the replicas. */
  migrations: (schema: string): number => keyOf(`talents:migrations:${schema}`),
  /**
   * Session lock: one process at a time creates the event bus's missing queues (events/bus.ts);
   * pg-boss's create_queue run by several at once deadlocks.
   */
  eventQueues: (): number => keyOf('talents:event-queues'),
  /** Transaction lock: a schema's feed rows get their sequence in commit order (feed-table.ts). */
  feed: (schema: string): number => keyOf(`talents:feed:${schema}`),
  /** Transaction lock: one writer of missions' match rows at a time (matching.sql.ts). */
  matches: (): number => 0x6d617463,
} as const;

/**
 * Transaction locks on one entity, keyed in SQL on its id (`$1`): each statement is run as is, with
 * the id as its only parameter. Their hashes live in PostgreSQL (hashtext), apart from the keys above.
 */
export const ENTITY_LOCK_SQL = {
  /** Every write of one agent's time budget (acceptances, the manager's change, amendments). */
  agentBudget: `SELECT pg_advisory_xact_lock(hashtextextended('approvals.budget:' || $1, 0))`,
  /** A manager's delegations: one at a time, so a second concurrent one sees the first. */
  managerDelegations: `SELECT pg_advisory_xact_lock(hashtext('approvals.delegation:' || $1))`,
} as const;
