import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { SIGNING_ALGORITHM, type SigningKeys } from './keys';
import type { Principal } from './principal';

export const INTERNAL_TOKEN_ISSUER = 'talents-gateway';
export const INTERNAL_TOKEN_AUDIENCE = 'talents-subgraphs';
/** Short enough that a leaked token is soon worthless, long enough for one federated request. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

/** The claims of docs/identity.md, beyond the registered ones. */
export interface InternalTokenClaims {
  sub: string;
  kind: Principal['kind'];
  roles: string[];
  adm: string | null;
  hostOf: string[];
  scopes: string[];
}

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
export async function signInternalToken(keys: SigningKeys, principal: Principal): Promise<string> {
  const { sub, ...claims } = claimsOf(principal);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: keys.current.kid, typ: 'JWT' })
    .setIssuer(INTERNAL_TOKEN_ISSUER)
    .setAudience(INTERNAL_TOKEN_AUDIENCE)
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`)
    .setJti(randomUUID())
    .sign(keys.current.key);
}
