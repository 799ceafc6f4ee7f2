import { INTERNAL_TOKEN_TTL_SECONDS, signInternalClaims, type InternalTokenClaims } from '@talents/platform';
import type { SigningKeys } from './keys';
import type { Principal } from './principal';

export {
  INTERNAL_TOKEN_AUDIENCE,
  INTERNAL_TOKEN_ISSUER,
  INTERNAL_TOKEN_TTL_SECONDS,
  type InternalTokenClaims,
} from '@talents/platform';

/** The claims of docs/identity.md for a principal of the gateway. */
export function claimsOf(principal: Principal): InternalTokenClaims {
  switch (principal.kind) {
    case 'agent':
      return {
        sub: principal.agentId,
        kind: 'agent',
        roles: principal.roles,
        adm: principal.administrationId,
        hostOf: principal.hostOf,
        scopes: [],
      };
    case 'client':
      return {
        sub: principal.clientId,
        kind: 'client',
        roles: [],
        adm: null,
        hostOf: [],
        scopes: principal.scopes,
      };
    case 'anonymous':
      return { sub: 'anonymous', kind: 'anonymous', roles: [], adm: null, hostOf: [], scopes: [] };
    case 'system':
      return { sub: 'gateway', kind: 'system', roles: [], adm: null, hostOf: [], scopes: [] };
  }
}

/** Signs the token every subgraph request carries instead of the client's own credentials. */
export function signInternalToken(keys: SigningKeys, principal: Principal): Promise<string> {
  return signInternalClaims(keys.current, claimsOf(principal));
}

/**
 * One signed token per viewer, reused while at least half its life is left: signing ES256 costs
 * about as much CPU as a small subgraph fetch, and a fresh token (a new `jti`) per request also
 * kept identical fetches of one viewer from being recognised as such. The key is the claims
 * themselves and the signing key: a change of rights or a new key gives a new token at once.
 */
export class InternalTokenCache {
  private readonly tokens = new Map<string, { token: Promise<string>; renewAt: number }>();

  constructor(
    private readonly keys: SigningKeys,
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  tokenFor(principal: Principal): Promise<string> {
    const claims = claimsOf(principal);
    const key = `${this.keys.current.kid}\u0000${JSON.stringify(claims)}`;
    const now = this.now();
    const cached = this.tokens.get(key);
    if (cached && now < cached.renewAt) return cached.token;
    if (cached) this.tokens.delete(key);
    else if (this.tokens.size >= this.capacity) {
      const oldest = this.tokens.keys().next();
      if (!oldest.done) this.tokens.delete(oldest.value);
    }
    const token = signInternalClaims(this.keys.current, claims);
    // A failed signature is not kept: the next request signs again.
    token.catch(() => this.tokens.delete(key));
    this.tokens.set(key, { token, renewAt: now + (INTERNAL_TOKEN_TTL_SECONDS * 1000) / 2 });
    return token;
  }
}
