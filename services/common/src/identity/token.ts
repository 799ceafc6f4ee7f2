import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { unauthenticated } from '../errors';
import {
  INTERNAL_TOKEN_ALGORITHM,
  INTERNAL_TOKEN_AUDIENCE,
  INTERNAL_TOKEN_ISSUER,
  type InternalTokenClaims,
  type ViewerKind,
} from '@talents/platform';
import { Role, type Viewer } from './viewer';

export function claimsOfViewer(viewer: Viewer): InternalTokenClaims {
  return {
    sub: viewer.subject,
    kind: viewer.kind,
    roles: [...viewer.roles],
    adm: viewer.administrationId,
    hostOf: [...viewer.hostOf],
    scopes: [...viewer.scopes],
  };
}

const KINDS: readonly ViewerKind[] = ['agent', 'client', 'anonymous', 'system'];
const ROLES = new Set<string>(Object.values(Role));

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function viewerOf(payload: JWTPayload): Viewer {
  const kind = payload.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind) || !payload.sub) {
    throw unauthenticated('Jeton de la passerelle incomplet.');
  }
  const viewerKind = kind as ViewerKind;
  return {
    kind: viewerKind,
    subject: payload.sub,
    agentId: viewerKind === 'agent' ? payload.sub : null,
    roles: stringArray(payload.roles).filter((role): role is Role => ROLES.has(role)),
    administrationId: typeof payload.adm === 'string' ? payload.adm : null,
    hostOf: stringArray(payload.hostOf),
    scopes: stringArray(payload.scopes),
  };
}

/** Where a subgraph finds the gateway's public keys. */
export type GatewayKeySource = { jwks: JSONWebKeySet } | { jwksUrl: string };

/** Tokens whose signature was checked, kept until they expire: a few per person active in the last minute. */
const VERIFIED_TOKENS_KEPT = 10_000;

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

/**
 * Checks the gateway's token on every subgraph request: signature by one of the gateway's keys,
 * issuer, audience, expiry. Anything else — no token, a client's own credentials, a forgery —
 * is refused with UNAUTHENTICATED, so that nobody reaches a subgraph around the gateway.
 */
export function createTokenVerifier(source: GatewayKeySource): TokenVerifier {
  const keySet =
    'jwks' in source
      ? createLocalJWKSet(source.jwks)
      : // Remote keys are cached and refetched when a token names an unknown `kid` (rotation).
        createRemoteJWKSet(new URL(source.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  // The gateway reuses a viewer's token for half its life: its signature is checked once, then the
  // token is known until it expires (only tokens that passed every check are kept).
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    const token = match?.[1];
    if (!token) {
      throw unauthenticated('Ce service ne répond qu’à la passerelle du hub : jeton manquant.');
    }
    const known = verified.get(token);
    if (known && Date.now() < known.expiresAt) return known.viewer;
    if (known) verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: INTERNAL_TOKEN_ISSUER,
        audience: INTERNAL_TOKEN_AUDIENCE,
        algorithms: [INTERNAL_TOKEN_ALGORITHM],
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      const viewer = viewerOf(payload);
      if (verified.size >= VERIFIED_TOKENS_KEPT) {
        const oldest = verified.keys().next();
        if (!oldest.done) verified.delete(oldest.value);
      }
      verified.set(token, { viewer, expiresAt: (payload.exp ?? 0) * 1000 });
      return viewer;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw unauthenticated('Le jeton de la passerelle a expiré.');
      }
      if (error instanceof joseErrors.JOSEError) {
        throw unauthenticated('Jeton de la passerelle invalide : signature, émetteur ou audience refusés.');
      }
      throw error;
    }
  };
}
