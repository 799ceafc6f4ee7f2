import type { Random } from '../random';
import { ADMINISTRATIONS } from '../referential/administrations';
import type { DemoHostReferent, DemoMission } from '../types';
import type { GeneratedAgent } from './agents';

/** The programme team works at the DINUM, in this unit (see the DINUM's units in the referential). */
export const PROGRAMME_ADMINISTRATION_ID = 'dinum';
export const PROGRAMME_UNIT = 'Mission Talents numériques';
/** A small team: enough to show the role, few enough that most DINUM agents stay plain agents. */
const MAX_PROGRAMME_ADMINS = 3;
const HIDING_SHARE = 0.04;

const PARENT_OF = new Map(ADMINISTRATIONS.map((entry) => [entry.id, entry.parentId]));

/**
 * The programme's administrators: DINUM agents of the mission Talents numériques, in rank order, at
 * most three. Units are drawn at random, so the unit may be empty: then the first DINUM agent who
 * manages nobody (or, failing that, the first DINUM agent) joins it — the only change made to an
 * agent here, without any random draw so that no other stream shifts. A dataset without any DINUM
 * agent (a very small size) has no programme team.
 */
export function appointProgrammeTeam(agents: readonly GeneratedAgent[]): string[] {
  const dinum = agents.filter(
    (generated) => generated.agent.administrationId === PROGRAMME_ADMINISTRATION_ID,
  );
  let team = dinum.filter((generated) => generated.agent.unit === PROGRAMME_UNIT);
  if (team.length === 0) {
    const recruit = dinum.find((generated) => !generated.isManager) ?? dinum[0];
    if (!recruit) return [];
    recruit.agent.unit = PROGRAMME_UNIT;
    team = [recruit];
  }
  return team.slice(0, MAX_PROGRAMME_ADMINS).map((generated) => generated.agent.id);
}

/**
 * Each mission's contact agent is a référent of the mission's host administration, once per pair,
 * in mission order. The generator takes the host from the contact's administration; a contact of
 * another administration (hand-edited data) is skipped rather than made référent of a foreign host.
 */
export function hostReferentsOf(
  missions: readonly DemoMission[],
  agents: readonly GeneratedAgent[],
): DemoHostReferent[] {
  const administrationOf = new Map(
    agents.map((generated) => [generated.agent.id, generated.agent.administrationId]),
  );
  const seen = new Set<string>();
  const referents: DemoHostReferent[] = [];
  for (const mission of missions) {
    if (administrationOf.get(mission.contactAgentId) !== mission.hostAdministrationId) continue;
    const key = `${mission.contactAgentId}:${mission.hostAdministrationId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    referents.push({ agentId: mission.contactAgentId, administrationId: mission.hostAdministrationId });
  }
  return referents;
}

/**
 * A few agents hide from their own administration (looking for a mission discreetly), some from its
 * parent ministry too. Drawn from a stream of its own, so that it shifts nothing else.
 */
export function pickHiddenFrom(rng: Random, agents: readonly GeneratedAgent[]): string[][] {
  return agents.map(({ agent }) => {
    if (!rng.chance(HIDING_SHARE)) return [];
    const parent = PARENT_OF.get(agent.administrationId) ?? null;
    return parent !== null && rng.chance(0.4) ? [agent.administrationId, parent] : [agent.administrationId];
  });
}
