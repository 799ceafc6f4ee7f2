import { apply, publishedMission, type Suite } from './approval-deadlines';

/**
 * What the outcome suites share: a plain agent of the demo applies to a new mission of the host
 * persona, their manager releases the time and the host accepts — the agreement exists.
 */
export async function acceptedApplication(suite: Suite, agentIndex: number, title: string) {
  const agent = suite.people.plainAgents[agentIndex]!;
  const missionId = await publishedMission(suite, title);
  const application = await apply(suite, agent.id, missionId);
  const approve = 'mutation ($id: ID!) { approveApplication(id: $id) { id } }';
  expect((await suite.hub.queryAs(agent.managerId!, approve, { id: application.id })).errors).toBeUndefined();
  const accepted = await suite.as<{ acceptApplication: { id: string; agreement: { id: string } | null } }>(
    'host',
    'mutation ($id: ID!) { acceptApplication(id: $id) { id agreement { id } } }',
    { id: application.id },
  );
  expect(accepted.errors).toBeUndefined();
  return {
    agent,
    missionId,
    applicationId: application.id,
    agreementId: accepted.data!.acceptApplication.agreement!.id,
  };
}
