import type { BaseContext } from '@apollo/server';
import express, { type Request, type Response, type Router } from 'express';
import { escapeHtml, errorPage, page } from './auth/html';
import { operationRunnerFor, type PlainPageDeps } from './internal-operation';

const DESCRIBE = /* GraphQL */ `
  query ApprovalLink($token: String!) {
    approvalLink(token: $token) {
      action
      expiresAt
      usable
      problem
    }
  }
`;
const USE = /* GraphQL */ `
  mutation UseApprovalLink($token: String!, $reason: DecisionReason) {
    useApprovalLink(token: $token, reason: $reason) {
      id
      status
    }
  }
`;

const REASONS: ReadonlyArray<[string, string]> = [
  ['WORKLOAD', 'Charge de travail'],
  ['NOT_INTERESTED', 'Pas intéressé'],
  ['ALREADY_ENGAGED', 'Déjà engagé par ailleurs'],
  ['NO_MANAGEMENT_APPROVAL', 'Pas d’accord de la hiérarchie'],
];

interface Described {
  approvalLink: { action: string; expiresAt: string; usable: boolean; problem: string | null } | null;
}

/**
 * `/decision/:token`, the one-click links of the manager's e-mail: GET only shows what the link
 * would do and asks to confirm (a bare GET — a mail scanner, a prefetch — never decides); the
 * form's POST decides, through the gateway's own plan and the approvals rules (once, before expiry,
 * by the person it was sent to). Plain HTML, no script.
 */
export function approvalLinksRouter<TContext extends BaseContext>(deps: PlainPageDeps<TContext>): Router {
  const router = express.Router();

  const runnerFor = (req: Request, res: Response) =>
    operationRunnerFor(deps, req, res, `decision-${Date.now()}`);

  const statusOf = (code: string) =>
    code === 'FORBIDDEN' ? 403 : code === 'CONFLICT' ? 409 : code === 'BAD_USER_INPUT' ? 400 : 503;

  router.get('/decision/:token', async (req, res) => {
    res.set('Cache-Control', 'no-store').type('html');
    const run = await runnerFor(req, res);
    const { data, error } = await run<Described>(DESCRIBE, { token: req.params.token });
    const link = data?.approvalLink;
    if (error || !link) {
      res.status(statusOf(error?.code ?? '')).send(errorPage('Lien de décision', error?.message ?? ''));
      return;
    }
    if (!link.usable) {
      res.status(409).send(errorPage('Lien de décision', link.problem ?? 'Ce lien ne peut plus servir.'));
      return;
    }
    const approve = link.action === 'APPROVE';
    const reasons = approve
      ? ''
      : `<p><label for="reason">Motif du refus</label><br><select id="reason" name="reason" required>
${REASONS.map(([value, label]) => `<option value="${value}">${escapeHtml(label)}</option>`).join('\n')}
</select></p>`;
    res.send(
      page(
        approve ? 'Libérer le temps demandé' : 'Refuser la demande',
        `<h1>${approve ? 'Libérer le temps demandé' : 'Refuser la demande'}</h1>
<div class="notice"><p>${
          approve
            ? 'Vous allez libérer le temps que l’agent demande pour cette mission.'
            : 'Vous allez refuser la demande de libération de temps de l’agent.'
        } Le lien ne sert qu’une fois ; il expire le ${escapeHtml(
          new Date(link.expiresAt).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }),
        )}.</p></div>
<form method="post" action="/decision/${encodeURIComponent(req.params.token)}">
${reasons}
<p><button type="submit">${approve ? 'Confirmer la libération' : 'Confirmer le refus'}</button></p>
</form>
<p><a href="/validations">Voir la demande dans « Demandes à valider »</a></p>`,
      ),
    );
  });

  router.post('/decision/:token', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res) => {
    res.set('Cache-Control', 'no-store').type('html');
    const run = await runnerFor(req, res);
    const body = req.body as { reason?: unknown };
    const reason = typeof body.reason === 'string' && body.reason !== '' ? body.reason : null;
    const { data, error } = await run<{ useApprovalLink: { id: string; status: string } | null }>(USE, {
      token: req.params.token,
      reason,
    });
    if (error || !data?.useApprovalLink) {
      res.status(statusOf(error?.code ?? '')).send(errorPage('Lien de décision', error?.message ?? ''));
      return;
    }
    const approved = data.useApprovalLink.status === 'MANAGER_APPROVED';
    res.send(
      page(
        'Décision enregistrée',
        `<h1>Décision enregistrée</h1>
<div class="notice"><p>${
          approved
            ? 'Le temps demandé est libéré : le porteur de la mission va maintenant décider.'
            : 'La demande est refusée ; l’agent en est informé.'
        }</p></div>
<p><a class="button" href="/validations">Demandes à valider</a></p>`,
      ),
    );
  });
  return router;
}
