import { seedAgentMatchProfiles } from '../matching/agent-profile.consumer';
import { scoreEverything } from '../matching/matching.sql';
import { seededPublication } from '@talents/common';
import type { DemoData, DemoMission } from '@talents/demo';
import type { DataSource } from 'typeorm';
import { MissionEntity, MissionSkillEntity } from './mission.entity';
import { seedMissionReferences } from './mission.references';

const CHUNK = 500;

function missionRow(mission: DemoMission) {
  // The table requires a publication date for the statuses that imply a publication.
  const publishedAt = seededPublication(mission);
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
      essential: skill.essential ?? true,
      position,
    })),
  );
  await db.transaction(async (manager) => {
    await seedMissionReferences(manager, data);
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
  // The agents as profiles announces them: the live feed and recommendations read this projection.
  await seedAgentMatchProfiles(db, data);
  await scoreEverything(db);
}
