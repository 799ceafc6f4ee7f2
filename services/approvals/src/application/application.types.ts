import { ApplicationStatus, DecisionReason } from '@talents/common';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Agent } from '../agent/agent.types';
import { Mission } from '../mission/mission.types';

@Directive('@key(fields: "id")')
@ObjectType('Application', {
  description: 'Candidature d’un agent à une mission, de son dépôt à sa réalisation ou à son retrait.',
})
export class Application {
  @Field(() => ID, { description: 'Identifiant de la candidature (UUID).' })
  id!: string;

  @Field(() => Agent, {
    nullable: true,
    description: 'Agent qui candidate ; null si le service des profils ne répond pas.',
  })
  agent!: Agent;

  @Field(() => Mission, {
    nullable: true,
    description: 'Mission visée par la candidature ; null si le service des missions ne répond pas.',
  })
  mission!: Mission;

  @Field({
    description:
      'Motivation exprimée par l’agent (20 à 2 000 caractères) ; vide si l’agent a fait effacer son compte.',
  })
  motivation!: string;

  @Field(() => Int, {
    description: 'Nombre d’heures que l’agent propose de consacrer à la mission (1 à 105).',
  })
  proposedHours!: number;

  @Field(() => ApplicationStatus, { description: 'Étape du cycle de vie de la candidature.' })
  status!: ApplicationStatus;

  @Field(() => DecisionReason, {
    nullable: true,
    description:
      'Motif du dernier refus, déclin ou retrait ; vide tant qu’aucune décision négative n’a été prise.',
  })
  reason!: DecisionReason | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Précision libre sur le motif (obligatoire pour le motif « Autre ») ; vide si l’agent a fait effacer son compte.',
  })
  reasonText!: string | null;

  @Field(() => Int, {
    description:
      'Version de la candidature : 1 au dépôt, augmentée à chaque décision. Passez celle que vous avez lue ' +
      '(`expectedVersion`) aux décisions : si elle a changé entre-temps, CONFLICT et rien ne change.',
  })
  version!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Heures libérées par le supérieur hiérarchique quand il en accorde moins que proposé ; vide : les heures ' +
      'proposées.',
  })
  approvedHours!: number | null;

  @Field({
    description:
      'Le supérieur hiérarchique a libéré ce temps au-delà du budget annuel de l’agent (dérogation explicite, ' +
      'tracée).',
  })
  beyondBudget!: boolean;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Dernier jour pour la décision du supérieur hiérarchique (APPROVAL_DEADLINE_DAYS jours ouvrés après le ' +
      'dépôt, hors week-ends et jours fériés) ; la candidature expire le lendemain. Vide une fois la décision prise.',
  })
  deadline!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Date et heure du dépôt de la candidature.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Date et heure de la dernière modification.' })
  updatedAt!: Date;
}

@ObjectType('ApplicationUpdate', {
  description:
    'Changement de statut d’une candidature, poussé en direct par une souscription : dépôt, retrait ou ' +
    'toute décision ultérieure.',
})
export class ApplicationUpdate {
  @Field({
    description:
      'Curseur opaque de cet événement : passez-le en argument `after` pour reprendre la souscription ' +
      'juste après lui, sans perte ni doublon.',
  })
  cursor!: string;

  @Field(() => Application, {
    description: 'La candidature concernée, dans son état au moment où l’événement est remis.',
  })
  application!: Application;

  @Field(() => ApplicationStatus, {
    description: 'Statut de la candidature au moment de l’événement (il a pu changer depuis).',
  })
  status!: ApplicationStatus;

  @Field(() => GraphQLISODateTime, { description: 'Date et heure du changement.' })
  occurredAt!: Date;
}
