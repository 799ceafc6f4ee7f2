import { DecisionReason, isUuid, IsTrimmedText } from '@talents/common';
import { IsInt, IsOptional, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

export const MOTIVATION_MIN_LENGTH = 20;
export const MOTIVATION_MAX_LENGTH = 2000;
export const PROPOSED_HOURS_MIN = 1;
export const PROPOSED_HOURS_MAX = 105;
export const REASON_TEXT_MAX_LENGTH = 1000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;
export const IDEMPOTENCY_KEY_MESSAGE = `La clé d’idempotence doit compter entre 1 et ${IDEMPOTENCY_KEY_MAX_LENGTH} caractères.`;

export const MOTIVATION_LENGTH_MESSAGE = `La motivation doit compter entre ${MOTIVATION_MIN_LENGTH} et ${MOTIVATION_MAX_LENGTH} caractères (espaces de début et de fin exclus).`;
export const PROPOSED_HOURS_MESSAGE = `Le nombre d’heures proposé doit être un entier entre ${PROPOSED_HOURS_MIN} et ${PROPOSED_HOURS_MAX}.`;

/** A UUID in any letter case, by the same rule as every other id of the hub (`isUuid`). */
function IsUuid(options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUuid',
      validator: { validate: (value: unknown) => typeof value === 'string' && isUuid(value) },
    },
    options,
  );
}

/**
 * The single source of the rules on an application's content: `apply` validates it with
 * `validateArgument('input')`, so errors name `input.<field>`; the service does not check again.
 */
@InputType('ApplyInput', { description: 'Candidature d’un agent à une mission.' })
export class ApplyInput {
  // Optional: the applicant is the signed-in agent; only the programme team may name another one.
  @IsOptional()
  @IsUuid({ message: 'Identifiant d’agent mal formé : un UUID est attendu.' })
  @Field(() => ID, {
    nullable: true,
    description:
      'Identifiant de l’agent qui candidate (UUID). Par défaut l’agent connecté ; un autre agent que soi : ' +
      'réservé à l’équipe du programme (sinon FORBIDDEN).',
  })
  agentId?: string | null;

  @IsUuid({ message: 'Identifiant de mission mal formé : un UUID est attendu.' })
  @Field(() => ID, { description: 'Identifiant de la mission visée (UUID).' })
  missionId!: string;

  @IsTrimmedText(MOTIVATION_MAX_LENGTH, {
    min: MOTIVATION_MIN_LENGTH,
    multiline: true,
    message: MOTIVATION_LENGTH_MESSAGE,
  })
  @Field({
    description: `Motivation de l’agent : ${MOTIVATION_MIN_LENGTH} à ${MOTIVATION_MAX_LENGTH} caractères, espaces de début et de fin retirés.`,
  })
  motivation!: string;

  @IsInt({ message: PROPOSED_HOURS_MESSAGE })
  @Min(PROPOSED_HOURS_MIN, { message: PROPOSED_HOURS_MESSAGE })
  @Max(PROPOSED_HOURS_MAX, { message: PROPOSED_HOURS_MESSAGE })
  @Field(() => Int, {
    description: `Nombre d’heures que l’agent propose de consacrer à la mission (${PROPOSED_HOURS_MIN} à ${PROPOSED_HOURS_MAX}).`,
  })
  proposedHours!: number;

  // A client retrying after a lost answer sends the same key: it gets the same application back.
  @IsOptional()
  @IsTrimmedText(IDEMPOTENCY_KEY_MAX_LENGTH, { min: 1, message: IDEMPOTENCY_KEY_MESSAGE })
  @Field(() => String, {
    nullable: true,
    description:
      `Clé d’idempotence choisie par le client (1 à ${IDEMPOTENCY_KEY_MAX_LENGTH} caractères), une par candidature : ` +
      'un nouvel essai avec la même clé rend la candidature déjà déposée au lieu d’en créer une seconde ; la même ' +
      'clé pour une autre mission : CONFLICT.',
  })
  idempotencyKey?: string | null;
}

export const EXPECTED_VERSION_DESCRIPTION =
  'Version de la candidature que vous avez lue (`version`) : si elle a changé depuis, CONFLICT (champ ' +
  '`expectedVersion`) et rien ne change. Absente : pas de vérification.';

/** Arguments of every decision that takes a reason: withdraw, refuse, decline. */
@ArgsType()
export class DecisionArgs {
  @Field(() => ID, { description: 'Identifiant de la candidature (UUID).' })
  id!: string;

  @Field(() => DecisionReason, {
    description:
      'Motif, dans la liste fixe ; MISSION_FILLED est réservé au déclin automatique (sinon BAD_USER_INPUT).',
  })
  reason!: DecisionReason;

  @Field(() => String, {
    nullable: true,
    description: `Précision libre sur le motif, obligatoire avec le motif OTHER (${REASON_TEXT_MAX_LENGTH} caractères au plus).`,
  })
  reasonText?: string | null;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION_DESCRIPTION })
  expectedVersion?: number | null;
}
