import { EmploymentStatus, SkillFamily, SkillLevel, WorkMode } from '@talents/common';
import { addDays, DAY_MS, isoDate } from '../dates';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from '../names';
import type { Random } from '../random';
import { ADMINISTRATIONS, type AdministrationEntry } from '../referential/administrations';
import { JOB_PROFILES, type JobProfile } from '../referential/jobs';
import { REGIONAL_PLACES, type Place } from '../referential/places';
import { RELATED_FAMILIES, SKILLS, SKILLS_BY_FAMILY } from '../referential/skills';
import { emailPart } from '../text';
import type { DemoAgent, DemoAgentSkill } from '../types';

/** An agent plus what the other generators need to know about them. */
export interface GeneratedAgent {
  agent: DemoAgent;
  administration: AdministrationEntry;
  family: SkillFamily;
  isManager: boolean;
  skillIds: ReadonlySet<string>;
}

/** Administrations whose agents are mostly of one family. */
const FAMILY_BIAS: Readonly<Record<string, SkillFamily>> = {
  anssi: SkillFamily.SECURITY,
  dgsi: SkillFamily.SECURITY,
  sgdsn: SkillFamily.SECURITY,
  dae: SkillFamily.PROCUREMENT,
  insee: SkillFamily.DATA,
  ign: SkillFamily.DATA,
  'meteo-france': SkillFamily.DATA,
  dila: SkillFamily.LEGAL,
  dinum: SkillFamily.PRODUCT_PROJECT,
  dgnum: SkillFamily.INFRASTRUCTURE_CLOUD,
};

const CORE_LEVELS: readonly (readonly [SkillLevel, number])[] = [
  [SkillLevel.BEGINNER, 5],
  [SkillLevel.INTERMEDIATE, 25],
  [SkillLevel.ADVANCED, 45],
  [SkillLevel.EXPERT, 25],
];
const SIDE_LEVELS: readonly (readonly [SkillLevel, number])[] = [
  [SkillLevel.BEGINNER, 30],
  [SkillLevel.INTERMEDIATE, 40],
  [SkillLevel.ADVANCED, 22],
  [SkillLevel.EXPERT, 8],
];
const WORK_MODES: readonly (readonly [WorkMode, number])[] = [
  [WorkMode.HYBRID, 55],
  [WorkMode.ON_SITE, 25],
  [WorkMode.REMOTE, 20],
];
const SKILL_COUNTS: readonly (readonly [number, number])[] = [
  [2, 10],
  [3, 22],
  [4, 24],
  [5, 18],
  [6, 12],
  [7, 8],
  [8, 6],
];
const HOURS_PER_MONTH = [2, 4, 4, 6, 8, 8, 10, 12, 14, 16, 20, 24, 30, 40] as const;

export function generateAgents(
  rng: Random,
  ids: Random,
  count: number,
  referenceDate: Date,
): GeneratedAgent[] {
  const administrations = assignAdministrations(rng, count);
  const { isManager, managerIndex } = buildHierarchy(rng, administrations);
  const agentIds = Array.from({ length: count }, () => ids.uuid());
  const emails = new Set<string>();
  const profiles = JOB_PROFILES.map((profile) => [profile, profile.weight] as const);

  return administrations.map((administration, index) => {
    const female = rng.chance(0.5);
    const firstName = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const profile = pickProfile(rng, administration, profiles);
    const manager = isManager[index] === true;
    const titles = rng.pick(manager ? profile.managerTitles : profile.titles);
    const place = pickPlace(rng, administration);
    const skills = pickSkills(rng, profile.family);
    const availability = pickAvailability(rng, referenceDate);
    const managerOf = managerIndex[index];
    const agent: DemoAgent = {
      id: agentIds[index] as string,
      firstName,
      lastName,
      email: uniqueEmail(emails, firstName, lastName, administration.emailDomain),
      phone: rng.chance(0.8) ? phoneNumber(rng, place) : null,
      employmentStatus: rng.chance(0.65) ? EmploymentStatus.CIVIL_SERVANT : EmploymentStatus.CONTRACT_AGENT,
      administrationId: administration.id,
      unit: rng.chance(0.55) ? rng.pick(administration.units) : rng.pick(profile.units),
      jobTitle: female ? titles[0] : titles[1],
      city: place.city,
      departmentCode: place.departmentCode,
      workMode: rng.weighted(WORK_MODES),
      skills,
      ...availability,
      managerId: managerOf === undefined ? null : (agentIds[managerOf] as string),
      inDirectory: rng.chance(0.9),
      // Skewed towards the programme's early months: most profiles were created at launch.
      createdAt: new Date(
        referenceDate.getTime() -
          (1 + Math.floor(363 * Math.sqrt(rng.next()))) * DAY_MS +
          rng.int(0, DAY_MS - 1),
      ),
    };
    return {
      agent,
      administration,
      family: profile.family,
      isManager: manager,
      skillIds: new Set(skills.map((s) => s.skillId)),
    };
  });
}

/** Covers many administrations first (so that the directory looks national), then follows their weights. */
function assignAdministrations(rng: Random, count: number): AdministrationEntry[] {
  const forced = rng
    .shuffle(ADMINISTRATIONS)
    .slice(0, Math.min(ADMINISTRATIONS.length, Math.floor(count / 4)));
  const weights = ADMINISTRATIONS.map((entry) => [entry, entry.agentWeight] as const);
  const result: AdministrationEntry[] = [];
  for (let i = 0; i < count; i += 1) result.push(forced[i] ?? rng.weighted(weights));
  return result;
}

/**
 * About 15 % of agents manage others of the same administration. Managers are ordered and only ever
 * report to an earlier manager, which rules out cycles by construction.
 */
function buildHierarchy(
  rng: Random,
  administrations: readonly AdministrationEntry[],
): { isManager: boolean[]; managerIndex: (number | undefined)[] } {
  const isManager: boolean[] = administrations.map(() => false);
  const managerIndex: (number | undefined)[] = administrations.map(() => undefined);
  const byAdministration = new Map<string, number[]>();
  administrations.forEach((entry, index) => {
    const group = byAdministration.get(entry.id) ?? [];
    group.push(index);
    byAdministration.set(entry.id, group);
  });

  for (const members of byAdministration.values()) {
    const size = members.length;
    let managerCount = 0;
    if (size >= 3) managerCount = Math.max(1, Math.round(size * 0.15));
    else if (size === 2 && rng.chance(0.5)) managerCount = 1;
    if (managerCount === 0) continue;

    const shuffled = rng.shuffle(members);
    const managers = shuffled.slice(0, managerCount);
    const reports = shuffled.slice(managerCount);
    const reportCount = new Map<number, number>(managers.map((m) => [m, 0]));
    managers.forEach((manager, rank) => {
      isManager[manager] = true;
      if (rank > 0 && rng.chance(0.7)) {
        const boss = managers[rng.int(0, rank - 1)] as number;
        managerIndex[manager] = boss;
        reportCount.set(boss, (reportCount.get(boss) ?? 0) + 1);
      }
    });
    // Every manager gets at least one report before the others are spread at random.
    const idle = managers.filter((manager) => reportCount.get(manager) === 0);
    reports.forEach((report, position) => {
      const waiting = idle[position];
      if (waiting !== undefined) managerIndex[report] = waiting;
      else if (rng.chance(0.95)) managerIndex[report] = rng.pick(managers);
    });
  }
  return { isManager, managerIndex };
}

function pickProfile(
  rng: Random,
  administration: AdministrationEntry,
  profiles: readonly (readonly [JobProfile, number])[],
): JobProfile {
  const bias = FAMILY_BIAS[administration.id];
  if (bias && rng.chance(0.5)) {
    const biased = JOB_PROFILES.find((profile) => profile.family === bias);
    if (biased) return biased;
  }
  return rng.weighted(profiles);
}

function pickPlace(rng: Random, administration: AdministrationEntry): Place {
  if (rng.chance(administration.regionalShare)) return rng.pick(REGIONAL_PLACES);
  return rng.weighted(administration.sites);
}

/** Mostly skills of the job's family, then of neighbouring families, seldom anything else. */
function pickSkills(rng: Random, family: SkillFamily): DemoAgentSkill[] {
  const total = rng.weighted(SKILL_COUNTS);
  const core = SKILLS_BY_FAMILY.get(family) ?? [];
  const coreCount = Math.min(core.length, rng.int(1, Math.min(4, total)));
  const chosen = new Map<string, SkillLevel>();
  for (const skill of rng.sample(core, coreCount)) chosen.set(skill.id, rng.weighted(CORE_LEVELS));

  const related = RELATED_FAMILIES[family].flatMap((name) => SKILLS_BY_FAMILY.get(name) ?? []);
  let attempts = 0;
  while (chosen.size < total && attempts < 50) {
    attempts += 1;
    const skill = rng.chance(0.8) ? rng.pick(related) : rng.pick(SKILLS);
    if (!chosen.has(skill.id)) chosen.set(skill.id, rng.weighted(SIDE_LEVELS));
  }
  return [...chosen].map(([skillId, level]) => ({ skillId, level }));
}

function pickAvailability(
  rng: Random,
  referenceDate: Date,
): Pick<DemoAgent, 'availableHoursPerMonth' | 'availableFrom' | 'availableUntil'> {
  if (rng.chance(0.15)) return { availableHoursPerMonth: 0, availableFrom: null, availableUntil: null };
  const from = addDays(referenceDate, rng.int(-120, 45));
  return {
    availableHoursPerMonth: rng.pick(HOURS_PER_MONTH),
    availableFrom: isoDate(from),
    availableUntil: rng.chance(0.5) ? null : isoDate(addDays(from, rng.int(60, 330))),
  };
}

function uniqueEmail(taken: Set<string>, firstName: string, lastName: string, domain: string): string {
  const local = `${emailPart(firstName)}.${emailPart(lastName)}`;
  let email = `${local}@${domain}`;
  for (let suffix = 2; taken.has(email); suffix += 1) email = `${local}${suffix}@${domain}`;
  taken.add(email);
  return email;
}

/** A landline of the place's area: `+33 1 44 87 12 34`, `+33 2 62 40 11 22`. */
function phoneNumber(rng: Random, place: Place): string {
  const prefixDigits = place.phonePrefix.replace(/ /g, '').length;
  const pairs = Array.from({ length: (9 - prefixDigits) / 2 }, () => String(rng.int(0, 99)).padStart(2, '0'));
  return `+33 ${place.phonePrefix} ${pairs.join(' ')}`;
}
