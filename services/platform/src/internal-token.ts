import { randomUUID } from 'node:crypto';
import { SignJWT, type KeyLike } from 'jose';

/** Who a request comes from, as the gateway's token says it (docs/identity.md). */
export type ViewerKind = 'agent' | 'client' | 'anonymous' | 'system';

export const INTERNAL_TOKEN_ISSUER = 'talents-gateway';
export const INTERNAL_TOKEN_AUDIENCE = 'talents-subgraphs';
export const INTERNAL_TOKEN_ALGORITHM = 'ES256';
/** Short enough that a leaked token is soon worthless, long enough for one federated request. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

/** The claims of docs/identity.md, beyond the registered ones. */
export interface InternalTokenClaims {
  sub: string;
  kind: ViewerKind;
  roles: string[];
  adm: string | null;
  hostOf: string[];
  scopes: string[];
}

/** Signs the token a subgraph request carries (the gateway's side of the contract). */
export async function signInternalClaims(
  signer: { kid: string; key: KeyLike | Uint8Array },
  claims: InternalTokenClaims,
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: INTERNAL_TOKEN_ALGORITHM, kid: signer.kid, typ: 'JWT' })
    .setIssuer(INTERNAL_TOKEN_ISSUER)
    .setAudience(INTERNAL_TOKEN_AUDIENCE)
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`)
    .setJti(randomUUID())
    .sign(signer.key);
}
