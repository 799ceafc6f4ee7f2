import {
  badUserInput,
  isUuid,
  MissionStatus,
  type SkillLevel,
  type MissionDomain,
  type MissionKind,
  type WorkMode,
} from '@talents/common';
import { addMonths } from '../shared/dates';

/** The domain's bounds on a mission (DESIGN.md); the migration's CHECK constraints repeat them. */
export const MISSION_LIMITS = {
  titleMaxLength: 150,
  descriptionMaxLength: 5000,
  minEffortHours: 1,
  maxEffortHours: 105,
  maxScheduleMonths: 12,
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
  requiredSkills: Array<{ skillId: string; minLevel: SkillLevel }>;
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

export interface MissionFieldsInput extends Omit<MissionFields, 'location' | 'restrictedTo' | 'crisis'> {
  location?: string | null;
  crisis?: boolean | null;
  restrictedToAdministrationIds?: string[] | null;
}

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Checks every domain rule on a mission and returns the trimmed values to store. Throws
 * BAD_USER_INPUT naming the first field at fault (`<path>.title`, `<path>.endDate`…).
 */
export function checkMissionInput(input: MissionFieldsInput, path = 'input'): MissionFields {
  const field = (name: string) => `${path}.${name}`;

  const title = input.title.trim();
  if (title === '') throw badUserInput(field('title'), MISSION_MESSAGES.titleRequired);
  if (title.length > MISSION_LIMITS.titleMaxLength)
    throw badUserInput(field('title'), MISSION_MESSAGES.titleTooLong);

  const description = input.description.trim();
  if (description === '') throw badUserInput(field('description'), MISSION_MESSAGES.descriptionRequired);
  if (description.length > MISSION_LIMITS.descriptionMaxLength) {
    throw badUserInput(field('description'), MISSION_MESSAGES.descriptionTooLong);
  }

  const hostAdministrationId = input.hostAdministrationId.trim();
  if (hostAdministrationId === '')
    throw badUserInput(field('hostAdministrationId'), MISSION_MESSAGES.hostRequired);
  if (!isUuid(input.contactAgentId))
    throw badUserInput(field('contactAgentId'), MISSION_MESSAGES.contactInvalid);

  const skills = input.requiredSkills;
  if (skills.length === 0) throw badUserInput(field('requiredSkills'), MISSION_MESSAGES.skillsMissing);
  if (skills.length > MISSION_LIMITS.maxSkills)
    throw badUserInput(field('requiredSkills'), MISSION_MESSAGES.skillsTooMany);
  const seen = new Set<string>();
  const requiredSkills = skills.map((skill, index) => {
    const skillId = skill.skillId.trim();
    const at = field(`requiredSkills.${index}.skillId`);
    if (skillId === '') throw badUserInput(at, MISSION_MESSAGES.skillIdRequired);
    if (seen.has(skillId))
      throw badUserInput(at, `La compétence « ${skillId} » est demandée plusieurs fois.`);
    seen.add(skillId);
    return { skillId, minLevel: skill.minLevel };
  });

  if (!inRange(input.effortHours, MISSION_LIMITS.minEffortHours, MISSION_LIMITS.maxEffortHours)) {
    throw badUserInput(field('effortHours'), MISSION_MESSAGES.effortOutOfRange);
  }

  // 'YYYY-MM-DD' strings compare like the dates they denote.
  if (input.endDate < input.startDate) throw badUserInput(field('endDate'), MISSION_MESSAGES.endBeforeStart);
  if (input.endDate > addMonths(input.startDate, MISSION_LIMITS.maxScheduleMonths)) {
    throw badUserInput(field('endDate'), MISSION_MESSAGES.scheduleTooLong);
  }
  if (input.applicationDeadline >= input.startDate) {
    throw badUserInput(field('applicationDeadline'), MISSION_MESSAGES.deadlineNotBeforeStart);
  }

  if (!inRange(input.seats, MISSION_LIMITS.minSeats, MISSION_LIMITS.maxSeats)) {
    throw badUserInput(field('seats'), MISSION_MESSAGES.seatsOutOfRange);
  }

  const location = input.location?.trim() || null;
  if (location !== null && location.length > MISSION_LIMITS.locationMaxLength) {
    throw badUserInput(field('location'), MISSION_MESSAGES.locationTooLong);
  }

  const restrictedTo = [...new Set((input.restrictedToAdministrationIds ?? []).map((id) => id.trim()))];
  if (restrictedTo.some((id) => id === '')) {
    throw badUserInput(field('restrictedToAdministrationIds'), MISSION_MESSAGES.restrictedToInvalid);
  }
  if (restrictedTo.length > MISSION_LIMITS.maxRestrictedTo) {
    throw badUserInput(field('restrictedToAdministrationIds'), MISSION_MESSAGES.restrictedToTooMany);
  }

  return {
    title,
    kind: input.kind,
    domain: input.domain,
    description,
    hostAdministrationId,
    contactAgentId: input.contactAgentId.toLowerCase(),
    requiredSkills,
    effortHours: input.effortHours,
    startDate: input.startDate,
    endDate: input.endDate,
    applicationDeadline: input.applicationDeadline,
    workMode: input.workMode,
    location,
    seats: input.seats,
    crisis: input.crisis ?? false,
    restrictedTo,
  };
}

export function checkReturnReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw badUserInput('reason', MISSION_MESSAGES.reasonRequired);
  if (trimmed.length > MISSION_LIMITS.reasonMaxLength)
    throw badUserInput('reason', MISSION_MESSAGES.reasonTooLong);
  return trimmed;
}

export type MissionTransition = 'submit' | 'publish' | 'returnToDraft' | 'markFilled' | 'close' | 'cancel';

/** The lifecycle: which statuses each transition leaves from, and where it leads. */
export const MISSION_TRANSITIONS: Record<
  MissionTransition,
  { from: readonly MissionStatus[]; to: MissionStatus }
> = {
  submit: { from: [MissionStatus.DRAFT], to: MissionStatus.SUBMITTED },
  publish: { from: [MissionStatus.SUBMITTED], to: MissionStatus.PUBLISHED },
  returnToDraft: { from: [MissionStatus.SUBMITTED], to: MissionStatus.DRAFT },
  markFilled: { from: [MissionStatus.PUBLISHED], to: MissionStatus.FILLED },
  close: { from: [MissionStatus.PUBLISHED, MissionStatus.FILLED], to: MissionStatus.CLOSED },
  cancel: {
    from: [MissionStatus.DRAFT, MissionStatus.SUBMITTED, MissionStatus.PUBLISHED],
    to: MissionStatus.CANCELLED,
  },
};

/** Statuses in which the host may still edit the mission's content. */
export const EDITABLE_STATUSES: readonly MissionStatus[] = [MissionStatus.DRAFT, MissionStatus.SUBMITTED];
