import { startOfUtcDay } from './dates';
import { demoEndorsements } from './endorsements';
import { generateAgents } from './generators/agents';
import { generateApplications } from './generators/applications';
import { generateMissions } from './generators/missions';
import { appointProgrammeTeam, hostReferentsOf, pickHiddenFrom } from './generators/roles';
import { Random } from './random';
import { ADMINISTRATIONS } from './referential/administrations';
import { SKILLS } from './referential/skills';
import { DEFAULT_DEMO_SIZE, type DemoData, type DemoSize } from './types';

/** The programme's launch date (6 May 2020), as a default seed that means something. */
export const DEFAULT_DEMO_SEED = 20200506;

export interface GenerateDemoDataOptions {
  size?: DemoSize;
  /** Dates are placed around it; defaults to today at 00:00 UTC. */
  referenceDate?: Date;
  seed?: number;
}

/**
 * Builds the demo dataset: real administrations and a skills referential, then agents, missions and
 * applications that satisfy the domain rules. Pure and deterministic: the same options give the same
 * data. Ids come from their own streams, so an agent's or a mission's id depends only on the seed and
 * its rank — not on the sizes or the reference date — which keeps seeding idempotent from day to day.
 */
export function generateDemoData(options: GenerateDemoDataOptions = {}): DemoData {
  const size = options.size ?? DEFAULT_DEMO_SIZE;
  for (const [name, value] of Object.entries(size)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(
        `La taille « ${name} » du jeu de démonstration doit être un entier positif ou nul.`,
      );
    }
  }
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const referenceDate = startOfUtcDay(options.referenceDate ?? new Date());

  const agents = generateAgents(
    Random.derive(seed, 'agents'),
    Random.derive(seed, 'agent-ids'),
    size.agents,
    referenceDate,
  );
  // Before anything reads the agents: the programme team may need one DINUM agent moved to its unit.
  const programmeAdmins = appointProgrammeTeam(agents);
  const hiddenFrom = pickHiddenFrom(Random.derive(seed, 'hidden-from'), agents);
  const missions = generateMissions(
    Random.derive(seed, 'missions'),
    Random.derive(seed, 'mission-ids'),
    size.missions,
    referenceDate,
    agents,
  );
  const applications = generateApplications(
    Random.derive(seed, 'applications'),
    Random.derive(seed, 'application-ids'),
    size.applications,
    referenceDate,
    agents,
    missions,
  );

  const data: DemoData = {
    administrations: ADMINISTRATIONS.map(({ id, name, acronym, kind, parentId }) => ({
      id,
      name,
      acronym,
      kind,
      parentId,
    })),
    skills: SKILLS.map(({ id, label, family }) => ({ id, label, family })),
    agents: agents.map((generated, index) => ({ ...generated.agent, hiddenFrom: hiddenFrom[index] ?? [] })),
    missions,
    applications,
    hostReferents: hostReferentsOf(missions, agents),
    programmeAdmins,
  };
  return { ...data, endorsements: demoEndorsements(data) };
}
