import { randomUUID } from 'node:crypto';
import { agentViewer, ANONYMOUS_VIEWER, clientViewer, Role, type Viewer } from '@talents/common';
import type { TestSubgraph } from '../../../test/support/subgraph';
import { TEST_ADMIN } from '../../../test/support/tokens';
import { MOTIVATION, projectAgent } from './fixtures';

/**
 * The role matrix of docs/identity.md on the approvals side (access-writes.test.ts,
 * access-reads.test.ts). The cast: Alice applies; Bob is her manager; Carol manages someone else;
 * Dave is another agent of Alice's administration; Hana hosts `adm-host` (where Alice applied);
 * Oscar hosts `adm-other` (where she did not).
 */
export const ADMINISTRATION = 'adm-a';
export const HOST_ADMINISTRATION = 'adm-host';
export const OTHER_HOST_ADMINISTRATION = 'adm-other';
export const THIRD_ADMINISTRATION = 'adm-third';

export const ids = {
  alice: randomUUID(),
  bob: randomUUID(),
  carol: randomUUID(),
  dave: randomUUID(),
  hana: randomUUID(),
  oscar: randomUUID(),
};

export const viewers = {
  self: agentViewer(ids.alice, { administrationId: ADMINISTRATION }),
  otherAgent: agentViewer(ids.dave, { administrationId: ADMINISTRATION }),
  manager: agentViewer(ids.bob, { roles: [Role.AGENT, Role.MANAGER], administrationId: ADMINISTRATION }),
  otherManager: agentViewer(ids.carol, {
    roles: [Role.AGENT, Role.MANAGER],
    administrationId: ADMINISTRATION,
  }),
  host: agentViewer(ids.hana, {
    roles: [Role.AGENT, Role.HOST],
    administrationId: HOST_ADMINISTRATION,
    hostOf: [HOST_ADMINISTRATION],
  }),
  otherHost: agentViewer(ids.oscar, {
    roles: [Role.AGENT, Role.HOST],
    administrationId: OTHER_HOST_ADMINISTRATION,
    hostOf: [OTHER_HOST_ADMINISTRATION],
  }),
  admin: TEST_ADMIN,
  client: clientViewer('ministere-test', ['missions:read', 'profiles:read', 'stats:read']),
  anonymous: ANONYMOUS_VIEWER,
} satisfies Record<string, Viewer>;

export type Who = keyof typeof viewers;

/** Puts the agents of the cast in approvals' projection: Alice managed by Bob, Dave by Carol. */
export async function projectCast(subgraph: TestSubgraph): Promise<void> {
  await projectAgent(subgraph, { id: ids.alice, administrationId: ADMINISTRATION, managerId: ids.bob });
  await projectAgent(subgraph, { id: ids.dave, administrationId: ADMINISTRATION, managerId: ids.carol });
  await projectAgent(subgraph, { id: ids.bob, administrationId: ADMINISTRATION });
  await projectAgent(subgraph, { id: ids.carol, administrationId: ADMINISTRATION });
}

export interface ApplicationView {
  id: string;
  status: string;
  motivation?: string;
  agent?: { id: string };
  mission?: { id: string };
}

const APPLY = `
  mutation Apply($input: ApplyInput!) {
    apply(input: $input) { id status motivation agent { id } mission { id } }
  }
`;

export async function apply(subgraph: TestSubgraph, as: Viewer, missionId: string, agentId?: string) {
  return subgraph.query<{ apply: ApplicationView }>(
    APPLY,
    { input: { missionId, motivation: MOTIVATION, proposedHours: 8, ...(agentId ? { agentId } : {}) } },
    as,
  );
}

/** The id of the application `as` files to the mission, failing the test if it is refused. */
export async function applied(subgraph: TestSubgraph, as: Viewer, missionId: string): Promise<string> {
  const response = await apply(subgraph, as, missionId);
  expect(response.errors).toBeUndefined();
  return response.data!.apply.id;
}
