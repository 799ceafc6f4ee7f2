import type {
  EditableMissionQuery,
  MissionDomain,
  MissionInput,
  MissionKind,
  SkillLevel,
  WorkMode,
} from '../gql/graphql';
import { MISSION_TEMPLATES } from './templates';

/** The mission form's content as the host types it (numbers as text, until sent). */
export interface MissionDraft {
  kind: MissionKind | '';
  domain: MissionDomain;
  title: string;
  description: string;
  effortHours: string;
  startDate: string;
  endDate: string;
  applicationDeadline: string;
  workMode: WorkMode;
  location: string;
  crisis: boolean;
  skills: Array<{ skillId: string; minLevel: SkillLevel; essential: boolean }>;
  seats: string;
  hostAdministrationId: string;
  contactAgentId: string;
  restricted: boolean;
  restrictedTo: string[];
}

export type DraftField =
  | 'kind'
  | 'title'
  | 'domain'
  | 'description'
  | 'effortHours'
  | 'startDate'
  | 'endDate'
  | 'applicationDeadline'
  | 'workMode'
  | 'location'
  | 'requiredSkills'
  | 'seats'
  | 'hostAdministrationId'
  | 'contactAgentId'
  | 'restrictedTo';

/** The mission input's bounds (missions' `MISSION_LIMITS`); the server checks them again. */
export const LIMITS = {
  title: 150,
  description: 5000,
  minHours: 1,
  maxHours: 105,
  minSeats: 1,
  maxSeats: 20,
  maxSkills: 15,
  location: 200,
  scheduleMonths: 12,
} as const;

/** The form's steps, and the fields each one holds (a server error goes back to its step). */
export const STEPS: ReadonlyArray<{ title: string; fields: readonly DraftField[] }> = [
  { title: 'Nature de la mission', fields: ['kind'] },
  {
    title: 'Le besoin et le calendrier',
    fields: [
      'title',
      'domain',
      'description',
      'effortHours',
      'startDate',
      'endDate',
      'applicationDeadline',
      'workMode',
      'location',
    ],
  },
  {
    title: 'Compétences, places et contact',
    fields: ['requiredSkills', 'seats', 'hostAdministrationId', 'contactAgentId', 'restrictedTo'],
  },
  { title: 'Vérification et envoi', fields: [] },
];

export function stepOf(field: DraftField): number {
  return Math.max(
    0,
    STEPS.findIndex((step) => step.fields.includes(field)),
  );
}

/** `YYYY-MM-DD` of a local date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00`);
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(year, month - 1 + months, 1, 12);
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(day, last));
  return isoDate(target);
}

function daysBetween(from: string, to: string): number {
  return Math.round(
    (new Date(`${to}T12:00:00`).getTime() - new Date(`${from}T12:00:00`).getTime()) / 86_400_000,
  );
}

/** Dates a new mission starts with: applications for three weeks, the mission a week later. */
function defaultSchedule(weeks: number, today: string) {
  const startDate = addDays(today, 28);
  return { startDate, applicationDeadline: addDays(startDate, -7), endDate: addDays(startDate, weeks * 7) };
}

export function emptyDraft(hostAdministrationId: string, contactAgentId: string): MissionDraft {
  return {
    kind: '',
    domain: 'TECHNICAL',
    title: '',
    description: '',
    effortHours: '',
    startDate: '',
    endDate: '',
    applicationDeadline: '',
    workMode: 'HYBRID',
    location: '',
    crisis: false,
    skills: [],
    seats: '1',
    hostAdministrationId,
    contactAgentId,
    restricted: false,
    restrictedTo: [],
  };
}

/** The kind's template over the draft: what it proposes replaces the content, the rest stays. */
export function applyTemplate(
  draft: MissionDraft,
  kind: MissionKind,
  knownSkills: ReadonlySet<string>,
  today: string,
): MissionDraft {
  const template = MISSION_TEMPLATES[kind];
  return {
    ...draft,
    kind,
    title: template.title,
    domain: template.domain,
    description: template.description,
    effortHours: String(template.effortHours),
    workMode: template.workMode,
    ...defaultSchedule(template.weeks, today),
    skills: template.skills
      .filter((skill) => knownSkills.has(skill.skillId))
      .map((skill) => ({ ...skill, essential: true })),
  };
}

type EditableMission = NonNullable<EditableMissionQuery['mission']>;

/** A draft holding a mission's content, to edit it or (with `today`) to start a new one from it. */
export function draftFromMission(mission: EditableMission, duplicateOn?: string): MissionDraft {
  let { startDate, endDate, applicationDeadline } = mission;
  // A copy keeps the mission's rhythm (lead time and length) but starts from now.
  if (duplicateOn && applicationDeadline < duplicateOn) {
    const lead = daysBetween(applicationDeadline, startDate);
    const length = daysBetween(startDate, endDate);
    startDate = addDays(duplicateOn, Math.max(lead, 7) + 21);
    applicationDeadline = addDays(startDate, -Math.max(lead, 1));
    endDate = addDays(startDate, length);
  }
  const restrictedTo = (mission.restrictedTo ?? []).map((administration) => administration.id);
  return {
    kind: mission.kind,
    domain: mission.domain,
    title: mission.title,
    description: mission.description,
    effortHours: String(mission.effortHours),
    startDate,
    endDate,
    applicationDeadline,
    workMode: mission.workMode,
    location: mission.location ?? '',
    crisis: mission.crisis,
    skills: mission.requiredSkills.flatMap((required) =>
      required.skill
        ? [{ skillId: required.skill.id, minLevel: required.minLevel, essential: required.essential }]
        : [],
    ),
    seats: String(mission.seats),
    hostAdministrationId: mission.hostAdministration?.id ?? '',
    contactAgentId: mission.contact?.id ?? '',
    restricted: restrictedTo.length > 0,
    restrictedTo,
  };
}

export function toInput(draft: MissionDraft): MissionInput {
  if (!draft.kind) throw new Error('nature de mission manquante');
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    domain: draft.domain,
    description: draft.description.trim(),
    hostAdministrationId: draft.hostAdministrationId,
    contactAgentId: draft.contactAgentId,
    requiredSkills: draft.skills,
    effortHours: Number(draft.effortHours),
    startDate: draft.startDate,
    endDate: draft.endDate,
    applicationDeadline: draft.applicationDeadline,
    workMode: draft.workMode,
    location: draft.location.trim() || null,
    seats: Number(draft.seats),
    crisis: draft.crisis,
    restrictedToAdministrationIds: draft.restricted ? draft.restrictedTo : [],
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function integerProblem(text: string, min: number, max: number, what: string): string | null {
  if (!/^\d+$/.test(text.trim())) return `Indiquez un nombre entier ${what}, entre ${min} et ${max}.`;
  const value = Number(text);
  return value < min || value > max ? `Indiquez un nombre entier ${what}, entre ${min} et ${max}.` : null;
}

function lengthProblem(text: string, max: number, required: string | null, what: string): string | null {
  const length = text.trim().length;
  if (length === 0) return required;
  return length > max
    ? `${length - max} caractère${length - max > 1 ? 's' : ''} de trop : ${what} compte au plus ${max.toLocaleString('fr-FR')} caractères.`
    : null;
}

/**
 * What is wrong with each field, in the words the server uses where it has them; `today` makes a
 * past application deadline an error here, where the server would refuse the submission.
 */
export function draftProblems(draft: MissionDraft, today: string): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  const set = (field: DraftField, message: string | null) => {
    if (message) problems[field] = message;
  };
  set('kind', draft.kind ? null : 'Choisissez la nature de la mission.');
  set(
    'title',
    lengthProblem(draft.title, LIMITS.title, 'Le titre de la mission est obligatoire.', 'le titre'),
  );
  if (!problems.title && /\[[^\]]*\]/.test(draft.title)) {
    set('title', 'Remplacez le texte entre crochets du modèle.');
  }
  set(
    'description',
    lengthProblem(
      draft.description,
      LIMITS.description,
      'La description de la mission est obligatoire.',
      'la description',
    ),
  );
  if (!problems.description && /\[[^\]]*\]/.test(draft.description)) {
    set('description', 'Remplacez les passages entre crochets du modèle par votre besoin.');
  }
  set('effortHours', integerProblem(draft.effortHours, LIMITS.minHours, LIMITS.maxHours, 'd’heures'));
  set('startDate', DATE.test(draft.startDate) ? null : 'Indiquez la date de début.');
  if (!DATE.test(draft.endDate)) set('endDate', 'Indiquez la date de fin.');
  else if (DATE.test(draft.startDate) && draft.endDate < draft.startDate) {
    set('endDate', 'La date de fin doit être identique ou postérieure à la date de début.');
  } else if (
    DATE.test(draft.startDate) &&
    draft.endDate > addMonths(draft.startDate, LIMITS.scheduleMonths)
  ) {
    set('endDate', 'La mission ne peut pas s’étendre sur plus de 12 mois.');
  }
  if (!DATE.test(draft.applicationDeadline)) {
    set('applicationDeadline', 'Indiquez la date limite de candidature.');
  } else if (DATE.test(draft.startDate) && draft.applicationDeadline >= draft.startDate) {
    set('applicationDeadline', 'La date limite de candidature doit précéder la date de début de la mission.');
  } else if (draft.applicationDeadline < today) {
    set('applicationDeadline', 'La date limite de candidature est passée : choisissez une date à venir.');
  }
  set('location', lengthProblem(draft.location, LIMITS.location, null, 'le lieu'));
  if (draft.skills.length === 0) set('requiredSkills', 'Indiquez au moins une compétence demandée.');
  else if (draft.skills.length > LIMITS.maxSkills) {
    set('requiredSkills', 'Une mission demande au plus 15 compétences.');
  }
  set('seats', integerProblem(draft.seats, LIMITS.minSeats, LIMITS.maxSeats, 'de places'));
  set('hostAdministrationId', draft.hostAdministrationId ? null : 'Choisissez l’administration d’accueil.');
  set('contactAgentId', draft.contactAgentId ? null : 'Choisissez l’agent à contacter.');
  if (draft.restricted && draft.restrictedTo.length === 0) {
    set('restrictedTo', 'Choisissez au moins une administration, ou ouvrez la mission à toutes.');
  }
  return problems;
}

/** Content still empty, or still a template's, may be replaced by another kind's template. */
export function pristine(draft: MissionDraft): boolean {
  if (draft.title.trim() === '' && draft.description.trim() === '') return true;
  return Object.values(MISSION_TEMPLATES).some(
    (template) => template.title === draft.title && template.description === draft.description,
  );
}
