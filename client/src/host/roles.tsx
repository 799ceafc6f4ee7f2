import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useSession } from '../session/session';

/** The roles the gateway computes for the signed-in agent (profiles' `Principal`, not in the API). */
export type Role = 'AGENT' | 'MANAGER' | 'HOST' | 'ADMIN';

export interface Roles {
  /** True until the gateway has said who the agent is. */
  loading: boolean;
  roles: readonly Role[];
  /** The administrations the agent is référent of (hosts missions for). */
  hostOf: readonly string[];
  /** The gateway could not say (profiles down): screens say so instead of showing nothing. */
  failed: boolean;
}

const NONE: Roles = { loading: false, roles: [], hostOf: [], failed: false };
const RolesContext = createContext<Roles>(NONE);

const ROLES: readonly Role[] = ['AGENT', 'MANAGER', 'HOST', 'ADMIN'];

function parse(body: unknown): Pick<Roles, 'roles' | 'hostOf'> {
  const value = (body ?? {}) as { roles?: unknown; hostOf?: unknown };
  const roles = Array.isArray(value.roles)
    ? value.roles.filter((role): role is Role => ROLES.includes(role as Role))
    : [];
  const hostOf = Array.isArray(value.hostOf)
    ? value.hostOf.filter((id): id is string => typeof id === 'string')
    : [];
  return { roles, hostOf };
}

/**
 * Reads `GET /auth/session` once per signed-in agent: the schema keeps roles internal (`Principal`
 * is @inaccessible), and the gateway's session answer is where the dashboard learns them. It is
 * read afresh on every page load, so a change by the programme team shows at the next one.
 */
export function RolesProvider({ children }: { children: ReactNode }) {
  const { agent } = useSession();
  const agentId = agent?.id ?? null;
  const [roles, setRoles] = useState<Roles>(NONE);

  useEffect(() => {
    if (!agentId) {
      setRoles(NONE);
      return;
    }
    let current = true;
    setRoles({ ...NONE, loading: true });
    fetch('/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const parsed = parse(await response.json());
        if (current) setRoles({ loading: false, failed: false, ...parsed });
      })
      .catch(() => {
        if (current) setRoles({ ...NONE, failed: true });
      });
    return () => {
      current = false;
    };
  }, [agentId]);

  return <RolesContext.Provider value={roles}>{children}</RolesContext.Provider>;
}

export function useRoles(): Roles {
  return useContext(RolesContext);
}

export function hasRole(roles: Roles, role: Role): boolean {
  return roles.roles.includes(role);
}
