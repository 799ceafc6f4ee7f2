import { entityMapper } from '@talents/common';
import { loadedVersion } from './agent.concurrency';
import { AgentEntity } from './agent.entity';
import { Agent, AgentAvailability } from './agent.types';

/** The profile's fields, the same in the API and in the export (an erased account has no e-mail). */
function profileOf(entity: AgentEntity) {
  return {
    id: entity.id,
    firstName: entity.firstName,
    lastName: entity.lastName,
    email: entity.erasedAt === null ? entity.email : null,
    phone: entity.phone,
    employmentStatus: entity.employmentStatus,
    unit: entity.unit,
    jobTitle: entity.jobTitle,
    city: entity.city,
    departmentCode: entity.departmentCode,
    workMode: entity.workMode,
  };
}

/** The agent's row as the API shows it (`Agent`), and as the agent's RGPD export gives it back. */
export const agentMapper = entityMapper({
  entity: AgentEntity,
  toGraph: (entity: AgentEntity): Agent =>
    Object.assign(new Agent(), {
      ...profileOf(entity),
      displayName: `${entity.firstName} ${entity.lastName.toLocaleUpperCase('fr-FR')}`,
      availability: Object.assign(new AgentAvailability(), {
        hoursPerMonth: entity.availableHoursPerMonth,
        from: entity.availableFrom,
        until: entity.availableUntil,
      }),
      inDirectory: entity.inDirectory,
      erased: entity.erasedAt !== null,
      createdAt: entity.createdAt,
      administrationId: entity.administrationId,
      managerId: entity.managerId,
      version: loadedVersion(entity),
    }),
  /** The export names the administration and the manager: it reads their ids here. */
  toExport: (entity: AgentEntity) => ({
    profile: {
      ...profileOf(entity),
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
      erasedAt: entity.erasedAt?.toISOString() ?? null,
    },
    administrationId: entity.administrationId,
    managerId: entity.managerId,
    availability: {
      hoursPerMonth: entity.availableHoursPerMonth,
      from: entity.availableFrom,
      until: entity.availableUntil,
    },
    inDirectory: entity.inDirectory,
  }),
  notExported: {
    version: 'a count of writes, says nothing about the person',
    sortName: 'derived from the names, which the profile gives',
  },
});
