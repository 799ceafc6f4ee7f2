import { setApprovalsClock } from '@talents/approvals';
import { todayInParis } from '@talents/common';
import { parisMorning } from '../support/approval-deadlines';
import { eventually } from '../support/eventually';
import { useIntegrityHub } from '../support/integrity';
import { nextYear } from '../support/mission-input';
import { acceptedApplication } from '../support/outcomes';
import { ministryOfIn, wholeDemoPeriod } from '../support/programme-numbers';
import { readPdf } from '../support/pdf-text';

/**
 * Issue 13's acceptance as one journey through the gateway, each step by the person who takes it:
 * acceptance → agreement v1 → acknowledged by the three parties → a change → v2, acknowledged again
 * → the host records the hours → the agent confirms → the host endorses a skill, visible on the
 * agent's profile → the credit entries → the programme's numbers move by exactly this mission.
 * The refused paths of each step are in the outcomes-* suites beside this one.
 */
describe('from acceptance to the programme’s numbers (issue 13)', () => {
  const suite = useIntegrityHub({ background: false });
  const ministryOf = ministryOfIn(suite.demo);
  afterAll(() => setApprovalsClock(null));

  const NUMBERS = `query ($filter: ProgrammeNumbersFilter) { statsProgrammeNumbers(filter: $filter) {
    applicationFunnel { applied released accepted completed }
    hoursByMinistry { ministry { id } hoursGiven hoursReceived }
  } }`;
  interface Numbers {
    statsProgrammeNumbers: {
      applicationFunnel: Record<'applied' | 'released' | 'accepted' | 'completed', number>;
      hoursByMinistry: Array<{ ministry: { id: string }; hoursGiven: number; hoursReceived: number }>;
    };
  }
  const ACKNOWLEDGE = `mutation ($id: ID!, $version: Int!) {
    acknowledgeAgreement(id: $id, version: $version) { version acknowledgedByAll }
  }`;

  it('walks every step, each person acting for themself, and ends in the numbers', async () => {
    const period = wholeDemoPeriod(todayInParis());
    // Hours are credited to the years of the mission (next year): the period must cover them.
    const filter = { from: period.from, to: period.to };
    const numbers = async () => {
      const response = await suite.as<Numbers>('admin', NUMBERS, { filter });
      expect(response.errors).toBeUndefined();
      return response.data!.statsProgrammeNumbers;
    };
    const before = await numbers();

    // Acceptance → agreement v1, acknowledged by the agent, the manager who released, the host.
    const journey = await acceptedApplication(suite, 5, 'Parcours complet : refonte d’un formulaire');
    const { agent, applicationId, agreementId } = journey;
    const acknowledgeAll = async (version: number) => {
      const byAgent = await suite.hub.queryAs(agent.id, ACKNOWLEDGE, { id: agreementId, version });
      const byManager = await suite.hub.queryAs(agent.managerId!, ACKNOWLEDGE, { id: agreementId, version });
      const byHost = await suite.as<{ acknowledgeAgreement: { acknowledgedByAll: boolean } }>(
        'host',
        ACKNOWLEDGE,
        { id: agreementId, version },
      );
      expect([byAgent.errors, byManager.errors, byHost.errors]).toEqual([undefined, undefined, undefined]);
      expect(byHost.data!.acknowledgeAgreement.acknowledgedByAll).toBe(true);
    };
    await acknowledgeAll(1);

    // A change of hours → v2, which the three parties acknowledge again.
    const amended = await suite.as<{ amendAgreement: { version: number; hours: number } }>(
      'host',
      `mutation ($id: ID!, $input: AgreementAmendmentInput!, $expectedVersion: Int!) {
        amendAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { version hours } }`,
      { id: agreementId, input: { hours: 8 }, expectedVersion: 1 },
    );
    expect(amended.data?.amendAgreement).toEqual({ version: 2, hours: 8 });
    await acknowledgeAll(2);

    // The PDF shows the version in force.
    const pdf = await fetch(
      `${new URL(suite.hub.gateway.graphqlUrl).origin}/documents/conventions/${agreementId}.pdf`,
      {
        headers: { cookie: await suite.hub.sessionCookie(agent.id) },
      },
    );
    expect(pdf.status).toBe(200);
    expect((await readPdf(Buffer.from(await pdf.arrayBuffer()))).text).toMatch(/8\s*heures/);

    // After the mission's end: the host records the hours, the agent confirms.
    setApprovalsClock(() => parisMorning(nextYear(6, 2)));
    const recorded = await suite.as<{ recordCompletion: { status: string } }>(
      'host',
      'mutation ($id: ID!) { recordCompletion(id: $id, hoursSpent: 9) { status } }',
      { id: applicationId },
    );
    expect(recorded.data?.recordCompletion.status).toBe('COMPLETED');
    const confirmed = await suite.hub.queryAs<{ respondToCompletion: { agentResponse: string } }>(
      agent.id,
      'mutation ($id: ID!) { respondToCompletion(id: $id, confirmed: true) { agentResponse } }',
      { id: applicationId },
    );
    expect(confirmed.data?.respondToCompletion.agentResponse).toBe('CONFIRMED');

    // The host endorses a skill the agent showed; the agent's profile shows it, for this mission.
    const skillId = agent.skills[0]?.skillId ?? suite.demo.skills[0]!.id;
    const endorsed = await suite.as(
      'host',
      'mutation ($id: ID!, $skillIds: [ID!]!) { endorseSkills(id: $id, skillIds: $skillIds) { hoursSpent } }',
      {
        id: applicationId,
        skillIds: [skillId],
      },
    );
    expect(endorsed.errors).toBeUndefined();
    const profile = await eventually(
      () =>
        suite.hub.queryAs<{
          me: {
            skills: Array<{ skill: { id: string }; endorsements: Array<{ mission: { id: string } | null }> }>;
            undeclaredEndorsedSkills: Array<{
              skill: { id: string };
              endorsements: Array<{ mission: { id: string } | null }>;
            }>;
          };
        }>(
          agent.id,
          `{ me { skills { skill { id } endorsements { mission { id } } }
                 undeclaredEndorsedSkills { skill { id } endorsements { mission { id } } } } }`,
        ),
      (response) =>
        [...(response.data?.me.skills ?? []), ...(response.data?.me.undeclaredEndorsedSkills ?? [])].some(
          (skill) => skill.skill.id === skillId && skill.endorsements.length > 0,
        ),
    );
    const shown = [...profile.data!.me.skills, ...profile.data!.me.undeclaredEndorsedSkills].find(
      (skill) => skill.skill.id === skillId,
    )!;
    expect(shown.endorsements.map((endorsement) => endorsement.mission?.id)).toContain(journey.missionId);

    // The credit: 9 hours given by the agent's administration, received by the host's.
    const ledger = (await suite.hub.subgraphs.approvals!.db.query(
      `SELECT giver_administration_id AS giver, receiver_administration_id AS receiver, sum(hours)::int AS hours
         FROM approvals.credit_ledger WHERE application_id = $1 GROUP BY 1, 2`,
      [applicationId],
    )) as Array<{ giver: string; receiver: string; hours: number }>;
    const hostAdministration = suite.hosting().administrationId;
    expect(ledger).toEqual([{ giver: agent.administrationId, receiver: hostAdministration, hours: 9 }]);

    // The numbers: one more application at every step, 9 more hours each side (in the ministries).
    const after = await numbers();
    expect(after.applicationFunnel).toEqual({
      applied: before.applicationFunnel.applied + 1,
      released: before.applicationFunnel.released + 1,
      accepted: before.applicationFunnel.accepted + 1,
      completed: before.applicationFunnel.completed + 1,
    });
    const hoursOf = (rows: Numbers['statsProgrammeNumbers']['hoursByMinistry'], ministryId: string) =>
      rows.find((row) => row.ministry.id === ministryId) ?? { hoursGiven: 0, hoursReceived: 0 };
    const giver = ministryOf(agent.administrationId);
    const receiver = ministryOf(hostAdministration);
    expect(hoursOf(after.hoursByMinistry, giver).hoursGiven).toBe(
      hoursOf(before.hoursByMinistry, giver).hoursGiven + 9,
    );
    expect(hoursOf(after.hoursByMinistry, receiver).hoursReceived).toBe(
      hoursOf(before.hoursByMinistry, receiver).hoursReceived + 9,
    );
  });
});
