import { ApplicationStatus } from '@talents/common';
import type { DemoData } from '@talents/demo';
import type { DataSource, EntityManager } from 'typeorm';
import { creditCompletions } from './ledger/ledger.service';

/**
 * The outcomes of the demo's accepted and completed applications (issue 13 item 6), as the
 * workflow would have left them: an agreement for each (acknowledged by all for the completed ones,
 * by the agent only for the accepted ones, so that the manager and host personas have something to
 * acknowledge), and for the completed ones the confirmed hours, both sides' feedback and the credit
 * entries. Set-based and idempotent: rows already there are left alone.
 */
export async function seedDemoOutcomes(
  manager: EntityManager,
  applicationIds: readonly string[],
): Promise<void> {
  if (applicationIds.length === 0) return;
  const ids = [...applicationIds];
  const held = [ApplicationStatus.ACCEPTED, ApplicationStatus.COMPLETED];
  await manager.query(
    `INSERT INTO "approvals"."agreements" ("application_id", "mission_id", "agent_id", "home_administration_id",
        "released_by_agent_id", "host_administration_id", "host_agent_id", "version", "created_at")
     SELECT a."id", a."mission_id", a."agent_id", p."administration_id", coalesce(a."released_by_agent_id", p."manager_id"),
            m."host_administration_id", m."contact_agent_id", 1, a."updated_at"
       FROM "approvals"."applications" a
       LEFT JOIN "approvals"."agent_projection" p ON p."agent_id" = a."agent_id"
       LEFT JOIN "approvals"."mission_projection" m ON m."mission_id" = a."mission_id"
      WHERE a."id" = ANY($1::uuid[]) AND a."status" = ANY($2::text[])
     ON CONFLICT ("application_id") DO NOTHING`,
    [ids, held],
  );
  await manager.query(
    `INSERT INTO "approvals"."agreement_versions" ("agreement_id", "version", "hours", "start_date", "end_date", "created_at")
     SELECT g."id", 1, coalesce(a."approved_hours", a."proposed_hours"), m."start_date", m."end_date", g."created_at"
       FROM "approvals"."agreements" g
       JOIN "approvals"."applications" a ON a."id" = g."application_id"
       LEFT JOIN "approvals"."mission_projection" m ON m."mission_id" = g."mission_id"
      WHERE g."application_id" = ANY($1::uuid[])
     ON CONFLICT DO NOTHING`,
    [ids],
  );
  // Who acknowledged: every party of a completed mission; the agent alone for one under way.
  await manager.query(
    `INSERT INTO "approvals"."agreement_acknowledgements" ("agreement_id", "version", "party", "agent_id", "acknowledged_at")
     SELECT g."id", 1, k."party", k."agent_id", g."created_at"
       FROM "approvals"."agreements" g
       JOIN "approvals"."applications" a ON a."id" = g."application_id"
       CROSS JOIN LATERAL (VALUES ('AGENT', g."agent_id"), ('HOME', g."released_by_agent_id"), ('HOST', g."host_agent_id"))
         AS k("party", "agent_id")
      WHERE g."application_id" = ANY($1::uuid[]) AND k."agent_id" IS NOT NULL
        AND (a."status" = $2 OR k."party" = 'AGENT')
     ON CONFLICT DO NOTHING`,
    [ids, ApplicationStatus.COMPLETED],
  );
  await manager.query(
    `INSERT INTO "approvals"."completions" ("application_id", "hours_spent", "recorded_by_agent_id", "recorded_at",
        "agent_response", "responded_at")
     SELECT g."application_id", v."hours", g."host_agent_id", g."created_at", 'CONFIRMED', g."created_at"
       FROM "approvals"."agreements" g
       JOIN "approvals"."agreement_versions" v ON v."agreement_id" = g."id" AND v."version" = g."version"
       JOIN "approvals"."applications" a ON a."id" = g."application_id"
      WHERE g."application_id" = ANY($1::uuid[]) AND a."status" = $2
     ON CONFLICT DO NOTHING`,
    [ids, ApplicationStatus.COMPLETED],
  );
  await manager.query(
    `INSERT INTO "approvals"."completion_feedback" ("application_id", "party", "author_agent_id", "rating", "text", "created_at")
     SELECT c."application_id", f."party", f."author", 4 + (abs(hashtext(c."application_id"::text)) % 2), f."text",
            c."responded_at"
       FROM "approvals"."completions" c
       JOIN "approvals"."agreements" g ON g."application_id" = c."application_id"
       CROSS JOIN LATERAL (VALUES
         ('AGENT', g."agent_id", 'Accueil bien préparé, une équipe disponible et des objectifs clairs.'),
         ('HOST', g."host_agent_id", 'Contribution précieuse, livrée dans les temps.')) AS f("party", "author", "text")
      WHERE c."application_id" = ANY($1::uuid[]) AND f."author" IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [ids],
  );
  await creditCompletions(manager, ids, 'demo');
}

/** Loads the skill ids of profiles' referential (the demo's) that endorsements are checked against. */
export async function seedSkillReferences(
  db: DataSource | EntityManager,
  skills: ReadonlyArray<{ id: string }>,
): Promise<void> {
  await db.query(
    'INSERT INTO "approvals"."skill_reference" ("id") SELECT unnest($1::text[]) ON CONFLICT DO NOTHING',
    [skills.map((skill) => skill.id)],
  );
}

/**
 * The endorsements of the demo's completed missions (`DemoData.endorsements`, which profiles' seed
 * shows on the agents' skills), for the completions the outcomes above recorded. Idempotent.
 */
export async function seedDemoEndorsements(manager: EntityManager, data: DemoData): Promise<void> {
  await seedSkillReferences(manager, data.skills);
  const endorsements = data.endorsements ?? [];
  if (endorsements.length === 0) return;
  await manager.query(
    `INSERT INTO "approvals"."skill_endorsements" ("application_id", "skill_id", "endorsed_by_agent_id", "endorsed_at")
     SELECT e."application_id", e."skill_id", e."endorsed_by", e."endorsed_at"
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::timestamptz[])
         AS e("application_id", "skill_id", "endorsed_by", "endorsed_at")
       JOIN "approvals"."completions" c ON c."application_id" = e."application_id"
       JOIN "approvals"."skill_reference" s ON s."id" = e."skill_id"
     ON CONFLICT DO NOTHING`,
    [
      endorsements.map((row) => row.applicationId),
      endorsements.map((row) => row.skillId),
      endorsements.map((row) => row.endorsedBy),
      endorsements.map((row) => row.endorsedAt.toISOString()),
    ],
  );
}
