import { auditedWrite, denied, redactAuditFor, type RequestContext } from '@talents/common';
import { In } from 'typeorm';
import { AdministrationEntity } from '../administration/administration.entity';
import { SkillEndorsementEntity } from '../endorsement/endorsement.entity';
import { endorsementsByAgentId } from '../endorsement/endorsement.loader';
import { skillById } from '../skill/skill.loader';
import { HostReferentEntity } from '../identity/host-referent.entity';
import { announcePrincipalChanges } from '../identity/principal-changes';
import { PrincipalService } from '../identity/principal.service';
import { ProgrammeAdminEntity } from '../identity/programme-admin.entity';
import { PROFILES_SCHEMA } from '../shared/constants';
import { isSelfOrAdmin, SELF_OR_ADMIN_ONLY } from './agent.access';
import { AgentHiddenFromEntity } from './agent-hidden-from.entity';
import { AgentSkillEntity } from './agent-skill.entity';
import { AgentEntity } from './agent.entity';
import { agentMapper } from './agent.mapper';
import { agentChangedEventOf } from './agent.events';
import { agentById, agentSkillsByAgentId, hiddenFromByAgentId } from './agent.loader';
import { AgentService } from './agent.service';
import type { Agent } from './agent.types';

/** What an erased agent's names become: the row stays for history, about nobody. */
export const ERASED_FIRST_NAME = 'Agent';
export const ERASED_LAST_NAME = 'supprimé';

/** Unique (the e-mail index is), syntactically an address, and in a domain that cannot exist (RFC 2606). */
export function erasedEmail(agentId: string): string {
  return `efface-${agentId}@invalid`;
}

/** RGPD self-service on the profiles side: an agent's data export, and the erasure of their account. */
export class AgentPrivacyService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Everything profiles holds about the agent, and of other people only the ids and names of their
   * administrations, manager and endorsers. The agent themself or the programme team only.
   */
  async exportData(agent: Agent): Promise<Record<string, unknown>> {
    if (!isSelfOrAdmin(this.ctx.viewer, agent.id))
      throw denied(this.ctx.viewer, SELF_OR_ADMIN_ONLY, 'profilesData');
    this.ctx.audit.read({
      entityType: 'Agent',
      entityId: agent.id,
      subjectAgentId: agent.id,
      field: 'profilesData',
    });
    const db = this.ctx.db;
    const [entity, skills, endorsements, hiddenFrom, hostOf, admin, manager] = await Promise.all([
      db.getRepository(AgentEntity).findOneByOrFail({ id: agent.id }),
      agentSkillsByAgentId(this.ctx).load(agent.id),
      endorsementsByAgentId(this.ctx).load(agent.id),
      hiddenFromByAgentId(this.ctx).load(agent.id),
      db
        .getRepository(HostReferentEntity)
        .find({ where: { agentId: agent.id }, order: { administrationId: 'ASC' } }),
      db.getRepository(ProgrammeAdminEntity).existsBy({ agentId: agent.id }),
      agent.managerId === null ? Promise.resolve(null) : agentById(this.ctx).load(agent.managerId),
    ]);
    // Who endorsed and which skill, each in one statement whatever the number of endorsements.
    const [endorsers, endorsedSkills] = await Promise.all([
      agentById(this.ctx).loadMany([...new Set(endorsements.map((row) => row.endorsedBy))]),
      skillById(this.ctx).loadMany([...new Set(endorsements.map((row) => row.skillId))]),
    ]);
    const endorserName = new Map(
      endorsers.flatMap((item) => (item && !(item instanceof Error) ? [[item.id, item.displayName]] : [])),
    );
    const skillLabel = new Map(
      endorsedSkills.flatMap((item) => (item && !(item instanceof Error) ? [[item.id, item.label]] : [])),
    );
    const principal = entity.erasedAt === null ? await new PrincipalService(this.ctx).byId(agent.id) : null;
    const administrationIds = [
      ...new Set([
        entity.administrationId,
        ...hiddenFrom.map((row) => row.administrationId),
        ...hostOf.map((row) => row.administrationId),
      ]),
    ];
    const names = new Map(
      (await db.getRepository(AdministrationEntity).findBy({ id: In(administrationIds) })).map((row) => [
        row.id,
        row.name,
      ]),
    );
    const administration = (id: string) => ({ id, name: names.get(id) ?? null });
    const exported = agentMapper.toExport(entity);
    return {
      profile: exported.profile,
      administration: administration(exported.administrationId),
      manager: manager ? { id: manager.id, displayName: manager.displayName } : null,
      skills: skills.map(({ agentSkill }) => ({
        skillId: agentSkill.skill.id,
        label: agentSkill.skill.label,
        level: agentSkill.level,
      })),
      endorsements: endorsements.map((row) => ({
        skillId: row.skillId,
        label: skillLabel.get(row.skillId) ?? null,
        missionId: row.missionId,
        applicationId: row.applicationId,
        endorsedBy: { id: row.endorsedBy, displayName: endorserName.get(row.endorsedBy) ?? null },
        endorsedAt: row.endorsedAt.toISOString(),
      })),
      availability: exported.availability,
      directory: {
        inDirectory: exported.inDirectory,
        hiddenFromAdministrations: hiddenFrom.map((row) => administration(row.administrationId)),
      },
      roles: principal?.roles ?? [],
      hostOf: hostOf.map((row) => administration(row.administrationId)),
      programmeAdmin: admin,
    };
  }

  /**
   * Erases the account in one transaction: the row stays (applications and approvals keep their
   * history, reports keep their manager_id) but says nothing about the person any more; skills, the
   * endorsements of them (those the person gave others stay, by an anonymised endorser), hiding, référent and admin rows go; the audit log's values about them are blanked; approvals
   * and missions hear of it (`agent.changed`, erased, without match facts). Erasing an erased
   * account changes nothing.
   */
  async erase(agentId: string): Promise<boolean> {
    const service = new AgentService(this.ctx);
    const erased = await auditedWrite(this.ctx, async (manager, record) => {
      const locked = await service.lockAgent(manager, agentId);
      if (locked.erasedAt !== null) return locked;
      const id = locked.id;
      await manager.getRepository(AgentSkillEntity).delete({ agentId: id });
      await manager.getRepository(SkillEndorsementEntity).delete({ agentId: id });
      await manager.getRepository(AgentHiddenFromEntity).delete({ agentId: id });
      await manager.getRepository(HostReferentEntity).delete({ agentId: id });
      await manager.getRepository(ProgrammeAdminEntity).delete({ agentId: id });
      const erasedAt = new Date();
      await manager.getRepository(AgentEntity).update(
        { id },
        {
          firstName: ERASED_FIRST_NAME,
          lastName: ERASED_LAST_NAME,
          email: erasedEmail(id),
          phone: null,
          unit: '',
          jobTitle: '',
          city: '',
          availableHoursPerMonth: 0,
          availableFrom: null,
          availableUntil: null,
          inDirectory: false,
          erasedAt,
          updatedAt: erasedAt,
        },
      );
      await redactAuditFor(manager, PROFILES_SCHEMA, id);
      // After the redaction, so that this row keeps saying what happened (it holds nothing personal).
      const after = await manager.getRepository(AgentEntity).findOneByOrFail({ id });
      await record({
        audit: {
          action: 'agent.erase',
          entityType: 'Agent',
          entityId: id,
          subjectAgentId: id,
          before: { erased: false },
          after: { erased: true, erasedAt: erasedAt.toISOString() },
        },
        events: [await agentChangedEventOf(manager, after)],
      });
      // Rights end with the erasure: the gateway forgets the person at once, and their manager's
      // MANAGER role may end with this report.
      await announcePrincipalChanges(manager, [id, after.managerId]);
      return after;
    });
    service.refresh(erased);
    agentSkillsByAgentId(this.ctx).clear(erased.id);
    endorsementsByAgentId(this.ctx).clear(erased.id);
    hiddenFromByAgentId(this.ctx).clear(erased.id);
    return true;
  }
}
