import { registerEnumType } from 'type-graphql';

/**
 * The shared kernel: enumerations that several bounded contexts speak. Registering each once here
 * gives every subgraph the very same GraphQL enum, which composition requires.
 */

export enum SkillLevel {
  BEGINNER = 'BEGINNER',
  INTERMEDIATE = 'INTERMEDIATE',
  ADVANCED = 'ADVANCED',
  EXPERT = 'EXPERT',
}
registerEnumType(SkillLevel, {
  name: 'SkillLevel',
  description: 'Niveau de maîtrise d’une compétence.',
  valuesConfig: {
    BEGINNER: { description: 'Débutant' },
    INTERMEDIATE: { description: 'Intermédiaire' },
    ADVANCED: { description: 'Avancé' },
    EXPERT: { description: 'Référent' },
  },
});
export const SKILL_LEVEL_RANK: Record<SkillLevel, number> = {
  BEGINNER: 1,
  INTERMEDIATE: 2,
  ADVANCED: 3,
  EXPERT: 4,
};

export enum WorkMode {
  ON_SITE = 'ON_SITE',
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
}
registerEnumType(WorkMode, {
  name: 'WorkMode',
  description: 'Modalité de travail : sur site, à distance ou mixte.',
  valuesConfig: {
    ON_SITE: { description: 'Sur site' },
    REMOTE: { description: 'À distance' },
    HYBRID: { description: 'Mixte (sur site et à distance)' },
  },
});

export enum SkillFamily {
  DEVELOPMENT = 'DEVELOPMENT',
  DATA = 'DATA',
  SECURITY = 'SECURITY',
  INFRASTRUCTURE_CLOUD = 'INFRASTRUCTURE_CLOUD',
  ARCHITECTURE = 'ARCHITECTURE',
  PRODUCT_PROJECT = 'PRODUCT_PROJECT',
  DESIGN_UX = 'DESIGN_UX',
  ACCESSIBILITY = 'ACCESSIBILITY',
  PROCUREMENT = 'PROCUREMENT',
  LEGAL = 'LEGAL',
}
export const SKILL_FAMILY_LABEL: Record<SkillFamily, string> = {
  DEVELOPMENT: 'Développement',
  DATA: 'Données',
  SECURITY: 'Sécurité',
  INFRASTRUCTURE_CLOUD: 'Infrastructure et cloud',
  ARCHITECTURE: 'Architecture',
  PRODUCT_PROJECT: 'Produit et projet',
  DESIGN_UX: 'Design et ergonomie',
  ACCESSIBILITY: 'Accessibilité',
  PROCUREMENT: 'Achat',
  LEGAL: 'Juridique',
};
registerEnumType(SkillFamily, {
  name: 'SkillFamily',
  description: 'Famille de compétences du référentiel.',
  valuesConfig: Object.fromEntries(
    Object.entries(SKILL_FAMILY_LABEL).map(([key, label]) => [key, { description: label }]),
  ),
});

export enum SkillMatch {
  ANY = 'ANY',
  ALL = 'ALL',
}
registerEnumType(SkillMatch, {
  name: 'SkillMatch',
  description: 'Mode de correspondance des compétences demandées.',
  valuesConfig: {
    ANY: { description: 'Au moins une des compétences' },
    ALL: { description: 'Toutes les compétences' },
  },
});

export enum EmploymentStatus {
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  CONTRACT_AGENT = 'CONTRACT_AGENT',
}
registerEnumType(EmploymentStatus, {
  name: 'EmploymentStatus',
  description: 'Statut d’emploi de l’agent.',
  valuesConfig: {
    CIVIL_SERVANT: { description: 'Fonctionnaire' },
    CONTRACT_AGENT: { description: 'Contractuel' },
  },
});

export enum AdministrationKind {
  MINISTRY = 'MINISTRY',
  DIRECTORATE = 'DIRECTORATE',
  AGENCY = 'AGENCY',
  DECENTRALISED_SERVICE = 'DECENTRALISED_SERVICE',
}
registerEnumType(AdministrationKind, {
  name: 'AdministrationKind',
  description: 'Nature d’une administration.',
  valuesConfig: {
    MINISTRY: { description: 'Ministère' },
    DIRECTORATE: { description: 'Direction d’administration centrale ou interministérielle' },
    AGENCY: { description: 'Agence, opérateur ou service à compétence nationale' },
    DECENTRALISED_SERVICE: { description: 'Service déconcentré' },
  },
});

export enum MissionKind {
  PROJECT_SUPPORT = 'PROJECT_SUPPORT',
  EXPERIENCE_FEEDBACK = 'EXPERIENCE_FEEDBACK',
  SKILLS_TRANSFER = 'SKILLS_TRANSFER',
  CONSULTING = 'CONSULTING',
  STUDY_AUDIT = 'STUDY_AUDIT',
  COMPONENT_DEVELOPMENT = 'COMPONENT_DEVELOPMENT',
  SECURITY_HARDENING = 'SECURITY_HARDENING',
  UX_IMPROVEMENT = 'UX_IMPROVEMENT',
  IDEATION_WORKSHOP = 'IDEATION_WORKSHOP',
}
export const MISSION_KIND_LABEL: Record<MissionKind, string> = {
  PROJECT_SUPPORT: 'Appui à un projet',
  EXPERIENCE_FEEDBACK: 'Retour d’expérience',
  SKILLS_TRANSFER: 'Transfert de compétences',
  CONSULTING: 'Conseil',
  STUDY_AUDIT: 'Étude ou audit',
  COMPONENT_DEVELOPMENT: 'Développement d’un composant',
  SECURITY_HARDENING: 'Sécurisation d’un dispositif numérique',
  UX_IMPROVEMENT: 'Amélioration de l’ergonomie',
  IDEATION_WORKSHOP: 'Atelier d’idéation',
};
registerEnumType(MissionKind, {
  name: 'MissionKind',
  description: 'Nature de la mission proposée.',
  valuesConfig: Object.fromEntries(
    Object.entries(MISSION_KIND_LABEL).map(([key, label]) => [key, { description: label }]),
  ),
});

export enum MissionDomain {
  TECHNICAL = 'TECHNICAL',
  BUSINESS = 'BUSINESS',
}
registerEnumType(MissionDomain, {
  name: 'MissionDomain',
  description:
    'Domaine de la mission : expertise technique, ou métier et transverse en lien avec le numérique.',
  valuesConfig: {
    TECHNICAL: { description: 'Expertise et domaine techniques' },
    BUSINESS: { description: 'Domaine métier ou transverse (achat, juridique…)' },
  },
});

export enum MissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MissionStatus, {
  name: 'MissionStatus',
  description: 'Étape du cycle de vie d’une mission.',
  valuesConfig: {
    DRAFT: { description: 'Brouillon, visible de son seul porteur' },
    SUBMITTED: { description: 'Soumise à la modération de la mission Talents' },
    PUBLISHED: { description: 'Publiée : les agents peuvent candidater' },
    FILLED: { description: 'Pourvue : toutes les places sont prises' },
    CLOSED: { description: 'Clôturée' },
    CANCELLED: { description: 'Annulée' },
  },
});

/** Statuses of a mission that has been published (it keeps its publication date afterwards). */
export const PUBLICATION_STATUSES: readonly MissionStatus[] = [
  MissionStatus.PUBLISHED,
  MissionStatus.FILLED,
  MissionStatus.CLOSED,
];

/**
 * The publication instant a seeded mission is stored with, in every subgraph: its own, or its creation
 * for a hand-built mission whose status implies a publication (the missions table requires one).
 */
export function seededPublication(mission: {
  publishedAt: Date | null;
  status: MissionStatus;
  createdAt: Date;
}): Date | null {
  return mission.publishedAt ?? (PUBLICATION_STATUSES.includes(mission.status) ? mission.createdAt : null);
}

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  MANAGER_APPROVED = 'MANAGER_APPROVED',
  ACCEPTED = 'ACCEPTED',
  COMPLETED = 'COMPLETED',
  REFUSED_BY_MANAGER = 'REFUSED_BY_MANAGER',
  DECLINED_BY_HOST = 'DECLINED_BY_HOST',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Étape du cycle de vie d’une candidature.',
  valuesConfig: {
    SUBMITTED: { description: 'Déposée, en attente de l’accord du supérieur hiérarchique' },
    MANAGER_APPROVED: { description: 'Temps libéré par le supérieur hiérarchique, en attente du porteur' },
    ACCEPTED: { description: 'Acceptée par le porteur : convention conclue' },
    COMPLETED: { description: 'Mission réalisée' },
    REFUSED_BY_MANAGER: { description: 'Refusée par le supérieur hiérarchique' },
    DECLINED_BY_HOST: { description: 'Déclinée par le porteur de la mission' },
    WITHDRAWN: { description: 'Retirée par l’agent' },
    EXPIRED: { description: 'Expirée : le supérieur hiérarchique n’a pas répondu avant l’échéance' },
  },
});
/** Statuses that hold one of the mission's seats. */
export const SEAT_HOLDING_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.ACCEPTED,
  ApplicationStatus.COMPLETED,
];

export enum DecisionReason {
  WORKLOAD = 'WORKLOAD',
  NOT_INTERESTED = 'NOT_INTERESTED',
  ALREADY_ENGAGED = 'ALREADY_ENGAGED',
  NO_MANAGEMENT_APPROVAL = 'NO_MANAGEMENT_APPROVAL',
  OTHER = 'OTHER',
  MISSION_FILLED = 'MISSION_FILLED',
}
registerEnumType(DecisionReason, {
  name: 'DecisionReason',
  description: 'Motif d’un refus ou d’un retrait, dans une liste fixe.',
  valuesConfig: {
    WORKLOAD: { description: 'Charge de travail' },
    NOT_INTERESTED: { description: 'Pas intéressé' },
    ALREADY_ENGAGED: { description: 'Déjà engagé par ailleurs' },
    NO_MANAGEMENT_APPROVAL: { description: 'Pas d’accord de la hiérarchie' },
    OTHER: { description: 'Autre (précisé en texte libre)' },
    MISSION_FILLED: { description: 'Mission pourvue : toutes les places ont été prises' },
  },
});
