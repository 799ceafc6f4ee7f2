import { randomUUID } from 'node:crypto';
import { MissionDomain, MissionKind, MissionStatus, SkillLevel, WorkMode } from '@talents/common';
import type { DemoData, DemoMission } from '@talents/demo';

/** What each suite chooses for its missions; the rest is the same everywhere. */
export type MissionDefaults = Pick<
  DemoMission,
  | 'title'
  | 'description'
  | 'contactAgentId'
  | 'effortHours'
  | 'startDate'
  | 'endDate'
  | 'applicationDeadline'
  | 'createdAt'
  | 'publishedAt'
>;

/**
 * Builds the hand-made missions of a missions suite: a published, remote project-support mission
 * of dinum with two seats and one required skill, a fresh id, the suite's `defaults` and the
 * test's `overrides`.
 */
export function demoMissionFactory(defaults: MissionDefaults) {
  return (overrides: Partial<DemoMission> = {}): DemoMission => ({
    id: randomUUID(),
    kind: MissionKind.PROJECT_SUPPORT,
    domain: MissionDomain.TECHNICAL,
    hostAdministrationId: 'dinum',
    requiredSkills: [{ skillId: 'typescript', minLevel: SkillLevel.INTERMEDIATE }],
    workMode: WorkMode.REMOTE,
    location: null,
    seats: 2,
    crisis: false,
    status: MissionStatus.PUBLISHED,
    restrictedToAdministrationIds: [],
    ...defaults,
    ...overrides,
  });
}

/** Demo data made of `missions` alone, for `seedMissions`. */
export function missionsOnly(missions: DemoMission[]): DemoData {
  return { administrations: [], skills: [], agents: [], missions, applications: [] };
}
