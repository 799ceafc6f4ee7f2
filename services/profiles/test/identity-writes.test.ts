import { agentViewer, Role, SkillLevel, WorkMode, type Viewer } from '@talents/common';
import { eventually } from '../../../test/support/eventually';
import { agentChangedEvent, applyApplicationChanged } from '../src';
import {
  ADMIN,
  applicationChanged,
  as,
  auditRows,
  BULK_FROM,
  codes,
  ERASABLE,
  FOREIGN_HOST,
  HIDING,
  id,
  LONE_MANAGER,
  LONE_REPORT,
  MANAGER,
  OTHER,
  REPORT,
  SELF,
  subgraph,
  useIdentitySubgraph,
} from './support/identity-fixture';

/**
 * Identity in the profiles subgraph, write side (the reads are in identity-reads.test.ts): who
 * writes a profile, audited; the RGPD export and erasure; the application.changed projection.
 */

useIdentitySubgraph();

describe('writes', () => {
  const TARGET = 20 + BULK_FROM; // a bulk agent nobody else's test touches
  const owner = agentViewer(id(TARGET), { administrationId: 'dinum' });
  const writes: Array<[string, string, Record<string, unknown>]> = [
    [
      'agent.updateProfile',
      'mutation ($id: ID!) { updateAgentProfile(id: $id, input: { jobTitle: "Architecte" }) { id } }',
      { jobTitle: 'Architecte' },
    ],
    [
      'agent.setSkills',
      'mutation ($id: ID!) { setAgentSkills(id: $id, skills: [{ skillId: "rgpd", level: EXPERT }]) { id } }',
      { skills: [{ skillId: 'rgpd', level: 'EXPERT' }] },
    ],
    [
      'agent.setAvailability',
      'mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 12 }) { id } }',
      { hoursPerMonth: 12, from: null, until: null },
    ],
    [
      'agent.setDirectoryVisibility',
      'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: false) { id } }',
      { inDirectory: false },
    ],
    [
      'agent.setHiddenFromAdministrations',
      'mutation ($id: ID!) { setHiddenFromAdministrations(agentId: $id, administrationIds: ["minarm"]) { id } }',
      { administrationIds: ['minarm'] },
    ],
  ];

  it.each(writes)('%s: refused to others, and writes nothing', async (action, mutation) => {
    const before = await subgraph.db.query('SELECT * FROM profiles.agent WHERE id = $1', [id(TARGET)]);
    const refusals: Array<[Viewer, string]> = [
      [as.other, 'FORBIDDEN'],
      [as.manager, 'FORBIDDEN'],
      [as.host, 'FORBIDDEN'],
      [as.reader, 'FORBIDDEN'],
      [as.anonymous, 'UNAUTHENTICATED'],
    ];
    for (const [viewer, code] of refusals) {
      const response = await subgraph.query(mutation, { id: id(TARGET) }, viewer);
      expect([viewer.subject, response.errors?.[0]?.extensions?.code]).toEqual([viewer.subject, code]);
    }
    expect(await subgraph.db.query('SELECT * FROM profiles.agent WHERE id = $1', [id(TARGET)])).toEqual(
      before,
    );
    expect(
      await auditRows(subgraph.db, 'action = $1 AND subject_agent_id = $2', [action, id(TARGET)]),
    ).toEqual([]);
  });

  it.each(writes)(
    '%s: done by the agent, audited with before and after in its transaction',
    async (action, mutation, after) => {
      const response = await subgraph.query(mutation, { id: id(TARGET).toUpperCase() }, owner);
      expect(response.errors).toBeUndefined();
      const rows = await auditRows(subgraph.db, 'action = $1 AND subject_agent_id = $2', [
        action,
        id(TARGET),
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actor_id: id(TARGET),
        entity_id: id(TARGET),
        after: expect.objectContaining(after),
      });
      expect(rows[0]!.before).not.toEqual(rows[0]!.after);
    },
  );

  it('lets an admin write any profile, audited under the admin’s name', async () => {
    const response = await subgraph.query(
      'mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 3 }) { id } }',
      { id: id(TARGET + 1) },
      as.admin,
    );
    expect(response.errors).toBeUndefined();
    const rows = await auditRows(subgraph.db, 'action = $1 AND subject_agent_id = $2', [
      'agent.setAvailability',
      id(TARGET + 1),
    ]);
    expect(rows.map((row) => [row.actor_id, row.after])).toEqual([
      [id(ADMIN), { hoursPerMonth: 3, from: null, until: null }],
    ]);
  });

  it('refuses an unknown administration to hide from, naming it', async () => {
    const response = await subgraph.query(
      'mutation ($id: ID!) { setHiddenFromAdministrations(agentId: $id, administrationIds: ["minarm", "nulle-part"]) { id } }',
      { id: id(TARGET) },
      owner,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'administrationIds.1',
    });
  });

  it('leaves no audit row when the write fails', async () => {
    const before = await auditRows(subgraph.db, 'subject_agent_id = $1', [id(TARGET)]);
    const response = await subgraph.query(
      'mutation ($id: ID!) { setAgentSkills(id: $id, skills: [{ skillId: "inconnue", level: EXPERT }]) { id } }',
      { id: id(TARGET) },
      owner,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditRows(subgraph.db, 'subject_agent_id = $1', [id(TARGET)])).toEqual(before);
  });

  it('gives admins the audit log, and nobody else', async () => {
    const LOG =
      'query ($subject: ID) { profilesAuditLog(subjectAgentId: $subject) { nodes { action actorId } } }';
    const admin = await subgraph.query<{ profilesAuditLog: { nodes: Array<{ action: string }> } }>(
      LOG,
      { subject: id(TARGET) },
      as.admin,
    );
    expect(admin.data!.profilesAuditLog.nodes.map((node) => node.action)).toEqual(
      expect.arrayContaining(['agent.updateProfile', 'agent.setSkills']),
    );
    expect((await subgraph.query(LOG, {}, owner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells approvals when an agent moves to another administration, in the same transaction', async () => {
    const before = (await subgraph.events.backlog())['approvals__agent_changed'] ?? 0;
    const response = await subgraph.query(
      'mutation ($id: ID!) { setAgentIdentity(agentId: $id, input: { administrationId: "insee" }) { administration { id } } }',
      { id: id(TARGET + 2) },
      as.admin,
    );
    expect(response.data).toEqual({ setAgentIdentity: { administration: { id: 'insee' } } });
    expect((await subgraph.events.backlog())['approvals__agent_changed']).toBe(before + 1);
  });
});

describe('RGPD', () => {
  const EXPORT = 'query ($id: ID!) { agent(id: $id) { profilesData } }';

  it('exports the agent’s own data, and of others only their administration’s and manager’s names', async () => {
    const response = await subgraph.query<{ agent: { profilesData: Record<string, unknown> } }>(
      EXPORT,
      { id: id(HIDING) },
      agentViewer(id(HIDING)),
    );
    expect(response.errors).toBeUndefined();
    const exported = response.data!.agent.profilesData;
    expect(exported).toMatchObject({
      profile: {
        id: id(HIDING),
        email: `agent${HIDING}@numerique.gouv.fr`,
        phone: '01 23 45 67 89',
        erasedAt: null,
      },
      administration: { id: 'dinum', name: 'Direction interministérielle du numérique' },
      manager: null,
      skills: [{ skillId: 'typescript', label: 'TypeScript', level: 'ADVANCED' }],
      availability: { hoursPerMonth: 8, from: '2025-01-01', until: null },
      directory: {
        inDirectory: true,
        hiddenFromAdministrations: [{ id: 'minarm', name: 'Ministère des Armées' }],
      },
      roles: ['AGENT'],
      hostOf: [],
      programmeAdmin: false,
    });

    const self = await subgraph.query<{ agent: { profilesData: Record<string, unknown> } }>(
      EXPORT,
      { id: id(SELF) },
      as.self,
    );
    expect(self.data!.agent.profilesData.manager).toEqual({
      id: id(MANAGER),
      displayName: `Prénom${MANAGER} NOM002`,
    });
    const text = JSON.stringify(self.data);
    expect(text).not.toContain(`agent${MANAGER}@`);
  });

  it('is refused to anyone but the agent and admins; an admin’s export is audited', async () => {
    for (const viewer of [as.manager, as.host, as.reader]) {
      const response = await subgraph.query(EXPORT, { id: id(SELF) }, viewer);
      expect(response.data).toEqual({ agent: { profilesData: null } });
      expect(codes(response.errors)).toEqual([['agent.profilesData', 'FORBIDDEN']]);
    }
    const admin = await subgraph.query(EXPORT, { id: id(SELF) }, as.admin);
    expect(admin.errors).toBeUndefined();
    const reads = await auditRows(
      subgraph.db,
      "action = 'personalData.read' AND actor_id = $1 AND subject_agent_id = $2",
      [id(ADMIN), id(SELF)],
    );
    expect(reads.some((row) => row.fields.includes('profilesData'))).toBe(true);
  });

  describe('erasure', () => {
    const ERASE_ME = 'mutation { eraseMyAccount }';
    const erasable = agentViewer(id(ERASABLE), {
      roles: [Role.AGENT, Role.MANAGER, Role.HOST],
      hostOf: ['dinum'],
    });

    it('is refused to anonymous visitors and API clients, and eraseAgent to non-admins', async () => {
      expect((await subgraph.query(ERASE_ME, {}, as.anonymous)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await subgraph.query(ERASE_ME, {}, as.reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const other = await subgraph.query(
        'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
        { id: id(ERASABLE) },
        as.manager,
      );
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(
        (
          await subgraph.query(
            'query ($id: ID!) { principal(id: $id) { agentId } }',
            { id: id(ERASABLE) },
            as.system,
          )
        ).data,
      ).toEqual({
        principal: { agentId: id(ERASABLE) },
      });
    });

    it('anonymises the agent, keeps the history, blanks the audit values and tells approvals', async () => {
      // A write first, so that there is an audit row with personal values to blank.
      await subgraph.query(
        'mutation ($id: ID!) { updateAgentProfile(id: $id, input: { city: "Lyon" }) { id } }',
        { id: id(ERASABLE) },
        erasable,
      );
      const events = (await subgraph.events.backlog())['approvals__agent_changed'] ?? 0;

      expect(await subgraph.query(ERASE_ME, {}, erasable)).toEqual({ data: { eraseMyAccount: true } });

      const shown = await subgraph.query(
        `query ($id: ID!) { agent(id: $id) {
          id displayName erased email phone unit jobTitle inDirectory skills { level } hiddenFromAdministrations { id }
        } }`,
        { id: id(ERASABLE) },
        as.admin,
      );
      expect(shown).toEqual({
        data: {
          agent: {
            id: id(ERASABLE),
            displayName: 'Agent SUPPRIMÉ',
            erased: true,
            email: null,
            phone: null,
            unit: '',
            jobTitle: '',
            inDirectory: false,
            skills: [],
            hiddenFromAdministrations: [],
          },
        },
      });
      const [row] = (await subgraph.db.query('SELECT email, erased_at FROM profiles.agent WHERE id = $1', [
        id(ERASABLE),
      ])) as Array<{ email: string; erased_at: Date | null }>;
      expect(row!.email).toBe(`efface-${id(ERASABLE)}@invalid`);
      expect(row!.erased_at).not.toBeNull();
      // History: the report still names their former manager.
      const [report] = (await subgraph.db.query('SELECT manager_id FROM profiles.agent WHERE id = $1', [
        id(REPORT),
      ])) as Array<{ manager_id: string }>;
      expect(report!.manager_id).toBe(id(ERASABLE));
      expect(
        await subgraph.db.query('SELECT * FROM profiles.host_referent WHERE agent_id = $1', [id(ERASABLE)]),
      ).toEqual([]);

      const rows = await auditRows(subgraph.db, 'subject_agent_id = $1', [id(ERASABLE)]);
      const update = rows.find((entry) => entry.action === 'agent.updateProfile');
      expect(update).toMatchObject({ before: { effacé: true }, after: { effacé: true } });
      expect(JSON.stringify(rows)).not.toContain('Lyon');
      expect(rows.find((entry) => entry.action === 'agent.erase')).toMatchObject({
        action: 'agent.erase',
        actor_id: id(ERASABLE),
        after: { erased: true },
      });

      expect((await subgraph.events.backlog())['approvals__agent_changed']).toBe(events + 1);
    });

    it('makes the agent nobody to the gateway, by id or former e-mail, and out of every listing', async () => {
      const PRINCIPAL = 'query ($id: ID, $email: String) { principal(id: $id, email: $email) { agentId } }';
      expect((await subgraph.query(PRINCIPAL, { id: id(ERASABLE) }, as.system)).data).toEqual({
        principal: null,
      });
      expect(
        (await subgraph.query(PRINCIPAL, { email: `agent${ERASABLE}@numerique.gouv.fr` }, as.system)).data,
      ).toEqual({
        principal: null,
      });
      const listing = await subgraph.query<{ agents: { nodes: Array<{ id: string }> } }>(
        '{ agents(first: 100) { nodes { id } } }',
        {},
        as.admin,
      );
      expect(listing.data!.agents.nodes.map((node) => node.id)).not.toContain(id(ERASABLE));
    });

    it('freezes the erased profile and erases once', async () => {
      const write = await subgraph.query(
        'mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 4 }) { id } }',
        { id: id(ERASABLE) },
        as.admin,
      );
      expect(write.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const again = await subgraph.query(
        'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
        { id: id(ERASABLE) },
        as.admin,
      );
      expect(again).toEqual({ data: { eraseAgent: true } });
      expect(
        (await auditRows(subgraph.db, "subject_agent_id = $1 AND action = 'agent.erase'", [id(ERASABLE)]))
          .length,
      ).toBe(1);
    });

    it('lets an admin erase an agent, whose manager then is no MANAGER any more', async () => {
      const PRINCIPAL = 'query ($id: ID!) { principal(id: $id) { roles } }';
      expect((await subgraph.query(PRINCIPAL, { id: id(LONE_MANAGER) }, as.system)).data).toEqual({
        principal: { roles: ['AGENT', 'MANAGER'] },
      });
      expect(
        await subgraph.query(
          'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
          { id: id(LONE_REPORT) },
          as.admin,
        ),
      ).toEqual({ data: { eraseAgent: true } });
      expect((await subgraph.query(PRINCIPAL, { id: id(LONE_MANAGER) }, as.system)).data).toEqual({
        principal: { roles: ['AGENT'] },
      });
      const erasure = await auditRows(subgraph.db, "subject_agent_id = $1 AND action = 'agent.erase'", [
        id(LONE_REPORT),
      ]);
      expect(erasure.map((entry) => entry.actor_id)).toEqual([id(ADMIN)]);
    });

    it('answers NOT_FOUND to an admin erasing an unknown agent', async () => {
      const response = await subgraph.query(
        'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
        { id: id(998) },
        as.admin,
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('builds the agent.changed payload, with what matching reads, and none of it once erased', () => {
    const agent = {
      id: id(SELF),
      administrationId: 'dinum',
      managerId: id(MANAGER),
      email: 'agent.self@numerique.gouv.fr',
      erasedAt: null,
      availableHoursPerMonth: 8,
      availableFrom: '2025-01-01',
      availableUntil: null,
      workMode: WorkMode.HYBRID,
      city: 'Paris',
    };
    const skills = [
      { skillId: 'typescript', level: SkillLevel.ADVANCED },
      { skillId: 'rgpd', level: SkillLevel.BEGINNER },
    ];
    const version = new Date('2025-06-01T10:00:00.000Z');
    expect(agentChangedEvent(agent, skills, version, ['typescript', 'python', 'typescript'])).toEqual({
      type: 'agent.changed',
      key: id(SELF),
      payload: {
        id: id(SELF),
        administrationId: 'dinum',
        managerId: id(MANAGER),
        erased: false,
        email: 'agent.self@numerique.gouv.fr',
        match: {
          skills: [
            { skillId: 'rgpd', level: 'BEGINNER' },
            { skillId: 'typescript', level: 'ADVANCED' },
          ],
          // Endorsed skills, declared or not, once each in id order.
          endorsedSkillIds: ['python', 'typescript'],
          hoursPerMonth: 8,
          availableFrom: '2025-01-01',
          availableUntil: null,
          workMode: 'HYBRID',
          city: 'Paris',
        },
        version: '2025-06-01T10:00:00.000Z',
      },
    });
    const erased = agentChangedEvent({ ...agent, erasedAt: new Date() }, skills, version);
    // Erased: nothing personal leaves profiles any more, the address included.
    expect(erased.payload).toMatchObject({ erased: true, email: null, match: null });
  });
});

describe('application.changed', () => {
  const hostsOf = async (index: number) =>
    (await subgraph.db.query(
      'SELECT administration_id, version FROM profiles.applicant_host WHERE agent_id = $1 ORDER BY administration_id',
      [id(index)],
    )) as Array<{ administration_id: string; version: Date }>;

  it('records the host once, keeps it after a withdrawal, and ignores older copies', async () => {
    const first = applicationChanged(OTHER, 'dinum');
    const withdrawn = applicationChanged(OTHER, 'dinum', 'WITHDRAWN');
    await subgraph.db.transaction((manager) => applyApplicationChanged(withdrawn, manager));
    await subgraph.db.transaction((manager) => applyApplicationChanged(withdrawn, manager));
    await subgraph.db.transaction((manager) => applyApplicationChanged(first, manager));
    expect(await hostsOf(OTHER)).toEqual([
      { administration_id: 'dinum', version: new Date(withdrawn.version) },
    ]);
  });

  it('refuses a malformed payload', async () => {
    await expect(
      subgraph.db.transaction((manager) =>
        applyApplicationChanged({ ...applicationChanged(OTHER, 'insee'), agentId: 'pas-un-uuid' }, manager),
      ),
    ).rejects.toThrow(/malformed/);
  });

  it('is consumed from the event bus', async () => {
    await subgraph.events.publishDetached([
      { type: 'application.changed', key: 'x', payload: applicationChanged(FOREIGN_HOST, 'insee') },
    ]);
    const rows = await eventually(
      () => hostsOf(FOREIGN_HOST),
      (found) => found.length > 0,
    );
    expect(rows.map((row) => row.administration_id)).toEqual(['insee']);
  });
});
