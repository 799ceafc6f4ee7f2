import express, { type Router } from 'express';
import type { Logger } from '@talents/platform';
import { AuthenticationError, type Authenticator } from './auth/authenticate';
import { escapeHtml, page } from './auth/html';

/** One e-mail as the local SMTP server of the embedded start received it. */
export interface OutboxMessage {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: Date;
}

/** What the outbox page lists: the embedded start's local SMTP server (hub/src/outbox-smtp.ts). */
export interface OutboxSource {
  messages(): readonly OutboxMessage[];
}

let source: OutboxSource | null = null;

/**
 * Set by the embedded `npm start` when it runs its own SMTP server (no `SMTP_URL`): only then does
 * `/outbox` exist. A deployment with a real SMTP server has no outbox page.
 */
export function setOutboxSource(next: OutboxSource | null): void {
  source = next;
}

function render(messages: readonly OutboxMessage[]): string {
  const items = [...messages]
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
    .map(
      (message) => `<li>
  <h2 class="name">${escapeHtml(message.subject)}</h2>
  <p class="roles">À ${escapeHtml(message.to.join(', '))} · de ${escapeHtml(message.from)} · ${escapeHtml(
    message.receivedAt.toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }),
  )}</p>
  <p>${escapeHtml(message.text).replace(/\n/g, '<br>')}</p>
</li>`,
    )
    .join('\n');
  return page(
    'Courriels envoyés',
    `<h1>Courriels envoyés</h1>
<div class="notice"><p>Démonstration : les courriels que le hub a envoyés depuis son démarrage, retenus par son
serveur SMTP local et jamais remis, du plus récent au plus ancien (${messages.length}).</p></div>
${items ? `<ul class="personas">${items}</ul>` : '<p>Aucun courriel pour l’instant.</p>'}`,
  );
}

/**
 * `/outbox`: the e-mails of the embedded start, for signed-in personas, so that a demo can follow
 * them. Plain HTML without script (the gateway's CSP allows scripts from files only).
 */
export function outboxRouter(deps: { authenticator: Authenticator; logger: Logger }): Router {
  const router = express.Router();
  router.get('/outbox', async (req, res, next) => {
    if (!source) {
      next();
      return;
    }
    res.set('Cache-Control', 'no-store');
    res.type('html');
    try {
      const principal = await deps.authenticator.principalOf(req, res);
      if (principal.kind !== 'agent') {
        res
          .status(401)
          .send(
            page(
              'Connexion requise',
              '<h1>Connexion requise</h1><p>Connectez-vous avec un profil de démonstration pour lire les ' +
                'courriels envoyés.</p><p><a class="button" href="/auth/personas">Choisir un profil</a></p>',
            ),
          );
        return;
      }
    } catch (error) {
      if (error instanceof AuthenticationError) {
        res
          .status(401)
          .send(page('Connexion requise', '<h1>Connexion requise</h1><p>Votre session a expiré.</p>'));
        return;
      }
      deps.logger.error({ err: error }, 'outbox page failed');
      res
        .status(503)
        .send(page('Indisponible', '<h1>Service indisponible</h1><p>Réessayez dans un instant.</p>'));
      return;
    }
    res.send(render(source.messages()));
  });
  return router;
}
