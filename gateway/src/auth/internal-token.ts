import { signInternalClaims, type InternalTokenClaims } from '@talents/platform';
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
