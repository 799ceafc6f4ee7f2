import { ApplicationStatus, MissionStatus, SkillLevel } from '@talents/common';
import { DAY_MS, HOUR_MS } from '../dates';
import type { Random } from '../random';
import { SKILL_BY_ID } from '../referential/skills';
import { a, lowerFirst } from '../text';
import type { DemoApplication, DemoMission } from '../types';
import type { GeneratedAgent } from './agents';

const MOTIVATION_MAX = 400;
const LEVEL_ADJECTIVE: Record<SkillLevel, string> = {
  BEGINNER: 'récente',
  INTERMEDIATE: 'réelle',
  ADVANCED: 'solide',
  EXPERT: 'approfondie',
};

interface MissionState {
  mission: DemoMission;
  /** Candidates in the order they will apply, built on first use. */
  pool: GeneratedAgent[] | null;
  cursor: number;
  seatHolders: number;
  windowStart: number;
  windowEnd: number;
}

/**
 * Applications only go to missions that were open at some point (published, filled, closed), from
 * agents allowed by the mission's restriction, never from its contact, once per agent and mission.
 * Filled missions are served first so that each gets exactly its seats in accepted or completed ones.
 */
export function generateApplications(
  rng: Random,
  ids: Random,
  budget: number,
  referenceDate: Date,
  agents: readonly GeneratedAgent[],
  missions: readonly DemoMission[],
): DemoApplication[] {
  const now = referenceDate.getTime();
  const applications: DemoApplication[] = [];
  let remaining = budget;
  const states: MissionState[] = missions
    .filter((m) => m.publishedAt !== null && isOpenedStatus(m.status))
    .map((mission) => ({
      mission,
      pool: null,
      cursor: 0,
      seatHolders: 0,
      windowStart: (mission.publishedAt as Date).getTime(),
      windowEnd: Math.min(now, Date.parse(`${mission.applicationDeadline}T00:00:00Z`) + DAY_MS - 1),
    }));

  const apply = (state: MissionState, status: ApplicationStatus): boolean => {
    const next = nextCandidate(rng, state, agents);
    if (!next) return false;
    applications.push(
      buildApplication(rng, ids.uuid(), state.mission, next.candidate, status, next.createdAt),
    );
    if (status === ApplicationStatus.ACCEPTED || status === ApplicationStatus.COMPLETED)
      state.seatHolders += 1;
    remaining -= 1;
    return true;
  };

  for (const state of states) {
    const mission = state.mission;
    if (mission.status !== MissionStatus.FILLED) continue;
    const finished = Date.parse(`${mission.endDate}T00:00:00Z`) < now;
    while (state.seatHolders < mission.seats && remaining > 0) {
      const completed = finished ? rng.chance(0.85) : rng.chance(0.2);
      if (!apply(state, completed ? ApplicationStatus.COMPLETED : ApplicationStatus.ACCEPTED)) break;
    }
    // Too few candidates (small datasets): the mission keeps its invariants by adjusting to them.
    if (state.seatHolders === 0) mission.status = MissionStatus.CLOSED;
    else mission.seats = state.seatHolders;
  }

  // Published missions draw the most applications, filled ones a few unsuccessful extra ones.
  const draws: MissionState[] = states.flatMap((state) => {
    const weight =
      state.mission.status === MissionStatus.PUBLISHED
        ? 3
        : state.mission.status === MissionStatus.CLOSED
          ? 2
          : 1;
    return Array.from({ length: weight }, () => state);
  });
  while (remaining > 0 && draws.length > 0) {
    const index = rng.int(0, draws.length - 1);
    const state = draws[index] as MissionState;
    if (!apply(state, pickStatus(rng, state))) {
      draws[index] = draws[draws.length - 1] as MissionState;
      draws.pop();
    }
  }
  return applications;
}

function isOpenedStatus(status: MissionStatus): boolean {
  return (
    status === MissionStatus.PUBLISHED || status === MissionStatus.FILLED || status === MissionStatus.CLOSED
  );
}

function pickStatus(rng: Random, state: MissionState): ApplicationStatus {
  const { status, seats } = state.mission;
  const S = ApplicationStatus;
  if (status === MissionStatus.PUBLISHED) {
    // A published mission still has a free seat, otherwise it would be filled.
    const acceptable = state.seatHolders < seats - 1;
    return rng.weighted([
      [S.SUBMITTED, 35],
      [S.MANAGER_APPROVED, 20],
      [S.ACCEPTED, acceptable ? 12 : 0],
      [S.REFUSED_BY_MANAGER, 10],
      [S.DECLINED_BY_HOST, 10],
      [S.WITHDRAWN, 8],
      // The manager did not answer before the deadline.
      [S.EXPIRED, 4],
    ]);
  }
  if (status === MissionStatus.CLOSED) {
    return rng.weighted([
      [S.COMPLETED, state.seatHolders < seats ? 45 : 0],
      [S.DECLINED_BY_HOST, 25],
      [S.WITHDRAWN, 15],
      [S.REFUSED_BY_MANAGER, 15],
      [S.EXPIRED, 5],
    ]);
  }
  return rng.weighted([
    [S.DECLINED_BY_HOST, 50],
    [S.WITHDRAWN, 25],
    [S.REFUSED_BY_MANAGER, 25],
    [S.EXPIRED, 10],
  ]);
}

/** Next agent who could have applied while the mission was open, with the moment they applied. */
function nextCandidate(
  rng: Random,
  state: MissionState,
  agents: readonly GeneratedAgent[],
): { candidate: GeneratedAgent; createdAt: Date } | null {
  const pool = (state.pool ??= buildPool(rng, state.mission, agents));
  while (state.cursor < pool.length) {
    const candidate = pool[state.cursor] as GeneratedAgent;
    state.cursor += 1;
    // An agent applies after the publication and once their profile exists.
    const earliest = Math.max(state.windowStart, candidate.agent.createdAt.getTime()) + HOUR_MS;
    if (earliest < state.windowEnd) {
      return {
        candidate,
        createdAt: new Date(Math.floor(earliest + rng.next() * (state.windowEnd - earliest))),
      };
    }
  }
  return null;
}

/** Allowed agents, those with a required skill first (they are the ones who notice the mission). */
function buildPool(rng: Random, mission: DemoMission, agents: readonly GeneratedAgent[]): GeneratedAgent[] {
  const allowed =
    mission.restrictedToAdministrationIds.length > 0 ? new Set(mission.restrictedToAdministrationIds) : null;
  const required = mission.requiredSkills.map((skill) => skill.skillId);
  const keyed: { candidate: GeneratedAgent; key: number }[] = [];
  for (const candidate of agents) {
    if (candidate.agent.id === mission.contactAgentId) continue;
    if (allowed && !allowed.has(candidate.agent.administrationId)) continue;
    const matches = required.some((id) => candidate.skillIds.has(id));
    keyed.push({ candidate, key: rng.next() + (matches ? 0 : 0.7) });
  }
  keyed.sort((x, y) => x.key - y.key);
  return keyed.map((entry) => entry.candidate);
}

function buildApplication(
  rng: Random,
  id: string,
  mission: DemoMission,
  candidate: GeneratedAgent,
  status: ApplicationStatus,
  createdAt: Date,
): DemoApplication {
  const effort = mission.effortHours;
  const proposedHours = rng.weighted([
    [effort, 60],
    [Math.max(1, Math.ceil(effort * 0.75)), 20],
    [Math.max(1, Math.ceil(effort / 2)), 20],
  ] as const);
  return {
    id,
    agentId: candidate.agent.id,
    missionId: mission.id,
    motivation: motivation(rng, mission, candidate, proposedHours),
    proposedHours,
    status,
    createdAt,
  };
}

function motivation(rng: Random, mission: DemoMission, candidate: GeneratedAgent, hours: number): string {
  const { agent, administration } = candidate;
  const where = a(administration.phrase);
  const intro = rng.pick([
    `${agent.jobTitle} ${where}, je souhaite contribuer à cette mission.`,
    `Je suis ${lowerFirst(agent.jobTitle)} ${where} et cette mission rejoint mes sujets du quotidien.`,
    `En poste ${where} comme ${lowerFirst(agent.jobTitle)}, j’aimerais mettre mon expérience au service d’une autre administration.`,
  ]);

  const matched = mission.requiredSkills
    .map((required) => agent.skills.find((skill) => skill.skillId === required.skillId))
    .find((skill) => skill !== undefined);
  const skillName = matched ? (SKILL_BY_ID.get(matched.skillId)?.inSentence ?? matched.skillId) : null;
  const experience =
    matched && skillName
      ? rng.pick([
          `J’ai une expérience ${LEVEL_ADJECTIVE[matched.level]} en ${skillName}.`,
          `Mon expérience en ${skillName} me semble directement utile pour ce besoin.`,
          `J’interviens déjà sur des sujets de ${skillName} dans mon service.`,
        ])
      : rng.pick([
          'Je souhaite découvrir ce domaine et apporter ma connaissance des projets numériques de l’État.',
          'Ce sujet m’intéresse beaucoup : je souhaite monter en compétences tout en étant utile.',
        ]);

  const availability = mission.crisis
    ? 'Je suis disponible rapidement compte tenu de l’urgence.'
    : rng.pick([
        `Je peux y consacrer ${hours} heure${hours > 1 ? 's' : ''} sur la période, avec l’accord de ma hiérarchie.`,
        'Ma hiérarchie est favorable à ce partage de compétences.',
        'Je travaille surtout à distance et peux me déplacer ponctuellement.',
      ]);

  let text = '';
  for (const sentence of [intro, experience, availability]) {
    const candidateText = text ? `${text} ${sentence}` : sentence;
    if (candidateText.length > MOTIVATION_MAX) break;
    text = candidateText;
  }
  return text.length >= 20 ? text : 'Je souhaite contribuer à cette mission et partager mes compétences.';
}
