import { MissionStatus } from '@talents/common';
import type { DemoData, DemoMission } from '@talents/demo';
import type { DataSource } from 'typeorm';
import { MissionEntity, MissionSkillEntity } from './mission.entity';

const CHUNK = 500;

// Statuses that imply a publication: the table requires a publication date for them.
const PUBLISHED_STATUSES = new Set<MissionStatus>([
  MissionStatus.PUBLISHED,
  MissionStatus.FILLED,
  MissionStatus.CLOSED,
]);

function missionRow(mission: DemoMission) {
  const publishedAt =
    mission.publishedAt ?? (PUBLISHED_STATUSES.has(mission.status) ? mission.createdAt : null);
  return {
    id: mission.id,
    title: mission.title,
    kind: mission.kind,
    domain: mission.domain,
    description: mission.description,
    hostAdministrationId: mission.hostAdministrationId,
    contactAgentId: mission.contactAgentId,
    effortHours: mission.effortHours,
    startDate: mission.startDate,
    endDate: mission.endDate,
    applicationDeadline: mission.applicationDeadline,
    workMode: mission.workMode,
    location: mission.location,
    seats: mission.seats,
    crisis: mission.crisis,
    status: mission.status,
    restrictedTo: mission.restrictedToAdministrationIds,
    returnReason: null,
    createdAt: mission.createdAt,
    publishedAt,
    updatedAt: publishedAt ?? mission.createdAt,
  };
}

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) result.push(rows.slice(start, start + CHUNK));
  return result;
}

/** Inserts the demo missions and their skills; rows already there (same id) are left as they are. */
export async function seedMissions(db: DataSource, data: DemoData): Promise<void> {
  const missions = data.missions.map(missionRow);
  const skills = data.missions.flatMap((mission) =>
    mission.requiredSkills.map((skill, position) => ({
      missionId: mission.id,
      skillId: skill.skillId,
      minLevel: skill.minLevel,
      position,
    })),
  );
  await db.transaction(async (manager) => {
    for (const chunk of chunks(missions)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(MissionEntity)
        .values(chunk)
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
    for (const chunk of chunks(skills)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(MissionSkillEntity)
        .values(chunk)
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
  });
}
