import {
  auditedWrite,
  badUserInput,
  conflict,
  denied,
  isAdmin,
  isUuid,
  normaliseUuid,
  type RequestContext,
} from '@talents/common';
import { In, type EntityManager } from 'typeorm';
import { AdministrationEntity } from '../administration/administration.entity';
import { AgentEntity } from '../agent/agent.entity';
import { agentChangedEventOf } from '../agent/agent.events';
import { AgentService } from '../agent/agent.service';
import type { Agent } from '../agent/agent.types';
import { PROFILES_SCHEMA } from '../shared/constants';
import { HostReferentEntity } from './host-referent.entity';
import type { AgentIdentityInput } from './identity.inputs';
import { announcePrincipalChanges } from './principal-changes';
import { ProgrammeAdminEntity } from './programme-admin.entity';

export const IDENTITY_ADMIN_ONLY =
  'Seule l’équipe du programme peut modifier l’administration, les rôles, le statut de référent ou le manager d’un agent (sinon, ils viennent de ProConnect à la connexion).';
const ERASED_ACCOUNT = 'Ce compte a été effacé : son identité ne peut plus être modifiée.';

interface IdentitySnapshot {
  administrationId: string;
  managerId: string | null;
  hostOf: string[];
  programmeTeam: boolean;
}

async function identityOf(manager: EntityManager, agent: AgentEntity): Promise<IdentitySnapshot> {
  const [hosted, admin] = await Promise.all([
    manager.getRepository(HostReferentEntity).find({
      where: { agentId: agent.id },
      order: { administrationId: 'ASC' },
    }),
    manager.getRepository(ProgrammeAdminEntity).existsBy({ agentId: agent.id }),
  ]);
  return {
    administrationId: agent.administrationId,
    managerId: agent.managerId,
    hostOf: hosted.map((row) => row.administrationId),
    programmeTeam: admin,
  };
}

/** The first input field the caller asked to change, to name in a refusal. */
function firstGivenField(input: AgentIdentityInput): string {
  const given = (['administrationId', 'managerId', 'hostOf', 'programmeTeam'] as const).find(
    (name) => input[name] !== undefined,
  );
  return `input.${given ?? 'administrationId'}`;
}

/**
 * What decides an agent's rights — administration, manager of record, référent status, programme
 * team — changed by the programme team, audited, and announced at once to the gateway (which drops
 * its cached roles) and to the other subgraphs (`agent.changed`).
 */
export class IdentityService {
  constructor(private readonly ctx: RequestContext) {}

  async setIdentity(agentId: string, input: AgentIdentityInput): Promise<Agent> {
    if (!isAdmin(this.ctx.viewer)) throw denied(this.ctx.viewer, IDENTITY_ADMIN_ONLY, firstGivenField(input));
    const service = new AgentService(this.ctx);
    const updated = await auditedWrite(this.ctx, async (manager, record) => {
      const locked = await service.lockAgent(manager, agentId);
      if (locked.erasedAt !== null) throw conflict(ERASED_ACCOUNT);
      const before = await identityOf(manager, locked);
      await this.checkReferences(manager, locked.id, input);
      const patch: Partial<Pick<AgentEntity, 'administrationId' | 'managerId'>> = {};
      if (input.administrationId !== undefined) patch.administrationId = input.administrationId;
      if (input.managerId !== undefined) {
        patch.managerId = input.managerId === null ? null : normaliseUuid(input.managerId);
      }
      if (Object.keys(patch).length > 0) {
        await manager
          .getRepository(AgentEntity)
          .update({ id: locked.id }, { ...patch, updatedAt: new Date() });
      }
      if (input.hostOf !== undefined) {
        const wanted = [...new Set(input.hostOf)];
        await manager.getRepository(HostReferentEntity).delete({ agentId: locked.id });
        if (wanted.length > 0) {
          await manager
            .getRepository(HostReferentEntity)
            .insert(wanted.map((administrationId) => ({ agentId: locked.id, administrationId })));
        }
      }
      if (input.programmeTeam === true) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(ProgrammeAdminEntity)
          .values({ agentId: locked.id })
          .orIgnore()
          .updateEntity(false)
          .execute();
      } else if (input.programmeTeam === false) {
        await manager.getRepository(ProgrammeAdminEntity).delete({ agentId: locked.id });
      }
      const after = await manager.getRepository(AgentEntity).findOneByOrFail({ id: locked.id });
      await record({
        audit: {
          action: 'agent.updateIdentity',
          entityType: 'Agent',
          entityId: locked.id,
          subjectAgentId: locked.id,
          before,
          after: await identityOf(manager, after),
        },
        events: [await agentChangedEventOf(manager, after)],
      });
      // The agent's roles, and the MANAGER role of the former and the new manager.
      await announcePrincipalChanges(manager, [locked.id, before.managerId, after.managerId]);
      return after;
    });
    return service.refresh(updated);
  }

  private async checkReferences(manager: EntityManager, agentId: string, input: AgentIdentityInput) {
    const administrations = [
      ...(input.administrationId !== undefined ? [input.administrationId] : []),
      ...(input.hostOf ?? []),
    ];
    const known = new Set(
      administrations.length === 0
        ? []
        : (
            await manager
              .getRepository(AdministrationEntity)
              .find({ select: { id: true }, where: { id: In([...new Set(administrations)]) } })
          ).map((row) => row.id),
    );
    const unknownAdministration = (id: string) =>
      `Administration inconnue : ${id.slice(0, 100)}. Choisissez une administration de la liste.`;
    if (input.administrationId !== undefined && !known.has(input.administrationId)) {
      throw badUserInput('input.administrationId', unknownAdministration(input.administrationId));
    }
    const unknownIndex = (input.hostOf ?? []).findIndex((id) => !known.has(id));
    if (unknownIndex >= 0) {
      throw badUserInput(
        `input.hostOf.${unknownIndex}`,
        unknownAdministration(input.hostOf?.[unknownIndex] ?? ''),
      );
    }
    if (input.managerId === undefined || input.managerId === null) return;
    const managerId = isUuid(input.managerId) ? normaliseUuid(input.managerId) : null;
    const found =
      managerId === null
        ? null
        : await manager
            .getRepository(AgentEntity)
            .findOne({ select: { id: true, erasedAt: true }, where: { id: managerId } });
    if (!found || found.erasedAt !== null) {
      throw badUserInput(
        'input.managerId',
        'Manager inconnu ou dont le compte est effacé : choisissez un agent existant.',
      );
    }
    if (found.id === agentId) {
      throw badUserInput('input.managerId', 'Un agent ne peut pas être son propre manager.');
    }
    // The new manager's own chain of managers must not lead back to the agent.
    const cycle = (await manager.query(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT manager_id, 1 FROM "${PROFILES_SCHEMA}".agent WHERE id = $1
         UNION ALL
         SELECT agent.manager_id, chain.depth + 1 FROM "${PROFILES_SCHEMA}".agent agent
           JOIN chain ON agent.id = chain.id WHERE chain.depth < 100)
       SELECT 1 FROM chain WHERE id = $2 LIMIT 1`,
      [found.id, agentId],
    )) as unknown[];
    if (cycle.length > 0) {
      throw badUserInput(
        'input.managerId',
        'Ce rattachement créerait une boucle : l’agent est déjà, directement ou non, le manager de ce manager.',
      );
    }
  }
}
