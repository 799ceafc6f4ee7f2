import {
  DECISION_REASON_LABELS,
  DOMAIN_LABELS,
  formatDate,
  formatDateTime,
  MISSION_KIND_LABELS,
  MISSION_STATUS_LABELS,
  SKILL_LEVEL_LABELS,
  WORK_MODE_LABELS,
} from '../common/labels';
import type { ApplicationStatus } from '../gql/graphql';
import type { AuditSource } from './audit-merge';

export const SOURCE_LABELS: Record<AuditSource, string> = {
  profiles: 'Profils',
  missions: 'Missions',
  approvals: 'Candidatures',
};

/** The actions the services record (`entity.verb`), as the programme team reads them. */
export const ACTION_LABELS: Record<string, string> = {
  'agent.updateProfile': 'Profil modifié',
  'agent.updateIdentity': 'Identité et rôles modifiés',
  'agent.setSkills': 'Compétences modifiées',
  'agent.setAvailability': 'Disponibilité modifiée',
  'agent.setDirectoryVisibility': 'Visibilité dans l’annuaire modifiée',
  'agent.setHiddenFromAdministrations': 'Administrations masquées modifiées',
  'agent.erase': 'Compte effacé (RGPD)',
  'personalData.read': 'Données personnelles consultées',
  'mission.create': 'Mission créée',
  'mission.update': 'Mission modifiée',
  'mission.submit': 'Mission soumise à la modération',
  'mission.publish': 'Mission publiée',
  'mission.returnToDraft': 'Mission renvoyée en brouillon',
  'mission.markFilled': 'Mission déclarée pourvue',
  'mission.close': 'Mission clôturée',
  'mission.cancel': 'Mission annulée',
  'application.submit': 'Candidature déposée',
  'application.approve': 'Temps libéré par le supérieur',
  'application.refuse': 'Candidature refusée par le supérieur',
  'application.accept': 'Candidature acceptée par le porteur',
  'application.decline': 'Candidature déclinée par le porteur',
  'application.declineFilled': 'Candidature close : mission pourvue',
  'application.withdraw': 'Candidature retirée',
  'application.expire': 'Candidature expirée',
  'application.reassign': 'Demande réattribuée à un autre valideur',
  'application.complete': 'Réalisation enregistrée',
  'agreement.acknowledge': 'Convention validée',
  'agreement.amend': 'Convention modifiée (avenant)',
  'completion.confirm': 'Réalisation confirmée par l’agent',
  'completion.dispute': 'Réalisation contestée par l’agent',
  'completion.feedback': 'Avis donné sur la mission',
  'completion.endorse': 'Compétences attestées',
  'timeBudget.set': 'Budget de temps fixé',
  'credit.correct': 'Crédit de temps corrigé',
  'approvalDelegation.create': 'Suppléance créée',
  'approvalDelegation.revoke': 'Suppléance révoquée',
};

export const ACTOR_KIND_LABELS: Record<string, string> = {
  agent: 'agent',
  client: 'système d’un ministère (client d’API)',
  anonymous: 'personne non connectée',
  system: 'traitement automatique',
};

export const ENTITY_LABELS: Record<string, string> = {
  Agent: 'Agent',
  Mission: 'Mission',
  Application: 'Candidature',
  Agreement: 'Convention',
  TimeBudget: 'Budget de temps',
  CreditEntry: 'Écriture du crédit de temps',
  ApprovalDelegation: 'Suppléance',
};

/** The fields of the recorded states, in French; a field not listed shows under its own name. */
export const FIELD_LABELS: Record<string, string> = {
  id: 'Identifiant',
  title: 'Titre',
  kind: 'Type de mission',
  domain: 'Domaine',
  description: 'Description',
  hostAdministrationId: 'Administration d’accueil',
  contactAgentId: 'Contact',
  effortHours: 'Effort (heures)',
  startDate: 'Début',
  endDate: 'Fin',
  applicationDeadline: 'Date limite de candidature',
  workMode: 'Mode de travail',
  location: 'Lieu',
  seats: 'Places',
  crisis: 'Mission de crise',
  status: 'Statut',
  restrictedTo: 'Réservée aux administrations',
  returnReason: 'Motif de renvoi',
  createdAt: 'Créée le',
  publishedAt: 'Publiée le',
  updatedAt: 'Modifiée le',
  version: 'Version',
  requiredSkills: 'Compétences demandées',
  skillId: 'Compétence',
  minLevel: 'Niveau minimal',
  essential: 'Indispensable',
  firstName: 'Prénom',
  lastName: 'Nom',
  phone: 'Téléphone',
  email: 'Courriel',
  unit: 'Service',
  jobTitle: 'Poste',
  city: 'Ville',
  departmentCode: 'Département',
  hoursPerMonth: 'Heures par mois',
  from: 'Du',
  until: 'Au',
  skills: 'Compétences',
  level: 'Niveau',
  administrationIds: 'Administrations',
  administrationId: 'Administration',
  managerId: 'Supérieur hiérarchique',
  hostOf: 'Référent des administrations',
  programmeTeam: 'Équipe du programme',
  erased: 'Effacé',
  erasedAt: 'Effacé le',
  agentId: 'Agent',
  missionId: 'Mission',
  motivation: 'Motivation',
  proposedHours: 'Heures proposées',
  reason: 'Motif',
  reasonText: 'Précision du motif',
  approvedHours: 'Heures accordées',
  beyondBudget: 'Au-delà du budget',
  deadline: 'Date limite de décision',
  approverAgentId: 'Valideur',
  hours: 'Heures',
  parties: 'Parties',
  agentResponse: 'Réponse de l’agent',
  hoursSpent: 'Heures réalisées',
  comment: 'Commentaire',
  side: 'Partie',
  rating: 'Note',
  text: 'Texte',
  year: 'Année',
  annualHours: 'Heures par an',
  customised: 'Fixé par le supérieur',
  corrects: 'Écriture corrigée',
  managerAgentId: 'Supérieur',
  deputyAgentId: 'Suppléant',
  revokedAt: 'Révoquée le',
};

/** Field values that are codes of an enumeration the dashboard already names. */
const ENUM_VALUES: Record<string, Record<string, string>> = {
  kind: MISSION_KIND_LABELS,
  domain: DOMAIN_LABELS,
  workMode: WORK_MODE_LABELS,
  minLevel: SKILL_LEVEL_LABELS,
  level: SKILL_LEVEL_LABELS,
  reason: DECISION_REASON_LABELS,
};

/**
 * An application's statuses as a third party reads them (the dashboard's badges speak to the agent:
 * « votre supérieur »); the codes of missions and applications overlap (SUBMITTED), hence per type.
 */
const APPLICATION_STATUS_VALUES: Record<ApplicationStatus, string> = {
  SUBMITTED: 'Déposée',
  MANAGER_APPROVED: 'Temps libéré par le supérieur',
  ACCEPTED: 'Acceptée par le porteur',
  COMPLETED: 'Mission réalisée',
  REFUSED_BY_MANAGER: 'Refusée par le supérieur',
  DECLINED_BY_HOST: 'Déclinée par le porteur',
  WITHDRAWN: 'Retirée par l’agent',
  EXPIRED: 'Expirée (sans réponse du supérieur)',
};

const STATUS_VALUES: Record<string, Record<string, string>> = {
  Mission: MISSION_STATUS_LABELS,
  Application: APPLICATION_STATUS_VALUES,
};

/** « Mission modifiée », or the code itself when the dashboard does not know it yet. */
export function actionLabel(action: string): { label: string; known: boolean } {
  const label = ACTION_LABELS[action];
  return label ? { label, known: true } : { label: action, known: false };
}

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A recorded value in words: dates in French, codes by their label, yes/no, « vide ». */
export function scalarText(field: string, value: unknown, entityType: string): string {
  if (value === null || value === undefined || value === '') return 'vide';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return value.toLocaleString('fr-FR');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field === 'status') return STATUS_VALUES[entityType]?.[value] ?? value;
  const named = ENUM_VALUES[field]?.[value];
  if (named) return named;
  if (ISO_DATE.test(value)) return formatDate(value);
  if (ISO_INSTANT.test(value)) return formatDateTime(value);
  return value;
}

/** One changed field of an entry: its value before and after (undefined: absent from that state). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const FIELD_ORDER = Object.keys(FIELD_LABELS);

/** Fields in the order people read them (title first, dates and version last); unknown ones after. */
function fieldRank(field: string): number {
  const rank = FIELD_ORDER.indexOf(field);
  return rank < 0 ? FIELD_ORDER.length : rank;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between the recorded states (all of them for a creation, or when a state
 * is not an object); a state that is a plain value shows as one « valeur » field.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (before == null && after == null) return [];
  if ((before != null && !isRecord(before)) || (after != null && !isRecord(after))) {
    return same(before, after) ? [] : [{ field: 'valeur', before, after }];
  }
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => !same(from[field], to[field]))
    .sort((a, b) => fieldRank(a) - fieldRank(b))
    .map((field) => ({ field, before: from[field], after: to[field] }));
}
