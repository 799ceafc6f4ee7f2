import { randomUUID } from 'node:crypto';
import { agentViewer, ApplicationStatus, Role, type Viewer } from '@talents/common';
import type { GraphQLResponse } from '../../../test/support/graphql';
import { nextYear } from '../../../test/support/mission-input';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { approvalsSubgraph, seedApprovals } from '../src';
import { demoAgent, demoApplication, demoData, demoMission } from './fixtures';

export const NEXT_YEAR = new Date().getUTCFullYear() + 1;

export const HOST_ADMINISTRATION = 'adm-host';

export const APPLICATION_FIELDS =
  'id status version reason reasonText approvedHours beyondBudget proposedHours';

export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  version: number;
  reason: string | null;
  reasonText: string | null;
  approvedHours: number | null;
  beyondBudget: boolean;
  proposedHours: number;
}

/** What a transition answers: the application under the mutation's name, or why it was refused. */
export type TransitionResult = GraphQLResponse<Record<string, ApplicationView | null>>;

export const APPROVE = `
  mutation ($id: ID!, $hours: Int, $beyondBudget: Boolean, $expectedVersion: Int) {
    approveApplication(id: $id, hours: $hours, beyondBudget: $beyondBudget, expectedVersion: $expectedVersion) {
      ${APPLICATION_FIELDS}
    }
  }
`;
export const REFUSE = `
  mutation ($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {
    refuseApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {
      ${APPLICATION_FIELDS}
    }
  }
`;
export const ACCEPT = `
  mutation ($id: ID!, $expectedVersion: Int) {
    acceptApplication(id: $id, expectedVersion: $expectedVersion) { ${APPLICATION_FIELDS} }
  }
`;
export const DECLINE = `
  mutation ($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {
    declineApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {
      ${APPLICATION_FIELDS}
    }
  }
`;
export const WITHDRAW = `
  mutation ($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {
    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {
      ${APPLICATION_FIELDS}
    }
  }
`;
export const SET_BUDGET = `
  mutation ($agentId: ID!, $year: Int!, $hours: Int!) {
    setTimeBudget(agentId: $agentId, year: $year, hours: $hours) {
      agentId year annualHours committedHours remainingHours customised
    }
  }
`;

/**
 * One mission of `adm-host` (contact: `contact`) next year, a manager, and one application per
 * `statuses` entry, each by a new agent managed by `manager` (or by `managerId: null`).
 */
export async function seedCase(
  subgraph: TestSubgraph,
  options: {
    statuses: ApplicationStatus[];
    seats?: number;
    proposedHours?: number;
    managerId?: string | null;
    agentIds?: string[];
    startDate?: string;
    endDate?: string;
  },
) {
  const managerId = options.managerId === undefined ? randomUUID() : options.managerId;
  const contactId = randomUUID();
  const mission = demoMission({
    seats: options.seats ?? 2,
    contactAgentId: contactId,
    startDate: options.startDate ?? nextYear(3, 1),
    endDate: options.endDate ?? nextYear(6, 30),
    applicationDeadline: nextYear(2, 1),
  });
  const agents = options.statuses.map((_, index) =>
    demoAgent({ id: options.agentIds?.[index] ?? randomUUID(), managerId }),
  );
  const uniqueAgents = [...new Map(agents.map((agent) => [agent.id, agent])).values()];
  const applications = options.statuses.map((status, index) =>
    demoApplication({
      agentId: agents[index]!.id,
      missionId: mission.id,
      status,
      proposedHours: options.proposedHours ?? 10,
      createdAt: new Date(Date.now() - 1000 * (options.statuses.length - index)),
    }),
  );
  await seedApprovals(subgraph.db, demoData({ agents: uniqueAgents, missions: [mission], applications }));
  return {
    mission,
    managerId,
    contactId,
    applications,
    manager: managerId ? agentViewer(managerId, { roles: [Role.AGENT, Role.MANAGER] }) : null,
    contact: agentViewer(contactId, { administrationId: 'adm-elsewhere' }),
    applicant: (index = 0): Viewer =>
      agentViewer(applications[index]!.agentId, { administrationId: 'adm-a' }),
  };
}

export const HOST: Viewer = agentViewer(randomUUID(), {
  roles: [Role.AGENT, Role.HOST],
  administrationId: HOST_ADMINISTRATION,
  hostOf: [HOST_ADMINISTRATION],
});

export async function rowOf(subgraph: TestSubgraph, id: string): Promise<Record<string, unknown>> {
  const [row] = (await subgraph.db.query('SELECT * FROM approvals.applications WHERE id = $1', [
    id,
  ])) as Array<Record<string, unknown>>;
  return row!;
}

export async function missionFilledJobs(
  subgraph: TestSubgraph,
  missionId: string,
): Promise<Array<{ missionId: string; filled: boolean }>> {
  const rows = (await subgraph.db.query(
    `SELECT data FROM pgboss.job WHERE name = 'missions__mission_filled' AND data->>'key' = $1
      ORDER BY created_on`,
    [missionId],
  )) as Array<{ data: { payload: { missionId: string; filled: boolean } } }>;
  return rows.map(({ data }) => ({ missionId: data.payload.missionId, filled: data.payload.filled }));
}

/**
 * The approvals subgraph of one workflow test file: started before its tests, stopped after them.
 * Read it inside a test or a hook (`subgraph()`), not while the file loads.
 */
export function approvalsSubgraphOfFile(): () => TestSubgraph {
  let subgraph: TestSubgraph | undefined;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(approvalsSubgraph);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });
  return () => {
    if (!subgraph) throw new Error('Le sous-graphe approvals n’a pas démarré.');
    return subgraph;
  };
}
