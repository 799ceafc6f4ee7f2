import { generateDemoData, type DemoData } from '@talents/demo';
import WebSocket from 'ws';
import { postGraphQL } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { liveCast } from '../support/subscriptions';

const PARTNER = 'https://rh.partenaire.gouv.fr';
const STRANGER = 'https://site-inconnu.example';

/** What happens to a socket: its close code, or the HTTP status that refused the upgrade. */
function socketOutcome(
  url: string,
  headers: Record<string, string>,
  sendInit: boolean,
): Promise<{ status?: number; close?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
    socket.on('unexpected-response', (_request, response) => resolve({ status: response.statusCode }));
    socket.on('open', () => {
      if (sendInit) socket.send(JSON.stringify({ type: 'connection_init' }));
    });
    socket.on('message', () => socket.close(1000));
    socket.on('close', (code) => resolve({ close: code }));
    socket.on('error', () => undefined);
  });
}

describe('the gateway’s edge: headers, origins, production rules', () => {
  let demo: DemoData;
  let hub: TestHub;
  let production: TestHub;

  beforeAll(async () => {
    demo = generateDemoData({ size: { agents: 20, missions: 6, applications: 4 } });
    hub = await startTestHub(demo, { edge: { allowedOrigins: new Set([PARTNER]), production: false } });
    production = await startTestHub(demo, { edge: { allowedOrigins: new Set(), production: true } });
  });

  afterAll(async () => {
    await hub?.stop();
    await production?.stop();
  });

  it.each(['/', '/graphiql', '/graphql?query=%7B__typename%7D', '/healthz'])(
    'sends the security headers on %s',
    async (path) => {
      const response = await fetch(`${hub.gateway.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('lets a listed origin call the API with credentials, and gives a stranger no CORS header', async () => {
    const preflight = await fetch(hub.gateway.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: PARTNER,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');

    const partner = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { origin: PARTNER, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER);

    const stranger = await fetch(hub.gateway.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: STRANGER, 'access-control-request-method': 'POST' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a socket opened by another site’s page, and one that never says who it is', async () => {
    const wsUrl = hub.gateway.graphqlUrl.replace(/^http/, 'ws');
    const own = new URL(hub.gateway.url).origin;
    expect(await socketOutcome(wsUrl, { origin: STRANGER }, true)).toEqual({ status: 403 });
    // Its own pages, listed partners and servers (no Origin) may.
    const allowed: Array<Record<string, string>> = [{ origin: own }, { origin: PARTNER }, {}];
    for (const headers of allowed) {
      expect(await socketOutcome(wsUrl, headers, true)).toEqual({ close: 1000 });
    }
    // Silent after the upgrade: closed by graphql-ws's connection-init timeout.
    expect(await socketOutcome(wsUrl, {}, false)).toEqual({ close: 4408 });
  });

  describe('in production', () => {
    const INTROSPECTION = '{ __schema { queryType { name } } }';

    it('opens introspection to the programme team only, with a French refusal for others', async () => {
      const cast = liveCast(demo);
      const anonymous = await postGraphQL(production.gateway.graphqlUrl, INTROSPECTION);
      expect(anonymous.data).toBeUndefined();
      expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(anonymous.errors?.[0]?.message).toMatch(/réservée à l’équipe du programme/);
      const agent = await production.queryAs(cast.listeners[0]!.id, '{ __type(name: "Mission") { name } }');
      expect(agent.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      const team = await production.queryAs(cast.admin.id, INTROSPECTION);
      expect(team.errors).toBeUndefined();
      expect(team.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('names no field of the schema in a validation error', async () => {
      for (const query of [
        '{ mision { id } }',
        '{ missions(filter: { statuses: [PUBLIE] }) { totalCount } }',
        '{ missions { nodes { titel } } }',
        '{ missions(firts: 2) { totalCount } }',
        '{ missions(filter: { statuss: [DRAFT] }) { totalCount } }',
      ]) {
        const response = await postGraphQL(production.gateway.graphqlUrl, query);
        const message = response.errors?.[0]?.message ?? '';
        expect({ query, code: response.errors?.[0]?.extensions?.code }).toEqual({
          query,
          code: 'GRAPHQL_VALIDATION_FAILED',
        });
        expect(message).not.toMatch(/Did you mean|missions »|PUBLISHED|title|first|statuses/);
        // French, as every message: an untranslated one would name the schema's fields in English.
        expect(message).toMatch(/^(Le|La|L’)/);
      }
    });
  });
});
