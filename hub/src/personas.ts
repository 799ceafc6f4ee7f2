import { MissionStatus } from '@talents/common';
import type { DemoData } from '@talents/demo';
import type { Persona } from '@talents/gateway';

/**
 * Seeded agents to sign in as without ProConnect, one per role of the programme. Roles themselves
 * are computed by profiles (the picker shows them); this only chooses people likely to hold each.
 */
export function pickPersonas(demo: DemoData): Persona[] {
  const administrations = new Map(demo.administrations.map((a) => [a.id, a]));
  const reports = new Map<string, number>();
  for (const agent of demo.agents) {
    if (agent.managerId) reports.set(agent.managerId, (reports.get(agent.managerId) ?? 0) + 1);
  }
  const contacts = new Set(demo.missions.map((mission) => mission.contactAgentId));
  const referents = new Set((demo.hostReferents ?? []).map((r) => r.agentId));
  const where = (administrationId: string) => {
    const administration = administrations.get(administrationId);
    return administration?.acronym ?? administration?.name ?? 'administration inconnue';
  };
  const name = (agent: DemoData['agents'][number]) => `${agent.firstName} ${agent.lastName}`;
  const personas: Persona[] = [];
  const taken = new Set<string>();
  const add = (agent: DemoData['agents'][number] | undefined, description: string) => {
    if (!agent || taken.has(agent.id)) return;
    taken.add(agent.id);
    personas.push({ agentId: agent.id, displayName: name(agent), description });
  };

  const plain = demo.agents.find(
    (a) =>
      !reports.has(a.id) &&
      !contacts.has(a.id) &&
      !referents.has(a.id) &&
      !(demo.programmeAdmins ?? []).includes(a.id) &&
      a.skills.length >= 3,
  );
  add(
    plain,
    plain ? `${plain.jobTitle}, ${where(plain.administrationId)} : un agent qui cherche une mission` : '',
  );

  const manager = [...demo.agents].sort((a, b) => (reports.get(b.id) ?? 0) - (reports.get(a.id) ?? 0))[0];
  add(
    manager,
    manager
      ? `${manager.jobTitle}, ${where(manager.administrationId)} : manager de ${reports.get(manager.id) ?? 0} agents`
      : '',
  );

  // A référent of an administration hosting published missions: the host persona.
  const hostingPublished = new Set(
    demo.missions.filter((m) => m.status === MissionStatus.PUBLISHED).map((m) => m.hostAdministrationId),
  );
  const referent = (demo.hostReferents ?? []).find(
    (r) => hostingPublished.has(r.administrationId) && !reports.has(r.agentId),
  );
  const host = demo.agents.find((a) => a.id === referent?.agentId);
  add(
    host,
    host && referent
      ? `${host.jobTitle} : porteur de besoin, référent des missions de ${where(referent.administrationId)}`
      : '',
  );

  const admin = demo.agents.find((a) => (demo.programmeAdmins ?? []).includes(a.id));
  add(admin, admin ? `${admin.jobTitle}, mission Talents numériques (DINUM) : équipe du programme` : '');
  return personas;
}
