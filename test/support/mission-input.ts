/** A date of next year (YYYY-MM-DD), so that the suites do not age into the past. */
export function nextYear(month: number, day: number): string {
  const year = new Date().getUTCFullYear() + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Who posts a mission: the host administration, its contact, and the skills it asks for. */
export interface MissionHost {
  hostAdministrationId: string;
  contactAgentId: string;
  skillIds: string[];
}

/**
 * A `MissionInput` the missions subgraph accepts from `host`: a remote technical mission of 20
 * hours next spring, two seats, each skill asked at an intermediate level, open to every
 * administration. `overrides` sets what a test is about.
 */
export function missionInput(host: MissionHost, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Refonte du formulaire de contact',
    kind: 'UX_IMPROVEMENT',
    domain: 'TECHNICAL',
    description: 'Simplifier le formulaire de contact du service en ligne.',
    hostAdministrationId: host.hostAdministrationId,
    contactAgentId: host.contactAgentId,
    requiredSkills: host.skillIds.map((skillId) => ({ skillId, minLevel: 'INTERMEDIATE' })),
    effortHours: 20,
    startDate: nextYear(3, 1),
    endDate: nextYear(5, 31),
    applicationDeadline: nextYear(2, 15),
    workMode: 'REMOTE',
    seats: 2,
    restrictedToAdministrationIds: [],
    ...overrides,
  };
}
