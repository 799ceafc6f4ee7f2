import { groupedLoader, isUuid, requestLoader } from '@talents/common';
import type { DataSource } from 'typeorm';
import { agentReference } from '../agent/agent.types';
import { EndorsedSkill } from './completion.types';
import { skillReference } from './skill.types';

interface EndorsementRow {
  application_id: string;
  skill_id: string;
  endorsed_by_agent_id: string;
  endorsed_at: Date;
}

/** Each application's endorsed skills, one statement per batch of applications, by skill id. */
export const endorsementsByApplication = requestLoader((db: DataSource) =>
  groupedLoader<string, EndorsedSkill & { applicationId: string }>(
    async (keys) => {
      const rows = (await db.query(
        `SELECT "application_id", "skill_id", "endorsed_by_agent_id", "endorsed_at"
           FROM "approvals"."skill_endorsements" WHERE "application_id" = ANY($1::uuid[])
          ORDER BY "application_id", "skill_id"`,
        [[...new Set(keys.filter(isUuid))]],
      )) as EndorsementRow[];
      return rows.map((row) =>
        Object.assign(new EndorsedSkill(), {
          applicationId: row.application_id,
          skill: skillReference(row.skill_id),
          endorsedBy: agentReference(row.endorsed_by_agent_id),
          endorsedAt: row.endorsed_at,
        }),
      );
    },
    (row) => row.applicationId,
  ),
);
