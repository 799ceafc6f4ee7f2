import { waitForProjectedMission } from './subscriptions';
import type { GraphQLResponse } from './graphql';
import { errorCodes } from './errors';
import type { useIntegrityHub } from './integrity';

/**
 * What the deadline and delegation suites (test/integration/workflow-deadlines.test.ts,
 * workflow-delegation.test.ts) share: a published mission known to approvals, an apply, the
 * approvals clock set to a day in Paris, and reads of approvals' own tables.
 */
export type Suite = ReturnType<typeof useIntegrityHub>;

export const APPLICATION = 'id status version deadline agent { id } mission { id }';

export interface ApplicationView {
  id: string;
  status: string;
  version: number;
  deadline: string | null;
}

/** 10:00 in Paris on `day` (spring and summer: UTC+2). */
export function parisMorning(day: string): Date {
  return new Date(`${day}T08:00:00Z`);
}

/**
 * The host writes a mission (the suite's valid input with `overrides`) and submits it, the programme
 * team publishes it; returns its id, before approvals may have heard of it.
 */
export async function hostedAndPublished(suite: Suite, overrides: Record<string, unknown>): Promise<string> {
  const created = await suite.as<{ createMission: { id: string } }>(
    'host',
    'mutation ($input: MissionInput!) { createMission(input: $input) { id } }',
    { input: suite.hosting().input(overrides) },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.createMission.id;
  expect(
    (await suite.as('host', 'mutation ($id: ID!) { submitMission(id: $id) { id } }', { id })).errors,
  ).toBeUndefined();
  expect(
    (await suite.as('admin', 'mutation ($id: ID!) { publishMission(id: $id) { id } }', { id })).errors,
  ).toBeUndefined();
  return id;
}

/** A mission published and known to approvals, open to applications. */
export async function publishedMission(suite: Suite, title: string, seats = 3): Promise<string> {
  const id = await hostedAndPublished(suite, { seats, title });
  expect(await waitForProjectedMission(suite.hub, id)).toBe('PUBLISHED');
  return id;
}

export async function apply(suite: Suite, agentId: string, missionId: string): Promise<ApplicationView> {
  const applied = await suite.hub.queryAs<{ apply: ApplicationView }>(
    agentId,
    `mutation ($input: ApplyInput!) { apply(input: $input) { ${APPLICATION} } }`,
    {
      input: {
        missionId,
        motivation: 'Je souhaite contribuer à cette mission sur mon temps libéré.',
        proposedHours: 6,
      },
    },
  );
  expect(applied.errors).toBeUndefined();
  return applied.data!.apply;
}

export const APPROVE = `mutation ($id: ID!) { approveApplication(id: $id) { ${APPLICATION} } }`;
export const REFUSE = `mutation ($id: ID!) {
  refuseApplication(id: $id, reason: WORKLOAD) { ${APPLICATION} }
}`;
export const INBOX = `query { me { approvalInbox {
  application { id } deadline programmeQueue onBehalfOf { id }
} } }`;

export interface InboxItem {
  application: { id: string };
  deadline: string | null;
  programmeQueue: boolean;
  onBehalfOf: { id: string } | null;
}

export async function inboxOf(suite: Suite, agentId: string): Promise<InboxItem[]> {
  const inbox = await suite.hub.queryAs<{ me: { approvalInbox: InboxItem[] } }>(agentId, INBOX);
  expect(inbox.errors).toBeUndefined();
  return inbox.data!.me.approvalInbox;
}

export async function statusOf(suite: Suite, id: string): Promise<string | undefined> {
  const [row] = (await suite.hub.subgraphs.approvals!.db.query(
    'SELECT status FROM approvals.applications WHERE id = $1',
    [id],
  )) as Array<{ status: string }>;
  return row?.status;
}

export interface AuditRow {
  actor_kind: string;
  actor_id: string | null;
  action: string;
  after: Record<string, unknown> | null;
}

export async function auditOf(suite: Suite, entityId: string, action: string): Promise<AuditRow[]> {
  return (await suite.hub.subgraphs.approvals!.db.query(
    `SELECT actor_kind, actor_id, action, after FROM approvals.audit_log
      WHERE entity_id = $1 AND action = $2 ORDER BY at`,
    [entityId, action],
  )) as AuditRow[];
}

export function expectRefusal(response: GraphQLResponse<unknown>, code: string, field?: string): void {
  expect(errorCodes(response)).toEqual([code]);
  if (field !== undefined) expect(response.errors![0]!.extensions?.field).toBe(field);
  // Every refusal speaks French.
  expect(response.errors![0]!.message).toMatch(/[a-zà-ÿ]+ [a-zà-ÿ]+/);
}
