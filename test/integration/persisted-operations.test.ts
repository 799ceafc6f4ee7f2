import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoData, type DemoData } from '@talents/demo';
import type { RunningGateway } from '@talents/gateway';
import type { Client, FormattedExecutionResult } from 'graphql-ws';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { createApiKey } from '../support/api-keys';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';
import {
  liveCast,
  publishMission,
  setMatchingProfile,
  subscriptionClient,
  waitFor,
  waitForProjectedSkill,
  type LiveCast,
} from '../support/subscriptions';

const MANIFEST = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../client/src/gql/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

/** The hash of the dashboard's operation `name` in its manifest. */
function dashboardHash(name: string): string {
  const entry = Object.entries(MANIFEST).find(([, text]) =>
    new RegExp(`(query|mutation|subscription) ${name}\\b`).test(text),
  );
  if (!entry) throw new Error(`${name} absent du manifeste`);
  return entry[0];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** One POST to /graphql with whatever body a client sends (text, hash, both). */
async function post(
  gateway: RunningGateway,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const codes = (answer: { errors?: Answer['errors'] }) =>
  answer.errors?.map((error) => error.extensions?.code);

const CATALOGUE = `query Catalogue($first: Int!) {
  missions(first: $first) {
    totalCount
    nodes { id title }
  }
}`;

/**
 * Persisted operations (issue 15, item 2) through the real stack: the dashboard's manifest, API
 * clients' registered operations (safelisted in production), APQ in development, on HTTP and
 * graphql-ws, with the operation limits still applied.
 */
describe('persisted operations', () => {
  let hub: TestHub;
  let demo: DemoData;
  let cast: LiveCast;
  /** Production rules (`NODE_ENV=production`'s edge): API clients are safelisted, no APQ. */
  let production: RunningGateway;
  /** `OPERATION_SAFELIST=all`: people too, the programme team excepted. */
  let everyone: RunningGateway;
  let folder: string;
  const sockets: Client[] = [];

  beforeAll(async () => {
    demo = generateDemoData({ size: { agents: 30, missions: 10, applications: 6 } });
    hub = await startTestHub(demo);
    cast = liveCast(demo);
    const edge = { allowedOrigins: new Set<string>(), production: true };
    production = await startGatewayOver(hub, { edge });
    everyone = await startGatewayOver(hub, { edge, persistedOperations: { safelist: 'all' } });
    folder = await mkdtemp(path.join(tmpdir(), 'talents-operations-'));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await production?.stop();
    await everyone?.stop();
    await hub?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const cookieOf = (agentId: string) => hub.sessionCookie(agentId);

  describe('the dashboard’s manifest', () => {
    it('runs a manifest hash sent alone, in production', async () => {
      const cookie = await cookieOf(cast.listeners[0]!.id);
      const answer = await post(
        production,
        { extensions: persisted(dashboardHash('MissionFormOptions')) },
        { cookie },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.status).toBe(200);
      const data = answer.data as { skills: Array<{ __typename: string }> };
      // The manifest's text is the one Apollo Client sends: `__typename` everywhere, for its cache.
      expect(data.skills.length).toBeGreaterThan(0);
      expect(data.skills[0]?.__typename).toBe('Skill');
    });

    it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND, in French', async () => {
      const unknown = sha256('query Inconnue { __typename }');
      for (const gateway of [production, hub.gateway]) {
        const answer = await post(gateway, { extensions: persisted(unknown) });
        expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
        expect(answer.errors?.[0]?.message).toMatch(/Aucune opération connue n’a l’empreinte/);
        expect(answer.errors?.[0]?.extensions?.sha256Hash).toBe(unknown);
        expect(answer.data).toBeUndefined();
      }
      const malformed = await post(production, { extensions: persisted('abc') });
      expect(malformed.status).toBe(400);
      expect(codes(malformed)).toEqual(['BAD_REQUEST']);
    });

    it('holds people to the manifest with OPERATION_SAFELIST=all, the programme team excepted (GraphiQL)', async () => {
      const agent = await cookieOf(cast.listeners[0]!.id);
      const free = await post(everyone, { query: '{ skills { id } }' }, { cookie: agent });
      expect(free.status).toBe(400);
      expect(codes(free)).toEqual(['OPERATION_NOT_REGISTERED']);
      const anonymous = await post(everyone, { query: '{ skills { id } }' });
      expect(codes(anonymous)).toEqual(['OPERATION_NOT_REGISTERED']);
      // The manifest's own text is as good as its hash.
      const text = MANIFEST[dashboardHash('MissionFormOptions')]!;
      expect((await post(everyone, { query: text }, { cookie: agent })).errors).toBeUndefined();
      expect(
        (
          await post(
            everyone,
            { extensions: persisted(dashboardHash('MissionFormOptions')) },
            { cookie: agent },
          )
        ).errors,
      ).toBeUndefined();
      const team = await post(
        everyone,
        { query: '{ skills { id } }' },
        { cookie: await cookieOf(cast.admin.id) },
      );
      expect(team.errors).toBeUndefined();
      expect((team.data as { skills: unknown[] }).skills.length).toBeGreaterThan(0);
    });

    it('lets the programme team send any text in production (GraphiQL)', async () => {
      const team = await post(
        production,
        { query: '{ __schema { queryType { name } } missions(first: 1) { totalCount } }' },
        { cookie: await cookieOf(cast.admin.id) },
      );
      expect(team.errors).toBeUndefined();
      expect(team.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
    });

    it('runs a dashboard subscription sent as a hash alone over graphql-ws, and refuses an unknown one', async () => {
      const listener = cast.listeners[1]!;
      await setMatchingProfile(hub, listener.id, [{ skillId: 'audit-accessibilite', level: 'EXPERT' }]);
      await waitForProjectedSkill(hub, listener.id, 'audit-accessibilite');
      const socket = subscriptionClient(
        production.graphqlUrl.replace(/^http/, 'ws'),
        await cookieOf(listener.id),
      );
      sockets.push(socket);
      const results: Array<FormattedExecutionResult<Record<string, unknown>, unknown>> = [];
      const failures: unknown[] = [];
      // As the production dashboard sends it (client/src/apollo.ts): an empty text and the hash.
      socket.subscribe(
        { query: '', variables: { minScore: 0.3 }, extensions: persisted(dashboardHash('MissionMatches')) },
        {
          next: (result) => results.push(result),
          error: (error) => failures.push(error),
          complete: () => {},
        },
      );
      await waitFor(() => production.subscriptions.active >= 1 || failures.length > 0);
      expect(failures).toEqual([]);
      const id = await publishMission(hub, cast, {
        title: 'Mission persistée',
        skillIds: ['audit-accessibilite'],
      });
      await waitFor(() => results.length > 0, 20_000);
      expect(results[0]?.errors).toBeUndefined();
      expect(results[0]?.data).toMatchObject({ missionMatches: { mission: { id, __typename: 'Mission' } } });

      const refused = await new Promise<unknown>((resolve) => {
        socket.subscribe(
          { query: '', extensions: persisted(sha256('subscription Inconnue { __typename }')) },
          { next: resolve, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(JSON.stringify(refused)).toContain('PERSISTED_QUERY_NOT_FOUND');
    }, 60_000);
  });

  describe('API clients in production', () => {
    it('refuses unregistered text, and accepts it once registered through the CLI, until revoked', async () => {
      const key = await createApiKey(hub.databaseUrl, 'SI RH des Armées', 'missions:read');
      const clientId = /^tn_([0-9a-f-]{36})_/.exec(key)?.[1] ?? '';
      const authorization = `Bearer ${key}`;
      const variables = { first: 3 };

      const before = await post(production, { query: CATALOGUE, variables }, { authorization });
      expect(before.status).toBe(400);
      expect(codes(before)).toEqual(['OPERATION_NOT_REGISTERED']);
      expect(before.errors?.[0]?.message).toMatch(/n’est pas enregistrée pour ce client d’API/);
      expect(before.errors?.[0]?.extensions?.sha256Hash).toBe(sha256(CATALOGUE));
      // In development nothing is safelisted: the same text runs.
      expect(
        (await post(hub.gateway, { query: CATALOGUE, variables }, { authorization })).errors,
      ).toBeUndefined();

      const file = path.join(folder, 'catalogue.graphql');
      await writeFile(file, `# Le catalogue, page par page\n${CATALOGUE}\n`);
      const registered = await runApiClientCommand(
        ['operations', 'register', clientId, file],
        hub.databaseUrl,
      );
      const hash = registered[0]?.split(/\s+/)[0] ?? '';
      expect(registered).toEqual([
        `${hash}  Catalogue`,
        expect.stringMatching(/1 opération\(s\) enregistrée/),
      ]);

      const byHash = await post(production, { extensions: persisted(hash), variables }, { authorization });
      expect(byHash.errors).toBeUndefined();
      expect((byHash.data as { missions: { nodes: unknown[] } }).missions.nodes).toHaveLength(3);
      // The text as written (its spacing, its order) is recognised too.
      const byText = await post(production, { query: CATALOGUE, variables }, { authorization });
      expect(byText.errors).toBeUndefined();
      // Another client's operations, and the dashboard's, are not this client's.
      const dashboard = await post(
        production,
        { extensions: persisted(dashboardHash('MissionFormOptions')) },
        { authorization },
      );
      expect(codes(dashboard)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

      const listed = await runApiClientCommand(['operations', 'list', clientId], hub.databaseUrl);
      expect(listed).toEqual([expect.stringMatching(new RegExp(`^${hash}  Catalogue  enregistrée le `))]);
      await runApiClientCommand(['operations', 'revoke', clientId, hash], hub.databaseUrl);
      expect(
        codes(await post(production, { extensions: persisted(hash), variables }, { authorization })),
      ).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(codes(await post(production, { query: CATALOGUE, variables }, { authorization }))).toEqual([
        'OPERATION_NOT_REGISTERED',
      ]);
      expect(await runApiClientCommand(['operations', 'list', clientId], hub.databaseUrl)).toEqual([
        expect.stringMatching(/RÉVOQUÉE le /),
      ]);
    });

    it('registers no mutation and no operation for an unknown client', async () => {
      const key = await createApiKey(hub.databaseUrl, 'SI de la Culture', 'missions:read');
      const clientId = /^tn_([0-9a-f-]{36})_/.exec(key)?.[1] ?? '';
      const file = path.join(folder, 'writes.graphql');
      await writeFile(file, 'mutation Close($id: ID!) { closeMission(id: $id) { id } }\n');
      await expect(
        runApiClientCommand(['operations', 'register', clientId, file], hub.databaseUrl),
      ).rejects.toThrow(/« Close » est une mutation/);
      await writeFile(file, CATALOGUE);
      await expect(
        runApiClientCommand(
          ['operations', 'register', '00000000-0000-4000-8000-000000000000', file],
          hub.databaseUrl,
        ),
      ).rejects.toThrow(/Aucun client actif/);
      expect(await runApiClientCommand(['operations', 'list', clientId], hub.databaseUrl)).toEqual([
        `Aucune opération enregistrée pour le client ${clientId}.`,
      ]);
    });
  });

  describe('automatic persisted queries', () => {
    const BIG =
      'query Big($n: Int!) { missions(first: $n) { nodes { hostAdministration { missions(first: $n) { title } } } } }';

    it('round-trips in development: unknown hash, then text with hash, then the hash alone', async () => {
      const text = `query Apq${Date.now()} { skills { id } }`;
      const hash = sha256(text);
      expect(codes(await post(hub.gateway, { extensions: persisted(hash) }))).toEqual([
        'PERSISTED_QUERY_NOT_FOUND',
      ]);
      expect((await post(hub.gateway, { query: text, extensions: persisted(hash) })).errors).toBeUndefined();
      const again = await post(hub.gateway, { extensions: persisted(hash) });
      expect(again.errors).toBeUndefined();
      expect((again.data as { skills: unknown[] }).skills.length).toBeGreaterThan(0);
      // A hash that is not the text's is refused rather than stored.
      const wrong = await post(hub.gateway, { query: '{ skills { label } }', extensions: persisted(hash) });
      expect(codes(wrong)).toEqual(['BAD_REQUEST']);
    });

    it('is off in production: a text with its hash runs, the hash alone stays unknown', async () => {
      const text = `query ApqProd${Date.now()} { skills { id } }`;
      const hash = sha256(text);
      expect((await post(production, { query: text, extensions: persisted(hash) })).errors).toBeUndefined();
      expect(codes(await post(production, { extensions: persisted(hash) }))).toEqual([
        'PERSISTED_QUERY_NOT_FOUND',
      ]);
    });

    it('keeps the operation limits on a hash: its list sizes are measured with each request’s variables', async () => {
      const hash = sha256(BIG);
      expect(
        (await post(hub.gateway, { query: BIG, variables: { n: 1 }, extensions: persisted(hash) })).errors,
      ).toBeUndefined();
      const costly = await post(hub.gateway, { variables: { n: 100 }, extensions: persisted(hash) });
      expect(costly.status).toBe(400);
      expect(codes(costly)).toEqual(['BAD_USER_INPUT']);
      expect(costly.errors?.[0]?.extensions?.limit).toBe('maxCost');
    });
  });
});
