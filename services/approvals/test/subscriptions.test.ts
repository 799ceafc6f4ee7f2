import { randomUUID } from 'node:crypto';
import {
  agentViewer,
  ANONYMOUS_VIEWER,
  clientViewer,
  encodeFeedCursor,
  Role,
  SYSTEM_VIEWER,
  type Viewer,
} from '@talents/common';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import { wakeOn } from '../../../test/support/eventually';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { gatewayAuthorization } from '../../../test/support/tokens';
import { approvalsSubgraph } from '../src';
import { auditRows, eventually, MOTIVATION, projectAgent, publishMission } from './fixtures';

/**
 * The approvals subscriptions over graphql-ws, straight on the subgraph, as the gateway's bridge
 * reaches them. The cast: Alice reports to Bob, Dave to Carol; Eve, Greg and Hugo join later.
 * Streams start from a cursor taken just before the changes they expect (`fromNow`), so that what
 * they receive never depends on timing; “receives nothing of X” is shown by the order of the feed:
 * a later event meant for the subscriber arrives first.
 */
const ADMINISTRATION = 'adm-a';
const ids = {
  alice: randomUUID(),
  bob: randomUUID(),
  carol: randomUUID(),
  dave: randomUUID(),
  eve: randomUUID(),
  greg: randomUUID(),
  hugo: randomUUID(),
};
const agent = (id: string, roles: Role[] = [Role.AGENT]) =>
  agentViewer(id, { roles, administrationId: ADMINISTRATION });
const viewers = {
  alice: agent(ids.alice),
  bob: agent(ids.bob, [Role.AGENT, Role.MANAGER]),
  carol: agent(ids.carol, [Role.AGENT, Role.MANAGER]),
  dave: agent(ids.dave),
  eve: agent(ids.eve),
  greg: agent(ids.greg),
  hugo: agent(ids.hugo),
};

const UPDATE_FIELDS = 'cursor status occurredAt application { id status agent { id } mission { id } }';
const MINE = `subscription Mine($after: String) { myApplicationUpdates(after: $after) { ${UPDATE_FIELDS} } }`;
const INBOX = `subscription Inbox($after: String) { approvalInboxUpdates(after: $after) { ${UPDATE_FIELDS} } }`;

interface Update {
  cursor: string;
  status: string;
  occurredAt: string;
  application: { id: string; status: string; agent: { id: string }; mission: { id: string } };
}
type Field = 'myApplicationUpdates' | 'approvalInboxUpdates';
type Result = FormattedExecutionResult<Record<Field, Update>, unknown>;

const WAIT_MS = 10_000;

/** What one subscription received, and a way to wait for the next of it. */
class Stream {
  private readonly received: Result[] = [];
  private readonly arrivals = wakeOn();
  private taken = 0;
  errors: readonly GraphQLFormattedError[] | null = null;
  completed = false;

  constructor(private readonly field: Field) {}

  push(result: Result): void {
    this.received.push(result);
    this.arrivals.wake();
  }

  fail(error: unknown): void {
    this.errors = Array.isArray(error) ? error : [{ message: String(error) }];
    this.completed = true;
    this.arrivals.wake();
  }

  complete(): void {
    this.completed = true;
    this.arrivals.wake();
  }

  private async until(ready: () => boolean, what: string): Promise<void> {
    if (!(await this.arrivals.until(ready, WAIT_MS))) {
      throw new Error(`Timed out waiting for ${what} on ${this.field}`);
    }
  }

  /** The next event not yet taken, failing on an error result or a timeout. */
  async next(): Promise<Update> {
    await this.until(() => this.received.length > this.taken || this.completed, 'an event');
    const result = this.received[this.taken];
    if (!result) throw new Error(`${this.field} ended: ${JSON.stringify(this.errors)}`);
    this.taken += 1;
    if (result.errors) throw new Error(`${this.field} sent errors: ${JSON.stringify(result.errors)}`);
    return result.data![this.field];
  }

  /** The errors the subscription was refused with, as an `error` message or an errors-only result. */
  async refusal(): Promise<readonly GraphQLFormattedError[]> {
    await this.until(() => this.completed, 'the end of the subscription');
    const errors = this.errors ?? this.received.flatMap((result) => result.errors ?? []);
    expect(this.received.every((result) => !result.data)).toBe(true);
    return errors;
  }
}

let subgraph: TestSubgraph;
const clients: Client[] = [];

/** A graphql-ws client whose socket carries `socketViewer`'s gateway token. */
function connect(socketViewer: Viewer): Client {
  const client = createClient({
    url: subgraph.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: async () => ({ authorization: await gatewayAuthorization(socketViewer) }),
  });
  clients.push(client);
  return client;
}

function subscribe(
  client: Client,
  field: Field,
  variables: Record<string, unknown> = {},
  extensions?: Record<string, unknown>,
): Stream {
  const stream = new Stream(field);
  client.subscribe<Record<Field, Update>>(
    {
      query: field === 'myApplicationUpdates' ? MINE : INBOX,
      variables,
      ...(extensions ? { extensions } : {}),
    },
    {
      next: (result) => stream.push(result),
      error: (error) => stream.fail(error),
      complete: () => stream.complete(),
    },
  );
  return stream;
}

/** A cursor at the end of the feed: the stream gets exactly what is committed from now on. */
async function fromNow(): Promise<string> {
  const [row] = (await subgraph.db.query(
    'SELECT coalesce(max(seq), 0)::text AS seq FROM approvals.feed',
  )) as Array<{ seq: string }>;
  return encodeFeedCursor(row!.seq);
}

async function follow(viewer: Viewer, field: Field): Promise<Stream> {
  return subscribe(connect(viewer), field, { after: await fromNow() });
}

async function apply(as: Viewer, missionId: string): Promise<string> {
  const response = await subgraph.query<{ apply: { id: string } }>(
    'mutation Apply($input: ApplyInput!) { apply(input: $input) { id } }',
    { input: { missionId, motivation: MOTIVATION, proposedHours: 6 } },
    as,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.apply.id;
}

async function withdraw(as: Viewer, id: string): Promise<void> {
  const response = await subgraph.query(
    'mutation Withdraw($id: ID!) { withdrawApplication(id: $id, reason: WORKLOAD) { id } }',
    { id },
    as,
  );
  expect(response.errors).toBeUndefined();
}

async function newMission(): Promise<string> {
  return (await publishMission(subgraph)).id;
}

const seqOf = (cursor: string) =>
  BigInt(
    Buffer.from(cursor, 'base64url')
      .toString('utf8')
      .replace(/^feed:/, ''),
  );

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
  await projectAgent(subgraph, { id: ids.alice, administrationId: ADMINISTRATION, managerId: ids.bob });
  await projectAgent(subgraph, { id: ids.dave, administrationId: ADMINISTRATION, managerId: ids.carol });
  for (const id of [ids.bob, ids.carol, ids.eve]) {
    await projectAgent(subgraph, { id, administrationId: ADMINISTRATION });
  }
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  // Closed sockets end their subscriptions: each test starts with nobody listening.
  expect(
    await eventually(
      async () => subgraph.feed!.size,
      (size) => size === 0,
    ),
  ).toBe(0);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('myApplicationUpdates', () => {
  it('pushes every status change of the agent’s own applications, and nothing of another agent’s', async () => {
    const alice = await follow(viewers.alice, 'myApplicationUpdates');
    const dave = await follow(viewers.dave, 'myApplicationUpdates');
    const mission = await newMission();

    const daveApplication = await apply(viewers.dave, mission);
    const aliceApplication = await apply(viewers.alice, mission);
    const submitted = await alice.next();
    expect(submitted).toEqual({
      cursor: expect.any(String),
      status: 'SUBMITTED',
      occurredAt: expect.any(String),
      application: {
        id: aliceApplication,
        status: 'SUBMITTED',
        agent: { id: ids.alice },
        mission: { id: mission },
      },
    });
    const [row] = (await subgraph.db.query('SELECT updated_at FROM approvals.applications WHERE id = $1', [
      aliceApplication,
    ])) as Array<{ updated_at: Date }>;
    expect(submitted.occurredAt).toBe(row!.updated_at.toISOString());

    // A refused write (one active application per mission) is rolled back: nothing is pushed.
    const duplicate = await subgraph.query(
      'mutation Apply($input: ApplyInput!) { apply(input: $input) { id } }',
      { input: { missionId: mission, motivation: MOTIVATION, proposedHours: 6 } },
      viewers.alice,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await withdraw(viewers.alice, aliceApplication);
    const withdrawn = await alice.next();
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      application: { id: aliceApplication, status: 'WITHDRAWN' },
    });
    expect(seqOf(withdrawn.cursor)).toBeGreaterThan(seqOf(submitted.cursor));

    expect(await dave.next()).toMatchObject({
      status: 'SUBMITTED',
      application: { id: daveApplication, agent: { id: ids.dave } },
    });
  });

  it('without `after`, starts from the moment of subscribing', async () => {
    const stream = subscribe(connect(viewers.eve), 'myApplicationUpdates');
    expect(
      await eventually(
        async () => subgraph.feed!.size,
        (size) => size === 1,
      ),
    ).toBe(1);
    const application = await apply(viewers.eve, await newMission());
    expect(await stream.next()).toMatchObject({ status: 'SUBMITTED', application: { id: application } });
  });

  it('runs for the person named by the subscription’s own token on the gateway’s shared socket', async () => {
    const socket = connect(SYSTEM_VIEWER);
    const asAlice = subscribe(
      socket,
      'myApplicationUpdates',
      { after: await fromNow() },
      { authorization: await gatewayAuthorization(viewers.alice) },
    );
    const asGateway = subscribe(socket, 'myApplicationUpdates');
    expect((await asGateway.refusal()).map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);

    const application = await apply(viewers.alice, await newMission());
    expect(await asAlice.next()).toMatchObject({
      application: { id: application, agent: { id: ids.alice } },
    });
  });

  it('resumes from a cursor: the missed events in order, then the live ones, no duplicate', async () => {
    const [first, second, third] = [await newMission(), await newMission(), await newMission()];
    const before = subscribe(connect(viewers.alice), 'myApplicationUpdates', { after: await fromNow() });
    const firstApplication = await apply(viewers.alice, first);
    const seen = await before.next();
    expect(seen).toMatchObject({ status: 'SUBMITTED', application: { id: firstApplication } });
    await clients.pop()!.dispose();

    // While disconnected: a second application, filed then withdrawn.
    const secondApplication = await apply(viewers.alice, second);
    await withdraw(viewers.alice, secondApplication);

    const resumed = subscribe(connect(viewers.alice), 'myApplicationUpdates', { after: seen.cursor });
    const missedSubmit = await resumed.next();
    const missedWithdraw = await resumed.next();
    // `status` is the status the event announced; `application` is the application as it is now.
    expect(missedSubmit).toMatchObject({
      status: 'SUBMITTED',
      application: { id: secondApplication, status: 'WITHDRAWN' },
    });
    expect(missedWithdraw).toMatchObject({
      status: 'WITHDRAWN',
      application: { id: secondApplication, status: 'WITHDRAWN' },
    });

    const thirdApplication = await apply(viewers.alice, third);
    const live = await resumed.next();
    expect(live).toMatchObject({ status: 'SUBMITTED', application: { id: thirdApplication } });
    const cursors = [seen, missedSubmit, missedWithdraw, live].map((update) => seqOf(update.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(cursors).size).toBe(4);
  });

  it('serves many subscribers of a change with the same statements as one', async () => {
    const streams: Stream[] = [];
    const after = await fromNow();
    for (let index = 0; index < 6; index += 1) {
      streams.push(subscribe(connect(viewers.alice), 'myApplicationUpdates', { after }));
    }
    // Caught up and live: an application filed now reaches all six.
    const warmUp = await apply(viewers.alice, await newMission());
    for (const stream of streams) expect((await stream.next()).application.id).toBe(warmUp);

    await apply(viewers.alice, await newMission());
    const before = subgraph.queries.count;
    for (const stream of streams) expect((await stream.next()).status).toBe('SUBMITTED');
    // Reading the new feed row and the application: two statements whatever the number of
    // subscribers (one more if the hub's safety-net poll runs meanwhile); one per subscriber would be 6+.
    expect(subgraph.queries.count - before).toBeLessThanOrEqual(3);
  });
});

describe('approvalInboxUpdates', () => {
  it('pushes to a manager the changes of their reports’ applications, and nothing of anybody else’s', async () => {
    const bob = await follow(viewers.bob, 'approvalInboxUpdates');
    const carol = await follow(viewers.carol, 'approvalInboxUpdates');
    const dave = await follow(viewers.dave, 'approvalInboxUpdates');
    const mission = await newMission();

    // In feed order: Alice files, Dave files, Alice withdraws, Dave withdraws.
    const aliceApplication = await apply(viewers.alice, mission);
    const daveApplication = await apply(viewers.dave, mission);
    await withdraw(viewers.alice, aliceApplication);
    await withdraw(viewers.dave, daveApplication);
    expect(await bob.next()).toMatchObject({
      status: 'SUBMITTED',
      application: { id: aliceApplication, agent: { id: ids.alice } },
    });
    expect(await bob.next()).toMatchObject({ status: 'WITHDRAWN', application: { id: aliceApplication } });
    expect(await carol.next()).toMatchObject({
      status: 'SUBMITTED',
      application: { id: daveApplication, agent: { id: ids.dave } },
    });
    expect(await carol.next()).toMatchObject({ status: 'WITHDRAWN', application: { id: daveApplication } });

    // Each delivery of someone else's application is a read of personal data, audited.
    const audit = await auditRows(subgraph, "action = 'personalData.read' AND actor_id = $1", [ids.bob]);
    expect(audit).toEqual([
      expect.objectContaining({ subject_agent_id: ids.alice, fields: ['approvalInboxUpdates'] }),
      expect.objectContaining({ subject_agent_id: ids.alice, fields: ['approvalInboxUpdates'] }),
    ]);

    // Dave manages nobody and heard nothing, not even of his own application; once Greg reports
    // to him (agent.changed), Greg's applications reach him without resubscribing.
    await projectAgent(subgraph, { id: ids.greg, administrationId: ADMINISTRATION, managerId: ids.dave });
    const gregApplication = await apply(viewers.greg, mission);
    expect(await dave.next()).toMatchObject({
      application: { id: gregApplication, agent: { id: ids.greg } },
    });
  });

  it('follows the manager as agent_projection says at the time of the event', async () => {
    const mission = await newMission();
    const aliceApplication = await apply(viewers.alice, mission);
    const bob = await follow(viewers.bob, 'approvalInboxUpdates');
    const carol = await follow(viewers.carol, 'approvalInboxUpdates');

    // Alice now reports to Carol: her withdrawal goes to Carol, not to Bob.
    await projectAgent(subgraph, { id: ids.alice, administrationId: ADMINISTRATION, managerId: ids.carol });
    await withdraw(viewers.alice, aliceApplication);
    expect(await carol.next()).toMatchObject({ status: 'WITHDRAWN', application: { id: aliceApplication } });
    await projectAgent(subgraph, { id: ids.hugo, administrationId: ADMINISTRATION, managerId: ids.bob });
    const hugoApplication = await apply(viewers.hugo, mission);
    expect(await bob.next()).toMatchObject({ application: { id: hugoApplication, agent: { id: ids.hugo } } });

    await projectAgent(subgraph, { id: ids.alice, administrationId: ADMINISTRATION, managerId: ids.bob });
  });
});

describe('who may subscribe', () => {
  const fields: Field[] = ['myApplicationUpdates', 'approvalInboxUpdates'];

  it.each(fields)(
    '%s refuses anonymous callers (UNAUTHENTICATED) and API clients (FORBIDDEN)',
    async (field) => {
      const anonymous = await subscribe(connect(ANONYMOUS_VIEWER), field).refusal();
      expect(anonymous).toHaveLength(1);
      expect(anonymous[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(anonymous[0]!.message).toMatch(/Connectez-vous/);

      const client = await subscribe(
        connect(clientViewer('ministere-test', ['missions:read'])),
        field,
      ).refusal();
      expect(client).toHaveLength(1);
      expect(client[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field } });
      expect(client[0]!.message).toMatch(/réservé aux agents connectés/);
    },
  );

  it.each(fields)('%s refuses a malformed cursor (BAD_USER_INPUT on `after`)', async (field) => {
    const forged = ['feed:-1', 'feed:abc', 'page:12', 'feed:1234567890123456789'].map((text) =>
      Buffer.from(text).toString('base64url'),
    );
    for (const after of ['pas-un-curseur', ...forged]) {
      const errors = await subscribe(connect(viewers.alice), field, { after }).refusal();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  });
});
