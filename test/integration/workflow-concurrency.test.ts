import { randomUUID } from 'node:crypto';
import { seedApprovals } from '@talents/approvals';
import { ApplicationStatus } from '@talents/common';
import { demoAgent, demoApplication, demoData, demoMission } from '../../services/approvals/test/fixtures';
import { useIntegrityHub } from '../support/integrity';

/**
 * Issue 12's acceptance figures, through the gateway as the host persona: with 2 seats and 20
 * concurrent acceptances exactly 2 succeed, and of two concurrent acceptances that together exceed
 * an agent's budget exactly one does — each 20 runs in a row. The released applications are
 * written straight into approvals (as its seed does), so that each run costs only the races.
 */
describe('seats and budgets under concurrent acceptances, through the gateway (issue 12)', () => {
  // The 20 acceptances queue on the mission's row one after the other: on a slow machine the last
  // waits longer than the production bounds at the edge and in SQL, which this test is not about.
  const PATIENT: Record<string, string> = {
    GATEWAY_QUEUE_TIMEOUT_MS: '60000',
    DB_STATEMENT_TIMEOUT_MS: '60000',
    SUBGRAPH_TIMEOUT_MS: '60000',
  };
  const saved = Object.fromEntries(Object.keys(PATIENT).map((name) => [name, process.env[name]]));
  beforeAll(() => {
    Object.assign(process.env, PATIENT);
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const suite = useIntegrityHub();
  const RUNS = 20;
  const year = new Date().getUTCFullYear() + 1;
  const ACCEPT = 'mutation ($id: ID!) { acceptApplication(id: $id) { id status } }';

  type Accepted = { acceptApplication: { id: string; status: string } | null };

  /** One mission of the host persona's administration, next year, and released applications to it. */
  async function released(seats: number, applications: Array<{ agentId: string; hours: number }>, start = 3) {
    const mission = demoMission({
      hostAdministrationId: suite.hosting().administrationId,
      seats,
      startDate: `${year}-0${start}-01`,
      endDate: `${year}-0${start}-28`,
      applicationDeadline: `${year}-01-15`,
    });
    const agents = [...new Set(applications.map((application) => application.agentId))].map((id) =>
      demoAgent({ id, managerId: randomUUID() }),
    );
    const rows = applications.map((application) =>
      demoApplication({
        agentId: application.agentId,
        missionId: mission.id,
        proposedHours: application.hours,
        status: ApplicationStatus.MANAGER_APPROVED,
      }),
    );
    await seedApprovals(
      suite.hub.subgraphs.approvals!.db,
      demoData({ agents, missions: [mission], applications: rows }),
    );
    return { missionId: mission.id, ids: rows.map((application) => application.id) };
  }

  it(`2 seats, 20 concurrent accepts: exactly 2 succeed, the rest CONFLICT in French (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const { missionId, ids } = await released(
        2,
        Array.from({ length: 20 }, () => ({ agentId: randomUUID(), hours: 5 })),
      );
      const responses = await Promise.all(ids.map((id) => suite.as<Accepted>('host', ACCEPT, { id })));
      const accepted = responses.filter(
        (response) => response.data?.acceptApplication?.status === 'ACCEPTED',
      );
      expect(accepted).toHaveLength(2);
      for (const response of responses.filter((candidate) => candidate.errors)) {
        expect(response.errors).toHaveLength(1);
        expect(response.errors![0]!.extensions?.code).toBe('CONFLICT');
        expect(response.errors![0]!.message).toMatch(
          /Plus aucune place n’est libre sur cette mission|elle est déclinée par le porteur/,
        );
      }
      const [held] = (await suite.hub.subgraphs.approvals!.db.query(
        `SELECT count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
                count(*) FILTER (WHERE reason = 'MISSION_FILLED')::int AS declined
           FROM approvals.applications WHERE mission_id = $1`,
        [missionId],
      )) as Array<{ accepted: number; declined: number }>;
      expect(held).toEqual({ accepted: 2, declined: 18 });
    }
  }, 180_000);

  it(`two concurrent acceptances over the agent's budget: exactly one succeeds (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const agentId = randomUUID();
      // 40 h + 40 h against the default 70 h, in two missions of the same year.
      const one = await released(1, [{ agentId, hours: 40 }], 3);
      const other = await released(1, [{ agentId, hours: 40 }], 4);
      const responses = await Promise.all([
        suite.as<Accepted>('host', ACCEPT, { id: one.ids[0] }),
        suite.as<Accepted>('host', ACCEPT, { id: other.ids[0] }),
      ]);
      expect(
        responses.filter((response) => response.data?.acceptApplication?.status === 'ACCEPTED'),
      ).toHaveLength(1);
      const refused = responses.find((response) => response.errors)!;
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'budget', year });
      expect(refused.errors![0]!.message).toMatch(/Le budget annuel de temps de l’agent/);
      const [committed] = (await suite.hub.subgraphs.approvals!.db.query(
        'SELECT coalesce(sum(hours), 0)::int AS hours FROM approvals.hour_commitments WHERE agent_id = $1',
        [agentId],
      )) as Array<{ hours: number }>;
      expect(committed!.hours).toBe(40);
    }
  }, 180_000);
});
