import { performance } from 'node:perf_hooks';
import { seedApprovals } from '@talents/approvals';
import { ApplicationStatus } from '@talents/common';
import type { DemoData } from '@talents/demo';
import type { RunningHub } from '../hub/src/hub';
import { demoAgent, demoApplication, demoData, demoMission } from '../services/approvals/test/fixtures';
import { percentile, printTable, withDemoHub, withPostgresServer } from './support';

/**
 * `npm run bench` (issue 12): the two decisions of the workflow through the gateway, as the demo's
 * manager and host personas — the manager's release (`approveApplication`) and the host's
 * acceptance (`acceptApplication`) — one caller at a time and 20 concurrent callers, side by side
 * in one run; then the SQL statements of each transition on a mission of 5 and of 50 applicants
 * (the last seat's acceptance declines all the others: the count must not grow with them).
 */
const CALLERS = 20;
const SEQUENTIAL = Number(process.env.BENCH_WORKFLOW_SEQUENTIAL ?? 100);
const CONCURRENT = Number(process.env.BENCH_WORKFLOW_CONCURRENT ?? 400);
const next = new Date().getUTCFullYear() + 1;

const APPROVE = 'mutation ($id: ID!) { approveApplication(id: $id) { id status } }';
const ACCEPT = 'mutation ($id: ID!) { acceptApplication(id: $id) { id status } }';

interface Cast {
  managerId: string;
  hostId: string;
  hostAdministrationId: string;
}

function castOf(demo: DemoData): Cast {
  const referent = demo.hostReferents?.find(({ agentId }) => !(demo.programmeAdmins ?? []).includes(agentId));
  const manager = demo.agents.find(
    (agent) =>
      demo.agents.some((report) => report.managerId === agent.id) &&
      !(demo.programmeAdmins ?? []).includes(agent.id) &&
      agent.id !== referent?.agentId,
  );
  if (!referent || !manager)
    throw new Error('les données de démonstration n’ont pas de porteur ni de manager');
  return { managerId: manager.id, hostId: referent.agentId, hostAdministrationId: referent.administrationId };
}

/**
 * Applications waiting for the manager's decision, each of its own agent (reporting to the manager
 * persona, so no budget runs out) on missions of the host persona's administration with a seat
 * for each: the runs measure decisions, not refusals.
 */
async function seedRequests(hub: RunningHub, cast: Cast, count: number, perMission = 20): Promise<string[]> {
  const missions = Array.from({ length: Math.ceil(count / perMission) }, () =>
    demoMission({
      hostAdministrationId: cast.hostAdministrationId,
      contactAgentId: cast.hostId,
      seats: perMission,
      startDate: `${next}-03-01`,
      endDate: `${next}-06-30`,
      applicationDeadline: `${next}-02-01`,
    }),
  );
  const agents = Array.from({ length: count }, () => demoAgent({ managerId: cast.managerId }));
  const applications = agents.map((agent, index) =>
    demoApplication({
      agentId: agent.id,
      missionId: missions[Math.floor(index / perMission)]!.id,
      status: ApplicationStatus.SUBMITTED,
      proposedHours: 6,
      createdAt: new Date(Date.now() - 1000 * (count - index)),
    }),
  );
  await seedApprovals(hub.subgraphs.approvals!.db, demoData({ agents, missions, applications }));
  return applications.map((application) => application.id);
}

async function decide(hub: RunningHub, cookie: string, query: string, id: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(hub.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables: { id } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`la décision a échoué : ${JSON.stringify(body.errors)}`);
  return performance.now() - start;
}

interface Run {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Every id decided once, by `callers` concurrent callers taking the next id in turn. */
async function run(
  hub: RunningHub,
  cookie: string,
  query: string,
  ids: string[],
  callers: number,
): Promise<Run> {
  const queue = [...ids];
  const samples: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) samples.push(await decide(hub, cookie, query, id));
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  samples.sort((a, b) => a - b);
  return { perSecond: ids.length / seconds, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** SQL statements per subgraph of one release and of the acceptance of the last seat, `applicants` on the mission. */
async function statementsPerTransition(
  hub: RunningHub,
  cast: Cast,
  cookies: { manager: string; host: string },
  applicants: number,
): Promise<{ release: number; accept: number }> {
  const [first, ...others] = await seedRequests(hub, cast, applicants, applicants);
  // The others wait for the host: the last seat's acceptance declines them all.
  await hub.subgraphs.approvals!.db.query(
    `UPDATE approvals.applications SET status = 'MANAGER_APPROVED' WHERE id = ANY($1::uuid[])`,
    [others],
  );
  await hub.subgraphs.approvals!.db.query(
    `UPDATE approvals.mission_projection SET seats = 1
      WHERE mission_id = (SELECT mission_id FROM approvals.applications WHERE id = $1)`,
    [first],
  );
  const approvals = hub.subgraphs.approvals!.queries;
  const before = approvals.count;
  await decide(hub, cookies.manager, APPROVE, first!);
  const released = approvals.count;
  await decide(hub, cookies.host, ACCEPT, first!);
  return { release: released - before, accept: approvals.count - released };
}

async function main(): Promise<void> {
  // Concurrent acceptances of one mission wait on its seat lock by design: their slow-statement
  // warnings would drown the figures.
  process.env.LOG_LEVEL ??= 'error';
  const { throughput, statements } = await withPostgresServer((serverUrl) =>
    withDemoHub(
      serverUrl,
      { name: 'talents_bench', size: { agents: 120, missions: 20, applications: 40 } },
      async ({ hub, demo, cookieOf }) => {
        const cast = castOf(demo);
        const cookies = { manager: await cookieOf(cast.managerId), host: await cookieOf(cast.hostId) };
        const sequential = await seedRequests(hub, cast, SEQUENTIAL);
        const concurrent = await seedRequests(hub, cast, CONCURRENT);
        const rows: Array<[string, number, Run]> = [];
        // Warm-up: the first decisions pay for plans and connections.
        await run(hub, cookies.manager, APPROVE, sequential.splice(0, 10), 1);
        rows.push(['libération', 1, await run(hub, cookies.manager, APPROVE, sequential, 1)]);
        rows.push(['libération', CALLERS, await run(hub, cookies.manager, APPROVE, concurrent, CALLERS)]);
        rows.push(['acceptation', 1, await run(hub, cookies.host, ACCEPT, sequential, 1)]);
        rows.push(['acceptation', CALLERS, await run(hub, cookies.host, ACCEPT, concurrent, CALLERS)]);
        const measured = [];
        for (const applicants of [5, 50]) {
          measured.push({ applicants, ...(await statementsPerTransition(hub, cast, cookies, applicants)) });
        }
        return { throughput: rows, statements: measured };
      },
    ),
  );

  console.log(
    `\nDécisions du circuit par la passerelle (${SEQUENTIAL - 10} une à une, ${CONCURRENT} par ${CALLERS} appelants simultanés) :\n`,
  );
  const single = new Map(throughput.filter(([, callers]) => callers === 1).map(([what, , r]) => [what, r]));
  printTable(
    ['décision', 'appelants', 'décisions/s', 'p50 ms', 'p99 ms', `× 1 appelant`],
    throughput.map(([what, callers, r]) => [
      what,
      String(callers),
      r.perSecond.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      (r.perSecond / single.get(what)!.perSecond).toFixed(2),
    ]),
  );
  console.log('\nRequêtes SQL d’approvals par transition, selon le nombre de candidats de la mission :\n');
  printTable(
    ['candidats', 'libération', 'acceptation de la dernière place'],
    statements.map((row) => [String(row.applicants), String(row.release), String(row.accept)]),
  );
  console.log(
    '\nL’acceptation de la dernière place décline tous les autres candidats (MISSION_FILLED) : ' +
      'son nombre de requêtes ne dépend pas de leur nombre.',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
