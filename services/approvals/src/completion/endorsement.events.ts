import type { DomainEvent, EventSnapshot } from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * `skills.endorsed` (approvals → profiles): every skill the host endorsed for one completed
 * application, never a diff, so that a copy applied twice or late changes nothing.
 */
export interface SkillsEndorsedPayload {
  applicationId: string;
  agentId: string;
  missionId: string;
  endorsements: Array<{ skillId: string; endorsedBy: string; endorsedAt: string }>;
  /** ISO instant of the latest endorsement. */
  version: string;
}

interface EndorsedRow {
  application_id: string;
  agent_id: string;
  mission_id: string;
  skill_id: string;
  endorsed_by_agent_id: string;
  endorsed_at: Date;
}

const ENDORSED_ROWS = `
  SELECT e."application_id", a."agent_id", a."mission_id", e."skill_id", e."endorsed_by_agent_id", e."endorsed_at"
    FROM "approvals"."skill_endorsements" e
    JOIN "approvals"."applications" a ON a."id" = e."application_id"`;

function eventsOf(rows: readonly EndorsedRow[]): Array<DomainEvent<SkillsEndorsedPayload>> {
  const byApplication = new Map<string, EndorsedRow[]>();
  for (const row of rows) {
    const list = byApplication.get(row.application_id);
    if (list) list.push(row);
    else byApplication.set(row.application_id, [row]);
  }
  return [...byApplication.values()].map((list) => {
    const first = list[0]!;
    const version = list.reduce(
      (latest, row) => (row.endorsed_at > latest ? row.endorsed_at : latest),
      first.endorsed_at,
    );
    return {
      type: 'skills.endorsed',
      key: first.application_id,
      payload: {
        applicationId: first.application_id,
        agentId: first.agent_id,
        missionId: first.mission_id,
        endorsements: list.map((row) => ({
          skillId: row.skill_id,
          endorsedBy: row.endorsed_by_agent_id,
          endorsedAt: row.endorsed_at.toISOString(),
        })),
        version: version.toISOString(),
      },
    };
  });
}

/** The application's endorsements as committed by this transaction, announced through it. */
export async function skillsEndorsedEvent(
  manager: EntityManager,
  applicationId: string,
): Promise<DomainEvent<SkillsEndorsedPayload> | null> {
  const rows = (await manager.query(`${ENDORSED_ROWS} WHERE e."application_id" = $1 ORDER BY e."skill_id"`, [
    applicationId,
  ])) as EndorsedRow[];
  return eventsOf(rows)[0] ?? null;
}

const SNAPSHOT_CHUNK = 500;

/** Every endorsed application, for a replay: one statement per chunk of applications. */
export const endorsementsSnapshot: EventSnapshot = async function* (db: DataSource) {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await db.query(
      `${ENDORSED_ROWS}
        WHERE e."application_id" IN (
          SELECT DISTINCT "application_id" FROM "approvals"."skill_endorsements"
           WHERE "application_id" > $1 ORDER BY "application_id" LIMIT ${SNAPSHOT_CHUNK})
        ORDER BY e."application_id", e."skill_id"`,
      [after],
    )) as EndorsedRow[];
    const events = eventsOf(rows);
    yield* events;
    const last = events[events.length - 1];
    if (!last || events.length < SNAPSHOT_CHUNK) return;
    after = last.key;
  }
};

/** A subgraph's snapshot followed by the endorsements: what approvals replays. */
export function withEndorsements(snapshot: EventSnapshot): EventSnapshot {
  return async function* (db: DataSource) {
    yield* snapshot(db);
    yield* endorsementsSnapshot(db);
  };
}
