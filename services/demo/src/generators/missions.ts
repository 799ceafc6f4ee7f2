import {
  MissionDomain,
  MissionKind,
  MissionStatus,
  SkillFamily,
  SkillLevel,
  WorkMode,
} from '@talents/common';
import { addDays, DAY_MS, HOUR_MS, isoDate } from '../dates';
import type { Random } from '../random';
import { ministryMembers, rootOf, type AdministrationEntry } from '../referential/administrations';
import { MISSION_TEMPLATES, type MissionTemplate } from '../referential/mission-templates';
import { SKILL_BY_ID } from '../referential/skills';
import { GENERIC_SUBJECTS, type Subject } from '../referential/subjects';
import { capitalize, de, frenchDate } from '../text';
import type { DemoMission, DemoRequiredSkill } from '../types';
import type { GeneratedAgent } from './agents';

const STATUS_SHARES: readonly (readonly [MissionStatus, number])[] = [
  [MissionStatus.PUBLISHED, 0.55],
  [MissionStatus.FILLED, 0.12],
  [MissionStatus.CLOSED, 0.12],
  [MissionStatus.SUBMITTED, 0.08],
  [MissionStatus.DRAFT, 0.07],
  [MissionStatus.CANCELLED, 0.06],
];
const KIND_WEIGHTS: readonly (readonly [MissionKind, number])[] = [
  [MissionKind.PROJECT_SUPPORT, 16],
  [MissionKind.STUDY_AUDIT, 14],
  [MissionKind.COMPONENT_DEVELOPMENT, 12],
  [MissionKind.CONSULTING, 11],
  [MissionKind.SECURITY_HARDENING, 11],
  [MissionKind.UX_IMPROVEMENT, 11],
  [MissionKind.SKILLS_TRANSFER, 10],
  [MissionKind.EXPERIENCE_FEEDBACK, 8],
  [MissionKind.IDEATION_WORKSHOP, 7],
];
/** Typical effort in hours per kind: a feedback is an afternoon, a component several days. */
const EFFORT_RANGE: Record<MissionKind, readonly [number, number]> = {
  EXPERIENCE_FEEDBACK: [1, 8],
  IDEATION_WORKSHOP: [3, 16],
  CONSULTING: [2, 30],
  SKILLS_TRANSFER: [4, 35],
  UX_IMPROVEMENT: [6, 50],
  STUDY_AUDIT: [8, 60],
  SECURITY_HARDENING: [6, 70],
  PROJECT_SUPPORT: [10, 105],
  COMPONENT_DEVELOPMENT: [14, 105],
};
const MIN_LEVELS: readonly (readonly [SkillLevel, number])[] = [
  [SkillLevel.BEGINNER, 10],
  [SkillLevel.INTERMEDIATE, 40],
  [SkillLevel.ADVANCED, 38],
  [SkillLevel.EXPERT, 12],
];
const LEVEL_LABEL: Record<SkillLevel, string> = {
  BEGINNER: 'débutant',
  INTERMEDIATE: 'intermédiaire',
  ADVANCED: 'avancé',
  EXPERT: 'référent',
};
const WORK_MODES: readonly (readonly [WorkMode, number])[] = [
  [WorkMode.REMOTE, 40],
  [WorkMode.HYBRID, 45],
  [WorkMode.ON_SITE, 15],
];
const SEATS: readonly (readonly [number, number])[] = [
  [1, 50],
  [2, 30],
  [3, 12],
  [4, 8],
];

interface Timeline {
  startDay: number;
  endDay: number;
  deadlineDay: number;
  createdAt: Date;
  publishedAt: Date | null;
}

export function generateMissions(
  rng: Random,
  ids: Random,
  count: number,
  referenceDate: Date,
  agents: readonly GeneratedAgent[],
): DemoMission[] {
  if (agents.length === 0) return [];
  const statuses = rng.shuffle(allocateStatuses(count));
  const firstKinds = rng.shuffle(Object.values(MissionKind));
  const missions: DemoMission[] = [];
  let hasBusiness = false;

  for (let index = 0; index < count; index += 1) {
    const id = ids.uuid();
    const status = statuses[index] as MissionStatus;
    let kind = firstKinds[index] ?? rng.weighted(KIND_WEIGHTS);
    let business = rng.chance(0.22) && hasBusinessTemplate(kind);
    if (!business && !hasBusiness && index === count - 1 && count > 1) {
      // Both domains must appear: the last mission makes sure of it.
      if (!hasBusinessTemplate(kind)) kind = MissionKind.CONSULTING;
      business = true;
    }
    hasBusiness ||= business;
    const domain = business ? MissionDomain.BUSINESS : MissionDomain.TECHNICAL;

    const effortHours = pickEffort(rng, kind);
    const timeline = pickTimeline(rng, status, effortHours, referenceDate);
    const contact = pickContact(rng, agents, timeline.createdAt);
    const host = contact.administration;
    const { template, subject } = pickTemplate(rng, kind, domain, host.subjects);
    // The first two skills of a template are what the mission cannot do without.
    const requiredSkills = pickRequiredSkills(rng, template).map((skill, index) => ({
      ...skill,
      essential: index < 2,
    }));
    const workMode = rng.weighted(WORK_MODES);
    const location = workMode === WorkMode.REMOTE ? null : contact.agent.city;
    const crisis = rng.chance(0.1);
    const startDate = isoDate(addDays(referenceDate, timeline.startDay));
    const endDate = isoDate(addDays(referenceDate, timeline.endDay));
    const subjectPhrase = subject?.phrase ?? '';

    const paragraphs = [
      crisis ? 'Mission liée à une situation de crise : une réponse rapide est attendue.' : null,
      contextSentence(rng, host, subject),
      template.need(subjectPhrase),
      `Livrables attendus : ${template.deliverables}.`,
      `Compétences recherchées : ${requiredSkills
        .map(
          (skill) =>
            `${SKILL_BY_ID.get(skill.skillId)?.inSentence ?? skill.skillId} (${LEVEL_LABEL[skill.minLevel]})`,
        )
        .join(', ')}.`,
      practicalSentence(effortHours, startDate, endDate, workMode, location),
    ];

    missions.push({
      id,
      title: template.title(subjectPhrase),
      kind,
      domain,
      description: paragraphs.filter((p): p is string => p !== null).join('\n\n'),
      hostAdministrationId: host.id,
      contactAgentId: contact.agent.id,
      requiredSkills,
      effortHours,
      startDate,
      endDate,
      applicationDeadline: isoDate(addDays(referenceDate, timeline.deadlineDay)),
      workMode,
      location,
      seats: rng.weighted(SEATS),
      crisis,
      status,
      restrictedToAdministrationIds: rng.chance(0.2) ? ministryMembers(rootOf(host.id)) : [],
      createdAt: timeline.createdAt,
      publishedAt: timeline.publishedAt,
    });
  }
  return missions;
}

/** Exact shares (largest remainder), every status at least once when there is room for it. */
function allocateStatuses(count: number): MissionStatus[] {
  const floor = count >= STATUS_SHARES.length ? 1 : 0;
  const counts = STATUS_SHARES.map(([status, share]) => ({
    status,
    count: Math.max(floor, Math.floor(count * share)),
    remainder: count * share - Math.floor(count * share),
  }));
  let total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const byRemainder = [...counts].sort((a, b) => b.remainder - a.remainder);
  for (let i = 0; total < count; i += 1, total += 1)
    (byRemainder[i % byRemainder.length] as { count: number }).count += 1;
  // Only reachable with tiny counts, where the floor of one each overshoots: trim the main status.
  const main = counts[0] as { count: number };
  main.count -= Math.max(0, total - count);
  return counts.flatMap((entry) => Array.from({ length: Math.max(0, entry.count) }, () => entry.status));
}

function hasBusinessTemplate(kind: MissionKind): boolean {
  return MISSION_TEMPLATES.some((t) => t.kind === kind && t.domain === MissionDomain.BUSINESS);
}

/** Skewed towards the low end of the kind's range, rounded as a person would write it. */
function pickEffort(rng: Random, kind: MissionKind): number {
  const [min, max] = EFFORT_RANGE[kind];
  const raw = min + (max - min) * Math.pow(rng.next(), 2.2);
  let hours: number;
  if (raw < 10) hours = Math.round(raw);
  else if (raw < 40) hours = Math.round(raw / 2) * 2;
  else hours = Math.round(raw / 7) * 7;
  return Math.min(105, Math.max(1, hours));
}

/**
 * Dates as day offsets from the reference date. Upcoming missions start in the future; filled and
 * closed ones have started; the deadline always precedes the start and follows the publication.
 */
function pickTimeline(
  rng: Random,
  status: MissionStatus,
  effortHours: number,
  referenceDate: Date,
): Timeline {
  const hoursPerWeek = rng.pick([2, 3, 4, 7, 7, 14]);
  const duration = Math.min(330, Math.floor(effortHours / hoursPerWeek) * 7 + rng.int(0, 6));
  const at = (day: number, hours: number): Date =>
    new Date(referenceDate.getTime() + day * DAY_MS + hours * HOUR_MS);
  const hour = (): number => rng.int(8, 19) + rng.next();
  // The hours are drawn in this order, the creation's first: the same seed keeps giving the same data.
  const timeline = (
    days: Pick<Timeline, 'startDay' | 'endDay' | 'deadlineDay'>,
    createdDay: number,
    publishedDay: number | null,
  ): Timeline => ({
    ...days,
    createdAt: at(createdDay, hour()),
    publishedAt: publishedDay === null ? null : at(publishedDay, hour()),
  });

  switch (status) {
    case MissionStatus.DRAFT:
    case MissionStatus.SUBMITTED: {
      const startDay = rng.int(20, 150);
      const deadlineDay = startDay - rng.int(3, Math.min(21, startDay - 1));
      const createdDay = -rng.int(1, status === MissionStatus.DRAFT ? 40 : 20);
      return timeline({ startDay, endDay: startDay + duration, deadlineDay }, createdDay, null);
    }
    case MissionStatus.PUBLISHED: {
      const startDay = rng.int(15, 150);
      const deadlineDay = startDay - rng.int(1, Math.min(21, startDay - 1));
      const publishedDay = -rng.int(1, 45);
      const createdDay = publishedDay - rng.int(1, 12);
      return timeline({ startDay, endDay: startDay + duration, deadlineDay }, createdDay, publishedDay);
    }
    case MissionStatus.FILLED:
    case MissionStatus.CLOSED: {
      const startDay = status === MissionStatus.FILLED ? -rng.int(1, 150) : -rng.int(20, 290);
      // A closed mission is over; a filled one may still be running.
      const endDay =
        status === MissionStatus.CLOSED ? startDay + Math.min(duration, -1 - startDay) : startDay + duration;
      const deadlineDay = startDay - rng.int(3, 21);
      const publishedDay = deadlineDay - rng.int(7, 40);
      const createdDay = publishedDay - rng.int(1, 12);
      return timeline({ startDay, endDay, deadlineDay }, createdDay, publishedDay);
    }
    case MissionStatus.CANCELLED: {
      const startDay = rng.int(-60, 120);
      const deadlineDay = startDay - rng.int(3, 21);
      const createdDay = Math.min(-1, deadlineDay - rng.int(10, 45));
      return timeline({ startDay, endDay: startDay + duration, deadlineDay }, createdDay, null);
    }
  }
}

/** Hosts are often managers or project people, and had a profile before posting. */
function pickContact(rng: Random, agents: readonly GeneratedAgent[], createdAt: Date): GeneratedAgent {
  const eligible: (readonly [GeneratedAgent, number])[] = [];
  for (const candidate of agents) {
    if (candidate.agent.createdAt.getTime() >= createdAt.getTime()) continue;
    const weight = (candidate.isManager ? 3 : 1) * (candidate.family === SkillFamily.PRODUCT_PROJECT ? 2 : 1);
    eligible.push([candidate, weight]);
  }
  if (eligible.length > 0) return rng.weighted(eligible);
  return agents.reduce((oldest, candidate) =>
    candidate.agent.createdAt.getTime() < oldest.agent.createdAt.getTime() ? candidate : oldest,
  );
}

function pickTemplate(
  rng: Random,
  kind: MissionKind,
  domain: MissionDomain,
  hostSubjects: readonly Subject[],
): { template: MissionTemplate; subject: Subject | null } {
  const templates = MISSION_TEMPLATES.filter((t) => t.kind === kind && t.domain === domain);
  const template = rng.pick(
    templates.length > 0 ? templates : MISSION_TEMPLATES.filter((t) => t.kind === kind),
  );
  const types = template.subjectTypes;
  if (!types) return { template, subject: null };
  const fits = (s: Subject): boolean => s.types.some((type) => types.includes(type));
  const own = hostSubjects.filter(fits);
  // The host's own services first: a mission is usually about something the host runs.
  const subject =
    own.length > 0 && rng.chance(0.75) ? rng.pick(own) : rng.pick(GENERIC_SUBJECTS.filter(fits));
  return { template, subject };
}

function pickRequiredSkills(rng: Random, template: MissionTemplate): DemoRequiredSkill[] {
  const resolved = template.skills.map((entry) => (typeof entry === 'string' ? entry : rng.pick(entry)));
  const [first, ...rest] = [...new Set(resolved)];
  const count = rng.int(1, Math.min(5, rest.length + 1));
  const ids = [first as string, ...rng.sample(rest, count - 1)];
  return ids.map((skillId) => ({ skillId, minLevel: rng.weighted(MIN_LEVELS) }));
}

function contextSentence(rng: Random, administration: AdministrationEntry, subject: Subject | null): string {
  const host = capitalize(administration.phrase);
  const hostLabel = administration.acronym ?? administration.name;
  if (!subject) {
    return rng.pick([
      `${host} souhaite bénéficier de l’expérience d’un agent ayant déjà mené ce type de démarche.`,
      `${host} recherche un appui ponctuel auprès d’un agent d’une autre administration.`,
    ]);
  }
  return rng.pick([
    `${host} fait évoluer ${subject.phrase} et souhaite s’appuyer sur les compétences d’un agent d’une autre administration.`,
    `L’équipe en charge ${de(subject.phrase)} (${hostLabel}) recherche un appui ponctuel.`,
    `${host} pilote ${subject.phrase}, dont une nouvelle version est en préparation.`,
  ]);
}

function practicalSentence(
  effortHours: number,
  startDate: string,
  endDate: string,
  workMode: WorkMode,
  location: string | null,
): string {
  const period =
    startDate === endDate
      ? `le ${frenchDate(startDate)}`
      : `entre le ${frenchDate(startDate)} et le ${frenchDate(endDate)}`;
  const mode =
    workMode === WorkMode.REMOTE
      ? 'entièrement à distance'
      : workMode === WorkMode.HYBRID
        ? `en mixte, sur site à ${location ?? 'Paris'} et à distance`
        : `sur site à ${location ?? 'Paris'}`;
  return `Engagement estimé : ${effortHours} heure${effortHours > 1 ? 's' : ''}, ${period}, ${mode}.`;
}
