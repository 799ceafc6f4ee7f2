import { generateDemoData, type DemoData } from '@talents/demo';
import type { RunningGateway } from '@talents/gateway';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { ANONYMOUS } from '../../gateway/src/auth/principal';
import { openRateLimiter } from '../../gateway/src/rate-limit';
import { createTestDatabase } from '../support/database';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';
import { record, subscriptionClient, waitFor } from '../support/subscriptions';

/**
 * Rate limits per caller through the real gateway (issue 15, item 1): counted per agent, per API
 * client and per anonymous address, in PostgreSQL, so that two replicas over one database count
 * together.
 */
const LIMIT = 3;
const VARIABLES = [
  'RATE_LIMIT_PER_MINUTE_AGENT',
  'RATE_LIMIT_PER_MINUTE_CLIENT',
  'RATE_LIMIT_PER_MINUTE_ANONYMOUS',
];

describe('rate limits', () => {
  let hub: TestHub;
  let demo: DemoData;
  let replica: RunningGateway | undefined;
  const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    // Both replicas read the limits from the environment, as deployed ones do.
    for (const name of VARIABLES) process.env[name] = String(LIMIT);
    demo = generateDemoData({ size: { agents: 12, missions: 4, applications: 2 } });
    hub = await startTestHub(demo);
    replica = await startGatewayOver(hub);
  });

  afterAll(async () => {
    await replica?.stop();
    await hub?.stop();
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  async function post(url: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  }

  async function asAgent(agentId: string, url = hub.gateway.graphqlUrl): Promise<Response> {
    return post(url, { cookie: await hub.sessionCookie(agentId) });
  }

  async function apiKey(): Promise<string> {
    const lines = await runApiClientCommand(
      ['create', '--name', 'SI du ministère de la Culture', '--scopes', 'missions:read'],
      hub.databaseUrl,
    );
    return lines.at(-1) ?? '';
  }

  it('answers the agent’s request past the limit with 429, RATE_LIMITED and Retry-After; others are unaffected', async () => {
    const [agent, other] = demo.agents;
    for (let i = 0; i < LIMIT; i += 1) expect((await asAgent(agent!.id)).status).toBe(200);

    const refused = await asAgent(agent!.id);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.message).toMatch(
      /^Trop de demandes .* Réessayez dans (une seconde|\d+ secondes)\.$/,
    );

    // Another agent and an API client each have their own allowance.
    expect((await asAgent(other!.id)).status).toBe(200);
    const authorization = `Bearer ${await apiKey()}`;
    for (let i = 0; i < LIMIT; i += 1)
      expect((await post(hub.gateway.graphqlUrl, { authorization })).status).toBe(200);
    expect((await post(hub.gateway.graphqlUrl, { authorization })).status).toBe(429);
  });

  it('counts anonymous callers by address', async () => {
    // This suite's anonymous calls all come from 127.0.0.1; none were made before.
    for (let i = 0; i < LIMIT; i += 1) expect((await post(hub.gateway.graphqlUrl)).status).toBe(200);
    const refused = await post(hub.gateway.graphqlUrl);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('counts an agent’s requests on two gateway replicas over the same database together', async () => {
    const agent = demo.agents[2]!;
    const second = replica!.graphqlUrl;
    expect((await asAgent(agent.id)).status).toBe(200);
    expect((await asAgent(agent.id, second)).status).toBe(200);
    expect((await asAgent(agent.id)).status).toBe(200);
    // The fourth, on either replica, is one too many.
    expect((await asAgent(agent.id, second)).status).toBe(429);
    expect((await asAgent(agent.id)).status).toBe(429);
  });

  it('counts each subscribe message on a socket as an operation, with the same allowance on both replicas', async () => {
    const agent = demo.agents[3]!;
    const cookie = await hub.sessionCookie(agent.id);
    const feed = 'subscription { missionPublished { cursor } }';
    expect((await asAgent(agent.id)).status).toBe(200);
    expect((await asAgent(agent.id, replica!.graphqlUrl)).status).toBe(200);
    const first = subscriptionClient(hub.gateway.graphqlUrl.replace(/^http/, 'ws'), cookie);
    const second = subscriptionClient(replica!.graphqlUrl.replace(/^http/, 'ws'), cookie);
    try {
      // The third operation of the minute: a subscription, accepted.
      const accepted = record(first, feed);
      await waitFor(() => hub.gateway.subscriptions.active === 1);
      // The fourth, on the other replica's socket: refused as an HTTP request would be.
      const refused = record(second, feed);
      await refused.ended;
      expect(refused.results[0]?.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^Trop de demandes .* Réessayez dans (une seconde|\d+ secondes)\.$/),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      });
      expect(replica!.subscriptions.active).toBe(0);
      expect(accepted.results).toEqual([]);
      expect((await asAgent(agent.id)).status).toBe(429);
    } finally {
      await first.dispose();
      await second.dispose();
    }
  });
});

describe('rate limits without their database', () => {
  it('let calls through, and warn once per window rather than once per call', async () => {
    const database = await createTestDatabase();
    const warnings: string[] = [];
    const limiter = await openRateLimiter({
      databaseUrl: database.url,
      settings: { perMinute: { client: 0, agent: 0, anonymous: 1 } },
      logger: { warn: (_details, message) => warnings.push(message) },
    });
    try {
      expect(await limiter.consume(ANONYMOUS, '198.51.100.1')).toEqual({ allowed: true });
      expect(await limiter.consume(ANONYMOUS, '198.51.100.1')).toMatchObject({ allowed: false });
      // The counters' database is gone (its connections cut): nobody is refused for it.
      await database.drop();
      for (let i = 0; i < 3; i += 1) {
        expect(await limiter.consume(ANONYMOUS, '198.51.100.1')).toEqual({ allowed: true });
      }
      expect(warnings).toEqual(['rate limiter unavailable: calls are let through']);
    } finally {
      await limiter.close();
    }
  });
});
