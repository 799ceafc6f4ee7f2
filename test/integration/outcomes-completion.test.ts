import { setApprovalsClock } from '@talents/approvals';
import { parisMorning } from '../support/approval-deadlines';
import { errorCodes } from '../support/errors';
import type { GraphQLResponse } from '../support/graphql';
import { useIntegrityHub } from '../support/integrity';
import { nextYear } from '../support/mission-input';
import { acceptedApplication } from '../support/outcomes';
import { readPdf } from '../support/pdf-text';

/**
 * Issue 13 item 2 through the gateway, as the demo's personas: after the mission's end (the
 * approvals clock, moved by the test) the host records the hours spent, within the agreed hours
 * plus the tolerance; the agent confirms or disputes; each side gives its feedback once; the
 * confirmed hours give the agent an attestation PDF. Every refused path has its code and field.
 */
describe('completion, feedback and the attestation (issue 13 item 2)', () => {
  const suite = useIntegrityHub({ background: false });
  const { people } = suite;
  const year = new Date().getUTCFullYear() + 1;
  afterAll(() => setApprovalsClock(null));

  const RECORD = `mutation ($id: ID!, $hours: Int!) {
    recordCompletion(id: $id, hoursSpent: $hours) { id status completion { hoursSpent agentResponse recordedBy { id } } }
  }`;
  const RESPOND = `mutation ($id: ID!, $confirmed: Boolean!, $comment: String) {
    respondToCompletion(id: $id, confirmed: $confirmed, comment: $comment) { agentResponse agentComment certificateUrl }
  }`;
  const FEEDBACK = `mutation ($id: ID!, $rating: Int!, $text: String) {
    giveMissionFeedback(id: $id, rating: $rating, text: $text) { feedback { side rating text author { id } } }
  }`;

  function expectRefusal(
    response: GraphQLResponse<unknown>,
    code: string,
    field: string,
    message?: RegExp,
  ): void {
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors![0]!.extensions?.field).toBe(field);
    if (message) expect(response.errors![0]!.message).toMatch(message);
  }

  async function committed(agentId: string): Promise<number> {
    const budget = await suite.hub.queryAs<{ me: { timeBudget: { committedHours: number } } }>(
      agentId,
      'query ($year: Int!) { me { timeBudget(year: $year) { committedHours } } }',
      { year },
    );
    return budget.data!.me.timeBudget.committedHours;
  }

  it('records the hours after the end, has them confirmed, collects feedback and issues the attestation', async () => {
    const { agent, applicationId } = await acceptedApplication(
      suite,
      50,
      'Audit des parcours d’une démarche',
    );
    const id = applicationId;
    const before = await committed(agent.id);

    // Before the mission's end: too early.
    setApprovalsClock(() => parisMorning(nextYear(5, 31)));
    expectRefusal(await suite.as('host', RECORD, { id, hours: 6 }), 'CONFLICT', 'id', /se termine le 31\/05/);

    setApprovalsClock(() => parisMorning(nextYear(6, 2)));
    // Only the host records; hours from 1 to the agreed 6 h plus 20 % (8 h).
    expectRefusal(await suite.hub.queryAs(agent.id, RECORD, { id, hours: 6 }), 'FORBIDDEN', 'id');
    expectRefusal(await suite.as('host', RECORD, { id, hours: 0 }), 'BAD_USER_INPUT', 'hoursSpent');
    expectRefusal(
      await suite.as('host', RECORD, { id, hours: 9 }),
      'BAD_USER_INPUT',
      'hoursSpent',
      /de 1 à 8/,
    );
    const recorded = await suite.as<{
      recordCompletion: { status: string; completion: { hoursSpent: number; agentResponse: string } };
    }>('host', RECORD, { id, hours: 8 });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordCompletion).toMatchObject({
      status: 'COMPLETED',
      completion: { hoursSpent: 8, agentResponse: 'PENDING', recordedBy: { id: people.host.id } },
    });
    // The budget holds the hours spent now, not the hours agreed.
    expect(await committed(agent.id)).toBe(before + 2);
    expectRefusal(await suite.as('host', RECORD, { id, hours: 7 }), 'CONFLICT', 'id');

    // No attestation before the agent confirms.
    const certificate = `${suite.hub.gateway.url}/documents/attestations/${id}.pdf`;
    const cookie = await suite.hub.sessionCookie(agent.id);
    expect((await fetch(certificate, { headers: { cookie } })).status).toBe(409);

    // Only the agent answers; disputing needs a comment; once.
    expectRefusal(await suite.as('host', RESPOND, { id, confirmed: true }), 'FORBIDDEN', 'id');
    expectRefusal(
      await suite.hub.queryAs(agent.id, RESPOND, { id, confirmed: false }),
      'BAD_USER_INPUT',
      'comment',
    );
    const confirmed = await suite.hub.queryAs<{
      respondToCompletion: { agentResponse: string; certificateUrl: string };
    }>(agent.id, RESPOND, { id, confirmed: true });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.respondToCompletion).toEqual({
      agentResponse: 'CONFIRMED',
      agentComment: null,
      certificateUrl: `/documents/attestations/${id}.pdf`,
    });
    expectRefusal(
      await suite.hub.queryAs(agent.id, RESPOND, { id, confirmed: false, comment: 'Non' }),
      'CONFLICT',
      'id',
    );

    // The attestation, for the agent (and those who may read the application), not for others.
    const response = await fetch(certificate, { headers: { cookie } });
    expect(response.status).toBe(200);
    const read = await readPdf(Buffer.from(await response.arrayBuffer()));
    const { info } = read;
    // Lines wrap where the page ends: compare the words.
    const text = read.text.replace(/\s+/g, ' ');
    expect(info).toMatchObject({ Language: 'fr-FR', Title: 'Attestation de réalisation de mission' });
    expect(text).toContain(`${agent.firstName} ${agent.lastName.toLocaleUpperCase('fr')}`);
    expect(text).toContain('a réalisé 8 heures de mission sur « Audit des parcours d’une démarche »');
    expect(text).toContain(`du 01/03/${year} au 31/05/${year}`);
    const stranger = await suite.hub.sessionCookie(people.plainAgents[55]!.id);
    expect((await fetch(certificate, { headers: { cookie: stranger } })).status).toBe(404);

    // Feedback: once per side, a rating from 1 to 5, the manager is no side.
    expectRefusal(await suite.hub.queryAs(agent.id, FEEDBACK, { id, rating: 6 }), 'BAD_USER_INPUT', 'rating');
    expect(
      (await suite.hub.queryAs(agent.id, FEEDBACK, { id, rating: 5, text: 'Accueil très préparé.' })).errors,
    ).toBeUndefined();
    expectRefusal(await suite.hub.queryAs(agent.id, FEEDBACK, { id, rating: 4 }), 'CONFLICT', 'id');
    expectRefusal(await suite.hub.queryAs(agent.managerId!, FEEDBACK, { id, rating: 4 }), 'FORBIDDEN', 'id');
    const host = await suite.as<{
      giveMissionFeedback: { feedback: Array<{ side: string; rating: number }> };
    }>('host', FEEDBACK, { id, rating: 4, text: 'Contribution précieuse sur les tests utilisateurs.' });
    expect(host.errors).toBeUndefined();
    expect(host.data!.giveMissionFeedback.feedback).toEqual([
      { side: 'AGENT', rating: 5, text: 'Accueil très préparé.', author: { id: agent.id } },
      {
        side: 'HOST',
        rating: 4,
        text: 'Contribution précieuse sur les tests utilisateurs.',
        author: { id: people.host.id },
      },
    ]);
    // The agent's RGPD export carries the agreement and the completion, naming nobody else.
    const exported = await suite.hub.queryAs<{
      me: { approvalsData: { applications: unknown[]; agreements: unknown[]; completions: unknown[] } };
    }>(agent.id, '{ me { approvalsData } }');
    const data = exported.data!.me.approvalsData;
    // The hours the manager released, the budget override and the deadline are the agent's data too.
    const exportedApplication = data.applications.find(
      (application) => (application as { id?: string }).id === id,
    );
    expect(Object.keys(exportedApplication as object)).toEqual(
      expect.arrayContaining(['approvedHours', 'beyondBudget', 'deadline']),
    );
    expect(data.agreements).toContainEqual(
      expect.objectContaining({
        applicationId: id,
        versions: [expect.objectContaining({ version: 1, hours: 6 })],
      }),
    );
    expect(data.completions).toContainEqual(
      expect.objectContaining({ applicationId: id, hoursSpent: 8, agentResponse: 'CONFIRMED' }),
    );
    expect(JSON.stringify(data)).not.toContain(people.host.id);
    expect(JSON.stringify(data)).not.toContain(agent.managerId!);
    const audit = (await suite.hub.subgraphs.approvals!.db.query(
      `SELECT action FROM approvals.audit_log WHERE entity_id = $1 AND action LIKE 'completion.%' OR
         (entity_id = $1 AND action = 'application.complete') ORDER BY at`,
      [id],
    )) as Array<{ action: string }>;
    expect(audit.map((row) => row.action)).toEqual([
      'application.complete',
      'completion.confirm',
      'completion.feedback',
      'completion.feedback',
    ]);
  });

  it('lets the agent dispute the hours with a comment; no attestation then', async () => {
    const { agent, applicationId: id } = await acceptedApplication(
      suite,
      51,
      'Atelier de co-conception d’un service',
    );
    setApprovalsClock(() => parisMorning(nextYear(6, 3)));
    expect((await suite.as('host', RECORD, { id, hours: 3 })).errors).toBeUndefined();
    const disputed = await suite.hub.queryAs<{
      respondToCompletion: { agentResponse: string; agentComment: string };
    }>(agent.id, RESPOND, { id, confirmed: false, comment: 'J’ai fait six heures, pas trois.' });
    expect(disputed.data!.respondToCompletion).toMatchObject({
      agentResponse: 'DISPUTED',
      agentComment: 'J’ai fait six heures, pas trois.',
      certificateUrl: null,
    });
    const cookie = await suite.hub.sessionCookie(agent.id);
    expect(
      (await fetch(`${suite.hub.gateway.url}/documents/attestations/${id}.pdf`, { headers: { cookie } }))
        .status,
    ).toBe(409);
  });
});
