import { ApplicationStatus, DecisionReason } from '@talents/common';
import type { DemoApplication, DemoData } from '@talents/demo';
import type { DataSource } from 'typeorm';

const CHUNK_SIZE = 500;

interface SeedReason {
  reason: DecisionReason;
  reasonText: string | null;
}

/**
 * The demo data carries no reason, but the table requires one on every withdrawn, refused or
 * declined application: each such status gets a plausible one, the same at every run.
 */
export const DEMO_REASONS: Readonly<Partial<Record<ApplicationStatus, SeedReason>>> = {
  [ApplicationStatus.WITHDRAWN]: { reason: DecisionReason.ALREADY_ENGAGED, reasonText: null },
  [ApplicationStatus.REFUSED_BY_MANAGER]: { reason: DecisionReason.WORKLOAD, reasonText: null },
  [ApplicationStatus.DECLINED_BY_HOST]: {
    reason: DecisionReason.OTHER,
    reasonText: 'Un autre profil a été retenu pour cette mission.',
  },
};

function reasonOf(application: DemoApplication): SeedReason | null {
  return DEMO_REASONS[application.status] ?? null;
}

/**
 * Inserts the demo applications; rows already there (same id) are left alone, so running it twice
 * changes nothing. Rows that would break the one-active-application rule are skipped as well.
 */
export async function seedApprovals(db: DataSource, data: DemoData): Promise<void> {
  const applications = data.applications;
  if (applications.length === 0) return;
  await db.transaction(async (manager) => {
    for (let start = 0; start < applications.length; start += CHUNK_SIZE) {
      const chunk = applications.slice(start, start + CHUNK_SIZE);
      // One statement per chunk: unnest turns the column arrays back into rows.
      await manager.query(
        `INSERT INTO "approvals"."applications"
           ("id", "agent_id", "mission_id", "motivation", "proposed_hours", "status", "reason", "reason_text",
            "created_at", "updated_at")
         SELECT id, agent_id, mission_id, motivation, proposed_hours, status, reason, reason_text,
                created_at, created_at
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::text[],
                       $8::text[], $9::timestamptz[])
             AS rows (id, agent_id, mission_id, motivation, proposed_hours, status, reason, reason_text,
                      created_at)
         ON CONFLICT DO NOTHING`,
        [
          chunk.map((a) => a.id),
          chunk.map((a) => a.agentId),
          chunk.map((a) => a.missionId),
          chunk.map((a) => a.motivation),
          chunk.map((a) => a.proposedHours),
          chunk.map((a) => a.status),
          chunk.map((a) => reasonOf(a)?.reason ?? null),
          chunk.map((a) => reasonOf(a)?.reasonText ?? null),
          chunk.map((a) => a.createdAt.toISOString()),
        ],
      );
    }
  });
}
