import {
  ApplicationStatus,
  MissionDomain,
  MissionStatus,
  SEAT_HOLDING_STATUSES,
  SkillFamily,
} from '@talents/common';
import type { DemoData } from '../../src';
import { emailPart } from '../../src/text';

/*
 * The domain rules of docs and DESIGN.md, written again independently of the generator, to check
 * the data it makes (services/demo/test/demo.test.ts).
 */

const DAY_MS = 86_400_000;
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

export function addMonths(isoDay: string, months: number): string {
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
export function violations(data: DemoData, referenceDate: Date): string[] {
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

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
