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
}

export function createAuthenticator(deps: {
  apiClients: ApiClientStore;
  directory: PrincipalDirectory;
  sessionSecret: Uint8Array;
}): Authenticator {
  return {
    async principalOf(req, res) {
      const authorization = req.get('authorization');
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
        return client;
      }

      const session = readCookies(req.get('cookie')).get(SESSION_COOKIE);
      if (session === undefined) return ANONYMOUS;
      const agentId = await verifySession(deps.sessionSecret, session);
      const agent = agentId ? await deps.directory.byId(agentId) : null;
      if (!agent) {
        // An expired or forged cookie, or an agent who no longer exists: carry on anonymously and
        // drop the cookie, so that the browser stops sending it.
        appendCookie(res, clearedSessionCookie(isHttps(req)));
        return ANONYMOUS;
      }
      return agent;
    },
  };
}
