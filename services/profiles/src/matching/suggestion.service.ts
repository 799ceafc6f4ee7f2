import {
  badUserInput,
  denied,
  hostsAdministration,
  isAdmin,
  normaliseUuid,
  SkillLevel,
  WorkMode,
  type RequestContext,
} from '@talents/common';
import type { AgentSuggestion, Mission } from './mission.types';
import { suggestionsFor, type MissionRequirements } from './suggestion.loader';

export const DEFAULT_SUGGESTIONS = 10;
export const MAX_SUGGESTIONS = 50;

const SUGGESTIONS_DENIED =
  'Seuls les porteurs de l’administration d’accueil de la mission et l’équipe du programme peuvent voir les agents suggérés.';
const MISSING_REQUIREMENT =
  'Les exigences de la mission (compétences, dates, effort, modalité, lieu, administration) sont requises pour suggérer des agents.';

const LEVELS = new Set<string>(Object.values(SkillLevel));
const WORK_MODES = new Set<string>(Object.values(WorkMode));
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A real calendar day written YYYY-MM-DD (PostgreSQL would fail the whole batch on a bad one). */
function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function idOf(value: unknown): string | null {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '' ? value.id : null;
}

/** The administration hosting the mission, from `hostAdministration { id }` in the representation. */
export function hostAdministrationOf(mission: Mission): string | null {
  return idOf(mission.hostAdministration);
}

/**
 * Reads the requirements the gateway fetched from missions (`@requires`). Absent or malformed
 * values only come from a caller talking to the subgraph without the gateway's plan: a user error
 * naming the field, never a database error.
 */
export function requirementsOf(mission: Mission): MissionRequirements {
  const fail = (field: string): never => {
    throw badUserInput(field, MISSING_REQUIREMENT);
  };
  if (!Array.isArray(mission.requiredSkills)) return fail('requiredSkills');
  const skills = (mission.requiredSkills as unknown[]).map((required, index) => {
    const skillId = isRecord(required) ? idOf(required.skill) : null;
    if (!isRecord(required) || skillId === null) return fail(`requiredSkills.${index}.skill`);
    if (typeof required.minLevel !== 'string' || !LEVELS.has(required.minLevel))
      return fail(`requiredSkills.${index}.minLevel`);
    if (typeof required.essential !== 'boolean') return fail(`requiredSkills.${index}.essential`);
    return { skillId, minLevel: required.minLevel as SkillLevel, essential: required.essential };
  });
  if (!isLocalDate(mission.startDate)) return fail('startDate');
  if (!isLocalDate(mission.endDate)) return fail('endDate');
  if (!Number.isInteger(mission.effortHours)) return fail('effortHours');
  if (typeof mission.workMode !== 'string' || !WORK_MODES.has(mission.workMode)) return fail('workMode');
  if (mission.location !== null && mission.location !== undefined && typeof mission.location !== 'string')
    return fail('location');
  // Absent means open, as an empty list: older plans may not ask for it.
  const restrictedTo = mission.restrictedTo ?? [];
  if (!Array.isArray(restrictedTo)) return fail('restrictedTo');
  const administrations = (restrictedTo as unknown[]).map(
    (item, index) => idOf(item) ?? fail(`restrictedTo.${index}`),
  );
  return {
    skills,
    startDate: mission.startDate,
    endDate: mission.endDate,
    effortHours: mission.effortHours as number,
    workMode: mission.workMode as WorkMode,
    location:
      typeof mission.location === 'string' && mission.location.trim() !== '' ? mission.location : null,
    restrictedTo: [...new Set(administrations)],
  };
}

/**
 * `Mission.suggestedAgents`: the agents the matching function ranks highest for the mission, among
 * those the viewer may list. Hosts of the mission's administration and the programme team only —
 * checked here, since entity fields are reached through `_entities`.
 */
export class SuggestionService {
  constructor(private readonly ctx: RequestContext) {}

  async suggest(mission: Mission, first: number | null | undefined): Promise<AgentSuggestion[]> {
    const viewer = this.ctx.viewer;
    if (!isAdmin(viewer) && !hostsAdministration(viewer, hostAdministrationOf(mission))) {
      throw denied(viewer, SUGGESTIONS_DENIED, 'suggestedAgents');
    }
    // An explicit null means "no preference", like an omitted argument.
    const take = first ?? DEFAULT_SUGGESTIONS;
    if (!Number.isInteger(take) || take < 1 || take > MAX_SUGGESTIONS) {
      throw badUserInput(
        'first',
        `Le nombre d’agents suggérés doit être compris entre 1 et ${MAX_SUGGESTIONS}.`,
      );
    }
    const requirements = requirementsOf(mission);
    // No required skill: nobody holds one of them, nobody is suggested (and nothing is asked).
    if (requirements.skills.length === 0) return [];
    return suggestionsFor(this.ctx).load({ missionId: normaliseUuid(mission.id), take, requirements });
  }
}
