import type { ViewerKind } from '@talents/platform';
import { registerEnumType } from 'type-graphql';

/** Roles of a signed-in agent, computed by profiles (docs/identity.md). */
export enum Role {
  AGENT = 'AGENT',
  MANAGER = 'MANAGER',
  HOST = 'HOST',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Rôle d’un agent dans le programme.',
  valuesConfig: {
    AGENT: { description: 'Agent : son profil, ses candidatures.' },
    MANAGER: { description: 'Manager : les demandes de ses agents.' },
    HOST: { description: 'Porteur de besoin, référent d’une administration d’accueil.' },
    ADMIN: { description: 'Équipe du programme (mission Talents numériques, DINUM).' },
  },
});

/** Who a subgraph request is for, read from the token the gateway signed. */
export interface Viewer {
  kind: ViewerKind;
  /** Agent UUID, API client id, `anonymous` or `gateway`. */
  subject: string;
  /** Set for agents only. */
  agentId: string | null;
  roles: readonly Role[];
  administrationId: string | null;
  /** Administrations the agent is a référent (host) of. */
  hostOf: readonly string[];
  /** API client scopes. */
  scopes: readonly string[];
}

export const ANONYMOUS_VIEWER: Viewer = {
  kind: 'anonymous',
  subject: 'anonymous',
  agentId: null,
  roles: [],
  administrationId: null,
  hostOf: [],
  scopes: [],
};

export const SYSTEM_VIEWER: Viewer = {
  kind: 'system',
  subject: 'gateway',
  agentId: null,
  roles: [],
  administrationId: null,
  hostOf: [],
  scopes: [],
};

export function agentViewer(
  agentId: string,
  options: { roles?: readonly Role[]; administrationId?: string | null; hostOf?: readonly string[] } = {},
): Viewer {
  return {
    kind: 'agent',
    subject: agentId,
    agentId,
    roles: options.roles ?? [Role.AGENT],
    administrationId: options.administrationId ?? null,
    hostOf: options.hostOf ?? [],
    scopes: [],
  };
}

export function clientViewer(clientId: string, scopes: readonly string[]): Viewer {
  return { ...ANONYMOUS_VIEWER, kind: 'client', subject: clientId, scopes };
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'agent' && viewer.roles.includes(Role.ADMIN);
}

/** The viewer is this very agent. */
export function isSelf(viewer: Viewer, agentId: string | null | undefined): boolean {
  return viewer.kind === 'agent' && agentId != null && viewer.agentId === agentId;
}

export function hostsAdministration(viewer: Viewer, administrationId: string | null | undefined): boolean {
  return viewer.kind === 'agent' && administrationId != null && viewer.hostOf.includes(administrationId);
}

export function hasScope(viewer: Viewer, scope: string): boolean {
  return viewer.kind === 'client' && viewer.scopes.includes(scope);
}

/** A person or the gateway itself: neither anonymous nor a machine client. */
export function isHuman(viewer: Viewer): boolean {
  return viewer.kind === 'agent';
}
