/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Nature d’une administration. */
export type AdministrationKind =
  /** Agence, opérateur ou service à compétence nationale */
  | 'AGENCY'
  /** Service déconcentré */
  | 'DECENTRALISED_SERVICE'
  /** Direction d’administration centrale ou interministérielle */
  | 'DIRECTORATE'
  /** Ministère */
  | 'MINISTRY';

/** Disponibilité de l’agent pour des missions. */
export type AgentAvailabilityInput = {
  /** Début de la disponibilité (inclus). */
  from?: string | null | undefined;
  /** Heures par mois que l’agent peut donner (de 0 à 80). */
  hoursPerMonth: number;
  /** Fin de la disponibilité (incluse), au plus tôt le jour du début. */
  until?: string | null | undefined;
};

/** Modifications du profil d’un agent ; un champ absent reste inchangé. */
export type AgentProfileInput = {
  /** Ville de la résidence administrative. */
  city?: string | null | undefined;
  /** Code du département, par exemple « 75 », « 2A » ou « 971 ». */
  departmentCode?: string | null | undefined;
  /** Prénom (1 à 100 caractères). */
  firstName?: string | null | undefined;
  /** Intitulé du poste. */
  jobTitle?: string | null | undefined;
  /** Nom de famille (1 à 100 caractères). */
  lastName?: string | null | undefined;
  /** Téléphone au format français (« 01 23 45 67 89 » ou « +33 1 23 45 67 89 ») ; null l’efface. */
  phone?: string | null | undefined;
  /** Service ou bureau d’affectation. */
  unit?: string | null | undefined;
  /** Modalité de travail souhaitée. */
  workMode?: WorkMode | null | undefined;
};

/** Compétence déclarée avec son niveau. */
export type AgentSkillInput = {
  /** Niveau de maîtrise. */
  level: SkillLevel;
  /** Identifiant de la compétence dans le référentiel. */
  skillId: string | number;
};

/** Changement d’une convention : les champs absents gardent leur valeur. */
export type AgreementAmendmentInput = {
  /** Dernier jour de la mission. */
  endDate?: string | null | undefined;
  /** Heures convenues (1 à 1 607). */
  hours?: number | null | undefined;
  /** Premier jour de la mission. */
  startDate?: string | null | undefined;
};

/** Partie à une convention de mission. */
export type AgreementParty =
  /** L’agent qui réalise la mission */
  | 'AGENT'
  /** L’administration d’origine, par le supérieur hiérarchique qui a libéré le temps */
  | 'HOME'
  /** L’administration d’accueil, par un référent ou le contact de la mission */
  | 'HOST';

/** Étape du cycle de vie d’une candidature. */
export type ApplicationStatus =
  /** Acceptée par le porteur : convention conclue */
  | 'ACCEPTED'
  /** Mission réalisée */
  | 'COMPLETED'
  /** Déclinée par le porteur de la mission */
  | 'DECLINED_BY_HOST'
  /** Expirée : le supérieur hiérarchique n’a pas répondu avant l’échéance */
  | 'EXPIRED'
  /** Temps libéré par le supérieur hiérarchique, en attente du porteur */
  | 'MANAGER_APPROVED'
  /** Refusée par le supérieur hiérarchique */
  | 'REFUSED_BY_MANAGER'
  /** Déposée, en attente de l’accord du supérieur hiérarchique */
  | 'SUBMITTED'
  /** Retirée par l’agent */
  | 'WITHDRAWN';

/** Candidature d’un agent à une mission. */
export type ApplyInput = {
  /** Identifiant de l’agent qui candidate (UUID). Par défaut l’agent connecté ; un autre agent que soi : réservé à l’équipe du programme (sinon FORBIDDEN). */
  agentId?: string | number | null | undefined;
  /** Clé d’idempotence choisie par le client (1 à 100 caractères), une par candidature : un nouvel essai avec la même clé rend la candidature déjà déposée au lieu d’en créer une seconde ; la même clé pour une autre mission : CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Identifiant de la mission visée (UUID). */
  missionId: string | number;
  /** Motivation de l’agent : 20 à 2000 caractères, espaces de début et de fin retirés. */
  motivation: string;
  /** Nombre d’heures que l’agent propose de consacrer à la mission (1 à 105). */
  proposedHours: number;
};

/** Réponse de l’agent aux heures réalisées que le porteur a enregistrées. */
export type CompletionResponse =
  /** Confirmées par l’agent */
  | 'CONFIRMED'
  /** Contestées par l’agent (avec un commentaire) */
  | 'DISPUTED'
  /** En attente de l’agent */
  | 'PENDING';

/** Motif d’un refus ou d’un retrait, dans une liste fixe. */
export type DecisionReason =
  /** Déjà engagé par ailleurs */
  | 'ALREADY_ENGAGED'
  /** Mission pourvue : toutes les places ont été prises */
  | 'MISSION_FILLED'
  /** Pas intéressé */
  | 'NOT_INTERESTED'
  /** Pas d’accord de la hiérarchie */
  | 'NO_MANAGEMENT_APPROVAL'
  /** Autre (précisé en texte libre) */
  | 'OTHER'
  /** Charge de travail */
  | 'WORKLOAD';

/** Qui donne un retour sur une mission réalisée. */
export type FeedbackSide =
  /** L’agent, sur la mission et l’accueil */
  | 'AGENT'
  /** L’administration d’accueil, sur la contribution de l’agent */
  | 'HOST';

/** Domaine de la mission : expertise technique, ou métier et transverse en lien avec le numérique. */
export type MissionDomain =
  /** Domaine métier ou transverse (achat, juridique…) */
  | 'BUSINESS'
  /** Expertise et domaine techniques */
  | 'TECHNICAL';

/** Critères de recherche de missions (tous combinés par « et »). */
export type MissionFilter = {
  /** Vrai : missions de crise seulement ; faux : les autres. */
  crisis?: boolean | null | undefined;
  /** Administration d’accueil. */
  hostAdministrationId?: string | number | null | undefined;
  /** Natures retenues ; absent ou vide : toutes. */
  kinds?: Array<MissionKind> | null | undefined;
  /** Recherche en texte intégral (français) dans l’intitulé et la description : guillemets pour une expression, « or » pour une alternative, « - » pour exclure. */
  search?: string | null | undefined;
  /** Compétences demandées ; absent ou vide : pas de critère. */
  skillIds?: Array<string | number> | null | undefined;
  /** Les missions doivent demander au moins une (ANY) ou toutes (ALL) les compétences de skillIds. */
  skillMatch?: SkillMatch;
  /** Statuts retenus ; absent ou vide : les missions publiées (PUBLISHED) seulement. */
  statuses?: Array<MissionStatus> | null | undefined;
  /** Modalités de travail retenues ; absent ou vide : toutes. */
  workModes?: Array<WorkMode> | null | undefined;
};

/** Contenu d’une mission, à la création comme à la modification. */
export type MissionInput = {
  /** Date limite de candidature, strictement avant le début (entre 2000 et 2100). */
  applicationDeadline: string;
  /** Agent à contacter pour la mission (porteur du besoin). */
  contactAgentId: string | number;
  /** Vrai pour une mission liée à une situation de crise. */
  crisis?: boolean;
  /** Description du besoin (5 000 caractères au plus, espaces de bord retirés). */
  description: string;
  /** Domaine : technique, ou métier et transverse. */
  domain: MissionDomain;
  /** Effort attendu en heures (de 1 à 105). */
  effortHours: number;
  /** Date de fin, au plus tôt le jour du début et au plus 12 mois après. */
  endDate: string;
  /** Administration qui accueille la mission. */
  hostAdministrationId: string | number;
  /** Nature de la mission. */
  kind: MissionKind;
  /** Lieu d’exercice (facultatif, 200 caractères au plus ; vide : aucun). */
  location?: string | null | undefined;
  /** Compétences demandées (de 1 à 15, sans doublon). */
  requiredSkills: Array<RequiredSkillInput>;
  /** Administrations auxquelles la mission est réservée ; vide : ouverte à toutes. */
  restrictedToAdministrationIds?: Array<string | number>;
  /** Nombre de places (de 1 à 20). */
  seats: number;
  /** Date de début (entre 2000 et 2100). */
  startDate: string;
  /** Intitulé court (150 caractères au plus, espaces de bord retirés). */
  title: string;
  /** Modalité de travail. */
  workMode: WorkMode;
};

/** Nature de la mission proposée. */
export type MissionKind =
  /** Développement d’un composant */
  | 'COMPONENT_DEVELOPMENT'
  /** Conseil */
  | 'CONSULTING'
  /** Retour d’expérience */
  | 'EXPERIENCE_FEEDBACK'
  /** Atelier d’idéation */
  | 'IDEATION_WORKSHOP'
  /** Appui à un projet */
  | 'PROJECT_SUPPORT'
  /** Sécurisation d’un dispositif numérique */
  | 'SECURITY_HARDENING'
  /** Transfert de compétences */
  | 'SKILLS_TRANSFER'
  /** Étude ou audit */
  | 'STUDY_AUDIT'
  /** Amélioration de l’ergonomie */
  | 'UX_IMPROVEMENT';

/** Étape du cycle de vie d’une mission. */
export type MissionStatus =
  /** Annulée */
  | 'CANCELLED'
  /** Clôturée */
  | 'CLOSED'
  /** Brouillon, visible de son seul porteur */
  | 'DRAFT'
  /** Pourvue : toutes les places sont prises */
  | 'FILLED'
  /** Publiée : les agents peuvent candidater */
  | 'PUBLISHED'
  /** Soumise à la modération de la mission Talents */
  | 'SUBMITTED';

/** Nature d’une notification : l’étape de la candidature dont elle informe. */
export type NotificationKind =
  /** Aux parties de la convention qui ne l’ont pas modifiée : une nouvelle version est à prendre en compte. */
  | 'AGREEMENT_AMENDED'
  /** Aux porteurs : une candidature libérée par le supérieur attend leur décision. */
  | 'APPLICANT_RELEASED'
  /** À l’agent et à son supérieur hiérarchique : le porteur a accepté la candidature. */
  | 'APPLICATION_ACCEPTED'
  /** À l’agent : le porteur a décliné sa candidature. */
  | 'APPLICATION_DECLINED'
  /** À l’agent et à son supérieur hiérarchique : la demande a expiré faute de réponse. */
  | 'APPLICATION_EXPIRED'
  /** À l’agent : son supérieur hiérarchique a refusé la demande. */
  | 'APPLICATION_REFUSED'
  /** À l’agent : son supérieur hiérarchique a libéré son temps. */
  | 'APPLICATION_RELEASED'
  /** Au supérieur hiérarchique et aux porteurs : l’agent a retiré sa candidature. */
  | 'APPLICATION_WITHDRAWN'
  /** Au supérieur hiérarchique : rappel d’une demande encore sans réponse. */
  | 'APPROVAL_REMINDER'
  /** Au supérieur hiérarchique (ou à l’équipe du programme) : une demande attend sa décision. */
  | 'APPROVAL_REQUESTED'
  /** À l’agent : le porteur a enregistré les heures réalisées, à confirmer ou à contester. */
  | 'COMPLETION_RECORDED'
  /** À l’agent : la mission est pourvue, sa candidature est close. */
  | 'MISSION_FILLED';

/** Un choix pour une nature de notification. */
export type NotificationPreferenceInput = {
  /** Vrai : aussi par courriel ; faux : dans l’application seulement. */
  email: boolean;
  /** Nature de notification. */
  kind: NotificationKind;
};

/** Périmètre des chiffres du programme. */
export type ProgrammeNumbersFilter = {
  /** Premier jour de la période (heure de Paris) ; par défaut, douze mois avant la fin. */
  from?: string | null | undefined;
  /** Seulement ce type de mission. */
  kind?: MissionKind | null | undefined;
  /** Seulement les missions accueillies par ce ministère (identifiant de l’administration ministère). */
  ministryId?: string | number | null | undefined;
  /** Dernier jour de la période, inclus ; par défaut, aujourd’hui. */
  to?: string | null | undefined;
};

/** Compétence demandée par la mission et niveau minimal. */
export type RequiredSkillInput = {
  /** Compétence indispensable (vrai, par défaut) ou appréciée (faux) : le rapprochement compte double les indispensables. */
  essential?: boolean | null | undefined;
  /** Niveau minimal attendu. */
  minLevel: SkillLevel;
  /** Identifiant de la compétence du référentiel. */
  skillId: string | number;
};

/** Famille de compétences du référentiel. */
export type SkillFamily =
  /** Accessibilité */
  | 'ACCESSIBILITY'
  /** Architecture */
  | 'ARCHITECTURE'
  /** Données */
  | 'DATA'
  /** Design et ergonomie */
  | 'DESIGN_UX'
  /** Développement */
  | 'DEVELOPMENT'
  /** Infrastructure et cloud */
  | 'INFRASTRUCTURE_CLOUD'
  /** Juridique */
  | 'LEGAL'
  /** Achat */
  | 'PROCUREMENT'
  /** Produit et projet */
  | 'PRODUCT_PROJECT'
  /** Sécurité */
  | 'SECURITY';

/** Niveau de maîtrise d’une compétence. */
export type SkillLevel =
  /** Avancé */
  | 'ADVANCED'
  /** Débutant */
  | 'BEGINNER'
  /** Référent */
  | 'EXPERT'
  /** Intermédiaire */
  | 'INTERMEDIATE';

/** Mode de correspondance des compétences demandées. */
export type SkillMatch =
  /** Toutes les compétences */
  | 'ALL'
  /** Au moins une des compétences */
  | 'ANY';

/** Modalité de travail : sur site, à distance ou mixte. */
export type WorkMode =
  /** Mixte (sur site et à distance) */
  | 'HYBRID'
  /** Sur site */
  | 'ON_SITE'
  /** À distance */
  | 'REMOTE';

export type HostedMissionsQueryVariables = Exact<{
  administrationId: string | number;
}>;

export type HostedMissionsQuery = {
  missions: {
    nodes: Array<{
      id: string;
      title: string;
      kindLabel: string;
      status: MissionStatus;
      startDate: string;
      endDate: string;
      seats: number;
      seatsRemaining: number | null;
      applications: Array<{ id: string; status: ApplicationStatus }> | null;
    }>;
  } | null;
};

export type MissionApplicantsQueryVariables = Exact<{
  id: string | number;
}>;

export type MissionApplicantsQuery = {
  mission: {
    id: string;
    title: string;
    kindLabel: string;
    status: MissionStatus;
    startDate: string;
    endDate: string;
    effortHours: number;
    seats: number;
    seatsRemaining: number | null;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
    applications: Array<{
      id: string;
      version: number;
      status: ApplicationStatus;
      proposedHours: number;
      approvedHours: number | null;
      beyondBudget: boolean;
      motivation: string;
      reason: DecisionReason | null;
      reasonText: string | null;
      createdAt: string;
      updatedAt: string;
      agent: {
        id: string;
        displayName: string;
        jobTitle: string;
        administration: { id: string; name: string; acronym: string | null } | null;
      } | null;
    }> | null;
    suggestedAgents: Array<{
      score: number;
      availabilityScore: number;
      workModeScore: number;
      agent: { id: string };
      met: Array<{ id: string; label: string }>;
      partlyMet: Array<{ id: string; label: string }>;
      missing: Array<{ id: string; label: string }>;
      endorsed: Array<{ id: string; label: string }>;
    }> | null;
  } | null;
};

export type AcceptApplicationMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;

export type AcceptApplicationMutation = {
  acceptApplication: { id: string; version: number; status: ApplicationStatus };
};

export type DeclineApplicationMutationVariables = Exact<{
  id: string | number;
  reason: DecisionReason;
  reasonText?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;

export type DeclineApplicationMutation = {
  declineApplication: {
    id: string;
    version: number;
    status: ApplicationStatus;
    reason: DecisionReason | null;
    reasonText: string | null;
  };
};

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyApplicationsQuery = {
  me: {
    id: string;
    applications: Array<{
      id: string;
      status: ApplicationStatus;
      reason: DecisionReason | null;
      reasonText: string | null;
      proposedHours: number;
      motivation: string;
      createdAt: string;
      updatedAt: string;
      timeline: Array<{ status: ApplicationStatus; at: string }>;
      mission: {
        id: string;
        title: string;
        kindLabel: string;
        startDate: string;
        endDate: string;
        hostAdministration: { id: string; name: string } | null;
      } | null;
    }> | null;
  } | null;
};

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
  reason: DecisionReason;
  reasonText?: string | null | undefined;
}>;

export type WithdrawApplicationMutation = {
  withdrawApplication: {
    id: string;
    status: ApplicationStatus;
    reason: DecisionReason | null;
    reasonText: string | null;
    updatedAt: string;
  };
};

export type MyApplicationUpdatesSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MyApplicationUpdatesSubscription = {
  myApplicationUpdates: {
    cursor: string;
    status: ApplicationStatus;
    occurredAt: string;
    application: {
      id: string;
      status: ApplicationStatus;
      reason: DecisionReason | null;
      reasonText: string | null;
      updatedAt: string;
    };
  };
};

export type ApplicantIdentityFragment = {
  id: string;
  displayName: string;
  jobTitle: string;
  administration: { id: string; name: string; acronym: string | null } | null;
};

export type ApprovalRequestItemFragment = {
  hoursAsked: number;
  budgetYear: number;
  remainingHours: number;
  programmeQueue: boolean;
  deadline: string | null;
  onBehalfOf: { id: string; displayName: string } | null;
  application: {
    id: string;
    version: number;
    status: ApplicationStatus;
    proposedHours: number;
    motivation: string;
    createdAt: string;
  };
  agent: {
    id: string;
    displayName: string;
    jobTitle: string;
    administration: { id: string; name: string; acronym: string | null } | null;
  } | null;
  mission: {
    id: string;
    title: string;
    kindLabel: string;
    startDate: string;
    endDate: string;
    applicationDeadline: string;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
  } | null;
};

export type ApprovalInboxQueryVariables = Exact<{ [key: string]: never }>;

export type ApprovalInboxQuery = {
  me: {
    id: string;
    approvalInbox: Array<{
      hoursAsked: number;
      budgetYear: number;
      remainingHours: number;
      programmeQueue: boolean;
      deadline: string | null;
      onBehalfOf: { id: string; displayName: string } | null;
      application: {
        id: string;
        version: number;
        status: ApplicationStatus;
        proposedHours: number;
        motivation: string;
        createdAt: string;
      };
      agent: {
        id: string;
        displayName: string;
        jobTitle: string;
        administration: { id: string; name: string; acronym: string | null } | null;
      } | null;
      mission: {
        id: string;
        title: string;
        kindLabel: string;
        startDate: string;
        endDate: string;
        applicationDeadline: string;
        hostAdministration: { id: string; name: string; acronym: string | null } | null;
      } | null;
    }> | null;
  } | null;
};

export type ApprovalInboxUpdatesSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type ApprovalInboxUpdatesSubscription = {
  approvalInboxUpdates: {
    cursor: string;
    status: ApplicationStatus;
    occurredAt: string;
    application: { id: string; status: ApplicationStatus; version: number };
  };
};

export type ApproveApplicationMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
  hours?: number | null | undefined;
  beyondBudget?: boolean | null | undefined;
}>;

export type ApproveApplicationMutation = {
  approveApplication: {
    id: string;
    version: number;
    status: ApplicationStatus;
    approvedHours: number | null;
    beyondBudget: boolean;
  };
};

export type ApplicationDecisionFragment = {
  id: string;
  version: number;
  status: ApplicationStatus;
  reason: DecisionReason | null;
  reasonText: string | null;
};

export type RefuseApplicationMutationVariables = Exact<{
  id: string | number;
  reason: DecisionReason;
  reasonText?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;

export type RefuseApplicationMutation = {
  refuseApplication: {
    id: string;
    version: number;
    status: ApplicationStatus;
    reason: DecisionReason | null;
    reasonText: string | null;
  };
};

export type TimeBudgetFiguresFragment = {
  agentId: string;
  year: number;
  annualHours: number;
  committedHours: number;
  remainingHours: number;
  customised: boolean;
};

export type SetTimeBudgetMutationVariables = Exact<{
  agentId: string | number;
  year: number;
  hours: number;
}>;

export type SetTimeBudgetMutation = {
  setTimeBudget: {
    agentId: string;
    year: number;
    annualHours: number;
    committedHours: number;
    remainingHours: number;
    customised: boolean;
  };
};

export type MyDelegationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyDelegationsQuery = {
  me: {
    id: string;
    approvalDelegations: Array<{
      id: string;
      from: string;
      until: string;
      revokedAt: string | null;
      manager: { id: string; displayName: string } | null;
      deputy: { id: string; displayName: string } | null;
    }> | null;
  } | null;
};

export type DeputyCandidatesQueryVariables = Exact<{
  administrationId: string | number;
}>;

export type DeputyCandidatesQuery = {
  agents: { nodes: Array<{ id: string; displayName: string; jobTitle: string }> } | null;
};

export type DelegateApprovalsMutationVariables = Exact<{
  deputyAgentId: string | number;
  from: string;
  until: string;
}>;

export type DelegateApprovalsMutation = { delegateApprovals: { id: string; from: string; until: string } };

export type RevokeDelegationMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeDelegationMutation = { revokeDelegation: { id: string; revokedAt: string | null } };

export type ReassignApprovalRequestMutationVariables = Exact<{
  applicationId: string | number;
  approverAgentId: string | number;
}>;

export type ReassignApprovalRequestMutation = {
  reassignApprovalRequest: { id: string; version: number; status: ApplicationStatus };
};

export type AuditEntryFieldsFragment = {
  id: string;
  at: string;
  actorKind: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  subjectAgentId: string | null;
  fields: Array<string>;
  before: unknown;
  after: unknown;
};

export type AuditPageFieldsFragment = {
  nodes: Array<{
    id: string;
    at: string;
    actorKind: string;
    actorId: string;
    action: string;
    entityType: string;
    entityId: string;
    subjectAgentId: string | null;
    fields: Array<string>;
    before: unknown;
    after: unknown;
  }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

export type ProfilesAuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  actorId?: string | null | undefined;
  subjectAgentId?: string | number | null | undefined;
}>;

export type ProfilesAuditLogQuery = {
  log: {
    nodes: Array<{
      id: string;
      at: string;
      actorKind: string;
      actorId: string;
      action: string;
      entityType: string;
      entityId: string;
      subjectAgentId: string | null;
      fields: Array<string>;
      before: unknown;
      after: unknown;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type MissionsAuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  actorId?: string | null | undefined;
  subjectAgentId?: string | number | null | undefined;
}>;

export type MissionsAuditLogQuery = {
  log: {
    nodes: Array<{
      id: string;
      at: string;
      actorKind: string;
      actorId: string;
      action: string;
      entityType: string;
      entityId: string;
      subjectAgentId: string | null;
      fields: Array<string>;
      before: unknown;
      after: unknown;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ApprovalsAuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  actorId?: string | null | undefined;
  subjectAgentId?: string | number | null | undefined;
}>;

export type ApprovalsAuditLogQuery = {
  log: {
    nodes: Array<{
      id: string;
      at: string;
      actorKind: string;
      actorId: string;
      action: string;
      entityType: string;
      entityId: string;
      subjectAgentId: string | null;
      fields: Array<string>;
      before: unknown;
      after: unknown;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AuditAgentNameQueryVariables = Exact<{
  id: string | number;
}>;

export type AuditAgentNameQuery = { agent: { id: string; displayName: string } | null };

export type ReferentialsFragment = {
  skills: Array<{ id: string; label: string; familyLabel: string }> | null;
  administrations: Array<{ id: string; name: string; acronym: string | null }> | null;
};

export type MissionMatchesSubscriptionVariables = Exact<{
  minScore: number;
  after?: string | null | undefined;
}>;

export type MissionMatchesSubscription = {
  missionMatches: {
    cursor: string | null;
    score: number;
    skillsScore: number;
    availabilityScore: number;
    workModeScore: number;
    mission: {
      id: string;
      title: string;
      kindLabel: string;
      domain: MissionDomain;
      effortHours: number;
      startDate: string;
      endDate: string;
      applicationDeadline: string;
      workMode: WorkMode;
      location: string | null;
      crisis: boolean;
      status: MissionStatus;
      seatsRemaining: number | null;
      hostAdministration: { id: string; name: string; acronym: string | null } | null;
    };
    met: Array<{ id: string; label: string }> | null;
    partlyMet: Array<{ id: string; label: string }> | null;
    missing: Array<{ id: string; label: string }> | null;
    endorsed: Array<{ id: string; label: string }> | null;
  };
};

export type RecommendedMissionsQueryVariables = Exact<{
  first: number;
  minScore: number;
}>;

export type RecommendedMissionsQuery = {
  me: {
    id: string;
    recommendedMissions: Array<{
      score: number;
      skillsScore: number;
      availabilityScore: number;
      workModeScore: number;
      mission: {
        id: string;
        title: string;
        kindLabel: string;
        domain: MissionDomain;
        effortHours: number;
        startDate: string;
        endDate: string;
        applicationDeadline: string;
        workMode: WorkMode;
        location: string | null;
        crisis: boolean;
        status: MissionStatus;
        seatsRemaining: number | null;
        hostAdministration: { id: string; name: string; acronym: string | null } | null;
      };
      met: Array<{ id: string; label: string }> | null;
      partlyMet: Array<{ id: string; label: string }> | null;
      missing: Array<{ id: string; label: string }> | null;
      endorsed: Array<{ id: string; label: string }> | null;
    }> | null;
  } | null;
};

export type HostMissionsQueryVariables = Exact<{
  administrationId: string | number;
}>;

export type HostMissionsQuery = {
  missions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      kind: MissionKind;
      kindLabel: string;
      status: MissionStatus;
      effortHours: number;
      startDate: string;
      endDate: string;
      applicationDeadline: string;
      seats: number;
      seatsRemaining: number | null;
      returnReason: string | null;
      createdAt: string;
      updatedAt: string;
      publishedAt: string | null;
    }>;
  } | null;
};

export type MissionFormOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type MissionFormOptionsQuery = {
  skills: Array<{ id: string; label: string; familyLabel: string }> | null;
  administrations: Array<{ id: string; name: string; acronym: string | null }> | null;
};

export type AdministrationAgentsQueryVariables = Exact<{
  administrationId: string | number;
}>;

export type AdministrationAgentsQuery = {
  agents: { nodes: Array<{ id: string; displayName: string; jobTitle: string }> } | null;
};

export type EditableMissionQueryVariables = Exact<{
  id: string | number;
}>;

export type EditableMissionQuery = {
  mission: {
    version: number;
    kind: MissionKind;
    returnReason: string | null;
    description: string;
    seats: number;
    id: string;
    title: string;
    kindLabel: string;
    domain: MissionDomain;
    effortHours: number;
    startDate: string;
    endDate: string;
    applicationDeadline: string;
    workMode: WorkMode;
    location: string | null;
    crisis: boolean;
    status: MissionStatus;
    seatsRemaining: number | null;
    contact: { id: string; displayName: string; jobTitle: string } | null;
    requiredSkills: Array<{
      minLevel: SkillLevel;
      essential: boolean;
      skill: { id: string; label: string; familyLabel: string } | null;
    }>;
    restrictedTo: Array<{ id: string; name: string }> | null;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
  } | null;
};

export type CreateMissionMutationVariables = Exact<{
  input: MissionInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CreateMissionMutation = { createMission: { id: string; status: MissionStatus; version: number } };

export type UpdateMissionMutationVariables = Exact<{
  id: string | number;
  input: MissionInput;
  expectedVersion?: number | null | undefined;
}>;

export type UpdateMissionMutation = {
  updateMission: { id: string; status: MissionStatus; version: number; updatedAt: string };
};

export type SubmitMissionMutationVariables = Exact<{
  id: string | number;
}>;

export type SubmitMissionMutation = {
  submitMission: { id: string; status: MissionStatus; updatedAt: string };
};

export type CancelMissionMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelMissionMutation = {
  cancelMission: { id: string; status: MissionStatus; updatedAt: string };
};

export type CloseMissionMutationVariables = Exact<{
  id: string | number;
}>;

export type CloseMissionMutation = { closeMission: { id: string; status: MissionStatus; updatedAt: string } };

export type MarkMissionFilledMutationVariables = Exact<{
  id: string | number;
}>;

export type MarkMissionFilledMutation = {
  markMissionFilled: { id: string; status: MissionStatus; updatedAt: string };
};

export type MissionSummaryFragment = {
  id: string;
  title: string;
  kindLabel: string;
  domain: MissionDomain;
  effortHours: number;
  startDate: string;
  endDate: string;
  applicationDeadline: string;
  workMode: WorkMode;
  location: string | null;
  crisis: boolean;
  status: MissionStatus;
  seatsRemaining: number | null;
  hostAdministration: { id: string; name: string; acronym: string | null } | null;
};

export type MissionContentFragment = {
  description: string;
  seats: number;
  id: string;
  title: string;
  kindLabel: string;
  domain: MissionDomain;
  effortHours: number;
  startDate: string;
  endDate: string;
  applicationDeadline: string;
  workMode: WorkMode;
  location: string | null;
  crisis: boolean;
  status: MissionStatus;
  seatsRemaining: number | null;
  contact: { id: string; displayName: string; jobTitle: string } | null;
  requiredSkills: Array<{
    minLevel: SkillLevel;
    essential: boolean;
    skill: { id: string; label: string; familyLabel: string } | null;
  }>;
  restrictedTo: Array<{ id: string; name: string }> | null;
  hostAdministration: { id: string; name: string; acronym: string | null } | null;
};

export type MatchExplanationFragment = {
  score: number;
  skillsScore: number;
  availabilityScore: number;
  workModeScore: number;
  met: Array<{ id: string; label: string }> | null;
  partlyMet: Array<{ id: string; label: string }> | null;
  missing: Array<{ id: string; label: string }> | null;
  endorsed: Array<{ id: string; label: string }> | null;
};

export type MissionQueryVariables = Exact<{
  id: string | number;
}>;

export type MissionQuery = {
  mission: {
    publishedAt: string | null;
    description: string;
    seats: number;
    id: string;
    title: string;
    kindLabel: string;
    domain: MissionDomain;
    effortHours: number;
    startDate: string;
    endDate: string;
    applicationDeadline: string;
    workMode: WorkMode;
    location: string | null;
    crisis: boolean;
    status: MissionStatus;
    seatsRemaining: number | null;
    applications: Array<{
      id: string;
      status: ApplicationStatus;
      proposedHours: number;
      createdAt: string;
    }> | null;
    contact: { id: string; displayName: string; jobTitle: string } | null;
    requiredSkills: Array<{
      minLevel: SkillLevel;
      essential: boolean;
      skill: { id: string; label: string; familyLabel: string } | null;
    }>;
    restrictedTo: Array<{ id: string; name: string }> | null;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
  } | null;
};

export type ApplyMutationVariables = Exact<{
  input: ApplyInput;
}>;

export type ApplyMutation = {
  apply: { id: string; status: ApplicationStatus; proposedHours: number; createdAt: string };
};

export type ModerationQueueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type ModerationQueueQuery = {
  missions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      title: string;
      kindLabel: string;
      status: MissionStatus;
      createdAt: string;
      updatedAt: string;
      startDate: string;
      applicationDeadline: string;
      effortHours: number;
      hostAdministration: { id: string; name: string; acronym: string | null } | null;
    }>;
  } | null;
};

export type ModerationMissionQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationMissionQuery = {
  mission: {
    createdAt: string;
    updatedAt: string;
    description: string;
    seats: number;
    id: string;
    title: string;
    kindLabel: string;
    domain: MissionDomain;
    effortHours: number;
    startDate: string;
    endDate: string;
    applicationDeadline: string;
    workMode: WorkMode;
    location: string | null;
    crisis: boolean;
    status: MissionStatus;
    seatsRemaining: number | null;
    contact: { id: string; displayName: string; jobTitle: string } | null;
    requiredSkills: Array<{
      minLevel: SkillLevel;
      essential: boolean;
      skill: { id: string; label: string; familyLabel: string } | null;
    }>;
    restrictedTo: Array<{ id: string; name: string }> | null;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
  } | null;
};

export type PublishMissionMutationVariables = Exact<{
  id: string | number;
}>;

export type PublishMissionMutation = {
  publishMission: { id: string; status: MissionStatus; publishedAt: string | null };
};

export type ReturnMissionToDraftMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type ReturnMissionToDraftMutation = {
  returnMissionToDraft: { id: string; status: MissionStatus; returnReason: string | null };
};

export type NotificationItemFragment = {
  id: string;
  kind: NotificationKind;
  text: string;
  link: string;
  read: boolean;
  createdAt: string;
};

export type NotificationBellQueryVariables = Exact<{
  first: number;
}>;

export type NotificationBellQuery = {
  me: {
    id: string;
    notifications: {
      unreadCount: number;
      totalCount: number;
      nodes: Array<{
        id: string;
        kind: NotificationKind;
        text: string;
        link: string;
        read: boolean;
        createdAt: string;
      }>;
    } | null;
  } | null;
};

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly: boolean;
}>;

export type NotificationsQuery = {
  me: {
    id: string;
    notifications: {
      unreadCount: number;
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        id: string;
        kind: NotificationKind;
        text: string;
        link: string;
        read: boolean;
        createdAt: string;
      }>;
    } | null;
  } | null;
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;

export type MarkNotificationsReadMutation = {
  markNotificationsRead: { marked: number; unreadCount: number };
};

export type MyNotificationsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MyNotificationsSubscription = {
  myNotifications: {
    cursor: string;
    notification: {
      id: string;
      kind: NotificationKind;
      text: string;
      link: string;
      read: boolean;
      createdAt: string;
    };
  };
};

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationPreferencesQuery = {
  me: {
    id: string;
    notificationPreferences: Array<{ kind: NotificationKind; email: boolean; byDefault: boolean }> | null;
  } | null;
};

export type SetNotificationPreferencesMutationVariables = Exact<{
  preferences: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;

export type SetNotificationPreferencesMutation = {
  setNotificationPreferences: Array<{ kind: NotificationKind; email: boolean; byDefault: boolean }>;
};

export type DurationFiguresFragment = { count: number; medianHours: number | null; p90Hours: number | null };

export type ProgrammeNumbersQueryVariables = Exact<{
  filter?: ProgrammeNumbersFilter | null | undefined;
}>;

export type ProgrammeNumbersQuery = {
  statsProgrammeNumbers: {
    id: string;
    from: string;
    to: string;
    kind: MissionKind | null;
    ministry: { id: string; name: string; acronym: string | null } | null;
    missionFunnel: { posted: number; published: number };
    applicationFunnel: {
      applied: number;
      applicants: number;
      released: number;
      accepted: number;
      completed: number;
    } | null;
    timeToPublication: { count: number; medianHours: number | null; p90Hours: number | null };
    timeToFirstApplicant: { count: number; medianHours: number | null; p90Hours: number | null } | null;
    timeToRelease: { count: number; medianHours: number | null; p90Hours: number | null } | null;
    timeToAcceptance: { count: number; medianHours: number | null; p90Hours: number | null } | null;
    closureReasons: Array<{ status: ApplicationStatus; reason: DecisionReason | null; count: number }> | null;
    hoursByMinistry: Array<{
      hoursGiven: number;
      hoursReceived: number;
      balance: number;
      ministry: { id: string; name: string; acronym: string | null };
    }> | null;
    skills: Array<{
      missionsDemanding: number;
      agentsOffering: number;
      agentsAvailable: number;
      skill: { id: string; label: string };
    }>;
    missionsWithoutApplicants: {
      count: number;
      missions: Array<{
        id: string;
        title: string;
        publishedAt: string | null;
        hostAdministration: { id: string; name: string; acronym: string | null } | null;
      } | null>;
    } | null;
  } | null;
};

export type NumbersMinistriesQueryVariables = Exact<{ [key: string]: never }>;

export type NumbersMinistriesQuery = {
  administrations: Array<{
    id: string;
    name: string;
    acronym: string | null;
    kind: AdministrationKind;
  }> | null;
};

export type AgreementFieldsFragment = {
  id: string;
  applicationId: string;
  version: number;
  hours: number;
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  documentUrl: string;
  acknowledgedByAll: boolean;
  myParties: Array<AgreementParty>;
  maxHoursSpent: number;
  agent: { id: string; displayName: string };
  releasedBy: { id: string; displayName: string } | null;
  hostContact: { id: string; displayName: string } | null;
  homeAdministration: { id: string; name: string; acronym: string | null } | null;
  hostAdministration: { id: string; name: string; acronym: string | null } | null;
  clauses: Array<{ title: string; text: string }>;
  acknowledgements: Array<{
    party: AgreementParty;
    acknowledgedAt: string;
    agent: { id: string; displayName: string };
  }>;
  versions: Array<{
    version: number;
    hours: number;
    startDate: string | null;
    endDate: string | null;
    createdAt: string;
    createdBy: { id: string; displayName: string } | null;
    acknowledgements: Array<{
      party: AgreementParty;
      acknowledgedAt: string;
      agent: { id: string; displayName: string };
    }>;
  }>;
};

export type CompletionFieldsFragment = {
  hoursSpent: number;
  recordedAt: string;
  agentResponse: CompletionResponse;
  agentComment: string | null;
  respondedAt: string | null;
  certificateUrl: string | null;
  recordedBy: { id: string; displayName: string } | null;
  feedback: Array<{
    side: FeedbackSide;
    rating: number;
    text: string | null;
    createdAt: string;
    author: { id: string; displayName: string };
  }>;
  endorsements: Array<{
    endorsedAt: string;
    skill: { id: string; label: string };
    endorsedBy: { id: string; displayName: string };
  }>;
};

export type ApplicationOutcomesQueryVariables = Exact<{
  id: string | number;
}>;

export type ApplicationOutcomesQuery = {
  application: {
    id: string;
    version: number;
    status: ApplicationStatus;
    proposedHours: number;
    approvedHours: number | null;
    agent: {
      id: string;
      displayName: string;
      skills: Array<{ skill: { id: string; label: string } }> | null;
    } | null;
    mission: {
      id: string;
      title: string;
      kindLabel: string;
      startDate: string;
      endDate: string;
      requiredSkills: Array<{ skill: { id: string; label: string } | null }>;
    } | null;
    agreement: {
      id: string;
      applicationId: string;
      version: number;
      hours: number;
      startDate: string | null;
      endDate: string | null;
      createdAt: string;
      documentUrl: string;
      acknowledgedByAll: boolean;
      myParties: Array<AgreementParty>;
      maxHoursSpent: number;
      agent: { id: string; displayName: string };
      releasedBy: { id: string; displayName: string } | null;
      hostContact: { id: string; displayName: string } | null;
      homeAdministration: { id: string; name: string; acronym: string | null } | null;
      hostAdministration: { id: string; name: string; acronym: string | null } | null;
      clauses: Array<{ title: string; text: string }>;
      acknowledgements: Array<{
        party: AgreementParty;
        acknowledgedAt: string;
        agent: { id: string; displayName: string };
      }>;
      versions: Array<{
        version: number;
        hours: number;
        startDate: string | null;
        endDate: string | null;
        createdAt: string;
        createdBy: { id: string; displayName: string } | null;
        acknowledgements: Array<{
          party: AgreementParty;
          acknowledgedAt: string;
          agent: { id: string; displayName: string };
        }>;
      }>;
    } | null;
    completion: {
      hoursSpent: number;
      recordedAt: string;
      agentResponse: CompletionResponse;
      agentComment: string | null;
      respondedAt: string | null;
      certificateUrl: string | null;
      recordedBy: { id: string; displayName: string } | null;
      feedback: Array<{
        side: FeedbackSide;
        rating: number;
        text: string | null;
        createdAt: string;
        author: { id: string; displayName: string };
      }>;
      endorsements: Array<{
        endorsedAt: string;
        skill: { id: string; label: string };
        endorsedBy: { id: string; displayName: string };
      }>;
    } | null;
  } | null;
};

export type AcknowledgeAgreementMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type AcknowledgeAgreementMutation = {
  acknowledgeAgreement: {
    id: string;
    applicationId: string;
    version: number;
    hours: number;
    startDate: string | null;
    endDate: string | null;
    createdAt: string;
    documentUrl: string;
    acknowledgedByAll: boolean;
    myParties: Array<AgreementParty>;
    maxHoursSpent: number;
    agent: { id: string; displayName: string };
    releasedBy: { id: string; displayName: string } | null;
    hostContact: { id: string; displayName: string } | null;
    homeAdministration: { id: string; name: string; acronym: string | null } | null;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
    clauses: Array<{ title: string; text: string }>;
    acknowledgements: Array<{
      party: AgreementParty;
      acknowledgedAt: string;
      agent: { id: string; displayName: string };
    }>;
    versions: Array<{
      version: number;
      hours: number;
      startDate: string | null;
      endDate: string | null;
      createdAt: string;
      createdBy: { id: string; displayName: string } | null;
      acknowledgements: Array<{
        party: AgreementParty;
        acknowledgedAt: string;
        agent: { id: string; displayName: string };
      }>;
    }>;
  };
};

export type AmendAgreementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: AgreementAmendmentInput;
}>;

export type AmendAgreementMutation = {
  amendAgreement: {
    id: string;
    applicationId: string;
    version: number;
    hours: number;
    startDate: string | null;
    endDate: string | null;
    createdAt: string;
    documentUrl: string;
    acknowledgedByAll: boolean;
    myParties: Array<AgreementParty>;
    maxHoursSpent: number;
    agent: { id: string; displayName: string };
    releasedBy: { id: string; displayName: string } | null;
    hostContact: { id: string; displayName: string } | null;
    homeAdministration: { id: string; name: string; acronym: string | null } | null;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
    clauses: Array<{ title: string; text: string }>;
    acknowledgements: Array<{
      party: AgreementParty;
      acknowledgedAt: string;
      agent: { id: string; displayName: string };
    }>;
    versions: Array<{
      version: number;
      hours: number;
      startDate: string | null;
      endDate: string | null;
      createdAt: string;
      createdBy: { id: string; displayName: string } | null;
      acknowledgements: Array<{
        party: AgreementParty;
        acknowledgedAt: string;
        agent: { id: string; displayName: string };
      }>;
    }>;
  };
};

export type RecordCompletionMutationVariables = Exact<{
  id: string | number;
  hoursSpent: number;
  expectedVersion?: number | null | undefined;
}>;

export type RecordCompletionMutation = {
  recordCompletion: {
    id: string;
    version: number;
    status: ApplicationStatus;
    completion: {
      hoursSpent: number;
      recordedAt: string;
      agentResponse: CompletionResponse;
      agentComment: string | null;
      respondedAt: string | null;
      certificateUrl: string | null;
      recordedBy: { id: string; displayName: string } | null;
      feedback: Array<{
        side: FeedbackSide;
        rating: number;
        text: string | null;
        createdAt: string;
        author: { id: string; displayName: string };
      }>;
      endorsements: Array<{
        endorsedAt: string;
        skill: { id: string; label: string };
        endorsedBy: { id: string; displayName: string };
      }>;
    } | null;
  };
};

export type RespondToCompletionMutationVariables = Exact<{
  id: string | number;
  confirmed: boolean;
  comment?: string | null | undefined;
}>;

export type RespondToCompletionMutation = {
  respondToCompletion: {
    hoursSpent: number;
    recordedAt: string;
    agentResponse: CompletionResponse;
    agentComment: string | null;
    respondedAt: string | null;
    certificateUrl: string | null;
    recordedBy: { id: string; displayName: string } | null;
    feedback: Array<{
      side: FeedbackSide;
      rating: number;
      text: string | null;
      createdAt: string;
      author: { id: string; displayName: string };
    }>;
    endorsements: Array<{
      endorsedAt: string;
      skill: { id: string; label: string };
      endorsedBy: { id: string; displayName: string };
    }>;
  };
};

export type GiveMissionFeedbackMutationVariables = Exact<{
  id: string | number;
  rating: number;
  text?: string | null | undefined;
}>;

export type GiveMissionFeedbackMutation = {
  giveMissionFeedback: {
    hoursSpent: number;
    recordedAt: string;
    agentResponse: CompletionResponse;
    agentComment: string | null;
    respondedAt: string | null;
    certificateUrl: string | null;
    recordedBy: { id: string; displayName: string } | null;
    feedback: Array<{
      side: FeedbackSide;
      rating: number;
      text: string | null;
      createdAt: string;
      author: { id: string; displayName: string };
    }>;
    endorsements: Array<{
      endorsedAt: string;
      skill: { id: string; label: string };
      endorsedBy: { id: string; displayName: string };
    }>;
  };
};

export type EndorseSkillsMutationVariables = Exact<{
  id: string | number;
  skillIds: Array<string | number> | string | number;
}>;

export type EndorseSkillsMutation = {
  endorseSkills: {
    hoursSpent: number;
    recordedAt: string;
    agentResponse: CompletionResponse;
    agentComment: string | null;
    respondedAt: string | null;
    certificateUrl: string | null;
    recordedBy: { id: string; displayName: string } | null;
    feedback: Array<{
      side: FeedbackSide;
      rating: number;
      text: string | null;
      createdAt: string;
      author: { id: string; displayName: string };
    }>;
    endorsements: Array<{
      endorsedAt: string;
      skill: { id: string; label: string };
      endorsedBy: { id: string; displayName: string };
    }>;
  };
};

export type EndorsableSkillsQueryVariables = Exact<{ [key: string]: never }>;

export type EndorsableSkillsQuery = {
  skills: Array<{ id: string; label: string; familyLabel: string }> | null;
};

export type EditableProfileFragment = {
  phone: string | null;
  jobTitle: string;
  unit: string | null;
  city: string | null;
  departmentCode: string | null;
  workMode: WorkMode | null;
};

export type SkillEndorsementItemFragment = {
  endorsedAt: string;
  endorsedBy: { id: string; displayName: string } | null;
  mission: {
    id: string;
    title: string;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
  } | null;
};

export type HeldSkillFragment = {
  level: SkillLevel;
  endorsementCount: number;
  skill: { id: string; label: string; familyLabel: string };
  endorsements: Array<{
    endorsedAt: string;
    endorsedBy: { id: string; displayName: string } | null;
    mission: {
      id: string;
      title: string;
      hostAdministration: { id: string; name: string; acronym: string | null } | null;
    } | null;
  }>;
};

export type EndorsedOnlySkillItemFragment = {
  endorsementCount: number;
  skill: { id: string; label: string; familyLabel: string };
  endorsements: Array<{
    endorsedAt: string;
    endorsedBy: { id: string; displayName: string } | null;
    mission: {
      id: string;
      title: string;
      hostAdministration: { id: string; name: string; acronym: string | null } | null;
    } | null;
  }>;
};

export type MyProfileQueryVariables = Exact<{ [key: string]: never }>;

export type MyProfileQuery = {
  me: {
    id: string;
    version: number | null;
    firstName: string;
    lastName: string;
    displayName: string;
    email: string | null;
    inDirectory: boolean | null;
    phone: string | null;
    jobTitle: string;
    unit: string | null;
    city: string | null;
    departmentCode: string | null;
    workMode: WorkMode | null;
    administration: { id: string; name: string } | null;
    manager: { id: string; displayName: string } | null;
    skills: Array<{
      level: SkillLevel;
      endorsementCount: number;
      skill: { id: string; label: string; familyLabel: string };
      endorsements: Array<{
        endorsedAt: string;
        endorsedBy: { id: string; displayName: string } | null;
        mission: {
          id: string;
          title: string;
          hostAdministration: { id: string; name: string; acronym: string | null } | null;
        } | null;
      }>;
    }> | null;
    undeclaredEndorsedSkills: Array<{
      endorsementCount: number;
      skill: { id: string; label: string; familyLabel: string };
      endorsements: Array<{
        endorsedAt: string;
        endorsedBy: { id: string; displayName: string } | null;
        mission: {
          id: string;
          title: string;
          hostAdministration: { id: string; name: string; acronym: string | null } | null;
        } | null;
      }>;
    }> | null;
    availability: { hoursPerMonth: number; from: string | null; until: string | null } | null;
    hiddenFromAdministrations: Array<{ id: string; name: string }> | null;
  } | null;
  skills: Array<{ id: string; label: string; family: SkillFamily; familyLabel: string }> | null;
  administrations: Array<{ id: string; name: string; acronym: string | null }> | null;
};

export type UpdateProfileMutationVariables = Exact<{
  id: string | number;
  input: AgentProfileInput;
  expectedVersion?: number | null | undefined;
}>;

export type UpdateProfileMutation = {
  updateAgentProfile: {
    id: string;
    version: number | null;
    phone: string | null;
    jobTitle: string;
    unit: string | null;
    city: string | null;
    departmentCode: string | null;
    workMode: WorkMode | null;
  };
};

export type SetSkillsMutationVariables = Exact<{
  id: string | number;
  skills: Array<AgentSkillInput> | AgentSkillInput;
  expectedVersion?: number | null | undefined;
}>;

export type SetSkillsMutation = {
  setAgentSkills: {
    id: string;
    version: number | null;
    skills: Array<{
      level: SkillLevel;
      endorsementCount: number;
      skill: { id: string; label: string; familyLabel: string };
      endorsements: Array<{
        endorsedAt: string;
        endorsedBy: { id: string; displayName: string } | null;
        mission: {
          id: string;
          title: string;
          hostAdministration: { id: string; name: string; acronym: string | null } | null;
        } | null;
      }>;
    }> | null;
    undeclaredEndorsedSkills: Array<{
      endorsementCount: number;
      skill: { id: string; label: string; familyLabel: string };
      endorsements: Array<{
        endorsedAt: string;
        endorsedBy: { id: string; displayName: string } | null;
        mission: {
          id: string;
          title: string;
          hostAdministration: { id: string; name: string; acronym: string | null } | null;
        } | null;
      }>;
    }> | null;
  };
};

export type SetAvailabilityMutationVariables = Exact<{
  id: string | number;
  input: AgentAvailabilityInput;
  expectedVersion?: number | null | undefined;
}>;

export type SetAvailabilityMutation = {
  setAgentAvailability: {
    id: string;
    version: number | null;
    availability: { hoursPerMonth: number; from: string | null; until: string | null } | null;
  };
};

export type SetVisibilityMutationVariables = Exact<{
  id: string | number;
  inDirectory: boolean;
  hiddenFrom: Array<string | number> | string | number;
  expectedVersion?: number | null | undefined;
  nextVersion?: number | null | undefined;
}>;

export type SetVisibilityMutation = {
  setDirectoryVisibility: { id: string; inDirectory: boolean | null };
  setHiddenFromAdministrations: {
    id: string;
    version: number | null;
    hiddenFromAdministrations: Array<{ id: string; name: string }> | null;
  };
};

export type SearchMissionsQueryVariables = Exact<{
  filter?: MissionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type SearchMissionsQuery = {
  missions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      title: string;
      kindLabel: string;
      domain: MissionDomain;
      effortHours: number;
      startDate: string;
      endDate: string;
      applicationDeadline: string;
      workMode: WorkMode;
      location: string | null;
      crisis: boolean;
      status: MissionStatus;
      seatsRemaining: number | null;
      hostAdministration: { id: string; name: string; acronym: string | null } | null;
    }>;
  } | null;
};

export type SearchFacetsQueryVariables = Exact<{ [key: string]: never }>;

export type SearchFacetsQuery = {
  skills: Array<{ id: string; label: string; familyLabel: string }> | null;
  administrations: Array<{ id: string; name: string; acronym: string | null }> | null;
};

export type SessionQueryVariables = Exact<{ [key: string]: never }>;

export type SessionQuery = {
  me: {
    id: string;
    firstName: string;
    displayName: string;
    administration: { id: string; name: string } | null;
  } | null;
};

export type TeamApplicationFragment = {
  id: string;
  status: ApplicationStatus;
  proposedHours: number;
  approvedHours: number | null;
  deadline: string | null;
  mission: {
    id: string;
    title: string;
    startDate: string;
    endDate: string;
    hostAdministration: { id: string; name: string; acronym: string | null } | null;
  } | null;
};

export type MyTeamQueryVariables = Exact<{
  year: number;
}>;

export type MyTeamQuery = {
  me: {
    id: string;
    administration: { id: string; name: string; acronym: string | null } | null;
    team: Array<{
      pendingHours: number;
      agent: { id: string; displayName: string; jobTitle: string };
      budget: {
        agentId: string;
        year: number;
        annualHours: number;
        committedHours: number;
        remainingHours: number;
        customised: boolean;
      };
      pendingApplications: Array<{
        id: string;
        status: ApplicationStatus;
        proposedHours: number;
        approvedHours: number | null;
        deadline: string | null;
        mission: {
          id: string;
          title: string;
          startDate: string;
          endDate: string;
          hostAdministration: { id: string; name: string; acronym: string | null } | null;
        } | null;
      }>;
      currentMissions: Array<{
        id: string;
        status: ApplicationStatus;
        proposedHours: number;
        approvedHours: number | null;
        deadline: string | null;
        mission: {
          id: string;
          title: string;
          startDate: string;
          endDate: string;
          hostAdministration: { id: string; name: string; acronym: string | null } | null;
        } | null;
      }>;
      upcomingMissions: Array<{
        id: string;
        status: ApplicationStatus;
        proposedHours: number;
        approvedHours: number | null;
        deadline: string | null;
        mission: {
          id: string;
          title: string;
          startDate: string;
          endDate: string;
          hostAdministration: { id: string; name: string; acronym: string | null } | null;
        } | null;
      }>;
    }> | null;
  } | null;
};

export type AdministrationCreditQueryVariables = Exact<{
  year: number;
  administrationId: string | number;
}>;

export type AdministrationCreditQuery = {
  statsCreditBalances: Array<{
    year: number;
    hoursGiven: number;
    hoursReceived: number;
    balance: number;
    administration: { id: string; name: string; acronym: string | null };
  }> | null;
};

export const ApplicantIdentityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicantIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicantIdentityFragment, unknown>;
export const ApprovalRequestItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalRequestItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAsked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programmeQueue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'motivation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicantIdentity' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicantIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalRequestItemFragment, unknown>;
export const ApplicationDecisionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationDecision' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationDecisionFragment, unknown>;
export const TimeBudgetFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TimeBudgetFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TimeBudget' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'agentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customised' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TimeBudgetFiguresFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectAgentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const AuditPageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntryPage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectAgentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditPageFieldsFragment, unknown>;
export const ReferentialsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Referentials' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administrations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferentialsFragment, unknown>;
export const MissionSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissionSummaryFragment, unknown>;
export const MissionContentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionContent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredSkills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'essential' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restrictedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissionContentFragment, unknown>;
export const MatchExplanationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MissionMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skillsScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workModeScore' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'met' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partlyMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchExplanationFragment, unknown>;
export const NotificationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const DurationFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DurationFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DurationStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medianHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p90Hours' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DurationFiguresFragment, unknown>;
export const AgreementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agreement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByAll' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myParties' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostContact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clauses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acknowledgements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoursSpent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgreementFieldsFragment, unknown>;
export const CompletionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompletionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Completion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursSpent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentResponse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endorsedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompletionFieldsFragment, unknown>;
export const EditableProfileFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditableProfileFragment, unknown>;
export const SkillEndorsementItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SkillEndorsementItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillEndorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SkillEndorsementItemFragment, unknown>;
export const HeldSkillFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeldSkill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgentSkill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SkillEndorsementItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SkillEndorsementItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillEndorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HeldSkillFragment, unknown>;
export const EndorsedOnlySkillItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsedOnlySkillItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EndorsedOnlySkill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SkillEndorsementItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SkillEndorsementItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillEndorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndorsedOnlySkillItemFragment, unknown>;
export const TeamApplicationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamApplication' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamApplicationFragment, unknown>;
export const HostedMissionsDocument = {
  __meta__: { hash: '1dfefb9f0ea077a96c2fa318350bf88e10ad897c1706a119bec3c344700ddff8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HostedMissions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'hostAdministrationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'statuses' },
                      value: {
                        kind: 'ListValue',
                        values: [
                          { kind: 'EnumValue', value: 'PUBLISHED' },
                          { kind: 'EnumValue', value: 'FILLED' },
                          { kind: 'EnumValue', value: 'CLOSED' },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'applications' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HostedMissionsQuery, HostedMissionsQueryVariables>;
export const MissionApplicantsDocument = {
  __meta__: { hash: '1db61dddfb90d8a911265eaa28d5ec4b995afba23cc6c7c0ff2fb07c784e0fb5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MissionApplicants' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approvedHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'beyondBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'motivation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicantIdentity' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggestedAgents' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availabilityScore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workModeScore' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'met' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partlyMet' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'missing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endorsed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicantIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissionApplicantsQuery, MissionApplicantsQueryVariables>;
export const AcceptApplicationDocument = {
  __meta__: { hash: '7a7ac27318f5363b4ed216355d3bbf51c145b9c05276e5032e44d66b5facabfd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptApplicationMutation, AcceptApplicationMutationVariables>;
export const DeclineApplicationDocument = {
  __meta__: { hash: '4bc7a31a5b98e25ff5da8383e8ed7984b8d7010a5b214959b9a0d3cf3bbee229' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionReason' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reasonText' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reasonText' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reasonText' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationDecision' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationDecision' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineApplicationMutation, DeclineApplicationMutationVariables>;
export const MyApplicationsDocument = {
  __meta__: { hash: 'db2d5846bef8e316dd678684e0f47d74d55dd7c1e65876cc2dd0850cb3c57080' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyApplications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'motivation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeline' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mission' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'hostAdministration' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const WithdrawApplicationDocument = {
  __meta__: { hash: '4c7d30d8f36cea7cb0dc68107064268b4f9b296b9e1dbe88c3168689fde268f0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionReason' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reasonText' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reasonText' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reasonText' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const MyApplicationUpdatesDocument = {
  __meta__: { hash: '494d4c2667dc9b7d8c0668d30c016a565c488da007e34ddd3d914e0e0448624e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MyApplicationUpdates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myApplicationUpdates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyApplicationUpdatesSubscription, MyApplicationUpdatesSubscriptionVariables>;
export const ApprovalInboxDocument = {
  __meta__: { hash: 'a4832b5be415d33904a640ea2585207b306742e245910b85116b881db5f7db39' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApprovalInbox' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvalInbox' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalRequestItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicantIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalRequestItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAsked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programmeQueue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'motivation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicantIdentity' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalInboxQuery, ApprovalInboxQueryVariables>;
export const ApprovalInboxUpdatesDocument = {
  __meta__: { hash: 'bf61a1d680f84deb96ef78f55a08035d42148a6ca449485de1b0eed90c3f44f9' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ApprovalInboxUpdates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvalInboxUpdates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalInboxUpdatesSubscription, ApprovalInboxUpdatesSubscriptionVariables>;
export const ApproveApplicationDocument = {
  __meta__: { hash: 'a264861b5d2040ec8a80a787ce7d49d1655991d234a93eef2d6fb4fcffe033b5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'beyondBudget' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'beyondBudget' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'beyondBudget' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondBudget' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveApplicationMutation, ApproveApplicationMutationVariables>;
export const RefuseApplicationDocument = {
  __meta__: { hash: 'dffd71c16b76e688af2f9cfd30a2af17183eba3dac667811a2622c79b86af2ec' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefuseApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionReason' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reasonText' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refuseApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reasonText' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reasonText' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApplicationDecision' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApplicationDecision' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefuseApplicationMutation, RefuseApplicationMutationVariables>;
export const SetTimeBudgetDocument = {
  __meta__: { hash: '6bcf688c0674b1eea71ffe315d339711cda8088db2ed130784efde9468b34e1d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTimeBudget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTimeBudget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TimeBudgetFigures' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TimeBudgetFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TimeBudget' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'agentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customised' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTimeBudgetMutation, SetTimeBudgetMutationVariables>;
export const MyDelegationsDocument = {
  __meta__: { hash: 'ee3366a1892cd5283ec6a1b5c3669b0131a13fe57dac07d94566c10a032bb84e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyDelegations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvalDelegations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'manager' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deputy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDelegationsQuery, MyDelegationsQueryVariables>;
export const DeputyCandidatesDocument = {
  __meta__: { hash: '5d619f11d8151753fcc4b5f78e749db6df90322a936d36375f7b9f6e2be286b4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeputyCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'administrationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeputyCandidatesQuery, DeputyCandidatesQueryVariables>;
export const DelegateApprovalsDocument = {
  __meta__: { hash: 'a6248e2abc07a83b81546936d9ceb7163b1d0efc7910efade550bd22d70bc104' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DelegateApprovals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deputyAgentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delegateApprovals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deputyAgentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deputyAgentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'until' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'until' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DelegateApprovalsMutation, DelegateApprovalsMutationVariables>;
export const RevokeDelegationDocument = {
  __meta__: { hash: '7cd52c365ea272a0ede4ffca08e5c784607cc8d7b69484e44294ce761c58bdcf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeDelegation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeDelegation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeDelegationMutation, RevokeDelegationMutationVariables>;
export const ReassignApprovalRequestDocument = {
  __meta__: { hash: '3192607e372263e9509925574afb26203d77366531e55cb5bbc59db28f9ef61e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReassignApprovalRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approverAgentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reassignApprovalRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approverAgentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approverAgentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReassignApprovalRequestMutation, ReassignApprovalRequestMutationVariables>;
export const ProfilesAuditLogDocument = {
  __meta__: { hash: 'b0735300eafe6f141f6f07b7f4a4595cec994edaa7ddb1d08becb8250f619d47' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProfilesAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subjectAgentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'log' },
            name: { kind: 'Name', value: 'profilesAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subjectAgentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subjectAgentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditPageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectAgentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntryPage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfilesAuditLogQuery, ProfilesAuditLogQueryVariables>;
export const MissionsAuditLogDocument = {
  __meta__: { hash: '74a32e2aeb05c124c62d67403f9174c7abbfe5c36eaf7ce09f6e086b0ac5b4f0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MissionsAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subjectAgentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'log' },
            name: { kind: 'Name', value: 'missionsAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subjectAgentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subjectAgentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditPageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectAgentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntryPage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissionsAuditLogQuery, MissionsAuditLogQueryVariables>;
export const ApprovalsAuditLogDocument = {
  __meta__: { hash: '5ca9569e97c7fdee64e7d9f4e70df12bd80bc62614d1c158f5efa01dfa34f837' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApprovalsAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subjectAgentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'log' },
            name: { kind: 'Name', value: 'approvalsAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subjectAgentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subjectAgentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditPageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectAgentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntryPage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pageInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalsAuditLogQuery, ApprovalsAuditLogQueryVariables>;
export const AuditAgentNameDocument = {
  __meta__: { hash: '712188ed94b0df74855e6c5b78905577f6a8ab468e14f3250834e7f2fcf8353f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditAgentName' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditAgentNameQuery, AuditAgentNameQueryVariables>;
export const MissionMatchesDocument = {
  __meta__: { hash: '76554d8ecd1fe1c85bec4ef953350c359c0245a453804e1ec2b24fbd6140cbaf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MissionMatches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missionMatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minScore' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchExplanation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mission' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionSummary' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MissionMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skillsScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workModeScore' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'met' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partlyMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissionMatchesSubscription, MissionMatchesSubscriptionVariables>;
export const RecommendedMissionsDocument = {
  __meta__: { hash: '4934d7b8145ad679386de7a67d05cc748dd7f52a316abb44e3f462f8f15f2d6e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecommendedMissions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendedMissions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'minScore' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchExplanation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mission' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionSummary' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchExplanation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MissionMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skillsScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilityScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workModeScore' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'met' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partlyMet' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendedMissionsQuery, RecommendedMissionsQueryVariables>;
export const HostMissionsDocument = {
  __meta__: { hash: '339c3ce69ea8ad4723f829eb7cbcae8f3034d6112758b0f680a0083237b18507' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HostMissions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'hostAdministrationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'statuses' },
                      value: {
                        kind: 'ListValue',
                        values: [
                          { kind: 'EnumValue', value: 'DRAFT' },
                          { kind: 'EnumValue', value: 'SUBMITTED' },
                          { kind: 'EnumValue', value: 'PUBLISHED' },
                          { kind: 'EnumValue', value: 'FILLED' },
                          { kind: 'EnumValue', value: 'CLOSED' },
                          { kind: 'EnumValue', value: 'CANCELLED' },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'returnReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HostMissionsQuery, HostMissionsQueryVariables>;
export const MissionFormOptionsDocument = {
  __meta__: { hash: '923f2052ce92f99d07932e9c66be91e20949f3fec09ad034fe8a75d1e945a1e5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MissionFormOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Referentials' } }],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Referentials' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administrations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissionFormOptionsQuery, MissionFormOptionsQueryVariables>;
export const AdministrationAgentsDocument = {
  __meta__: { hash: 'f1fbcb7143deb3aee9126ec700bcef8f5703254b811940d7b2cfefe3dc59b74a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdministrationAgents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'administrationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdministrationAgentsQuery, AdministrationAgentsQueryVariables>;
export const EditableMissionDocument = {
  __meta__: { hash: '64cde631aed21c222577af7fb5706d42e29f7a4ed6931a2d8a4dca9305a7905e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditableMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionContent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnReason' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionContent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredSkills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'essential' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restrictedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditableMissionQuery, EditableMissionQueryVariables>;
export const CreateMissionDocument = {
  __meta__: { hash: '44e7e45975d6bb8a01d25b1285d3b87a5981619d879125da5be33565e3d47076' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MissionInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMissionMutation, CreateMissionMutationVariables>;
export const UpdateMissionDocument = {
  __meta__: { hash: '113b7416a3ae194686f3ade601e2627200e7f37d79553774a7d69243506579c0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MissionInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMissionMutation, UpdateMissionMutationVariables>;
export const SubmitMissionDocument = {
  __meta__: { hash: '28ece945c9f2e26f38f34ac5d0c186fb4b64f0d267afc77dce253e6555a7777e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitMission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitMissionMutation, SubmitMissionMutationVariables>;
export const CancelMissionDocument = {
  __meta__: { hash: 'fe71ef253f1b4c868ffd10374048b76ec81538a443ad40f27fbe34d75ddc2954' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelMission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelMissionMutation, CancelMissionMutationVariables>;
export const CloseMissionDocument = {
  __meta__: { hash: 'cf121f9e1d7473e5588ff6083cd98a4bb896fb0e4e5c188f823727bd90dd730e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeMission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseMissionMutation, CloseMissionMutationVariables>;
export const MarkMissionFilledDocument = {
  __meta__: { hash: '017e51e59301191bc939224675c8c47fb6c0acc69973908a91782b422cb8f18a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkMissionFilled' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markMissionFilled' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkMissionFilledMutation, MarkMissionFilledMutationVariables>;
export const MissionDocument = {
  __meta__: { hash: '009151a068a998f21e403e9957973fc1921656c4434828d2908ce558fbc3cfa5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Mission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionContent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionContent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredSkills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'essential' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restrictedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissionQuery, MissionQueryVariables>;
export const ApplyDocument = {
  __meta__: { hash: '1a26182df3add9ccc8c12ce476faced70ddedcb744b98152d069fa441d430aa5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Apply' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apply' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyMutation, ApplyMutationVariables>;
export const ModerationQueueDocument = {
  __meta__: { hash: '2a77c7087989b8320914395811735bc971740a0c873d8a7c15fa3ad1eef3caee' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModerationQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'statuses' },
                      value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'SUBMITTED' }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hostAdministration' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationMissionDocument = {
  __meta__: { hash: 'e2a4ecd329ffc41c57b46e81e335ac68067b1c42006a983a9c61718ab4df49ac' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModerationMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionContent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionContent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requiredSkills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'minLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'essential' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restrictedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModerationMissionQuery, ModerationMissionQueryVariables>;
export const PublishMissionDocument = {
  __meta__: { hash: '93d4f4332d3f551ca36b9dc6ed3e5167293e53bbc53af7452075cd52e9c3fe44' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishMission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishMission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishMissionMutation, PublishMissionMutationVariables>;
export const ReturnMissionToDraftDocument = {
  __meta__: { hash: 'e63378d30088cdf5fdf60406ea2f4d3bcbf2faae185a23c10d5a124bef9bcc44' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnMissionToDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnMissionToDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnMissionToDraftMutation, ReturnMissionToDraftMutationVariables>;
export const NotificationBellDocument = {
  __meta__: { hash: '170b1d40f303cbb6af1ecd4905e36bab7fa7df6b234d0bd7bc9d88b749f4c7d4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationBell' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notifications' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationItem' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const NotificationsDocument = {
  __meta__: { hash: '544065035be9e2905dbffbdfc9927be553ac57e131db98299712cc7be2781b99' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notifications' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'unreadOnly' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationItem' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  __meta__: { hash: '7621659e5f0ac593c36136691d95225f0f3114a4ae4f14e1a111a24a25647d59' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'all' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'all' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'all' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'marked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyNotificationsDocument = {
  __meta__: { hash: '873339d414213977047cb626a6b572d5a68154c7a0e3a9ec2607c954f105b5c0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MyNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notification' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsSubscription, MyNotificationsSubscriptionVariables>;
export const NotificationPreferencesDocument = {
  __meta__: { hash: '3650d9658158e5b7f73357a2b04e2f244424b8633e9c630d352e66126e933a47' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notificationPreferences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'byDefault' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = {
  __meta__: { hash: '8a6e278108b788ab49ff13e6265ae6259fd66b8a69e3e806f3dbb7fc81e3d83d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetNotificationPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'preferences' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreferenceInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setNotificationPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'preferences' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'preferences' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byDefault' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const ProgrammeNumbersDocument = {
  __meta__: { hash: '9186cab5e34967e756326e23bf23db1d0e8a4a9eba9501a2c0a3f264f077dd41' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeNumbers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeNumbersFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statsProgrammeNumbers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ministry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'missionFunnel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'posted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applicationFunnel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicants' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'released' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeToPublication' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DurationFigures' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeToFirstApplicant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DurationFigures' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeToRelease' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DurationFigures' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeToAcceptance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DurationFigures' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'closureReasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hoursByMinistry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ministry' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursGiven' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursReceived' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '15' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'missionsDemanding' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agentsOffering' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agentsAvailable' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'missionsWithoutApplicants' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'missions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'hostAdministration' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DurationFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DurationStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medianHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p90Hours' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeNumbersQuery, ProgrammeNumbersQueryVariables>;
export const NumbersMinistriesDocument = {
  __meta__: { hash: 'ff0224aced46414c5ee389c53ffe4977741c941c5539db4de128da1240810736' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NumbersMinistries' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administrations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NumbersMinistriesQuery, NumbersMinistriesQueryVariables>;
export const ApplicationOutcomesDocument = {
  __meta__: { hash: 'b00cb88b5b092b5b953209132c2e86abedeb50cd38d4463416c36f85e3bfa75a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApplicationOutcomes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'application' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skills' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'skill' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mission' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requiredSkills' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'skill' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agreement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'completion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompletionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agreement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByAll' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myParties' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostContact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clauses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acknowledgements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoursSpent' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompletionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Completion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursSpent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentResponse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endorsedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationOutcomesQuery, ApplicationOutcomesQueryVariables>;
export const AcknowledgeAgreementDocument = {
  __meta__: { hash: '49bc13c36ab246bbf218d723103353db224df2a17212bae3577786d208aebc3a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agreement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByAll' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myParties' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostContact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clauses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acknowledgements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoursSpent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeAgreementMutation, AcknowledgeAgreementMutationVariables>;
export const AmendAgreementDocument = {
  __meta__: { hash: '17da624f3348731c831db3ea924eae8db7cd2c329715f7ac5dcb886cb00dd520' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AmendAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementAmendmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agreement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByAll' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myParties' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releasedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostContact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clauses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acknowledgements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoursSpent' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendAgreementMutation, AmendAgreementMutationVariables>;
export const RecordCompletionDocument = {
  __meta__: { hash: '0165613bad43be1e4b3429407a5067b7cc9e296d94a36ada6ba6fa7b0b86762c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCompletion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hoursSpent' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCompletion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hoursSpent' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hoursSpent' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'completion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompletionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompletionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Completion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursSpent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentResponse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endorsedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCompletionMutation, RecordCompletionMutationVariables>;
export const RespondToCompletionDocument = {
  __meta__: { hash: 'b11fede30b977bda021fafcb0ef936a08daeca8ecfd97813c1a088dff4b6696b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToCompletion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'confirmed' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToCompletion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'confirmed' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'confirmed' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompletionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompletionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Completion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursSpent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentResponse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endorsedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToCompletionMutation, RespondToCompletionMutationVariables>;
export const GiveMissionFeedbackDocument = {
  __meta__: { hash: '47eaeb119e79277227d3b9e56f879995e0aaa458bb5bb2f68328e36557f86552' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GiveMissionFeedback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rating' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giveMissionFeedback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rating' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rating' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompletionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompletionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Completion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursSpent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentResponse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endorsedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GiveMissionFeedbackMutation, GiveMissionFeedbackMutationVariables>;
export const EndorseSkillsDocument = {
  __meta__: { hash: 'a71f9ee4f2348b779eaa956913f6d2dae7b65380056f181334e461cd52ab1d7f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndorseSkills' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skillIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorseSkills' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skillIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skillIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompletionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompletionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Completion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hoursSpent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentResponse' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agentComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'certificateUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endorsedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndorseSkillsMutation, EndorseSkillsMutationVariables>;
export const EndorsableSkillsDocument = {
  __meta__: { hash: '9cd57ec75e02b6fcd27f728a634fc45ce3e4e765ddc730380dec5e384d89a987' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EndorsableSkills' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndorsableSkillsQuery, EndorsableSkillsQueryVariables>;
export const MyProfileDocument = {
  __meta__: { hash: 'd8f33a4bb257aec421386388c36e1de36206b102602f588a750e22c139d64727' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProfile' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableProfile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inDirectory' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'administration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'manager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeldSkill' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'undeclaredEndorsedSkills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsedOnlySkillItem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'availability' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hiddenFromAdministrations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'family' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administrations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SkillEndorsementItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillEndorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeldSkill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgentSkill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SkillEndorsementItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsedOnlySkillItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EndorsedOnlySkill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SkillEndorsementItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateProfileDocument = {
  __meta__: { hash: '0cd2a51e6c3fda154f23601dfc73e961e6a1ba3e782155d1a069e2e38d1b5ab3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgentProfileInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAgentProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableProfile' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SetSkillsDocument = {
  __meta__: { hash: '652f0a18f4458e026fd22940571163041619fd9acb00b811cca61133e923cc8d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetSkills' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skills' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgentSkillInput' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAgentSkills' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skills' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skills' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeldSkill' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'undeclaredEndorsedSkills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsedOnlySkillItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SkillEndorsementItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillEndorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'endorsedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeldSkill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgentSkill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SkillEndorsementItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsedOnlySkillItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EndorsedOnlySkill' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skill' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SkillEndorsementItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetSkillsMutation, SetSkillsMutationVariables>;
export const SetAvailabilityDocument = {
  __meta__: { hash: 'f8b8ada073e2fdc64ae64f528ba1ac6f258a0e9c23c08bc0562f6b227dff016b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAvailability' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgentAvailabilityInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAgentAvailability' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'availability' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAvailabilityMutation, SetAvailabilityMutationVariables>;
export const SetVisibilityDocument = {
  __meta__: { hash: '10ebc90b78787f861b80c97f0a1ef560e28b815a067530ff05a43ab4c601ec85' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetVisibility' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'inDirectory' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hiddenFrom' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nextVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDirectoryVisibility' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'inDirectory' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'inDirectory' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inDirectory' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setHiddenFromAdministrations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'administrationIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hiddenFrom' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nextVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hiddenFromAdministrations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetVisibilityMutation, SetVisibilityMutationVariables>;
export const SearchMissionsDocument = {
  __meta__: { hash: 'ba86066c1c7e779b1c6c2c6757c83da27955da5738ae28341d6c85ba2d191fd6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchMissions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MissionFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MissionSummary' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effortHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crisis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsRemaining' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostAdministration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchMissionsQuery, SearchMissionsQueryVariables>;
export const SearchFacetsDocument = {
  __meta__: { hash: '6164459db26297c9c79c884c01bbac8a3aa3fec47b85adc375f0bf16a3ec6df2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchFacets' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Referentials' } }],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Referentials' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administrations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchFacetsQuery, SearchFacetsQueryVariables>;
export const SessionDocument = {
  __meta__: { hash: '0c86756ba05d5436e115bdcb732fcd40cb22e5423893eb3e5b3961faa1972d08' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Session' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'administration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const MyTeamDocument = {
  __meta__: { hash: 'b3d5876a88cdc476b296b3cbcb141db342ec301c502f8eab40b2bbdf3e435ef5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'administration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'budget' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TimeBudgetFigures' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'pendingHours' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pendingApplications' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamApplication' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'currentMissions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamApplication' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'upcomingMissions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamApplication' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TimeBudgetFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TimeBudget' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'agentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'committedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remainingHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customised' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamApplication' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Application' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mission' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostAdministration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTeamQuery, MyTeamQueryVariables>;
export const AdministrationCreditDocument = {
  __meta__: { hash: '97888dc4087c2dcd5b14666b5d7b84448bc90c5d89a846514eee6873be231cc3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdministrationCredit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statsCreditBalances' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'administrationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'administrationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursGiven' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursReceived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'administration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdministrationCreditQuery, AdministrationCreditQueryVariables>;
