import express, { type Router } from 'express';
import type { Logger } from '@talents/platform';
import { appendCookie, isHttps, isSameOrigin } from './cookies';
import { errorPage, escapeHtml, page } from './html';
import type { PrincipalDirectory } from './principal-directory';
import type { Role } from './principal';
import { sessionCookie, signSession } from './session';
import { safeReturnPath } from './return-path';

/** A seeded agent one may sign in as without an identity provider (embedded start, development). */
export interface Persona {
  agentId: string;
  displayName: string;
  /** Why this persona is in the list, e.g. « Manager de 4 agents à la DGFiP ». */
  description: string;
}

export const ROLE_LABELS: Record<Role, string> = {
  AGENT: 'Agent',
  MANAGER: 'Manager',
  HOST: 'Porteur de besoin',
  ADMIN: 'Équipe du programme',
};

async function rolesLine(directory: PrincipalDirectory, agentId: string): Promise<string> {
  try {
    const principal = await directory.byId(agentId);
    if (!principal) return 'Profil introuvable';
    return principal.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ');
  } catch {
    // The page stays usable while profiles is down; the roles will show once it answers.
    return 'Rôles indisponibles pour le moment';
  }
}

/** `GET /auth/personas` lists the personas, one button each; `POST` signs in as one of them. */
export function personaRouter(deps: {
  personas: readonly Persona[];
  directory: PrincipalDirectory;
  sessionSecret: Uint8Array;
  logger: Logger;
}): Router {
  const router = express.Router();
  const byId = new Map(deps.personas.map((persona) => [persona.agentId, persona]));

  router.get('/auth/personas', async (req, res) => {
    const returnTo = safeReturnPath(req.query.returnTo);
    const items = await Promise.all(
      deps.personas.map(async (persona, index) => {
        const roles = await rolesLine(deps.directory, persona.agentId);
        return `<li>
  <p class="name" id="persona-${index}">${escapeHtml(persona.displayName)}</p>
  <p class="roles">${escapeHtml(persona.description)}<br>Rôles : ${escapeHtml(roles)}</p>
  <form method="post" action="/auth/personas">
    <input type="hidden" name="agentId" value="${escapeHtml(persona.agentId)}">
    <input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">
    <button type="submit" aria-describedby="persona-${index}">Se connecter en tant que ${escapeHtml(persona.displayName)}</button>
  </form>
</li>`;
      }),
    );
    res
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(
        page(
          'Choisir un profil de démonstration',
          `<h1>Choisir un profil de démonstration</h1>
<div class="notice"><p>Environnement de démonstration : la connexion se fait sans ProConnect, en choisissant
l’un des agents du jeu de données. Chaque profil illustre un rôle du programme.</p></div>
${items.length > 0 ? `<ul class="personas">${items.join('\n')}</ul>` : '<p>Aucun profil de démonstration n’est disponible.</p>'}`,
        ),
      );
  });

  router.post('/auth/personas', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    if (!isSameOrigin(req)) {
      res
        .status(403)
        .type('html')
        .send(errorPage('Requête refusée', 'Cette demande de connexion ne vient pas du hub lui-même.'));
      return;
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const persona = typeof body.agentId === 'string' ? byId.get(body.agentId) : undefined;
    if (!persona) {
      res
        .status(400)
        .type('html')
        .send(errorPage('Profil inconnu', 'Ce profil ne fait pas partie des profils de démonstration.'));
      return;
    }
    appendCookie(res, sessionCookie(await signSession(deps.sessionSecret, persona.agentId), isHttps(req)));
    deps.logger.info({ agentId: persona.agentId }, 'persona sign-in');
    res.redirect(303, safeReturnPath(body.returnTo));
  });

  return router;
}
