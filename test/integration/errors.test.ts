import { generateDemoData, type DemoData } from '@talents/demo';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestHub, type TestHub } from '../support/hub';
import { missionInput } from '../support/mission-input';
import { gatewayAuthorization, TEST_ADMIN } from '../support/tokens';

/** What clients see in production: French, a stable code, the field, and nothing of the inside. */
describe('errors through the gateway, in production mode', () => {
  let hub: TestHub;
  let demo: DemoData;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    demo = generateDemoData({ size: { agents: 30, missions: 12, applications: 10 } });
    hub = await startTestHub(demo);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** The programme team sees every mission and every application: the whole join is checked. */
  const asAdmin = <TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    hub.queryAs<TData>(demo.programmeAdmins?.[0] ?? '', query, variables);

  const CREATE = `mutation Create($input: MissionInput!) { createMission(input: $input) { id } }`;
  const validInput = () => {
    const mission = demo.missions[0]!;
    return missionInput({
      hostAdministrationId: mission.hostAdministrationId,
      contactAgentId: mission.contactAgentId,
      skillIds: [demo.skills[0]!.id],
    });
  };

  function expectNothingInternal(body: unknown) {
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|stacktrace|"response"/);
  }

  it('names the field of an impossible date, in French', async () => {
    const response = await asAdmin(CREATE, { input: { ...validInput(), startDate: '2031-02-30' } });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startDate',
    });
    expect(response.errors?.[0]?.message).toMatch(/date invalide/);
    expectNothingInternal(response);
  });

  it('names the field of an unknown enum value, in French', async () => {
    const response = await asAdmin(CREATE, { input: { ...validInput(), kind: 'HACKATHON' } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    expect(response.errors?.[0]?.message).toMatch(/n’existe pas/);
  });

  it('names a missing required field', async () => {
    const { title: _title, ...withoutTitle } = validInput();
    const response = await asAdmin(CREATE, { input: withoutTitle });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(response.errors?.[0]?.message).toMatch(/obligatoire/);
  });

  it('explains an unknown field in French', async () => {
    const response = await asAdmin('{ missions { nodes { budget } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toBe('Le champ « budget » n’existe pas sur le type Mission.');
  });

  it('refuses a forged cursor whose sort key is not an instant', async () => {
    const forged = Buffer.from(JSON.stringify(['1', demo.missions[0]?.id])).toString('base64url');
    const response = await asAdmin('query ($after: String) { missions(after: $after) { totalCount } }', {
      after: forged,
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expectNothingInternal(response);
  });

  it('finds a mission by its id written in capitals', async () => {
    const mission = demo.missions.find((m) => m.status === 'PUBLISHED');
    const response = await asAdmin<{ mission: { id: string } }>(
      'query ($id: ID!) { mission(id: $id) { id } }',
      {
        id: mission?.id.toUpperCase(),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.mission.id).toBe(mission?.id);
  });

  it('keeps queries and mutations off the subgraph sockets', async () => {
    const client = createClient({
      url: hub.subgraphs.missions?.wsUrl ?? '',
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: async () => ({ authorization: await gatewayAuthorization(TEST_ADMIN, hub.keys) }),
    });
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: '{ missions(first: 1) { totalCount } }' },
          { next: (value) => resolve(value), error: (error) => resolve(error), complete: () => undefined },
        );
      });
      expect(JSON.stringify(errors)).toContain('BAD_REQUEST');
    } finally {
      await client.dispose();
    }
  });

  it('answers SERVICE_UNAVAILABLE, in French, when a subgraph is down, and keeps the rest', async () => {
    await hub.subgraphs.approvals?.stop();
    const response = await asAdmin<{ missions: { nodes: Array<{ title: string }> } }>(
      '{ missions(first: 2) { nodes { title seatsRemaining } } }',
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.errors?.[0]?.message).toMatch(/ne répond pas/);
    expectNothingInternal(response);
    expect(
      (await asAdmin<{ missions: { totalCount: number } }>('{ missions { totalCount } }')).data?.missions,
    ).toBeDefined();
  });
});
