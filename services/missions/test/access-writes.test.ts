import { ANONYMOUS_VIEWER, MissionStatus, SYSTEM_VIEWER, type Viewer } from '@talents/common';
import { readAuditLog, type AuditRow } from '../../../test/support/audit';
import { eventually } from '../../../test/support/eventually';
import type { TestSubgraph } from '../../../test/support/subgraph';
import {
  ADMIN,
  AGENT_MININT,
  AGENT_OUTSIDE,
  CLIENT_WITH_SCOPE,
  CLIENT_WITHOUT_SCOPE,
  errorsOf,
  type GqlError,
  HOST_DGFIP,
  HOST_DGFIP_ID,
  HOST_DINUM,
  HOST_DINUM_ID,
  MININT_CONTACT_ID,
} from './support/access-fixture';
import { missionInput, startMissionsSubgraph } from './references';

// ---------------------------------------------------------------------------------------------
// Writing: who may create, edit, move through the lifecycle and moderate; audit and events.
// ---------------------------------------------------------------------------------------------
describe('missions subgraph: who writes, with audit rows and events', () => {
  let server: TestSubgraph;

  beforeAll(async () => {
    server = await startMissionsSubgraph({
      [HOST_DINUM_ID]: 'dinum',
      [HOST_DGFIP_ID]: 'dgfip',
      [MININT_CONTACT_ID]: 'minint',
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return missionInput(
      {
        title: 'Audit d’accessibilité',
        description: 'Auditer l’accessibilité du site.',
        contactAgentId: HOST_DINUM_ID,
        requiredSkills: [{ skillId: 'accessibilite', minLevel: 'ADVANCED' }],
        effortHours: 21,
        endDate: '2096-06-30',
      },
      overrides,
    );
  }

  const CREATE = `mutation($input: MissionInput!) { createMission(input: $input) { id status contact { id } } }`;
  const UPDATE = `mutation($id: ID!, $input: MissionInput!) { updateMission(id: $id, input: $input) { id title } }`;

  async function auditRows(entityId: string): Promise<AuditRow[]> {
    return readAuditLog(server.db, 'missions', 'entity_id = $1', [entityId]);
  }

  async function auditCount(): Promise<number> {
    const [row] = await server.db.query(`SELECT count(*)::int AS count FROM missions.audit_log`);
    return row.count;
  }

  interface EventRow {
    type: string;
    key: string;
    source: string;
    payload: Record<string, unknown>;
  }

  async function events(missionId: string): Promise<EventRow[]> {
    const rows: Array<{ data: EventRow }> = await server.db.query(
      `SELECT data FROM pgboss.job WHERE name = 'approvals__mission_changed' AND data->>'key' = $1
       ORDER BY created_on, id`,
      [missionId],
    );
    return rows.map((row) => row.data);
  }

  async function rowOf(id: string): Promise<Record<string, unknown>> {
    const [row] = await server.db.query(`SELECT * FROM missions.mission WHERE id = $1`, [id]);
    return row;
  }

  async function createAs(viewer: Viewer, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await server.query<{ createMission: { id: string } }>(
      CREATE,
      { input: input(overrides) },
      viewer,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createMission.id;
  }

  /** A mission of dinum put straight in `status`, as if it had got there through the lifecycle. */
  async function missionIn(status: MissionStatus, overrides: Record<string, unknown> = {}): Promise<string> {
    const id = await createAs(ADMIN, overrides);
    await server.db.query(
      `UPDATE missions.mission SET status = $2,
         published_at = CASE WHEN $2 IN ('PUBLISHED', 'FILLED', 'CLOSED') THEN now() END WHERE id = $1`,
      [id, status],
    );
    return id;
  }

  /** Runs a refused write and checks its code and that it left nothing: no change, no audit row, no event. */
  async function expectRefused(
    id: string | null,
    run: () => Promise<{ errors?: GqlError[]; data?: unknown }>,
    code: string,
    field?: string,
  ): Promise<void> {
    const before = id ? await rowOf(id) : null;
    const auditBefore = await auditCount();
    const [jobs] = await server.db.query(`SELECT count(*)::int AS count FROM pgboss.job`);
    const response = await run();
    const [error] = errorsOf(response);
    expect(error!.extensions?.code).toBe(code);
    if (field) expect(error!.extensions?.field).toBe(field);
    if (id) expect(await rowOf(id)).toEqual(before);
    expect(await auditCount()).toBe(auditBefore);
    const [jobsAfter] = await server.db.query(`SELECT count(*)::int AS count FROM pgboss.job`);
    expect(jobsAfter.count).toBe(jobs.count);
  }

  test('a host creates a mission of the administration they host: audit row and mission.changed event', async () => {
    const response = await server.query<{
      createMission: { id: string; status: string; contact: { id: string } };
    }>(CREATE, { input: input() }, HOST_DINUM);
    expect(response.errors).toBeUndefined();
    const { id } = response.data!.createMission;
    expect(response.data!.createMission).toMatchObject({ status: 'DRAFT', contact: { id: HOST_DINUM_ID } });

    const rows = await auditRows(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_kind: 'agent',
      actor_id: HOST_DINUM_ID,
      action: 'mission.create',
      entity_type: 'Mission',
      entity_id: id,
      subject_agent_id: HOST_DINUM_ID,
      before: null,
      after: expect.objectContaining({
        id,
        status: 'DRAFT',
        title: 'Audit d’accessibilité',
        hostAdministrationId: 'dinum',
        requiredSkills: [{ skillId: 'accessibilite', minLevel: 'ADVANCED', essential: true }],
      }),
    });

    const [event] = await events(id);
    const row = await rowOf(id);
    expect(event).toEqual({
      type: 'mission.changed',
      key: id,
      source: 'missions',
      occurredAt: expect.any(String),
      payload: {
        id,
        hostAdministrationId: 'dinum',
        status: 'DRAFT',
        seats: 1,
        restrictedTo: [],
        applicationDeadline: '2096-03-15',
        contactAgentId: row.contact_agent_id,
        startDate: '2096-04-01',
        endDate: '2096-06-30',
        kind: row.kind,
        publishedAt: null,
        version: (row.updated_at as Date).toISOString(),
      },
    });
  });

  test('createMission is refused to a host of another administration, a plain agent, clients and anonymous', async () => {
    const attempt = (viewer: Viewer) => () => server.query(CREATE, { input: input() }, viewer);
    await expectRefused(null, attempt(HOST_DGFIP), 'FORBIDDEN', 'input.hostAdministrationId');
    await expectRefused(null, attempt(AGENT_MININT), 'FORBIDDEN', 'input.hostAdministrationId');
    await expectRefused(null, attempt(CLIENT_WITH_SCOPE), 'FORBIDDEN');
    await expectRefused(null, attempt(CLIENT_WITHOUT_SCOPE), 'FORBIDDEN');
    await expectRefused(null, attempt(SYSTEM_VIEWER), 'FORBIDDEN');
    await expectRefused(null, attempt(ANONYMOUS_VIEWER), 'UNAUTHENTICATED');
    const refused = await server.query(CREATE, { input: input() }, HOST_DGFIP);
    expect(errorsOf(refused)[0]!.message).toBe(
      'Vous ne pouvez rédiger une mission que pour une administration dont vous êtes référent.',
    );
    // An admin may create for any administration.
    await createAs(ADMIN, { hostAdministrationId: 'minint', contactAgentId: MININT_CONTACT_ID });
  });

  test('updateMission: the host and admins; others FORBIDDEN, or NOT_FOUND when they cannot see it', async () => {
    const id = await createAs(HOST_DINUM);
    const update =
      (viewer: Viewer, overrides: Record<string, unknown> = {}) =>
      () =>
        server.query(UPDATE, { id, input: input({ title: 'Titre revu', ...overrides }) }, viewer);

    // A draft is invisible outside its administration's hosts: NOT_FOUND, as for an unknown id.
    await expectRefused(id, update(HOST_DGFIP), 'NOT_FOUND');
    await expectRefused(id, update(AGENT_OUTSIDE), 'NOT_FOUND');
    await expectRefused(id, update(CLIENT_WITH_SCOPE), 'FORBIDDEN');
    await expectRefused(id, update(ANONYMOUS_VIEWER), 'UNAUTHENTICATED');
    // Moving the mission to an administration one does not host is not editing one's own.
    await expectRefused(
      id,
      update(HOST_DINUM, { hostAdministrationId: 'dgfip' }),
      'FORBIDDEN',
      'input.hostAdministrationId',
    );

    const byHost = await update(HOST_DINUM, { requiredSkills: [{ skillId: 'rgaa', minLevel: 'EXPERT' }] })();
    expect(byHost.errors).toBeUndefined();
    const byAdmin = await update(ADMIN, { title: 'Titre de l’équipe' })();
    expect(byAdmin.errors).toBeUndefined();

    const rows = await auditRows(id);
    expect(rows.map((row) => [row.action, row.actor_id])).toEqual([
      ['mission.create', HOST_DINUM_ID],
      ['mission.update', HOST_DINUM_ID],
      ['mission.update', ADMIN.subject],
    ]);
    expect(rows[1]!.before).toMatchObject({
      title: 'Audit d’accessibilité',
      requiredSkills: [{ skillId: 'accessibilite', minLevel: 'ADVANCED' }],
    });
    expect(rows[1]!.after).toMatchObject({
      title: 'Titre revu',
      requiredSkills: [{ skillId: 'rgaa', minLevel: 'EXPERT' }],
    });
    expect(await events(id)).toHaveLength(3);

    // Once published it is visible to a host of another administration: FORBIDDEN, not NOT_FOUND.
    const published = await missionIn(MissionStatus.PUBLISHED);
    await expectRefused(
      published,
      () => server.query(UPDATE, { id: published, input: input() }, HOST_DGFIP),
      'FORBIDDEN',
    );
  });

  const HOST_TRANSITIONS: Array<{ mutation: string; from: MissionStatus; to: MissionStatus }> = [
    { mutation: 'submitMission', from: MissionStatus.DRAFT, to: MissionStatus.SUBMITTED },
    { mutation: 'markMissionFilled', from: MissionStatus.PUBLISHED, to: MissionStatus.FILLED },
    { mutation: 'closeMission', from: MissionStatus.FILLED, to: MissionStatus.CLOSED },
    { mutation: 'cancelMission', from: MissionStatus.PUBLISHED, to: MissionStatus.CANCELLED },
  ];

  test.each(HOST_TRANSITIONS)(
    '$mutation: the mission’s host and admins; refused to everyone else, audited and announced',
    async ({ mutation, from, to }) => {
      const run = (id: string, viewer: Viewer) => () =>
        server.query<Record<string, { status: string }>>(
          `mutation($id: ID!) { ${mutation}(id: $id) { id status } }`,
          { id },
          viewer,
        );
      const id = await missionIn(from);
      const visibleToOthers = from !== MissionStatus.DRAFT;
      await expectRefused(id, run(id, HOST_DGFIP), visibleToOthers ? 'FORBIDDEN' : 'NOT_FOUND');
      await expectRefused(id, run(id, AGENT_MININT), visibleToOthers ? 'FORBIDDEN' : 'NOT_FOUND');
      await expectRefused(id, run(id, CLIENT_WITH_SCOPE), 'FORBIDDEN');
      await expectRefused(id, run(id, CLIENT_WITHOUT_SCOPE), 'FORBIDDEN');
      await expectRefused(id, run(id, ANONYMOUS_VIEWER), 'UNAUTHENTICATED');

      for (const viewer of [HOST_DINUM, ADMIN]) {
        const target = viewer === HOST_DINUM ? id : await missionIn(from);
        const response = await run(target, viewer)();
        expect(response.errors).toBeUndefined();
        expect(response.data![mutation]!.status).toBe(to);
        const rows = await auditRows(target);
        const last = rows[rows.length - 1]!;
        expect(last).toMatchObject({
          actor_id: viewer.subject,
          action: `mission.${mutation === 'submitMission' ? 'submit' : mutation === 'markMissionFilled' ? 'markFilled' : mutation === 'closeMission' ? 'close' : 'cancel'}`,
          subject_agent_id: HOST_DINUM_ID,
          before: expect.objectContaining({ status: from }),
          after: expect.objectContaining({ status: to }),
        });
        const announced = await events(target);
        expect(announced[announced.length - 1]!.payload).toMatchObject({ id: target, status: to });
      }
    },
  );

  test('moderation (publish, return to draft) is for admins only, even for the mission’s host', async () => {
    const id = await missionIn(MissionStatus.SUBMITTED);
    const publish = (viewer: Viewer) => () =>
      server.query(`mutation($id: ID!) { publishMission(id: $id) { status } }`, { id }, viewer);
    const returnToDraft = (viewer: Viewer) => () =>
      server.query(
        `mutation($id: ID!) { returnMissionToDraft(id: $id, reason: "Précisez le besoin.") { status } }`,
        { id },
        viewer,
      );
    for (const viewer of [HOST_DINUM, HOST_DGFIP, AGENT_MININT, CLIENT_WITH_SCOPE]) {
      await expectRefused(id, publish(viewer), 'FORBIDDEN');
      await expectRefused(id, returnToDraft(viewer), 'FORBIDDEN');
    }
    await expectRefused(id, publish(ANONYMOUS_VIEWER), 'UNAUTHENTICATED');

    expect((await returnToDraft(ADMIN)()).errors).toBeUndefined();
    const rows = await auditRows(id);
    expect(rows[rows.length - 1]).toMatchObject({
      action: 'mission.returnToDraft',
      actor_id: ADMIN.subject,
      before: expect.objectContaining({ status: 'SUBMITTED', returnReason: null }),
      after: expect.objectContaining({ status: 'DRAFT', returnReason: 'Précisez le besoin.' }),
    });
    await server.db.query(`UPDATE missions.mission SET status = 'SUBMITTED' WHERE id = $1`, [id]);
    expect((await publish(ADMIN)()).errors).toBeUndefined();
    expect((await auditRows(id)).map((row) => row.action).slice(-1)).toEqual(['mission.publish']);
    expect((await events(id)).map((event) => event.payload.status)).toEqual(['DRAFT', 'DRAFT', 'PUBLISHED']);
  });

  test('a refused transition (CONFLICT) leaves no audit row and announces nothing', async () => {
    const id = await missionIn(MissionStatus.CLOSED);
    await expectRefused(
      id,
      () => server.query(`mutation($id: ID!) { markMissionFilled(id: $id) { status } }`, { id }, HOST_DINUM),
      'CONFLICT',
    );
  });

  test('successive writes of one mission announce non-decreasing versions, each the row’s updated_at', async () => {
    const id = await createAs(HOST_DINUM);
    for (const mutation of ['submitMission', 'cancelMission']) {
      const viewer = mutation === 'submitMission' ? HOST_DINUM : ADMIN;
      const response = await server.query(
        `mutation($id: ID!) { ${mutation}(id: $id) { id } }`,
        { id },
        viewer,
      );
      expect(response.errors).toBeUndefined();
    }
    const versions = (await events(id)).map((event) => String(event.payload.version));
    expect(versions).toHaveLength(3);
    expect([...versions].sort()).toEqual(versions);
    expect(versions[2]).toBe(((await rowOf(id)).updated_at as Date).toISOString());
  });

  test('every successful write of this suite left exactly one audit row', async () => {
    const [row] = await server.db.query(
      `SELECT (SELECT count(*) FROM missions.audit_log WHERE action LIKE 'mission.%')::int AS audited,
              (SELECT count(*) FROM pgboss.job WHERE name = 'approvals__mission_changed')::int AS announced`,
    );
    // Each write is both audited and announced, in its own transaction: the two counts match.
    expect(row.audited).toBeGreaterThan(10);
    expect(row.announced).toBe(row.audited);
  });

  test('missionsData: the agent and admins only; all statuses; nothing of anyone else', async () => {
    const mine = await createAs(HOST_DINUM);
    await createAs(ADMIN, { hostAdministrationId: 'dgfip', contactAgentId: HOST_DGFIP_ID });
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Agent { id missionsData } } }`;
    const ask = (viewer: Viewer, agentId = HOST_DINUM_ID) =>
      server.query<{
        _entities: Array<{
          id: string;
          missionsData: { missionsAsContact: Array<Record<string, unknown>> } | null;
        }>;
      }>(query, { representations: [{ __typename: 'Agent', id: agentId }] }, viewer);

    const self = await ask(HOST_DINUM);
    expect(self.errors).toBeUndefined();
    const exported = self.data!._entities[0]!.missionsData!.missionsAsContact;
    expect(exported.map((mission) => mission.id)).toContain(mine);
    expect(exported.find((mission) => mission.id === mine)).toMatchObject({
      status: 'DRAFT',
      title: 'Audit d’accessibilité',
      hostAdministrationId: 'dinum',
    });
    const [contacts] = await server.db.query(
      `SELECT count(*)::int AS count FROM missions.mission WHERE contact_agent_id = $1`,
      [HOST_DINUM_ID],
    );
    expect(exported).toHaveLength(contacts.count);
    expect(JSON.stringify(exported)).not.toContain(HOST_DGFIP_ID);

    const auditBefore = await auditCount();
    const byAdmin = await ask(ADMIN);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!._entities[0]!.missionsData).toEqual(self.data!._entities[0]!.missionsData);
    // The admin's read of someone else's data is audited (after the response left).
    expect(await eventually(auditCount, (count) => count > auditBefore)).toBe(auditBefore + 1);
    const reads: AuditRow[] = await server.db.query(
      `SELECT * FROM missions.audit_log WHERE action = 'personalData.read' AND actor_id = $1`,
      [ADMIN.subject],
    );
    expect(reads[reads.length - 1]).toMatchObject({
      subject_agent_id: HOST_DINUM_ID,
      fields: ['missionsData'],
    });

    for (const [viewer, code] of [
      [HOST_DGFIP, 'FORBIDDEN'],
      [AGENT_MININT, 'FORBIDDEN'],
      [CLIENT_WITH_SCOPE, 'FORBIDDEN'],
      [SYSTEM_VIEWER, 'FORBIDDEN'],
      [ANONYMOUS_VIEWER, 'UNAUTHENTICATED'],
    ] as const) {
      const response = await ask(viewer);
      const [error] = errorsOf(response);
      expect(error!.extensions?.code).toBe(code);
      expect(error!.path).toEqual(['_entities', 0, 'missionsData']);
      // The field is null, the rest of the entity kept.
      expect(response.data!._entities[0]).toEqual({ id: HOST_DINUM_ID, missionsData: null });
    }
  });

  test('missionsAuditLog: admins read the log, nobody else', async () => {
    const response = await server.query<{ missionsAuditLog: { nodes: Array<{ action: string }> } }>(
      // Explicit nulls: the common resolver reads an omitted optional argument as a filter (see report).
      `{ missionsAuditLog(first: 100, subjectAgentId: null, actorId: null) { nodes { action actorId entityType entityId before after } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.missionsAuditLog.nodes.map((node) => node.action)).toContain('mission.create');
    for (const [viewer, code] of [
      [HOST_DINUM, 'FORBIDDEN'],
      [CLIENT_WITH_SCOPE, 'FORBIDDEN'],
      [ANONYMOUS_VIEWER, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await server.query(`{ missionsAuditLog { nodes { action } } }`, {}, viewer);
      expect(errorsOf(refused)[0]!.extensions?.code).toBe(code);
    }
  });
});
