import { randomUUID } from 'node:crypto';
import { errorCodes } from '../support/errors';
import type { GraphQLResponse } from '../support/graphql';
import { useIntegrityHub } from '../support/integrity';

/**
 * Issue 18 item 8, through the gateway of the real stack: edits carry the version the client read
 * (a stale one is refused with CONFLICT, nothing written, and of concurrent edits made from the
 * same version exactly one gets through); `createMission` takes an idempotency key, so that a
 * retried request — even ten at once — never makes a second mission.
 */
describe('writes that survive retries and races (issue 18, item 8)', () => {
  const suite = useIntegrityHub();
  const { people, as, hosting } = suite;

  const CREATE = /* GraphQL */ `
    mutation ($input: MissionInput!, $key: String) {
      createMission(input: $input, idempotencyKey: $key) {
        id
        title
        version
      }
    }
  `;
  const UPDATE = /* GraphQL */ `
    mutation ($id: ID!, $input: MissionInput!, $expected: Int) {
      updateMission(id: $id, input: $input, expectedVersion: $expected) {
        id
        title
        version
      }
    }
  `;
  const MISSION = 'query ($id: ID!) { mission(id: $id) { title version status } }';

  type Created = { createMission: { id: string; title: string; version: number } };
  type Updated = { updateMission: { id: string; title: string; version: number } };
  type Read = { mission: { title: string; version: number; status: string } };

  async function createDraft(title: string): Promise<Created['createMission']> {
    const created = await as<Created>('host', CREATE, { input: hosting().input({ title }) });
    expect(created.errors).toBeUndefined();
    return created.data!.createMission;
  }

  async function missionsTitled(title: string): Promise<number> {
    const rows = (await suite.hub.subgraphs.missions!.db.query(
      'SELECT count(*)::int AS n FROM missions.mission WHERE title = $1',
      [title],
    )) as Array<{ n: number }>;
    return rows[0]!.n;
  }

  function expectConflict(response: GraphQLResponse<unknown>, field: string): void {
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
  }

  describe('missions: optimistic concurrency', () => {
    it('counts every write: 1 at creation, one more for an edit (skills rewritten included) and for each transition', async () => {
      const mission = await createDraft('Version comptée');
      expect(mission.version).toBe(1);
      const updated = await as<Updated>('host', UPDATE, {
        id: mission.id,
        input: hosting().input({ title: 'Version comptée, modifiée' }),
        expected: 1,
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateMission.version).toBe(2);
      const submitted = await as('host', 'mutation ($id: ID!) { submitMission(id: $id) { version } }', {
        id: mission.id,
      });
      expect(submitted.data).toEqual({ submitMission: { version: 3 } });
      const read = await as<Read>('host', MISSION, { id: mission.id });
      expect(read.data?.mission.version).toBe(3);
    });

    it('refuses a stale version with CONFLICT, a French message and the current version, and writes nothing', async () => {
      const mission = await createDraft('Version périmée');
      const first = await as<Updated>('host', UPDATE, {
        id: mission.id,
        input: hosting().input({ title: 'Écrite par la première personne' }),
        expected: 1,
      });
      expect(first.data?.updateMission.version).toBe(2);

      const stale = await as<Updated>('host', UPDATE, {
        id: mission.id,
        input: hosting().input({ title: 'Écrite par la seconde, sur une lecture ancienne' }),
        expected: 1,
      });
      expectConflict(stale, 'expectedVersion');
      const error = stale.errors![0]!;
      expect(error.message).toMatch(/modifiée entre-temps par quelqu’un d’autre/);
      expect(error.message).toMatch(/rechargez/);
      expect(error.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });

      const read = await as<Read>('host', MISSION, { id: mission.id });
      expect(read.data?.mission).toMatchObject({ title: 'Écrite par la première personne', version: 2 });
      const audits = (await suite.hub.subgraphs.missions!.db.query(
        `SELECT count(*)::int AS n FROM missions.audit_log WHERE entity_id = $1 AND action = 'mission.update'`,
        [mission.id],
      )) as Array<{ n: number }>;
      expect(audits[0]!.n).toBe(1);
    });

    it('a transition in between makes the version read stale', async () => {
      const mission = await createDraft('Soumise entre-temps');
      await as('host', 'mutation ($id: ID!) { submitMission(id: $id) { id } }', { id: mission.id });
      const stale = await as('host', UPDATE, {
        id: mission.id,
        input: hosting().input({ title: 'Modifiée sur une lecture du brouillon' }),
        expected: 1,
      });
      expectConflict(stale, 'expectedVersion');
      expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2 });
    });

    it('of 20 concurrent edits made from the same version, exactly one succeeds', async () => {
      const mission = await createDraft('Course à vingt');
      const attempts = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          as<Updated>('host', UPDATE, {
            id: mission.id,
            input: hosting().input({ title: `Course à vingt, version ${index}` }),
            expected: 1,
          }),
        ),
      );
      const winners = attempts.filter((response) => response.errors === undefined);
      expect(winners).toHaveLength(1);
      expect(attempts.flatMap((response) => errorCodes(response)).sort()).toEqual(
        Array.from({ length: 19 }, () => 'CONFLICT'),
      );
      const read = await as<Read>('host', MISSION, { id: mission.id });
      expect(read.data?.mission).toEqual({
        title: winners[0]!.data!.updateMission.title,
        version: 2,
        status: 'DRAFT',
      });
    });

    it('without expectedVersion, the last writer wins as before', async () => {
      const mission = await createDraft('Sans version');
      for (const title of ['Sans version, une', 'Sans version, deux']) {
        const updated = await as<Updated>('host', UPDATE, {
          id: mission.id,
          input: hosting().input({ title }),
        });
        expect(updated.errors).toBeUndefined();
      }
      const read = await as<Read>('host', MISSION, { id: mission.id });
      expect(read.data?.mission).toMatchObject({ title: 'Sans version, deux', version: 3 });
    });

    it('refuses a version that is no version (zero, negative) as BAD_USER_INPUT', async () => {
      const mission = await createDraft('Version absurde');
      for (const expected of [0, -3]) {
        const response = await as('host', UPDATE, { id: mission.id, input: hosting().input(), expected });
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors?.[0]?.extensions?.field).toBe('expectedVersion');
      }
    });

    it('tells someone who may not edit the mission so, never its version', async () => {
      const mission = await createDraft('Pas à vous');
      const response = await as('agent', UPDATE, { id: mission.id, input: hosting().input(), expected: 7 });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.errors?.[0]?.extensions?.currentVersion).toBeUndefined();
    });
  });

  describe('missions: idempotent creation', () => {
    it('a retry with the same key returns the mission created the first time, never a duplicate', async () => {
      const key = randomUUID();
      const title = 'Créée une seule fois';
      const first = await as<Created>('host', CREATE, { input: hosting().input({ title }), key });
      const retry = await as<Created>('host', CREATE, { input: hosting().input({ title }), key });
      expect(first.errors).toBeUndefined();
      expect(retry.errors).toBeUndefined();
      expect(retry.data?.createMission.id).toBe(first.data?.createMission.id);
      expect(await missionsTitled(title)).toBe(1);
    });

    it('10 concurrent retries of one request make one mission, and all of them get it', async () => {
      const key = randomUUID();
      const title = 'Dix essais, une mission';
      const attempts = await Promise.all(
        Array.from({ length: 10 }, () =>
          as<Created>('host', CREATE, { input: hosting().input({ title }), key }),
        ),
      );
      expect(attempts.flatMap((response) => errorCodes(response))).toEqual([]);
      expect(new Set(attempts.map((response) => response.data?.createMission.id)).size).toBe(1);
      expect(await missionsTitled(title)).toBe(1);
      const audits = (await suite.hub.subgraphs.missions!.db.query(
        `SELECT count(*)::int AS n FROM missions.audit_log WHERE entity_id = $1 AND action = 'mission.create'`,
        [attempts[0]!.data!.createMission.id],
      )) as Array<{ n: number }>;
      expect(audits[0]!.n).toBe(1);
    });

    it('the same key with a different input is a CONFLICT on idempotencyKey, and creates nothing', async () => {
      const key = randomUUID();
      await as<Created>('host', CREATE, { input: hosting().input({ title: 'Première demande' }), key });
      const reused = await as('host', CREATE, {
        input: hosting().input({ title: 'Une autre demande' }),
        key,
      });
      expectConflict(reused, 'idempotencyKey');
      expect(reused.errors?.[0]?.message).toMatch(/clé d’idempotence/i);
      expect(await missionsTitled('Une autre demande')).toBe(0);
    });

    it('the same key from another caller is another request', async () => {
      const key = randomUUID();
      const title = 'Même clé, deux personnes';
      const byHost = await as<Created>('host', CREATE, { input: hosting().input({ title }), key });
      const byAdmin = await as<Created>('admin', CREATE, { input: hosting().input({ title }), key });
      expect(byAdmin.errors).toBeUndefined();
      expect(byAdmin.data?.createMission.id).not.toBe(byHost.data?.createMission.id);
      expect(await missionsTitled(title)).toBe(2);
    });

    it('a request refused before it wrote anything leaves its key free for the corrected retry', async () => {
      const key = randomUUID();
      const title = 'Corrigée puis créée';
      const refused = await as('host', CREATE, {
        input: hosting().input({
          title,
          requiredSkills: [{ skillId: 'competence-inconnue', minLevel: 'EXPERT' }],
        }),
        key,
      });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      const corrected = await as<Created>('host', CREATE, { input: hosting().input({ title }), key });
      expect(corrected.errors).toBeUndefined();
      expect(await missionsTitled(title)).toBe(1);
    });

    it('bounds the key: 1 to 128 visible ASCII characters', async () => {
      for (const key of ['', 'x'.repeat(129), 'avec espace', 'clé-accentuée']) {
        const response = await as('host', CREATE, { input: hosting().input({ title: 'Clé refusée' }), key });
        expect({ key, codes: errorCodes(response) }).toEqual({ key, codes: ['BAD_USER_INPUT'] });
        expect(response.errors?.[0]?.extensions?.field).toBe('idempotencyKey');
      }
      expect(await missionsTitled('Clé refusée')).toBe(0);
      const longest = await as('host', CREATE, {
        input: hosting().input({ title: 'Clé la plus longue' }),
        key: 'k'.repeat(128),
      });
      expect(longest.errors).toBeUndefined();
    });
  });

  describe('profiles: optimistic concurrency on every edit', () => {
    const VERSION = 'query ($id: ID!) { agent(id: $id) { version jobTitle } }';
    const agentVersion = async (agentId: string): Promise<number> => {
      const read = await suite.hub.queryAs<{ agent: { version: number } }>(agentId, VERSION, { id: agentId });
      expect(read.errors).toBeUndefined();
      return read.data!.agent.version;
    };

    const EDITS: Array<{
      name: string;
      operation: string;
      variables: (id: string) => Record<string, unknown>;
    }> = [
      {
        name: 'updateAgentProfile',
        operation:
          'mutation ($id: ID!, $v: Int) { updateAgentProfile(id: $id, input: { jobTitle: "Cheffe de projet" }, expectedVersion: $v) { version } }',
        variables: (id) => ({ id }),
      },
      {
        name: 'setAgentSkills',
        operation:
          'mutation ($id: ID!, $skills: [AgentSkillInput!]!, $v: Int) { setAgentSkills(id: $id, skills: $skills, expectedVersion: $v) { version } }',
        variables: (id) => ({ id, skills: [{ skillId: suite.demo.skills[2]!.id, level: 'ADVANCED' }] }),
      },
      {
        name: 'setAgentAvailability',
        operation:
          'mutation ($id: ID!, $v: Int) { setAgentAvailability(id: $id, input: { hoursPerMonth: 12 }, expectedVersion: $v) { version } }',
        variables: (id) => ({ id }),
      },
      {
        name: 'setDirectoryVisibility',
        operation:
          'mutation ($id: ID!, $v: Int) { setDirectoryVisibility(id: $id, inDirectory: false, expectedVersion: $v) { version } }',
        variables: (id) => ({ id }),
      },
      {
        name: 'setHiddenFromAdministrations',
        operation:
          'mutation ($id: ID!, $admins: [ID!]!, $v: Int) { setHiddenFromAdministrations(agentId: $id, administrationIds: $admins, expectedVersion: $v) { version } }',
        variables: (id) => ({ id, admins: [suite.demo.administrations[0]!.id] }),
      },
    ];

    it.each(EDITS.map((edit) => [edit.name, edit] as const))(
      '%s: the version read passes and counts one more; a stale one is a CONFLICT that writes nothing',
      async (name, edit) => {
        const agent = people.plainAgents[1 + EDITS.indexOf(edit)]!;
        const before = await agentVersion(agent.id);
        const ok = await suite.hub.queryAs<Record<string, { version: number }>>(agent.id, edit.operation, {
          ...edit.variables(agent.id),
          v: before,
        });
        expect(ok.errors).toBeUndefined();
        expect(ok.data?.[name]?.version).toBe(before + 1);

        const stale = await suite.hub.queryAs(agent.id, edit.operation, {
          ...edit.variables(agent.id),
          v: before,
        });
        expectConflict(stale, 'expectedVersion');
        expect(stale.errors?.[0]?.message).toMatch(
          /Ce profil a été modifié entre-temps par quelqu’un d’autre/,
        );
        expect(stale.errors?.[0]?.extensions).toMatchObject({
          expectedVersion: before,
          currentVersion: before + 1,
        });
        expect(await agentVersion(agent.id)).toBe(before + 1);
      },
    );

    it('of 20 concurrent profile edits made from the same version, exactly one succeeds', async () => {
      const agent = people.plainAgents[6]!;
      const before = await agentVersion(agent.id);
      const attempts = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          suite.hub.queryAs(
            agent.id,
            'mutation ($id: ID!, $job: String!, $v: Int) { updateAgentProfile(id: $id, input: { jobTitle: $job }, expectedVersion: $v) { jobTitle } }',
            { id: agent.id, job: `Poste ${index}`, v: before },
          ),
        ),
      );
      const winners = attempts.filter((response) => response.errors === undefined);
      expect(winners).toHaveLength(1);
      expect(attempts.flatMap((response) => errorCodes(response))).toEqual(
        Array.from({ length: 19 }, () => 'CONFLICT'),
      );
      const read = await suite.hub.queryAs<{ agent: { version: number; jobTitle: string } }>(
        agent.id,
        VERSION,
        {
          id: agent.id,
        },
      );
      expect(read.data?.agent).toEqual({
        version: before + 1,
        jobTitle: (winners[0]!.data as { updateAgentProfile: { jobTitle: string } }).updateAgentProfile
          .jobTitle,
      });
    });

    it('a change of identity by the programme team makes the version the agent read stale', async () => {
      const agent = people.plainAgents[7]!;
      const before = await agentVersion(agent.id);
      const identity = await as(
        'admin',
        'mutation ($id: ID!, $m: ID) { setAgentIdentity(agentId: $id, input: { managerId: $m }) { id } }',
        { id: agent.id, m: people.manager.id },
      );
      expect(identity.errors).toBeUndefined();
      const stale = await suite.hub.queryAs(agent.id, EDITS[0]!.operation, { id: agent.id, v: before });
      expectConflict(stale, 'expectedVersion');
    });

    it('shows the version to the agent and the programme team only', async () => {
      const agent = people.plainAgents[1]!;
      const byAdmin = await as<{ agent: { version: number } }>('admin', VERSION, { id: agent.id });
      expect(byAdmin.data?.agent.version).toBeGreaterThanOrEqual(1);
      const byOther = await suite.hub.queryAs<{ agent: { version: number | null } }>(
        people.plainAgents[2]!.id,
        VERSION,
        { id: agent.id },
      );
      expect(byOther.data?.agent?.version ?? null).toBeNull();
      expect(errorCodes(byOther)).toContain('FORBIDDEN');
    });
  });
});
