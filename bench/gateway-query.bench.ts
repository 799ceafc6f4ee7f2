import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { agentViewer, claimsOfViewer, Role, signInternalClaims } from '@talents/common';
import { generateDemoData } from '@talents/demo';
import { SESSION_COOKIE, signSession, type SigningKeys } from '@talents/gateway';
import { startHub } from '../hub/src/hub';
import { createScratchDatabase } from '../hub/src/scratch-database';
import { printMixedLoad, runMixedLoad } from './mixed-load.bench';
import { FOUNDATION_MISSION } from '../test/support/foundation-query';
import { percentile, printTable, withPostgresServer } from './support';

/**
 * `npm run bench`: the cross-subgraph query of the foundation issue through the gateway, at 10,
 * 100 and 1,000 missions, next to the missions-only part of it sent straight to the subgraph;
 * then the mixed read load at 10, 50 and 200 connections, with and without the edge bound
 * (bench/mixed-load.bench.ts). Everything is measured in one run, on one machine, so the ratios
 * compare like with like.
 */
const GATEWAY_QUERY = /* GraphQL */ `
  {
    missions(first: 50) {
      nodes {
        ...foundationMission
      }
    }
  }
  ${FOUNDATION_MISSION}
`;
/** What the missions subgraph alone can answer of the same query. */
const SUBGRAPH_QUERY = /* GraphQL */ `
  {
    missions(first: 50) {
      nodes {
        title
        hostAdministration {
          id
        }
        contact {
          id
        }
        requiredSkills {
          skill {
            id
          }
          minLevel
        }
        seats
      }
    }
  }
`;

const SIZES = [10, 100, 1000];
const WARMUP = 20;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

/** Who asks: a browser session at the gateway, or a token signed like the gateway's for a subgraph. */
type Credentials = () => Promise<Record<string, string>>;

async function post(url: string, query: string, credentials: Credentials): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await credentials()) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`la requête a échoué : ${JSON.stringify(body.errors)}`);
}

async function latencies(url: string, query: string, credentials: Credentials): Promise<number[]> {
  for (let i = 0; i < WARMUP; i += 1) await post(url, query, credentials);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    await post(url, query, credentials);
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

const ms = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  const rows: string[][] = [];
  const mixed = await withPostgresServer(async (serverUrl) => {
    for (const missions of SIZES) {
      const database = await createScratchDatabase(serverUrl, 'talents_bench');
      const demo = generateDemoData({ size: { agents: 300, missions, applications: missions * 2 } });
      const sessionSecret = randomBytes(32);
      const hub = await startHub({ databaseUrl: database.url, port: 0, demo, sessionSecret });
      // The programme team sees every mission and application: the full join, as in the issue.
      const adminId = demo.programmeAdmins?.[0];
      if (!adminId) throw new Error('les données de démonstration n’ont pas d’administrateur du programme');
      const session = `${SESSION_COOKIE}=${await signSession(sessionSecret, adminId)}`;
      const viaSession: Credentials = async () => ({ cookie: session });
      // Signed per request, as the gateway does: the signature is part of the cost compared.
      const viaToken =
        (keys: SigningKeys): Credentials =>
        async () => ({
          authorization: `Bearer ${await signInternalClaims(
            keys.current,
            claimsOfViewer(agentViewer(adminId, { roles: [Role.AGENT, Role.ADMIN] })),
          )}`,
        });
      try {
        const counters = hub.subgraphs;
        const before = Object.fromEntries(
          Object.entries(counters).map(([name, s]) => [name, s.queries.count]),
        );
        await post(hub.gateway.graphqlUrl, GATEWAY_QUERY, viaSession);
        const statements = Object.fromEntries(
          Object.entries(counters).map(([name, s]) => [name, s.queries.count - (before[name] ?? 0)]),
        );
        const viaGateway = await latencies(hub.gateway.graphqlUrl, GATEWAY_QUERY, viaSession);
        const direct = await latencies(hub.subgraphs.missions?.url ?? '', SUBGRAPH_QUERY, viaToken(hub.keys));
        rows.push([
          String(missions),
          ms(percentile(viaGateway, 50)),
          ms(percentile(viaGateway, 99)),
          ms(percentile(direct, 50)),
          ms(percentile(direct, 99)),
          (percentile(viaGateway, 50) / percentile(direct, 50)).toFixed(2),
          String(statements.profiles),
          String(statements.missions),
          String(statements.approvals),
        ]);
      } finally {
        await hub.stop();
        await database.drop();
      }
    }
    return runMixedLoad(serverUrl);
  });
  const header = [
    'missions',
    'gateway p50 ms',
    'gateway p99 ms',
    'missions p50 ms',
    'missions p99 ms',
    'ratio p50',
    'SQL profiles',
    'SQL missions',
    'SQL approvals',
  ];
  console.log(
    `\nRequête croisée (first: 50), ${ITERATIONS} mesures après ${WARMUP} de chauffe, séquentielles :\n`,
  );
  printTable(header, rows);
  console.log(
    '\n« ratio p50 » : latence médiane par la passerelle (trois sous-graphes) / partie locale envoyée ' +
      'directement au sous-graphe missions. « SQL » : requêtes SQL par sous-graphe pour une requête.',
  );
  printMixedLoad(mixed);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
