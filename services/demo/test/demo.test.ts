import {
  AdministrationKind,
  ApplicationStatus,
  EmploymentStatus,
  MissionDomain,
  MissionKind,
  MissionStatus,
  SEAT_HOLDING_STATUSES,
  SkillFamily,
} from '@talents/common';
import {
  DEFAULT_DEMO_SEED,
  DEFAULT_DEMO_SIZE,
  generateDemoData,
  type DemoAgent,
  type DemoData,
  type DemoSize,
} from '../src';
import type { GeneratedAgent } from '../src/generators/agents';
import { appointProgrammeTeam } from '../src/generators/roles';
import { MISSION_TEMPLATES } from '../src/referential/mission-templates';
import { SKILL_BY_ID } from '../src/referential/skills';
import { emailPart } from '../src/text';

const DAY_MS = 86_400_000;
const REFERENCE = new Date('2025-03-17T00:00:00Z');
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const OPENED: readonly MissionStatus[] = [
  MissionStatus.PUBLISHED,
  MissionStatus.FILLED,
  MissionStatus.CLOSED,
];
const UPCOMING: readonly MissionStatus[] = [
  MissionStatus.DRAFT,
  MissionStatus.SUBMITTED,
  MissionStatus.PUBLISHED,
];

function addMonths(isoDay: string, months: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

function dayStart(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/**
 * Every domain rule the dataset must satisfy, as a list of readable violations: an empty list is
 * the only passing result, and a failing test shows exactly which rows break which rule.
 */
function violations(data: DemoData, referenceDate: Date): string[] {
  const problems: string[] = [];
  const now = referenceDate.getTime();
  const check = (ok: boolean, message: string): void => {
    if (!ok && problems.length < 50) problems.push(message);
  };

  const administrations = new Map(data.administrations.map((a) => [a.id, a]));
  const skills = new Map(data.skills.map((s) => [s.id, s]));
  const agents = new Map(data.agents.map((a) => [a.id, a]));
  const missions = new Map(data.missions.map((m) => [m.id, m]));
  check(administrations.size === data.administrations.length, 'administration ids are not unique');
  check(skills.size === data.skills.length, 'skill ids are not unique');
  check(agents.size === data.agents.length, 'agent ids are not unique');
  check(missions.size === data.missions.length, 'mission ids are not unique');
  check(
    new Set(data.applications.map((a) => a.id)).size === data.applications.length,
    'application ids are not unique',
  );

  for (const administration of data.administrations) {
    check(/^[a-z0-9-]+$/.test(administration.id), `administration id ${administration.id} is not a slug`);
    if (administration.parentId !== null) {
      check(
        administrations.has(administration.parentId),
        `administration ${administration.id}: unknown parent`,
      );
    }
  }
  for (const skill of data.skills) check(/^[a-z0-9-]+$/.test(skill.id), `skill id ${skill.id} is not a slug`);

  // Agents
  const emails = new Set<string>();
  for (const agent of data.agents) {
    const label = `agent ${agent.email}`;
    check(UUID_V4.test(agent.id), `${label}: id is not a v4 UUID`);
    check(administrations.has(agent.administrationId), `${label}: unknown administration`);
    check(!emails.has(agent.email), `${label}: duplicate e-mail`);
    emails.add(agent.email);
    check(/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/.test(agent.email), `${label}: e-mail is not plain ASCII`);
    check(
      agent.email.startsWith(`${emailPart(agent.firstName)}.${emailPart(agent.lastName)}`),
      `${label}: e-mail is not prenom.nom`,
    );
    check(agent.phone === null || /^\+33 \d( \d\d)+$/.test(agent.phone), `${label}: phone ${agent.phone}`);
    check(agent.phone === null || agent.phone.replace(/\D/g, '').length === 11, `${label}: phone length`);
    check(/^(\d{2}|2A|2B|97\d)$/.test(agent.departmentCode), `${label}: département ${agent.departmentCode}`);
    check(agent.skills.length >= 2 && agent.skills.length <= 8, `${label}: ${agent.skills.length} skills`);
    check(
      new Set(agent.skills.map((s) => s.skillId)).size === agent.skills.length,
      `${label}: duplicate skill`,
    );
    for (const skill of agent.skills)
      check(skills.has(skill.skillId), `${label}: unknown skill ${skill.skillId}`);
    check(
      Number.isInteger(agent.availableHoursPerMonth) &&
        agent.availableHoursPerMonth >= 0 &&
        agent.availableHoursPerMonth <= 40,
      `${label}: availability ${agent.availableHoursPerMonth}`,
    );
    for (const day of [agent.availableFrom, agent.availableUntil])
      check(day === null || ISO_DAY.test(day), `${label}: date ${day}`);
    if (agent.availableFrom && agent.availableUntil) {
      check(agent.availableFrom <= agent.availableUntil, `${label}: available until before from`);
    }
    check(
      agent.createdAt.getTime() < now && agent.createdAt.getTime() > now - 365 * DAY_MS,
      `${label}: createdAt not in the past year`,
    );
    if (agent.managerId !== null) {
      const manager = agents.get(agent.managerId);
      check(manager !== undefined, `${label}: unknown manager`);
      check(
        manager?.administrationId === agent.administrationId,
        `${label}: manager from another administration`,
      );
      check(agent.managerId !== agent.id, `${label}: manages themself`);
    }
  }
  for (const agent of data.agents) {
    const seen = new Set<string>();
    let current: string | null = agent.id;
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      current = agents.get(current)?.managerId ?? null;
    }
    check(current === null, `agent ${agent.email}: manager cycle`);
  }
  const managerIds = new Set(data.agents.map((a) => a.managerId).filter((id): id is string => id !== null));
  for (const id of managerIds) {
    const managerOfManager = agents.get(id)?.managerId;
    if (managerOfManager) check(managerIds.has(managerOfManager), `manager ${id} reports to a non-manager`);
  }

  // Roles: référents of host administrations, the programme team, hiding from administrations
  const referents = data.hostReferents ?? [];
  const referentKeys = new Set(referents.map((r) => `${r.agentId}:${r.administrationId}`));
  check(referentKeys.size === referents.length, 'duplicate host référent');
  for (const referent of referents) {
    const agent = agents.get(referent.agentId);
    check(agent !== undefined, `host référent ${referent.agentId}: unknown agent`);
    check(
      agent?.administrationId === referent.administrationId,
      `host référent ${referent.agentId}: not an agent of ${referent.administrationId}`,
    );
  }
  for (const mission of data.missions) {
    check(
      referentKeys.has(`${mission.contactAgentId}:${mission.hostAdministrationId}`),
      `mission « ${mission.title} »: its contact is not a référent of its host`,
    );
  }
  const admins = data.programmeAdmins ?? [];
  check(new Set(admins).size === admins.length, 'duplicate programme admin');
  check(admins.length <= 3, `${admins.length} programme admins`);
  check(
    admins.length >= 1 || !data.agents.some((a) => a.administrationId === 'dinum'),
    'no programme admin although the DINUM has agents',
  );
  for (const id of admins) {
    const agent = agents.get(id);
    check(
      agent?.administrationId === 'dinum' && agent.unit === 'Mission Talents numériques',
      `programme admin ${id}: not of the mission Talents numériques (DINUM)`,
    );
  }
  for (const agent of data.agents) {
    const hidden = agent.hiddenFrom ?? [];
    check(
      new Set(hidden).size === hidden.length,
      `agent ${agent.email}: hides twice from one administration`,
    );
    for (const id of hidden) check(administrations.has(id), `agent ${agent.email}: hides from unknown ${id}`);
  }

  // Missions
  for (const mission of data.missions) {
    const label = `mission « ${mission.title} » (${mission.status})`;
    check(UUID_V4.test(mission.id), `${label}: id is not a v4 UUID`);
    const host = administrations.get(mission.hostAdministrationId);
    check(host !== undefined, `${label}: unknown host`);
    const contact = agents.get(mission.contactAgentId);
    check(contact !== undefined, `${label}: unknown contact`);
    check(contact?.administrationId === mission.hostAdministrationId, `${label}: contact outside the host`);
    check(
      mission.requiredSkills.length >= 1 && mission.requiredSkills.length <= 5,
      `${label}: required skills count`,
    );
    check(
      new Set(mission.requiredSkills.map((s) => s.skillId)).size === mission.requiredSkills.length,
      `${label}: duplicate required skill`,
    );
    for (const skill of mission.requiredSkills)
      check(skills.has(skill.skillId), `${label}: unknown skill ${skill.skillId}`);
    if (mission.domain === MissionDomain.BUSINESS) {
      check(
        mission.requiredSkills.some((s) => {
          const family = skills.get(s.skillId)?.family;
          return family === SkillFamily.PROCUREMENT || family === SkillFamily.LEGAL;
        }),
        `${label}: business mission without a procurement or legal skill`,
      );
    }
    check(
      Number.isInteger(mission.effortHours) && mission.effortHours >= 1 && mission.effortHours <= 105,
      `${label}: effort ${mission.effortHours}`,
    );
    for (const day of [mission.startDate, mission.endDate, mission.applicationDeadline]) {
      check(ISO_DAY.test(day), `${label}: date ${day}`);
    }
    check(mission.applicationDeadline < mission.startDate, `${label}: deadline not before start`);
    check(mission.endDate >= mission.startDate, `${label}: ends before it starts`);
    check(mission.endDate <= addMonths(mission.startDate, 12), `${label}: lasts more than 12 months`);
    check(
      Number.isInteger(mission.seats) && mission.seats >= 1 && mission.seats <= 4,
      `${label}: seats ${mission.seats}`,
    );
    if (UPCOMING.includes(mission.status))
      check(dayStart(mission.startDate) > now, `${label}: start not in the future`);
    if (mission.status === MissionStatus.FILLED || mission.status === MissionStatus.CLOSED) {
      check(dayStart(mission.startDate) < now, `${label}: start not in the past`);
    }
    check(
      (mission.publishedAt !== null) === OPENED.includes(mission.status),
      `${label}: publishedAt vs status`,
    );
    check(mission.createdAt.getTime() < now, `${label}: created in the future`);
    if (mission.publishedAt) {
      check(
        mission.createdAt.getTime() <= mission.publishedAt.getTime(),
        `${label}: published before created`,
      );
      check(mission.publishedAt.getTime() < now, `${label}: published in the future`);
      check(
        mission.publishedAt.getTime() < dayStart(mission.applicationDeadline) + DAY_MS,
        `${label}: published after its deadline`,
      );
    }
    check(mission.workMode === 'REMOTE' || mission.location !== null, `${label}: on-site without a location`);
    if (mission.restrictedToAdministrationIds.length > 0) {
      for (const id of mission.restrictedToAdministrationIds)
        check(administrations.has(id), `${label}: unknown ${id}`);
      check(
        mission.restrictedToAdministrationIds.includes(mission.hostAdministrationId),
        `${label}: host not allowed`,
      );
      if (host?.parentId) {
        check(
          mission.restrictedToAdministrationIds.includes(host.parentId),
          `${label}: host's parent not allowed`,
        );
      }
    }
  }

  // Applications
  const pairs = new Set<string>();
  const seatHolders = new Map<string, number>();
  for (const application of data.applications) {
    const label = `application ${application.id} (${application.status})`;
    check(UUID_V4.test(application.id), `${label}: id is not a v4 UUID`);
    const agent = agents.get(application.agentId);
    const mission = missions.get(application.missionId);
    check(agent !== undefined, `${label}: unknown agent`);
    check(mission !== undefined, `${label}: unknown mission`);
    if (!agent || !mission) continue;
    const pair = `${agent.id}/${mission.id}`;
    check(!pairs.has(pair), `${label}: second application of the same agent to the same mission`);
    pairs.add(pair);
    check(OPENED.includes(mission.status), `${label}: on a ${mission.status} mission`);
    check(agent.id !== mission.contactAgentId, `${label}: the contact applies to their own mission`);
    check(
      mission.restrictedToAdministrationIds.length === 0 ||
        mission.restrictedToAdministrationIds.includes(agent.administrationId),
      `${label}: agent outside the mission's restriction`,
    );
    check(
      application.motivation.length >= 20 && application.motivation.length <= 400,
      `${label}: motivation of ${application.motivation.length} characters`,
    );
    check(
      Number.isInteger(application.proposedHours) &&
        application.proposedHours >= 1 &&
        application.proposedHours <= mission.effortHours,
      `${label}: proposes ${application.proposedHours} h for ${mission.effortHours} h`,
    );
    const created = application.createdAt.getTime();
    check(
      mission.publishedAt !== null && created > mission.publishedAt.getTime(),
      `${label}: before publication`,
    );
    check(created > agent.createdAt.getTime(), `${label}: before the agent's profile existed`);
    check(created <= now, `${label}: created in the future`);
    if (SEAT_HOLDING_STATUSES.includes(application.status)) {
      seatHolders.set(mission.id, (seatHolders.get(mission.id) ?? 0) + 1);
    }
    if (application.status === ApplicationStatus.COMPLETED) {
      check(
        (mission.status === MissionStatus.CLOSED || mission.status === MissionStatus.FILLED) &&
          dayStart(mission.startDate) < now,
        `${label}: completed on a ${mission.status} mission starting ${mission.startDate}`,
      );
    }
  }
  for (const mission of data.missions) {
    const held = seatHolders.get(mission.id) ?? 0;
    check(held <= mission.seats, `mission « ${mission.title} »: ${held} seats taken out of ${mission.seats}`);
    if (mission.status === MissionStatus.FILLED) {
      check(
        held === mission.seats,
        `filled mission « ${mission.title} »: ${held} seats taken out of ${mission.seats}`,
      );
    }
  }
  return problems;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('generateDemoData', () => {
  const data = generateDemoData({ referenceDate: REFERENCE });

  describe('determinism', () => {
    it('gives identical data for identical options', () => {
      const again = generateDemoData({ referenceDate: REFERENCE });
      expect(again).toEqual(data);
      expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    });

    it('gives other data for another seed', () => {
      const other = generateDemoData({ referenceDate: REFERENCE, seed: DEFAULT_DEMO_SEED + 1 });
      expect(other.agents[0]?.id).not.toBe(data.agents[0]?.id);
      expect(other.missions.map((m) => m.title)).not.toEqual(data.missions.map((m) => m.title));
    });

    it('keeps ids stable whatever the reference date and the sizes', () => {
      const later = generateDemoData({ referenceDate: new Date('2026-01-02T00:00:00Z') });
      expect(later.agents.map((a) => a.id)).toEqual(data.agents.map((a) => a.id));
      expect(later.missions.map((m) => m.id)).toEqual(data.missions.map((m) => m.id));
      const smaller = generateDemoData({
        referenceDate: REFERENCE,
        size: { agents: 30, missions: 12, applications: 5 },
      });
      expect(smaller.agents.map((a) => a.id)).toEqual(data.agents.slice(0, 30).map((a) => a.id));
      expect(smaller.missions.map((m) => m.id)).toEqual(data.missions.slice(0, 12).map((m) => m.id));
    });

    it('defaults the reference date to today at 00:00 UTC', () => {
      const now = new Date();
      const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
      const byDefault = generateDemoData({ size: { agents: 40, missions: 20, applications: 20 } });
      const explicit = generateDemoData({
        size: { agents: 40, missions: 20, applications: 20 },
        referenceDate: today,
      });
      expect(byDefault).toEqual(explicit);
      expect(violations(byDefault, today)).toEqual([]);
    });
  });

  describe('default size', () => {
    it('has the expected volumes', () => {
      expect(DEFAULT_DEMO_SIZE).toEqual({ agents: 320, missions: 140, applications: 220 });
      expect(data.agents.length).toBeGreaterThanOrEqual(300);
      expect(data.missions.length).toBeGreaterThanOrEqual(120);
      expect(data.applications.length).toBeGreaterThanOrEqual(200);
      expect(new Set(data.agents.map((a) => a.administrationId)).size).toBeGreaterThanOrEqual(15);
    });

    it('has a referential of real administrations and ~60 skills in every family', () => {
      expect(data.administrations.length).toBeGreaterThanOrEqual(20);
      const byId = new Map(data.administrations.map((a) => [a.id, a]));
      expect(byId.get('dinum')).toMatchObject({ acronym: 'DINUM', kind: AdministrationKind.DIRECTORATE });
      expect(byId.get(byId.get('dinum')?.parentId ?? '')?.name).toBe('Services du Premier ministre');
      expect(byId.get('anssi')?.parentId).toBe('sgdsn');
      expect(byId.get('dgfip')?.parentId).toBe('economie');
      for (const kind of Object.values(AdministrationKind)) {
        expect(data.administrations.some((a) => a.kind === kind)).toBe(true);
      }
      expect(data.skills.length).toBeGreaterThanOrEqual(55);
      expect(new Set(data.skills.map((s) => s.family))).toEqual(new Set(Object.values(SkillFamily)));
    });

    it('has every mission kind, mission status, domain and application status', () => {
      expect(new Set(data.missions.map((m) => m.kind))).toEqual(new Set(Object.values(MissionKind)));
      expect(new Set(data.missions.map((m) => m.status))).toEqual(new Set(Object.values(MissionStatus)));
      expect(new Set(data.missions.map((m) => m.domain))).toEqual(new Set(Object.values(MissionDomain)));
      expect(new Set(data.applications.map((a) => a.status))).toEqual(
        new Set(Object.values(ApplicationStatus)),
      );
      const statuses = countBy(data.missions, (m) => m.status);
      const published = statuses.get(MissionStatus.PUBLISHED) ?? 0;
      for (const [status, count] of statuses)
        if (status !== MissionStatus.PUBLISHED) expect(published).toBeGreaterThan(count);
    });

    it('has realistic proportions', () => {
      const share = (count: number, total: number): number => count / total;
      const agents = data.agents.length;
      const civilServants = data.agents.filter(
        (a) => a.employmentStatus === EmploymentStatus.CIVIL_SERVANT,
      ).length;
      expect(share(civilServants, agents)).toBeGreaterThan(0.55);
      expect(share(civilServants, agents)).toBeLessThan(0.75);
      const managers = new Set(data.agents.map((a) => a.managerId).filter((id) => id !== null)).size;
      expect(share(managers, agents)).toBeGreaterThan(0.1);
      expect(share(managers, agents)).toBeLessThan(0.22);
      const inDirectory = data.agents.filter((a) => a.inDirectory).length;
      expect(share(inDirectory, agents)).toBeGreaterThan(0.82);
      expect(share(inDirectory, agents)).toBeLessThan(0.97);

      const missions = data.missions.length;
      expect(share(data.missions.filter((m) => m.crisis).length, missions)).toBeGreaterThan(0.03);
      expect(share(data.missions.filter((m) => m.crisis).length, missions)).toBeLessThan(0.2);
      const restricted = data.missions.filter((m) => m.restrictedToAdministrationIds.length > 0);
      expect(share(restricted.length, missions)).toBeGreaterThan(0.1);
      expect(share(restricted.length, missions)).toBeLessThan(0.3);
      const usual = data.missions.filter((m) => m.effortHours >= 4 && m.effortHours <= 40).length;
      expect(share(usual, missions)).toBeGreaterThan(0.6);
      // The restriction rule is only tested for real if restricted missions do get applicants.
      const restrictedIds = new Set(restricted.map((m) => m.id));
      expect(data.applications.some((a) => restrictedIds.has(a.missionId))).toBe(true);
    });

    it('writes in French, with professional e-mails by administration', () => {
      const dinumAgent = data.agents.find((a) => a.administrationId === 'dinum');
      expect(dinumAgent?.email).toMatch(/@modernisation\.gouv\.fr$/);
      const anssiAgent = data.agents.find((a) => a.administrationId === 'anssi');
      expect(anssiAgent?.email).toMatch(/@ssi\.gouv\.fr$/);
      expect(data.missions.every((m) => m.description.length > 200)).toBe(true);
      expect(data.missions.some((m) => m.title.startsWith('Audit RGAA'))).toBe(true);
      expect(data.missions.every((m) => !/\b(undefined|null|NaN)\b/.test(m.title + m.description))).toBe(
        true,
      );
      expect(data.applications.every((a) => !/\b(undefined|null|NaN)\b/.test(a.motivation))).toBe(true);
    });

    it('satisfies every domain rule', () => {
      expect(violations(data, REFERENCE)).toEqual([]);
    });
  });

  describe('roles', () => {
    it('makes each mission’s contact a référent of its host, in many administrations', () => {
      const referents = data.hostReferents ?? [];
      expect(new Set(referents.map((r) => r.administrationId)).size).toBeGreaterThanOrEqual(10);
      const contacts = new Set(data.missions.map((m) => `${m.contactAgentId}:${m.hostAdministrationId}`));
      expect(new Set(referents.map((r) => `${r.agentId}:${r.administrationId}`))).toEqual(contacts);
    });

    it('has a programme team of one to three in the mission Talents numériques', () => {
      const admins = data.programmeAdmins ?? [];
      expect(admins.length).toBeGreaterThanOrEqual(1);
      expect(admins.length).toBeLessThanOrEqual(3);
      const team = data.agents.filter((a) => admins.includes(a.id));
      expect(
        team.every((a) => a.administrationId === 'dinum' && a.unit === 'Mission Talents numériques'),
      ).toBe(true);
    });

    it('moves one DINUM agent who manages nobody into the unit when nobody drew it, and caps the team at three', () => {
      const dinum = data.agents.filter((a) => a.administrationId === 'dinum').slice(0, 5);
      const other = data.agents.find((a) => a.administrationId !== 'dinum')!;
      const generated = (agent: DemoAgent, unit: string, isManager = false) =>
        ({ agent: { ...agent, unit }, isManager }) as unknown as GeneratedAgent;

      const nobody = [
        generated(other, 'Mission Talents numériques'),
        ...dinum.map((a, i) => generated(a, 'Autre', i === 0)),
      ];
      expect(appointProgrammeTeam(nobody)).toEqual([dinum[1]!.id]);
      expect(nobody[2]!.agent.unit).toBe('Mission Talents numériques');
      expect(nobody.filter((g) => g.agent.unit === 'Mission Talents numériques')).toHaveLength(2);

      const crowded = dinum.map((a) => generated(a, 'Mission Talents numériques'));
      expect(appointProgrammeTeam(crowded)).toEqual(dinum.slice(0, 3).map((a) => a.id));
      expect(appointProgrammeTeam([generated(other, 'Mission Talents numériques')])).toEqual([]);
    });

    it('has a few agents hiding from administrations, without shifting anything else', () => {
      const hiding = data.agents.filter((a) => (a.hiddenFrom ?? []).length > 0);
      expect(hiding.length).toBeGreaterThanOrEqual(3);
      expect(hiding.length).toBeLessThan(data.agents.length * 0.1);
      expect(hiding.every((a) => a.hiddenFrom?.includes(a.administrationId))).toBe(true);
    });
  });

  describe('referential', () => {
    it('only names existing skills in mission templates, and business templates lead with achat or juridique', () => {
      for (const template of MISSION_TEMPLATES) {
        for (const entry of template.skills.flat()) expect(SKILL_BY_ID.has(entry)).toBe(true);
        if (template.domain === MissionDomain.BUSINESS) {
          const first = template.skills[0];
          const family = typeof first === 'string' ? SKILL_BY_ID.get(first)?.family : undefined;
          expect([SkillFamily.PROCUREMENT, SkillFamily.LEGAL]).toContain(family);
        }
      }
    });

    it('strips accents and apostrophes from e-mails', () => {
      expect(emailPart('Gwenaëlle')).toBe('gwenaelle');
      expect(emailPart('N’Diaye')).toBe('ndiaye');
      expect(emailPart('Le Gall')).toBe('le-gall');
      expect(emailPart('Jean-Baptiste')).toBe('jean-baptiste');
    });
  });

  describe('other sizes and seeds', () => {
    const cases: [string, DemoSize, number][] = [
      ['small', { agents: 20, missions: 10, applications: 10 }, DEFAULT_DEMO_SEED],
      ['tiny', { agents: 3, missions: 2, applications: 5 }, DEFAULT_DEMO_SEED],
      ['empty', { agents: 0, missions: 5, applications: 5 }, DEFAULT_DEMO_SEED],
      ['benchmark 10', { agents: 300, missions: 10, applications: 20 }, 7],
      ['benchmark 100', { agents: 300, missions: 100, applications: 200 }, 8],
      ['benchmark 1,000', { agents: 300, missions: 1000, applications: 2000 }, 9],
      ['crowded', { agents: 60, missions: 40, applications: 3000 }, 10],
      ['default size, other seed', DEFAULT_DEMO_SIZE, 11],
    ];
    it.each(cases)('%s dataset satisfies every domain rule', (_name, size, seed) => {
      const generated = generateDemoData({ size, seed, referenceDate: REFERENCE });
      expect(violations(generated, REFERENCE)).toEqual([]);
      expect(generated.agents).toHaveLength(size.agents);
      if (size.agents > 0) expect(generated.missions).toHaveLength(size.missions);
      expect(generated.applications.length).toBeLessThanOrEqual(size.applications);
    });

    it('fills the requested applications when there are enough candidates', () => {
      const generated = generateDemoData({ size: { agents: 300, missions: 1000, applications: 2000 } });
      expect(generated.applications).toHaveLength(2000);
      const small = generateDemoData({
        size: { agents: 20, missions: 10, applications: 10 },
        referenceDate: REFERENCE,
      });
      expect(small.applications).toHaveLength(10);
    });

    it('refuses negative or fractional sizes', () => {
      expect(() => generateDemoData({ size: { agents: -1, missions: 1, applications: 1 } })).toThrow(
        RangeError,
      );
      expect(() => generateDemoData({ size: { agents: 1, missions: 1.5, applications: 1 } })).toThrow(
        /missions/,
      );
    });
  });

  describe('the invariant checker', () => {
    // Guards against a checker that passes everything: each corruption must be reported.
    const corrupt = (mutate: (copy: DemoData) => void): string[] => {
      const copy = generateDemoData({
        referenceDate: REFERENCE,
        size: { agents: 60, missions: 30, applications: 60 },
      });
      mutate(copy);
      return violations(copy, REFERENCE);
    };
    const first = <T>(items: readonly T[], predicate: (item: T) => boolean = () => true): T => {
      const found = items.find(predicate);
      if (!found) throw new Error('no item to corrupt');
      return found;
    };

    it('reports broken rows', () => {
      expect(corrupt(() => undefined)).toEqual([]);
      expect(
        corrupt((d) => void (first(d.missions).applicationDeadline = first(d.missions).startDate)),
      ).not.toEqual([]);
      expect(
        corrupt((d) => void (first(d.missions).endDate = addMonths(first(d.missions).startDate, 13))),
      ).not.toEqual([]);
      expect(corrupt((d) => void (first(d.missions).effortHours = 106))).not.toEqual([]);
      expect(
        corrupt((d) => {
          const filled = first(d.missions, (m) => m.status === MissionStatus.FILLED);
          filled.seats += 1;
        }),
      ).not.toEqual([]);
      expect(
        corrupt((d) => {
          const [a, b] = d.agents;
          if (a && b) b.email = a.email;
        }),
      ).not.toEqual([]);
      expect(
        corrupt((d) => d.applications.push({ ...first(d.applications), id: first(d.missions).id })),
      ).not.toEqual([]);
      expect(
        corrupt((d) => {
          const manager = first(d.agents, (a) => a.managerId !== null);
          const boss = first(d.agents, (a) => a.id === manager.managerId);
          boss.managerId = manager.id;
        }),
      ).not.toEqual([]);
      expect(
        corrupt((d) => {
          const application = first(d.applications);
          const mission = first(d.missions, (m) => m.id === application.missionId);
          mission.restrictedToAdministrationIds = [mission.hostAdministrationId, 'inexistante'];
        }),
      ).not.toEqual([]);
      expect(corrupt((d) => void (first(d.applications).missionId = 'inconnue'))).not.toEqual([]);
      expect(corrupt((d) => void d.hostReferents?.pop())).not.toEqual([]);
      expect(
        corrupt((d) => {
          const outsider = first(d.agents, (a) => a.administrationId !== 'dinum');
          d.programmeAdmins = [...(d.programmeAdmins ?? []), outsider.id];
        }),
      ).not.toEqual([]);
      expect(corrupt((d) => void (first(d.agents).hiddenFrom = ['inexistante']))).not.toEqual([]);
    });
  });
});
