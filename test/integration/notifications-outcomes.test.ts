import { setApprovalsClock } from '@talents/approvals';
import { parisMorning } from '../support/approval-deadlines';
import { eventually } from '../support/eventually';
import { useIntegrityHub } from '../support/integrity';
import { nextYear } from '../support/mission-input';
import { acceptedApplication } from '../support/outcomes';

/**
 * After the acceptance, the loop closes with the parties told what they must do next, through the
 * gateway: a new version of the agreement is announced to the agent and to the manager who released
 * the time (not to the host who made it), in the amendment's own transaction; the hours the host
 * records are announced to the agent, who must confirm them. Each links to the agreement's page.
 */
describe('notifications of the agreement and of the completion', () => {
  const suite = useIntegrityHub();
  afterAll(() => setApprovalsClock(null));

  interface Received {
    kind: string;
    text: string;
    link: string;
  }
  const NOTIFICATIONS = `query { me { notifications(first: 50) { nodes { kind text link } } } }`;
  const received = async (agentId: string, kind: string): Promise<Received[]> =>
    (
      await suite.hub.queryAs<{ me: { notifications: { nodes: Received[] } } }>(agentId, NOTIFICATIONS)
    ).data!.me.notifications.nodes.filter((notification) => notification.kind === kind);
  const AMEND = `mutation ($id: ID!, $input: AgreementAmendmentInput!, $expectedVersion: Int!) {
    amendAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { version }
  }`;

  it('tells the agent and their manager of a new version to acknowledge, never its author', async () => {
    const { agent, applicationId, agreementId } = await acceptedApplication(
      suite,
      60,
      'Refonte des formulaires d’une démarche',
    );
    const amended = await suite.as('host', AMEND, {
      id: agreementId,
      input: { hours: 5, startDate: nextYear(3, 1), endDate: nextYear(4, 30) },
      expectedVersion: 1,
    });
    expect(amended.errors).toBeUndefined();
    const link = `/candidatures/${applicationId}/convention`;
    const [year] = nextYear(3, 1).split('-');
    expect(await received(agent.id, 'AGREEMENT_AMENDED')).toEqual([
      {
        kind: 'AGREEMENT_AMENDED',
        text: `La convention de votre mission passe en version 2 (5 h, du 01/03/${year} au 30/04/${year}) : prenez-en connaissance et validez-la.`,
        link,
      },
    ]);
    expect(await received(agent.managerId!, 'AGREEMENT_AMENDED')).toEqual([
      expect.objectContaining({
        text: expect.stringMatching(/^La convention de mission d’un agent dont vous avez libéré le temps/),
        link,
      }),
    ]);
    expect(await received(suite.people.host.id, 'AGREEMENT_AMENDED')).toEqual([]);

    // A refused amendment (a stale version) writes none.
    await suite.as('host', AMEND, { id: agreementId, input: { hours: 4 }, expectedVersion: 1 });
    expect(await received(agent.id, 'AGREEMENT_AMENDED')).toHaveLength(1);
  });

  it('asks the agent to confirm the hours the host recorded, once the mission is over', async () => {
    const { agent, applicationId } = await acceptedApplication(
      suite,
      61,
      'Audit de sécurité d’un téléservice',
    );
    setApprovalsClock(() => parisMorning(nextYear(6, 2)));
    const recorded = await suite.as(
      'host',
      'mutation ($id: ID!) { recordCompletion(id: $id, hoursSpent: 6) { status } }',
      { id: applicationId },
    );
    expect(recorded.errors).toBeUndefined();
    // Written by the consumer of `application.changed`, after the recording's commit.
    expect(
      await eventually(
        () => received(agent.id, 'COMPLETION_RECORDED'),
        (notifications) => notifications.length > 0,
      ),
    ).toEqual([
      {
        kind: 'COMPLETION_RECORDED',
        text: 'Le porteur a enregistré les heures réalisées sur votre mission : confirmez-les, ou dites ce qui ne va pas.',
        link: `/candidatures/${applicationId}/convention`,
      },
    ]);
  });
});
