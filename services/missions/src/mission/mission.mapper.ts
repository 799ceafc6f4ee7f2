import { entityMapper } from '@talents/common';
import { MissionEntity } from './mission.entity';

/** The mission's row as the API shows it (`Mission`), and in its contact's RGPD export. */
export const missionMapper = entityMapper({
  entity: MissionEntity,
  // `Mission`'s fields are the entity's columns under the same names: resolvers return the row.
  toGraph: (entity: MissionEntity): MissionEntity => entity,
  toExport: (mission: MissionEntity): Record<string, unknown> => ({
    id: mission.id,
    title: mission.title,
    kind: mission.kind,
    domain: mission.domain,
    description: mission.description,
    hostAdministrationId: mission.hostAdministrationId,
    status: mission.status,
    effortHours: mission.effortHours,
    startDate: mission.startDate,
    endDate: mission.endDate,
    applicationDeadline: mission.applicationDeadline,
    workMode: mission.workMode,
    location: mission.location,
    seats: mission.seats,
    crisis: mission.crisis,
    restrictedTo: mission.restrictedTo,
    returnReason: mission.returnReason,
    createdAt: mission.createdAt.toISOString(),
    publishedAt: mission.publishedAt?.toISOString() ?? null,
    updatedAt: mission.updatedAt.toISOString(),
  }),
  notExported: {
    contactAgentId: 'the agent the export is for: every mission listed names them',
    version: 'a count of writes, says nothing about the person',
    skillIds: 'derived from the mission’s required skills, kept by a trigger',
    listedAt: 'derived sort key of the catalogue',
  },
});
