import {
  AdministrationKind,
  agentViewer,
  EmploymentStatus,
  SkillFamily,
  SkillLevel,
  WorkMode,
  type Viewer,
} from '@talents/common';
import type { DemoAgent, DemoData } from '@talents/demo';
import { type GraphQLResponse } from '../../../../test/support/graphql';
import { startTestSubgraph, type TestSubgraph } from '../../../../test/support/subgraph';
import { profilesSubgraph, seedProfiles } from '../../src';
import { foldText } from '../../src/shared/text';

/**
 * The fixture of the profiles suites (services/profiles/test/profiles-*.test.ts): a deterministic
 * directory in which every filter has a known answer, and a reader who walks it page by page.
 */

export const AGENT_COUNT = 80;
export const FIRST_NAMES = [
  'Hélène',
  'Éric',
  'Zoé',
  'Jean',
  'Amélie',
  'Loïc',
  'Chloé',
  'Noël',
  'Inès',
  'Marc',
  'Léa',
];
export const LAST_NAMES = [
  'Dupont',
  'Édouard',
  'Martin',
  'Lefèvre',
  'Œuvrard',
  'Durand',
  'Moreau',
  'Ngom',
  'Le Gall',
];
export const JOB_TITLES = [
  'Développeuse full-stack',
  'Chef de projet',
  'Architecte cloud',
  'Acheteur public',
  'Juriste',
];
export const SKILL_IDS = [
  'typescript',
  'react',
  'postgresql',
  'kubernetes',
  'rgaa',
  'marches-publics',
  'rgpd',
  'ux-research',
];

/** Ids with hex letters, so that upper-casing one really changes it. */
export function agentId(index: number): string {
  return `0000000a-0000-4000-a000-${String(index).padStart(12, '0')}`;
}

/** Deterministic dataset: every filter below has a known answer. */
export function buildData(): DemoData {
  const administrations = [
    // Child before parent on purpose: the seed must order them.
    {
      id: 'dinum',
      name: 'Direction interministérielle du numérique',
      acronym: 'DINUM',
      kind: AdministrationKind.DIRECTORATE,
      parentId: 'spm',
    },
    {
      id: 'spm',
      name: 'Services du Premier ministre',
      acronym: 'SPM',
      kind: AdministrationKind.MINISTRY,
      parentId: null,
    },
    {
      id: 'minarm',
      name: 'Ministère des Armées',
      acronym: null,
      kind: AdministrationKind.MINISTRY,
      parentId: null,
    },
  ];
  const skills = [
    { id: 'typescript', label: 'TypeScript', family: SkillFamily.DEVELOPMENT },
    { id: 'react', label: 'React', family: SkillFamily.DEVELOPMENT },
    { id: 'postgresql', label: 'PostgreSQL', family: SkillFamily.DATA },
    { id: 'kubernetes', label: 'Kubernetes', family: SkillFamily.INFRASTRUCTURE_CLOUD },
    { id: 'rgaa', label: 'RGAA', family: SkillFamily.ACCESSIBILITY },
    { id: 'marches-publics', label: 'Marchés publics', family: SkillFamily.PROCUREMENT },
    { id: 'rgpd', label: 'RGPD', family: SkillFamily.LEGAL },
    { id: 'ux-research', label: 'Recherche utilisateur', family: SkillFamily.DESIGN_UX },
  ];
  const agents: DemoAgent[] = [];
  for (let index = 0; index < AGENT_COUNT; index += 1) {
    const firstName = FIRST_NAMES[index % FIRST_NAMES.length] as string;
    const lastName = LAST_NAMES[index % LAST_NAMES.length] as string;
    agents.push({
      id: agentId(index),
      firstName,
      lastName,
      email: `agent${index}@numerique.gouv.fr`,
      phone: index % 3 === 0 ? null : '01 23 45 67 89',
      employmentStatus: index % 2 === 0 ? EmploymentStatus.CIVIL_SERVANT : EmploymentStatus.CONTRACT_AGENT,
      administrationId: index % 4 === 0 ? 'minarm' : 'dinum',
      unit: index % 5 === 0 ? 'Bureau de l’Accessibilité' : 'Pôle produits',
      jobTitle: JOB_TITLES[index % JOB_TITLES.length] as string,
      city: 'Paris',
      departmentCode: index % 7 === 0 ? '2A' : '75',
      workMode: WorkMode.HYBRID,
      // Agent i has skills i % 8 and (i + 1) % 8, plus (i + 2) % 8 when i is a multiple of 3.
      skills: [0, 1, ...(index % 3 === 0 ? [2] : [])].map((offset, rank) => ({
        skillId: SKILL_IDS[(index + offset) % SKILL_IDS.length] as string,
        level: [SkillLevel.EXPERT, SkillLevel.INTERMEDIATE, SkillLevel.BEGINNER][rank] as SkillLevel,
      })),
      availableHoursPerMonth: index % 10,
      availableFrom: '2025-01-01',
      availableUntil: '2025-12-31',
      // Managers come later in the list (agent i reports to agent i + 10): the seed must order them.
      managerId: index + 10 < AGENT_COUNT ? agentId(index + 10) : null,
      inDirectory: index % 9 !== 4,
      createdAt: new Date(Date.UTC(2025, 0, 1 + index)),
    });
  }
  return { administrations, skills, agents, missions: [], applications: [] };
}

export const data = buildData();
export const visibleAgents = data.agents.filter((agent) => agent.inDirectory);
export const directoryOrder = (agents: DemoAgent[]) =>
  [...agents]
    .sort((a, b) => {
      const keyA = `${foldText(a.lastName)}\u001f${foldText(a.firstName)}`;
      const keyB = `${foldText(b.lastName)}\u001f${foldText(b.firstName)}`;
      return keyA < keyB ? -1 : keyA > keyB ? 1 : a.id < b.id ? -1 : 1;
    })
    .map((agent) => agent.id);
/** The suite's subgraph, started by `useProfilesSubgraph()`: read it once the tests run. */
export let subgraph: TestSubgraph;

/** Starts the fixture's subgraph before the calling suite's tests and stops it after them. */
export function useProfilesSubgraph(): void {
  beforeAll(async () => {
    subgraph = await startTestSubgraph(profilesSubgraph);
    await seedProfiles(subgraph.db, data);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });
}

export interface AgentsPage {
  agents: {
    nodes: Array<{ id: string; displayName: string }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export const AGENTS = `query ($filter: AgentFilter, $first: Int, $after: String) {
  agents(filter: $filter, first: $first, after: $after) {
    nodes { id displayName }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/**
 * A signed-in agent of no administration in the data, who hosts nothing and manages nobody: sees
 * the directory as everybody does (admins also see the agents out of it).
 */
export const READER = agentViewer('00000000-0000-4000-8000-00000000aa01');

export async function allPages(
  filter: Record<string, unknown> | null,
  first: number,
  as: Viewer = READER,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const response: GraphQLResponse<AgentsPage> = await subgraph.query<AgentsPage>(
      AGENTS,
      { filter, first, after },
      as,
    );
    expect(response.errors).toBeUndefined();
    const page: AgentsPage['agents'] = response.data!.agents;
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination never ended');
}
