import type { BaseContext } from '@apollo/server';
import express, { type Router } from 'express';
import { errorPage } from '../auth/html';
import { operationRunnerFor, type PlainPageDeps } from '../internal-operation';
import { renderAgreementPdf, type AgreementDocument } from './agreement-pdf';

const AGREEMENT = /* GraphQL */ `
  query AgreementDocument($id: ID!) {
    agreement(id: $id) {
      id
      version
      hours
      startDate
      endDate
      createdAt
      mission {
        title
        description
        workMode
        location
      }
      agent {
        displayName
      }
      homeAdministration {
        name
      }
      releasedBy {
        displayName
      }
      hostAdministration {
        name
      }
      hostContact {
        displayName
      }
      clauses {
        title
        text
      }
      acknowledgements {
        party
        agent {
          displayName
        }
        acknowledgedAt
      }
    }
  }
`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TITLE = 'Convention de mission';

/**
 * `/documents/conventions/{id}.pdf`: the mission agreement as a PDF, made on the fly from what the
 * gateway's own plan answers for the person asking — so approvals' rules decide who may have it
 * (its parties and the programme team). Anyone else gets the same 404 as for an unknown id.
 */
export function documentsRouter<TContext extends BaseContext>(deps: PlainPageDeps<TContext>): Router {
  const router = express.Router();
  router.get('/documents/conventions/:file', async (req, res) => {
    res.set('Cache-Control', 'private, no-store');
    const id = /^(.+)\.pdf$/.exec(req.params.file)?.[1] ?? '';
    if (!UUID.test(id)) {
      res.status(404).type('html').send(errorPage(TITLE, 'Ce document n’existe pas.'));
      return;
    }
    const run = await operationRunnerFor(deps, req, res, `document-${Date.now()}`);
    const { data, error } = await run<{ agreement: AgreementDocument | null }>(AGREEMENT, { id });
    if (!data?.agreement) {
      const code = error?.code ?? 'NOT_FOUND';
      if (code === 'UNAUTHENTICATED') {
        res
          .status(401)
          .type('html')
          .send(errorPage(TITLE, 'Connectez-vous pour télécharger la convention, puis rouvrez ce lien.'));
      } else if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
        res
          .status(404)
          .type('html')
          .send(
            errorPage(
              TITLE,
              'Cette convention n’existe pas ou ne vous concerne pas : seules ses parties et l’équipe du programme ' +
                'la téléchargent.',
            ),
          );
      } else {
        deps.logger.warn({ code, documentId: id }, 'agreement document unavailable');
        res
          .status(503)
          .type('html')
          .send(errorPage(TITLE, 'Le document est momentanément indisponible : réessayez.'));
      }
      return;
    }
    const pdf = await renderAgreementPdf(data.agreement);
    res
      .status(200)
      .type('application/pdf')
      .set(
        'Content-Disposition',
        `inline; filename="convention-${id.slice(0, 8)}-v${data.agreement.version}.pdf"`,
      )
      .send(pdf);
  });
  return router;
}
