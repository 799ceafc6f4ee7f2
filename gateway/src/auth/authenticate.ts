import type { Request, Response } from 'express';
import type { ApiClientStore } from './api-clients';
import { looksLikeApiKey } from './api-clients';
import { appendCookie, isHttps, readCookies } from './cookies';
import type { PrincipalDirectory } from './principal-directory';
import { ANONYMOUS, type Principal } from './principal';
import { clearedSessionCookie, SESSION_COOKIE, verifySession } from './session';

/** The caller presented credentials that are not (or no longer) valid: HTTP 401, `UNAUTHENTICATED`. */
export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';
}

export interface Authenticator {
  /** Who is calling. May clear a stale session cookie on `res`; throws AuthenticationError. */
  principalOf(req: Request, res: Response): Promise<Principal>;
  /** The same from raw headers (a WebSocket upgrade): a stale session is simply anonymous. */
  principalOfHeaders(headers: { authorization?: string; cookie?: string }): Promise<Principal>;
}

export function createAuthenticator(deps: {
  apiClients: ApiClientStore;
  directory: PrincipalDirectory;
  sessionSecret: Uint8Array;
}): Authenticator {
  const resolve = async (
    authorization: string | undefined,
    cookie: string | undefined,
  ): Promise<{ principal: Principal; staleSession: boolean }> => {
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      const token = match?.[1];
      if (!token || !looksLikeApiKey(token)) {
        throw new AuthenticationError(
          'En-tête Authorization non reconnu : utilisez « Bearer » suivi d’une clé d’API « tn_… ».',
        );
      }
      const client = await deps.apiClients.authenticate(token);
      if (!client) throw new AuthenticationError('Clé d’API invalide ou révoquée.');
      return { principal: client, staleSession: false };
    }
    const session = readCookies(cookie).get(SESSION_COOKIE);
    if (session === undefined) return { principal: ANONYMOUS, staleSession: false };
    const agentId = await verifySession(deps.sessionSecret, session);
    const agent = agentId ? await deps.directory.byId(agentId) : null;
    // An expired or forged cookie, or an agent who no longer exists: carry on anonymously.
    return agent ? { principal: agent, staleSession: false } : { principal: ANONYMOUS, staleSession: true };
  };
  return {
    async principalOf(req, res) {
      const { principal, staleSession } = await resolve(req.get('authorization'), req.get('cookie'));
      // Drop a stale cookie, so that the browser stops sending it.
      if (staleSession) appendCookie(res, clearedSessionCookie(isHttps(req)));
      return principal;
    },
    async principalOfHeaders(headers) {
      return (await resolve(headers.authorization, headers.cookie)).principal;
    },
  };
}
