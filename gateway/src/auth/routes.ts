import express, { type Router } from 'express';
import type { Logger } from '@talents/platform';
import { AuthenticationError, type Authenticator } from './authenticate';
import { appendCookie, isHttps, isSameOrigin } from './cookies';
import { errorPage } from './html';
import type { SigningKeys } from './keys';
import { PrincipalLookupError } from './principal-directory';
import { clearedSessionCookie } from './session';

/** `/.well-known/jwks.json`, `GET /auth/session` and `POST /auth/logout`. */
export function sessionRouter(deps: {
  keys: SigningKeys;
  authenticator: Authenticator;
  logger: Logger;
}): Router {
  const router = express.Router();

  router.get('/.well-known/jwks.json', (_req, res) => {
    // Subgraphs cache it and refetch on an unknown kid; a few minutes keeps rotations quick.
    res.set('Cache-Control', 'public, max-age=300').json(deps.keys.publicJwks);
  });

  router.get('/auth/session', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      const principal = await deps.authenticator.principalOf(req, res);
      if (principal.kind !== 'agent') {
        res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Vous n’êtes pas connecté.' });
        return;
      }
      res.json({
        agentId: principal.agentId,
        roles: principal.roles,
        administrationId: principal.administrationId,
        hostOf: principal.hostOf,
      });
    } catch (error) {
      if (error instanceof AuthenticationError) {
        res.status(401).json({ code: error.code, message: error.message });
      } else if (error instanceof PrincipalLookupError) {
        deps.logger.error({ err: error }, 'principal lookup failed');
        res
          .status(503)
          .json({ code: 'SERVICE_UNAVAILABLE', message: 'Le service des profils ne répond pas.' });
      } else {
        throw error;
      }
    }
  });

  router.post('/auth/logout', (req, res) => {
    if (!isSameOrigin(req)) {
      res
        .status(403)
        .type('html')
        .send(errorPage('Requête refusée', 'Cette demande de déconnexion ne vient pas du hub lui-même.'));
      return;
    }
    appendCookie(res, clearedSessionCookie(isHttps(req)));
    res.set('Cache-Control', 'no-store').redirect(303, '/');
  });

  return router;
}
