import type { DemoAgent, DemoData } from '@talents/demo';
import type { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { AdministrationEntity } from '../administration/administration.entity';
import { AgentHiddenFromEntity } from '../agent/agent-hidden-from.entity';
import { AgentSkillEntity } from '../agent/agent-skill.entity';
import { AgentEntity } from '../agent/agent.entity';
import { ApplicantHostEntity } from '../agent/applicant-host.entity';
import { SkillEndorsementEntity } from '../endorsement/endorsement.entity';
import { HostReferentEntity } from '../identity/host-referent.entity';
import { ProgrammeAdminEntity } from '../identity/programme-admin.entity';
import { SkillEntity } from '../skill/skill.entity';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table. */
const CHUNK_SIZE = 500;

/**
 * Orders rows so that every row comes after the row it references (parent administration,
 * manager): chunks are separate statements, so a reference into a later chunk would fail.
 * References to rows outside the list are left to the foreign key to report.
 */
export function parentsFirst<T extends { id: string }>(
  rows: readonly T[],
  parentOf: (row: T) => string | null,
): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (row: T): void => {
    const current = state.get(row.id);
    if (current === 'done') return;
    if (current === 'visiting')
      throw new Error(`Cycle de rattachement dans les données de démonstration : ${row.id}`);
    state.set(row.id, 'visiting');
    const parentId = parentOf(row);
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parent) visit(parent);
    state.set(row.id, 'done');
    ordered.push(row);
  };
  rows.forEach(visit);
  return ordered;
}

async function insertIgnoringExisting<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + CHUNK_SIZE))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}

function agentRow(agent: DemoAgent): Omit<AgentEntity, 'sortName'> {
  return {
    id: agent.id,
    firstName: agent.firstName,
    lastName: agent.lastName,
    email: agent.email,
    phone: agent.phone,
    employmentStatus: agent.employmentStatus,
    administrationId: agent.administrationId,
    unit: agent.unit,
    jobTitle: agent.jobTitle,
    city: agent.city,
    departmentCode: agent.departmentCode,
    workMode: agent.workMode,
    availableHoursPerMonth: agent.availableHoursPerMonth,
    availableFrom: agent.availableFrom,
    availableUntil: agent.availableUntil,
    managerId: agent.managerId,
    inDirectory: agent.inDirectory,
    createdAt: agent.createdAt,
    updatedAt: agent.createdAt,
    erasedAt: null,
  };
}

/**
 * The hosts each agent applied to, as `application.changed` events would have built it: one row per
 * agent and host administration, versioned by the latest application. Applications to missions
 * outside the data are skipped.
 */
export function applicantHostRows(data: DemoData): ApplicantHostEntity[] {
  const hostOf = new Map(data.missions.map((mission) => [mission.id, mission.hostAdministrationId]));
  const rows = new Map<string, ApplicantHostEntity>();
  for (const application of data.applications) {
    const administrationId = hostOf.get(application.missionId);
    if (administrationId === undefined) continue;
    const key = `${application.agentId}:${administrationId}`;
    const existing = rows.get(key);
    if (!existing || existing.version < application.createdAt) {
      rows.set(key, { agentId: application.agentId, administrationId, version: application.createdAt });
    }
  }
  return [...rows.values()];
}

/**
 * Inserts the demo administrations, skills, agents and their skills, référents, programme team,
 * hiding preferences, the applicant-host projection and the endorsements of completed missions. Idempotent: rows whose key already exists
 * are left as they are, so running it twice changes nothing. All or nothing.
 */
export async function seedProfiles(db: DataSource, data: DemoData): Promise<void> {
  await db.transaction(async (manager) => {
    await insertIgnoringExisting(
      manager,
      AdministrationEntity,
      parentsFirst(data.administrations, (administration) => administration.parentId).map(
        (administration) => ({
          id: administration.id,
          name: administration.name,
          acronym: administration.acronym,
          kind: administration.kind,
          parentId: administration.parentId,
        }),
      ),
    );
    await insertIgnoringExisting(
      manager,
      SkillEntity,
      data.skills.map((skill) => ({ id: skill.id, label: skill.label, family: skill.family })),
    );
    await insertIgnoringExisting(
      manager,
      AgentEntity,
      parentsFirst(data.agents, (agent) => agent.managerId).map(agentRow) as AgentEntity[],
    );
    await insertIgnoringExisting(
      manager,
      AgentSkillEntity,
      data.agents.flatMap((agent) =>
        agent.skills.map((skill) => ({ agentId: agent.id, skillId: skill.skillId, level: skill.level })),
      ),
    );
    await insertIgnoringExisting(
      manager,
      AgentHiddenFromEntity,
      data.agents.flatMap((agent) =>
        (agent.hiddenFrom ?? []).map((administrationId) => ({ agentId: agent.id, administrationId })),
      ),
    );
    await insertIgnoringExisting(
      manager,
      HostReferentEntity,
      (data.hostReferents ?? []).map(({ agentId, administrationId }) => ({ agentId, administrationId })),
    );
    await insertIgnoringExisting(
      manager,
      ProgrammeAdminEntity,
      (data.programmeAdmins ?? []).map((agentId) => ({ agentId })),
    );
    await insertIgnoringExisting(manager, ApplicantHostEntity, applicantHostRows(data));
    // The completed missions' endorsements, the same rows approvals' seed writes (DemoData.endorsements).
    await insertIgnoringExisting(
      manager,
      SkillEndorsementEntity,
      (data.endorsements ?? []).map((row) => ({
        applicationId: row.applicationId,
        skillId: row.skillId,
        agentId: row.agentId,
        missionId: row.missionId,
        endorsedBy: row.endorsedBy,
        endorsedAt: row.endorsedAt,
      })),
    );
  });
}
