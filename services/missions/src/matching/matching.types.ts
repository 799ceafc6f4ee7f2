import { ArrayMaxSize } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { MissionKind, WorkMode } from '@talents/common';
import type { MissionEntity } from '../mission/mission.entity';
import { SHARED_CRITERIA } from '../mission/mission.inputs';
import { Mission } from '../mission/mission.types';
import { Skill } from '../skill/skill.types';

@ObjectType('MissionMatch', {
  description:
    'Rapprochement d’une mission et d’un agent : score expliqué par les compétences satisfaites, partiellement satisfaites ou manquantes, la disponibilité et la modalité de travail.',
})
export class MissionMatch {
  @Field(() => String, {
    nullable: true,
    description:
      'Position de l’événement dans le flux (souscriptions) : à repasser en `after` pour reprendre sans perte ; nul hors souscription.',
  })
  cursor!: string | null;

  @Field(() => Float, {
    description:
      'Score entre 0 et 1 : compétences × (0,6 + 0,25 × disponibilité + 0,15 × modalité), arrondi au millième.',
  })
  score!: number;

  @Field(() => Float, {
    description:
      'Part des compétences demandées (indispensables comptées double ; niveau insuffisant compté moitié ; une compétence seulement déclarée compte pour 90 %, une compétence recommandée pleinement), entre 0 et 1.',
  })
  skillsScore!: number;

  @Field(() => Float, {
    description:
      'Disponibilité de l’agent sur le calendrier de la mission rapportée à l’effort demandé, entre 0 et 1.',
  })
  availabilityScore!: number;

  @Field(() => Float, {
    description:
      'Adéquation de la modalité de travail et du lieu (1 : à distance ou même ville), entre 0 et 1.',
  })
  workModeScore!: number;

  @Field(() => [Skill], {
    nullable: true,
    description:
      'Compétences demandées que l’agent possède au niveau attendu ; null si le service des profils ne répond pas.',
  })
  met!: Skill[];

  @Field(() => [Skill], {
    nullable: true,
    description:
      'Compétences demandées que l’agent possède, mais en dessous du niveau attendu ; null si le service des profils ne répond pas.',
  })
  partlyMet!: Skill[];

  @Field(() => [Skill], {
    nullable: true,
    description:
      'Compétences demandées que l’agent ne possède pas ; null si le service des profils ne répond pas.',
  })
  missing!: Skill[];

  @Field(() => [Skill], {
    nullable: true,
    description:
      'Compétences demandées que des administrations d’accueil ont recommandées chez l’agent après des missions réalisées : elles comptent pleinement, une compétence seulement déclarée pour 90 % ; null si le service des profils ne répond pas.',
  })
  endorsed!: Skill[];

  @Field(() => Mission, { description: 'La mission rapprochée.' })
  mission!: MissionEntity;
}

@ObjectType('MissionPublication', { description: 'Publication d’une mission, poussée en direct.' })
export class MissionPublication {
  @Field(() => String, {
    description: 'Position de l’événement dans le flux : à repasser en `after` pour reprendre sans perte.',
  })
  cursor!: string;

  @Field(() => Mission, { description: 'La mission publiée.' })
  mission!: MissionEntity;
}

@InputType('MissionFeedFilter', {
  description: 'Critères du flux des missions publiées (tous combinés par « et » ; absent : pas de critère).',
})
export class MissionFeedFilter {
  @Field(() => [MissionKind], SHARED_CRITERIA.kinds)
  kinds?: MissionKind[] | null;

  @ArrayMaxSize(50, { message: 'Au plus 50 compétences dans un filtre.' })
  @Field(() => [ID], {
    nullable: true,
    description: 'Au moins une de ces compétences demandée ; absent ou vide : pas de critère.',
  })
  skillIds?: string[] | null;

  @Field(() => ID, SHARED_CRITERIA.hostAdministrationId)
  hostAdministrationId?: string | null;

  @Field(() => [WorkMode], SHARED_CRITERIA.workModes)
  workModes?: WorkMode[] | null;

  @Field(() => Boolean, SHARED_CRITERIA.crisis)
  crisis?: boolean | null;
}
