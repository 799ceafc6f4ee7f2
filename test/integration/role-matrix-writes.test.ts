import { eventually } from '../support/eventually';
import { errorCodes } from '../support/errors';
import { missionInput } from '../support/mission-input';
import { refusal, ROLES, useRoleMatrixHub, type Write } from '../support/role-matrix';

/**
 * The role matrix of issue 3, through the gateway as clients reach it (writes and RGPD
 * self-service; the reads are in role-matrix-reads.test.ts): who may write what, each write
 * audited, and the applicant's own export and erasure.
 */
describe('role matrix through the gateway', () => {
  const suite = useRoleMatrixHub();
  const { demo, mission, self, people, as, apply, hostReadsApplicant } = suite;
  let applicationId = '';
  /** Writes that succeeded, to find in the audit logs at the end. */
  const writes: Write[] = [];

  beforeAll(async () => {
    const applied = await apply();
    applicationId = applied.applicationId;
    writes.push(applied.write);
    // The host's reading of the applicant's details, which the audit test looks for.
    expect((await hostReadsApplicant()).data?.agent?.email).toBe(self.email);
  });

  describe('writes', () => {
    const UPDATE_PROFILE = `mutation ($id: ID!, $jobTitle: String!) { updateAgentProfile(id: $id, input: { jobTitle: $jobTitle }) { id jobTitle } }`;
    const SET_AVAILABILITY = `mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 6 }) { id } }`;

    const jobTitleOfSelf = async () =>
      (await as<{ agent: { jobTitle: string } }>('admin', '{ agent(id: "' + self.id + '") { jobTitle } }'))
        .data?.agent.jobTitle;

    it('lets only the agent and the programme team edit a profile; refusals change nothing', async () => {
      const original = await jobTitleOfSelf();
      for (const role of ROLES.filter((r) => r !== 'self' && r !== 'admin')) {
        const response = await as(role, UPDATE_PROFILE, { id: self.id, jobTitle: `Poste écrit par ${role}` });
        expect({ role, codes: errorCodes(response) }).toEqual({ role, codes: [refusal(role)] });
        const availability = await as(role, SET_AVAILABILITY, { id: self.id });
        expect({ role, codes: errorCodes(availability) }).toEqual({ role, codes: [refusal(role)] });
      }
      expect(await jobTitleOfSelf()).toBe(original);

      for (const role of ['self', 'admin'] as const) {
        const response = await as<{ updateAgentProfile: { jobTitle: string } }>(role, UPDATE_PROFILE, {
          id: self.id,
          jobTitle: `Cheffe de projet (${role})`,
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.updateAgentProfile.jobTitle).toBe(`Cheffe de projet (${role})`);
        writes.push({
          log: 'profiles',
          action: 'agent.updateProfile',
          entityId: self.id,
          actorId: people[role],
        });
        const availability = await as(role, SET_AVAILABILITY, { id: self.id });
        expect(availability.errors).toBeUndefined();
        writes.push({
          log: 'profiles',
          action: 'agent.setAvailability',
          entityId: self.id,
          actorId: people[role],
        });
      }
    });

    const CREATE = `mutation ($input: MissionInput!) { createMission(input: $input) { id status } }`;
    const hostOfMission = {
      hostAdministrationId: mission.hostAdministrationId,
      contactAgentId: people.hostOfMission,
      skillIds: [demo.skills[0]!.id],
    };

    it('lets hosts of the administration and the programme team post missions, and only the programme team publish', async () => {
      for (const role of ROLES.filter((r) => r !== 'hostOfMission' && r !== 'admin')) {
        const response = await as(role, CREATE, { input: missionInput(hostOfMission) });
        expect({ role, codes: errorCodes(response) }).toEqual({ role, codes: [refusal(role)] });
      }
      const created: string[] = [];
      for (const role of ['hostOfMission', 'admin'] as const) {
        const response = await as<{ createMission: { id: string; status: string } }>(role, CREATE, {
          input: missionInput(hostOfMission),
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.createMission.status).toBe('DRAFT');
        created.push(response.data?.createMission.id ?? '');
        writes.push({
          log: 'missions',
          action: 'mission.create',
          entityId: created.at(-1) ?? '',
          actorId: people[role],
        });
      }
      const draft = created[0] ?? '';
      const submitted = await as(
        'hostOfMission',
        `mutation ($id: ID!) { submitMission(id: $id) { status } }`,
        {
          id: draft,
        },
      );
      expect(submitted.errors).toBeUndefined();
      writes.push({
        log: 'missions',
        action: 'mission.submit',
        entityId: draft,
        actorId: people.hostOfMission,
      });

      const PUBLISH = `mutation ($id: ID!) { publishMission(id: $id) { status } }`;
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const response = await as(role, PUBLISH, { id: draft });
        // Whoever cannot see a submitted mission is told it does not exist, not that it is there.
        expect({ role, codes: errorCodes(response) }).toEqual({
          role,
          codes: [
            role === 'anonymous' ? 'UNAUTHENTICATED' : expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
          ],
        });
      }
      const published = await as<{ publishMission: { status: string } }>('admin', PUBLISH, { id: draft });
      expect(published.errors).toBeUndefined();
      expect(published.data?.publishMission.status).toBe('PUBLISHED');
      writes.push({ log: 'missions', action: 'mission.publish', entityId: draft, actorId: people.admin });
    });

    it('lets only the applicant (or the programme team) withdraw an application', async () => {
      const WITHDRAW = `mutation ($id: ID!) { withdrawApplication(id: $id, reason: WORKLOAD) { id status } }`;
      for (const role of ROLES.filter((r) => r !== 'self' && r !== 'admin')) {
        const response = await as(role, WITHDRAW, { id: applicationId });
        expect({ role, codes: errorCodes(response) }).toEqual({
          role,
          codes: [
            role === 'anonymous' ? 'UNAUTHENTICATED' : expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
          ],
        });
      }
      const response = await as<{ withdrawApplication: { status: string } }>('self', WITHDRAW, {
        id: applicationId,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.withdrawApplication.status).toBe('WITHDRAWN');
      writes.push({
        log: 'approvals',
        action: 'application.withdraw',
        entityId: applicationId,
        actorId: self.id,
      });
    });

    it('has an audit row, with who and before/after, for every write above, and for the host’s reading', async () => {
      expect(writes.length).toBeGreaterThanOrEqual(10);
      type Page = Record<
        string,
        {
          nodes: Array<{
            action: string;
            entityId: string;
            actorId: string;
            before: unknown;
            after: unknown;
            fields: string[];
            subjectAgentId: string | null;
          }>;
        }
      >;
      const logs = await as<Page>(
        'admin',
        `{ profilesAuditLog(first: 100) { ...rows } missionsAuditLog(first: 100) { ...rows } approvalsAuditLog(first: 100) { ...rows } }
         fragment rows on AuditEntryPage { nodes { action entityId actorId before after fields subjectAgentId } }`,
      );
      expect(logs.errors).toBeUndefined();
      for (const write of writes) {
        const rows = logs.data?.[`${write.log}AuditLog`]?.nodes ?? [];
        const row = rows.find(
          (r) => r.action === write.action && r.entityId === write.entityId && r.actorId === write.actorId,
        );
        expect({ write, found: Boolean(row) }).toEqual({ write, found: true });
        expect(row?.after).toBeTruthy();
      }
      const reads = (logs.data?.profilesAuditLog?.nodes ?? []).filter(
        (r) =>
          r.action === 'personalData.read' &&
          r.actorId === people.hostOfMission &&
          r.subjectAgentId === self.id,
      );
      expect(reads.length).toBeGreaterThan(0);
      expect(reads[0]?.fields).toEqual(expect.arrayContaining(['email']));
    });
  });

  describe('RGPD self-service', () => {
    it('exports the agent’s data from the three subgraphs, and nothing of anyone else', async () => {
      const cookie = await suite.hub.sessionCookie(self.id);
      const response = await fetch(`${suite.hub.gateway.url}/me/export`, { headers: { cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        /attachment; filename="talents-numeriques-mes-donnees-/,
      );
      const text = await response.text();
      const exported = JSON.parse(text) as Record<string, unknown>;
      expect(exported).toMatchObject({ agentId: self.id });
      expect(exported.profiles).toBeTruthy();
      expect(exported.missions).toBeTruthy();
      expect(exported.approvals).toBeTruthy();
      expect(text).toContain(self.email);
      expect(text).toContain(applicationId);
      // Another person's e-mail or id never appears; the manager is named as the agent's own data.
      for (const other of demo.agents) {
        if (other.id === self.id) continue;
        expect(text).not.toContain(other.email);
        if (other.id !== self.managerId) expect(text).not.toContain(other.id);
      }
      const anonymous = await fetch(`${suite.hub.gateway.url}/me/export`);
      expect(anonymous.status).toBe(401);
    });

    it('erases the account: profile anonymised, applications’ free text blanked, history kept', async () => {
      const erased = await as<{ eraseMyAccount: boolean }>('self', 'mutation { eraseMyAccount }');
      expect(erased.errors).toBeUndefined();
      expect(erased.data?.eraseMyAccount).toBe(true);

      const profile = await as<{ agent: { erased: boolean; email: string | null; displayName: string } }>(
        'admin',
        `{ agent(id: "${self.id}") { erased email displayName } }`,
      );
      expect(profile.data?.agent.erased).toBe(true);
      expect(profile.data?.agent.displayName).not.toContain(self.lastName.toUpperCase());
      expect(profile.data?.agent.email ?? '').not.toContain(self.email);

      // profiles → approvals through the event bus: the motivation is blanked, the history stays.
      const data = await eventually(
        () =>
          as<{ agent: { approvalsData: unknown } }>('admin', `{ agent(id: "${self.id}") { approvalsData } }`),
        (response) => !JSON.stringify(response.data?.agent.approvalsData ?? '').includes('deux refontes'),
      );
      const approvals = JSON.stringify(data.data?.agent.approvalsData);
      expect(approvals).not.toContain('deux refontes');
      expect(approvals).toContain(applicationId);

      const audit = await as<{
        profilesAuditLog: { nodes: Array<{ action: string; before: unknown; after: unknown }> };
      }>(
        'admin',
        `{ profilesAuditLog(first: 100, subjectAgentId: "${self.id}") { nodes { action before after } } }`,
      );
      const text = JSON.stringify(audit.data?.profilesAuditLog.nodes);
      expect(text).toContain('agent.erase');
      expect(text).not.toContain(self.email);
      expect(text).not.toContain('Cheffe de projet');
    });
  });
});
