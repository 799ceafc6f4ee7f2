import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import {
  MissionDomain,
  MissionKind,
  MISSION_DESCRIPTIONS,
  MissionStatus,
  PageInfo,
  requiredSkillType,
  WorkMode,
} from '@talents/common';
import { Skill } from '../skill/skill.types';
import type { MissionEntity } from './mission.entity';

export const MISSION_STATUS_LABEL: Record<MissionStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'Soumise',
  PUBLISHED: 'Publiée',
  FILLED: 'Pourvue',
  CLOSED: 'Clôturée',
  CANCELLED: 'Annulée',
};

@Directive('@key(fields: "id")')
@ObjectType('Mission', { description: MISSION_DESCRIPTIONS.type })
export class Mission {
  @Field(() => ID, { description: MISSION_DESCRIPTIONS.id })
  id!: string;

  @Field(() => String, { description: 'Intitulé court de la mission (150 caractères au plus).' })
  title!: string;

  @Field(() => MissionKind, { description: 'Nature de la mission.' })
  kind!: MissionKind;

  @Field(() => MissionDomain, { description: 'Domaine : technique, ou métier et transverse.' })
  domain!: MissionDomain;

  @Field(() => String, { description: 'Description détaillée du besoin (5 000 caractères au plus).' })
  description!: string;

  @Field(() => Int, { description: 'Effort attendu, en heures (de 1 à 105, soit 15 jours ouvrés).' })
  effortHours!: number;

  @Field(() => GraphQLLocalDate, { description: 'Date de début de la mission.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Date de fin (au plus 12 mois après le début).' })
  endDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Date limite de candidature, avant le début de la mission.' })
  applicationDeadline!: string;

  @Field(() => WorkMode, { description: 'Modalité de travail.' })
  workMode!: WorkMode;

  @Field(() => String, { nullable: true, description: 'Lieu d’exercice, s’il y en a un.' })
  location!: string | null;

  @Field(() => Int, { description: 'Nombre de places (de 1 à 20).' })
  seats!: number;

  @Field(() => Boolean, { description: 'Vrai pour une mission liée à une situation de crise.' })
  crisis!: boolean;

  @Field(() => MissionStatus, { description: 'Étape du cycle de vie de la mission.' })
  status!: MissionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Motif du dernier renvoi en brouillon par la modération, s’il y en a eu un.',
  })
  returnReason!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Date de création.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Date de publication, une fois publiée.' })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'Date de dernière modification.' })
  updatedAt!: Date;

  @Field(() => Int, {
    description:
      'Version de la mission : 1 à sa création, augmentée de 1 à chaque écriture (modification, soumission, publication…). À renvoyer dans updateMission(expectedVersion:) pour ne pas écraser la modification d’un autre.',
  })
  version!: number;
}

// Shareable: profiles reads it through `@requires` to suggest agents for a mission.
export const RequiredSkill = requiredSkillType(Skill);
export type RequiredSkill = InstanceType<typeof RequiredSkill>;

@ObjectType('MissionConnection', { description: 'Page de missions, parcourue par curseur.' })
export class MissionConnection {
  @Field(() => [Mission], { description: 'Missions de la page.' })
  nodes!: Mission[];

  @Field(() => PageInfo, { description: 'Informations de pagination.' })
  pageInfo!: PageInfo;
}

/** What `missions` resolves to: `totalCount` is only computed when a client asks for it. */
export interface MissionPage {
  nodes: MissionEntity[];
  pageInfo: PageInfo;
  countTotal(): Promise<number>;
}
