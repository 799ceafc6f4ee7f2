import type { BaseContext } from '@apollo/server';
import express, { type Router } from 'express';
import { errorPage } from '../auth/html';
import { operationRunnerFor, type PlainPageDeps } from '../internal-operation';
import { renderAgreementPdf, type AgreementDocument } from './agreement-pdf';
import { renderCertificatePdf, type CertificateDocument } from './certificate-pdf';

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

const CERTIFICATE = /* GraphQL */ `
  query CertificateDocument($id: ID!) {
    application(id: $id) {
      id
      agent {
        displayName
      }
      mission {
        title
        hostAdministration {
          name
        }
      }
      agreement {
        startDate
        endDate
        homeAdministration {
          name
        }
      }
      completion {
        hoursSpent
        agentResponse
        recordedAt
        respondedAt
        recordedBy {
          displayName
        }
      }
    }
  }
`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One kind of document: its query, what of the answer it prints, and the words of its refusals. */
interface DocumentKind<TData, TDocument> {
  path: string;
  title: string;
  query: string;
  pick(data: TData): TDocument | null;
  /** Why a document that exists cannot be printed yet (e.g. hours not confirmed); null: it can. */
  notYet?(document: TDocument): string | null;
  render(document: TDocument): Promise<Buffer>;
  fileName(id: string, document: TDocument): string;
  signIn: string;
  notYours: string;
}

/**
 * `/documents/conventions/{id}.pdf` (the mission agreement) and `/documents/attestations/{id}.pdf`
 * (the completion certificate, by application): PDFs made on the fly from what the gateway's own
 * plan answers for the person asking — so approvals' rules decide who may have them. Anyone else
 * gets the same 404 as for an unknown id; nothing is stored, a document always shows the present.
 */
export function documentsRouter<TContext extends BaseContext>(deps: PlainPageDeps<TContext>): Router {
  const router = express.Router();

  function serve<TData, TDocument>(kind: DocumentKind<TData, TDocument>): void {
    router.get(`${kind.path}/:file`, async (req, res) => {
      res.set('Cache-Control', 'private, no-store');
      const id = /^(.+)\.pdf$/.exec(req.params.file)?.[1] ?? '';
      const refuse = (status: number, message: string) =>
        res.status(status).type('html').send(errorPage(kind.title, message));
      if (!UUID.test(id)) {
        refuse(404, 'Ce document n’existe pas.');
        return;
      }
      const run = await operationRunnerFor(deps, req, res, `document-${Date.now()}`);
      const { data, error } = await run<TData>(kind.query, { id });
      const document = data ? kind.pick(data) : null;
      if (!document) {
        const code = error?.code ?? 'NOT_FOUND';
        if (code === 'UNAUTHENTICATED') refuse(401, kind.signIn);
        else if (code === 'NOT_FOUND' || code === 'FORBIDDEN') refuse(404, kind.notYours);
        else {
          deps.logger.warn({ code, documentId: id, path: kind.path }, 'document unavailable');
          refuse(503, 'Le document est momentanément indisponible : réessayez.');
        }
        return;
      }
      const notYet = kind.notYet?.(document) ?? null;
      if (notYet) {
        refuse(409, notYet);
        return;
      }
      res
        .status(200)
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="${kind.fileName(id, document)}"`)
        .send(await kind.render(document));
    });
  }

  serve<{ agreement: AgreementDocument | null }, AgreementDocument>({
    path: '/documents/conventions',
    title: 'Convention de mission',
    query: AGREEMENT,
    pick: (data) => data.agreement,
    render: renderAgreementPdf,
    fileName: (id, agreement) => `convention-${id.slice(0, 8)}-v${agreement.version}.pdf`,
    signIn: 'Connectez-vous pour télécharger la convention, puis rouvrez ce lien.',
    notYours:
      'Cette convention n’existe pas ou ne vous concerne pas : seules ses parties et l’équipe du programme ' +
      'la téléchargent.',
  });

  serve<{ application: CertificateDocument | null }, CertificateDocument>({
    path: '/documents/attestations',
    title: 'Attestation de réalisation',
    query: CERTIFICATE,
    pick: (data) => data.application,
    notYet: (certificate) =>
      certificate.completion?.agentResponse === 'CONFIRMED'
        ? null
        : 'L’attestation sera disponible quand le porteur aura enregistré les heures réalisées et que l’agent les ' +
          'aura confirmées.',
    render: renderCertificatePdf,
    fileName: (id) => `attestation-${id.slice(0, 8)}.pdf`,
    signIn: 'Connectez-vous pour télécharger l’attestation, puis rouvrez ce lien.',
    notYours:
      'Cette attestation n’existe pas ou ne vous concerne pas : l’agent, son supérieur hiérarchique, ' +
      'l’administration d’accueil et l’équipe du programme la téléchargent.',
  });
  return router;
}
