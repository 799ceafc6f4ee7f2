import { MissionKind } from '@talents/common';
import { Field, Int, ObjectType } from 'type-graphql';
import { Administration } from '../agreement/administration.types';

/** Below this many people, a figure about people is never published (statistical secrecy). */
export const OPEN_DATA_MIN_GROUP = 5;

@ObjectType('ProgrammeOpenDataRow', {
  description:
    'Agrégat anonyme du programme pour une année, un ministère d’accueil et un type de mission, publiable en ' +
    `données ouvertes : un chiffre qui porterait sur 1 à ${OPEN_DATA_MIN_GROUP - 1} personnes est masqué (null).`,
})
export class ProgrammeOpenDataRow {
  @Field(() => Int, { description: 'Année civile (heure de Paris).' })
  year!: number;

  @Field(() => Administration, { description: 'Ministère qui accueille les missions.' })
  ministry!: Administration;

  @Field(() => MissionKind, { description: 'Type de mission.' })
  kind!: MissionKind;

  @Field(() => Int, { description: 'Missions publiées dans l’année.' })
  missionsPublished!: number;

  @Field(() => Int, { nullable: true, description: 'Candidatures déposées dans l’année ; null si masqué.' })
  applications!: number | null;

  @Field(() => Int, { nullable: true, description: 'Agents distincts qui ont candidaté ; null si masqué.' })
  applicants!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Missions réalisées (heures confirmées), comptées l’année du crédit ; null si masqué.',
  })
  completedMissions!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Heures réalisées (crédit virtuel reçu) ; null si masqué.',
  })
  hoursCompleted!: number | null;

  @Field(() => Boolean, {
    description: 'Vrai si au moins un chiffre de la ligne est masqué (secret statistique).',
  })
  suppressed!: boolean;
}
