import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { generateDemoData } from '@talents/demo';
import {
  generateSigningKeys,
  INTERNAL_TOKEN_AUDIENCE,
  INTERNAL_TOKEN_ISSUER,
  loadSigningKeys,
  PrincipalDirectory,
  PrincipalLookupError,
  signInternalToken,
} from '@talents/gateway';
import { postGraphQL } from '../support/graphql';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';
import { waitFor } from '../support/subscriptions';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Identity at the gateway (1 of 2, API clients and sessions are in identity-sessions.test.ts): who
 * somebody is, asked of profiles, and the tokens the gateway signs for the subgraphs, which answer
 * the gateway only.
 */
describe('identity at the gateway', () => {
  let hub: TestHub;
  const demo = generateDemoData();
  const demoMissionId = () => demo.missions[0]?.id ?? '';

  beforeAll(async () => {
    hub = await startTestHub(demo, { personaLogin: true });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  describe('who somebody is, asked of profiles', () => {
    /** profiles behind a proxy that counts the requests it forwards. */
    async function countingProfiles(): Promise<{ url: string; requests: () => number; close(): void }> {
      const target = hub.subgraphs.profiles?.url ?? '';
      let requests = 0;
      const server: Server = createServer((request, response) => {
        requests += 1;
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          void fetch(target, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: request.headers.authorization ?? '',
            },
            body: Buffer.concat(chunks),
          }).then(async (answer) => {
            response.writeHead(answer.status, { 'content-type': 'application/json' });
            response.end(await answer.text());
          });
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      return {
        url: `http://127.0.0.1:${port}/graphql`,
        requests: () => requests,
        close: () => server.close(),
      };
    }

    it('asks once for everybody looked up in one turn, as when sockets reconnect together', async () => {
      const profiles = await countingProfiles();
      const directory = new PrincipalDirectory({ profilesUrl: profiles.url, keys: hub.keys });
      const people = demo.agents.slice(0, 40);
      const unknown = randomUUID();
      try {
        // One look-up per I/O callback, as each socket's message is its own event.
        const found = await Promise.all(
          [...people.map((agent) => agent.id), unknown].map(
            (id) =>
              new Promise<Awaited<ReturnType<PrincipalDirectory['byId']>>>((resolve, reject) => {
                setImmediate(() => void directory.byId(id).then(resolve, reject));
              }),
          ),
        );
        expect(profiles.requests()).toBe(1);
        expect(found.slice(0, people.length).map((principal) => principal?.agentId)).toEqual(
          people.map((agent) => agent.id),
        );
        expect(found.at(-1)).toBeNull();
        const [byEmail, empty] = await Promise.allSettled([
          directory.byEmail(people[0]?.email.toUpperCase() ?? ''),
          directory.byEmail('   '),
        ]);
        expect(profiles.requests()).toBe(2);
        // One look-up that fails does not fail the others of its batch.
        expect(byEmail).toMatchObject({ status: 'fulfilled', value: { agentId: people[0]?.id } });
        expect(empty).toMatchObject({
          status: 'rejected',
          reason: expect.any(PrincipalLookupError) as Error,
        });
      } finally {
        profiles.close();
      }
    });
    it('answers live subscriptions from a principal just past its time while it looks again', async () => {
      const profiles = await countingProfiles();
      let clock = 0;
      const directory = new PrincipalDirectory({
        profilesUrl: profiles.url,
        keys: hub.keys,
        ttlMs: 1_000,
        now: () => clock,
      });
      const agentId = demo.agents[0]?.id ?? '';
      try {
        const first = await directory.current(agentId);
        expect(profiles.requests()).toBe(1);
        clock = 1_500;
        // Due: the cached answer comes at once, a look-up goes out behind it.
        expect(await directory.current(agentId)).toBe(first);
        await waitFor(() => profiles.requests() === 2);
        clock = 1_600;
        expect(await directory.current(agentId)).toEqual(first);
        expect(profiles.requests()).toBe(2);
        // Long past its time: asked again, and waited for.
        clock = 10_000;
        expect(await directory.current(agentId)).toEqual(first);
        expect(profiles.requests()).toBe(3);
      } finally {
        profiles.close();
      }
    });

    it('closes a socket with 1013, which clients retry, when profiles cannot say who it is', async () => {
      // Nothing listens on the discard port.
      const gateway = await startGatewayOver(hub, {
        subgraphUrls: { profiles: 'http://127.0.0.1:9/graphql' },
      });
      try {
        const socket = new WebSocket(gateway.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', {
          headers: { cookie: await hub.sessionCookie(demo.agents[0]?.id ?? '') },
        });
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
        const [code, reason] = await new Promise<[number, string]>((resolve) => {
          socket.on('close', (closeCode, closeReason) => resolve([closeCode, closeReason.toString()]));
        });
        expect(code).toBe(1013);
        expect(reason).toMatch(/Identification momentanément impossible/);
      } finally {
        await gateway.stop();
      }
    });
  });

  describe('gateway → subgraph tokens', () => {
    it('serves its public keys, with which its tokens verify and nobody else’s do', async () => {
      const response = await fetch(`${hub.gateway.url}/.well-known/jwks.json`);
      expect(response.status).toBe(200);
      const jwks = (await response.json()) as { keys: Array<Record<string, unknown>> };
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(jwks.keys[0]).not.toHaveProperty('d');

      const verify = (token: string) =>
        jwtVerify(token, createLocalJWKSet(jwks as never), {
          issuer: INTERNAL_TOKEN_ISSUER,
          audience: INTERNAL_TOKEN_AUDIENCE,
          algorithms: ['ES256'],
        });
      const agentId = hub.personas[0]?.agentId ?? '';
      const token = await signInternalToken(hub.keys, {
        kind: 'agent',
        agentId,
        administrationId: 'adm-1',
        roles: ['AGENT', 'MANAGER'],
        hostOf: [],
      });
      const { payload, protectedHeader } = await verify(token);
      expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: hub.keys.current.kid });
      expect(payload).toMatchObject({
        sub: agentId,
        kind: 'agent',
        roles: ['AGENT', 'MANAGER'],
        adm: 'adm-1',
      });
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
      expect(typeof payload.jti).toBe('string');

      // Same kid, another key: what a forger would try.
      const other = await generateSigningKeys();
      const forged = await signInternalToken(
        { ...other, current: { ...other.current, kid: hub.keys.current.kid } },
        { kind: 'system' },
      );
      await expect(verify(forged)).rejects.toThrow();
      // The right key, the wrong audience.
      const wrongAudience = await new SignJWT({ kind: 'system' })
        .setProtectedHeader({ alg: 'ES256', kid: hub.keys.current.kid })
        .setIssuer(INTERNAL_TOKEN_ISSUER)
        .setAudience('someone-else')
        .setExpirationTime('1m')
        .sign(hub.keys.current.key);
      await expect(verify(wrongAudience)).rejects.toThrow();
    });

    describe('subgraphs answer the gateway only', () => {
      const SERVICE = '{ _service { sdl } }';
      const ENTITIES =
        'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Mission { id title } } }';

      async function expired(): Promise<string> {
        const now = Math.floor(Date.now() / 1000);
        return new SignJWT({ kind: 'system', roles: [], hostOf: [], scopes: [], adm: null })
          .setProtectedHeader({ alg: 'ES256', kid: hub.keys.current.kid })
          .setIssuer(INTERNAL_TOKEN_ISSUER)
          .setAudience(INTERNAL_TOKEN_AUDIENCE)
          .setSubject('gateway')
          .setIssuedAt(now - 120)
          .setExpirationTime(now - 60)
          .sign(hub.keys.current.key);
      }

      async function forged(): Promise<string> {
        const other = await generateSigningKeys();
        return signInternalToken(
          { ...other, current: { ...other.current, kid: hub.keys.current.kid } },
          { kind: 'system' },
        );
      }

      async function post(url: string, query: string, variables: Record<string, unknown>, auth?: string) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return {
          status: response.status,
          body: (await response.json()) as {
            data?: unknown;
            errors?: Array<{ message: string; extensions?: { code?: string } }>;
          },
        };
      }

      it.each(['profiles', 'missions', 'approvals'])(
        '%s refuses _service and _entities without a valid gateway token (HTTP 401, UNAUTHENTICATED)',
        async (name) => {
          const url = hub.subgraphs[name]?.url ?? '';
          const mission = demoMissionId();
          const candidates: Array<[string, string | undefined, RegExp]> = [
            ['no token', undefined, /jeton manquant/],
            ['a client credential', 'Bearer tn_00000000-0000-4000-8000-000000000000_secret', /invalide/],
            ['another key, same kid', `Bearer ${await forged()}`, /invalide/],
            ['an expired token', `Bearer ${await expired()}`, /expiré/],
            ['not a bearer token', 'Basic dXNlcjpwYXNz', /jeton manquant/],
          ];
          for (const [label, auth, message] of candidates) {
            for (const [query, variables] of [
              [SERVICE, {}],
              [ENTITIES, { r: [{ __typename: 'Mission', id: mission }] }],
            ] as const) {
              const { status, body } = await post(url, query, variables, auth);
              expect({ label, status }).toEqual({ label, status: 401 });
              expect(body.data).toBeUndefined();
              expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
              expect(body.errors?.[0]?.message).toMatch(message);
            }
          }
          const allowed = await post(
            url,
            SERVICE,
            {},
            `Bearer ${await signInternalToken(hub.keys, { kind: 'system' })}`,
          );
          expect(allowed.status).toBe(200);
          expect(JSON.stringify(allowed.body)).toContain('@link');
        },
      );

      it('tell where their feed is to the gateway only', async () => {
        for (const name of ['missions', 'approvals']) {
          const url = new URL('/feed/position', hub.subgraphs[name]?.url ?? '');
          expect((await fetch(url)).status).toBe(401);
          const agentToken = await signInternalToken(hub.keys, {
            kind: 'agent',
            agentId: demo.agents[0]?.id ?? '',
            administrationId: null,
            roles: ['AGENT'],
            hostOf: [],
          });
          expect((await fetch(url, { headers: { authorization: `Bearer ${agentToken}` } })).status).toBe(403);
          const systemToken = await signInternalToken(hub.keys, { kind: 'system' });
          const answer = await fetch(url, { headers: { authorization: `Bearer ${systemToken}` } });
          expect(answer.status).toBe(200);
          expect(await answer.json()).toEqual({ cursor: expect.any(String) as string });
        }
      });

      it('keeps `principal` out of the public API: only the gateway asks profiles directly', async () => {
        const admin = demo.programmeAdmins?.[0] ?? '';
        const response = await hub.queryAs(admin, '{ principal(id: "' + admin + '") { roles } }');
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        // Straight to profiles with an agent's token (not the gateway's own): refused as well.
        const direct = await postGraphQL(
          hub.subgraphs.profiles?.url ?? '',
          '{ principal(id: "' + admin + '") { roles } }',
          {},
          {
            authorization: `Bearer ${await signInternalToken(hub.keys, {
              kind: 'agent',
              agentId: admin,
              administrationId: null,
              roles: ['AGENT', 'ADMIN'],
              hostOf: [],
            })}`,
          },
        );
        expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      });

      it('closes a subgraph socket opened without the gateway’s token', async () => {
        for (const authorization of [undefined, `Bearer ${await forged()}`]) {
          const client = createWsClient({
            url: hub.subgraphs.missions?.wsUrl ?? '',
            webSocketImpl: WebSocket,
            retryAttempts: 0,
            connectionParams: authorization ? { authorization } : {},
          });
          try {
            const outcome = await new Promise<unknown>((resolve) => {
              client.subscribe(
                { query: 'subscription { __typename }' },
                { next: resolve, error: resolve, complete: () => resolve('complete') },
              );
            });
            expect(outcome).toMatchObject({ code: 4403 });
          } finally {
            await client.dispose();
          }
        }
      });
    });

    it('loads a JWK set from GATEWAY_SIGNING_KEYS and refuses to run in production without one', async () => {
      const generated = await generateSigningKeys();
      await expect(loadSigningKeys({ NODE_ENV: 'production' })).rejects.toThrow(/GATEWAY_SIGNING_KEYS/);
      await expect(loadSigningKeys({ GATEWAY_SIGNING_KEYS: '{"keys":[]}' })).rejects.toThrow(/aucune clé/);
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      const next = { ...(await exportJWK(privateKey)), kid: 'next' };
      const { privateKey: old } = await generateKeyPair('ES256', { extractable: true });
      const previous = { ...(await exportJWK(old)), kid: 'previous' };
      const loaded = await loadSigningKeys({
        NODE_ENV: 'production',
        GATEWAY_SIGNING_KEYS: JSON.stringify({ keys: [next, previous] }),
      });
      expect(loaded.current.kid).toBe('next');
      expect(loaded.publicJwks.keys.map((key) => key.kid)).toEqual(['next', 'previous']);
      expect(loaded.publicJwks.keys.every((key) => key.d === undefined)).toBe(true);
      expect(generated.publicJwks.keys[0]?.kid).toBe(generated.current.kid);
    });
  });
});
