import type { DemoData } from '@talents/demo';
import type { DataSource } from 'typeorm';

const CHUNK_SIZE = 500;

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
           ("id", "agent_id", "mission_id", "motivation", "proposed_hours", "status", "created_at", "updated_at")
         SELECT id, agent_id, mission_id, motivation, proposed_hours, status, created_at, created_at
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::timestamptz[])
             AS rows (id, agent_id, mission_id, motivation, proposed_hours, status, created_at)
         ON CONFLICT DO NOTHING`,
        [
          chunk.map((a) => a.id),
          chunk.map((a) => a.agentId),
          chunk.map((a) => a.missionId),
          chunk.map((a) => a.motivation),
          chunk.map((a) => a.proposedHours),
          chunk.map((a) => a.status),
          chunk.map((a) => a.createdAt.toISOString()),
        ],
      );
    }
  });
}
