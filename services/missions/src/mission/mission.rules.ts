import {
  badUserInput,
  checkText,
  cleanText,
  conflict,
  frenchDate,
  todayInParis,
  MissionStatus,
  normaliseUuid,
  type SkillLevel,
  type MissionDomain,
  type MissionKind,
  type WorkMode,
} from '@talents/common';
import { addMonths } from '../shared/dates';

/**
 * The domain's bounds on a mission (DESIGN.md). Per-field bounds are class-validator decorators on
 * `MissionInput`; rules spanning several fields are `checkMissionInput`; the migration's CHECK
 * constraints repeat both as a last line of defence.
 */
export const MISSION_LIMITS = {
  titleMaxLength: 150,
  descriptionMaxLength: 5000,
  idMaxLength: 100,
  minEffortHours: 1,
  maxEffortHours: 105,
  maxScheduleMonths: 12,
  minYear: 2000,
  maxYear: 2100,
  minSeats: 1,
  maxSeats: 20,
  maxSkills: 15,
  locationMaxLength: 200,
  maxRestrictedTo: 50,
  reasonMaxLength: 1000,
} as const;

export const MISSION_MESSAGES = {
  titleRequired: 'Le titre de la mission est obligatoire.',
  titleTooLong: 'Le titre ne doit pas dépasser 150 caractères.',
  descriptionRequired: 'La description de la mission est obligatoire.',
  descriptionTooLong: 'La description ne doit pas dépasser 5 000 caractères.',
  hostRequired: 'L’administration d’accueil est obligatoire.',
  hostTooLong: 'Identifiant d’administration trop long.',
  contactInvalid: 'L’agent à contacter doit être désigné par un identifiant valide.',
  skillsMissing: 'Indiquez au moins une compétence demandée.',
  skillsTooMany: 'Une mission demande au plus 15 compétences.',
  skillIdRequired: 'Chaque compétence demandée doit être désignée par son identifiant.',
  skillIdTooLong: 'Identifiant de compétence trop long.',
  effortOutOfRange: 'L’effort doit être un nombre entier d’heures compris entre 1 et 105 (15 jours ouvrés).',
  dateOutOfRange: 'La date doit être comprise entre le 1er janvier 2000 et le 31 décembre 2100.',
  endBeforeStart: 'La date de fin doit être identique ou postérieure à la date de début.',
  scheduleTooLong: 'La mission ne peut pas s’étendre sur plus de 12 mois.',
  deadlineNotBeforeStart: 'La date limite de candidature doit précéder la date de début de la mission.',
  seatsOutOfRange: 'Le nombre de places doit être un entier compris entre 1 et 20.',
  locationTooLong: 'Le lieu ne doit pas dépasser 200 caractères.',
  restrictedToTooMany: 'Une mission peut être réservée à 50 administrations au plus.',
  restrictedToInvalid: 'Chaque administration désignée doit avoir un identifiant.',
  reasonRequired: 'Le motif du renvoi en brouillon est obligatoire.',
  reasonTooLong: 'Le motif ne doit pas dépasser 1 000 caractères.',
} as const;

/** The mission fields a host writes, in the form the service stores them. */
export interface MissionFields {
  title: string;
  kind: MissionKind;
  domain: MissionDomain;
  description: string;
  hostAdministrationId: string;
  contactAgentId: string;
  requiredSkills: Array<{ skillId: string; minLevel: SkillLevel; essential: boolean }>;
  effortHours: number;
  startDate: string;
  endDate: string;
  applicationDeadline: string;
  workMode: WorkMode;
  location: string | null;
  seats: number;
  crisis: boolean;
  restrictedTo: string[];
}

export interface MissionFieldsInput extends Omit<
  MissionFields,
  'location' | 'restrictedTo' | 'crisis' | 'requiredSkills'
> {
  requiredSkills: Array<{ skillId: string; minLevel: SkillLevel; essential?: boolean | null }>;
  location?: string | null;
  crisis?: boolean | null;
  restrictedToAdministrationIds?: string[] | null;
}

/**
 * Checks the rules that span several fields (distinct skills, end on or after the start, schedule
 * of at most 12 months, deadline before the start) on an input whose fields have each passed their
 * own bounds (decorators of `MissionInput`), and returns the trimmed values to store. Throws
 * BAD_USER_INPUT naming the field at fault (`<path>.endDate`…).
 */
export function checkMissionInput(input: MissionFieldsInput, path = 'input'): MissionFields {
  const field = (name: string) => `${path}.${name}`;

  const seen = new Set<string>();
  const requiredSkills = input.requiredSkills.map((skill, index) => {
    const skillId = cleanText(skill.skillId);
    if (seen.has(skillId)) {
      throw badUserInput(
        field(`requiredSkills.${index}.skillId`),
        `La compétence « ${skillId} » est demandée plusieurs fois.`,
      );
    }
    seen.add(skillId);
    return { skillId, minLevel: skill.minLevel, essential: skill.essential ?? true };
  });

  // 'YYYY-MM-DD' strings compare like the dates they denote.
  if (input.endDate < input.startDate) throw badUserInput(field('endDate'), MISSION_MESSAGES.endBeforeStart);
  if (input.endDate > addMonths(input.startDate, MISSION_LIMITS.maxScheduleMonths)) {
    throw badUserInput(field('endDate'), MISSION_MESSAGES.scheduleTooLong);
  }
  if (input.applicationDeadline >= input.startDate) {
    throw badUserInput(field('applicationDeadline'), MISSION_MESSAGES.deadlineNotBeforeStart);
  }

  return {
    title: cleanText(input.title),
    kind: input.kind,
    domain: input.domain,
    description: cleanText(input.description),
    hostAdministrationId: cleanText(input.hostAdministrationId),
    contactAgentId: normaliseUuid(input.contactAgentId),
    requiredSkills,
    effortHours: input.effortHours,
    startDate: input.startDate,
    endDate: input.endDate,
    applicationDeadline: input.applicationDeadline,
    workMode: input.workMode,
    location: cleanText(input.location ?? '') || null,
    seats: input.seats,
    crisis: input.crisis ?? false,
    restrictedTo: [...new Set((input.restrictedToAdministrationIds ?? []).map(cleanText))],
  };
}

/**
 * A mission goes to moderation and to the catalogue only while one can still apply to it: not
 * when it is wholly past, nor once its application deadline (the last day to apply, in Paris) has
 * passed. The host fixes the dates (`updateMission`, the mission being a draft or submitted).
 */
export function checkScheduleAhead(
  mission: { endDate: string; applicationDeadline: string },
  transition: 'submit' | 'publish',
  today: string = todayInParis(),
): void {
  const fix =
    transition === 'submit'
      ? 'avant de la soumettre'
      : 'avant de la publier (renvoyez-la en brouillon ou modifiez-la)';
  if (mission.endDate < today) {
    throw conflict(
      `La mission est entièrement passée (elle s’achevait le ${frenchDate(mission.endDate)}) : modifiez ses dates ${fix}.`,
      { field: 'endDate' },
    );
  }
  if (mission.applicationDeadline < today) {
    throw conflict(
      `La date limite de candidature (${frenchDate(mission.applicationDeadline)}) est passée : reportez-la ${fix}.`,
      { field: 'applicationDeadline' },
    );
  }
}

export function checkReturnReason(reason: string): string {
  return checkText(reason, 'reason', {
    required: MISSION_MESSAGES.reasonRequired,
    max: MISSION_LIMITS.reasonMaxLength,
    tooLong: MISSION_MESSAGES.reasonTooLong,
  });
}

export type MissionTransition = 'submit' | 'publish' | 'returnToDraft' | 'markFilled' | 'close' | 'cancel';

/**
 * The lifecycle: which statuses each transition leaves from, where it leads, and who may make it —
 * the hosts of the mission's administration (and admins), or the programme team alone (moderation).
 */
export const MISSION_TRANSITIONS: Record<
  MissionTransition,
  { from: readonly MissionStatus[]; to: MissionStatus; by: 'host' | 'admin' }
> = {
  submit: { from: [MissionStatus.DRAFT], to: MissionStatus.SUBMITTED, by: 'host' },
  publish: { from: [MissionStatus.SUBMITTED], to: MissionStatus.PUBLISHED, by: 'admin' },
  returnToDraft: { from: [MissionStatus.SUBMITTED], to: MissionStatus.DRAFT, by: 'admin' },
  markFilled: { from: [MissionStatus.PUBLISHED], to: MissionStatus.FILLED, by: 'host' },
  close: { from: [MissionStatus.PUBLISHED, MissionStatus.FILLED], to: MissionStatus.CLOSED, by: 'host' },
  cancel: {
    from: [MissionStatus.DRAFT, MissionStatus.SUBMITTED, MissionStatus.PUBLISHED],
    to: MissionStatus.CANCELLED,
    by: 'host',
  },
};

/** What each transition is called, and what it needs, in the messages people read. */
export const TRANSITION_TEXT: Record<
  MissionTransition,
  { verb: string; reached: string; needs: string; moderation?: string }
> = {
  submit: {
    verb: 'soumettre',
    reached: 'soumise',
    needs: 'seul un brouillon peut être soumis à la modération',
  },
  publish: {
    verb: 'publier',
    reached: 'publiée',
    needs: 'seule une mission soumise peut être publiée',
    moderation: 'Seule l’équipe du programme publie une mission, après l’avoir relue.',
  },
  returnToDraft: {
    verb: 'renvoyer en brouillon',
    reached: 'en brouillon',
    needs: 'seule une mission soumise peut être renvoyée en brouillon',
    moderation: 'Seule l’équipe du programme renvoie une mission en brouillon, en la modérant.',
  },
  markFilled: {
    verb: 'déclarer pourvue',
    reached: 'pourvue',
    needs: 'seule une mission publiée peut être déclarée pourvue',
  },
  close: {
    verb: 'clôturer',
    reached: 'clôturée',
    needs: 'seule une mission publiée ou pourvue peut être clôturée',
  },
  cancel: {
    verb: 'annuler',
    reached: 'annulée',
    needs: 'une mission pourvue, clôturée ou déjà annulée ne peut plus l’être',
  },
};

/** A status as the end of a sentence: « la mission est en brouillon ». */
export const STATUS_IN_SENTENCE: Record<MissionStatus, string> = {
  [MissionStatus.DRAFT]: 'en brouillon',
  [MissionStatus.SUBMITTED]: 'soumise',
  [MissionStatus.PUBLISHED]: 'publiée',
  [MissionStatus.FILLED]: 'pourvue',
  [MissionStatus.CLOSED]: 'clôturée',
  [MissionStatus.CANCELLED]: 'annulée',
};

/**
 * Why a transition cannot leave the mission's status, and what to do instead: « la mission est déjà
 * soumise », or what the transition needs and where the mission stands.
 */
export function refusedTransitionMessage(transition: MissionTransition, status: MissionStatus): string {
  const text = TRANSITION_TEXT[transition];
  if (MISSION_TRANSITIONS[transition].to === status) return `La mission est déjà ${text.reached}.`;
  const needs = text.needs.charAt(0).toUpperCase() + text.needs.slice(1);
  let hint = '';
  if (transition === 'publish' && status === MissionStatus.DRAFT) {
    hint = ' : son porteur doit d’abord la soumettre';
  } else if (
    (transition === 'markFilled' || transition === 'close') &&
    (status === MissionStatus.DRAFT || status === MissionStatus.SUBMITTED)
  ) {
    hint = ' : elle doit d’abord être publiée';
  }
  return `${needs} ; celle-ci est ${STATUS_IN_SENTENCE[status]}${hint}.`;
}

export { PUBLICATION_STATUSES } from '@talents/common';

/**
 * What lists show when the caller names no status: moderation stands between submission and
 * publication (DESIGN.md), so only published missions, open to applications.
 */
export const DEFAULT_LISTED_STATUSES: readonly MissionStatus[] = [MissionStatus.PUBLISHED];

/** Statuses in which the host may still edit the mission's content. */
export const EDITABLE_STATUSES: readonly MissionStatus[] = [MissionStatus.DRAFT, MissionStatus.SUBMITTED];
