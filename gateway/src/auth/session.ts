import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { serializeCookie } from './cookies';

export const SESSION_COOKIE = 'talents_session';
export const SESSION_TTL_SECONDS = 8 * 60 * 60;
const SESSION_AUDIENCE = 'talents-session';

/**
 * The HS256 secret of session cookies: `SESSION_SECRET`, or a random one outside production —
 * sessions then end with the process, which is fine on a laptop. Production requires it, since
 * every replica must accept the cookies the others issued.
 */
export function loadSessionSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const raw = env.SESSION_SECRET;
  if (raw) {
    if (raw.length < 32) throw new Error('SESSION_SECRET doit compter au moins 32 caractères.');
    return new TextEncoder().encode(raw);
  }
  if (env.NODE_ENV === 'production') {
    throw new Error('SESSION_SECRET est obligatoire en production (au moins 32 caractères aléatoires).');
  }
  return randomBytes(32);
}

/** Signs the session of an agent: nothing but their id, roles are looked up afresh. */
export async function signSession(secret: Uint8Array, agentId: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(agentId)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${SESSION_TTL_SECONDS}s`)
    .sign(secret);
}

/** The agent id of a valid session, or null for anything forged, expired or malformed. */
export async function verifySession(secret: Uint8Array, token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], audience: SESSION_AUDIENCE });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

export function sessionCookie(token: string, secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_TTL_SECONDS, path: '/', secure });
}

export function clearedSessionCookie(secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, path: '/', secure });
}
