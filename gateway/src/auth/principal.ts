/** Roles of an agent, computed by profiles (docs/identity.md). */
export type Role = 'AGENT' | 'MANAGER' | 'HOST' | 'ADMIN';

/** Scopes an API client may hold. */
export const API_SCOPES = ['missions:read', 'profiles:read', 'stats:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface AgentPrincipal {
  kind: 'agent';
  agentId: string;
  administrationId: string | null;
  roles: Role[];
  hostOf: string[];
}

export interface ClientPrincipal {
  kind: 'client';
  clientId: string;
  name: string;
  scopes: ApiScope[];
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
}

/** The gateway itself, when it asks profiles who somebody is. */
export interface SystemPrincipal {
  kind: 'system';
}

export type Principal = AgentPrincipal | ClientPrincipal | AnonymousPrincipal | SystemPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };
export const SYSTEM: SystemPrincipal = { kind: 'system' };

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}
