import { ApplicationStatus } from '@talents/common';
import type { DemoData, DemoEndorsement } from './types';

/** How many of a mission's required skills its host endorses at most in the demo. */
const DEMO_ENDORSEMENTS_PER_APPLICATION = 3;

/**
 * The endorsements of the demo's completed missions, derived once by the generator into
 * `DemoData.endorsements`, which approvals' seed writes and profiles' seed shows on the agents'
 * skills, so that both agree: the mission's required skills the agent
 * declared, in the host's order, three at most; an agent who declared none of them is endorsed for
 * the first one (evidence of a skill they had not declared). Pure and deterministic.
 */
export function demoEndorsements(data: DemoData): DemoEndorsement[] {
  const missions = new Map(data.missions.map((mission) => [mission.id, mission]));
  const agents = new Map(data.agents.map((agent) => [agent.id, agent]));
  return data.applications.flatMap((application) => {
    const mission = missions.get(application.missionId);
    const agent = agents.get(application.agentId);
    if (application.status !== ApplicationStatus.COMPLETED || !mission || !agent) return [];
    if (mission.contactAgentId === agent.id) return [];
    const declared = new Set(agent.skills.map((skill) => skill.skillId));
    const required = mission.requiredSkills.map((skill) => skill.skillId);
    const shown = required.filter((skillId) => declared.has(skillId));
    const endorsed =
      shown.length > 0 ? shown.slice(0, DEMO_ENDORSEMENTS_PER_APPLICATION) : required.slice(0, 1);
    return endorsed.map((skillId) => ({
      applicationId: application.id,
      agentId: agent.id,
      missionId: mission.id,
      skillId,
      endorsedBy: mission.contactAgentId,
      endorsedAt: application.createdAt,
    }));
  });
}
