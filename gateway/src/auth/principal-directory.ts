import type { SigningKeys } from './keys';
import { signInternalToken } from './internal-token';
import { SYSTEM, type AgentPrincipal, type Role } from './principal';

export const PRINCIPAL_QUERY = /* GraphQL */ `
  query Principal($id: ID, $email: String) {
    principal(id: $id, email: $email) {
      agentId
      administrationId
      roles
      hostOf
    }
  }
`;

interface PrincipalPayload {
  agentId: string;
  administrationId: string | null;
  roles: Role[];
  hostOf: string[];
}

/** Profiles could not say who somebody is: the request cannot be authorised either way. */
export class PrincipalLookupError extends Error {}

export interface PrincipalDirectoryOptions {
  /** GraphQL URL of the profiles subgraph, asked directly rather than through the gateway. */
  profilesUrl: string;
  keys: SigningKeys;
  /** Roles change rarely; 30 s keeps a promotion or a removal quick to take effect. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * Who an agent is and which roles they hold, by id (sessions) or professional e-mail (OIDC),
 * asked of profiles with a `system` token and cached briefly in memory, bounded in size.
 */
export class PrincipalDirectory {
  private readonly cache = new Map<string, { expiresAt: number; value: Promise<AgentPrincipal | null> }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: PrincipalDirectoryOptions) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  byId(agentId: string): Promise<AgentPrincipal | null> {
    return this.cached(`id:${agentId}`, { id: agentId });
  }

  byEmail(email: string): Promise<AgentPrincipal | null> {
    return this.cached(`email:${email.trim().toLowerCase()}`, { email: email.trim() });
  }

  private cached(key: string, variables: { id?: string; email?: string }): Promise<AgentPrincipal | null> {
    const now = this.now();
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit) this.cache.delete(key);
    // The promise itself is cached so that concurrent requests of one person share one look-up.
    const value = this.fetchPrincipal(variables);
    value.catch(() => this.cache.delete(key));
    this.cache.set(key, { expiresAt: now + this.ttlMs, value });
    // A Map iterates in insertion order: the first key is the oldest entry.
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return value;
  }

  private async fetchPrincipal(variables: { id?: string; email?: string }): Promise<AgentPrincipal | null> {
    let body: { data?: { principal?: PrincipalPayload | null } | null; errors?: Array<{ message: string }> };
    try {
      const response = await fetch(this.options.profilesUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await signInternalToken(this.options.keys, SYSTEM)}`,
        },
        body: JSON.stringify({ query: PRINCIPAL_QUERY, variables }),
        signal: AbortSignal.timeout(5_000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new PrincipalLookupError(`profiles unreachable: ${String(error)}`);
    }
    if (body.errors?.length || !body.data) {
      throw new PrincipalLookupError(`principal lookup failed: ${body.errors?.[0]?.message ?? 'no data'}`);
    }
    const found = body.data.principal;
    if (!found) return null;
    return {
      kind: 'agent',
      agentId: found.agentId,
      administrationId: found.administrationId,
      roles: found.roles,
      hostOf: found.hostOf,
    };
  }
}
