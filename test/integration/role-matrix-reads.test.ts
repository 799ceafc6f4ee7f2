import { errorCodes } from '../support/errors';
import { PERSONAL, refusal, ROLES, useRoleMatrixHub, type Personal, type Role } from '../support/role-matrix';

/**
 * The role matrix of issue 3, through the gateway as clients reach it (reads; the writes are in
 * role-matrix-writes.test.ts): for each role and each protected field, allowed or refused — and a
 * refusal is FORBIDDEN (UNAUTHENTICATED for anonymous), with the rest of the response kept.
 */
describe('role matrix through the gateway', () => {
  const suite = useRoleMatrixHub();
  const { demo, mission, self, as, apply, hostReadsApplicant } = suite;
  let applicationId = '';

  it('hides the contact details of an agent from a host until the agent applies to one of its missions', async () => {
    const before = await as<Personal>('hostOfMission', PERSONAL, { id: self.id });
    expect(before.data?.agent?.id).toBe(self.id);
    expect(before.data?.agent?.email).toBeNull();
    expect(errorCodes(before)).toContain('FORBIDDEN');

    ({ applicationId } = await apply());

    const after = await hostReadsApplicant();
    expect(after.errors).toBeUndefined();
    expect(after.data?.agent).toMatchObject({ email: self.email, manager: { id: self.managerId } });
  });

  const personalAllowed: Record<Role, boolean | 'whole-operation'> = {
    self: true,
    manager: true,
    hostOfMission: true,
    admin: true,
    otherAgent: false,
    otherManager: false,
    hostElsewhere: false,
    clientWithScope: false,
    clientWithoutScope: 'whole-operation',
    anonymous: 'whole-operation',
  };

  it.each(ROLES)(
    'personal fields of the applicant (email, phone, manager, availability) for %s',
    async (role) => {
      const response = await as<Personal>(role, PERSONAL, { id: self.id });
      const expected = personalAllowed[role];
      if (expected === true) {
        expect(response.errors).toBeUndefined();
        expect(response.data?.agent).toMatchObject({
          id: self.id,
          email: self.email,
          manager: { id: self.managerId },
        });
      } else if (expected === false) {
        // The agent is there, their personal fields are null, each with its FORBIDDEN error.
        expect(response.data?.agent).toMatchObject({ id: self.id, email: null, phone: null, manager: null });
        const refused = (response.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN');
        expect(refused.map((error) => error.path?.at(-1)).sort()).toEqual([
          'availability',
          'email',
          'manager',
          'phone',
        ]);
        for (const error of refused) expect(error.message).toMatch(/[éèàç’]|droit|réservé/i);
      } else {
        expect(response.data?.agent ?? null).toBeNull();
        expect(errorCodes(response)).toContain(refusal(role));
      }
    },
  );

  const APPLICATIONS = /* GraphQL */ `
    query ($id: ID!) {
      agent(id: $id) {
        id
        applications {
          id
          mission {
            id
          }
        }
      }
    }
  `;

  it.each(ROLES)('applications of the applicant for %s', async (role) => {
    const response = await as<{ agent: { applications: Array<{ id: string }> | null } | null }>(
      role,
      APPLICATIONS,
      {
        id: self.id,
      },
    );
    const ids = response.data?.agent?.applications?.map((a) => a.id);
    const own = demo.applications.filter((a) => a.agentId === self.id).length + 1;
    switch (role) {
      case 'self':
      case 'manager':
      case 'admin':
        expect(response.errors).toBeUndefined();
        expect(ids).toHaveLength(own);
        expect(ids).toContain(applicationId);
        break;
      case 'hostOfMission':
        // Only those to missions of the administrations the host is référent of.
        expect(response.errors).toBeUndefined();
        expect(ids).toContain(applicationId);
        break;
      case 'clientWithoutScope':
      case 'anonymous':
        expect(response.data?.agent ?? null).toBeNull();
        expect(errorCodes(response)).toContain(refusal(role));
        break;
      default:
        expect(response.data?.agent?.applications ?? null).toBeNull();
        expect(errorCodes(response)).toContain('FORBIDDEN');
    }
  });

  const MISSION_APPLICATIONS = /* GraphQL */ `
    query ($id: ID!) {
      mission(id: $id) {
        id
        applications {
          id
          agent {
            id
          }
        }
      }
    }
  `;

  it.each(ROLES)('applications of the mission for %s', async (role) => {
    const response = await as<{
      mission: { id: string; applications: Array<{ id: string; agent: { id: string } }> | null } | null;
    }>(role, MISSION_APPLICATIONS, { id: mission.id });
    const applications = response.data?.mission?.applications;
    const all = demo.applications.filter((a) => a.missionId === mission.id).length + 1;
    switch (role) {
      case 'hostOfMission':
      case 'admin':
        expect(response.errors).toBeUndefined();
        expect(applications).toHaveLength(all);
        break;
      case 'self':
        // An agent sees their own application among them, nobody else's.
        expect(response.errors).toBeUndefined();
        expect(applications?.map((a) => a.id)).toEqual([applicationId]);
        break;
      case 'manager':
      case 'otherAgent':
      case 'otherManager':
      case 'hostElsewhere':
        expect(response.errors).toBeUndefined();
        expect(applications).toEqual([]);
        break;
      case 'clientWithoutScope':
        expect(response.data ?? null).toBeNull();
        expect(errorCodes(response)).toContain('FORBIDDEN');
        break;
      default:
        // The public mission stays readable; its applicants do not.
        expect(response.data?.mission?.id).toBe(mission.id);
        expect(applications ?? null).toBeNull();
        expect(errorCodes(response)).toContain(refusal(role));
    }
  });

  const EXPORT_FIELDS = /* GraphQL */ `
    query ($id: ID!) {
      agent(id: $id) {
        id
        profilesData
        missionsData
        approvalsData
        hiddenFromAdministrations {
          id
        }
      }
    }
  `;

  it.each(ROLES)('RGPD export fields and hidden-from list of the applicant for %s', async (role) => {
    const response = await as<{ agent: Record<string, unknown> | null }>(role, EXPORT_FIELDS, {
      id: self.id,
    });
    if (role === 'self' || role === 'admin') {
      expect(response.errors).toBeUndefined();
      expect(response.data?.agent?.profilesData).toBeTruthy();
      expect(response.data?.agent?.approvalsData).toBeTruthy();
      expect(response.data?.agent?.missionsData).toBeTruthy();
    } else if (role === 'clientWithoutScope' || role === 'anonymous') {
      expect(response.data?.agent ?? null).toBeNull();
      expect(errorCodes(response)).toContain(refusal(role));
    } else {
      expect(response.data?.agent).toMatchObject({
        id: self.id,
        profilesData: null,
        missionsData: null,
        approvalsData: null,
        hiddenFromAdministrations: null,
      });
      expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
    }
  });

  it.each(ROLES)('audit logs for %s', async (role) => {
    const response = await as(
      role,
      `{ profilesAuditLog(first: 1) { nodes { id } } missionsAuditLog(first: 1) { nodes { id } } approvalsAuditLog(first: 1) { nodes { id } } }`,
    );
    if (role === 'admin') {
      expect(response.errors).toBeUndefined();
    } else {
      expect(response.data ?? null).toBeNull();
      expect(errorCodes(response)).toContain(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });
});
