import {
  forbidden,
  isAdmin,
  isUuid,
  normaliseUuid,
  unauthenticated,
  type RequestContext,
  type Viewer,
  denied,
  hasScope,
} from '@talents/common';
import { PROFILES_SCHEMA } from '../shared/constants';
import { applicantHostsByAgentId, hiddenFromByAgentId } from './agent.loader';
import type { Agent } from './agent.types';

/** Personal fields of an Agent, as named in errors and in the audit log. */
export type PersonalField = 'email' | 'phone' | 'manager' | 'availability';

export const PERSONAL_FIELD_DENIED =
  'Seuls l’agent, son manager, les porteurs des missions auxquelles il a candidaté et l’équipe du programme peuvent voir cette information.';
export const SELF_OR_ADMIN_ONLY =
  'Seuls l’agent lui-même et l’équipe du programme peuvent voir ou modifier ces informations.';

/** The signed-in agent's id as stored (lower case), or null for anyone else. */
export function viewerAgentId(viewer: Viewer): string | null {
  return viewer.kind === 'agent' && viewer.agentId !== null && isUuid(viewer.agentId)
    ? normaliseUuid(viewer.agentId)
    : null;
}

export function isSelfOrAdmin(viewer: Viewer, agentId: string): boolean {
  return isAdmin(viewer) || (isUuid(agentId) && viewerAgentId(viewer) === normaliseUuid(agentId));
}

/** Guards the agent's own data: the agent, or the programme team; nobody else, machines included. */
export function requireSelfOrAdmin(viewer: Viewer, agentId: string, action: string, field = 'id'): void {
  if (viewer.kind === 'anonymous') throw unauthenticated(`Connectez-vous pour ${action}.`);
  if (!isSelfOrAdmin(viewer, agentId)) {
    throw forbidden(
      `Seuls l’agent lui-même et l’équipe du programme peuvent ${action} : vous ne pouvez modifier que votre propre profil.`,
      field,
    );
  }
}

/**
 * The personal-data rule: the agent, their manager, hosts of an administration the agent applied
 * to, the programme team, and the gateway itself (role look-ups). API clients and anonymous
 * visitors never. Only hosts cost a look-up, batched for every agent of the request.
 */
export async function canReadPersonalData(ctx: RequestContext, agent: Agent): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.kind === 'system') return true;
  const me = viewerAgentId(viewer);
  if (me === null) return false;
  if (isAdmin(viewer) || agent.id === me || agent.managerId === me) return true;
  if (viewer.hostOf.length === 0) return false;
  const applied = await applicantHostsByAgentId(ctx).load(agent.id);
  return applied.some((row) => viewer.hostOf.includes(row.administrationId));
}

/**
 * Resolves a personal field: null with FORBIDDEN when the viewer is not entitled (the rest of the
 * response is kept), and an audited read when a person reads someone else's.
 */
export async function personalField<T>(
  ctx: RequestContext,
  agent: Agent,
  field: PersonalField,
  value: () => T | Promise<T>,
): Promise<T> {
  if (!(await canReadPersonalData(ctx, agent))) throw denied(ctx.viewer, PERSONAL_FIELD_DENIED, field);
  // The trail itself skips machines and people reading their own data.
  ctx.audit.read({ entityType: 'Agent', entityId: agent.id, subjectAgentId: agent.id, field });
  return value();
}

export const PROFILE_FIELD_DENIED =
  'Seuls le nom et le poste de cet agent vous sont visibles : il n’apparaît pas dans l’annuaire pour vous (hors annuaire, masqué pour votre administration ou compte effacé), ou vous n’êtes pas connecté.';

/** The fields of an Agent every caller sees, the public card: what a mission's contact shows to anyone. */
export type ProfileField =
  | 'employmentStatus'
  | 'administration'
  | 'unit'
  | 'city'
  | 'departmentCode'
  | 'workMode'
  | 'skills'
  | 'undeclaredEndorsedSkills'
  | 'inDirectory'
  | 'createdAt';

/**
 * Whether the viewer sees the agent's profile beyond the public card (name, job): the rule of the
 * lists (`listableAgentCondition`) on one agent, for `agent(id)` and references (a mission's
 * contact). Computed once per agent and request.
 */
export function canSeeProfile(ctx: RequestContext, agent: Agent): Promise<boolean> {
  agent.profileVisible ??= profileVisibility(ctx, agent);
  return agent.profileVisible;
}

async function profileVisibility(ctx: RequestContext, agent: Agent): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.kind === 'system' || isAdmin(viewer)) return true;
  if (agent.erased) return false;
  if (viewer.kind === 'client') return hasScope(viewer, 'profiles:read') && agent.inDirectory;
  const me = viewerAgentId(viewer);
  if (me === null) return false;
  if (agent.id === me || agent.managerId === me) return true;
  if (viewer.hostOf.length > 0) {
    const applied = await applicantHostsByAgentId(ctx).load(agent.id);
    if (applied.some((row) => viewer.hostOf.includes(row.administrationId))) return true;
  }
  if (!agent.inDirectory) return false;
  const shielded = new Set([...(viewer.administrationId ? [viewer.administrationId] : []), ...viewer.hostOf]);
  const hidden = await hiddenFromByAgentId(ctx).load(agent.id);
  return !hidden.some((row) => shielded.has(row.administrationId));
}

/** A profile field: its value when the viewer sees the profile, otherwise null with a refusal naming it. */
export async function profileField<T>(
  ctx: RequestContext,
  agent: Agent,
  field: ProfileField,
  value: () => T | Promise<T>,
): Promise<T> {
  if (!(await canSeeProfile(ctx, agent))) throw denied(ctx.viewer, PROFILE_FIELD_DENIED, field);
  return value();
}

/** Turns a value into a bind parameter of the statement being built, and returns its placeholder. */
export type Bind = (value: unknown) => string;

/**
 * Who may be listed to this viewer, as an SQL condition on the `profiles.agent` row aliased
 * `alias`, for every listing of agents (the directory, suggested agents): erased accounts never;
 * admins see everyone else; API clients the agents in the directory; an agent sees those in the
 * directory who do not hide from the viewer's administration or the administrations the viewer
 * hosts, plus — in the directory or not — themself, their reports and those who applied to a host
 * they are. Values go through `bind`, so that the same text serves a query builder (named
 * parameters) and a hand-written statement (positional ones).
 */
export function listableAgentCondition(viewer: Viewer, alias: string, bind: Bind): string {
  const notErased = `${alias}.erased_at IS NULL`;
  if (isAdmin(viewer)) return notErased;
  const me = viewerAgentId(viewer);
  if (me === null) return `${notErased} AND ${alias}.in_directory = true`;
  const shielded = [
    ...new Set([...(viewer.administrationId ? [viewer.administrationId] : []), ...viewer.hostOf]),
  ];
  const hosted = [...new Set(viewer.hostOf)];
  const inDirectory =
    shielded.length === 0
      ? `${alias}.in_directory = true`
      : `(${alias}.in_directory = true AND NOT EXISTS (SELECT 1 FROM "${PROFILES_SCHEMA}".agent_hidden_from hidden
          WHERE hidden.agent_id = ${alias}.id AND hidden.administration_id = ANY(CAST(${bind(shielded)} AS text[]))))`;
  const viewerId = bind(me);
  const related = [
    inDirectory,
    `${alias}.id = CAST(${viewerId} AS uuid)`,
    `${alias}.manager_id = CAST(${viewerId} AS uuid)`,
  ];
  if (hosted.length > 0) {
    related.push(
      `EXISTS (SELECT 1 FROM "${PROFILES_SCHEMA}".applicant_host applied
        WHERE applied.agent_id = ${alias}.id AND applied.administration_id = ANY(CAST(${bind(hosted)} AS text[])))`,
    );
  }
  return `${notErased} AND (${related.join(' OR ')})`;
}
