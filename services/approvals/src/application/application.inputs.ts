import { isUuid, IsTrimmedText } from '@talents/common';
import { IsInt, IsOptional, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

export const MOTIVATION_MIN_LENGTH = 20;
export const MOTIVATION_MAX_LENGTH = 2000;
export const PROPOSED_HOURS_MIN = 1;
export const PROPOSED_HOURS_MAX = 105;
export const REASON_TEXT_MAX_LENGTH = 1000;

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
}
