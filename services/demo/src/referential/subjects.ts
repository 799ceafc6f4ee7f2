/**
 * What a mission is about: a digital service, tool, API or data set of the host administration,
 * written with its article so that French contractions work (see `text.ts`).
 */
export type SubjectType = 'online' | 'internal' | 'api' | 'data' | 'platform';

export interface Subject {
  phrase: string;
  types: readonly SubjectType[];
}

export function subject(phrase: string, ...types: SubjectType[]): Subject {
  return { phrase, types };
}

/** Subjects any administration may have. */
export const GENERIC_SUBJECTS: readonly Subject[] = [
  subject('l’intranet ministériel', 'internal'),
  subject('le système d’information des ressources humaines', 'internal', 'data'),
  subject('l’outil de gestion du courrier', 'internal'),
  subject('le site internet ministériel', 'online'),
  subject('l’application de gestion des subventions', 'internal', 'online'),
  subject('l’entrepôt de données décisionnel', 'data', 'platform'),
  subject('la chaîne de publication des données ouvertes', 'data', 'api'),
  subject('la messagerie collaborative', 'internal', 'platform'),
  subject('l’annuaire des agents', 'internal', 'api', 'data'),
  subject('le portail de démarches en ligne', 'online'),
  subject('l’application de suivi des contentieux', 'internal'),
  subject('la plateforme d’hébergement des applications métier', 'platform'),
  subject('l’outil de gestion des rendez-vous usagers', 'online', 'api'),
  subject('le formulaire de contact des usagers', 'online'),
];
