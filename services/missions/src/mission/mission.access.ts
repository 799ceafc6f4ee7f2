import {
  forbidden,
  hasScope,
  hostsAdministration,
  isAdmin,
  MissionStatus,
  unauthenticated,
  type Viewer,
} from '@talents/common';
import type { MissionEntity } from './mission.entity';
import { PUBLICATION_STATUSES } from './mission.rules';

/** The scope an API client needs to read the catalogue (docs/identity.md). */
export const MISSIONS_READ_SCOPE = 'missions:read';

/** What anonymous visitors and API clients may see: missions once published, never before. */
export const PUBLIC_STATUSES: readonly MissionStatus[] = PUBLICATION_STATUSES;

/** Before moderation, a mission belongs to its administration's hosts and to the programme team. */
export const UNMODERATED_STATUSES: readonly MissionStatus[] = [MissionStatus.DRAFT, MissionStatus.SUBMITTED];

/**
 * Who sees which missions, as one of four audiences:
 * - `all`: programme admins and the gateway itself;
 * - `none`: API clients without `missions:read`;
 * - `public`: anonymous visitors and API clients with the scope — open missions once published
 *   (published, filled, closed), restricted ones never;
 * - `agent`: every mission of the administrations they host, whatever its status, and the missions
 *   once published (cancelled after publication included, so that those who applied keep seeing
 *   them) that are open or restricted to the agent's own administration.
 */
export type MissionAudience =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'public' }
  | { kind: 'agent'; administrationId: string | null; hostOf: readonly string[] };

export function missionAudience(viewer: Viewer): MissionAudience {
  if (viewer.kind === 'system' || isAdmin(viewer)) return { kind: 'all' };
  if (viewer.kind === 'client')
    return hasScope(viewer, MISSIONS_READ_SCOPE) ? { kind: 'public' } : { kind: 'none' };
  if (viewer.kind === 'agent') {
    return { kind: 'agent', administrationId: viewer.administrationId, hostOf: viewer.hostOf };
  }
  return { kind: 'public' };
}

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The audience as a SQL condition on the mission table aliased `alias`, for every statement that
 * reads missions on a viewer's behalf: lists keep their limits and their single statement, and a
 * hidden mission is simply absent. Parameter names start with `visible` so that they never clash
 * with a listing's own. `isMissionVisible` is the same rule on a loaded row; a test holds them equal.
 */
export function visibleMissionCondition(viewer: Viewer, alias: string): SqlCondition {
  const audience = missionAudience(viewer);
  const column = (name: string) => `${alias}.${name}`;
  switch (audience.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'none':
      return { sql: 'FALSE', params: {} };
    case 'public':
      return {
        sql: `(${column('status')} = ANY(CAST(:visiblePublicStatuses AS text[])) AND cardinality(${column('restricted_to')}) = 0)`,
        params: { visiblePublicStatuses: [...PUBLIC_STATUSES] },
      };
    case 'agent':
      return {
        sql: `(${column('host_administration_id')} = ANY(CAST(:visibleHostOf AS text[]))
          OR (${column('status')} <> ALL(CAST(:visibleUnmoderated AS text[]))
            AND ${column('published_at')} IS NOT NULL
            AND (cardinality(${column('restricted_to')}) = 0
              OR CAST(:visibleAdministration AS text) = ANY(${column('restricted_to')}))))`,
        params: {
          visibleHostOf: [...audience.hostOf],
          visibleUnmoderated: [...UNMODERATED_STATUSES],
          visibleAdministration: audience.administrationId,
        },
      };
  }
}

export type MissionVisibilityFacts = Pick<
  MissionEntity,
  'status' | 'publishedAt' | 'restrictedTo' | 'hostAdministrationId'
>;

/** `visibleMissionCondition` on a row already loaded (checks on writes). */
export function isMissionVisible(viewer: Viewer, mission: MissionVisibilityFacts): boolean {
  const audience = missionAudience(viewer);
  switch (audience.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'public':
      return PUBLIC_STATUSES.includes(mission.status) && mission.restrictedTo.length === 0;
    case 'agent':
      if (audience.hostOf.includes(mission.hostAdministrationId)) return true;
      return (
        !UNMODERATED_STATUSES.includes(mission.status) &&
        mission.publishedAt !== null &&
        (mission.restrictedTo.length === 0 ||
          (audience.administrationId !== null && mission.restrictedTo.includes(audience.administrationId)))
      );
  }
}

/**
 * The root queries (`mission`, `missions`) are the public catalogue: anonymous visitors read it,
 * API clients only with `missions:read` (the gateway checks too; a subgraph never relies on it).
 */
export function checkCatalogueAccess(viewer: Viewer): void {
  if (viewer.kind === 'client' && !hasScope(viewer, MISSIONS_READ_SCOPE)) {
    throw forbidden('Ce client d’API n’a pas accès aux missions (autorisation « missions:read » requise).');
  }
}

/** Hosts manage the missions of the administrations they host; admins manage every mission. */
export function canManageMissionsOf(viewer: Viewer, administrationId: string): boolean {
  return isAdmin(viewer) || hostsAdministration(viewer, administrationId);
}

export const ACCESS_MESSAGES = {
  notHostOfInput: 'Vous ne pouvez rédiger une mission que pour une administration dont vous êtes référent.',
  notHostOfMission: (verb: string) =>
    `Seuls les référents de l’administration d’accueil et l’équipe du programme peuvent ${verb} cette mission.`,
  moderationOnly: 'Seule l’équipe du programme peut modérer les missions.',
  ownDataOnly: 'Seuls l’agent lui-même et l’équipe du programme peuvent consulter ces données.',
} as const;

/**
 * Writes are for signed-in agents only; `@Authorized` guards the mutations already, and this
 * repeats it for any caller of the service.
 */
export function checkAgentWriter(viewer: Viewer, verb: string): void {
  if (viewer.kind === 'anonymous') {
    throw unauthenticated(`Connectez-vous pour ${verb} une mission.`);
  }
  if (viewer.kind !== 'agent') {
    throw forbidden(`Seul un agent connecté peut ${verb} une mission : les clients d’API ne font que lire.`);
  }
}
