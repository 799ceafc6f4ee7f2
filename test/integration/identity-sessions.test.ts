import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { generateDemoData } from '@talents/demo';
import { readSupergraph, startGateway, type RunningGateway } from '@talents/gateway';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { readHubConfig } from '../../hub/src/config';
import { createApiKey } from '../support/api-keys';
import { postGraphQL } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { CookieJar, setCookieLine } from '../support/oidc';

/**
 * Identity at the gateway (2 of 2, principals and internal tokens are in identity-tokens.test.ts):
 * API clients and their keys, the persona picker and browser sessions.
 */
describe('identity at the gateway', () => {
  let hub: TestHub;
  const demo = generateDemoData();

  beforeAll(async () => {
    hub = await startTestHub(demo, { personaLogin: true });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  describe('API clients', () => {
    const MISSIONS = '{ missions(first: 2) { totalCount nodes { title } } }';

    async function createClient(...scopes: string[]): Promise<{ id: string; key: string }> {
      const key = await createApiKey(hub.databaseUrl, 'SI du ministère des Armées', scopes.join(','));
      expect(key).toMatch(/^tn_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
      return { id: key.slice(3, 39), key };
    }

    it('stores only the hash of a key, created through the CLI', async () => {
      const { id, key } = await createClient('missions:read');
      const db = new Client({ connectionString: hub.databaseUrl });
      await db.connect();
      try {
        const { rows } = await db.query<Record<string, unknown>>(
          'SELECT * FROM access.api_client WHERE id = $1',
          [id],
        );
        expect(rows).toHaveLength(1);
        const row = rows[0] ?? {};
        expect(row.key_hash).toEqual(createHash('sha256').update(key).digest());
        expect(row.scopes).toEqual(['missions:read']);
        const secret = key.slice(40);
        for (const value of Object.values(row)) expect(String(value)).not.toContain(secret);
      } finally {
        await db.end();
      }
      const listed = await runApiClientCommand(['list'], hub.databaseUrl);
      expect(listed.join('\n')).toContain(id);
      expect(listed.join('\n')).not.toContain(key);
      await expect(
        runApiClientCommand(['create', '--name', 'x', '--scopes', 'missions:write'], hub.databaseUrl),
      ).rejects.toThrow(/Portée inconnue/);
    });

    it('lets a valid key run what its scopes allow, and nothing else', async () => {
      const { key } = await createClient('missions:read');
      const auth = { authorization: `Bearer ${key}` };
      const allowed = await postGraphQL<{ missions: { totalCount: number } }>(
        hub.gateway.graphqlUrl,
        MISSIONS,
        {},
        auth,
      );
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data?.missions.totalCount).toBeGreaterThan(0);

      const agents = await postGraphQL(
        hub.gateway.graphqlUrl,
        '{ agents(first: 1) { totalCount } }',
        {},
        auth,
      );
      expect(agents.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(agents.errors?.[0]?.message).toContain('profiles:read');
      expect(agents.data ?? null).toBeNull();

      const mutation = await postGraphQL(hub.gateway.graphqlUrl, 'mutation { __typename }', {}, auth);
      expect(mutation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(mutation.errors?.[0]?.message).toMatch(/ne peuvent que lire/);
    });

    it('refuses revoked and forged keys with 401 UNAUTHENTICATED, in French', async () => {
      const { id, key } = await createClient('missions:read', 'stats:read');
      const forged = `${key.slice(0, -4)}AAAA`;
      const unknown = `tn_00000000-0000-4000-8000-000000000000_${key.slice(40)}`;
      expect(await runApiClientCommand(['revoke', id], hub.databaseUrl)).toEqual([
        `Client ${id} révoqué : sa clé est refusée dès maintenant.`,
      ]);
      for (const candidate of [key, forged, unknown, 'tn_nonsense', 'not-a-key']) {
        const response = await fetch(hub.gateway.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${candidate}` },
          body: JSON.stringify({ query: MISSIONS }),
        });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        const body = (await response.json()) as {
          errors: Array<{ message: string; extensions: { code: string } }>;
        };
        expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
        expect(body.errors[0]?.message).toMatch(
          /Clé d’API invalide ou révoquée|En-tête Authorization non reconnu/,
        );
      }
    });
  });

  describe('persona picker and sessions', () => {
    it('lists seeded personas on an accessible French page', async () => {
      expect(hub.personas.length).toBeGreaterThanOrEqual(4);
      const response = await fetch(`${hub.gateway.url}/auth/personas`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      const html = await response.text();
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain('<h1>Choisir un profil de démonstration</h1>');
      for (const persona of hub.personas) {
        expect(html).toContain(`value="${persona.agentId}"`);
        expect(html).toContain(`Se connecter en tant que ${persona.displayName}`);
      }
      expect(html.match(/<form method="post" action="\/auth\/personas">/g)).toHaveLength(hub.personas.length);
    });

    it('signs in as a persona with a httpOnly, SameSite=Lax cookie, only from its own origin', async () => {
      const persona = hub.personas[0];
      if (!persona) throw new Error('no persona');
      const form = new URLSearchParams({ agentId: persona.agentId, returnTo: '/graphiql' });
      const post = (headers: Record<string, string>) =>
        fetch(`${hub.gateway.url}/auth/personas`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: form,
          redirect: 'manual',
        });

      const crossSite = await post({ origin: 'https://evil.example' });
      expect(crossSite.status).toBe(403);
      expect(setCookieLine(crossSite, 'talents_session')).toBeUndefined();
      expect((await post({})).status).toBe(403);

      const response = await post({ origin: hub.gateway.url });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/graphiql');
      const cookie = setCookieLine(response, 'talents_session') ?? '';
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; Max-Age=28800/);
      // Plain HTTP here: a Secure cookie would never come back.
      expect(cookie).not.toMatch(/Secure/);

      const unknown = await fetch(`${hub.gateway.url}/auth/personas`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: hub.gateway.url },
        body: new URLSearchParams({ agentId: '00000000-0000-4000-8000-000000000000' }),
        redirect: 'manual',
      });
      expect(unknown.status).toBe(400);
    });

    it('signs out by clearing the cookie, and treats a forged cookie as anonymous', async () => {
      const jar = new CookieJar();
      const logout = await jar.fetch(`${hub.gateway.url}/auth/logout`, {
        method: 'POST',
        headers: { origin: hub.gateway.url, cookie: 'talents_session=whatever' },
      });
      expect(logout.status).toBe(303);
      expect(setCookieLine(logout, 'talents_session')).toMatch(
        /^talents_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax/,
      );

      const response = await fetch(hub.gateway.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: 'talents_session=eyJhbGciOiJIUzI1NiJ9.e30.forged',
        },
        body: JSON.stringify({ query: '{ missions(first: 1) { totalCount } }' }),
      });
      expect(response.status).toBe(200);
      expect(setCookieLine(response, 'talents_session')).toMatch(/Max-Age=0/);
      const anonymous = await fetch(`${hub.gateway.url}/auth/session`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({
        code: 'UNAUTHENTICATED',
        message: 'Vous n’êtes pas connecté.',
      });
    });

    it('offers a persona for every role, and a persona session runs GraphQL as that agent', async () => {
      const roles = new Set<string>();
      for (const persona of hub.personas) {
        const jar = new CookieJar();
        const signIn = await jar.fetch(`${hub.gateway.url}/auth/personas`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: hub.gateway.url },
          body: new URLSearchParams({ agentId: persona.agentId }),
        });
        expect(signIn.status).toBe(303);
        const session = await jar.fetch(`${hub.gateway.url}/auth/session`);
        expect(session.status).toBe(200);
        const who = (await session.json()) as { agentId: string; roles: string[] };
        expect(who.agentId).toBe(persona.agentId);
        for (const role of who.roles) roles.add(role);

        const me = await jar.fetch(hub.gateway.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { id email } }' }),
        });
        const body = (await me.json()) as { data?: { me: { id: string; email: string } | null } };
        const seeded = demo.agents.find((agent) => agent.id === persona.agentId);
        expect(body.data?.me).toEqual({ id: persona.agentId, email: seeded?.email });
      }
      expect([...roles].sort()).toEqual(['ADMIN', 'AGENT', 'HOST', 'MANAGER']);
    });

    it('is on by default in the embedded start, and absent (404) in production', async () => {
      expect(readHubConfig().personaLogin).toBe(true);
      const saved = { ...process.env };
      process.env.NODE_ENV = 'production';
      process.env.SESSION_SECRET = 'x'.repeat(40);
      process.env.LOG_LEVEL = 'silent';
      let gateway: RunningGateway | null = null;
      try {
        expect(readHubConfig().personaLogin).toBe(false);
        process.env.PERSONA_LOGIN = 'true';
        expect(readHubConfig().personaLogin).toBe(false);
        gateway = await startGateway({
          supergraphSdl: readSupergraph(),
          subgraphUrls: Object.fromEntries(
            Object.entries(hub.subgraphs).map(([name, { url }]) => [name, url]),
          ),
          port: 0,
          auth: { keys: hub.keys, databaseUrl: hub.databaseUrl, personaLogin: true, personas: hub.personas },
        });
        expect((await fetch(`${gateway.url}/auth/personas`)).status).toBe(404);
        const post = await fetch(`${gateway.url}/auth/personas`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: gateway.url },
          body: new URLSearchParams({ agentId: hub.personas[0]?.agentId ?? '' }),
          redirect: 'manual',
        });
        expect(post.status).toBe(404);
        expect(setCookieLine(post, 'talents_session')).toBeUndefined();
      } finally {
        await gateway?.stop();
        process.env = saved;
      }
    });
  });
});
