import {
  AdministrationKind,
  agentViewer,
  ANONYMOUS_VIEWER,
  clientViewer,
  Role,
  SkillFamily,
  SkillLevel,
  SYSTEM_VIEWER,
} from '@talents/common';
import type { DemoData } from '@talents/demo';
import type { DataSource } from 'typeorm';
import { readAuditLog, type AuditRow } from '../../../../test/support/audit';
import type { GraphQLResponse } from '../../../../test/support/graphql';
import { startTestSubgraph, type TestSubgraph } from '../../../../test/support/subgraph';
import {
  applyApplicationChanged,
  profilesSubgraph,
  seedProfiles,
  type ApplicationChangedPayload,
} from '../../src';
import { demoAgentFactory } from './agents';

/**
 * The fixture of the identity suites (services/profiles/test/identity-*.test.ts): a hand-made
 * directory in which each agent plays one part of the role matrix, and the viewers who read it.
 */
export function id(index: number): string {
  return `0000000b-0000-4000-a000-${String(index).padStart(12, '0')}`;
}

// Who is who in the fixture: each index plays one part of the role matrix.
export const SELF = 1; // dinum, reports to MANAGER, applied to an insee mission
export const MANAGER = 2; // dinum
export const OTHER = 3; // minarm, nothing to do with anyone
export const HOST = 4; // insee, référent of insee
export const FOREIGN_HOST = 5; // minarm, référent of minarm
export const ADMIN = 6; // dinum, mission Talents numériques
export const OUT = 7; // dinum, out of the directory, reports to MANAGER, applied to insee
export const HIDING = 8; // dinum, hides from minarm
export const HIDING_APPLICANT = 9; // dinum, hides from insee but applied to insee
export const HIDING_QUIET = 10; // dinum, hides from insee, never applied
export const ERASABLE = 11; // dinum, manages REPORT, référent of dinum
export const REPORT = 12; // dinum, reports to ERASABLE
export const LONE_MANAGER = 13; // minarm, manages LONE_REPORT only
export const LONE_REPORT = 14; // minarm
export const INSEE_AGENT = 15; // insee, plain agent
export const BULK_FROM = 100;
export const BULK_COUNT = 60;

const demoAgent = demoAgentFactory(id, {
  skills: [{ skillId: 'typescript', level: SkillLevel.ADVANCED }],
  availableHoursPerMonth: 8,
  availableFrom: '2025-01-01',
});

export const data: DemoData = {
  administrations: [
    {
      id: 'spm',
      name: 'Services du Premier ministre',
      acronym: 'SPM',
      kind: AdministrationKind.MINISTRY,
      parentId: null,
    },
    {
      id: 'dinum',
      name: 'Direction interministérielle du numérique',
      acronym: 'DINUM',
      kind: AdministrationKind.DIRECTORATE,
      parentId: 'spm',
    },
    {
      id: 'minarm',
      name: 'Ministère des Armées',
      acronym: null,
      kind: AdministrationKind.MINISTRY,
      parentId: null,
    },
    {
      id: 'insee',
      name: 'Institut national de la statistique et des études économiques',
      acronym: 'Insee',
      kind: AdministrationKind.AGENCY,
      parentId: null,
    },
  ],
  skills: [
    { id: 'typescript', label: 'TypeScript', family: SkillFamily.DEVELOPMENT },
    { id: 'rgpd', label: 'RGPD', family: SkillFamily.LEGAL },
  ],
  agents: [
    demoAgent(SELF, { managerId: id(MANAGER), email: 'Self.Agent@Numerique.gouv.fr' }),
    demoAgent(MANAGER),
    demoAgent(OTHER, { administrationId: 'minarm' }),
    demoAgent(HOST, { administrationId: 'insee' }),
    demoAgent(FOREIGN_HOST, { administrationId: 'minarm' }),
    demoAgent(ADMIN, { unit: 'Mission Talents numériques' }),
    demoAgent(OUT, { managerId: id(MANAGER), inDirectory: false }),
    demoAgent(HIDING, { hiddenFrom: ['minarm'] }),
    demoAgent(HIDING_APPLICANT, { hiddenFrom: ['insee'] }),
    demoAgent(HIDING_QUIET, { hiddenFrom: ['insee'] }),
    demoAgent(ERASABLE, { phone: '01 99 99 99 99' }),
    demoAgent(REPORT, { managerId: id(ERASABLE) }),
    demoAgent(LONE_MANAGER, { administrationId: 'minarm' }),
    demoAgent(LONE_REPORT, { administrationId: 'minarm', managerId: id(LONE_MANAGER) }),
    demoAgent(INSEE_AGENT, { administrationId: 'insee' }),
    ...Array.from({ length: BULK_COUNT }, (_, offset) =>
      demoAgent(BULK_FROM + offset, { managerId: offset % 3 === 0 ? id(MANAGER) : null }),
    ),
  ],
  missions: [],
  applications: [],
  hostReferents: [
    { agentId: id(HOST), administrationId: 'insee' },
    { agentId: id(FOREIGN_HOST), administrationId: 'minarm' },
    { agentId: id(ERASABLE), administrationId: 'dinum' },
  ],
  programmeAdmins: [id(ADMIN)],
};

/** Bulk agents of even rank applied to an insee mission: the host may see them, not the others. */
export const APPLIED_TO_INSEE = [
  SELF,
  OUT,
  HIDING_APPLICANT,
  ...Array.from({ length: BULK_COUNT }, (_, offset) => BULK_FROM + offset).filter((index) => index % 2 === 0),
];

export const as = {
  self: agentViewer(id(SELF), { administrationId: 'dinum' }),
  manager: agentViewer(id(MANAGER), { roles: [Role.AGENT, Role.MANAGER], administrationId: 'dinum' }),
  other: agentViewer(id(OTHER), { administrationId: 'minarm' }),
  host: agentViewer(id(HOST), {
    roles: [Role.AGENT, Role.HOST],
    administrationId: 'insee',
    hostOf: ['insee'],
  }),
  foreignHost: agentViewer(id(FOREIGN_HOST), {
    roles: [Role.AGENT, Role.HOST],
    administrationId: 'minarm',
    hostOf: ['minarm'],
  }),
  inseeAgent: agentViewer(id(INSEE_AGENT), { administrationId: 'insee' }),
  admin: agentViewer(id(ADMIN), { roles: [Role.AGENT, Role.ADMIN], administrationId: 'dinum' }),
  reader: clientViewer('systeme-rh', ['profiles:read']),
  client: clientViewer('systeme-missions', ['missions:read']),
  anonymous: ANONYMOUS_VIEWER,
  system: SYSTEM_VIEWER,
};

let applicationVersion = Date.UTC(2025, 5, 1);

export function applicationChanged(
  agentIndex: number,
  host: string,
  status = 'SUBMITTED',
): ApplicationChangedPayload {
  applicationVersion += 1000;
  return {
    id: `11111111-0000-4000-a000-${String(agentIndex).padStart(12, '0')}`,
    agentId: id(agentIndex),
    missionId: '22222222-0000-4000-a000-000000000001',
    hostAdministrationId: host,
    status,
    version: new Date(applicationVersion).toISOString(),
  };
}

/** The profiles subgraph over a fresh database, seeded with the fixture and its insee applications. */
async function startIdentitySubgraph(): Promise<TestSubgraph> {
  const subgraph = await startTestSubgraph(profilesSubgraph);
  await seedProfiles(subgraph.db, data);
  await subgraph.db.transaction(async (manager) => {
    for (const index of APPLIED_TO_INSEE)
      await applyApplicationChanged(applicationChanged(index, 'insee'), manager);
  });
  return subgraph;
}

/** The suite's subgraph, started by `useIdentitySubgraph()`: read it once the tests run. */
export let subgraph: TestSubgraph;

/** Starts the fixture's subgraph before the calling suite's tests and stops it after them. */
export function useIdentitySubgraph(): void {
  beforeAll(async () => {
    subgraph = await startIdentitySubgraph();
  });
  afterAll(async () => {
    await subgraph?.stop();
  });
}

type Errors = NonNullable<GraphQLResponse['errors']>;

/** Each error as [path, code]. */
export function codes(errors: Errors | undefined): Array<[string, unknown]> {
  return (errors ?? []).map((error) => [String(error.path?.join('.')), error.extensions?.code]);
}

export async function auditRows(db: DataSource, where: string, parameters: unknown[]): Promise<AuditRow[]> {
  return readAuditLog(db, 'profiles', where, parameters);
}
