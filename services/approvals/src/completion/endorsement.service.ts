import { auditedWrite, badUserInput, conflict, denied, type RequestContext } from '@talents/common';
import type { EntityManager } from 'typeorm';
import { viewerAgentId } from '../application/application.access';
import { agentProjectionById } from '../projection/projection.loader';
import { completionOf, lockedCompletion } from './completion.service';
import type { Completion } from './completion.types';
import { skillsEndorsedEvent } from './endorsement.events';
import {
  checkedSkillIds,
  MAX_ENDORSEMENTS_PER_APPLICATION,
  tooMany,
  unknownSkillMessage,
} from './endorsement.rules';

async function knownSkills(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  const rows = (await manager.query(
    'SELECT "id" FROM "approvals"."skill_reference" WHERE "id" = ANY($1::text[])',
    [[...ids]],
  )) as Array<{ id: string }>;
  return new Set(rows.map((row) => row.id));
}

/**
 * `endorseSkills`: once the host has recorded the completion (the application is COMPLETED), the
 * host side — whoever may record it: a référent of the host administration or the mission's
 * contact — vouches for skills the agent showed. Skills of the referential only, at most
 * MAX_ENDORSEMENTS_PER_APPLICATION per application; a skill already endorsed for this application
 * stays one endorsement (nothing is written, nothing announced). What is new is audited and
 * announced to profiles (`skills.endorsed`) in the same transaction.
 */
export async function endorseSkills(
  ctx: RequestContext,
  id: string,
  skillIds: readonly string[] | null | undefined,
): Promise<Completion> {
  await auditedWrite(ctx, async (manager, record) => {
    const { application, roles } = await lockedCompletion(ctx, manager, id);
    if (!roles.has('HOST')) {
      throw denied(
        ctx.viewer,
        'Seuls les référents de l’administration d’accueil et le contact de la mission recommandent les compétences de l’agent.',
        'id',
      );
    }
    const wanted = checkedSkillIds(skillIds);
    const known = await knownSkills(manager, wanted);
    const unknown = wanted.find((skillId) => !known.has(skillId));
    if (unknown !== undefined) {
      throw badUserInput(`skillIds.${skillIds!.indexOf(unknown)}`, unknownSkillMessage(unknown));
    }
    const agent = await agentProjectionById(ctx).load(application.agentId);
    if (agent?.erased) {
      throw conflict(
        'Le compte de cet agent a été effacé : ses compétences ne peuvent plus être recommandées.',
        {
          field: 'id',
        },
      );
    }
    const before = (
      (await manager.query(
        'SELECT "skill_id" FROM "approvals"."skill_endorsements" WHERE "application_id" = $1 ORDER BY "skill_id"',
        [application.id],
      )) as Array<{ skill_id: string }>
    ).map((row) => row.skill_id);
    const fresh = wanted.filter((skillId) => !before.includes(skillId));
    if (fresh.length === 0) return;
    if (before.length + fresh.length > MAX_ENDORSEMENTS_PER_APPLICATION) throw tooMany();
    await manager.query(
      `INSERT INTO "approvals"."skill_endorsements" ("application_id", "skill_id", "endorsed_by_agent_id")
       SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`,
      [application.id, fresh, viewerAgentId(ctx.viewer)],
    );
    const event = await skillsEndorsedEvent(manager, application.id);
    await record({
      audit: {
        action: 'completion.endorse',
        entityType: 'Application',
        entityId: application.id,
        subjectAgentId: application.agentId,
        before: { skillIds: before },
        after: { skillIds: [...before, ...fresh].sort() },
      },
      events: event ? [event] : [],
    });
  });
  return (await completionOf(ctx, id))!;
}
