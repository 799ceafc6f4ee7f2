import { generateDemoData, type DemoData } from '@talents/demo';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { startTestHub, type TestHub } from '../support/hub';
import { liveCast, publishMission, record, type LiveCast } from '../support/subscriptions';

interface Publication {
  missionPublished: {
    cursor: string;
    mission: { id: string; title: string; hostAdministration: { name: string } };
  };
}

const PUBLISHED = `subscription {
  missionPublished { cursor mission { id title hostAdministration { name } } }
}`;

/** Another ministry's system follows the public catalogue live with its API key. */
describe('API clients on the live feed', () => {
  let hub: TestHub;
  let demo: DemoData;
  let cast: LiveCast;
  const clients: Client[] = [];

  beforeAll(async () => {
    demo = generateDemoData({ size: { agents: 40, missions: 10, applications: 6 } });
    hub = await startTestHub(demo);
    cast = liveCast(demo);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await hub?.stop();
  });

  async function apiKey(...scopes: string[]): Promise<string> {
    const lines = await runApiClientCommand(
      ['create', '--name', 'SI du ministère de la Culture', '--scopes', scopes.join(',')],
      hub.databaseUrl,
    );
    return lines.at(-1) ?? '';
  }

  /** The key in `connectionParams`, or in the upgrade request's own header, as a server sends it. */
  function clientWith(key: string, where: 'connectionParams' | 'header'): Client {
    const authorization = `Bearer ${key}`;
    class HeaderSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, where === 'header' ? { headers: { authorization } } : {});
      }
    }
    const client = createClient({
      url: hub.gateway.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: HeaderSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: where === 'connectionParams' ? { authorization } : undefined,
    });
    clients.push(client);
    return client;
  }

  it.each(['connectionParams', 'header'] as const)(
    'follows open publications with missions:read (key in the %s), never restricted ones',
    async (where) => {
      const subscription = record<Publication>(clientWith(await apiKey('missions:read'), where), PUBLISHED);
      const other = demo.administrations.find((a) => a.id !== cast.referent.administrationId);
      // Published first: a restricted mission must be skipped, not merely arrive late.
      await publishMission(hub, cast, {
        title: `Réservée (${where})`,
        skillIds: [demo.skills[0]?.id ?? ''],
        restrictedTo: [cast.referent.administrationId, other?.id ?? ''],
      });
      const openId = await publishMission(hub, cast, {
        title: `Ouverte (${where})`,
        skillIds: [demo.skills[0]?.id ?? ''],
      });
      const first = await subscription.nth(1);
      expect(first.errors).toBeUndefined();
      expect(first.data?.missionPublished.mission).toMatchObject({
        id: openId,
        title: `Ouverte (${where})`,
        hostAdministration: { name: cast.hostAdministration.name },
      });
      expect(first.data?.missionPublished.cursor).toEqual(expect.any(String));
      subscription.stop();
      expect(subscription.results).toHaveLength(1);
    },
  );

  it.each([
    ['missionPublished without missions:read', ['profiles:read'], PUBLISHED, /portée « missions:read »/],
    [
      'an agent’s own updates',
      ['missions:read', 'profiles:read', 'stats:read'],
      'subscription { myApplicationUpdates { cursor status } }',
      /« myApplicationUpdates » n’est pas ouvert aux clients d’API/,
    ],
    ['an agent’s matches', ['missions:read'], 'subscription { missionMatches { score } }', /agents?/],
  ])('refuses %s, saying why', async (_label, scopes, query, message) => {
    const subscription = record(clientWith(await apiKey(...scopes), 'connectionParams'), query);
    await subscription.ended;
    const error = subscription.results[0]?.errors?.[0];
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(error?.message).toMatch(message);
  });
});
