import { randomUUID } from 'node:crypto';
import {
  ApplicationStatus,
  EmploymentStatus,
  MissionDomain,
  MissionKind,
  MissionStatus,
  WorkMode,
} from '@talents/common';
import type { DemoAgent, DemoApplication, DemoData, DemoMission } from '@talents/demo';
import { readAuditLog, type AuditRow } from '../../../test/support/audit';
import type { TestSubgraph } from '../../../test/support/subgraph';
import {
  applyAgentChanged,
  applyMissionChanged,
  type AgentChangedPayload,
  type MissionChangedPayload,
} from '../src';

export const MOTIVATION = 'Je maîtrise TypeScript et je souhaite aider votre équipe sur ce projet.';

/** Feeds the mission projection as a `mission.changed` event would (consumer called in a transaction). */
export async function publishMission(
  subgraph: TestSubgraph,
  overrides: Partial<MissionChangedPayload> = {},
): Promise<MissionChangedPayload> {
  const payload: MissionChangedPayload = {
    id: randomUUID(),
    hostAdministrationId: 'adm-host',
    status: MissionStatus.PUBLISHED,
    seats: 3,
    restrictedTo: [],
    version: new Date().toISOString(),
    ...overrides,
  };
  await subgraph.db.transaction((manager) => applyMissionChanged(payload, manager));
  return payload;
}

/** Feeds the agent projection as an `agent.changed` event would. */
export async function projectAgent(
  subgraph: TestSubgraph,
  overrides: Partial<AgentChangedPayload> = {},
): Promise<AgentChangedPayload> {
  const payload: AgentChangedPayload = {
    id: randomUUID(),
    administrationId: 'adm-a',
    managerId: null,
    erased: false,
    version: new Date().toISOString(),
    ...overrides,
  };
  await subgraph.db.transaction((manager) => applyAgentChanged(payload, manager));
  return payload;
}

export function demoAgent(overrides: Partial<DemoAgent> = {}): DemoAgent {
  return {
    id: randomUUID(),
    firstName: 'Camille',
    lastName: 'Martin',
    email: `${randomUUID()}@example.gouv.fr`,
    phone: null,
    employmentStatus: EmploymentStatus.CIVIL_SERVANT,
    administrationId: 'adm-a',
    unit: 'Bureau des systèmes',
    jobTitle: 'Développeuse',
    city: 'Paris',
    departmentCode: '75',
    workMode: WorkMode.HYBRID,
    skills: [],
    availableHoursPerMonth: 8,
    availableFrom: null,
    availableUntil: null,
    managerId: null,
    inDirectory: true,
    createdAt: new Date('2025-01-01T09:00:00Z'),
    ...overrides,
  };
}

export function demoMission(overrides: Partial<DemoMission> = {}): DemoMission {
  return {
    id: randomUUID(),
    title: 'Refonte d’un formulaire',
    kind: MissionKind.PROJECT_SUPPORT,
    domain: MissionDomain.TECHNICAL,
    description: 'Accompagner l’équipe dans la refonte d’un formulaire en ligne.',
    hostAdministrationId: 'adm-host',
    contactAgentId: randomUUID(),
    requiredSkills: [],
    effortHours: 20,
    startDate: '2025-03-01',
    endDate: '2025-06-30',
    applicationDeadline: '2025-02-15',
    workMode: WorkMode.REMOTE,
    location: null,
    seats: 3,
    crisis: false,
    status: MissionStatus.PUBLISHED,
    restrictedToAdministrationIds: [],
    createdAt: new Date('2025-01-01T09:00:00Z'),
    publishedAt: new Date('2025-01-02T09:00:00Z'),
    ...overrides,
  };
}

export function demoApplication(overrides: Partial<DemoApplication> = {}): DemoApplication {
  return {
    id: randomUUID(),
    agentId: randomUUID(),
    missionId: randomUUID(),
    motivation: MOTIVATION,
    proposedHours: 10,
    status: ApplicationStatus.SUBMITTED,
    createdAt: new Date('2025-01-01T09:00:00Z'),
    ...overrides,
  };
}

export function demoData(parts: Partial<DemoData>): DemoData {
  return { administrations: [], skills: [], agents: [], missions: [], applications: [], ...parts };
}

export async function auditRows(
  subgraph: TestSubgraph,
  where: string,
  params: unknown[],
): Promise<AuditRow[]> {
  return readAuditLog(subgraph.db, 'approvals', where, params);
}

/** The `application.changed` jobs published for one application, oldest first. */
export async function publishedEvents(
  subgraph: TestSubgraph,
  applicationId: string,
): Promise<Array<{ type: string; key: string; payload: Record<string, unknown> }>> {
  const rows = (await subgraph.db.query(
    `SELECT data FROM pgboss.job WHERE name = 'profiles__application_changed' AND data->>'key' = $1
      ORDER BY created_on`,
    [applicationId],
  )) as Array<{ data: { type: string; key: string; payload: Record<string, unknown> } }>;
  return rows.map(({ data }) => data);
}

export { eventually } from '../../../test/support/eventually';
