import { frenchDay as day, frenchInstant as when, taggedPdf } from './pdf';

/** What the agreement's PDF shows, as the gateway reads it through its own plan. */
export interface AgreementDocument {
  id: string;
  version: number;
  hours: number;
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  mission: {
    title: string;
    description?: string | null;
    workMode?: string | null;
    location?: string | null;
  } | null;
  agent: { displayName: string } | null;
  homeAdministration: { name: string } | null;
  releasedBy: { displayName: string } | null;
  hostAdministration: { name: string } | null;
  hostContact: { displayName: string } | null;
  clauses: Array<{ title: string; text: string }>;
  acknowledgements: Array<{
    party: 'AGENT' | 'HOME' | 'HOST';
    agent: { displayName: string } | null;
    acknowledgedAt: string;
  }>;
}

const WORK_MODES: Readonly<Record<string, string>> = {
  REMOTE: 'à distance',
  ON_SITE: 'sur site',
  HYBRID: 'en partie à distance',
};

const PARTIES: Readonly<Record<string, string>> = {
  AGENT: 'L’agent',
  HOME: 'L’administration d’origine',
  HOST: 'L’administration d’accueil',
};

/** The agreement: a title, the parties, the mission, the clauses and who acknowledged this version. */
export function renderAgreementPdf(agreement: AgreementDocument): Promise<Buffer> {
  const title = `Convention de mission — version ${agreement.version}`;
  const subject = agreement.mission?.title ?? 'Mission';
  return taggedPdf({ title, subject, createdAt: agreement.createdAt }, ({ heading, paragraph }) => {
    heading('H1', title);
    paragraph(
      `Programme « Partagez vos talents numériques ». Convention établie le ${when(agreement.createdAt)}, ` +
        `référence ${agreement.id}.`,
    );

    heading('H2', 'Les parties');
    paragraph(`L’agent : ${agreement.agent?.displayName ?? 'agent non communiqué'}.`);
    paragraph(
      `L’administration d’origine : ${agreement.homeAdministration?.name ?? 'non communiquée'}, ` +
        `représentée par ${agreement.releasedBy?.displayName ?? 'le supérieur hiérarchique de l’agent'}, ` +
        'qui a libéré le temps de l’agent.',
    );
    paragraph(
      `L’administration d’accueil : ${agreement.hostAdministration?.name ?? 'non communiquée'}, ` +
        `représentée par ${agreement.hostContact?.displayName ?? 'un référent du programme'}.`,
    );

    heading('H2', 'La mission');
    const mission = agreement.mission;
    paragraph(`Intitulé : ${mission?.title ?? 'non communiqué'}.`);
    if (mission?.description) paragraph(mission.description);
    paragraph(
      `Temps convenu : ${agreement.hours} heure${agreement.hours > 1 ? 's' : ''}, du ${day(agreement.startDate)} ` +
        `au ${day(agreement.endDate)}.`,
    );
    const mode = mission?.workMode ? WORK_MODES[mission.workMode] : undefined;
    if (mode || mission?.location) {
      paragraph(`Modalités : ${[mode, mission?.location].filter(Boolean).join(', ')}.`);
    }

    heading('H2', 'Clauses');
    for (const clause of agreement.clauses) {
      heading('H3', clause.title);
      paragraph(clause.text);
    }

    heading('H2', `Prise en compte de la version ${agreement.version}`);
    for (const party of ['AGENT', 'HOME', 'HOST'] as const) {
      const ack = agreement.acknowledgements.find((candidate) => candidate.party === party);
      paragraph(
        ack
          ? `${PARTIES[party]} : prise en compte par ${ack.agent?.displayName ?? 'une personne habilitée'} le ${when(ack.acknowledgedAt)}.`
          : `${PARTIES[party]} : pas encore prise en compte.`,
      );
    }
  });
}
