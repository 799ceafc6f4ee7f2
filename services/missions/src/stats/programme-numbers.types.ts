import { DurationStats, MissionKind, PROGRAMME_NUMBERS_DESCRIPTIONS } from '@talents/common';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Administration } from '../administration/administration.types';
import { Skill } from '../skill/skill.types';

@InputType('ProgrammeNumbersFilter', { description: 'Périmètre des chiffres du programme.' })
export class ProgrammeNumbersFilter {
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Premier jour de la période (heure de Paris) ; par défaut, douze mois avant la fin.',
  })
  from?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Dernier jour de la période, inclus ; par défaut, aujourd’hui.',
  })
  to?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Seulement les missions accueillies par ce ministère (identifiant de l’administration ministère).',
  })
  ministryId?: string | null;

  @Field(() => MissionKind, { nullable: true, description: 'Seulement ce type de mission.' })
  kind?: MissionKind | null;
}

@ObjectType('MissionFunnel', {
  description:
    'Début de l’entonnoir : les missions créées dans la période (hors brouillons) et ce qu’elles sont devenues.',
})
export class MissionFunnel {
  @Field(() => Int, { description: 'Missions proposées (soumises à la modération ou au-delà).' })
  posted!: number;

  @Field(() => Int, { description: 'Missions proposées qui ont été publiées.' })
  published!: number;

  @Field(() => Int, { description: 'Missions en attente de modération aujourd’hui.' })
  awaitingModeration!: number;

  @Field(() => Int, { description: 'Missions pourvues (toutes les places prises).' })
  filled!: number;

  @Field(() => Int, { description: 'Missions clôturées.' })
  closed!: number;

  @Field(() => Int, { description: 'Missions annulées.' })
  cancelled!: number;
}

@ObjectType('SkillSupplyDemand', {
  description: 'Une compétence : combien de missions la demandent, combien d’agents la déclarent.',
})
export class SkillSupplyDemand {
  @Field(() => Skill, { description: 'La compétence.' })
  skill!: Skill;

  @Field(() => Int, { description: 'Missions proposées dans la période qui la demandent.' })
  missionsDemanding!: number;

  @Field(() => Int, {
    description:
      'Agents qui la déclarent (ceux du ministère choisi, s’il y en a un), comptes effacés exclus.',
  })
  agentsOffering!: number;

  @Field(() => Int, { description: 'Parmi eux, ceux qui se disent disponibles (des heures par mois).' })
  agentsAvailable!: number;
}

/**
 * The programme's numbers over one scope. Missions owns the entity and the root field; approvals
 * adds what it counts (applications, times, reasons, hours) under the same key.
 */
@Directive('@key(fields: "id")')
@ObjectType('ProgrammeNumbers', { description: PROGRAMME_NUMBERS_DESCRIPTIONS.type })
export class ProgrammeNumbers {
  @Field(() => ID, { description: PROGRAMME_NUMBERS_DESCRIPTIONS.id })
  id!: string;

  @Field(() => GraphQLLocalDate, { description: 'Premier jour de la période.' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Dernier jour de la période (inclus).' })
  to!: string;

  @Field(() => Administration, { nullable: true, description: 'Le ministère choisi, s’il y en a un.' })
  ministry!: Administration | null;

  @Field(() => MissionKind, { nullable: true, description: 'Le type de mission choisi, s’il y en a un.' })
  kind!: MissionKind | null;

  @Field(() => MissionFunnel, { description: 'Les missions proposées dans la période et leur devenir.' })
  missionFunnel!: MissionFunnel;

  @Field(() => DurationStats, {
    description: 'Délai de la création d’une mission à sa publication (modération comprise).',
  })
  timeToPublication!: DurationStats;

  @Field(() => [SkillSupplyDemand], {
    description:
      'Compétences demandées par les missions de la période face aux compétences déclarées par les agents, ' +
      'les plus demandées d’abord.',
  })
  skills!: SkillSupplyDemand[];
}
