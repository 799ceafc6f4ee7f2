import { randomUUID } from 'node:crypto';
import { agentViewer, ApplicationStatus, DecisionReason, isUuid, type Viewer } from '@talents/common';
import type { TestSubgraph } from '../../../test/support/subgraph';
import { REASONED_STATUSES } from '../src';
import { MOTIVATION, publishMission } from './fixtures';

/**
 * What the application suites (application-*.test.ts) share. They are about the application
 * itself: the mission is an open, published one, and the applicant applies as themself (the access
 * rules have their own suites, access-*.test.ts).
 */
export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  motivation: string;
  proposedHours: number;
  reason: string | null;
  reasonText: string | null;
  createdAt: string;
  updatedAt: string;
  agent: { id: string };
  mission: { id: string };
}

const APPLICATION_FIELDS = `
  id status motivation proposedHours reason reasonText createdAt updatedAt
  agent { id } mission { id }
`;

export const APPLY = `
  mutation Apply($input: ApplyInput!) {
    apply(input: $input) { ${APPLICATION_FIELDS} }
  }
`;

export const WITHDRAW = `
  mutation Withdraw($id: ID!, $reason: DecisionReason!, $reasonText: String) {
    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText) { ${APPLICATION_FIELDS} }
  }
`;

export const GET = `
  query Get($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }
`;

export function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    agentId: randomUUID(),
    missionId: randomUUID(),
    motivation: MOTIVATION,
    proposedHours: 12,
    ...overrides,
  };
}

/** The missions already in each subgraph's projection, so that each is published once. */
const published = new WeakMap<TestSubgraph, Set<string>>();

/**
 * Puts the mission in the projection as an open one, the first time it is named: applications sent
 * together to one mission must find it there rather than each publish it again.
 */
export async function publishOnce(subgraph: TestSubgraph, missionId: string): Promise<void> {
  const known = published.get(subgraph) ?? new Set<string>();
  published.set(subgraph, known);
  const id = missionId.toLowerCase();
  if (known.has(id)) return;
  known.add(id);
  await publishMission(subgraph, { id });
}

/** Files `input` as its applicant (or `as`), its mission published first when its id is a UUID. */
export async function apply(subgraph: TestSubgraph, input: Record<string, unknown>, as?: Viewer) {
  const missionId = input.missionId;
  if (typeof missionId === 'string' && isUuid(missionId)) await publishOnce(subgraph, missionId);
  const agentId = typeof input.agentId === 'string' ? input.agentId : randomUUID();
  return subgraph.query<{ apply: ApplicationView }>(APPLY, { input }, as ?? agentViewer(agentId));
}

/** Moves an application as the workflow would (manager, host); ending statuses carry a reason. */
export async function setStatus(
  subgraph: TestSubgraph,
  id: string,
  status: ApplicationStatus,
): Promise<void> {
  const reason = REASONED_STATUSES.includes(status) ? DecisionReason.WORKLOAD : null;
  await subgraph.db.query('UPDATE approvals.applications SET status = $1, reason = $2 WHERE id = $3', [
    status,
    reason,
    id,
  ]);
}

export async function countApplications(
  subgraph: TestSubgraph,
  where = 'TRUE',
  params: unknown[] = [],
): Promise<number> {
  const rows: Array<{ count: string }> = await subgraph.db.query(
    `SELECT count(*) AS count FROM approvals.applications WHERE ${where}`,
    params,
  );
  return Number(rows[0]?.count);
}
