import { frenchDay, frenchInstant, taggedPdf } from './pdf';

/** What the completion certificate shows, as the gateway reads it through its own plan. */
export interface CertificateDocument {
  id: string;
  agent: { displayName: string } | null;
  mission: { title: string; hostAdministration: { name: string } | null } | null;
  agreement: {
    startDate: string | null;
    endDate: string | null;
    homeAdministration: { name: string } | null;
  } | null;
  completion: {
    hoursSpent: number;
    agentResponse: string;
    recordedAt: string;
    respondedAt: string | null;
    recordedBy: { displayName: string } | null;
  } | null;
}

/** The attestation the agent keeps: who did how many hours of which mission, for whom, confirmed when. */
export function renderCertificatePdf(certificate: CertificateDocument): Promise<Buffer> {
  const completion = certificate.completion!;
  const agent = certificate.agent?.displayName ?? 'L’agent';
  const host = certificate.mission?.hostAdministration?.name ?? 'L’administration d’accueil';
  const title = 'Attestation de réalisation de mission';
  return taggedPdf(
    {
      title,
      subject: certificate.mission?.title ?? 'Mission',
      createdAt: completion.respondedAt ?? completion.recordedAt,
    },
    ({ heading, paragraph }) => {
      heading('H1', title);
      paragraph('Programme « Partagez vos talents numériques ».');
      paragraph(
        `${host} atteste que ${agent}` +
          (certificate.agreement?.homeAdministration
            ? ` (administration d’origine : ${certificate.agreement.homeAdministration.name})`
            : '') +
          ` a réalisé ${completion.hoursSpent} heure${completion.hoursSpent > 1 ? 's' : ''} de mission` +
          ` sur « ${certificate.mission?.title ?? 'mission'} »` +
          (certificate.agreement
            ? `, du ${frenchDay(certificate.agreement.startDate)} au ${frenchDay(certificate.agreement.endDate)}.`
            : '.'),
      );
      heading('H2', 'Enregistrement et confirmation');
      paragraph(
        `Heures enregistrées le ${frenchInstant(completion.recordedAt)}` +
          (completion.recordedBy ? ` par ${completion.recordedBy.displayName}` : '') +
          ', pour l’administration d’accueil.',
      );
      if (completion.respondedAt)
        paragraph(`Heures confirmées par l’agent le ${frenchInstant(completion.respondedAt)}.`);
      paragraph(`Référence de la candidature : ${certificate.id}.`);
    },
  );
}
