import { errorCodes } from '../support/errors';
import { postGraphQL, type GraphQLResponse } from '../support/graphql';
import { useIntegrityHub } from '../support/integrity';
import { acceptedApplication as acceptedFor } from '../support/outcomes';
import { readPdf } from '../support/pdf-text';

/**
 * Issue 13 item 1 through the gateway, as the demo's personas: the host's acceptance creates the
 * mission agreement (version 1, the three parties named by profiles and missions), each party
 * acknowledges it, a change of hours by the host makes version 2 that must be acknowledged again
 * (and moves the agent's committed hours); every refused path answers its code and field.
 */
describe('the mission agreement (issue 13 item 1)', () => {
  const suite = useIntegrityHub();
  const { people } = suite;
  const year = new Date().getUTCFullYear() + 1;

  const AGREEMENT_FIELDS = `id version hours startDate endDate documentUrl acknowledgedByAll myParties
    mission { id title }
    agent { id lastName }
    homeAdministration { id name }
    releasedBy { id }
    hostAdministration { id name }
    hostContact { id }
    clauses { title text }
    acknowledgements { party agent { id } acknowledgedAt }`;

  interface AgreementView {
    id: string;
    version: number;
    hours: number;
    startDate: string | null;
    endDate: string | null;
    documentUrl: string;
    acknowledgedByAll: boolean;
    myParties: string[];
    mission: { id: string; title: string };
    agent: { id: string; lastName: string };
    homeAdministration: { id: string; name: string } | null;
    releasedBy: { id: string } | null;
    hostAdministration: { id: string; name: string } | null;
    hostContact: { id: string } | null;
    clauses: Array<{ title: string; text: string }>;
    acknowledgements: Array<{ party: string; agent: { id: string } }>;
  }

  const READ = `query ($id: ID!) { agreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
  const ACKNOWLEDGE = `mutation ($id: ID!, $version: Int!) {
    acknowledgeAgreement(id: $id, version: $version) { version acknowledgedByAll acknowledgements { party agent { id } } }
  }`;
  const AMEND = `mutation ($id: ID!, $input: AgreementAmendmentInput!, $expectedVersion: Int!) {
    amendAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { version hours acknowledgedByAll acknowledgements { party } }
  }`;

  const acceptedApplication = (offset: number, title: string) => acceptedFor(suite, 30 + offset, title);

  function expectRefusal(response: GraphQLResponse<unknown>, code: string, field?: string): void {
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0]!.extensions?.field).toBe(field);
  }

  it('is created by the acceptance, with the three parties, the hours and the period', async () => {
    const { agent, missionId, applicationId, agreementId } = await acceptedApplication(
      0,
      'Refonte de l’espace usager d’un téléservice',
    );
    const read = await suite.hub.queryAs<{ agreement: AgreementView }>(agent.id, READ, { id: agreementId });
    expect(read.errors).toBeUndefined();
    const agreement = read.data!.agreement;
    const hostAdministrationId = people.hostOf.get(people.host.id)![0]!;
    expect(agreement).toMatchObject({
      version: 1,
      hours: 6,
      startDate: `${year}-03-01`,
      endDate: `${year}-05-31`,
      documentUrl: `/documents/conventions/${agreementId}.pdf`,
      acknowledgedByAll: false,
      myParties: ['AGENT'],
      mission: { id: missionId, title: 'Refonte de l’espace usager d’un téléservice' },
      agent: { id: agent.id, lastName: agent.lastName },
      homeAdministration: { id: agent.administrationId },
      releasedBy: { id: agent.managerId },
      hostAdministration: { id: hostAdministrationId },
      hostContact: { id: people.host.id },
      acknowledgements: [],
    });
    expect(agreement.homeAdministration!.name.length).toBeGreaterThan(0);
    expect(agreement.hostAdministration!.name.length).toBeGreaterThan(0);
    expect(agreement.clauses.map((clause) => clause.title)).toEqual(
      expect.arrayContaining([
        'Situation de l’agent',
        'Confidentialité',
        'Propriété intellectuelle',
        'Frais',
      ]),
    );
    // The application leads to it, for its parties.
    const viaApplication = await suite.as<{
      application: { agreement: { id: string; myParties: string[] } };
    }>('host', 'query ($id: ID!) { application(id: $id) { agreement { id myParties } } }', {
      id: applicationId,
    });
    expect(viaApplication.errors).toBeUndefined();
    expect(viaApplication.data!.application.agreement).toEqual({ id: agreementId, myParties: ['HOST'] });
  });

  it('downloads as a tagged French PDF with the parties, hours and dates, for its parties only', async () => {
    const { agent, agreementId } = await acceptedApplication(
      3,
      'Cartographie des démarches d’une préfecture',
    );
    const url = `${suite.hub.gateway.url}/documents/conventions/${agreementId}.pdf`;
    const download = async (cookie?: string) => fetch(url, { headers: cookie ? { cookie } : {} });

    const response = await download(await suite.hub.sessionCookie(agent.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    const { text, info } = await readPdf(pdf);
    const names = (await suite.hub.queryAs<{ agreement: AgreementView }>(agent.id, READ, { id: agreementId }))
      .data!.agreement;
    expect(text).toContain('Convention de mission — version 1');
    expect(text).toContain(`${agent.firstName} ${agent.lastName.toLocaleUpperCase('fr')}`);
    expect(text).toContain(names.homeAdministration!.name);
    expect(text).toContain(names.hostAdministration!.name);
    expect(text).toContain('Cartographie des démarches d’une préfecture');
    expect(text).toContain(`Temps convenu : 6 heures, du 01/03/${year} au 31/05/${year}.`);
    expect(text).toContain('Propriété intellectuelle');
    expect(text).toContain('L’agent : pas encore prise en compte.');
    // Accessible: tagged, in French, titled.
    expect(info).toMatchObject({ Language: 'fr-FR', Title: 'Convention de mission — version 1' });
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
    expect(pdf.toString('latin1')).toMatch(/\/Marked true/);

    const admin = await download(await suite.hub.sessionCookie(people.admin.id));
    expect(admin.status).toBe(200);
    const stranger = await download(await suite.hub.sessionCookie(people.plainAgents[46]!.id));
    expect(stranger.status).toBe(404);
    expect(await stranger.text()).toMatch(/ne vous concerne pas/);
    expect((await download()).status).toBe(401);
    expect((await fetch(`${suite.hub.gateway.url}/documents/conventions/inconnu.pdf`)).status).toBe(404);
  });

  it('is for its parties and the programme team only', async () => {
    const { agreementId } = await acceptedApplication(1, 'Atelier de conception d’un formulaire');
    const stranger = people.plainAgents[45]!;
    expectRefusal(await suite.hub.queryAs(stranger.id, READ, { id: agreementId }), 'NOT_FOUND');
    const partial = await suite.hub.queryAs<{ agreement: null; me: { id: string } }>(
      stranger.id,
      'query ($id: ID!) { agreement(id: $id) { id } me { id } }',
      { id: agreementId },
    );
    expect(partial.data).toEqual({ agreement: null, me: { id: stranger.id } });
    expectRefusal(
      await postGraphQL(suite.hub.gateway.graphqlUrl, READ, { id: agreementId }),
      'UNAUTHENTICATED',
    );
    const byAdmin = await suite.as<{ agreement: AgreementView }>('admin', READ, { id: agreementId });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.agreement.myParties).toEqual([]);
    // The programme team sees it but is no party to it.
    expectRefusal(await suite.as('admin', ACKNOWLEDGE, { id: agreementId, version: 1 }), 'FORBIDDEN', 'id');
    expectRefusal(
      await suite.hub.queryAs(stranger.id, ACKNOWLEDGE, { id: agreementId, version: 1 }),
      'NOT_FOUND',
    );
  });

  it('is acknowledged by each party, once; a change of hours makes a version to acknowledge again', async () => {
    const { agent, agreementId } = await acceptedApplication(2, 'Revue d’accessibilité d’un portail');
    const budget = async () =>
      (
        await suite.hub.queryAs<{ me: { timeBudget: { committedHours: number } } }>(
          agent.id,
          'query ($year: Int!) { me { timeBudget(year: $year) { committedHours } } }',
          { year },
        )
      ).data!.me.timeBudget.committedHours;
    const committedBefore = await budget();

    type Acknowledged = { acknowledgeAgreement: { acknowledgedByAll: boolean; acknowledgements: unknown[] } };
    const byAgent = await suite.hub.queryAs<Acknowledged>(agent.id, ACKNOWLEDGE, {
      id: agreementId,
      version: 1,
    });
    expect(byAgent.errors).toBeUndefined();
    expect(byAgent.data!.acknowledgeAgreement.acknowledgements).toEqual([
      { party: 'AGENT', agent: { id: agent.id } },
    ]);
    // Again: nothing more written.
    const audit = async () =>
      (
        (await suite.hub.subgraphs.approvals!.db.query(
          `SELECT count(*)::int AS n FROM approvals.audit_log WHERE entity_id = $1 AND action = 'agreement.acknowledge'`,
          [agreementId],
        )) as Array<{ n: number }>
      )[0]!.n;
    await suite.hub.queryAs(agent.id, ACKNOWLEDGE, { id: agreementId, version: 1 });
    expect(await audit()).toBe(1);
    expect(
      (await suite.hub.queryAs(agent.managerId!, ACKNOWLEDGE, { id: agreementId, version: 1 })).errors,
    ).toBeUndefined();
    const byHost = await suite.as<Acknowledged>('host', ACKNOWLEDGE, { id: agreementId, version: 1 });
    expect(byHost.data!.acknowledgeAgreement.acknowledgedByAll).toBe(true);
    expect(await audit()).toBe(3);

    // Only the host changes it; a stale version and bad values are refused, nothing written.
    expectRefusal(
      await suite.hub.queryAs(agent.id, AMEND, { id: agreementId, input: { hours: 10 }, expectedVersion: 1 }),
      'FORBIDDEN',
      'id',
    );
    expectRefusal(
      await suite.as('host', AMEND, { id: agreementId, input: { hours: 10 }, expectedVersion: 2 }),
      'CONFLICT',
      'expectedVersion',
    );
    expectRefusal(
      await suite.as('host', AMEND, {
        id: agreementId,
        input: { startDate: `${year}-05-01`, endDate: `${year}-04-01` },
        expectedVersion: 1,
      }),
      'BAD_USER_INPUT',
      'input.endDate',
    );
    expectRefusal(
      await suite.as('host', AMEND, { id: agreementId, input: { hours: 6 }, expectedVersion: 1 }),
      'BAD_USER_INPUT',
      'input',
    );
    expect(await budget()).toBe(committedBefore);

    const amended = await suite.as<{
      amendAgreement: { version: number; hours: number; acknowledgedByAll: boolean };
    }>('host', AMEND, { id: agreementId, input: { hours: 10 }, expectedVersion: 1 });
    expect(amended.errors).toBeUndefined();
    expect(amended.data!.amendAgreement).toEqual({
      version: 2,
      hours: 10,
      acknowledgedByAll: false,
      acknowledgements: [],
    });
    expect(await budget()).toBe(committedBefore + 4);
    // The parties acknowledge version 2; version 1 is stale.
    expectRefusal(
      await suite.hub.queryAs(agent.id, ACKNOWLEDGE, { id: agreementId, version: 1 }),
      'CONFLICT',
      'version',
    );
    const again = await suite.hub.queryAs<Acknowledged>(agent.id, ACKNOWLEDGE, {
      id: agreementId,
      version: 2,
    });
    expect(again.data!.acknowledgeAgreement.acknowledgements).toHaveLength(1);

    // The history: both versions, newest first, each with who acknowledged it; the completion's bound.
    const history = await suite.as<{
      agreement: {
        maxHoursSpent: number;
        versions: Array<{
          version: number;
          hours: number;
          createdBy: { id: string } | null;
          acknowledgements: Array<{ party: string }>;
        }>;
      };
    }>(
      'host',
      `query ($id: ID!) { agreement(id: $id) {
        maxHoursSpent versions { version hours createdBy { id } acknowledgements { party } } } }`,
      { id: agreementId },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.agreement.maxHoursSpent).toBe(12);
    expect(
      history.data!.agreement.versions.map((version) => [
        version.version,
        version.hours,
        version.acknowledgements.map((ack) => ack.party),
      ]),
    ).toEqual([
      [2, 10, ['AGENT']],
      [1, 6, ['AGENT', 'HOME', 'HOST']],
    ]);
    // Each version names who made it: the host's amendment, and the acceptance (by the host) for v1.
    expect(history.data!.agreement.versions.map((version) => version.createdBy?.id)).toEqual([
      suite.people.host.id,
      suite.people.host.id,
    ]);
  });
});
