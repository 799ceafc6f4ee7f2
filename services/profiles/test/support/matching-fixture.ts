import {
  AdministrationKind,
  agentViewer,
  ANONYMOUS_VIEWER,
  clientViewer,
  Role,
  SkillFamily,
  SkillLevel,
  WorkMode,
} from '@talents/common';
import type { DemoData } from '@talents/demo';
import { startTestSubgraph, type TestSubgraph } from '../../../../test/support/subgraph';
import { applyApplicationChanged, profilesSubgraph, seedProfiles } from '../../src';
import { demoAgentFactory } from './agents';

/**
 * The fixture of the matching suites (services/profiles/test/matching-*.test.ts): a hand-made
 * dataset whose agents each play a part in the ranking, and the viewers who ask for it.
 */

export function id(index: number): string {
  return `0000000c-0000-4000-a000-${String(index).padStart(12, '0')}`;
}

export function missionId(index: number): string {
  return `0000000d-0000-4000-a000-${String(index).padStart(12, '0')}`;
}

// The cast: letters are agents of the hand-made dataset, each with a part to play.
export const HOST = 1; // insee, référent of insee
export const ADMIN = 2; // dinum, programme team
export const FOREIGN_HOST = 3; // minarm, référent of minarm
export const PLAIN = 4; // dinum, plain agent
export const A = 10; // dinum, Paris, hybrid: meets typescript and python, partly rgpd
export const B = 11; // minarm, Lyon, remote: partly typescript, available from May
export const C = 12; // dinum, Paris, on site: rgpd only, no hours
export const C_TWIN = 13; // same facts as C, later in name order
export const D = 14; // dinum: accessibility only, holds none of the required skills
export const OUT = 15; // dinum, out of the directory: typescript
export const HIDING = 16; // dinum, hides from insee: python
export const ERASED = 17; // dinum: typescript, erased
export const OUT_APPLICANT = 18; // dinum, out of the directory but applied to insee: rgpd
export const WRITER = 30; // whose writes announce agent.changed
export const BULK_FROM = 100;
export const BULK_COUNT = 30;

const demoAgent = demoAgentFactory(id, {
  skills: [{ skillId: 'accessibilite', level: SkillLevel.EXPERT }],
  availableHoursPerMonth: 10,
  availableFrom: null,
});

const skill = (skillId: string, level: SkillLevel) => ({ skillId, level });

export const data: DemoData = {
  administrations: [
    { id: 'dinum', name: 'DINUM', acronym: 'DINUM', kind: AdministrationKind.DIRECTORATE, parentId: null },
    {
      id: 'minarm',
      name: 'Ministère des Armées',
      acronym: null,
      kind: AdministrationKind.MINISTRY,
      parentId: null,
    },
    { id: 'insee', name: 'Insee', acronym: 'Insee', kind: AdministrationKind.AGENCY, parentId: null },
  ],
  skills: [
    { id: 'typescript', label: 'TypeScript', family: SkillFamily.DEVELOPMENT },
    { id: 'python', label: 'Python', family: SkillFamily.DEVELOPMENT },
    { id: 'rgpd', label: 'RGPD', family: SkillFamily.LEGAL },
    { id: 'accessibilite', label: 'Accessibilité', family: SkillFamily.ACCESSIBILITY },
  ],
  agents: [
    demoAgent(HOST, { administrationId: 'insee' }),
    demoAgent(ADMIN),
    demoAgent(FOREIGN_HOST, { administrationId: 'minarm' }),
    demoAgent(PLAIN),
    demoAgent(A, {
      skills: [
        skill('typescript', SkillLevel.EXPERT),
        skill('rgpd', SkillLevel.BEGINNER),
        skill('python', SkillLevel.ADVANCED),
      ],
    }),
    demoAgent(B, {
      administrationId: 'minarm',
      city: 'Lyon',
      departmentCode: '69',
      workMode: WorkMode.REMOTE,
      skills: [skill('typescript', SkillLevel.INTERMEDIATE)],
      availableHoursPerMonth: 4,
      availableFrom: '2025-05-01',
    }),
    demoAgent(C, {
      workMode: WorkMode.ON_SITE,
      skills: [skill('rgpd', SkillLevel.EXPERT)],
      availableHoursPerMonth: 0,
    }),
    demoAgent(C_TWIN, {
      workMode: WorkMode.ON_SITE,
      skills: [skill('rgpd', SkillLevel.EXPERT)],
      availableHoursPerMonth: 0,
    }),
    demoAgent(D),
    demoAgent(OUT, { inDirectory: false, skills: [skill('typescript', SkillLevel.EXPERT)] }),
    demoAgent(HIDING, {
      city: 'Marseille',
      departmentCode: '13',
      workMode: WorkMode.ON_SITE,
      hiddenFrom: ['insee'],
      skills: [skill('python', SkillLevel.EXPERT)],
    }),
    demoAgent(ERASED, { skills: [skill('typescript', SkillLevel.EXPERT)] }),
    demoAgent(OUT_APPLICANT, { inDirectory: false, skills: [skill('rgpd', SkillLevel.ADVANCED)] }),
    demoAgent(WRITER, { skills: [skill('rgpd', SkillLevel.BEGINNER)] }),
    ...Array.from({ length: BULK_COUNT }, (_, offset) =>
      demoAgent(BULK_FROM + offset, { skills: [skill('typescript', SkillLevel.BEGINNER)] }),
    ),
  ],
  missions: [],
  applications: [],
  hostReferents: [
    { agentId: id(HOST), administrationId: 'insee' },
    { agentId: id(FOREIGN_HOST), administrationId: 'minarm' },
  ],
  programmeAdmins: [id(ADMIN)],
};

export const as = {
  host: agentViewer(id(HOST), {
    roles: [Role.AGENT, Role.HOST],
    administrationId: 'insee',
    hostOf: ['insee'],
  }),
  admin: agentViewer(id(ADMIN), { roles: [Role.AGENT, Role.ADMIN], administrationId: 'dinum' }),
  foreignHost: agentViewer(id(FOREIGN_HOST), {
    roles: [Role.AGENT, Role.HOST],
    administrationId: 'minarm',
    hostOf: ['minarm'],
  }),
  plain: agentViewer(id(PLAIN), { administrationId: 'dinum' }),
  reader: clientViewer('systeme-rh', ['profiles:read']),
  anonymous: ANONYMOUS_VIEWER,
  writer: agentViewer(id(WRITER), { administrationId: 'dinum' }),
};

/** The suite's subgraph, started by `useMatchingSubgraph()`: read it once the tests run. */
export let subgraph: TestSubgraph;

/** Starts the fixture's subgraph before the calling suite's tests and stops it after them. */
export function useMatchingSubgraph(): void {
  beforeAll(async () => {
    subgraph = await startTestSubgraph(profilesSubgraph);
    await seedProfiles(subgraph.db, data);
    await subgraph.db.transaction((manager) =>
      applyApplicationChanged(
        {
          id: '0000000e-0000-4000-a000-000000000001',
          agentId: id(OUT_APPLICANT),
          missionId: missionId(99),
          hostAdministrationId: 'insee',
          status: 'SUBMITTED',
          version: '2025-02-01T00:00:00.000Z',
        },
        manager,
      ),
    );
    // Erased with its skill rows left in place: only the erasure mark keeps the agent out.
    await subgraph.db.query('UPDATE profiles.agent SET erased_at = now() WHERE id = $1', [id(ERASED)]);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });
}
